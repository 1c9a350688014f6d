// Constructions of everyday agency news that session 53 found missing or
// misread, each on a short text written for this test with invented names.
import { describe, expect, it } from 'vitest';
import { analyse, triples } from './analyse.js';

describe('English genitives after a known name of several words', () => {
  it('ends "the European Union\'s" before the law it owns', () => {
    const doc = analyse('DUBLIN (Reuters) - The regulator fined Quillomar Apps under the European Union\'s General Data Protection Regulation. (Reuters, 2025-03-03)\n', 'en');
    const labels = doc.entities.map((e) => e.label);
    expect(labels).toContain('European Union');
    expect(labels.filter((l) => l.includes('Union\'s'))).toEqual([]);
  });
});

describe('English officers in the genitive', () => {
  it('reads "X\'s managing director, Y," as the one who leads X, not only as staff', () => {
    const doc = analyse('LONDON (Reuters) - Quarvex Telecom agreed to buy Moltrana Kabel. Moltrana\'s managing director, Jens Rievold, will stay on, she said. (Reuters, 2025-03-03)\n', 'en');
    const t = triples(doc);
    expect(t).toContain('Jens Rievold ceoOf Moltrana Kabel');
    expect(t).not.toContain('Jens Rievold worksFor Moltrana Kabel');
  });

  it('reads a base form after a genitive as a noun: "X\'s finance director, Y,"', () => {
    const doc = analyse('LONDON (Reuters) - Quarvex Telecom agreed to buy a rival. Quarvex\'s finance director, Tom Reedly, agreed to the terms. (Reuters, 2025-03-03)\n', 'en');
    expect(triples(doc)).toContain('Tom Reedly worksFor Quarvex Telecom');
  });

  it('reads "the company\'s then chief executive, Y" as its chief executive', () => {
    const doc = analyse('PERTH (Reuters) - Brantel Mining destroyed the shelters in 2020. The company\'s then chief executive, Jean-Paul Jarquet, resigned months later. (Reuters, 2025-03-03)\n', 'en');
    expect(triples(doc)).toContain('Jean-Paul Jarquet ceoOf Brantel Mining');
  });
});

describe('chief executives named to replace another', () => {
  it('reads "X named Y to replace Z as its chief executive" as Y leading X', () => {
    const doc = analyse('TOKYO (Reuters) - Renmark ousted its chairman. The shake-up comes days after Drennis Motors named Makoto Ushira to replace Hiroto Saikawo as its chief executive. (Reuters, 2025-03-03)\n', 'en');
    const t = triples(doc);
    expect(t).toContain('Makoto Ushira ceoOf Drennis Motors');
    expect(t).not.toContain('Makoto Ushira ceoOf Renmark');
  });

  it('reads "Y would replace Z as chief executive" in a firm\'s statement as Y leading the firm', () => {
    const doc = analyse('TOKYO (Reuters) - Drennis Motors said on Monday that Makoto Ushira would replace Hiroto Saikawo as chief executive. (Reuters, 2025-03-03)\n', 'en');
    expect(triples(doc)).toContain('Makoto Ushira ceoOf Drennis Motors');
  });
});

describe('German descriptions of an office holder', () => {
  it('reads "dem wiedergewählten Amtsinhaber" as the person who holds the office', () => {
    const doc = analyse('Ulm (dpa) - Landrat Heiko Mirschelt (CDU) wurde am Montag wiedergewählt. Die AfD-Fraktion stimmte gegen ihn. Ihr Vorsitzender Rüdiger Pallhuber warf dem wiedergewählten Amtsinhaber vor, die Kreisumlage erhöht zu haben. (dpa, 3.4.2024)\n');
    expect(triples(doc)).toContain('Rüdiger Pallhuber criticized Heiko Mirschelt');
  });
});

