// Micro-averaging over articles: sum the counts first, then take the ratios,
// so long articles weigh as much as their number of relations.
import { ratios } from './ratios.js';
import type { RelationCounts, ScoreSummary } from './ratios.js';
import type { ArticleScore } from './score.js';

export interface MicroScore extends ScoreSummary {
  articles: number;
  /** entitiesFound / entitiesTotal (1 when there are none). */
  entityFoundRate: number;
  /** entitiesTyped / entitiesFound: of the found entities, how many are typed right (1 when none found). */
  entityTypedRate: number;
}

export function microAverage(scores: readonly ArticleScore[]): MicroScore {
  const counts: RelationCounts = { required: 0, found: 0, produced: 0, correct: 0 };
  let entitiesTotal = 0;
  let entitiesFound = 0;
  let entitiesTyped = 0;
  for (const score of scores) {
    counts.required += score.counts.required;
    counts.found += score.counts.found;
    counts.produced += score.counts.produced;
    counts.correct += score.counts.correct;
    entitiesTotal += score.entitiesTotal;
    entitiesFound += score.entitiesFound;
    entitiesTyped += score.entitiesTyped;
  }
  return {
    articles: scores.length,
    counts,
    ...ratios(counts),
    entitiesTotal,
    entitiesFound,
    entitiesTyped,
    entityFoundRate: entitiesTotal === 0 ? 1 : entitiesFound / entitiesTotal,
    entityTypedRate: entitiesFound === 0 ? 1 : entitiesTyped / entitiesFound,
  };
}
