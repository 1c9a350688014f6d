// kg push against a second, strict SPARQL 1.1 implementation: a stand-in
// server (Graph Store Protocol, Update, Query over HTTP with Basic auth)
// backed by the embedded Oxigraph engine. It checks that the requests kg
// sends are standard SPARQL (not only what Virtuoso tolerates), that the
// store ends up holding exactly the pushed triples, and what happens when
// the store fails half-way through a load, as Virtuoso's does.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DataFactory, type Quad } from 'n3';
import oxigraph from 'oxigraph';
import { StoreError } from '../../src/errors.js';
import { pushQuads, type PushOptions } from '../../src/store/push.js';
import { tempGraphFor } from '../../src/store/split.js';

const { namedNode, literal, quad, blankNode } = DataFactory;
const USER = 'ann';
const PASSWORD = 'stand-in-secret';

let store = new oxigraph.Store();
let server: Server;
let base = '';
/** Fault injection: called per Graph Store write; may load part of the body and answer 500. */
let fault: ((graph: string, body: string) => 'fail' | 'partial' | 'bad' | 'lossy' | undefined) | undefined;
const log: string[] = [];
/** Fault injection for update requests: drop the connection, after running the update or before. */
let updateFault: ((update: string) => 'run-then-drop' | 'drop' | undefined) | undefined;

function read(req: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    let body = '';
    req.on('data', (d: Buffer) => (body += d.toString('utf8')));
    req.on('end', () => resolve(body));
  });
}

beforeAll(async () => {
  server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://x');
      const body = await read(req);
      if (req.headers.authorization !== `Basic ${Buffer.from(`${USER}:${PASSWORD}`).toString('base64')}` && url.pathname !== '/query') {
        res.writeHead(401, { 'WWW-Authenticate': 'Basic realm="stand-in"' }).end();
        return;
      }
      log.push(`${req.method} ${url.pathname}`);
      try {
        if (url.pathname === '/store') {
          const graph = oxigraph.namedNode(url.searchParams.get('graph') ?? '');
          if (req.method === 'DELETE') {
            const had = store.match(null, null, null, graph).length > 0;
            store.update(`DROP SILENT GRAPH <${graph.value}>`);
            res.writeHead(had ? 204 : 404).end();
            return;
          }
          const f = fault?.(graph.value, body);
          if (req.method === 'PUT') store.update(`DROP SILENT GRAPH <${graph.value}>`);
          if (f === 'partial') {
            // Like Virtuoso: part of the data committed, then an error.
            const lines = body.split('\n');
            store.load(lines.slice(0, Math.floor(lines.length / 2)).join('\n'), { format: 'application/n-triples', to_graph_name: graph });
          }
          if (f === 'lossy') {
            // A store that answers success but silently keeps one triple less.
            store.load(body.trim().split('\n').slice(1).join('\n'), { format: 'application/n-triples', to_graph_name: graph });
            res.writeHead(201).end();
            return;
          }
          if (f === 'bad') {
            res.writeHead(400).end('stand-in refusal');
            return;
          }
          if (f !== undefined) {
            res.writeHead(500).end('stand-in failure');
            return;
          }
          store.load(body, { format: 'application/n-triples', to_graph_name: graph });
          res.writeHead(req.method === 'PUT' ? 201 : 204).end();
        } else if (url.pathname === '/update') {
          const update = new URLSearchParams(body).get('update') ?? '';
          const f = updateFault?.(update);
          if (f !== 'drop') store.update(update);
          if (f !== undefined) {
            req.socket.destroy();
            return;
          }
          res.writeHead(204).end();
        } else if (url.pathname === '/query') {
          const json = store.query(new URLSearchParams(body).get('query') ?? '', { results_format: 'application/sparql-results+json' });
          res.writeHead(200, { 'Content-Type': 'application/sparql-results+json' }).end(json as string);
        } else res.writeHead(404).end();
      } catch (error) {
        res.writeHead(400, { 'Content-Type': 'text/plain' }).end(String(error));
      }
    })();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((r) => server.close(() => r())));

beforeEach(() => {
  store = new oxigraph.Store();
  fault = undefined;
  updateFault = undefined;
  log.length = 0;
});

const A = 'https://example.org/article/a';
const B = 'https://example.org/article/b';
const SHARED = 'https://w3id.org/kg-news/graph/entities';

