// Constructions of everyday agency news that session 64 found missing or
// misread, each on a short text written for this test with invented names.
import { describe, expect, it } from 'vitest';
import { analyse, triples } from './analyse.js';

describe('German owners', () => {
  it('reads "das Unternehmen" after a lawyer of a law firm as the firm the text is about, not the law firm', () => {
    const doc = analyse(
      'Erfurt (dpa) – Der Thüringer Glashersteller Glashütte Ruslingen hat Insolvenz angemeldet. Zur vorläufigen Insolvenzverwalterin wurde die Rechtsanwältin Maren Quettig von der Kanzlei Hollbeck & Partner bestellt.\n\n' +
        'Der Finanzinvestor Vornhag Beteiligungen aus Kassel, dem das Unternehmen seit 2019 gehört, hat den Geschäftsführer abberufen. (dpa, 5.6.2025)\n',
    );
    const t = triples(doc);
    expect(t).toContain('Glashütte Ruslingen subsidiaryOf Vornhag Beteiligungen');
    expect(t).not.toContain('Hollbeck & Partner subsidiaryOf Vornhag Beteiligungen');
  });
  it('reads "den Städten A und B" as the two owners of a town institution named with its adjective', () => {
    const doc = analyse('Graz (APA) – Die Kornauer Verkehrsbetriebe, die je zur Hälfte den Städten Judenburg und Knittelfeld gehören, stellen ihre Busflotte um. (APA, 5.6.2025)\n');
    const t = triples(doc);
    expect(t).toContain('Judenburg owns Kornauer Verkehrsbetriebe');
    expect(t).toContain('Knittelfeld owns Kornauer Verkehrsbetriebe');
  });
  it('reads the owners of a joint venture in apposition as owning it', () => {
    const doc = analyse('Rostock (dpa) – Gebaut werden die Maschinen vom Hersteller Tarvenko, einem Gemeinschaftsunternehmen von Brenkhaus und Oldavia. (dpa, 5.6.2025)\n');
    const t = triples(doc);
    expect(t).toContain('Brenkhaus owns Tarvenko');
    expect(t).toContain('Oldavia owns Tarvenko');
  });
  it('reads the seller of a firm a buyer takes over as its owner', () => {
    const doc = analyse('Wien (APA) – Die Brauerei Tolmhofer übernimmt den Getränkehersteller Selbinger vom Finanzinvestor Arvanis Capital. (APA, 5.6.2025)\n');
    const t = triples(doc);
    expect(t).toContain('Tolmhofer acquired Selbinger');
    expect(t).toContain('Arvanis Capital owns Selbinger');
  });
  it('reads more than half of a firm\'s shares, or all of them, as owning it, and a minority as a stake', () => {
    const doc = analyse('Wien (APA) – Die Familie Ebenhart hält an der Kornauer Landesbank künftig rund 58 Prozent. Die Vornhag Holding hält 30 Prozent an der Brellwerk AG. Die Brellwerk AG hält sämtliche Anteile an der Tolmhofer GmbH. (APA, 5.6.2025)\n');
    const t = triples(doc);
    expect(t).toContain('Familie Ebenhart owns Kornauer Landesbank');
    expect(t).not.toContain('Familie Ebenhart investedIn Kornauer Landesbank');
    expect(t).toContain('Vornhag Holding investedIn Brellwerk AG');
    expect(t).toContain('Brellwerk AG owns Tolmhofer GmbH');
  });
  it('reads a subsidiary whose name opens with an acronym and a hyphen before its legal form', () => {
    const doc = analyse('Linz (APA) – Die Linien gehen an die KVR-Regiobus GmbH, eine Tochter der Kornauer Landesbahn AG. (APA, 5.6.2025)\n');
    expect(triples(doc)).toContain('KVR-Regiobus GmbH subsidiaryOf Kornauer Landesbahn AG');
  });
  it('reads a member of an organisation\'s board as a member of the organisation', () => {
    const doc = analyse('Linz (APA) – Betriebsratschef Erwin Pohlacher, der auch dem Landesvorstand der Gewerkschaft Rolvida angehört, fürchtet um die Jobs. Zudem sitzt Greta Mölzner im Aufsichtsrat der Brellwerk AG. (APA, 5.6.2025)\n');
    const t = triples(doc);
    expect(t).toContain('Erwin Pohlacher memberOf Rolvida');
    expect(t).toContain('Greta Mölzner memberOf Brellwerk AG');
  });
});