describe('German staff and customers', () => {
  it('reads any compound of "Leiter" after a known name as staff: "Eawag-Projektleiterin X"', () => {
    const doc = analyse('Dübendorf (sda) - Die Eawag-Projektleiterin Mira Quelloz bestätigte die Messungen am Dienstag. (sda, 2.2.2026)\n');
    expect(triples(doc)).toContain('Mira Quelloz worksFor Eawag');
  });

  it('reads the state passive "der bei X beschäftigt war" as employment', () => {
    const doc = analyse('Hamburg (dpa) - Der Zöllner soll mit Tom Kasselbuhl zusammengearbeitet haben, der bei dem Hafendienstleister Norderwald Stauerei beschäftigt war. (dpa, 2.2.2026)\n');
    expect(triples(doc)).toContain('Tom Kasselbuhl worksFor Norderwald Stauerei');
  });

  it('reads "beliefert vor allem Händler wie X und Y" and "beliefert 300 Filialen der Kette Z" as customers', () => {
    const doc = analyse('Bielefeld (dpa) - Der Möbelhersteller Taxelmoor beliefert vor allem große Möbelhändler wie XXXLutz und Höffner. Der Logistiker Brandtwerk beliefert unter anderem rund 300 Filialen der Modekette Lindholz. (dpa, 2.2.2026)\n');
    const t = triples(doc);
    expect(t).toContain('Taxelmoor partnerOf XXXLutz');
    expect(t).toContain('Brandtwerk partnerOf Lindholz');
  });
});

describe('German chiefs in apposition', () => {
  it('reads "X, Inhaber und Geschäftsführer der Y," and "X, Chefin des Esslinger Maschinenbauers Y," as heads', () => {
    const doc = analyse('Stuttgart (dpa) - Anna Quell, Chefin des Esslinger Maschinenbauers Prelltec, widersprach am Montag. Tim Sulzbach, Inhaber und Geschäftsführer der Brenntec AG, stimmte zu. (dpa, 3.3.2025)\n');
    const t = triples(doc);
    expect(t).toContain('Anna Quell ceoOf Prelltec');
    expect(t).toContain('Tim Sulzbach ceoOf Brenntec AG');
  });
});

describe('stages, zoos and collections named by one word', () => {
  it('makes "des Wiener Burgtheaters" an institution of its own, led by its director', () => {
    const doc = analyse('Wien (APA) - Der Schweizer Regisseur Stefan Bachmayr wird neuer Direktor des Wiener Burgtheaters. Er kommt vom Theater Quellbach. Bachmayr folgt auf Martin Kuschnigg, der das Burgtheater seit 2019 leitet. (APA, 3.3.2025)\n');
    const t = triples(doc);
    expect(t).toContain('Martin Kuschnigg ceoOf Burgtheater');
    expect(t).not.toContain('Martin Kuschnigg ceoOf Theater Quellbach');
  });

  it('does not read "das Staatstheater" as the theatre named last under another name', () => {
    const doc = analyse('Halle (dpa) - Die Regisseurin Ida Zimmerlang wird Intendantin des Staatstheaters Zwiebelhof. Sie ist derzeit Schauspieldirektorin am Theater Quellbach. Das Staatstheater wird vom Land Sachsen-Anhalt getragen. (dpa, 3.3.2025)\n');
    const theatre = doc.mentions.find((m) => m.text === 'Staatstheater');
    const other = doc.mentions.find((m) => m.text === 'Theater Quellbach');
    expect(theatre?.entity).toBeDefined();
    expect(other?.entity).toBeDefined();
    expect(theatre?.entity).not.toBe(other?.entity);
  });

  it('reads a person taking over a zoo as taking over its lead, not buying it', () => {
    const doc = analyse('Luzern (sda) - Direktor Peter Zimmerlang geht in den Ruhestand. Zimmerlang hatte den Tierpark Quellbach 2004 übernommen. (sda, 3.3.2025)\n');
    expect(triples(doc).filter((x) => x.includes('acquired'))).toEqual([]);
  });
});

