// `kg eval` without the CLI: find gold files, build each article with the given
// pipeline callback, score the graph, and micro-average over all articles.
import { existsSync } from 'node:fs';
import type { Quad } from 'n3';
import { KgError } from '../errors.js';
import { findGoldFiles, goldArticlePath, loadGold } from './gold.js';
import { microAverage } from './micro.js';
import type { MicroScore } from './micro.js';
import { scoreGraph } from './score.js';
import type { ArticleScore, ScoreOptions } from './score.js';

export interface EvalArticleResult {
  goldPath: string;
  articlePath: string;
  score: ArticleScore;
}

export interface EvalResult {
  articles: EvalArticleResult[];
  micro: MicroScore;
}

export type BuildArticle = (articlePath: string) => Promise<Quad[]>;

/**
 * Scores every gold file under `paths`. All gold files are loaded (and so
 * validated) before the first build, so a broken gold file fails fast.
 * Articles are built one after another to keep output and memory predictable.
 */
export async function runEval(paths: string[], build: BuildArticle, opts: ScoreOptions = {}): Promise<EvalResult> {
  const golds = findGoldFiles(paths).map((goldPath) => {
    const gold = loadGold(goldPath);
    const articlePath = goldArticlePath(goldPath, gold);
    if (!existsSync(articlePath)) {
      throw new KgError('INPUT_MISSING', `eval: article named by gold file ${goldPath} ("text") does not exist`, articlePath);
    }
    return { goldPath, articlePath, gold };
  });
  const articles: EvalArticleResult[] = [];
  for (const { goldPath, articlePath, gold } of golds) {
    const quads = await build(articlePath);
    articles.push({ goldPath, articlePath, score: scoreGraph(gold, quads, opts) });
  }
  return { articles, micro: microAverage(articles.map((a) => a.score)) };
}
