// Worker threads that analyse the articles the cache cannot answer. Jobs are
// queued as soon as they are known (a warm build knows its misses after
// reading the inputs, long before it writes them), workers start only when
// there is something to analyse, and results are taken back by article index,
// so the caller writes in input order. The number of finished results nobody
// has taken yet is bounded, so memory does not grow with the corpus.
import { Worker } from 'node:worker_threads';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../paths.js';
import { KgError, InputError, type KgErrorCode } from '../errors.js';
import type { ArticleChunk, ArticleJob } from './article-job.js';
import type { WorkerReply } from './worker.js';

export interface PoolOptions {
  /** Most worker threads. */
  jobs: number;
  signal?: AbortSignal;
  /**
   * Old-generation heap limit per worker. V8 sizes a worker's heap by its limit; with
   * none it lets the heap drift upwards over thousands of articles, so memory would
   * grow with the corpus. Leave it out for very long articles, which need more.
   */
  workerHeapMb?: number;
  /**
   * Articles queued per worker started: a worker costs about half a second of CPU
   * before its first article (modules, lexicons, gazetteer), which a few dozen
   * articles do not repay when the main thread needs the other core.
   */
  perWorker?: number;
}

/**
 * Finished results waiting for the caller, at most. Large enough that workers keep
 * going while the caller writes, small enough (a few MB of output) that memory does
 * not grow with the corpus.
 */
const READY_LIMIT = 256;
/** Jobs sent to a worker at once: the next one waits there while it works on one. */
const PER_THREAD = 2;

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

interface Waiter {
  resolve: (chunk: ArticleChunk) => void;
  reject: (error: Error) => void;
}

export class WorkerPool {
  private readonly workers: Worker[] = [];
  /** Jobs sent to each worker and not answered yet. */
  private readonly busy = new Map<Worker, number>();
  /** Jobs not yet handed to a worker, by index; `head` is the next one. */
  private readonly queue: ArticleJob[] = [];
  private head = 0;
  private readonly done = new Map<number, ArticleChunk>();
  private readonly waiters = new Map<number, Waiter>();
  private queued = 0;
  /** The index the caller waits for: always handed out, whatever the bound. */
  private wanted = -1;
  private failure: Error | undefined;
  private closing = false;

  constructor(private readonly options: PoolOptions) {
    const { signal } = options;
    if (signal?.aborted) this.fail(new Interrupted());
    signal?.addEventListener('abort', () => this.fail(new Interrupted()), { once: true });
  }

  /** Queues an article for a worker; take its part with `result(job.index)`. */
  analyse(job: ArticleJob): void {
    if (this.failure !== undefined) return;
    // Jobs mostly come in index order; one found damaged later goes to its place.
    let at = this.queue.length;
    while (at > this.head && this.queue[at - 1]!.index > job.index) at--;
    this.queue.splice(at, 0, job);
    this.queued++;
    const wanted = Math.min(this.options.jobs, Math.ceil(this.queued / (this.options.perWorker ?? 1)));
    while (this.workers.length < wanted) this.start();
    this.dispatch();
  }

  /** Whether the part of article `index` is back (or the pool failed), so `result` will not wait. */
  has(index: number): boolean {
    return this.failure !== undefined || this.done.has(index);
  }

  /** The part of a queued article, when a worker has made it. */
  result(index: number): Promise<ArticleChunk> {
    if (this.failure !== undefined) return Promise.reject(this.failure);
    const chunk = this.done.get(index);
    if (chunk !== undefined) {
      this.done.delete(index);
      this.dispatch();
      return Promise.resolve(chunk);
    }
    this.wanted = index;
    const promise = new Promise<ArticleChunk>((resolve, reject) => this.waiters.set(index, { resolve, reject }));
    this.dispatch();
    return promise;
  }

  /** Stops the workers. */
  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.workers.map((w) => w.terminate()));
  }

  private start(): void {
    const { workerHeapMb } = this.options;
    const worker = new Worker(join(PROJECT_ROOT, 'dist', 'corpus', 'worker.js'), workerHeapMb === undefined ? {} : { resourceLimits: { maxOldGenerationSizeMb: workerHeapMb } });
    this.workers.push(worker);
    this.busy.set(worker, 0);
    worker.on('message', (reply: WorkerReply) => {
      this.busy.set(worker, this.busy.get(worker)! - 1);
      if (!reply.ok) return this.fail(toError(reply));
      const { index } = reply.chunk;
      const waiter = this.waiters.get(index);
      if (waiter === undefined) this.done.set(index, reply.chunk);
      else {
        this.waiters.delete(index);
        waiter.resolve(reply.chunk);
      }
      this.dispatch();
    });
    worker.on('error', (error) => this.fail(error));
    worker.on('exit', (code) => {
      if (!this.closing) this.fail(new Error(`corpus worker stopped unexpectedly (exit code ${code})`));
    });
  }

  private dispatch(): void {
    while (this.failure === undefined && this.head < this.queue.length) {
      const job = this.queue[this.head]!;
      if (this.done.size >= READY_LIMIT && job.index !== this.wanted) break;
      // The least busy worker, if it has room.
      let worker: Worker | undefined;
      for (const [w, n] of this.busy) if (n < PER_THREAD && (worker === undefined || n < this.busy.get(worker)!)) worker = w;
      if (worker === undefined) break;
      this.queue[this.head++] = undefined as unknown as ArticleJob;
      if (this.head > 1024 && this.head * 2 > this.queue.length) {
        this.queue.splice(0, this.head);
        this.head = 0;
      }
      this.busy.set(worker, this.busy.get(worker)! + 1);
      worker.postMessage(job);
    }
  }

  private fail(error: unknown): void {
    if (this.failure !== undefined) return;
    this.failure = error instanceof Error ? error : new Error(String(error));
    for (const waiter of this.waiters.values()) waiter.reject(this.failure);
    this.waiters.clear();
  }
}