describe('German descriptions of the firm the lead opens with', () => {
  it('reads "dem in <dateline town> ansässigen Familienbetrieb" as the firm after the dateline, not the body named most', () => {
    const doc = analyse(
      'Gänserndorf – Das Busunternehmen Pfaffgruber Reisen verliert den Regionalverkehr. Wie der Verkehrsverbund Ost-Region (VOR) am Donnerstag mitteilte, geht das Linienbündel an einen Konkurrenten. VOR-Sprecherin Karin Oberhollen begründete das mit dem Preis.\n\n' +
        'Bei dem in Gänserndorf ansässigen Familienbetrieb, den Franz Pfaffgruber 1987 gegründet hatte, sorgt die Entscheidung für Unmut. Der VOR wies die Kritik zurück. (APA, 14.11.2024)\n',
    );
    const t = triples(doc);
    expect(t).toContain('Franz Pfaffgruber founded Pfaffgruber Reisen');
    expect(t).not.toContain('Franz Pfaffgruber founded Verkehrsverbund Ost-Region');
  });
});

describe('English owners and buyers', () => {
  it('reads the owners of a joint venture in apposition as owning it', () => {
    const doc = analyse('PERTH, Aug 5 (Reuters) - Samvora, a 50-50 joint venture between Kestrand Mining and Ordell Resources, runs the mine. (Reuters, 2025-06-05)\n');
    const t = triples(doc);
    expect(t).toContain('Kestrand Mining owns Samvora');
    expect(t).toContain('Ordell Resources owns Samvora');
  });
  it('reads the firm a buyer buys a company from as its owner, and a majority stake as ownership', () => {
    const doc = analyse(
      'STOCKHOLM, Sept 6 (Reuters) - Brelsund Outdoor has agreed to buy Kvarnsta Fiske from private equity firm Olvaro Equity for 1.15 billion crowns. Olvaro Equity bought a majority stake in Kvarnsta Fiske in 2017. (Reuters, 2025-06-05)\n',
    );
    const t = triples(doc);
    expect(t).toContain('Brelsund Outdoor acquired Kvarnsta Fiske');
    expect(t).toContain('Olvaro Equity owns Kvarnsta Fiske');
  });
  it('does not read what a deal creates as a firm the buyer founded, nor as the firm a later description means', () => {
    const doc = analyse(
      'STOCKHOLM, Sept 6 (Reuters) - Swedish tackle maker Brelsund Outdoor has agreed to buy Kvarnsta Fiske from private equity firm Olvaro Equity, the companies said on Tuesday, creating the largest tackle group in the Nordic region.\n\n' +
        '"The brands fit together," Brelsund chief executive Magnus Tengwall said. The Gothenburg-based group competes with Finland\'s Rapala VMC. (Reuters, 2022-09-06)\n',
    );
    const t = triples(doc);
    expect(t.filter((x) => / founded /.test(x))).toEqual([]);
    expect(t).toContain('Brelsund Outdoor competitorOf Rapala VMC');
    expect(t).not.toContain('Olvaro Equity competitorOf Rapala VMC');
  });
  it('reads "agreed to be bought by X" as a takeover by X', () => {
    const doc = analyse('NEW YORK (AP) — Calvessa agreed last month to be bought by Wondrel Group, the food-delivery company. (AP, March 5, 2025)\n');
    expect(triples(doc)).toContain('Wondrel Group acquired Calvessa');
  });
});

describe('English officers and chiefs', () => {
  it('reads one who will serve as CEO as the chief of the firm that says so', () => {
    const doc = analyse('VANCOUVER (Reuters) - Dravelle Insurance said its chief financial officer, Phil Lanoir, would serve as interim president and CEO while its board searches for a replacement. (Reuters, 2025-06-05)\n');
    expect(triples(doc)).toContain('Phil Lanoir ceoOf Dravelle Insurance');
  });
  it('reads "its chief operating officer, X," alone as working for the firm', () => {
    const doc = analyse('VANCOUVER (Reuters) - Dravelle Insurance said its chief operating officer, Phil Lanoir, would step down. (Reuters, 2025-06-05)\n');
    expect(triples(doc)).toContain('Phil Lanoir worksFor Dravelle Insurance');
  });
});

describe('English descriptions after an opening participle', () => {
  it('reads "Founded in 2020 by X, the Greenville-based firm" opening a paragraph as the start-up the text is about', () => {
    const doc = analyse(
      'NEW YORK, May 17 (Reuters) - Lithvara, a South Carolina start-up that recovers lithium, has raised $145 million in a round led by Quarbeck Ridge Capital, the company said. Existing backer Bellwin Energy Partners also took part in the round, which Lithvara will use to build a plant. Quarbeck partner Dana Ellwicke will join Lithvara\'s board.\n\n' +
        'Founded in 2020 by chief executive Marcus Tembrall and chemist Lena Hartfeld, the Greenville-based firm uses a new process. (Reuters, 2022-05-17)\n',
    );
    const t = triples(doc);
    expect(t).toContain('Marcus Tembrall founded Lithvara');
    expect(t).not.toContain('Marcus Tembrall founded Quarbeck Ridge Capital');
    expect(doc.entities.find((e) => e.label === 'Lithvara')?.type).toBe('Company');
  });
});

