// Entity recognition from linguistic cues on short texts written for these
// tests: titles in quotes, names made of an adjective, an organisation noun
// and a place, groups named with their adjectives, institutions and roles.
import { describe, expect, it } from 'vitest';
import { buildFromRaw } from '../../src/pipeline.js';

function entities(text: string, lang: 'de' | 'en' = 'de'): Map<string, { type: string; aliases: string[] }> {
  const { docs } = buildFromRaw([{ fileName: `x.${lang}.txt`, text, encoding: 'utf-8', warnings: [] }]);
  return new Map(docs[0]!.entities.map((e) => [e.label, { type: e.type, aliases: e.aliases }]));
}

describe('entity recognition from cues', () => {
  it('reads a short title in quotes as one product', () => {
    const e = entities('Berlin – Der Spielehersteller Nordhain bringt „Star Wars Outlaws“ und die App „Mein Konto“ heraus. (dpa, 1.2.2025)\n');
    expect(e.get('Star Wars Outlaws')?.type).toBe('Product');
    expect(e.get('Mein Konto')?.type).toBe('Product');
    expect(e.get('Nordhain')?.type).toBe('Company');
    expect(e.has('Wars Outlaws')).toBe(false);
  });

  it('reads a capitalised adjective, an organisation noun and a place as one name', () => {
    const e = entities('Dresden – Die beiden hatten sich an der Technischen Universität Dresden kennengelernt. (dpa, 1.2.2025)\n');
    expect([...e.keys()]).toContain('Technischen Universität Dresden');
  });

  it('keeps the adjectives of a group as an alias', () => {
    const e = entities('Wien – Hinter dem Angriff stecken russischsprachige Kriminelle, sagte die Polizei. (APA, 1.2.2025)\n');
    const group = [...e.values()].find((v) => v.type === 'Group');
    expect(group?.aliases).toContain('russischsprachige Kriminelle');
  });

  it('types the place after an office and names a described institution by its abbreviation', () => {
    const e = entities('Wien – Die Datenschutzbehörde (DSB) prüft den Fall. Der Bürgermeister von Weinzierlbach, Karl Moser, schwieg. (APA, 1.2.2025)\n');
    expect(e.get('Weinzierlbach')?.type).toBe('City');
    expect(e.get('Datenschutzbehörde')?.aliases).toContain('DSB');
  });

  it('names an institution by a place whose name has a first word ("St.", "Bad")', () => {
    const e = entities('Bern (sda) - Studierende der Universität St. Gallen und die Fachhochschule St. Pölten kooperieren. (sda, 1.2.2025)\n');
    expect([...e.keys()]).toContain('Universität St. Gallen');
    expect([...e.keys()]).toContain('Fachhochschule St. Pölten');
    expect(e.has('Universität St.')).toBe(false);
  });

  it('takes a company for one when a role companies hold too comes before a name without a first name', () => {
    const e = entities('München – Der Finanzinvestor Kestrel Partners und der Investor Birkenfels stiegen ein, ebenso der Investor Hans Kogler. (dpa, 1.2.2025)\n');
    expect(e.get('Birkenfels')?.type).toBe('Company');
    expect(e.get('Hans Kogler')?.type).toBe('Person');
  });
});

describe('small towns of the German-speaking countries', () => {
  it('finds a town under 10,000 inhabitants after "aus" and "in", and a "Bad" town anywhere', () => {
    const { docs } = buildFromRaw([{ fileName: 'x.de.txt', text: 'Linz – Der Maschinenbauer Kormatec aus Scheibbs übernimmt den Zulieferer Pernauer, der in Perg produziert. Das Werk nahe Bad Radkersburg bleibt. (APA, 1.2.2025)\n', encoding: 'utf-8', warnings: [] }]);
    const doc = docs[0]!;
    const label = (k: string): string | undefined => doc.entities.find((x) => x.key === k)?.label;
    const places = doc.entities.filter((x) => x.type === 'City').map((x) => x.label);
    expect(places).toEqual(expect.arrayContaining(['Scheibbs', 'Perg', 'Bad Radkersburg']));
    const seats = doc.relations.filter((r) => r.predicate === 'locatedIn' && r.object.kind === 'entity').map((r) => `${label(r.subject)} ${label((r.object as { key: string }).key)}`);
    expect(seats).toContain('Kormatec Scheibbs');
  });

  it('does not read a surname as a small town\'s word of origin', () => {
    const e = entities('Wien – Der Gruber Betrieb gehört Lena Koch. Geschäftsführer Anton Staufer bestätigte den Verkauf der Firma Dorneck an die Hinter Holding. (APA, 1.2.2025)\n');
    expect([...e.entries()].filter(([, v]) => v.type === 'City').map(([k]) => k)).toEqual(['Vienna']);
  });
});

describe('English names of leagues and associations, and Reuters datelines', () => {
  it('reads no name from the day of a Reuters dateline or from the credits', () => {
    const e = entities('LONDON, Feb 18 (Reuters) - Brackmoor Capital bought a stake in Pellham Town Women.\n\n(Reporting by Tom Fennick; Editing by Ada Morrell)\n', 'en');
    expect(e.has('Feb')).toBe(false);
    expect(e.has('Editing')).toBe(false);
    expect(e.get('Tom Fennick')?.type).toBe('Person');
    expect(e.get('London')?.type).toBe('City');
  });

  it('reads no person right after "the" ("who owns the Ashley Spirit")', () => {
    const e = entities('LONDON (AP) — Mara Quill, who owns the Ashley Spirit, bought a second club. (AP, Feb. 2, 2025)\n', 'en');
    expect(e.get('Ashley Spirit')?.type).not.toBe('Person');
    expect(e.get('Mara Quill')?.type).toBe('Person');
  });

  it('keeps the adjective of a nation and an irregular plural genitive inside a name', () => {
    const e = entities("LONDON (AP) — Pellham Town plays in the English Football League, its women's side in the Women's Premier Cup, and the Scottish Football Association fined a rival.\n", 'en');
    expect([...e.keys()]).toContain('English Football League');
    expect([...e.keys()]).toContain('Scottish Football Association');
    expect([...e.keys()]).toContain("Women's Premier Cup");
    expect(e.has('Football League')).toBe(false);
  });
});

