// Constructions of everyday agency news that session 59 found missing or
// misread, each on a short text written for this test with invented names.
import { describe, expect, it } from 'vitest';
import { analyse, triples } from './analyse.js';

describe('German compounds whose first part is no word of its own', () => {
  it('reads "Spezialglaskonzern", "Ölkonzern" and "Textilgruppe" as nouns, so the town word before them places the firm', () => {
    const doc = analyse('Mainz (dpa) - Der Mainzer Spezialglaskonzern Brettschnabl erprobt neue Öfen. Auch der Wiener Ölkonzern Lumbrecht und die Bremer Textilgruppe Wendlhofer sparen Energie. (dpa, 5.6.2025)\n');
    const t = triples(doc);
    expect(t).toContain('Brettschnabl locatedIn Mainz');
    expect(t).toContain('Lumbrecht locatedIn Vienna');
    expect(t.some((x) => x.startsWith('Wendlhofer locatedIn') && x.includes('Bremen'))).toBe(true);
  });
});

describe('German stakes bought with a reflexive verb', () => {
  it('reads "X hat sich beim Diskonter Y eingekauft" as a stake, but not "Strom einkaufen" or "kauft sich in Deutschland ein"', () => {
    const doc = analyse('Wien (APA) - Der Hedgefonds Brettschnabl Capital hat sich beim Diskonter Lumbrecht eingekauft. Die Firma Krambeck kauft sich in Deutschland ein. Die Wendlhofer AG will Strom bei der Lumbrecht einkaufen. (APA, 5.6.2025)\n');
    const t = triples(doc);
    expect(t).toContain('Brettschnabl Capital investedIn Lumbrecht');
    expect(t.filter((x) => x.includes(' investedIn ') && !x.startsWith('Brettschnabl Capital'))).toEqual([]);
  });
});

describe('German brands and services described as an organisation’s', () => {
  it('reads "X, das Carsharing des Konzerns Y" and "Z, die Billigmarke von W" as owned, and "Marke" as the noun it is', () => {
    const doc = analyse('Berlin (dpa) - Die Konkurrenz durch Velodrix, das Carsharing des Konzerns Brettschnabl, wächst. Auch Lumbrecht, die Billigmarke von Wendlhofer, verliert. Die Firma Krambeck verkauft ihre Marke Pramsoll. (dpa, 5.6.2025)\n');
    const t = triples(doc);
    expect(t).toContain('Brettschnabl owns Velodrix');
    expect(t).toContain('Wendlhofer owns Lumbrecht');
    expect(t).toContain('Pramsoll subsidiaryOf Krambeck');
    expect(doc.entities.map((e) => e.label)).not.toContain('Carsharing');
  });
});

describe('English firms set up by their founders, in a reduced relative clause', () => {
  it('reads "X, a Boston-based firm set up in 2013 by Y," as founded by Y in 2013 and based in Boston', () => {
    const doc = analyse('LONDON, May 5 (Reuters) - Quillstead, a Boston-based firm set up in 2013 by founding partner Alma Wenlake, buys family businesses. Corbrick was set up in 2011 by Ned Pellmore. (Reuters, 2025-05-05)\n');
    const t = triples(doc);
    expect(t).toContain('Alma Wenlake founded Quillstead');
    expect(t).toContain('Quillstead foundedIn 2013');
    expect(t).toContain('Quillstead locatedIn Boston');
    expect(t).toContain('Ned Pellmore founded Corbrick');
  });
});

describe('English funding rounds told by the firm that raised them', () => {
  it('reads "Existing investors X and Y also took part in the round, Z said" as stakes in Z, not in the lead investor named more often', () => {
    const doc = analyse('LONDON, May 5 (Reuters) - Stellwick, a startup that builds soil sensors, said on Thursday it had raised $36 million in a round led by Google. Google made the investment through its Digital Fund, and Google will sit on the board. Existing investors Ardleigh Ventures and Oxtavia Capital also took part in the round, Stellwick said. (Reuters, 2025-05-05)\n');
    const t = triples(doc);
    expect(t).toContain('Ardleigh Ventures investedIn Stellwick');
    expect(t).toContain('Oxtavia Capital investedIn Stellwick');
    expect(t).not.toContain('Ardleigh Ventures investedIn Google');
  });
});

