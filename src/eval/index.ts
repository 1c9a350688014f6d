// Public surface of the evaluation module (`kg eval`): gold files, scoring, reports.
export { CORE_PROPERTIES, INVERSE_PROPERTIES, SYMMETRIC_PROPERTIES, isCoreProperty } from './core-properties.js';
export type { CoreProperty } from './core-properties.js';
export { findGoldFiles, goldArticlePath, loadGold, parseGoldTriple } from './gold.js';
export type { Gold, GoldEntity, GoldObject, GoldPattern, GoldTriple } from './gold.js';
export { validateGold } from './gold-validate.js';
export { microAverage } from './micro.js';
export type { MicroScore } from './micro.js';
export { ratios } from './ratios.js';
export type { RelationCounts } from './ratios.js';
export { scoreGraph } from './score.js';
export type { ArticleScore, ExtraTriple, MistypedEntity, ScoreOptions } from './score.js';
export { formatReport, reportJson } from './report.js';
export type { ReportArticle, ReportInput } from './report.js';
export { runEval } from './run.js';
export type { BuildArticle, EvalArticleResult, EvalResult } from './run.js';
