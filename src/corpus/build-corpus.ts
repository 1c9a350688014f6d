// A corpus build: list the inputs, run every article (cache, analysis,
// formatting) on a pool of workers, and stream the parts to the output in
// input order. Memory stays flat: only the parts waiting for their turn and
// the entity triples already written (to write each once) are kept. The
// output is byte-identical whatever the number of workers.
import { availableParallelism } from 'node:os';
import { statSync } from 'node:fs';
import { listInputs, readInputFileSync, readStdin } from '../text/read-input.js';
import { getExporter } from '../export/exporters.js';
import { Parser } from 'n3';
import type { FormatName } from '../settings.js';
import type { Lang, Message } from '../types.js';
import { formatChunk, formatHeader, keyOf, type ArticleJob } from './article-job.js';
import { runPool } from './pool.js';
import { pipelineVersion } from './version.js';
import type { OutputSink } from './output.js';

export interface CorpusOptions {
  format: FormatName;
  lang?: Lang;
  jobs?: number;
  cacheDir?: string;
  signal?: AbortSignal;
  /** Called for each article as it is written (progress). */
  onArticle?: (done: number, total: number) => void;
  onMessage?: (message: Message) => void;
  stdin?: NodeJS.ReadableStream;
}

export interface CorpusSummary {
  articles: number;
  fromCache: number;
  entities: number;
  triples: number;
  facts: number;
  claims: number;
  warnings: number;
  repaired: number;
  seconds: number;
}

export function defaultJobs(): number {
  return availableParallelism();
}

export async function buildCorpus(inputs: string[], sink: OutputSink, options: CorpusOptions): Promise<CorpusSummary> {
  const started = Date.now();
  if (getExporter(options.format).name === 'jsonld') throw new Error('buildCorpus: JSON-LD is written from memory (use build())');
  const items = await listInputs(inputs);
  const version = pipelineVersion();
  const stdinRaw = items.some((i) => i.kind === 'stdin') ? await readStdin(options.stdin) : undefined;
  // Check every file (readable, not empty, text) before writing anything, so
  // that bad input gives one line and no partial output, even on stdout; the
  // workers start meanwhile.
  const check = async (): Promise<void> => {
    for (const job of jobs) {
      if (job.file === undefined) continue;
      const raw = readInputFileSync(job.file);
      // With a cache, keep the key so that a cached article is not read twice.
      if (job.cacheDir !== undefined) job.key = keyOf(job, raw);
    }
    await sink.write(formatHeader(options.format));
  };
  let longest = stdinRaw?.text.length ?? 0;
  for (const item of items) if (item.kind === 'file') longest = Math.max(longest, statSync(item.path).size);
  const jobs: ArticleJob[] = items.map((item, index) => ({
    index,
    ...(item.kind === 'file' ? { file: item.path } : { raw: stdinRaw! }),
    format: options.format,
    version,
    ...(options.lang === undefined ? {} : { lang: options.lang }),
    ...(options.cacheDir === undefined ? {} : { cacheDir: options.cacheDir }),
  }));
  const merged = !getExporter(options.format).keepsGraphs;
  const sharedSeen = new Set<string>();
  const entities = new Set<string>();
  const summary: CorpusSummary = { articles: 0, fromCache: 0, entities: 0, triples: 0, facts: 0, claims: 0, warnings: 0, repaired: 0, seconds: 0 };
  const poolOptions = {
    jobs: Math.max(1, Math.min(options.jobs ?? defaultJobs(), jobs.length)),
    eager: options.cacheDir === undefined,
    before: check,
    // 512 MB is ample for news articles; a 1 MB+ article needs far more (see README, Limits).
    ...(longest < 1_000_000 ? { workerHeapMb: 512 } : {}),
    ...(options.signal === undefined ? {} : { signal: options.signal }),
  };
  await runPool(jobs, poolOptions, async (chunk) => {
    let triples = chunk.triples;
    await sink.write(chunk.text);
    if (merged) {
      // Entity triples repeat across articles; write each once, after the first article that has it.
      const fresh = chunk.shared.filter((line) => !sharedSeen.has(line));
      for (const line of fresh) sharedSeen.add(line);
      triples -= chunk.shared.length - fresh.length;
      if (fresh.length > 0) await sink.write(formatChunk(options.format, new Parser({ format: 'N-Triples' }).parse(fresh.join('\n'))));
    }
    for (const e of chunk.entities) entities.add(e);
    for (const m of chunk.messages) {
      if (m.level === 'warning') summary.warnings++;
      options.onMessage?.(m);
    }
    if (chunk.repaired !== undefined) {
      summary.repaired++;
      options.onMessage?.({ stage: 'cache', level: 'warning', text: chunk.repaired });
    }
    summary.articles++;
    if (chunk.cached) summary.fromCache++;
    summary.triples += triples;
    summary.facts += chunk.facts;
    summary.claims += chunk.claims;
    options.onArticle?.(summary.articles, jobs.length);
  });
  summary.entities = entities.size;
  summary.seconds = (Date.now() - started) / 1000;
  return summary;
}