describe('Airlines by their short names', () => {
  it('reads "SAS" as the Scandinavian airline, not the shoe shops of the same short name', () => {
    const doc = analyse('Oslo (dpa) - Die skandinavische Fluggesellschaft SAS gibt die Mehrheit an ihrer Regionaltochter Oxtavia ab. (dpa, 5.6.2025)\n');
    expect(doc.entities.map((e) => e.label)).toContain('Scandinavian Airlines');
    expect(triples(doc)).toContain('Oxtavia subsidiaryOf Scandinavian Airlines');
  });
});

describe('Descriptions whose adjective tells the size of the firm', () => {
  it('reads "das junge Unternehmen" as the start-up named before, not the group the text is about', () => {
    const doc = analyse('Linz (APA) - Der Zementkonzern Brunnquell AG bekommt eine neue Chefin. Das Unternehmen mit Sitz in Linz beschäftigt 900 Mitarbeiter. Der Konzern Brunnquell beteiligt sich nun am Grazer Start-up Halmsiedl. Das junge Unternehmen war 2021 von der Chemikerin Mirjam Oxtavia gegründet worden. (APA, 5.6.2025)\n');
    const t = triples(doc);
    expect(t).toContain('Mirjam Oxtavia founded Halmsiedl');
    expect(t).not.toContain('Mirjam Oxtavia founded Brunnquell AG');
  });
});

describe('German relative clauses after a noun that can only be plural', () => {
  it('does not make "zwei Anbietern, die X übernommen hatte" the buyers of X', () => {
    const doc = analyse('Berlin (dpa) - Die Firma Brunnquell wartet Programme, die von Halmsiedl und Oxtavia stammen - zwei Anbietern, die Velodrix in den vergangenen Jahren übernommen hatte. (dpa, 5.6.2025)\n');
    expect(triples(doc).filter((x) => x.endsWith('acquired Velodrix'))).toEqual([]);
  });
});

describe('English appointments of governors and commissioners, across a relative clause', () => {
  it('reads "named X, who until recently ran Y, as its new commissioner" and "named Z as the next governor of W" as heading them', () => {
    const doc = analyse('LONDON, May 5 (Reuters) - The Quayford Transit Authority on Wednesday named Ada Dellacourt, who until recently ran the Hollinvale tram network, as its new commissioner. The government named Piers Hollin as the next governor of the Reserve Bank of Quayford. The bank named Ida Moss deputy governor. (Reuters, 2025-05-05)\n');
    const t = triples(doc);
    expect(t).toContain('Ada Dellacourt ceoOf Quayford Transit Authority');
    expect(t).toContain('Piers Hollin ceoOf Reserve Bank of Quayford');
    expect(t.filter((x) => x.startsWith('Ida Moss ceoOf'))).toEqual([]);
  });
});

describe('English descriptions and firms whose name ends in the noun', () => {
  it('does not read "the company" as "Brookwell & Company", a founders’ former employer, only because of its name', () => {
    const doc = analyse('AMSTERDAM, Feb 27 (Reuters) - Tarnquist, a Dutch meal-kit start-up set up by two former Brookwell & Company consultants, has raised 38 million euros in a funding round led by Utrecht-based venture capital firm Hollinvale Ventures, the company said on Tuesday. (Reuters, 2025-02-27)\n');
    const t = triples(doc);
    expect(t).toContain('Hollinvale Ventures investedIn Tarnquist');
    expect(t.filter((x) => x.endsWith('Brookwell & Company'))).toEqual([]);
  });
});

describe('English places before "-based" that a firm has as its short name', () => {
  it('reads "The Camden-based company" as based in a town Camden, not as the property firm whose short name it is', () => {
    const doc = analyse('NEW YORK, May 5 (Reuters) - Quayford Water said it was hit by hackers. The Camden-based company said its billing systems were down. (Reuters, 2025-05-05)\n');
    const camden = doc.entities.find((e) => e.label === 'Camden');
    expect(camden?.type).toBe('City');
    expect(doc.entities.map((e) => e.label)).not.toContain('Camden Property Trust');
    expect(triples(doc)).toContain('Quayford Water locatedIn Camden');
  });
});

