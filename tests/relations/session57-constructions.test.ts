// Constructions of everyday agency news that session 57 found missing or
// misread, each on a short text written for this test with invented names.
import { describe, expect, it } from 'vitest';
import { analyse, triples } from './analyse.js';

describe('German participle phrases after a name', () => {
  it('reads "X, 2019 vom Konzern Y übernommen, baut …" and "X, 2014 von A in B gegründet, …" as passives about X', () => {
    const doc = analyse('Tartu (dpa) - Die Firma Ternwald, 2019 vom Konzern Brakhane übernommen, baut Sensoren. Die Firma Kelmfors, 2014 von Jaan Olvesund in Tartu gegründet, entwickelt Software. (dpa, 5.6.2025)\n');
    const t = triples(doc);
    expect(t).toContain('Brakhane acquired Ternwald');
    expect(t).toContain('Jaan Olvesund founded Kelmfors');
    expect(t).toContain('Kelmfors foundedIn 2014');
    expect(t).toContain('Kelmfors locatedIn Tartu');
  });

  it('leaves a relative clause and an apposition inside a clause to their own readings', () => {
    const doc = analyse('Tallinn (dpa) - Die Firma Ternwald, die zum Konzern Brakhane gehört, baut Sensoren. Das Gericht habe die Vorinstanz, das Landgericht Tartu, korrigiert, kritisierte Olvesund. (dpa, 5.6.2025)\n');
    const t = triples(doc);
    expect(t).toContain('Ternwald subsidiaryOf Brakhane');
    expect(t.filter((x) => x.startsWith('Landgericht Tartu criticized'))).toEqual([]);
    expect(t).toContain('Olvesund criticized Gericht');
  });
});

describe('German sponsors and organisations taking another one’s place', () => {
  it('reads "X wird neuer Hauptsponsor des Y", "X ist seit 2022 Trikotsponsor der Y" and "wird von X gesponsert" as support', () => {
    const doc = analyse('Graz (APA) - Das Start-up Veltraum wird neuer Hauptsponsor des steirischen Fußball-Regionalligisten SV Brixlau. Die Brauerei Pitzal ist seit 2022 Trikotsponsor des Handball-Zweitligisten HSG Wolmsdorf. Der FC Fennbrook wird von der Molkerei Karlbrucker gesponsert. (APA, 5.6.2025)\n');
    const t = triples(doc);
    expect(t).toContain('Veltraum supporterOf SV Brixlau');
    expect(t).toContain('Pitzal supporterOf HSG Wolmsdorf');
    expect(t).toContain('Karlbrucker supporterOf FC Fennbrook');
  });

  it('reads "X löst die Brauerei Y ab" as one organisation succeeding another, and "die im Vorjahr von Z übernommen worden war" as Z buying it', () => {
    const doc = analyse('Graz (APA) - Das Start-up Veltraum löst die Brauerei Pitzal als Sponsor ab. Die Brauerei, die im Vorjahr von der Getränkegruppe Karlbrucker übernommen worden war, spart. (APA, 5.6.2025)\n');
    const t = triples(doc);
    expect(t).toContain('Veltraum succeeded Pitzal');
    expect(t).toContain('Karlbrucker acquired Pitzal');
  });
});

describe('Members named after a colon', () => {
  it('reads "gegründet von drei früheren Offizieren: A, B und C." as each of them founding the firm', () => {
    const doc = analyse('Graz (APA) - Gegründet wurde die Firma Veltraum 2021 von drei ehemaligen Offizieren: Dominik Pitzal, Verena Karlbrucker und Arben Fennbrook. (APA, 5.6.2025)\n');
    const t = triples(doc);
    expect(t).toContain('Dominik Pitzal founded Veltraum');
    expect(t).toContain('Verena Karlbrucker founded Veltraum');
    expect(t).toContain('Arben Fennbrook founded Veltraum');
  });

  it('leaves a colon before a sentence alone', () => {
    const doc = analyse('Graz (APA) - Gegründet wurde die Firma Veltraum 2021 von drei ehemaligen Offizieren: Dominik Pitzal leitet sie. (APA, 5.6.2025)\n');
    expect(triples(doc)).not.toContain('Dominik Pitzal founded Veltraum');
  });
});

