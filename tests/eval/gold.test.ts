import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KgError } from '../../src/errors.js';
import { findGoldFiles, goldArticlePath, loadGold, parseGoldTriple } from '../../src/eval/gold.js';

const dir = mkdtempSync(join(tmpdir(), 'kg-gold-'));
function write(name: string, content: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}
const valid = {
  text: 'x.de.txt',
  lang: 'de',
  published: '2020-01-02',
  entities: {
    a: { labels: ['Alpha'], type: 'Organization' },
    b: { match: 'richter', type: 'Person' },
    c: { wikidata: 'Q42', type: 'Place' },
  },
  relations: [['a', 'sued', 'b|c'], ['a', 'foundedIn', '"2018']],
  optional: [['b|c', 'locatedIn|memberOf', 'a']],
};

function goldError(path: string): KgError {
  try {
    loadGold(path);
  } catch (error) {
    expect(error).toBeInstanceOf(KgError);
    return error as KgError;
  }
  throw new Error(`expected ${path} to be rejected`);
}

describe('loadGold', () => {
  it('loads a valid file and defaults optional to []', () => {
    const { optional: _omit, ...noOptional } = valid;
    const g = loadGold(write('ok.gold.json', noOptional));
    expect(g.entities['a']?.labels).toEqual(['Alpha']);
    expect(g.relations).toHaveLength(2);
    expect(g.optional).toEqual([]);
    expect(loadGold(write('ok2.gold.json', valid)).optional).toHaveLength(1);
  });

  it.each([
    ['missing field', { ...valid, lang: undefined }, /lang/],
    ['unknown subject', { ...valid, relations: [['zz', 'sued', 'a']] }, /relations\[0\].*"zz"/],
    ['unknown alternative object', { ...valid, relations: [['a', 'sued', 'b|nope']] }, /"nope"/],
    ['unknown id in optional', { ...valid, optional: [['a', 'sued', 'q']] }, /optional\[0\]/],
    ['short triple', { ...valid, relations: [['a', 'sued']] }, /relations\[0\]/],
    ['property the scorer never counts', { ...valid, relations: [['a', 'fined', 'b']] }, /relations\[0\].*"fined".*core vocabulary/],
    ['entity without a way to find it', { ...valid, entities: { ...valid.entities, d: { type: 'Person' } } }, /entities\.d/],
    ['bad regex', { ...valid, entities: { ...valid.entities, d: { match: '(', type: 'Person' } } }, /entities\.d\.match/],
    ['bad wikidata', { ...valid, entities: { ...valid.entities, d: { wikidata: 'x1', type: 'Place' } } }, /wikidata/],
    ['entities not an object', { ...valid, entities: [] }, /entities/],
    ['not an object', [1, 2], /JSON object/],
  ])('rejects %s with GOLD_INVALID naming the file', (name, data, pattern) => {
    const path = write(`${name.replace(/\W/g, '-')}.gold.json`, data);
    const error = goldError(path);
    expect(error.code).toBe('GOLD_INVALID');
    expect(error.file).toBe(path);
    expect(error.message).toContain(path);
    expect(error.message).toMatch(pattern);
    expect(error.message).not.toContain('\n');
  });

  it('reports the line and column of a JSON syntax error', () => {
    const path = write('syntax.gold.json', '{\n  "text": "x",\n  "lang": de\n}');
    const error = goldError(path);
    expect(error.code).toBe('GOLD_INVALID');
    expect(error.message).toMatch(/line 3, column 11/);
  });

  it('reports an unreadable file as GOLD_INVALID', () => {
    const error = goldError(join(dir, 'absent.gold.json'));
    expect(error.code).toBe('GOLD_INVALID');
  });

  it('accepts a literal containing | as one literal', () => {
    expect(parseGoldTriple(['a', 'foundedIn', '"a|b'])).toEqual({
      subjects: ['a'],
      predicates: ['foundedIn'],
      objects: [{ kind: 'literal', prefix: 'a|b' }],
    });
    expect(parseGoldTriple(['a|b', 'p|q', 'c|d']).objects).toEqual([
      { kind: 'entity', id: 'c' },
      { kind: 'entity', id: 'd' },
    ]);
  });
});

describe('findGoldFiles', () => {
  const root = mkdtempSync(join(tmpdir(), 'kg-find-'));
  mkdirSync(join(root, 'sub', 'deep'), { recursive: true });
  writeFileSync(join(root, 'b.gold.json'), '{}');
  writeFileSync(join(root, 'sub', 'deep', 'a.gold.json'), '{}');
  writeFileSync(join(root, 'sub', 'a.de.txt'), 'text');
  writeFileSync(join(root, 'loose.json'), '{}');

  it('searches directories recursively, keeps named files, sorts and dedupes', () => {
    const loose = join(root, 'loose.json');
    expect(findGoldFiles([root, loose, join(root, 'b.gold.json')])).toEqual(
      [join(root, 'b.gold.json'), loose, join(root, 'sub', 'deep', 'a.gold.json')].sort(),
    );
  });

  it('throws INPUT_MISSING for a missing path and INPUT_NO_ARTICLES when none found', () => {
    expect(() => findGoldFiles([join(root, 'nope')])).toThrow(expect.objectContaining({ code: 'INPUT_MISSING' }));
    const empty = mkdtempSync(join(tmpdir(), 'kg-empty-'));
    expect(() => findGoldFiles([empty])).toThrow(expect.objectContaining({ code: 'INPUT_NO_ARTICLES' }));
  });

  it('finds the article next to the gold file', () => {
    const g = loadGold(write('art.gold.json', valid));
    expect(goldArticlePath(join('corpus', 'dev', 'art.gold.json'), g)).toBe(join('corpus', 'dev', 'x.de.txt'));
  });
});
