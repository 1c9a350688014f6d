// Constructions of everyday agency news that session 66 found missing or
// misread, each on a short text written for this test with invented names.
import { describe, expect, it } from 'vitest';
import { analyse, triples } from './analyse.js';

describe('German banks named by a word of origin', () => {
  it('reads a town\'s word of origin and a compound on "-bank" as one bank, which lies in the town', () => {
    const doc = analyse('Kiel (dpa) – Die Husumer Lotsenbank hat den Werftbetreiber Gsellhafen übernommen. Die Lotsenbank zahlte 20 Millionen Euro. (dpa, 5.6.2025)\n');
    const t = triples(doc);
    expect(t).toContain('Husumer Lotsenbank acquired Gsellhafen');
    expect(t).toContain('Husumer Lotsenbank locatedIn Husum');
  });
  it('reads a region\'s word of origin and "Sparkasse" as one bank in that region', () => {
    const doc = analyse('Klagenfurt (APA) – Die Kärntner Sparkasse hat dem Hotelier Gsellhof einen Kredit gekündigt. (APA, 5.6.2025)\n');
    expect(triples(doc)).toContain('Kärntner Sparkasse locatedIn Carinthia');
  });
  it('keeps a compound that only describes a bank, and one before a name, a description', () => {
    const doc = analyse('Genf (sda) – Die Genfer Privatbank hat den Vermögensverwalter Gsellhof übernommen. Die Zürcher Regionalbank Brellachbank verkauft ihre Filialen. (sda, 5.6.2025)\n');
    const labels = doc.entities.map((e) => e.label);
    expect(labels).not.toContain('Genfer Privatbank');
    expect(labels).not.toContain('Zürcher Regionalbank');
    expect(labels).not.toContain('Zürcher Regionalbank Brellachbank');
  });
});

describe('German firm names of hyphenated parts and particles', () => {
  it('reads a name of two capitalised parts joined by a hyphen before "eG" as one cooperative', () => {
    const doc = analyse('Rosenheim (dpa) – Die Milchwerke Brellinger-Trassmoor eG übernimmt die Käserei Zirbelhof. Brellinger-Trassmoor-Vorstandschef Jakob Kaltenbrell sprach von einem guten Tag. (dpa, 5.6.2025)\n');
    const t = triples(doc);
    expect(t).toContain('Brellinger-Trassmoor eG acquired Zirbelhof');
    expect(t).toContain('Jakob Kaltenbrell ceoOf Brellinger-Trassmoor eG');
  });
  it('reads "Van der X" after a noun for a firm as the whole firm\'s name', () => {
    const doc = analyse('Zwolle (dpa) – Der niederländische Fahrradhersteller Van der Brellwiese geht an den Finanzinvestor Ortolfi Capital. Ortolfi Capital übernimmt 80 Prozent von Van der Brellwiese. (dpa, 5.6.2025)\n');
    expect(doc.entities.map((e) => e.label)).toContain('Van der Brellwiese');
    expect(triples(doc)).toContain('Ortolfi Capital acquired Van der Brellwiese');
  });
  it('reads a first name, "van der" and a surname as one person, but not a party after a surname', () => {
    const doc = analyse('Zwolle (dpa) – Der Manager Jan van der Brellwiese übernimmt die Führung. Amtsinhaber Georg Zirbelhof von den Grünen verlor die Wahl. (dpa, 5.6.2025)\n');
    const labels = doc.entities.map((e) => e.label);
    expect(labels).toContain('Jan van der Brellwiese');
    expect(labels).toContain('Georg Zirbelhof');
  });
  it('opens a firm\'s name with the word before a known place and a legal form', () => {
    const doc = analyse('Dresden (dpa) – Die Leitung der Trassmoor Sachsen GmbH übernimmt der Ingenieur Jakob Kaltenbrell. (dpa, 5.6.2025)\n');
    expect(triples(doc)).toContain('Jakob Kaltenbrell ceoOf Trassmoor Sachsen GmbH');
  });
});

describe('English first names that are also places', () => {
  it('reads a town\'s name before a surname nobody lists as a person\'s first name', () => {
    const doc = analyse('HALIFAX (AP) — Trassmoor Markets rejected the report. Chief executive Douglas Brellinger said the report was wrong. (AP, March 3, 2025)\n');
    expect(triples(doc)).toContain('Douglas Brellinger ceoOf Trassmoor Markets');
  });
  it('keeps the town after a preposition and before a place\'s noun', () => {
    const doc = analyse('LONDON (Reuters) - Trassmoor Markets moved to Douglas last year. Douglas County officials welcomed the firm. (Reuters, 2025-06-11)\n');
    expect(doc.entities.some((e) => e.label === 'Douglas' && e.type === 'City')).toBe(true);
  });
  it('reads a town and its state between commas in an apposition as the firm\'s seat', () => {
    const doc = analyse('BOSTON (AP) — Trassmoor Therapeutics, a Cambridge, Massachusetts, biotech, has struck a partnership with Zirbelhof University Hospital. (AP, March 3, 2025)\n');
    const t = triples(doc);
    expect(t).toContain('Trassmoor Therapeutics locatedIn Cambridge');
    expect(t).toContain('Trassmoor Therapeutics partnerOf Zirbelhof University Hospital');
  });
});

