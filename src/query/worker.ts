// The query worker: loads RDF text into an embedded Oxigraph store and runs
// one SPARQL query. It runs in a worker thread so that a query that runs too
// long can be stopped (the WASM engine cannot be interrupted from inside).
import { parentPort, workerData } from 'node:worker_threads';
import oxigraph from 'oxigraph';

export interface WorkerInput {
  chunks: { text: string; format: string; file: string }[];
  query: string;
  /** Oxigraph results format: json, csv, tsv, or an RDF media type for graphs. */
  resultsFormat: string;
}

export type WorkerOutput =
  | { ok: true; result: string; triples: number }
  | { ok: false; stage: 'load' | 'query'; file?: string; message: string };

function run(input: WorkerInput): WorkerOutput {
  const store = new oxigraph.Store();
  for (const chunk of input.chunks) {
    try {
      store.load(chunk.text, { format: chunk.format, no_transaction: true });
    } catch (error) {
      return { ok: false, stage: 'load', file: chunk.file, message: String(error instanceof Error ? error.message : error) };
    }
  }
  try {
    // The default graph is the RDF merge of all graphs. Oxigraph's union option
    // keeps a triple once per graph (COUNT would count an entity's label once per
    // article), so copy the named graphs into the default graph, which is a set.
    store.update('INSERT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }');
  } catch (error) {
    return { ok: false, stage: 'load', message: String(error instanceof Error ? error.message : error) };
  }
  try {
    const result = store.query(input.query, { results_format: input.resultsFormat });
    return { ok: true, result: typeof result === 'string' ? result : String(result), triples: store.size };
  } catch (error) {
    return { ok: false, stage: 'query', message: String(error instanceof Error ? error.message : error) };
  }
}

parentPort?.postMessage(run(workerData as WorkerInput));
