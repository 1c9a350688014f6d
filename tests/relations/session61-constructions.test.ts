// Constructions of everyday agency news that session 61 found missing or
// misread, each on a short text written for this test with invented names.
import { describe, expect, it } from 'vitest';
import { analyse, triples } from './analyse.js';

describe('German cue nouns the dictionary lacks', () => {
  it('reads "vom Londoner Hedgefonds X" and "der Grazer Hotelier Y" as placed by the word of origin', () => {
    const doc = analyse('Graz (APA) - Angeführt wurde die Klage vom Londoner Hedgefonds Pelmorak Capital. Auch der Grazer Hotelier Anselm Drusekind schloss sich an. (APA, 5.6.2025)\n');
    const t = triples(doc);
    expect(t).toContain('Pelmorak Capital locatedIn London');
    expect(t).toContain('Anselm Drusekind locatedIn Graz');
  });
});

describe('A subsidiary in the singular after coordinated names', () => {
  it('reads "A und B, die Beteiligungssparte von C" as B’s parent only', () => {
    const doc = analyse('Berlin (dpa) - Beteiligt sind die Beratungsfirma Lottfeld Consulting und Ambrisk Investments, die Beteiligungssparte von Kelvedon Media, sowie frühere Geldgeber. (dpa, 5.6.2025)\n');
    const t = triples(doc);
    expect(t).toContain('Ambrisk Investments subsidiaryOf Kelvedon Media');
    expect(t).not.toContain('Lottfeld Consulting subsidiaryOf Kelvedon Media');
  });
});

describe('A firm spun off from another’s division', () => {
  it('reads "X war aus der Abspaltung der Pharmasparte von Y hervorgegangen" as no subsidiary', () => {
    const doc = analyse('Berlin (dpa) - Der Arzneimittelhersteller Sarnowitz war im Vorjahr aus der Abspaltung der Pharmasparte des Chemiekonzerns Tiefenbrack hervorgegangen. (dpa, 5.6.2025)\n');
    const t = triples(doc);
    expect(t.filter((x) => x.includes('subsidiaryOf'))).toEqual([]);
    expect(doc.entities.map((e) => e.label)).toEqual(expect.arrayContaining(['Sarnowitz', 'Tiefenbrack']));
  });
});

describe('English founders named after a plural that joins the first founder', () => {
  it('reads "founded by X and two fellow former Microsoft engineers, A and B" as founded by all three', () => {
    const doc = analyse('SEATTLE, May 5 (Reuters) - The fine comes weeks after Korvash, which was founded in 2014 by Bill Shimara and two fellow former Microsoft engineers, Richie Lamb and Rami Kawadi, said it would close. (Reuters, 2025-05-05)\n');
    const t = triples(doc);
    for (const p of ['Bill Shimara', 'Richie Lamb', 'Rami Kawadi']) expect(t).toContain(`${p} founded Korvash`);
    expect(t).not.toContain('Microsoft founded Korvash');
  });
  it('reads "founded by X and two engineers, A and B" the same way', () => {
    const doc = analyse('SEATTLE, May 5 (Reuters) - Korvash was founded by Bill Shimara and two engineers, Richie Lamb and Rami Kawadi. (Reuters, 2025-05-05)\n');
    const t = triples(doc);
    for (const p of ['Bill Shimara', 'Richie Lamb', 'Rami Kawadi']) expect(t).toContain(`${p} founded Korvash`);
  });
});

describe('German relative clauses that go on with a separable verb the dictionary lists as a participle', () => {
  it('reads "von X übernommen, der Y 2009 gegründet hatte und heute dem Beirat angehört" as both halves about X', () => {
    const doc = analyse('Freiberg (dpa) - Anna Pramleitner hatte die Führung 2022 von Gernot Fenwaldt übernommen, der die Firma Brelsach 2009 gegründet hatte und heute dem Beirat angehört. (dpa, 5.6.2025)\n');
    const t = triples(doc);
    expect(t).toContain('Gernot Fenwaldt founded Brelsach');
    expect(t).toContain('Gernot Fenwaldt memberOf Beirat');
    expect(t).not.toContain('Brelsach memberOf Beirat');
  });
});

describe('German cartels told as an agreement on prices', () => {
  it('reads "habe sich mit Y über Preise verständigt" as collusion, but not "über den Kaufpreis"', () => {
    const doc = analyse('Bern (sda) - Die Kelbrand Logistik AG habe sich zwischen 2016 und 2021 mit der Grebmayr Transporte AG über Preise und die Aufteilung von Kunden verständigt, teilte die Wettbewerbskommission mit. Die Walchhofer Holding hat sich mit der Sindelbach AG über den Kaufpreis verständigt. (sda, 5.6.2025)\n');
    const t = triples(doc);
    expect(t).toContain('Kelbrand Logistik AG accusedOfColludingWith Grebmayr Transporte AG');
    expect(t.filter((x) => x.includes('Walchhofer') && x.includes('accusedOfColludingWith'))).toEqual([]);
  });
});