describe('English courts and holidays', () => {
  it('reads the first object of "granted X an injunction" as the party granted it, not the one it bars', () => {
    const doc = analyse('WARSAW (AP) — Trassmoor Games has sued its publisher Zirbelhof Interactive. On Thursday the court granted the studio an interim injunction that bars the London-based publisher from selling the game. (AP, March 3, 2025)\n');
    const t = triples(doc);
    expect(t).toContain('court grantedInjunction Trassmoor Games');
    expect(t).not.toContain('court grantedInjunction Zirbelhof Interactive');
  });
  it('reads no group the injunction was requested by as the one granted it', () => {
    const doc = analyse('SAN FRANCISCO (Reuters) - Magistrate Judge Anna Trassmoor granted a preliminary injunction requested by a group of app users, the Zirbelhof Users Alliance, which sued the government. (Reuters, 2025-06-11)\n');
    const t = triples(doc);
    expect(t).toContain('Anna Trassmoor grantedInjunction Zirbelhof Users Alliance');
    expect(t.filter((x) => x.startsWith('Anna Trassmoor grantedInjunction ') && !x.endsWith('Zirbelhof Users Alliance'))).toEqual([]);
  });
  it('reads a holiday as no name, so that "it" stays the company', () => {
    const doc = analyse('LONDON (Reuters) - Trassmoor & Vale, the British fashion retailer, cut its forecast, blaming weak Christmas trading. It competes with Zirbelhof Stores on the high street. (Reuters, 2025-02-04)\n');
    expect(triples(doc)).toContain('Trassmoor & Vale competitorOf Zirbelhof Stores');
    expect(doc.entities.map((e) => e.label)).not.toContain('Christmas');
  });
  it('reads a town\'s adjective with "-based" before three nouns as the seat', () => {
    const doc = analyse('WARSAW (AP) — Trassmoor Games, a Krakow-based video game studio, has sued Zirbelhof Interactive. (AP, March 3, 2025)\n');
    expect(triples(doc).some((t) => /^Trassmoor Games locatedIn Krak[oó]w$/.test(t))).toBe(true);
  });
});

describe('English rivals described in a list of examples', () => {
  it('reads a rival described by its town of seat after "such as"', () => {
    const doc = analyse('OSLO (Reuters) - Trassmoor Havbruk competes with much larger groups such as Bergen-based Zirbelhof and Kaltenbrell. (Reuters, 2025-06-11)\n');
    const t = triples(doc);
    expect(t).toContain('Trassmoor Havbruk competitorOf Zirbelhof');
    expect(t).toContain('Trassmoor Havbruk competitorOf Kaltenbrell');
  });
  it('reads a rival described by an adjective of origin and a noun after "like"', () => {
    const doc = analyse('SYDNEY (Reuters) - Trassmoor Fresh competes with rivals like the German discounter Zirbelhof. (Reuters, 2025-06-11)\n');
    expect(triples(doc)).toContain('Trassmoor Fresh competitorOf Zirbelhof');
  });
});

describe('German "Es" opening a sentence', () => {
  it('reads "Es" before a verb of acting as the start-up named before', () => {
    const doc = analyse('Berlin (dpa) – Das Start-up Trassmoor liefert Gerichte per Lastenrad aus. Es konkurriert in der Hauptstadt mit Anbietern wie Zirbelhof und Kaltenbrell. (dpa, 5.6.2025)\n');
    const t = triples(doc);
    expect(t).toContain('Trassmoor competitorOf Zirbelhof');
    expect(t).toContain('Trassmoor competitorOf Kaltenbrell');
  });
  it('keeps "Es gibt" and "Es geht um" standing for nothing', () => {
    const doc = analyse('Berlin (dpa) – Die Firma Trassmoor liefert Gerichte aus. Es gibt Streit mit Zirbelhof. Es geht um Kaltenbrell. (dpa, 5.6.2025)\n');
    expect(doc.mentions.filter((m) => m.source === 'coref:pronoun' && m.text === 'Es')).toEqual([]);
  });
});

describe('German chiefs and founders in appositions and relative clauses', () => {
  it('reads "den Gründer und langjährigen Chef des X" as founder and chief', () => {
    const doc = analyse('Genf (sda) – Die Behörde hat gegen Laurent Zirbelhof, den Gründer und langjährigen Chef des Genfer Rohstoffhändlers Trassmoor Resources, Anklage erhoben. (sda, 5.6.2025)\n');
    const t = triples(doc);
    expect(t).toContain('Laurent Zirbelhof founded Trassmoor Resources');
    expect(t).toContain('Laurent Zirbelhof ceoOf Trassmoor Resources');
  });
  it('reads "X GmbH, deren Leitung Y übernimmt" as Y heading X', () => {
    const doc = analyse('Kamenz (dpa) – Betrieben wird das Werk von der Tochter Trassmoor Sachsen GmbH, deren Leitung der bisherige Produktionschef Sven Zirbelhof übernimmt. (dpa, 5.6.2025)\n');
    expect(triples(doc)).toContain('Sven Zirbelhof ceoOf Trassmoor Sachsen GmbH');
  });
});

describe('German first names that are also verb forms', () => {
  it('reads "Malte X" opening a sentence as a person, not the verb "malen"', () => {
    const doc = analyse('Bielefeld (dpa) – Beim Möbelhersteller Trassmoor gibt es Streit. Malte Zirbelhof, Sohn des Firmenchefs Reinhold Zirbelhof, hat Klage gegen die Trassmoor GmbH eingereicht. (dpa, 5.6.2025)\n');
    const labels = doc.entities.map((e) => e.label);
    expect(labels).toContain('Malte Zirbelhof');
    expect(triples(doc)).toContain('Malte Zirbelhof sued Trassmoor GmbH');
  });
});
