// A corpus-build worker thread: runs article jobs it is sent, one at a time,
// and posts back each article's output part or the error that stopped it.
import { parentPort } from 'node:worker_threads';
import { KgError } from '../errors.js';
import { runArticleJob, type ArticleJob } from './article-job.js';
import { getAnalyser } from '../language/registry.js';

export type WorkerReply =
  | { ok: true; chunk: Awaited<ReturnType<typeof runArticleJob>> }
  | { ok: false; index: number; message: string; code?: string; file?: string; name?: string };

// Load the German lexicon and rules while the main thread checks the inputs.
// Skipped if a job arrives first; a job loads what it needs anyway.
setImmediate(() => {
  try {
    getAnalyser('de');
  } catch {
    // reported by the first job that needs it
  }
});

// One job at a time, in the order sent: the pool sends the next job before this one
// is done, so that the worker never waits for the main thread between articles.
let queue = Promise.resolve();

parentPort?.on('message', (job: ArticleJob) => {
  queue = queue.then(() => run(job));
});

function run(job: ArticleJob): Promise<void> {
  return runArticleJob(job).then(
    (chunk) => {
      // Hand the text over as bytes in a transferred buffer: the main thread writes them without copying or encoding.
      const bytes = typeof chunk.text === 'string' ? new TextEncoder().encode(chunk.text) : chunk.text;
      const transfer = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? [bytes.buffer as ArrayBuffer] : [];
      parentPort!.postMessage({ ok: true, chunk: { ...chunk, text: bytes } } satisfies WorkerReply, transfer);
    },
    (error: unknown) => {
      const reply: WorkerReply =
        error instanceof KgError
          ? { ok: false, index: job.index, message: error.message, code: error.code, name: error.name, ...(error.file === undefined ? {} : { file: error.file }) }
          : { ok: false, index: job.index, message: error instanceof Error ? (error.stack ?? error.message) : String(error) };
      parentPort!.postMessage(reply);
    },
  );
}