describe('German heads and staff named by a copula or a colon', () => {
  it('reads "X wird neuer Intendant der Oper Y" as X heading Y', () => {
    const doc = analyse('München (dpa) - Der Belgier Paul Oltenhof wird neuer Intendant der Oper Sperlingau. (dpa, 5.6.2025)\n');
    expect(triples(doc)).toContain('Paul Oltenhof ceoOf Oper Sperlingau');
  });

  it('reads "X hat einen neuen Chef gefunden: Y" as Y heading X, and a research chief after the colon as staff', () => {
    const doc = analyse('Basel (sda) - Die Firma Galdreno hat einen neuen Chef gefunden: Max Tiefelsberg. Der Pharmakonzern Krummwiese hat eine neue Forschungschefin gefunden: Lea Oltenhof übernimmt die Leitung von Forschung und Entwicklung. (sda, 5.6.2025)\n');
    const t = triples(doc);
    expect(t).toContain('Max Tiefelsberg ceoOf Galdreno');
    expect(t).toContain('Lea Oltenhof worksFor Krummwiese');
    expect(t).not.toContain('Lea Oltenhof ceoOf Krummwiese');
  });

  it('reads "Zur Genossenschaft gehört auch die Käserei X" as X belonging to the cooperative named before', () => {
    const doc = analyse('Wolfsberg (APA) - Die Molkereigenossenschaft Galdreno hat einen neuen Obmann. Zur Genossenschaft gehört auch die Käserei Tiefelsberg. (APA, 5.6.2025)\n');
    expect(triples(doc)).toContain('Tiefelsberg subsidiaryOf Galdreno');
  });

  it('reads no criticism of the subject of the sentence from a relative clause about a noun', () => {
    const doc = analyse('Wolfsberg (APA) - Als erste Aufgabe nannte der neue Obmann Max Tiefelsberg die Verhandlungen über den Milchpreis, den viele Mitglieder zuletzt als zu niedrig kritisiert hatten. (APA, 5.6.2025)\n');
    expect(triples(doc).filter((x) => x.includes(' criticized '))).toEqual([]);
  });
});

describe('Stakes and control', () => {
  it('reads English "a minority stake of about 12.5% in X" as an investment in X', () => {
    const doc = analyse('PARIS, Dec 13 (Reuters) - Ostmarren Partners has bought a minority stake of about 12.5% in Tanselby FC, the club said. (Reuters, 2023-12-13)\n');
    expect(triples(doc)).toContain('Ostmarren Partners investedIn Tanselby FC');
  });

  it('reads German "übernahm die Kontrolle über X" as buying and owning X, and "die Mehrheit an Y" as owning Y', () => {
    const doc = analyse('Linz (APA) - Die Holding Ostmarren übernahm 2011 die Kontrolle über die Brauerei Tanselby. Die Gruppe Fenhollow übernahm die Mehrheit an der Firma Corrabeg. (APA, 5.6.2025)\n');
    const t = triples(doc);
    expect(t).toContain('Ostmarren acquired Tanselby');
    expect(t).toContain('Ostmarren owns Tanselby');
    expect(t).toContain('Fenhollow owns Corrabeg');
    expect(t).not.toContain('Fenhollow acquired Corrabeg');
  });

  it('reads no lawsuit into a court appointing someone to take control', () => {
    const doc = analyse('LONDON, Jan 15 (Reuters) - A court appointed the Official Receiver to take control of Ostmarren Group. (Reuters, 2018-01-15)\n');
    expect(triples(doc).filter((x) => x.includes(' sued '))).toEqual([]);
  });
});

describe('German stages and libraries named by their town', () => {
  it('reads "das Ballett Zürich", "das Staatsballett Berlin" and "die Frankfurter Stadtbibliothek" as institutions in those towns', () => {
    const doc = analyse('Zürich (sda) - Das Ballett Zürich wird künftig von Lea Oltenhof geleitet. Ihr Vorgänger Max Tiefelsberg wechselt zum Staatsballett Berlin. Gratuliert hat auch Anna Galdreno, die Leiterin der Frankfurter Stadtbibliothek. (sda, 5.6.2025)\n');
    const labels = doc.entities.map((e) => e.label);
    expect(labels).toContain('Ballett Zürich');
    expect(labels).toContain('Staatsballett Berlin');
    expect(labels).toContain('Frankfurter Stadtbibliothek');
    const t = triples(doc);
    expect(t).toContain('Ballett Zürich locatedIn Zurich');
    expect(t).toContain('Staatsballett Berlin locatedIn Berlin');
  });
});

describe('English succession', () => {
  it('reads no dismissal into "X succeeds Y", whatever class the tagger gave X', () => {
    const doc = analyse('LONDON, Jan 20 (Reuters) - Ostmarren Weekly has named Zilla Tanselby as its next editor. Tanselby, currently its business editor, succeeds John Fenhollow, who is leaving. (Reuters, 2015-01-20)\n');
    expect(triples(doc).filter((x) => x.includes(' dismissed '))).toEqual([]);
  });

  it('keeps "the board replaced X with Y" as a dismissal', () => {
    const doc = analyse('LONDON, Jan 20 (Reuters) - Ostmarren Group replaced chief executive John Fenhollow with Zilla Tanselby. (Reuters, 2015-01-20)\n');
    const t = triples(doc);
    expect(t).toContain('Ostmarren Group dismissed John Fenhollow');
    expect(t).toContain('Zilla Tanselby succeeded John Fenhollow');
  });
});
