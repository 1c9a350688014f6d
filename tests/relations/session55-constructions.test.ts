// Constructions of everyday agency news that session 55 found missing or
// misread, each on a short text written for this test with invented names.
import { describe, expect, it } from 'vitest';
import { analyse, triples } from './analyse.js';

describe('German places named with their district', () => {
  it('reads "Vorstein (Bezirk Landeck)" as the town lying in the district, its noun outside the name', () => {
    const doc = analyse('Innsbruck (APA) - Die Taxenrieder Bergbahnen GmbH mit Sitz in Vorstein (Bezirk Landeck) hat Insolvenz beantragt. (APA, 5.6.2025)\n');
    expect(triples(doc)).toContain('Vorstein locatedIn Landeck');
  });

  it('reads "im Grazer Stadtteil Pellhofen" as the quarter lying in the town', () => {
    const doc = analyse('Graz (APA) - Die Bäckerei Kolbenhaus hat ihren Sitz im Grazer Stadtteil Pellhofen. (APA, 5.6.2025)\n');
    expect(triples(doc)).toContain('Pellhofen locatedIn Graz');
  });
});

describe('German partners named before the verb', () => {
  it('reads "Gemeinsam mit X will Y … investieren" as a partnership, under a modal too', () => {
    const doc = analyse('Tokio (dpa) - Gemeinsam mit dem Zellhersteller Drelmont Battery will der Autobauer Varnhaus zwei Milliarden Dollar in ein Werk investieren. (dpa, 5.6.2025)\n');
    expect(triples(doc)).toContain('Varnhaus partnerOf Drelmont Battery');
  });

  it('reads the rival after "mit X und der Y-Tochter Z" even where X is no name it knows', () => {
    const doc = analyse('Frankfurt (dpa) - Die Fluglinie Harkmoor Air konkurriert auf vielen Strecken mit Condor und der Lufthansa-Tochter Eurowings. (dpa, 5.6.2025)\n');
    expect(triples(doc)).toContain('Harkmoor Air competitorOf Eurowings');
  });
});

describe('German criticism as an idiom', () => {
  it('reads "ging mit der Bank hart ins Gericht" as criticism, and "vor Gericht gehen" as none', () => {
    const doc = analyse('Frankfurt (dpa) - Die Schutzvereinigung Vessbrook ging mit der Lindqvar Bank hart ins Gericht. Die Firma Kolbenhaus will mit dem Konzern Varnhaus vor Gericht gehen. (dpa, 5.6.2025)\n');
    const t = triples(doc);
    expect(t).toContain('Vessbrook criticized Lindqvar Bank');
    expect(t.filter((x) => x.startsWith('Kolbenhaus criticized'))).toEqual([]);
  });
});

describe('English rivals and owners', () => {
  it('reads "X is among Y\'s European rivals" and "is one of Y\'s biggest competitors" as rivals', () => {
    const doc = analyse('LONDON (Reuters) - Dunstrel raised money. Pelgate is among Dunstrel\'s European rivals. Brackwen is one of Dunstrel\'s biggest competitors. (Reuters, 2025-03-03)\n', 'en');
    const t = triples(doc);
    expect(t).toContain('Pelgate competitorOf Dunstrel');
    expect(t).toContain('Brackwen competitorOf Dunstrel');
  });

  it('reads "X, which has been majority-owned by Y since 2021," as Y owning X', () => {
    const doc = analyse('PRAGUE (Reuters) - Vessbrook, which has been majority-owned by Prague-based investment group Lindqvar Capital since 2021, said it would hire. (Reuters, 2025-03-03)\n', 'en');
    expect(triples(doc)).toContain('Lindqvar Capital owns Vessbrook');
  });

  it('reads "X, Britain\'s biggest supermarket group," as a British firm', () => {
    const doc = analyse('LONDON (Reuters) - Harkmoor, Britain\'s biggest supermarket group, said on Thursday it had settled a dispute. (Reuters, 2025-03-03)\n', 'en');
    expect(triples(doc)).toContain('Harkmoor locatedIn United Kingdom');
  });
});

describe('English first names that are short forms of a month', () => {
  it('reads "Jan Velkoop" as a person and "Jan 5" as a date', () => {
    const doc = analyse('LONDON, Jan 5 (Reuters) - Jan Velkoop founded Brackwen in 2019. Shares fell on Jan. 5. (Reuters, 2025-01-05)\n', 'en');
    expect(doc.entities.find((e) => e.label === 'Jan Velkoop')?.type).toBe('Person');
    expect(triples(doc)).toContain('Jan Velkoop founded Brackwen');
    expect(doc.entities.filter((e) => e.label.startsWith('Jan') && e.label !== 'Jan Velkoop')).toEqual([]);
  });
});

describe('German shares and businesses kept after a sale', () => {
  it('reads "Die restlichen 20 Prozent behält Gründerin Y" as Y owning the firm whose shares were sold, not the buyer', () => {
    const doc = analyse('Linz (APA) - Die Gruppe Ostwerk übernimmt 80 Prozent der Anteile an der Firma Tellgrub. Die restlichen 20 Prozent behält Gründerin Verena Hosswald. (APA, 5.6.2025)\n');
    const t = triples(doc);
    expect(t).toContain('Verena Hosswald owns Tellgrub');
    expect(t).not.toContain('Verena Hosswald owns Ostwerk');
  });

  it('reads "Der Konzern X behält das Bildungsunternehmen Y" as X owning Y', () => {
    const doc = analyse('Berlin (dpa) - Der Konzern Quernau behält das Bildungsunternehmen Verlinde. (dpa, 5.6.2025)\n');
    expect(triples(doc)).toContain('Quernau owns Verlinde');
  });
});

