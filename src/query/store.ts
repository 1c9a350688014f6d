// The embedded engine: an Oxigraph store loaded from RDF text, whose default
// graph is the RDF merge (a set) of all named graphs. Used by the query
// worker and by bench/query.mjs, so the bench measures what kg query runs.
import oxigraph from 'oxigraph';

export interface RdfChunk {
  text: string;
  /** Media type: text/turtle, application/trig, application/n-triples, application/n-quads. */
  format: string;
  file: string;
}

export class LoadError extends Error {
  constructor(
    readonly file: string | undefined,
    message: string,
  ) {
    super(message);
  }
}

export function loadStore(chunks: readonly RdfChunk[]): oxigraph.Store {
  const store = new oxigraph.Store();
  for (const chunk of chunks) {
    try {
      store.load(chunk.text, { format: chunk.format, no_transaction: true });
    } catch (error) {
      throw new LoadError(chunk.file, String(error instanceof Error ? error.message : error));
    }
  }
  // Oxigraph's union-default-graph option keeps a triple once per graph (COUNT
  // would count an entity's label once per article), so copy the named graphs
  // into the default graph, which is a set.
  store.update('INSERT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }');
  return store;
}

/** Runs a query; results come back serialised (json, csv, tsv, or an RDF media type). */
export function queryStore(store: oxigraph.Store, query: string, resultsFormat: string): string {
  const result = store.query(query, { results_format: resultsFormat });
  return typeof result === 'string' ? result : String(result);
}
