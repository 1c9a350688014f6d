// Relation counts and the ratios derived from them, shared by article and micro scores.

export interface RelationCounts {
  /** Required gold relations. */
  required: number;
  /** Required gold relations matched by some produced triple. */
  found: number;
  /** Distinct relation triples in the graph. */
  produced: number;
  /** Produced relation triples that match a required or optional gold relation. */
  correct: number;
}

/** What article scores and micro averages both report. */
export interface ScoreSummary {
  counts: RelationCounts;
  recall: number;
  precision: number;
  f1: number;
  entitiesTotal: number;
  entitiesFound: number;
  entitiesTyped: number;
}

/**
 * Recall, precision and F1. Conventions: nothing required → recall 1; nothing
 * produced → precision 1 (the counts in the report make that case visible).
 */
export function ratios(counts: RelationCounts): { recall: number; precision: number; f1: number } {
  const recall = counts.required === 0 ? 1 : counts.found / counts.required;
  const precision = counts.produced === 0 ? 1 : counts.correct / counts.produced;
  const f1 = recall + precision === 0 ? 0 : (2 * recall * precision) / (recall + precision);
  return { recall, precision, f1 };
}