describe('the second half of a German relative clause', () => {
  it('keeps the pronoun as subject after "und": "X, der an der Börse notiert und mehrheitlich der Y gehört"', () => {
    const doc = analyse('Wien (APA) - Der Versicherer Kahlsburg, der an der Wiener Börse notiert und mehrheitlich der Kahlsburg Privatstiftung gehört, erwartet keine Auswirkungen. (APA, 3.3.2025)\n');
    const t = triples(doc);
    expect(t).toContain('Kahlsburg subsidiaryOf Kahlsburg Privatstiftung');
    expect(t).not.toContain('Kahlsburg Privatstiftung subsidiaryOf Kahlsburg');
  });

  it('reads the criticised campaign of a firm as criticism of the firm', () => {
    const doc = analyse('Wien (APA) - Die Arbeiterkammer hatte die Kampagne des Matratzenherstellers Traumwald bereits im Vorjahr kritisiert. (APA, 3.3.2025)\n');
    expect(triples(doc)).toContain('Arbeiterkammer criticized Traumwald');
  });
});

describe('English units and their owners', () => {
  it('reads "X, Y\'s index and data unit," and "Y\'s online property sales unit X" as units of Y', () => {
    const doc = analyse('FRANKFURT (Reuters) - Skelvane Data will be folded into Indexpoint, Velmoor Exchange\'s index and data unit. Dornbeck Homes\' rival Ormsgate sued Velmoor\'s online property sales unit Quellmark. (Reuters, 2025-03-03)\n', 'en');
    const t = triples(doc);
    expect(t).toContain('Indexpoint subsidiaryOf Velmoor Exchange');
    expect(t).toContain('Quellmark subsidiaryOf Velmoor Exchange');
  });

  it('reads "X, whose U.S. arm Y" and "the X-owned firm Y" as ownership', () => {
    const doc = analyse('MADRID (Reuters) - Ondrella follows Velmoor Energia, whose U.S. arm Dornbeck Renewables is large. Ormsgate hired the Velmoor-owned security firm Skelvane Labs. (Reuters, 2025-03-03)\n', 'en');
    const t = triples(doc);
    expect(t).toContain('Dornbeck Renewables subsidiaryOf Velmoor Energia');
    expect(t.some((x) => x === 'Velmoor Energia owns Skelvane Labs' || x === 'Velmoor owns Skelvane Labs')).toBe(true);
  });

  it('reads "through its investment arm X" as the arm of the clause\'s subject', () => {
    const doc = analyse('RIO DE JANEIRO (Reuters) - Ormsgate Partners said on Monday it had sold its stake. Velmoor Bank holds about 11% of the company through its investment arm Velmoorpar. (Reuters, 2025-03-03)\n', 'en');
    const t = triples(doc);
    expect(t).toContain('Velmoorpar subsidiaryOf Velmoor Bank');
    expect(t).not.toContain('Velmoorpar subsidiaryOf Ormsgate Partners');
  });
});

describe('English rivals taken on', () => {
  it('reads "X will take on Y" between firms as rivalry, not a seat taken on a board', () => {
    const doc = analyse('ARLINGTON, Virginia (Reuters) - Ormsgate Foods will take on Kroger in the discount market. Velmoor Capital will take two seats on the board. (Reuters, 2025-03-03)\n', 'en');
    const t = triples(doc);
    expect(t).toContain('Ormsgate Foods competitorOf Kroger');
    expect(t.filter((x) => x.startsWith('Velmoor Capital competitorOf'))).toEqual([]);
  });
});

describe('German firms founded by a relative', () => {
  it('reads "dessen Großvater das Unternehmen 1962 gegründet hatte" as the founding year', () => {
    const doc = analyse('Gütersloh (dpa) - Die Firma Kemplar zahlt nicht, sagte Geschäftsführer Dirk Kemplar, dessen Großvater das Unternehmen 1962 in Gütersloh gegründet hatte. (dpa, 3.3.2025)\n');
    expect(triples(doc)).toContain('Kemplar foundedIn 1962');
  });

  it('reads a first name after "Vater" as the father, not a brand that shares it', () => {
    const doc = analyse('Linz (APA) - Geschäftsführer Markus Hollwerk, der den 1974 von seinem Vater Franz gegründeten Betrieb Hollwerk seit 2015 leitet, begründete die Standortwahl. (APA, 3.3.2025)\n');
    expect(doc.entities.filter((e) => e.type === 'Company' && e.label !== 'Hollwerk').map((e) => e.label)).toEqual([]);
  });
});
