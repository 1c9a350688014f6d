import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findGoldFiles, goldArticlePath, loadGold } from '../../src/eval/gold.js';
import { scoreGraph } from '../../src/eval/score.js';
import { PROJECT_ROOT } from '../../src/paths.js';

const CORPUS = join(PROJECT_ROOT, '..', 'shared', 'corpus');

describe('the real gold files', () => {
  const files = findGoldFiles([join(CORPUS, 'seed'), join(CORPUS, 'dev'), join(CORPUS, 'dev-en')]);

  it('are all valid and name an existing article', () => {
    expect(files.length).toBeGreaterThanOrEqual(7);
    for (const file of files) {
      const gold = loadGold(file);
      expect(gold.relations.length).toBeGreaterThan(0);
      expect(existsSync(goldArticlePath(file, gold))).toBe(true);
    }
  });

  it('an empty graph on the seed gold finds nothing and misses every required relation', () => {
    const gold = loadGold(join(CORPUS, 'seed', 'parler-aws-2021.gold.json'));
    const score = scoreGraph(gold, []);
    expect(score.recall).toBe(0);
    expect(score.counts).toEqual({ required: gold.relations.length, found: 0, produced: 0, correct: 0 });
    expect(score.misses).toEqual(gold.relations);
    expect(score.entitiesFound).toBe(0);
    expect(score.missingEntities).toEqual(Object.keys(gold.entities));
  });
});