describe('English lawyers of a firm named with its town', () => {
  it('reads "X of the Nashville law firm Y" as X working for Y', () => {
    const doc = analyse('NEW YORK (Reuters) - The label is represented by Anna Verlinde of the Nashville law firm Hosswald & Quernau. (Reuters, 2025-03-03)\n', 'en');
    expect(triples(doc)).toContain('Anna Verlinde worksFor Hosswald & Quernau');
  });
});

describe('German chiefs put at the top by a board', () => {
  it('reads "hat X an die Spitze des Unternehmens Y bestellt" as X leading Y', () => {
    const doc = analyse('Klagenfurt (APA) - Der Aufsichtsrat hat den Forstwirt Anton Gissberg einstimmig an die Spitze des Unternehmens Lorvenau Forste AG bestellt. (APA, 5.6.2025)\n');
    expect(triples(doc)).toContain('Anton Gissberg ceoOf Lorvenau Forste AG');
  });
});

describe('English firms founded in a town', () => {
  it('reads "X, founded in Leeds last year by Y," and "Y founded X in Leeds" as X lying in Leeds', () => {
    const doc = analyse('LONDON (Reuters) - Osmira Labs, founded in Leeds last year by Anna Feldrake, raised money. Karl Tembrook founded Brelvane in Glasgow in 2019. (Reuters, 2025-03-03)\n', 'en');
    const t = triples(doc);
    expect(t).toContain('Osmira Labs locatedIn Leeds');
    expect(t).toContain('Brelvane locatedIn Glasgow');
    expect(t).toContain('Karl Tembrook founded Brelvane');
  });
});

describe('English appositions and products', () => {
  it('reads "X, a London-based hedge fund that …" as X lying in London, the tagger reading "fund" as a verb', () => {
    const doc = analyse('LONDON (Reuters) - Pinnowick Capital, a London-based hedge fund that owns about 5% of Quilmarsh, criticised the strategy. (Reuters, 2025-03-03)\n', 'en');
    const t = triples(doc);
    expect(t).toContain('Pinnowick Capital locatedIn London');
    expect(t).toContain('Pinnowick Capital investedIn Quilmarsh');
  });

  it('reads "creating a bigger challenger to networks such as X" as founding nothing', () => {
    const doc = analyse('LONDON (Reuters) - Vellacott said it would buy Brennvik, creating a bigger challenger to networks such as Elon Musk\'s Starlink. (Reuters, 2025-03-03)\n', 'en');
    expect(triples(doc).filter((t) => t.includes(' founded '))).toEqual([]);
  });
});

describe('German founders, buyers and staff in appositions and relative clauses', () => {
  it('reads "X, 2011 von Y gegründet und 2017 von der Z übernommen," as Y founding X and Z buying it', () => {
    const doc = analyse('Zürich (sda) - Die Gruppe Sorvinta verkauft die Firma Felsbrunn. Felsbrunn, 2011 vom Ingenieur Reto Malvecchi gegründet und 2017 von der Sorvinta übernommen, stellt Burger her. (sda, 5.6.2025)\n');
    const t = triples(doc);
    expect(t).toContain('Reto Malvecchi founded Felsbrunn');
    expect(t).toContain('Sorvinta acquired Felsbrunn');
  });

  it('reads "die zuvor an der Forschungsanstalt X gearbeitet hatten" as working for X', () => {
    const doc = analyse('Bern (sda) - Gegründet wurde Felsbrunn 2022 von Anna Grundacher, die zuvor an der Forschungsanstalt Sorvinta gearbeitet hatte. (sda, 5.6.2025)\n');
    expect(triples(doc)).toContain('Anna Grundacher worksFor Sorvinta');
  });
});

describe('English appositions naming a collective or joined trades', () => {
  it('reads "X, a group of Minnesota investors that backed Y" as X backing Y, not the investors', () => {
    const doc = analyse('MINNEAPOLIS (Reuters) - Wendmoor Angel Partners, a group of Minnesota investors that backed Quellmere early on, put in more money. (Reuters, 2025-03-03)\n', 'en');
    const t = triples(doc);
    expect(t).toContain('Wendmoor Angel Partners investedIn Quellmere');
    expect(t).not.toContain('investors investedIn Quellmere');
  });

  it('reads "X, a Croatian motor and property insurer," as lying in Croatia', () => {
    const doc = analyse('ZAGREB (Reuters) - Pellinor, a Croatian motor and property insurer, said it would grow. (Reuters, 2025-03-03)\n', 'en');
    expect(triples(doc)).toContain('Pellinor locatedIn Croatia');
  });
});

describe('German posts named by a copula', () => {
  it('reads "war zuletzt Oberärztin an der Berliner X" as working for X', () => {
    const doc = analyse('Graz (APA) - Die Ärztin Lena Dorrivane war zuletzt Oberärztin an der Berliner Charité. (APA, 5.6.2025)\n');
    expect(triples(doc)).toContain('Lena Dorrivane worksFor Charité');
  });
});
