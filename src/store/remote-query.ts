// Queries against a remote SPARQL endpoint (SPARQL 1.1 Protocol, POST with a
// form body), with the same authentication, time-out and retry handling as
// pushes. Returns the raw body and content type so that callers can pass
// results through in the format the user asked for.
import { StoreError } from '../errors.js';
import type { Credentials } from './auth.js';
import { StoreClient, credentialsFromEnv } from './http.js';
import { iri } from './update.js';

export interface RemoteQueryOptions {
  /** Accept header, e.g. application/sparql-results+json or text/turtle. */
  accept?: string;
  timeoutMs?: number;
  /** Defaults to KG_ENDPOINT_USER / KG_ENDPOINT_PASSWORD. */
  credentials?: Credentials | undefined;
  /** A client to reuse (keeps its authentication state); overrides the options above. */
  client?: StoreClient;
}

export interface RemoteQueryResult {
  body: string;
  contentType: string;
}

export async function queryRemote(endpoint: string, sparql: string, options: RemoteQueryOptions = {}): Promise<RemoteQueryResult> {
  const client =
    options.client ??
    new StoreClient({
      label: 'query',
      credentials: options.credentials ?? credentialsFromEnv(),
      ...(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }),
    });
  const response = await client.request(endpoint, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/x-www-form-urlencoded; charset=utf-8',
      Accept: options.accept ?? 'application/sparql-results+json',
    },
    body: new URLSearchParams({ query: sparql }).toString(),
    ...(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }),
  });
  return { body: response.body, contentType: response.contentType };
}

/** Number of triples in each of the given graphs (0 for a graph that does not exist), by one query. */
export async function countTriples(client: StoreClient, endpoint: string, graphs: readonly string[]): Promise<Map<string, number>> {
  const values = graphs.map(iri).join(' ');
  const query = `SELECT ?g (COUNT(*) AS ?n) WHERE { VALUES ?g { ${values} } GRAPH ?g { ?s ?p ?o } } GROUP BY ?g`;
  const { body } = await queryRemote(endpoint, query, { client });
  let bindings: Array<Record<string, { value?: string } | undefined>> | undefined;
  try {
    bindings = (JSON.parse(body) as { results?: { bindings?: Array<Record<string, { value?: string }>> } }).results?.bindings;
  } catch {
    bindings = undefined;
  }
  if (bindings === undefined) throw new StoreError('STORE_FAILED', `${endpoint}: the count query did not return SPARQL JSON results`);
  const counts = new Map(graphs.map((g) => [g, 0]));
  for (const b of bindings) {
    const g = b['g']?.value;
    const n = Number(b['n']?.value);
    if (g === undefined || !Number.isInteger(n)) throw new StoreError('STORE_FAILED', `${endpoint}: the count query returned a row without a graph and a number`);
    counts.set(g, n);
  }
  return counts;
}
