// Constructions of everyday agency news that session 18 found missing or
// misread, each on a short text written for this test with invented names.
import { describe, expect, it } from 'vitest';
import { analyse, entityOf, triples } from './analyse.js';

describe('a football club and its coaches', () => {
  const text =
    'Leoben (APA) - Fußball-Regionalligist SV Erzberg hat einen neuen Trainer. Der 1921 in Eisenerz gegründete Verein kämpft gegen den Abstieg. Im Frühjahr hatte der Hauptsponsor, das Leobener Bauunternehmen Gruber Hochbau, seine Zahlungen gekürzt.\n\nDer Schweizer Lukas Brändli übernimmt die Mannschaft ab sofort. Der 39-Jährige war zuletzt zwei Jahre lang Co-Trainer beim Zweitligisten SC Kainach, davor leitete er die Nachwuchsakademie des FC Hochschwab. (APA, 4.3.2025)\n';

  it('gives a coach who takes over the team to the club, and a former assistant coach to his old club', () => {
    const t = triples(analyse(text));
    expect(t).toContain('Lukas Brändli worksFor SV Erzberg');
    expect(t).toContain('Lukas Brändli worksFor SC Kainach');
    expect(t).toContain('Lukas Brändli worksFor FC Hochschwab');
  });

  it('reads a description whose participle attribute holds a place phrase, with the year and place of founding', () => {
    const t = triples(analyse(text));
    expect(t).toContain('SV Erzberg foundedIn 1921');
    expect(t).toContain('SV Erzberg locatedIn Eisenerz');
  });

  it('reads the main sponsor in an apposition as a supporter of the club in focus', () => {
    expect(triples(analyse(text))).toContain('Gruber Hochbau supporterOf SV Erzberg');
  });
});

describe('a merger blocked without naming the buyer again', () => {
  it('rules against the buyer the article is about', () => {
    const t = triples(
      analyse(
        'Bonn (dpa) - Der Klinikbetreiber Medalis darf das Kreiskrankenhaus Ostheide nicht übernehmen. Der Klinikkonzern Medalis betreibt 20 Häuser. Das Bundeskartellamt hatte den Zusammenschluss im Mai untersagt. (dpa, 3.6.2024)\n',
      ),
    );
    expect(t).toContain('Federal Cartel Office ruledAgainst Medalis');
  });
});

describe('towns named after their river', () => {
  it('reads "X an der Y" as one town, also where the first word alone reads as a compound noun', () => {
    const doc = analyse(
      'Linz (APA) - Die Brauerei Hollersbräu hat ihren Sitz in Kirchdorf an der Krems. Sie baut in Waidhofen an der Ybbs ein Lager. Ein Fest gibt es in Linz am Donnerstag und in Hallein im Rathaus. (APA, 3.3.2024)\n',
    );
    expect(doc.entities.some((e) => e.label === 'Kirchdorf an der Krems' && e.type === 'City')).toBe(true);
    expect(doc.entities.some((e) => e.label === 'Waidhofen an der Ybbs' && e.type === 'City')).toBe(true);
    expect(doc.entities.some((e) => e.label === 'Krems' || e.label === 'Ybbs')).toBe(false);
    // (The town hall is a site of the article since session 46, no town: "in Hallein im Rathaus".)
    expect(doc.entities.some((e) => /Donnerstag|Rathaus/.test(e.label) && e.type !== 'Facility')).toBe(false);
    expect(triples(doc)).toContain('Hollersbräu locatedIn Kirchdorf an der Krems');
  });
});