describe('German subjects after a plural finite verb', () => {
  it('reads "Ins Leben gerufen hatten das Portal X die Studenten Y und Z" with Y and Z as the founders, not "die Delegierten wählten A und B"', () => {
    const doc = analyse('Berlin (dpa) - Ins Leben gerufen hatten das Portal Velodrix im Oktober 2005 die Studenten Ehmo Dariwal und Dennis Halmsiedl. Die Delegierten der Partei Quayford-Liste wählten am Samstag Ada Dellacourt und Piers Hollin zu Vorsitzenden. (dpa, 5.6.2025)\n');
    const t = triples(doc);
    expect(t).toContain('Ehmo Dariwal founded Velodrix');
    expect(t).toContain('Dennis Halmsiedl founded Velodrix');
    expect(t).toContain('Velodrix foundedIn 2005');
    expect(t.filter((x) => x.startsWith('Ada Dellacourt founded') || x.startsWith('Ada Dellacourt acquired'))).toEqual([]);
  });

  it('does not make a cartel authority the parent of "die Frachttochter X" it fined', () => {
    const doc = analyse('Wien (APA) - Das Kartellgericht verhängte auf Antrag der Bundeswettbewerbsbehörde eine Geldbuße gegen die Frachttochter Oxtavia Cargo. (APA, 5.6.2025)\n');
    expect(triples(doc).filter((x) => x.includes('subsidiaryOf'))).toEqual([]);
  });
});

describe('Rivals and chosen chiefs', () => {
  it('passes over the authority that accuses a firm when it names the firm’s rival', () => {
    const doc = analyse('Wien (APA) - Die Bundeswettbewerbsbehörde warf dem Bauunternehmen Halmsiedl vor, sich bei Ausschreibungen mit dem Konkurrenten Oxtavia Tiefbau abgesprochen zu haben. (APA, 5.6.2025)\n');
    const t = triples(doc);
    expect(t.filter((x) => x.startsWith('Oxtavia Tiefbau competitorOf') && x.includes('Bundeswettbewerbsbehörde'))).toEqual([]);
  });

  it('reads "X has chosen Y as its new chief executive" as Y heading X', () => {
    const doc = analyse('LONDON, April 13 (Reuters) - Quayford Exchange Group has chosen banker Ada Dellacourt as its new chief executive. (Reuters, 2025-04-13)\n');
    expect(triples(doc)).toContain('Ada Dellacourt ceoOf Quayford Exchange Group');
  });
});

describe('German stakes bought from their holder', () => {
  it('reads "X kauft den Anteil der Y an der Firma Z" as stakes of X and Y in Z, not of X in Y', () => {
    const doc = analyse('Berlin (dpa) - Die Quayford AG kauft den Anteil der Pramsoll GmbH an der Firma Brunnquell. (dpa, 5.6.2025)\n');
    const t = triples(doc);
    expect(t).toContain('Quayford AG investedIn Brunnquell');
    expect(t).toContain('Pramsoll GmbH investedIn Brunnquell');
    expect(t).not.toContain('Quayford AG investedIn Pramsoll GmbH');
  });
});

describe('English relative clauses opened by "that" before a title and a name', () => {
  it('reads "X, a Delft company that geologist Y set up in 2016," as founded by Y, but "sold the firm that year" as no clause', () => {
    const doc = analyse('LONDON, May 5 (Reuters) - Quillstead Geothermal, a Delft company that geologist Ada Dellacourt set up in 2016, develops the project. Oxtavia sold the firm that year. (Reuters, 2025-05-05)\n');
    const t = triples(doc);
    expect(t).toContain('Ada Dellacourt founded Quillstead Geothermal');
    expect(t).toContain('Quillstead Geothermal foundedIn 2016');
  });
});

describe('Dutch given names', () => {
  it('reads "Sietske X" and "Ruud Y" as people', () => {
    const doc = analyse('AMSTERDAM, May 5 (Reuters) - Quillstead was founded in 2016 by Sietske Dellacourt and Ruud Oxtavia. (Reuters, 2025-05-05)\n');
    const t = triples(doc);
    expect(t).toContain('Sietske Dellacourt founded Quillstead');
    expect(t).toContain('Ruud Oxtavia founded Quillstead');
    expect(doc.entities.find((e) => e.label === 'Sietske Dellacourt')?.type).toBe('Person');
  });
});
