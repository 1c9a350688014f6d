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
import { SparqlUpdate, addOp, dropOp, insertDataOp, moveOp } from './update.js';
import { groupParts, packSegments } from './plan.js';

export interface PushOptions {
  /** Graph Store Protocol endpoint (e.g. Virtuoso's /sparql-graph-crud-auth). */
  graphStore?: string | undefined;
  /** SPARQL Update endpoint (e.g. Virtuoso's /sparql-auth). */
  update?: string | undefined;
  /** SPARQL query endpoint for the count check; without it counts are not checked. */
  endpoint?: string | undefined;
  credentials?: Credentials | undefined;
  /** Triples per Graph Store request (default 20,000); a graph with blank nodes goes in one request. */
  batchSize?: number;
  /** Triples per INSERT DATA request (default 500: Virtuoso refuses much larger ones). */
  updateBatchSize?: number;
  /** Groups of graphs pushed at the same time (default 4). */
  concurrency?: number;
  /** Most graphs handled together in one group: loaded, counted and swapped in with one request each where possible (default 100). */
  groupSize?: number;
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
  const updateBatch = Math.max(1, options.updateBatchSize ?? 500);

  const check = async (graphs: readonly GraphPart[], target: (p: GraphPart) => string, exactAll: boolean): Promise<void> => {
    if (queryUrl === undefined) return;
    const counts = await countTriples(client, queryUrl, graphs.map(target));
    for (const part of graphs) {
      const n = counts.get(target(part)) ?? 0;
      const sent = part.triples.length;
      const exact = exactAll || part.mode === 'replace';
      if (exact ? n !== sent : n < sent) {
        throw new StoreError(
          'STORE_COUNT_MISMATCH',
          `push: ${queryUrl}: graph <${target(part)}> holds ${n} triples, ${exact ? '' : 'at least '}${sent} were sent`,
        );
      }
    }
  };
  const staging = (part: GraphPart): string => tempGraphFor(part.graph);

  /**
   * Swaps staging graphs in with one update request. It is sent once: after a
   * time-out or a lost connection it may have run, and a repeated MOVE would
   * empty the target. It is repeated only while every staging graph is still
   * complete, which shows that it did not run.
   */
  const swap = async (group: GraphPart[], up: SparqlUpdate): Promise<void> => {
    const ops = group.flatMap((part) =>
      part.mode === 'replace' ? [moveOp(staging(part), part.graph)] : [addOp(staging(part), part.graph), dropOp(staging(part))],
    );
    const tries = Math.max(1, options.tries ?? 4);
    for (let attempt = 1; ; attempt++) {
      try {
        await up.run(ops, { timeoutMs: Math.max(options.timeoutMs ?? 60_000, 600_000) });
        return;
      } catch (error) {
        if (attempt >= tries || queryUrl === undefined || !(error instanceof StoreError) || error.code === 'STORE_AUTH') throw error;
        if (/\(HTTP 4\d\d/.test(error.message)) throw error; // refused: the same request fails again
        const delayMs = (options.backoffMs ?? 500) * 2 ** (attempt - 1);
        options.onRetry?.({ endpoint: up.endpoint, attempt, reason: error.message.replace(/^.*?: .*?: /, ''), delayMs });
        await new Promise((r) => setTimeout(r, delayMs));
        const counts = await countTriples(client, queryUrl, group.map(staging)).catch(() => undefined);
        if (counts === undefined || !group.every((part) => counts.get(staging(part)) === part.triples.length)) throw error;
      }
    }
  };

  /** Loads a group into staging graphs, counts them, then swaps them in with one update request. */
  const pushStaged = async (group: GraphPart[], up: SparqlUpdate): Promise<void> => {
    try {
      if (gs !== undefined) {
        for (const part of group) {
          const chunks = batches(part.triples, hasBlankNodes(part.triples) ? Number.MAX_SAFE_INTEGER : batchSize);
          for (const [i, chunk] of chunks.entries()) {
            const nt = toNTriples(chunk);
            await (i === 0 ? gs.put(staging(part), nt) : gs.post(staging(part), nt));
          }
        }
      } else {
        // Staging graphs left over by a crash are cleared first; then INSERT DATA
        // requests of at most updateBatch triples, small graphs sharing one.
        const stale =
          queryUrl === undefined ? group.map(staging) : [...(await countTriples(client, queryUrl, group.map(staging)))].filter(([, n]) => n > 0).map(([g]) => g);
        await up.run(stale.map(dropOp));
        for (const request of packSegments(group, updateBatch)) {
          await up.run([insertDataOp(request.map((seg) => ({ graph: staging(seg.part), ntriples: toNTriples(seg.triples) })))]);
        }
      }
      await check(group, staging, true);
      await swap(group, up);
    } catch (error) {
      await new SparqlUpdate(cleanupClient, up.endpoint).run(group.map((part) => dropOp(staging(part)))).catch(() => undefined);
      throw error;
    }
  };

  /** Without an update endpoint: PUT the first batch, POST the rest, DELETE a replaced graph on failure. */
  const pushDirect = async (group: GraphPart[], store: GraphStore): Promise<void> => {
    for (const part of group) {
      const chunks = batches(part.triples, hasBlankNodes(part.triples) ? Number.MAX_SAFE_INTEGER : batchSize);
      try {
        for (const [i, chunk] of chunks.entries()) {
          const nt = toNTriples(chunk);
          await (i === 0 && part.mode === 'replace' ? store.put(part.graph, nt) : store.post(part.graph, nt));
        }
      } catch (error) {
        if (part.mode === 'replace') await new GraphStore(cleanupClient, store.endpoint).delete(part.graph).catch(() => undefined);
        throw error;
      }
    }
  };

  const pushGroup = async (group: GraphPart[]): Promise<void> => {
    if (update !== undefined) await pushStaged(group, update);
    else if (gs !== undefined) await pushDirect(group, gs);
    await check(group, (part) => part.graph, false);
  };

  const parts = splitGraphs(quads, options.defaultGraph ?? ENTITIES_GRAPH);
  const groups = groupParts(parts, batchSize, options.groupSize ?? 100);
  const total = parts.length;
  const started = performance.now();
  let next = 0;
  let done = 0;
  let failure: unknown;
  const worker = async (limit = Infinity): Promise<void> => {
    for (let n = 0; n < limit && failure === undefined && next < groups.length; n++) {
      const group = groups[next++];
      if (group === undefined) break;
      try {
        await pushGroup(group);
        for (const part of group) {
          done++;
          options.onGraph?.({ graph: part.graph, triples: part.triples.length, done, total });
        }
      } catch (error) {
        failure ??= error;
        // Other groups stop retrying: one clear error, not one per worker.
        client.cancel();
      }
    }
  };
  // The first group goes alone: an unreachable store or wrong credentials then
  // fail once, and later requests carry the accepted authentication up front.
  await worker(1);
  await Promise.all(Array.from({ length: Math.max(1, Math.min(options.concurrency ?? 4, groups.length)) }, () => worker()));
  if (failure !== undefined) {
    if (failure instanceof StoreError) {
      const transient = failure.code === 'STORE_UNREACHABLE' || failure.code === 'STORE_FAILED';
      const counted = `${done} of ${total} graph${total === 1 ? '' : 's'} pushed`;
      throw new StoreError(failure.code, `${failure.message} (${counted})${transient ? '; run the push again to complete it' : ''}`);
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