describe('a cooperative founded in a town', () => {
  const text =
    'St. Pölten (APA) - Im Waldviertel haben sich 40 Landwirte zu einer Energiegenossenschaft zusammengeschlossen. Die "Sonnfeld Waldviertel eGen" wurde am Freitag in Zwettl offiziell gegründet und wolle bis 2027 wachsen, teilte Obmann Florian Hadersdorfer mit. Den Strom will die Genossenschaft an Haushalte verkaufen. (APA, 7.3.2025)\n';

  it('reads a quoted name that ends in a legal form as a firm, which the description then takes up', () => {
    const doc = analyse(text);
    expect(entityOf(doc, 'Sonnfeld Waldviertel eGen')?.type).toBe('Company');
    const genossenschaft = doc.mentions.find((m) => m.text === 'Genossenschaft' && m.sentence === 2);
    expect(doc.entities.find((e) => e.key === genossenschaft?.entity)?.label).toBe('Sonnfeld Waldviertel eGen');
  });

  it('seats a firm where it was founded, and gives a chair named without his body to the one in focus', () => {
    const t = triples(analyse(text));
    expect(t).toContain('Sonnfeld Waldviertel eGen locatedIn Zwettl');
    expect(t).toContain('Florian Hadersdorfer ceoOf Sonnfeld Waldviertel eGen');
  });

  it('does not seat a firm where its founder was born', () => {
    const t = triples(
      analyse('Berlin (dpa) - Angeführt wurde die Runde von Kestrel Ventures, einem Geldgeber, den der in Dresden geborene Investor Paul Arnheim mitgegründet hat. (dpa, 7.3.2025)\n'),
    );
    expect(t).toContain('Paul Arnheim founded Kestrel Ventures');
    expect(t.filter((x) => x.startsWith('Kestrel Ventures locatedIn'))).toEqual([]);
  });
});

describe('an English club and its owners', () => {
  const text =
    "LONDON (AP) - Norwegian investor Siri Haugland has agreed to buy a 30% stake in Fenwick Rovers, the Yorkshire club said Monday. Haugland will invest through her family office, Fjordlys Capital. Fenwick's chairman and majority owner, local builder Derek Ashcombe, will keep 60%. Manager Tom Bexley is expected to get new players. (AP, Aug. 27, 2024)\n";

  it("links a role in an organisation's genitive to the name in apposition after it, over lower-case words", () => {
    const doc = analyse(text);
    const chairman = doc.mentions.find((m) => m.text === 'chairman');
    expect(doc.entities.find((e) => e.key === chairman?.entity)?.label).toBe('Derek Ashcombe');
    const t = triples(doc);
    expect(t).toContain('Derek Ashcombe memberOf Fenwick Rovers');
    expect(t).toContain('Derek Ashcombe owns Fenwick Rovers');
  });

  it("reads a place modifying the noun in apposition as the seat, a person's family office as hers, and a manager as the club's", () => {
    const t = triples(analyse(text));
    expect(t).toContain('Fenwick Rovers locatedIn Yorkshire');
    expect(t).toContain('Siri Haugland owns Fjordlys Capital');
    expect(t).toContain('Tom Bexley worksFor Fenwick Rovers');
  });
});

describe('Romance firm names', () => {
  it('reads a lower-case particle inside a firm name that ends in a legal form', () => {
    const doc = analyse('Bern (sda) - Die Cementeria del Monte Lema SA aus Biasca und die Banco de Valdés SA wachsen. (sda, 13.6.2024)\n');
    expect(doc.entities.some((e) => e.label === 'Cementeria del Monte Lema SA')).toBe(true);
    expect(doc.entities.some((e) => e.label === 'Banco de Valdés SA')).toBe(true);
    expect(triples(doc)).toContain('Cementeria del Monte Lema SA locatedIn Biasca');
  });
});

describe('English airlines and airports', () => {
  const text =
    "DUBLIN (Reuters) - Regional airline Skeldon Air has sued the operator of Bristol Airport over higher charges. Corran Air, Europe's largest regional airline by passenger numbers, has accused the operator of wasting money, and its chief executive, Fiona Brannock, has called for change. (Reuters, Feb. 19, 2025)\n";

  it('reads a town and "Airport" as one name', () => {
    const doc = analyse(text);
    expect(doc.entities.some((e) => e.label === "Bristol Airport")).toBe(true);
    expect(doc.entities.some((e) => e.label === 'Airport')).toBe(false);
  });

  it("links a role after a possessive to the name in apposition, and a description after a place's genitive to the name before", () => {
    const doc = analyse(text);
    const t = triples(doc);
    expect(t).toContain('Fiona Brannock ceoOf Corran Air');
    expect(t).not.toContain('Fiona Brannock ceoOf Skeldon Air');
    const airline = doc.mentions.find((m) => m.text === 'airline' && m.sentence === 1);
    expect(doc.entities.find((e) => e.key === airline?.entity)?.label).toBe('Corran Air');
    expect(t.filter((x) => x.endsWith('locatedIn Europe'))).toEqual([]);
  });
});

