// Pushes a graph into a SPARQL 1.1 store, one named graph per article.
// With an update endpoint, each graph is loaded into a temporary graph
// (Graph Store PUT/POST, or INSERT DATA), counted, and only then moved over
// the target in one MOVE, so a failure never leaves a target half-loaded and
// re-pushing replaces it (idempotent). The shared entities graph is added
// to, not replaced. Without an update endpoint the Graph Store alone is
// used: PUT of the first batch, POST of the rest, DELETE on failure.
// A final count per graph checks the store against what was sent.
import type { Quad } from 'n3';
import { StoreError } from '../errors.js';
import type { Credentials } from './auth.js';
import { GraphStore } from './graph-store.js';
import { StoreClient, checkEndpoint, type StoreClientOptions } from './http.js';
import { countTriples } from './remote-query.js';
import { ENTITIES_GRAPH, batches, hasBlankNodes, splitGraphs, tempGraphFor, toNTriples, type GraphPart } from './split.js';
import { SparqlUpdate } from './update.js';

export interface PushOptions {
  /** Graph Store Protocol endpoint (e.g. Virtuoso's /sparql-graph-crud-auth). */
  graphStore?: string | undefined;
  /** SPARQL Update endpoint (e.g. Virtuoso's /sparql-auth). */
  update?: string | undefined;
  /** SPARQL query endpoint for the count check; without it counts are not checked. */
  endpoint?: string | undefined;
  credentials?: Credentials | undefined;
  /** Triples per request (default 20,000); a graph with blank nodes goes in one request. */
  batchSize?: number;
  /** Graphs pushed at the same time (default 4). */
  concurrency?: number;
  /** Named graph for default-graph quads (default {@link ENTITIES_GRAPH}). */
  defaultGraph?: string;
  timeoutMs?: number;
  tries?: number;
  backoffMs?: number;
  onRetry?: StoreClientOptions['onRetry'];
  onGraph?: (info: { graph: string; triples: number; done: number; total: number }) => void;
}

export interface PushReport {
  graphs: number;
  triples: number;
  seconds: number;
  /** Whether every graph's count was checked against the store. */
  counted: boolean;
}

export async function pushQuads(quads: readonly Quad[], options: PushOptions): Promise<PushReport> {
  const gsUrl = options.graphStore === undefined ? undefined : checkEndpoint(options.graphStore, '--graph-store');
  const updateUrl = options.update === undefined ? undefined : checkEndpoint(options.update, '--update');
  const queryUrl = options.endpoint === undefined ? undefined : checkEndpoint(options.endpoint, '--endpoint');
  if (gsUrl === undefined && updateUrl === undefined) {
    throw new StoreError('STORE_ARGS', 'push: give --graph-store URL (Graph Store Protocol) or --update URL (SPARQL Update), or both');
  }
  const clientOptions: StoreClientOptions = {
    label: 'push',
    credentials: options.credentials,
    ...(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }),
    ...(options.tries === undefined ? {} : { tries: options.tries }),
    ...(options.backoffMs === undefined ? {} : { backoffMs: options.backoffMs }),
    ...(options.onRetry === undefined ? {} : { onRetry: options.onRetry }),
  };
  const client = new StoreClient(clientOptions);
  // Clean-up after a failure gets one short try: the store may be gone.
  const cleanupClient = new StoreClient({ ...clientOptions, tries: 1, timeoutMs: 5_000 });
  const gs = gsUrl === undefined ? undefined : new GraphStore(client, gsUrl);
  const update = updateUrl === undefined ? undefined : new SparqlUpdate(client, updateUrl);
  const batchSize = Math.max(1, options.batchSize ?? 20_000);

  const load = async (graph: string, triples: Quad[], first: boolean): Promise<void> => {
    const nt = toNTriples(triples);
    if (gs !== undefined) await (first ? gs.put(graph, nt) : gs.post(graph, nt));
    else await update?.insertData(graph, nt, first);
  };

  const check = async (graph: string, sent: number, exact: boolean): Promise<void> => {
    if (queryUrl === undefined) return;
    const n = await countTriples(client, queryUrl, graph);
    if (exact ? n !== sent : n < sent) {
      throw new StoreError('STORE_COUNT_MISMATCH', `push: ${queryUrl}: graph <${graph}> holds ${n} triples, ${exact ? '' : 'at least '}${sent} were sent`);
    }
  };

  const pushPart = async (part: GraphPart): Promise<void> => {
    const chunks = batches(part.triples, hasBlankNodes(part.triples) ? Number.MAX_SAFE_INTEGER : batchSize);
    const sent = part.triples.length;
    if (update !== undefined) {
      const tmp = tempGraphFor(part.graph);
      try {
        for (const [i, chunk] of chunks.entries()) await load(tmp, chunk, i === 0);
        await check(tmp, sent, true);
        await (part.mode === 'replace' ? update.move(tmp, part.graph) : update.addAndDrop(tmp, part.graph));
      } catch (error) {
        await new SparqlUpdate(cleanupClient, update.endpoint).drop(tmp).catch(() => undefined);
        throw error;
      }
    } else if (gs !== undefined) {
      try {
        for (const [i, chunk] of chunks.entries()) {
          const nt = toNTriples(chunk);
          await (i === 0 && part.mode === 'replace' ? gs.put(part.graph, nt) : gs.post(part.graph, nt));
        }
      } catch (error) {
        if (part.mode === 'replace') await new GraphStore(cleanupClient, gs.endpoint).delete(part.graph).catch(() => undefined);
        throw error;
      }
    }
    await check(part.graph, sent, part.mode === 'replace');
  };

  const parts = splitGraphs(quads, options.defaultGraph ?? ENTITIES_GRAPH);
  const total = parts.length;
  const started = performance.now();
  let next = 0;
  let done = 0;
  let failure: unknown;
  const worker = async (limit = Infinity): Promise<void> => {
    for (let n = 0; n < limit && failure === undefined && next < parts.length; n++) {
      const part = parts[next++];
      if (part === undefined) break;
      try {
        await pushPart(part);
        done++;
        options.onGraph?.({ graph: part.graph, triples: part.triples.length, done, total });
      } catch (error) {
        failure ??= error;
      }
    }
  };
  // The first graph goes alone: an unreachable store or wrong credentials then
  // fail once, and later requests carry the accepted authentication up front.
  await worker(1);
  await Promise.all(Array.from({ length: Math.max(1, Math.min(options.concurrency ?? 4, total)) }, () => worker()));
  if (failure !== undefined) {
    if (failure instanceof StoreError) {
      const again = failure.code === 'STORE_UNREACHABLE' || failure.code === 'STORE_FAILED' ? '; run the push again to complete it' : '';
      throw new StoreError(failure.code, `${failure.message} (${done} of ${total} graphs pushed${again === '' ? ')' : `)${again}`}`);
    }
    throw failure;
  }
  return {
    graphs: total,
    triples: parts.reduce((n, p) => n + p.triples.length, 0),
    seconds: (performance.now() - started) / 1000,
    counted: queryUrl !== undefined,
  };
}
