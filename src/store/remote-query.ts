// Queries against a remote SPARQL endpoint (SPARQL 1.1 Protocol, POST with a
// form body), with the same authentication, time-out and retry handling as
// pushes. Returns the raw body and content type so that callers can pass
// results through in the format the user asked for.
import { StoreError } from '../errors.js';
import type { Credentials } from './auth.js';
import { StoreClient, credentialsFromEnv } from './http.js';

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

/** Number of triples in a graph (one COUNT query). */
export async function countTriples(client: StoreClient, endpoint: string, graph: string): Promise<number> {
  const { body } = await queryRemote(endpoint, `SELECT (COUNT(*) AS ?n) WHERE { GRAPH <${graph}> { ?s ?p ?o } }`, { client });
  let n: unknown;
  try {
    const json = JSON.parse(body) as { results?: { bindings?: Array<Record<string, { value?: string }>> } };
    n = json.results?.bindings?.[0]?.['n']?.value;
  } catch {
    n = undefined;
  }
  const count = Number(n);
  if (n === undefined || !Number.isInteger(count)) {
    throw new StoreError('STORE_FAILED', `${endpoint}: the count query did not return SPARQL JSON results with a number`);
  }
  return count;
}
