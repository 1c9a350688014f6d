// German word knowledge beyond the dictionary: the fallbacks that read words
// the german-pos-dict data lacks (reformed spelling, particle verbs joined in
// subordinate clauses, inseparable prefixes, agent nouns, comparison forms,
// compounds with short heads) and the tagger decisions built on them.
import { describe, expect, it } from 'vitest';
import { loadGermanLexicon } from '../../src/lexicon/de-lexicon.js';
import { agentNoun, splitCompound } from '../../src/lexicon/de-compound.js';
import { buildFromRaw } from '../../src/pipeline.js';

const lex = loadGermanLexicon();
const lemmas = (form: string): string[] => lex.verb(form).map((r) => r.lemma);

describe('German lexicon fallbacks', () => {
  it('reads the reformed ss spelling the dictionary writes with ß', () => {
    expect(lemmas('muss')).toContain('müssen');
    expect(lex.noun('Beschluss')[0]?.lemma).toBe('Beschluss');
    // A long vowel keeps its ß: the fallback is not used for it.
    expect(lex.noun('Straße')[0]?.lemma).toBe('Straße');
  });

  it('reads a noun of its own as that noun, not as an archaic dative of another ("Marke" is no "dem Mark")', () => {
    expect(lex.noun('Marke').map((r) => r.lemma)).toEqual(['Marke']);
    expect(lex.noun('Akte')[0]?.lemma).toBe('Akte');
    // The archaic dative of a noun that has no namesake stays: "im Hause".
    expect(lex.noun('Hause').map((r) => r.lemma)).toContain('Haus');
  });

  it('splits compounds whose first part is a listed bound form or a two-letter noun', () => {
    expect(splitCompound('Spezialglaskonzern', lex)?.headLemma).toBe('Konzern');
    expect(splitCompound('Ölkonzern', lex)?.headLemma).toBe('Konzern');
    // A two-letter first part needs a long head: "Eiland" is no egg's land.
    expect(splitCompound('Eiland', lex)).toBeUndefined();
  });

  it('joins a separable particle written together with the finite verb', () => {
    expect(lemmas('mitteilten')).toContain('mitteilen');
    expect(lemmas('bekanntgab')).toContain('bekanntgeben');
  });

  it('reads verbs with an inseparable prefix, also as participles', () => {
    const readings = lex.verb('übersiedelt');
    expect(readings.map((r) => r.lemma)).toContain('übersiedeln');
    expect(readings.some((r) => r.participle)).toBe(true);
    expect(lex.verb('xyzsiedelt')).toEqual([]);
  });

  it('reads the verbs of data/lexicon/de/verbs.yaml that the dictionary lacks, weak, separable and prefixed', () => {
    expect(lex.verb('vereinbart').some((r) => r.lemma === 'vereinbaren' && r.participle)).toBe(true);
    expect(lex.verb('gehostet').some((r) => r.lemma === 'hosten' && r.participle)).toBe(true);
    expect(lex.verb('abgemahnt').some((r) => r.lemma === 'abmahnen' && r.participle)).toBe(true);
    expect(lex.verb('mitgegründet').some((r) => r.lemma === 'mitgründen' && r.participle)).toBe(true);
    expect(lex.verb('erstritten').map((r) => r.lemma)).toContain('erstreiten');
    expect(lemmas('lancierte')).toContain('lancieren');
  });

  it('reads comparatives and superlatives as their adjective', () => {
    expect(lex.adjective('größter')).toBe('groß');
    expect(lex.adjective('frühere')).toBe('früh');
    expect(lex.adjective('wichtigsten')).toBe('wichtig');
    expect(lex.adjective('weber')).toBeUndefined();
  });

  it('derives agent nouns from verbs and splits compounds on them', () => {
    expect(agentNoun('Zusteller', lex)).toBe('Zusteller');
    expect(agentNoun('Anbieterin', lex)).toBe('Anbieterin');
    expect(agentNoun('Kowalczyk', lex)).toBeUndefined();
    expect(splitCompound('Essenszusteller', lex)?.head).toBe('Zusteller');
  });

  it('accepts a three-letter head only after a noun', () => {
    expect(splitCompound('Parteitag', lex)?.head).toBe('Tag');
    expect(splitCompound('Verwaltungsrat', lex)?.head).toBe('Rat');
    // "Leo" + "tag"? The first part is no noun: no split.
    expect(splitCompound('Leotag', lex)).toBeUndefined();
  });
});