function opts(extra: Partial<PushOptions> = {}): PushOptions {
  return {
    graphStore: `${base}/store`,
    update: `${base}/update`,
    endpoint: `${base}/query`,
    credentials: { user: USER, password: PASSWORD },
    backoffMs: 5,
    ...extra,
  };
}

function data(g: string | undefined, n: number, tag: string): Quad[] {
  return Array.from({ length: n }, (_, i) =>
    quad(namedNode(`https://example.org/e${i % 5}`), namedNode('https://example.org/p'), literal(`${tag} ${i} "quoted" \\ ü`, 'de'), g === undefined ? undefined : namedNode(g)),
  );
}

/** The store's triples in a graph, as sorted N-Triples-like strings. */
function graphContent(g: string): string[] {
  return store
    .match(null, null, null, oxigraph.namedNode(g))
    .map((q) => `${q.subject.value} ${q.predicate.value} ${q.object.value}`)
    .sort();
}

const expected = (quads: Quad[]): string[] => [...new Set(quads.map((q) => `${q.subject.value} ${q.predicate.value} ${q.object.value}`))].sort();

describe('push to a strict SPARQL 1.1 stand-in (Oxigraph)', () => {
  for (const path of ['graph store', 'update only'] as const) {
    it(`holds exactly the pushed triples, replaces articles and adds to the shared graph (${path})`, async () => {
      const o = path === 'graph store' ? opts() : opts({ graphStore: undefined, updateBatchSize: 4 });
      const first = [...data(A, 10, 'a1'), ...data(B, 3, 'b1'), ...data(undefined, 2, 'e1')];
      await pushQuads(first, o);
      expect(graphContent(A)).toEqual(expected(data(A, 10, 'a1')));
      expect(graphContent(B)).toEqual(expected(data(B, 3, 'b1')));
      expect(graphContent(SHARED)).toEqual(expected(data(undefined, 2, 'e1')));
      await pushQuads([...data(A, 4, 'a2'), ...data(undefined, 1, 'e2')], o);
      expect(graphContent(A)).toEqual(expected(data(A, 4, 'a2')));
      expect(graphContent(B)).toEqual(expected(data(B, 3, 'b1')));
      expect(graphContent(SHARED)).toEqual(expected([...data(undefined, 2, 'e1'), ...data(undefined, 1, 'e2')]));
      expect(store.match(null, null, null, oxigraph.namedNode(tempGraphFor(A)))).toHaveLength(0);
    });
  }

  it('keeps a graph with blank nodes in one request, so its blank nodes stay one node', async () => {
    const b = blankNode('x');
    const quads = [
      quad(namedNode('https://example.org/s'), namedNode('https://example.org/p'), b, namedNode(A)),
      ...Array.from({ length: 6 }, (_, i) => quad(b, namedNode('https://example.org/q'), literal(String(i)), namedNode(A))),
    ];
    await pushQuads(quads, opts({ graphStore: undefined, updateBatchSize: 2 }));
    const links = store.match(null, null, null, oxigraph.namedNode(A));
    expect(links).toHaveLength(7);
    expect(new Set(links.filter((q) => q.subject.termType === 'BlankNode').map((q) => q.subject.value)).size).toBe(1);
  });

  it('a load that fails half-way leaves neither the article graph nor its staging graph', async () => {
    await pushQuads(data(A, 8, 'old'), opts());
    fault = (graph) => (graph === tempGraphFor(A) ? 'partial' : undefined);
    const error = await pushQuads([...data(A, 20, 'new'), ...data(B, 5, 'b')], opts({ concurrency: 1, batchSize: 10 })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreError);
    expect((error as StoreError).code).toBe('STORE_FAILED');
    expect((error as StoreError).message).toMatch(/HTTP 500: stand-in failure\), after 4 tries \(0 of 2 graphs pushed\); run the push again/);
    // The old article is untouched, the staging copy is gone, nothing was half-loaded.
    expect(graphContent(A)).toEqual(expected(data(A, 8, 'old')));
    expect(store.match(null, null, null, oxigraph.namedNode(tempGraphFor(A)))).toHaveLength(0);
    fault = undefined;
    await pushQuads([...data(A, 20, 'new'), ...data(B, 5, 'b')], opts({ batchSize: 10 }));
    expect(graphContent(A)).toEqual(expected(data(A, 20, 'new')));
  });

  it('without an update endpoint, a failed article graph is deleted rather than left half-loaded', async () => {
    let writes = 0;
    fault = () => (++writes === 2 ? 'fail' : undefined);
    const error = await pushQuads(data(A, 25, 'x'), opts({ update: undefined, batchSize: 10, tries: 1 })).catch((e: unknown) => e);
    expect((error as StoreError).code).toBe('STORE_FAILED');
    expect(graphContent(A)).toEqual([]);
    expect(log).toContain('DELETE /store');
  });

  it('does not repeat a MOVE that may have run: a repeated MOVE would empty the article', async () => {
    await pushQuads(data(A, 8, 'old'), opts());
    let moves = 0;
    updateFault = (update) => (update.startsWith('MOVE') && moves++ === 0 ? 'run-then-drop' : undefined);
    const error = await pushQuads(data(A, 5, 'new'), opts()).catch((e: unknown) => e);
    expect((error as StoreError).code).toBe('STORE_UNREACHABLE');
    expect((error as StoreError).message).toMatch(/run the push again/);
    expect(moves).toBe(1);
    // The MOVE did run: the article holds the new content, not nothing.
    expect(graphContent(A)).toEqual(expected(data(A, 5, 'new')));
  });

  it('repeats a swap whose staging graphs are still complete (it did not run)', async () => {
    await pushQuads(data(A, 8, 'old'), opts());
    let moves = 0;
    updateFault = (update) => (update.startsWith('MOVE') && moves++ === 0 ? 'drop' : undefined);
    const report = await pushQuads(data(A, 5, 'new'), opts());
    expect(report.triples).toBe(5);
    expect(moves).toBe(2);
    expect(graphContent(A)).toEqual(expected(data(A, 5, 'new')));
  });

  it('a store that silently loses a triple is caught by the count before the swap; the old article stays', async () => {
    await pushQuads(data(A, 8, 'old'), opts());
    fault = (graph) => (graph === tempGraphFor(A) ? 'lossy' : undefined);
    const error = await pushQuads(data(A, 6, 'new'), opts()).catch((e: unknown) => e);
    expect((error as StoreError).code).toBe('STORE_COUNT_MISMATCH');
    expect((error as StoreError).message).toContain(`graph <${tempGraphFor(A)}> holds 5 triples, 6 were sent`);
    expect(graphContent(A)).toEqual(expected(data(A, 8, 'old')));
    expect(store.match(null, null, null, oxigraph.namedNode(tempGraphFor(A)))).toHaveLength(0);
  });

  it('retries a passing failure and completes', async () => {
    let failures = 0;
    fault = () => (failures++ < 2 ? 'fail' : undefined);
    const report = await pushQuads(data(A, 5, 'x'), opts());
    expect(report.triples).toBe(5);
    expect(graphContent(A)).toEqual(expected(data(A, 5, 'x')));
  });

  it('a failure stops the other workers from retrying on: one error, not one per worker', async () => {
    const graphs = Array.from({ length: 5 }, (_, i) => `https://example.org/article/g${i}`);
    // g0 goes first and alone; then g1 is refused (400, final) while g2–g4 meet a failing store (500).
    fault = (graph) => (graph === tempGraphFor(graphs[0]!) ? undefined : graph === tempGraphFor(graphs[1]!) ? 'bad' : 'fail');
    let retries = 0;
    const quads = graphs.flatMap((g) => data(g, 6, g));
    const error = await pushQuads(quads, opts({ concurrency: 4, groupSize: 1, backoffMs: 50, onRetry: () => retries++ })).catch((e: unknown) => e);
    expect((error as StoreError).message).toContain('HTTP 400');
    // Each of the three other workers waits once, then stops; without cancelling they would retry 3 times each.
    expect(retries).toBeLessThanOrEqual(3);
    expect(graphs.map((g) => graphContent(g).length)).toEqual([6, 0, 0, 0, 0]);
  });

  it('wrong Basic credentials fail at once with STORE_AUTH', async () => {
    const error = await pushQuads(data(A, 5, 'x'), opts({ credentials: { user: USER, password: 'nope' } })).catch((e: unknown) => e);
    expect((error as StoreError).code).toBe('STORE_AUTH');
    expect((error as StoreError).message).toContain(`${base}/store`);
    expect(log).toHaveLength(0);
  });
});