describe('English names of the form "Place X of Y"', () => {
  it('reads "an der Frankfurt School of Finance" and "the London School of Economics" whole', async () => {
    const { analyseArticle } = await import('../../src/analyse.js');
    const { article } = await import('../pipeline/helpers.js');
    const de = analyseArticle(article('Die beiden hatten sich an der Frankfurt School of Finance kennengelernt.')).entities.map((e) => e.label);
    expect(de).toContain('Frankfurt School of Finance');
    const en = analyseArticle(article('She studied at the London School of Economics.', 'en')).entities.map((e) => e.label);
    expect(en).toContain('London School of Economics');
    expect(en).not.toContain('School of Economics');
  });
});

describe('news agencies of a dateline', () => {
  it('reads the second of two agencies ("(awp/sda)", "(APA/dpa)") and "dpa-AFX"', async () => {
    const { makeArticle } = await import('../../src/text/article.js');
    const { analyseArticle } = await import('../../src/analyse.js');
    const labels = (text: string): string[] => analyseArticle(makeArticle({ fileName: 'a.de.txt', text, encoding: 'utf-8', warnings: [] })).entities.map((e) => e.label);
    expect(labels('Zürich (awp/sda) - Das Start-up Penvo hat einen Investor.\n\n(awp/sda, 3.3.2024)\n')).toContain('Keystone-SDA');
    expect(labels('Wien (APA/dpa) - Das Start-up Penvo hat einen Investor.\n\n(APA, 3.3.2024)\n')).toContain('Deutsche Presse-Agentur');
    expect(labels('Berlin (dpa-AFX) - Das Start-up Penvo hat einen Investor.\n\n(dpa-AFX, 3.3.2024)\n')).toContain('dpa-AFX');
  });
});

describe('names of German firms and towns the gazetteer lacks', () => {
  it('finds a town by its ending after "in" or "aus", as a place, not as the firm described before it', () => {
    const e = entities('Linz – Die Molkerei in Grünhalmsdorf schließt, wie das Unternehmen am Montag mitteilte. Der Händler aus Wolkersdorf klagt. (APA, 1.2.2025)\n');
    // (A town by its ending: typed City since session 31, a kind of Place.)
    expect(e.get('Grünhalmsdorf')?.type).toBe('City');
    // "Wolkersdorf im Weinviertel": a small town's qualified name, shortened.
    expect(e.get('Wolkersdorf im Weinviertel')?.type).toBe('City');
    expect(e.get('Wolkersdorf im Weinviertel')?.aliases).toContain('Wolkersdorf');
  });

  it('reads institutions named by their place: a plural noun, a town\'s adjective and a region\'s noun', () => {
    const e = entities('Hannover (dpa) - Die Stadtwerke Lindenheide und die Sparkasse Dornauer Land kooperieren. (dpa, 1.2.2025)\n');
    expect([...e.keys()]).toEqual(expect.arrayContaining(['Stadtwerke Lindenheide', 'Sparkasse Dornauer Land']));
    // (Since session 34 a town's own institution named by one word names the town too, as a place, never an
    // organisation of its own.)
    expect(e.get('Lindenheide')?.type).toBe('City');
  });

  it('reads a town\'s own institution named by a prefix of its noun ("Stadtholding", "Kreissparkasse") with the town', () => {
    const e = entities('Düsseldorf (dpa) - Der Investor verkauft an die Stadtholding Eschenbrunn. Die Kreissparkasse Hollenbeck wächst. (dpa, 1.2.2025)\n');
    expect([...e.keys()]).toEqual(expect.arrayContaining(['Stadtholding Eschenbrunn', 'Kreissparkasse Hollenbeck']));
    expect(e.get('Eschenbrunn')?.type).toBe('City');
  });

  it('reads a firm\'s name in quotes that ends in a lower-case legal form, and keeps the noun firms put in their names', () => {
    const e = entities('Bayreuth (dpa) - Die Genossenschaft "Unser Dorfladen eG" übernimmt den Laden. Die Mediengruppe Tannwald verkauft ihre Zeitung. (dpa, 1.2.2025)\n');
    expect(e.has('Unser Dorfladen eG')).toBe(true);
    expect(e.get('Tannwald')?.aliases).toContain('Mediengruppe Tannwald');
  });
});

describe('short forms that fit a person and an organisation', () => {
  it('"Die Kolbinger Holding des Unternehmers Markus Kolbinger … Kolbinger, dessen Firmengruppe …": the surname is the person\'s', async () => {
    const { analyseArticle } = await import('../../src/analyse.js');
    const { article } = await import('../pipeline/helpers.js');
    const doc = analyseArticle(article('Die Kolbinger Holding des Unternehmers Markus Kolbinger übernimmt 40 Prozent an der GmbH des Klubs. Kolbinger, dessen Firmengruppe mit Fenstern groß geworden ist, soll acht Millionen Euro einbringen.'));
    const person = doc.entities.find((e) => e.label === 'Markus Kolbinger')!;
    expect(person.mentions.map((i) => doc.mentions[i]!.text)).toContain('Kolbinger');
    const holding = doc.entities.find((e) => e.label === 'Kolbinger Holding')!;
    expect(holding.mentions.map((i) => doc.mentions[i]!.text)).not.toContain('Kolbinger');
  });
});