describe('news agencies written in lower case', () => {
  it('reads a known agency of three lower-case letters in the dateline, the byline and after an article', () => {
    const doc = analyse('Bern (sda) - Die Firma Xylo AG wächst, sagte ein Sprecher der sda. Das Blatt ist rot.\n\n(sda, 6.3.2024)\n');
    expect(entityOf(doc, 'sda')?.type).toBe('MediaOrganization');
    expect(doc.mentions.filter((m) => m.text === 'sda').length).toBe(3);
  });

  it("reads 'said a spokesperson to the agency' as said to the article's agency, not by its spokesperson", () => {
    const t = triples(analyse('Magdeburg (dpa) - Die Firma Xylo GmbH wächst, sagte ein Sprecher der dpa. Ein Sprecher des Senders Radio Elbwelle sagte nichts.\n\n(dpa, 6.3.2024)\n'));
    expect(t.filter((x) => x.includes('spokespersonOf Deutsche Presse-Agentur'))).toEqual([]);
    const austrian = triples(analyse('Linz (APA) - Die Firma Xylo GmbH wächst, sagte ein Sprecher der APA. Ein Sprecher des ORF sagte nichts.\n\n(APA, 6.3.2024)\n'));
    expect(austrian.filter((x) => x.includes('spokespersonOf Austria Presse Agentur'))).toEqual([]);
    expect(austrian.filter((x) => x.includes('spokespersonOf ORF')).length).toBe(1);
  });
});

describe('English governments named after a person or a place', () => {
  it('reads "the X administration" and "the X government" as an organisation, keeping the name inside', () => {
    const doc = analyse(
      'WASHINGTON (Reuters) - The Harmon administration on Tuesday let stand a ruling. Astrava, which counts the Luxembourg government among its largest shareholders, welcomed it. (Reuters, Dec. 26, 2023)\n',
    );
    expect(entityOf(doc, 'Harmon administration')?.type).toBe('GovernmentAgency');
    expect(entityOf(doc, 'Luxembourg government')?.type).toBe('GovernmentAgency');
    expect(entityOf(doc, 'Luxembourg')?.type).toBe('Country');
  });
});

describe('groups of people', () => {
  it('reads more plural nouns for people as groups, compounds on them too', () => {
    const doc = analyse('Wien (APA) - Mehr als 100 Feuerwehrleute kämpften gegen den Brand. Die Firma beschäftigt rund 1900 Mitarbeitende. Einheimische befürchten steigende Preise, Gäste aus Übersee bleiben aus. Es fehlen Fachkräfte. (APA, 3.3.2024)\n');
    const groups = doc.entities.filter((e) => e.type === 'Group').map((e) => e.label);
    for (const g of ['Feuerwehrleute', 'Mitarbeitende', 'Einheimische', 'Gäste', 'Fachkräfte']) expect(groups, g).toContain(g);
    const en = analyse('DENVER (AP) - The resort competes for skiers and tourists with shorter waits. (AP, Oct. 1, 2024)\n');
    expect(en.entities.filter((e) => e.type === 'Group').map((e) => e.label)).toEqual(expect.arrayContaining(['skiers', 'tourists']));
  });
});

describe('a chief named after a verb of saying', () => {
  it('speaks for the company the clause before is about, not for the one the article is about', () => {
    const t = triples(
      analyse(
        'Fürth (dpa) - Die Bäckereikette Kornmeister wird an einen Lebensmittelkonzern verkauft. Käufer ist die Hamburger Kelvora Food Group. Die Kette Kornmeister beschäftigt 900 Menschen, Kornmeister hat 70 Filialen. Zudem will Kelvora 30 Millionen Euro in die Großbäckerei stecken, kündigte Konzernchefin Maren Tiedholm an. (dpa, 3.3.2024)\n',
      ),
    );
    expect(t).toContain('Maren Tiedholm ceoOf Kelvora Food Group');
    expect(t).not.toContain('Maren Tiedholm ceoOf Kornmeister');
  });
});

