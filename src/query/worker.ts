// The query worker: loads RDF text into the embedded store and runs one
// SPARQL query. It runs in a worker thread so that a query that runs too long
// can be stopped (the WASM engine cannot be interrupted from inside).
import { parentPort, workerData } from 'node:worker_threads';
import { loadStore, queryStore, LoadError, type RdfChunk } from './store.js';

export interface WorkerInput {
  chunks: RdfChunk[];
  query: string;
  /** Oxigraph results format: json, csv, tsv, or an RDF media type for graphs. */
  resultsFormat: string;
}

export type WorkerOutput =
  | { ok: true; result: string }
  | { ok: false; stage: 'load' | 'query'; file?: string; message: string };

function run(input: WorkerInput): WorkerOutput {
  let store;
  try {
    store = loadStore(input.chunks);
  } catch (error) {
    const file = error instanceof LoadError ? error.file : undefined;
    return { ok: false, stage: 'load', ...(file === undefined ? {} : { file }), message: String(error instanceof Error ? error.message : error) };
  }
  try {
    return { ok: true, result: queryStore(store, input.query, input.resultsFormat) };
  } catch (error) {
    return { ok: false, stage: 'query', message: String(error instanceof Error ? error.message : error) };
  }
}

parentPort?.postMessage(run(workerData as WorkerInput));
