// Runs article jobs on N worker threads (or in this thread when N = 1) and
// hands the results back in input order, with a bounded number of jobs in
// flight so memory does not grow with the corpus.
import { Worker } from 'node:worker_threads';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../paths.js';
import { KgError, InputError, type KgErrorCode } from '../errors.js';
import { cachedChunk, runArticleJob, type ArticleChunk, type ArticleJob } from './article-job.js';
import type { WorkerReply } from './worker.js';

export interface PoolOptions {
  jobs: number;
  signal?: AbortSignal;
  /** Start the workers at once (no cache: every article needs one), rather than on the first cache miss. */
  eager?: boolean;
  /** Runs before the first job is handed out, while the workers start (e.g. checking the inputs). */
  before?: () => void | Promise<void>;
  /**
   * Old-generation heap limit per worker. V8 sizes a worker's heap by its limit; with
   * none it lets the heap drift upwards over thousands of articles, so memory would
   * grow with the corpus. Leave it out for very long articles, which need more.
   */
  workerHeapMb?: number;
}

/**
 * Results waiting for their turn, at most. Large enough that cached articles keep
 * flowing while a worker starts up on an early cache miss, small enough (a few MB of
 * output) that memory does not grow with the corpus.
 */
const READY_LIMIT = 256;

export class Interrupted extends Error {
  constructor() {
    super('interrupted');
  }
}

function toError(reply: Extract<WorkerReply, { ok: false }>): Error {
  if (reply.code !== undefined) {
    const prefix = reply.file === undefined ? '' : `${reply.file}: `;
    const message = reply.message.startsWith(prefix) ? reply.message.slice(prefix.length) : reply.message;
    return reply.name === 'InputError' ? new InputError(reply.code as KgErrorCode, message, reply.file) : new KgError(reply.code as KgErrorCode, message, reply.file);
  }
  return new Error(`corpus worker failed: ${reply.message}`);
}

/** Calls `onChunk` for every job, in job order. Rejects on the first error or on abort. */
export async function runPool(jobs: AsyncIterable<ArticleJob> | Iterable<ArticleJob>, options: PoolOptions, onChunk: (chunk: ArticleChunk) => void | Promise<void>): Promise<void> {
  const { signal } = options;
  if (options.jobs <= 1) {
    await options.before?.();
    for await (const job of jobs) {
      if (signal?.aborted) throw new Interrupted();
      await onChunk(await runArticleJob(job));
    }
    return;
  }
  // Workers start on the first article the cache cannot answer: a warm re-run may need none.
  const workers: Worker[] = [];
  const iterator = (Symbol.asyncIterator in jobs ? jobs[Symbol.asyncIterator]() : (jobs as Iterable<ArticleJob>)[Symbol.iterator]()) as AsyncIterator<ArticleJob> | Iterator<ArticleJob>;
  try {
    await new Promise<void>((resolve, reject) => {
      const ready = new Map<number, ArticleChunk>();
      const idle = new Set<Worker>();
      let started = false;
      let next = 0;
      let exhausted = false;
      let failed = false;
      let pumping = false;
      let writing = Promise.resolve();
      const fail = (error: unknown): void => {
        if (failed) return;
        failed = true;
        reject(error instanceof Error ? error : new Error(String(error)));
      };
      signal?.addEventListener('abort', () => fail(new Interrupted()), { once: true });
      const finishIfDone = (): void => {
        if (exhausted && idle.size === workers.length && ready.size === 0) writing.then(() => resolve(), fail);
      };
      const startWorkers = (): void => {
        started = true;
        for (let i = 0; i < options.jobs; i++) {
          const worker = new Worker(join(PROJECT_ROOT, 'dist', 'corpus', 'worker.js'), options.workerHeapMb === undefined ? {} : { resourceLimits: { maxOldGenerationSizeMb: options.workerHeapMb } });
          workers.push(worker);
          idle.add(worker);
          worker.on('message', (reply: WorkerReply) => {
            idle.add(worker);
            if (!reply.ok) return fail(toError(reply));
            ready.set(reply.chunk.index, reply.chunk);
            writing = writing.then(flush).then(() => pump()).catch(fail);
            pump().catch(fail);
          });
          worker.on('error', fail);
        }
      };
      let pending: ArticleJob | undefined;
      // Hands jobs to idle workers while few results wait for their turn.
      const pump = async (): Promise<void> => {
        if (pumping) return;
        pumping = true;
        try {
          while (!failed && !exhausted && (idle.size > 0 || !started || pending === undefined) && ready.size <= READY_LIMIT) {
            let job = pending;
            pending = undefined;
            if (job === undefined) {
              const item = await iterator.next();
              if (item.done) {
                exhausted = true;
                break;
              }
              job = item.value;
              const hit = cachedChunk(job);
              if (hit !== undefined) {
                ready.set(job.index, hit);
                writing = writing.then(flush).then(() => pump()).catch(fail);
                continue;
              }
            }
            if (!started) startWorkers();
            const worker = idle.values().next().value;
            if (worker === undefined) {
              pending = job;
              break;
            }
            idle.delete(worker);
            worker.postMessage(job);
          }
        } finally {
          pumping = false;
        }
        finishIfDone();
      };
      const flush = async (): Promise<void> => {
        while (!failed && ready.has(next)) {
          const chunk = ready.get(next)!;
          ready.delete(next);
          next++;
          await onChunk(chunk);
        }
      };
      if (options.eager === true) startWorkers();
      Promise.resolve(options.before?.())
        .then(() => pump())
        .catch(fail);
    });
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