describe('German tagging and recognition built on them', () => {
  const entities = (text: string): string[] => {
    const { docs } = buildFromRaw([{ fileName: 'x.de.txt', text: `${text} (APA, 1.2.2024)\n`, encoding: 'utf-8', warnings: [] }]);
    // Names only: "dem Parteitag" is an unnamed event of the article, not a name.
    return docs[0]!.entities.filter((e) => e.unnamed !== true).map((e) => e.label);
  };

  it('never starts a name with a number word or a superlative', () => {
    const names = entities('Wien – Zwei Tage nach dem Parteitag sprach die Partei. Größter Rivale ist die Firma Nordlicht.');
    expect(names).not.toContain('Zwei Tage');
    expect(names).not.toContain('Parteitag');
    expect(names.some((n) => n.startsWith('Größter'))).toBe(false);
    expect(names).toContain('Nordlicht');
  });

  it('takes an unknown capitalised word after an indefinite article or possessive for a noun', () => {
    const names = entities('Wien – Die Daten lagen auf einem Server. Nach seinem Rauswurf ging Max Huber zur Firma Quellwerk.');
    expect(names).not.toContain('Server');
    expect(names).not.toContain('Rauswurf');
    expect(names).toContain('Max Huber');
  });

  it('reads Swiss spellings with "ss" for "ß" as the words they spell, and keeps a true "ss"', () => {
    // (The tables know many Swiss verb and noun forms, "heisst", "Massnahmen", but few adjectives.)
    expect(lex.adjective('grösste')).toBe('groß');
    expect(lex.adjective('gross')).toBe('groß');
    expect(lex.noun('Klasse').map((r) => r.lemma)).toContain('Klasse');
    // Degrees with a stem of their own.
    expect(lex.adjective('höhere')).toBe('hoch');
    expect(lex.adjective('besten')).toBe('gut');
    expect(lex.verb('Xyzss')).toEqual([]);
    const names = entities('Bern (sda) - Grösste Anbieterin ist die Firma Rhynwerk. Die Forderung kam aus dem Grossen Rat.');
    expect(names.some((n) => n.startsWith('Grösste'))).toBe(false);
    expect(names).toContain('Rhynwerk');
    expect(names).toContain('Grossen Rat');
  });
});

describe('German names after an adjective', () => {
  it('keeps a place after "im" and an adjective ("im nördlichen Burgenland"), a common noun after an adjective alone', async () => {
    const { analyseArticle } = await import('../../src/analyse.js');
    const { article } = await import('../pipeline/helpers.js');
    const doc = analyseArticle(article('Die Firma baut Windparks im nördlichen Burgenland und im tschechischen Pilsen, nach eigenen Worten.'));
    const names = doc.entities.map((e) => e.label);
    expect(names).toContain('Burgenland');
    expect(names.some((n) => /Pilsen|Plzeň/.test(n))).toBe(true);
    expect(names).not.toContain('Worten');
  });
});

describe('German nouns for lenders and clients', () => {
  it('"beim Leasinggeber Schienenpool Nord", "der Kreditgeber Halmbank": the name after the noun is a firm', async () => {
    const { analyseArticle } = await import('../../src/analyse.js');
    const { article } = await import('../pipeline/helpers.js');
    const doc = analyseArticle(article('Die Bahn hat die Züge beim Leasinggeber Schienenpool Nord gemietet. Der Kreditgeber Halmbank verlängerte die Frist.'));
    const names = doc.entities.filter((e) => !e.unnamed).map((e) => e.label);
    expect(names).toContain('Schienenpool Nord');
    expect(names).toContain('Halmbank');
  });
});