describe('English appositions with "the", a town and stacked nouns', () => {
  it('reads "Dunmarra Capital, the Edinburgh infrastructure fund that bought Ardkeel" as the fund, placed in Edinburgh', () => {
    const doc = analyse('EDINBURGH, Feb 12 (Reuters) - His exit followed a dispute with Dunmarra Capital, the Edinburgh infrastructure fund that bought the ferry company Ardkeel in 2019. (Reuters, 2025-02-12)\n');
    const t = triples(doc);
    expect(t).toContain('Dunmarra Capital acquired Ardkeel');
    expect(t).toContain('Dunmarra Capital locatedIn Edinburgh');
  });
});

describe('One’s predecessor named in the same clause', () => {
  it('reads "X took the helm after the death of his predecessor, Y" and "nach dem Tod seines Vorgängers Y" as X succeeding Y', () => {
    const en = analyse('CHICAGO, May 5 (Reuters) - Mike Scudway took the helm in 2008 after the sudden death of his predecessor, John Omearn. (Reuters, 2025-05-05)\n');
    expect(triples(en)).toContain('Mike Scudway succeeded John Omearn');
    const de = analyse('Linz (APA) - Karl Brellstatt übernahm die Leitung nach dem Tod seines Vorgängers Hans Maiering. (APA, 5.6.2025)\n');
    expect(triples(de)).toContain('Karl Brellstatt succeeded Hans Maiering');
  });
});

describe('German stages and museums named by their town’s word of origin', () => {
  it('reads "Intendant der Berliner Volksbühne" and "das Münchner Residenztheater" as institutions placed in their town', () => {
    const doc = analyse('Berlin (dpa) - Die Kuratorin Ilse Marbacher wird Intendantin der Berliner Volksbühne. Zuvor hatte Marbacher das Münchner Residenztheater geleitet. (dpa, 5.6.2025)\n');
    const t = triples(doc);
    expect(t).toContain('Ilse Marbacher ceoOf Berliner Volksbühne');
    expect(t).toContain('Berliner Volksbühne locatedIn Berlin');
    expect(t).toContain('Münchner Residenztheater locatedIn Munich');
  });
});

describe('German membership "im" a body', () => {
  it('reads "die Kreissparkasse X, die Mitglied im Sparkassenverband Y ist" as a member of the association', () => {
    const doc = analyse('Verden (dpa) - Die Kreissparkasse Ostrawümme, die Mitglied im Sparkassenverband Niedersachsen ist, beschäftigt 410 Menschen. (dpa, 5.6.2025)\n');
    expect(triples(doc)).toContain('Kreissparkasse Ostrawümme memberOf Sparkassenverband Niedersachsen');
  });
});

describe('A public body named for what it supplies, described as the utility', () => {
  it('reads "the Tarnmoor Valley Water Authority … who has run the utility" as the authority, not the gang named in between', () => {
    const doc = analyse('SALEM, Oregon, Sept 12 (Reuters) - A ransomware attack has knocked out billing systems at the Tarnmoor Valley Water Authority, officials said. A criminal group calling itself Nitrovane claimed responsibility for the attack. "We will not pay criminals," said Hollowfield, who has run the utility since 2019. (Reuters, 2024-09-12)\n');
    const t = triples(doc).filter((x) => x.includes(' ceoOf '));
    expect(t.some((x) => x.endsWith('ceoOf Tarnmoor Valley Water Authority'))).toBe(true);
    expect(t.filter((x) => x.endsWith('ceoOf Nitrovane'))).toEqual([]);
  });
});

describe('German descriptions with a participle whose place the tagger reads as a noun', () => {
  it('reads "Das 2014 in Mistelbach gegründete Unternehmen gehört der Y" as the firm named before', () => {
    const doc = analyse('Wien (APA) - Anrainer klagen gegen die Tessenwerk Energie GmbH. Das 2014 in Mistelbach gegründete Unternehmen gehört seit 2019 mehrheitlich der Oberbrandl AG. (APA, 5.6.2025)\n');
    const t = triples(doc);
    expect(t).toContain('Tessenwerk Energie GmbH foundedIn 2014');
    expect(t).toContain('Tessenwerk Energie GmbH locatedIn Mistelbach');
  });
});
