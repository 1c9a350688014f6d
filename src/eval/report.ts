// The eval report: readable plain text for people, a stable JSON object for
// scripts and CI. Both take what `runEval` returns.
import { basename } from 'node:path';
import type { MicroScore } from './micro.js';
import type { ArticleScore } from './score.js';

export interface ReportArticle {
  goldPath: string;
  score: ArticleScore;
}

/** Either a `runEval` result, or the article list with its micro average. */
export type ReportInput = { articles: readonly ReportArticle[]; micro: MicroScore };

function unpack(input: ReportInput | readonly ReportArticle[], micro?: MicroScore): ReportInput {
  if (!Array.isArray(input)) return input as ReportInput;
  if (micro === undefined) throw new TypeError('formatReport/reportJson: pass the micro score with the article list');
  return { articles: input as readonly ReportArticle[], micro };
}

export function articleName(goldPath: string): string {
  return basename(goldPath).replace(/\.gold\.json$/, '');
}

const f3 = (n: number): string => n.toFixed(3);

function scoreLine(label: string, s: { recall: number; precision: number; f1: number; counts: { produced: number } }): string {
  const none = s.counts.produced === 0 ? ' (nothing produced)' : '';
  return `${label}  R=${f3(s.recall)} P=${f3(s.precision)}${none} F1=${f3(s.f1)}`;
}

function entityText(s: { entitiesTotal: number; entitiesFound: number; entitiesTyped: number }): string {
  return `entities ${s.entitiesFound}/${s.entitiesTotal} found, ${s.entitiesTyped} typed`;
}

export function formatReport(input: ReportInput | readonly ReportArticle[], micro?: MicroScore): string {
  const report = unpack(input, micro);
  const lines: string[] = [];
  for (const { goldPath, score } of report.articles) {
    const c = score.counts;
    lines.push(
      `${scoreLine(articleName(goldPath), score)}  relations ${c.found}/${c.required} found, ` +
        `${c.correct}/${c.produced} produced correct  ${entityText(score)}`,
    );
    for (const [s, p, o] of score.misses) lines.push(`  miss     ${s} ${p} ${o}`);
    for (const e of score.extras) lines.push(`  extra    ${e.subject} ${e.predicate} ${e.object}`);
    for (const id of score.missingEntities) lines.push(`  missing entity   ${id}`);
    for (const m of score.mistypedEntities) {
      const actual = m.actual.length === 0 ? 'no type' : m.actual.join(', ');
      lines.push(`  mistyped entity  ${m.id}: expected ${m.expected}, has ${actual}`);
    }
  }
  const m = report.micro;
  lines.push(
    `total  ${m.articles} articles, relations ${m.counts.found}/${m.counts.required} found, ` +
      `${m.counts.correct}/${m.counts.produced} produced correct`,
  );
  lines.push(`${scoreLine('micro', m)}  ${entityText(m)}`);
  return `${lines.join('\n')}\n`;
}

/** Rounded so that the JSON is stable across floating-point noise. */
const r4 = (n: number): number => Math.round(n * 10_000) / 10_000;

export function reportJson(input: ReportInput | readonly ReportArticle[], micro?: MicroScore): object {
  const report = unpack(input, micro);
  return {
    articles: report.articles.map(({ goldPath, score }) => ({
      article: articleName(goldPath),
      gold: goldPath,
      counts: { ...score.counts },
      recall: r4(score.recall),
      precision: r4(score.precision),
      f1: r4(score.f1),
      entities: { total: score.entitiesTotal, found: score.entitiesFound, typed: score.entitiesTyped },
      misses: score.misses,
      extras: score.extras,
      missingEntities: score.missingEntities,
      mistypedEntities: score.mistypedEntities,
    })),
    micro: {
      articles: report.micro.articles,
      counts: { ...report.micro.counts },
      recall: r4(report.micro.recall),
      precision: r4(report.micro.precision),
      f1: r4(report.micro.f1),
      entities: {
        total: report.micro.entitiesTotal,
        found: report.micro.entitiesFound,
        typed: report.micro.entitiesTyped,
        foundRate: r4(report.micro.entityFoundRate),
        typedRate: r4(report.micro.entityTypedRate),
      },
    },
  };
}
