import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { microAverage } from '../../src/eval/micro.js';
import { formatReport, reportJson } from '../../src/eval/report.js';
import { runEval } from '../../src/eval/run.js';
import { scoreGraph } from '../../src/eval/score.js';
import { gold, trig } from './helpers.js';

const ents = {
  a: { labels: ['Alpha'], type: 'Organization' },
  b: { labels: ['Beta'], type: 'Person' },
};
const g1 = gold({ entities: ents, relations: [['a', 'sued', 'b'], ['b', 'worksFor', 'a']] });
const g2 = gold({ entities: { ...ents, c: { labels: ['Gamma'], type: 'Place' } }, relations: [['a', 'locatedIn', 'c']] });
const s1 = scoreGraph(g1, trig(`e:a rdfs:label "Alpha" ; a kg:Organization . e:b rdfs:label "Beta" . e:a kg:sued e:b . e:b kg:banned e:a .`));
const s2 = scoreGraph(g2, trig(`e:a rdfs:label "Alpha" . e:c rdfs:label "Gamma" ; a kg:Place . e:a kg:locatedIn e:c . e:c kg:locatedIn e:a . e:a kg:owns e:c .`));

describe('microAverage', () => {
  it('sums counts before dividing', () => {
    expect(s1.counts).toEqual({ required: 2, found: 1, produced: 2, correct: 1 });
    expect(s2.counts).toEqual({ required: 1, found: 1, produced: 3, correct: 1 });
    const m = microAverage([s1, s2]);
    expect(m.counts).toEqual({ required: 3, found: 2, produced: 5, correct: 2 });
    expect(m.recall).toBeCloseTo(2 / 3);
    expect(m.precision).toBeCloseTo(2 / 5);
    expect(m.f1).toBeCloseTo((2 * (2 / 3) * (2 / 5)) / (2 / 3 + 2 / 5));
    expect([m.entitiesTotal, m.entitiesFound, m.entitiesTyped]).toEqual([5, 4, 2]);
    expect(m.entityFoundRate).toBeCloseTo(4 / 5);
    expect(m.entityTypedRate).toBeCloseTo(2 / 4);
  });

  it('gives neutral rates for no articles', () => {
    const m = microAverage([]);
    expect(m).toMatchObject({ articles: 0, recall: 1, precision: 1, f1: 1, entityFoundRate: 1 });
  });
});

describe('reports', () => {
  const results = [
    { goldPath: 'corpus/x/one.gold.json', score: s1 },
    { goldPath: 'corpus/x/two.gold.json', score: s2 },
  ];
  const micro = microAverage([s1, s2]);

  it('formats per-article lines, misses and extras, and a final micro line', () => {
    const text = formatReport(results, micro);
    const lines = text.trimEnd().split('\n');
    expect(lines[0]).toBe(
      'one  R=0.500 P=0.500 F1=0.500  relations 1/2 found, 1/2 produced correct  entities 2/2 found, 1 typed',
    );
    expect(lines).toContain('  miss     b worksFor a');
    expect(lines).toContain('  extra    Beta banned Alpha');
    expect(lines).toContain('  mistyped entity  b: expected Person, has no type');
    expect(lines).toContain('  missing entity   b');
    expect(lines).toContain('  extra    Gamma locatedIn Alpha');
    expect(lines.at(-1)).toBe('micro  R=0.667 P=0.400 F1=0.500  entities 4/5 found, 2 typed');
    expect(formatReport({ articles: results, micro })).toBe(text);
  });

  it('marks an article with nothing produced', () => {
    const empty = scoreGraph(g1, []);
    const text = formatReport([{ goldPath: 'e.gold.json', score: empty }], microAverage([empty]));
    expect(text).toMatch(/^e {2}R=0\.000 P=1\.000 \(nothing produced\) F1=0\.000/);
  });

  it('gives stable JSON', () => {
    const json = reportJson({ articles: results, micro }) as {
      articles: { article: string; counts: object; misses: unknown[] }[];
      micro: { precision: number; entities: { typedRate: number } };
    };
    expect(json.articles.map((a) => a.article)).toEqual(['one', 'two']);
    expect(json.articles[0]?.counts).toEqual({ required: 2, found: 1, produced: 2, correct: 1 });
    expect(json.articles[0]?.misses).toEqual([['b', 'worksFor', 'a']]);
    expect(json.micro.precision).toBe(0.4);
    expect(json.micro.entities.typedRate).toBe(0.5);
    expect(JSON.stringify(reportJson(results, micro))).toBe(JSON.stringify(json));
  });
});

describe('runEval', () => {
  it('finds gold files, builds each article via the callback and scores it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kg-run-'));
    writeFileSync(join(dir, 'one.de.txt'), 'text one');
    writeFileSync(join(dir, 'one.gold.json'), JSON.stringify({ text: 'one.de.txt', lang: 'de', published: '2020-01-01', entities: ents, relations: [['a', 'sued', 'b']] }));
    const built: string[] = [];
    const result = await runEval([dir], async (path) => {
      built.push(path);
      return trig(`e:a rdfs:label "Alpha" . e:b rdfs:label "Beta" . e:a kg:sued e:b .`);
    });
    expect(built).toEqual([join(dir, 'one.de.txt')]);
    expect(result.articles[0]?.score.recall).toBe(1);
    expect(result.micro.counts).toEqual({ required: 1, found: 1, produced: 1, correct: 1 });
  });

  it('fails with INPUT_MISSING when the gold names an article that does not exist', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kg-run-'));
    writeFileSync(join(dir, 'x.gold.json'), JSON.stringify({ text: 'gone.de.txt', lang: 'de', published: '2020-01-01', entities: ents, relations: [] }));
    await expect(runEval([dir], async () => [])).rejects.toMatchObject({ code: 'INPUT_MISSING' });
  });
});