describe('English names', () => {
  it('keeps a hyphenated first word of capitalised parts in a firm\'s name, and knows the short form later', () => {
    const doc = analyse(
      'WILLOWCREST, Ohio (AP) — The city council voted on Tuesday to end its garbage collection contract with Tri-Valley Refuse Services.\n\n' +
        'Tri-Valley, a subsidiary of Indianapolis-based Buckmoor Environmental, sued the city. Many residents at Tuesday\'s meeting welcomed the decision. (AP, August 14, 2024)\n',
    );
    const t = triples(doc);
    expect(t).toContain('Tri-Valley Refuse Services subsidiaryOf Buckmoor Environmental');
    expect(doc.entities.map((e) => e.label)).not.toContain('Tuesday');
  });
  it('does not open a name with a hyphenated adjective of two nations', () => {
    const doc = analyse('LONDON (Reuters) - The Anglo-Dutch Shareholders said on Monday they would vote against the plan. (Reuters, 2025-06-05)\n');
    expect(doc.entities.map((e) => e.label)).not.toContain('Anglo-Dutch Shareholders');
  });
});

describe('Names of regions and associations', () => {
  it('reads the Midwest as a region, not a firm named in the genitive', () => {
    const doc = analyse('COLUMBUS, Ohio (AP) — Olvaris Diagnostic Laboratories, one of the Midwest\'s largest testing chains, said hackers had stolen data. (AP, 2024-05-06)\n');
    expect(doc.entities.find((e) => e.label === 'Midwest')?.type).toBe('Region');
  });
  it('reads capitalised words joined by hyphens before "-Konzern" as the group\'s name', () => {
    const doc = analyse('Innsbruck (APA) – Im Wettbewerb steht der Hersteller mit Vorlanski, einer Tochter des finnischen Keltaro-Sports-Konzerns. (APA, 5.6.2025)\n');
    const t = triples(doc);
    expect(t).toContain('Vorlanski subsidiaryOf Keltaro Sports');
    expect(t).toContain('Keltaro Sports locatedIn Finland');
  });
  it('keeps an association\'s remit after "für" in its name', () => {
    const doc = analyse('Wien (APA) – Die Internistin Karla Hiesbauer ist zudem Vorstandsmitglied der Österreichischen Gesellschaft für Innere Medizin. (APA, 5.6.2025)\n');
    expect(doc.entities.map((e) => e.label)).toContain('Österreichischen Gesellschaft für Innere Medizin');
  });
  it('does not read staff "back behind the registers" as backers of a union', () => {
    const doc = analyse('BOSTON (Reuters) - Brennan Market employees were back behind the registers across New England on Monday after the chain and the Retail Clerks Alliance union reached agreements. (Reuters, 2025-06-05)\n');
    expect(triples(doc).filter((t) => / investedIn /.test(t))).toEqual([]);
  });
});

describe('Later constructions of session 64', () => {
  it('reads the founders of an opening participle phrase with an apposition inside as founders of the main clause\'s subject', () => {
    const doc = analyse('CHICAGO (AP) — Founded in 2020 by Tara Ellingsen, a former planner at the Chicago Transit Authority, and engineer Devin Rusvik, Sporlane designs its own e-bike. (AP, March 5, 2025)\n');
    const t = triples(doc);
    expect(t).toContain('Tara Ellingsen founded Sporlane');
    expect(t).not.toContain('Tara Ellingsen founded Devin Rusvik');
  });
  it('does not read the object of a verb joined by "and" as the subject both verbs share', () => {
    const doc = analyse('LONDON (Reuters) - Avonleigh Health said hackers got into systems run by Claimsworth, a software firm. Avonleigh Health, which was founded in 1921, has terminated its contract with Claimsworth and accused the supplier of leaving a flaw unpatched. (Reuters, 2024-09-17)\n');
    const t = triples(doc);
    expect(t).toContain('Avonleigh Health accused Claimsworth');
    expect(t).not.toContain('Avonleigh Health accused Avonleigh Health');
  });
  it('reads "Firmengründer und Verwaltungsratspräsident X" as the founder of the firm the text is about', () => {
    const doc = analyse('Aarau (sda) – Das Spital verklagt die Kantaro AG. Die Probleme gingen auf veraltete Server zurück, sagte Firmengründer und Verwaltungsratspräsident Beat Zumbrock. (sda, 18.7.2025)\n');
    expect(triples(doc)).toContain('Beat Zumbrock founded Kantaro AG');
  });
  it('reads "das Resort" as the resort named before, not a name of its own', () => {
    const doc = analyse('Graz (APA) – Die Hotelgruppe Peinwald Hotels übernimmt das Thermenresort Sonnhaler in Bad Waltersdorf. Das 1998 gegründete Resort hat 180 Zimmer. (APA, 5.6.2025)\n');
    const t = triples(doc);
    expect(t).toContain('Peinwald Hotels acquired Sonnhaler');
    expect(t).toContain('Sonnhaler foundedIn 1998');
  });
});
