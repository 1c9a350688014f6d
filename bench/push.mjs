#!/usr/bin/env node
// Push benchmark: triples/s of `kg push` into a local store, against a
// baseline measured in the same run (one raw Graph Store PUT of the same
// triples into a single graph: no per-article graphs, no staging, no counts).
// Needs a store: KG_TEST_VIRTUOSO_URL, _USER, _PASSWORD in the environment,
// e.g. after `scripts/virtuoso.sh start && set -a && . $TMPDIR/kg-virtuoso/env`.
// Without one it says so and exits 0.
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const url = process.env.KG_TEST_VIRTUOSO_URL;
if (!url || !process.env.KG_TEST_VIRTUOSO_PASSWORD) {
  console.log('bench:push: no store configured (set KG_TEST_VIRTUOSO_URL, _USER, _PASSWORD; scripts/virtuoso.sh start writes them); skipped');
  process.exit(0);
}
const { build } = await import(join(root, 'dist', 'pipeline.js'));
const { resolveSettings } = await import(join(root, 'dist', 'settings.js'));
const { pushQuads } = await import(join(root, 'dist', 'store', 'push.js'));
const { StoreClient } = await import(join(root, 'dist', 'store', 'http.js'));
const { toNTriples } = await import(join(root, 'dist', 'store', 'split.js'));
const { DataFactory } = (await import('n3')).default;

const credentials = { user: process.env.KG_TEST_VIRTUOSO_USER ?? 'dba', password: process.env.KG_TEST_VIRTUOSO_PASSWORD };
const graphStore = `${url}/sparql-graph-crud-auth`;
const update = `${url}/sparql-auth`;
const endpoint = `${url}/sparql`;

// The bundled samples, copied into many articles (distinct graph IRIs) of realistic size.
const samples = (await build([join(root, 'data', 'samples')], resolveSettings())).quads;
const COPIES = Number(process.env.KG_BENCH_COPIES ?? 100);
const run = Date.now().toString(36);
const quads = [];
for (let c = 0; c < COPIES; c++) {
  for (const q of samples) {
    const g = q.graph.termType === 'NamedNode' ? DataFactory.namedNode(`${q.graph.value}-bench-${run}-${c}`) : q.graph;
    quads.push(DataFactory.quad(q.subject, q.predicate, q.object, g));
  }
}
const articleGraphs = new Set(quads.map((q) => q.graph.value)).size;

// Baseline: the same volume in one PUT into one graph (copies kept apart by their subjects).
const client = new StoreClient({ credentials, label: 'bench' });
const triples = [...new Map(quads.map((q) => {
  const subject = q.graph.termType === 'NamedNode' ? DataFactory.namedNode(`${q.subject.value}-${q.graph.value.slice(-12)}`) : q.subject;
  const t = DataFactory.quad(subject, q.predicate, q.object);
  return [toNTriples([t]), t];
})).values()];
const bodyText = toNTriples(triples);
const baseGraph = `https://example.org/bench/${run}/baseline`;
let t0 = performance.now();
await client.request(graphStore, { method: 'PUT', params: { graph: baseGraph }, headers: { 'Content-Type': 'application/n-triples' }, body: bodyText });
const baseSec = (performance.now() - t0) / 1000;
await client.request(graphStore, { method: 'DELETE', params: { graph: baseGraph } });

const cases = [
  ['Graph Store + MOVE, concurrency 4', { graphStore, update, endpoint, concurrency: 4 }],
  ['Graph Store + MOVE, concurrency 1', { graphStore, update, endpoint, concurrency: 1 }],
  ['SPARQL Update only, concurrency 4', { update, endpoint, concurrency: 4 }],
];
const f = (x, d = 0) => x.toFixed(d);
console.log(`store: ${url} (Virtuoso); data: ${quads.length} quads in ${articleGraphs} article graphs (${COPIES} copies of the samples)`);
console.log(`baseline (one PUT, ${triples.length} distinct triples, one graph): ${f(triples.length / baseSec)} triples/s`);
for (const [name, options] of cases) {
  t0 = performance.now();
  const report = await pushQuads(quads, { ...options, credentials, ...(process.env.KG_BENCH_GROUP ? { groupSize: Number(process.env.KG_BENCH_GROUP) } : {}) });
  const sec = (performance.now() - t0) / 1000;
  const rate = report.triples / sec;
  console.log(`kg push, ${name}: ${report.graphs} graphs, ${report.triples} triples in ${f(sec, 1)} s = ${f(rate)} triples/s (baseline/push ${f(triples.length / baseSec / rate, 1)}x)`);
}
// Large graphs: the same machinery when batches, not graphs, dominate.
const big = [];
for (let g = 0; g < 4; g++) {
  const graph = DataFactory.namedNode(`https://example.org/bench/${run}/big-${g}`);
  for (let i = 0; i < 50_000; i++) {
    big.push(DataFactory.quad(DataFactory.namedNode(`https://example.org/e${i % 997}`), DataFactory.namedNode(`https://example.org/p${i % 13}`), DataFactory.literal(`value ${g} ${i}`), graph));
  }
}
t0 = performance.now();
const bigReport = await pushQuads(big, { graphStore, update, endpoint, credentials, concurrency: 1 });
const bigSec = (performance.now() - t0) / 1000;
console.log(`kg push, 4 graphs of 50,000 triples (Graph Store + MOVE): ${f(bigReport.triples / bigSec)} triples/s (baseline/push ${f(triples.length / baseSec / (bigReport.triples / bigSec), 1)}x)`);
for (let g = 0; g < 4; g++) await client.request(graphStore, { method: 'DELETE', params: { graph: `https://example.org/bench/${run}/big-${g}` } });

// Leave the store as it was.
const drop = new StoreClient({ credentials, label: 'bench' });
for (const g of new Set(quads.map((q) => q.graph.value))) {
  if (g.includes(`-bench-${run}-`)) await drop.request(graphStore, { method: 'DELETE', params: { graph: g } });
}
