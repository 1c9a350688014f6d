// `kg push` and queryRemote against a real Virtuoso Open-Source server: one
// named graph per article, idempotent re-pushes, the shared entities graph,
// the Graph Store and SPARQL Update paths, digest authentication, and clear
// errors that never show the password.
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DataFactory, Parser, Writer, type Quad } from 'n3';
import { StoreError } from '../../src/errors.js';
import { pushQuads, type PushOptions } from '../../src/store/push.js';
import { queryRemote } from '../../src/store/remote-query.js';
import { tempGraphFor } from '../../src/store/split.js';
import { PrivateVirtuoso, RUN_VIRTUOSO, SKIP_NOTE, sharedVirtuoso, type Virtuoso } from './virtuoso.js';

const root = join(import.meta.dirname, '..', '..');
const bin = join(root, 'bin', 'kg.js');
const { namedNode, literal, quad } = DataFactory;

let v: Virtuoso;
let own: PrivateVirtuoso | undefined;

function kg(args: string[], env: Record<string, string>): { code: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', cwd: root, env: { ...process.env, ...env } });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** Triple counts per named graph whose IRI starts with `prefix`, read back with an independent SELECT. */
async function counts(prefix: string): Promise<Map<string, number>> {
  const q = `SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } FILTER(STRSTARTS(STR(?g), "${prefix}")) } GROUP BY ?g`;
  const { body } = await queryRemote(v.endpoint, q, { credentials: undefined });
  const json = JSON.parse(body) as { results: { bindings: Array<{ g: { value: string }; n: { value: string } }> } };
  return new Map(json.results.bindings.map((b) => [b.g.value, Number(b.n.value)]));
}

function opts(extra: Partial<PushOptions> = {}): PushOptions {
  return { graphStore: v.graphStore, update: v.update, endpoint: v.endpoint, credentials: { user: v.user, password: v.password }, backoffMs: 50, ...extra };
}

/** `n` triples in graph `g` (or the default graph), values tagged so that runs differ. */
function triples(g: string | undefined, n: number, tag: string): Quad[] {
  return Array.from({ length: n }, (_, i) =>
    quad(namedNode(`https://example.org/${tag}/s${i % 7}`), namedNode('https://example.org/p'), literal(`${tag} ${i}`), g === undefined ? undefined : namedNode(g)),
  );
}

describe.skipIf(!RUN_VIRTUOSO)(`push to Virtuoso${SKIP_NOTE}`, () => {
  beforeAll(async () => {
    const shared = sharedVirtuoso();
    if (shared !== undefined) v = shared;
    else {
      own = new PrivateVirtuoso();
      v = await own.start();
    }
  }, 120_000);

  afterAll(() => own?.remove());

  it('kg push loads the samples with digest auth, one named graph per article, and counts them', async () => {
    const nq = kg(['build', join(root, 'data', 'samples'), '-f', 'nquads', '-q'], {});
    expect(nq.code).toBe(0);
    // Graphs renamed into a namespace of this run, so that other tests using
    // the same store (kg query --endpoint) never see them change.
    const tag = randomBytes(4).toString('hex');
    const prefix = `https://example.org/${tag}/article/`;
    const renamed = nq.stdout.replace(/<https:\/\/w3id\.org\/kg-news\/article\/([^>]+)> \.$/gm, `<${prefix}$1> .`);
    // Expected counts from the N-Quads text itself: distinct lines per graph.
    const expected = new Map<string, Set<string>>();
    for (const line of renamed.split('\n')) {
      const m = /<([^>]+)> \.$/.exec(line);
      if (m?.[1] === undefined) continue;
      if (!expected.has(m[1])) expected.set(m[1], new Set());
      expected.get(m[1])!.add(line);
    }
    expect(expected.size).toBeGreaterThanOrEqual(4);
    expect([...expected.keys()].every((g) => g.startsWith(prefix))).toBe(true);
    const file = join(mkdtempSync(join(tmpdir(), 'kg-push-')), 'samples.nq');
    writeFileSync(file, renamed);
    const env = { KG_ENDPOINT_USER: v.user, KG_ENDPOINT_PASSWORD: v.password };
    const args = ['push', file, '-q', '--graph-store', v.graphStore, '--update', v.update, '--endpoint', v.endpoint];
    for (let run = 0; run < 2; run++) {
      const r = kg(args, env);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      const total = [...expected.values()].reduce((n, lines) => n + lines.size, 0);
      expect(r.stdout).toMatch(new RegExp(`^pushed ${expected.size} graphs, ${total} triples in [\\d.]+ s \\(\\d+ triples/s\\); counts checked\n$`));
      const got = await counts(prefix);
      expect(got.size).toBe(expected.size);
      for (const [g, lines] of expected) expect(got.get(g), g).toBe(lines.size);
    }
    for (const g of expected.keys()) expect((await counts(tempGraphFor(g))).size).toBe(0);
  });

  it('re-pushing replaces an article graph: same content is idempotent, new content drops the old', async () => {
    const tag = randomBytes(4).toString('hex');
    const g = `https://example.org/${tag}/article`;
    await pushQuads(triples(g, 120, tag), opts());
    await pushQuads(triples(g, 120, tag), opts());
    expect((await counts(g)).get(g)).toBe(120);
    const report = await pushQuads(triples(g, 45, `${tag}-v2`), opts());
    expect(report).toMatchObject({ graphs: 1, triples: 45, counted: true });
    expect((await counts(g)).get(g)).toBe(45);
    const old = await queryRemote(v.endpoint, `ASK { GRAPH <${g}> { ?s ?p "${tag} 0" } }`);
    expect(JSON.parse(old.body)).toMatchObject({ boolean: false });
    expect((await counts(tempGraphFor(g))).size).toBe(0);
  });

  it('adds default-graph triples to the shared graph instead of replacing it', async () => {
    const tag = randomBytes(4).toString('hex');
    const shared = `https://example.org/${tag}/entities`;
    await pushQuads(triples(undefined, 30, tag), opts({ defaultGraph: shared }));
    await pushQuads(triples(undefined, 20, `${tag}-b`), opts({ defaultGraph: shared }));
    await pushQuads(triples(undefined, 20, `${tag}-b`), opts({ defaultGraph: shared }));
    expect((await counts(shared)).get(shared)).toBe(50);
  });

  it('pushes through SPARQL Update alone, in batches, keeping escapes and language tags', async () => {
    const tag = randomBytes(4).toString('hex');
    const g = `https://example.org/${tag}/update-only`;
    const odd = quad(namedNode(`https://example.org/${tag}/s`), namedNode('https://example.org/q'), literal('Er sagte: "Ja" \\ Übernahme\nneue Zeile', 'de'), namedNode(g));
    const report = await pushQuads([...triples(g, 50, tag), odd], opts({ graphStore: undefined, batchSize: 7 }));
    expect(report.triples).toBe(51);
    expect((await counts(g)).get(g)).toBe(51);
    const r = await queryRemote(v.endpoint, `SELECT ?o WHERE { GRAPH <${g}> { ?s <https://example.org/q> ?o } }`);
    const b = (JSON.parse(r.body) as { results: { bindings: Array<{ o: { value: string; 'xml:lang': string } }> } }).results.bindings;
    expect(b).toEqual([{ o: { type: 'literal', value: 'Er sagte: "Ja" \\ Übernahme\nneue Zeile', 'xml:lang': 'de' } }]);
  });

  it('clears a staging graph left over by a crash before loading through SPARQL Update', async () => {
    const tag = randomBytes(4).toString('hex');
    const g = `https://example.org/${tag}/leftover`;
    // What a crash can leave: part of an earlier load in the staging graph.
    await pushQuads(triples(tempGraphFor(g), 9, `${tag}-stale`), opts({ update: undefined }));
    expect((await counts(tempGraphFor(g))).get(tempGraphFor(g))).toBe(9);
    await pushQuads(triples(g, 12, tag), opts({ graphStore: undefined }));
    expect((await counts(g)).get(g)).toBe(12);
    expect((await counts(tempGraphFor(g))).size).toBe(0);
  });

  it('pushes through the Graph Store alone, in batches', async () => {
    const tag = randomBytes(4).toString('hex');
    const g = `https://example.org/${tag}/gsp-only`;
    await pushQuads(triples(g, 500, 'old'), opts({ update: undefined, batchSize: 100 }));
    await pushQuads(triples(g, 230, tag), opts({ update: undefined, batchSize: 100 }));
    expect((await counts(g)).get(g)).toBe(230);
  });

  it('a store that rejects the data leaves no graph behind and the message names the endpoint', async () => {
    const tag = randomBytes(4).toString('hex');
    const g = `https://example.org/${tag}/bad`;
    const bad = quad(namedNode('https://example.org/s'), namedNode('https://example.org/n'), literal('not a number', namedNode('http://www.w3.org/2001/XMLSchema#integer')), namedNode(g));
    const error = await pushQuads([...triples(g, 10, tag), bad], opts({ graphStore: undefined })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreError);
    expect((error as StoreError).code).toBe('STORE_FAILED');
    expect((error as StoreError).message).toContain(v.update);
    expect((await counts(`https://example.org/${tag}/`)).size).toBe(0);
    expect((await counts(tempGraphFor(g))).size).toBe(0);
  });

  it('wrong credentials: one clear line naming the endpoint, no retries, no password in the output', async () => {
    const wrong = `wrong-${randomBytes(6).toString('hex')}`;
    const started = Date.now();
    const r = kg(['push', join(root, 'data', 'samples'), '--graph-store', v.graphStore, '--update', v.update, '--endpoint', v.endpoint], {
      KG_ENDPOINT_USER: v.user,
      KG_ENDPOINT_PASSWORD: wrong,
    });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`kg: push: ${v.graphStore}: authentication failed (HTTP 401); check KG_ENDPOINT_USER and KG_ENDPOINT_PASSWORD`);
    expect(r.stderr).not.toContain('retry');
    expect(r.stderr + r.stdout).not.toContain(wrong);
    expect(r.stderr + r.stdout).not.toContain(v.password);
    expect(Date.now() - started).toBeLessThan(20_000);
  });

  it('kg push without --endpoint warns that counts are not checked; bad option values are one clear line', async () => {
    const tag = randomBytes(4).toString('hex');
    const g = `https://example.org/${tag}/cli`;
    const file = join(mkdtempSync(join(tmpdir(), 'kg-push-')), 'g.nq');
    writeFileSync(file, new Writer({ format: 'N-Quads' }).quadsToString(triples(g, 12, tag)));
    const env = { KG_ENDPOINT_USER: v.user, KG_ENDPOINT_PASSWORD: v.password };
    const r = kg(['push', file, '--graph-store', v.graphStore, '--update', v.update], env);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('kg: warning: push: no --endpoint, so the counts in the store are not checked\n');
    expect(r.stdout).toMatch(/^pushed 1 graph, 12 triples in [\d.]+ s \(\d+ triples\/s\)\n$/);
    expect((await counts(g)).get(g)).toBe(12);
    const bad = kg(['push', file, '--graph-store', v.graphStore, '--batch-size', '0'], env);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toBe("kg: --batch-size: expected a positive whole number, got '0'\n");
    const none = kg(['push', file], env);
    expect(none.code).toBe(1);
    expect(none.stderr).toBe('kg: push: give --graph-store URL (Graph Store Protocol) or --update URL (SPARQL Update), or both\n');
  });

  it('queryRemote returns the raw body and content type, anonymously or with digest auth', async () => {
    const csv = await queryRemote(v.endpoint, 'SELECT (1 AS ?one) WHERE {}', { accept: 'text/csv' });
    expect(csv.contentType).toMatch(/^text\/csv/);
    expect(csv.body.trim().split('\n')).toEqual(['"one"', '1']);
    const authed = await queryRemote(v.update, 'ASK {}', { credentials: { user: v.user, password: v.password } });
    expect(authed.contentType).toMatch(/^application\/sparql-results\+json/);
    expect(JSON.parse(authed.body)).toMatchObject({ boolean: true });
    const ttl = await queryRemote(v.endpoint, 'CONSTRUCT { <urn:a> <urn:b> "c" } WHERE {}', { accept: 'text/turtle' });
    expect(ttl.contentType).toMatch(/turtle/);
    expect(new Parser().parse(ttl.body).map((q) => [q.subject.value, q.predicate.value, q.object.value])).toEqual([['urn:a', 'urn:b', 'c']]);
  });
});