describe('names inside compounds and genitives', () => {
  it('reads a firm name of several words joined by hyphens, without its legal form, before a role', () => {
    const t = triples(analyse('Klagenfurt (APA) - Die Kärntner Drautal Strom GmbH muss zahlen. Drautal-Strom-Geschäftsführer Herwig Obernosterer wies die Vorwürfe zurück. (APA, 3.3.2024)\n'));
    expect(t).toContain('Herwig Obernosterer ceoOf Drautal Strom GmbH');
  });

  it('reads a surname in the genitive before adjectives and a noun as belonging to that phrase', () => {
    const doc = analyse('Halle (dpa) - Die Zeitung hat Matthias Quarndt abberufen. Kommissarisch übernimmt Quarndts bisherige Stellvertreterin Katrin Eilbert die Leitung der Redaktion. (dpa, 3.3.2024)\n');
    expect(triples(doc)).toContain('Katrin Eilbert ceoOf Redaktion');
    // (The genitive is no subject of the clause; since session 33 the predecessor is inferred to have held the office
    // the successor takes, which is another reading, by an inference rule.)
    const label = new Map(doc.entities.map((e) => [e.key, e.label]));
    const read = doc.relations.filter((r) => !r.rule.includes('.infer.') && label.get(r.subject) === 'Matthias Quarndt' && r.predicate === 'ceoOf');
    expect(read).toEqual([]);
  });
});

describe('parties, owners and towns as owners', () => {
  const text =
    'Linz (APA) - Die ÖVP Oberösterreich hat den Bürgermeister der Gemeinde Lindach, Josef Pramhofer, aus der Partei ausgeschlossen. Die Baufirma Traunfeld Bau hat profitiert. Ermittelt wird auch gegen den Eigentümer der Firma, Gerhard Weißl. "Kein Platz", sagte Landesparteiobmann Thomas Leithner. Die Lindacher Wasser AG gehört zu 60 Prozent der Stadt Wels. (APA, 9.1.2024)\n';

  it('reads an expulsion from the party as a dismissal of a member, not as a ban, with the party branch as subject', () => {
    const t = triples(analyse(text));
    expect(t).toContain('ÖVP dismissed Josef Pramhofer');
    expect(t).toContain('Josef Pramhofer memberOf ÖVP');
    expect(t.filter((x) => x.includes(' banned '))).toEqual([]);
  });

  it('reads an owner in apposition, a party chair named without the party, and a town owning a share in the genitive', () => {
    const t = triples(analyse(text));
    expect(t).toContain('Gerhard Weißl owns Traunfeld Bau');
    expect(t).toContain('Thomas Leithner ceoOf ÖVP');
    expect(t).toContain('Wels owns Lindacher Wasser AG');
  });
});

describe('English owners in the genitive', () => {
  it('keeps a known company with its legal form in the genitive as that company, owner of the name after it, but no antecedent', () => {
    const t = triples(
      analyse(
        "LOS ANGELES (Reuters) - Netflix Inc on Thursday named Bela Varga head of global television. Varga, who joined Netflix in 2016 from Comcast Corp's Universal Television, will oversee scripted shows. She will report to Ted Sarandos, who was named co-chief executive in July. The company faces rivals, including AT&T Inc's HBO Max. (Reuters, Sept. 10, 2020)\n",
      ),
    );
    expect(t).toContain('Comcast owns Universal Television');
    expect(t).toContain('AT&T owns HBO Max');
    expect(t.filter((x) => x.startsWith('Ted Sarandos ceoOf') && !x.endsWith('Netflix'))).toEqual([]);
  });
});

describe("a person's own holding", () => {
  it('reads "über seine Beteiligungsgesellschaft X" as the subject owning X', () => {
    const t = triples(analyse('Wels (APA) - Die Schuhkette Lenzhofer ist insolvent. Der Tiroler Unternehmer Andreas Pirchmoser will über seine Beteiligungsgesellschaft Pirchmoser Invest 75 Prozent der Anteile übernehmen. (APA, 5.2.2024)\n'));
    expect(t).toContain('Andreas Pirchmoser owns Pirchmoser Invest');
  });
});

describe('parts of a region', () => {
  it('reads "Obersteiermark", "Oststeiermark" as regions, also where a capital letter alone had made a name of the word', () => {
    const doc = analyse('Graz (APA) - Der Klub aus der Obersteiermark wächst. Die Bank aus der Oststeiermark schrumpft. Der Oberbürgermeister schweigt. (APA, 3.3.2024)\n');
    expect(entityOf(doc, 'Obersteiermark')?.type).toBe('Region');
    expect(entityOf(doc, 'Oststeiermark')?.type).toBe('Region');
    expect(doc.entities.some((e) => e.label === 'Oberbürgermeister' && e.type !== 'Person')).toBe(false);
  });
});
