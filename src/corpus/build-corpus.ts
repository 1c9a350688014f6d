// A corpus build: list the inputs, run every article (cache, analysis,
// formatting) on a pool of workers, and stream the parts to the output in
// input order. Memory stays flat: only the parts waiting for their turn and
// the entity triples already written (to write each once) are kept. The
// output is byte-identical whatever the number of workers.
import { availableParallelism } from 'node:os';
import { listInputs, readInputFileSync, readStdin } from '../text/read-input.js';
import type { FormatName } from '../settings.js';
import type { Lang, Message } from '../types.js';
import { cachedChunk, keyOf, runArticleJob, type ArticleChunk, type ArticleJob } from './article-job.js';
import { CacheListing } from './cache.js';
import { Interrupted, WorkerPool } from './pool.js';
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

/** Output pieces gathered into large writes (a warm build writes thousands of small cached parts). */
class Batched {
  private pieces: Uint8Array[] = [];
  private bytes = 0;

  constructor(private readonly sink: OutputSink) {}

  async write(piece: string | Uint8Array): Promise<void> {
    if (piece.length === 0) return;
    const bytes = typeof piece === 'string' ? Buffer.from(piece, 'utf8') : piece;
    this.pieces.push(bytes);
    this.bytes += bytes.length;
    if (this.bytes >= WRITE_BYTES) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.pieces.length === 0) return;
    const data = this.pieces.length === 1 ? this.pieces[0]! : Buffer.concat(this.pieces, this.bytes);
    this.pieces = [];
    this.bytes = 0;
    await this.sink.write(data);
  }
}

const WRITE_BYTES = 1 << 20;
/**
 * Characters from which an article is analysed on the main thread: a worker's heap is
 * capped (see PoolOptions.workerHeapMb) and a million-character article needs far more.
 */
const LONG = 1_000_000;
/** Cached parts read ahead while a worker analyses the article before them. */
const READ_AHEAD = 256;
/** Articles queued per worker started (see PoolOptions.perWorker). */
const PER_WORKER = 64;

export async function buildCorpus(inputs: string[], sink: OutputSink, options: CorpusOptions): Promise<CorpusSummary> {
  const started = Date.now();
  const { signal, cacheDir } = options;
  if (options.format === 'jsonld') throw new Error('buildCorpus: JSON-LD is written from memory (use build())');
  const items = await listInputs(inputs);
  // Only the cache needs the pipeline version (a hash of the code and data).
  const version = cacheDir === undefined ? undefined : pipelineVersion();
  const stdinRaw = items.some((i) => i.kind === 'stdin') ? await readStdin(options.stdin) : undefined;
  const jobs: ArticleJob[] = items.map((item, index) => ({
    index,
    ...(item.kind === 'file' ? { file: item.path } : { raw: stdinRaw! }),
    format: options.format,
    ...(version === undefined ? {} : { version }),
    ...(options.lang === undefined ? {} : { lang: options.lang }),
    ...(cacheDir === undefined ? {} : { cacheDir }),
  }));
  const workers = Math.max(1, Math.min(options.jobs ?? defaultJobs(), jobs.length));
  const pool =
    workers > 1
      ? new WorkerPool({
          jobs: workers,
          perWorker: PER_WORKER,
          // Ample for news articles; longer ones are analysed on the main thread (see LONG).
          workerHeapMb: 512,
          ...(signal === undefined ? {} : { signal }),
        })
      : undefined;
  /** Articles handed to the workers. */
  const queued = new Set<number>();
  /** Articles too long for a worker's heap, analysed on the main thread when their turn comes. */
  const long = new Set<number>();
  const analyse = (job: ArticleJob): void => {
    queued.add(job.index);
    pool!.analyse(job);
  };
  let merged = false;
  let sharedChunk: (typeof import('./format.js'))['sharedChunk'] | undefined;
  const sharedSeen = new Set<string>();
  const entities = new Set<string>();
  const summary: CorpusSummary = { articles: 0, fromCache: 0, entities: 0, triples: 0, facts: 0, claims: 0, warnings: 0, repaired: 0, seconds: 0 };
  const out = new Batched(sink);
  const write = async (chunk: ArticleChunk): Promise<void> => {
    let triples = chunk.triples;
    await out.write(chunk.text);
    if (merged) {
      // Entity triples repeat across articles; write each once, after the first article that has it.
      const fresh = chunk.shared.filter((line) => !sharedSeen.has(line));
      for (const line of fresh) sharedSeen.add(line);
      triples -= chunk.shared.length - fresh.length;
      if (fresh.length > 0) await out.write(sharedChunk!(options.format, fresh));
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
  };
  const ahead = new Map<number, ArticleChunk>();
  let scan = 0;
  /** The part of article `i`: from the cache, or from a worker while cached parts after it are read ahead. */
  const take = async (i: number): Promise<ArticleChunk> => {
    const job = jobs[i]!;
    const early = ahead.get(i);
    if (early !== undefined) {
      ahead.delete(i);
      return early;
    }
    if (!queued.has(i)) {
      const hit = cachedChunk(job);
      if (hit !== undefined) return hit;
      // No usable entry (none, stale or damaged): the analysis reports a damaged one.
      if (pool === undefined || long.has(i)) return runArticleJob(job);
      analyse(job);
    }
    if (cacheDir !== undefined) {
      scan = Math.max(scan, i + 1);
      while (!pool!.has(i) && scan < jobs.length && ahead.size < READ_AHEAD) {
        // A few at a time, so that the workers' replies are not held up.
        for (let n = 0; n < 16 && scan < jobs.length && ahead.size < READ_AHEAD; n++, scan++) {
          if (queued.has(scan) || long.has(scan)) continue;
          const hit = cachedChunk(jobs[scan]!);
          if (hit !== undefined) ahead.set(scan, hit);
          else analyse(jobs[scan]!);
        }
        await new Promise((resolve) => setImmediate(resolve));
      }
    }
    return pool!.result(i);
  };
  try {
    // Check every file (readable, not empty, text) before writing anything, so that
    // bad input gives one line and no partial output, even on stdout. The check
    // computes the cache keys, and the articles without a cache entry go to the
    // workers at once, which start on the first of them.
    const listing = cacheDir === undefined ? undefined : new CacheListing(cacheDir);
    for (const job of jobs) {
      if (signal?.aborted) throw new Interrupted();
      // Let the workers' replies in now and then: a worker gets its next job on a reply.
      if (job.index % 256 === 255) await new Promise((resolve) => setImmediate(resolve));
      const raw = job.raw ?? readInputFileSync(job.file!);
      if (raw.text.length >= LONG) long.add(job.index);
      if (listing !== undefined) {
        job.key = keyOf(job, raw);
        if (listing.has(job.key)) continue;
      }
      if (pool !== undefined && !long.has(job.index)) analyse(job);
    }
    // n3's writer, loaded only now: a warm build's workers are already starting.
    const format = await import('./format.js');
    merged = !format.keepsGraphs(options.format);
    sharedChunk = format.sharedChunk;
    await out.write(format.formatHeader(options.format));
    for (let i = 0; i < jobs.length; i++) {
      if (signal?.aborted) throw new Interrupted();
      await write(await take(i));
    }
    await out.flush();
  } finally {
    await pool?.close();
  }
  summary.entities = entities.size;
  summary.seconds = (Date.now() - started) / 1000;
  return summary;
}
