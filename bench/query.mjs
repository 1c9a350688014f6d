#!/usr/bin/env node
// Query benchmark: a synthetic graph of ~1 M triples shaped like kg's output
// (German labels, ~30 relation predicates, reified statements with evidence
// sentences, one named graph per article), loaded into the engine kg query
// uses (Oxigraph, WASM) and into the alternative (Comunica over an n3 Store),
// each in its own child process in the same run. Prints load time, median
// latencies of four query shapes, peak memory, and the ratio between them.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeRand } from './prng.mjs';
import { performance } from 'node:perf_hooks';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const KG = 'https://w3id.org/kg-news/ontology#';
const E = 'https://w3id.org/kg-news/entity/';
const RDF = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#';
const LABEL = 'http://www.w3.org/2000/01/rdf-schema#label';
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** The query shapes; `typical` has the median degree, `hub` the highest, `far` is two hops from `typical`. */
const queries = ({ typical, hub, far }) => ({
  '1-hop (typical entity)': `SELECT ?p ?o WHERE { { <${E}e${typical}> ?p ?o } UNION { ?o ?p <${E}e${typical}> } }`,
  '1-hop (hub entity)': `SELECT ?p ?o WHERE { { <${E}e${hub}> ?p ?o } UNION { ?o ?p <${E}e${hub}> } }`,
  '2-hop path': `SELECT ?m ?p1 ?p2 WHERE { { <${E}e${typical}> ?p1 ?m } UNION { ?m ?p1 <${E}e${typical}> } { ?m ?p2 <${E}e${far}> } UNION { <${E}e${far}> ?p2 ?m } }`,
  'predicate + lang filter': `SELECT ?s ?l WHERE { ?s <${KG}p7> ?o . ?s <${LABEL}> ?l FILTER(lang(?l) = "de") }`,
  'GROUP BY count': `SELECT ?p (COUNT(*) AS ?n) WHERE { ?s ?p ?o } GROUP BY ?p`,
});

function generate(file, target) {
  const rand = makeRand(42);
  const stems = ['Bundes', 'Land', 'Stadt', 'Nord', 'Süd', 'Alpen', 'Donau', 'Rhein', 'Grün', 'Stahl'];
  const ends = ['werke', 'bank', 'verlag', 'gericht', 'partei', 'konzern', 'stiftung', 'behörde', 'dienst', 'bahn'];
  const entities = 20_000;
  const lines = [];
  let triples = 0;
  const push = (s, p, o, g) => {
    lines.push(`${s} ${p} ${o} <${g}> .`);
    triples++;
  };
  const ent = (i) => `<${E}e${i}>`;
  let article = 0;
  let st = 0;
  const degree = new Map();
  const edges = [];
  while (triples < target) {
    const g = `https://w3id.org/kg-news/article/a${article}`;
    push(`<${g}>`, `<${RDF}type>`, `<https://schema.org/NewsArticle>`, g);
    push(`<${g}>`, `<https://schema.org/datePublished>`, `"20${10 + (article % 15)}-0${1 + (article % 9)}-1${article % 10}"^^<http://www.w3.org/2001/XMLSchema#date>`, g);
    for (let k = 0; k < 12 && triples < target; k++, st++) {
      // A few hubs get many relations, like Amazon or Google in news.
      const a = rand(10) === 0 ? rand(20) : rand(entities);
      const b = rand(8) === 0 ? rand(20) : rand(entities);
      const p = `<${KG}p${rand(30)}>`;
      for (const x of [a, b]) {
        push(ent(x), `<${RDF}type>`, `<${KG}C${x % 12}>`, g);
        push(ent(x), `<${LABEL}>`, `"${stems[x % 10]}${ends[Math.floor(x / 10) % 10]} ${x}"@de`, g);
      }
      push(ent(a), p, ent(b), g);
      degree.set(a, (degree.get(a) ?? 0) + 1);
      degree.set(b, (degree.get(b) ?? 0) + 1);
      edges.push([a, b]);
      const s = `<https://w3id.org/kg-news/statement/s${st}>`;
      const sent = `<${g}#char=${k * 100},${k * 100 + 90}>`;
      push(s, `<${RDF}type>`, `<${RDF}Statement>`, g);
      push(s, `<${RDF}type>`, `<${KG}${rand(5) === 0 ? 'Claim' : 'Fact'}>`, g);
      push(s, `<${RDF}subject>`, ent(a), g);
      push(s, `<${RDF}predicate>`, p, g);
      push(s, `<${RDF}object>`, ent(b), g);
      push(s, `<${KG}rule>`, `"de.frame.r${rand(80)}"`, g);
      push(s, `<http://www.w3.org/ns/prov#wasDerivedFrom>`, sent, g);
      push(sent, `<${KG}evidenceText>`, `"Die ${stems[a % 10]}${ends[b % 10]} hat am Montag mitgeteilt, dass sie die Übernahme prüft (${st})."@de`, g);
      push(sent, `<${KG}startOffset>`, `"${k * 100}"^^<http://www.w3.org/2001/XMLSchema#integer>`, g);
      push(sent, `<${KG}endOffset>`, `"${k * 100 + 90}"^^<http://www.w3.org/2001/XMLSchema#integer>`, g);
      push(sent, `<${KG}inArticle>`, `<${g}>`, g);
    }
    article++;
  }
  writeFileSync(file, `${lines.join('\n')}\n`);
  const byDegree = [...degree].sort((x, y) => x[1] - y[1] || x[0] - y[0]);
  const typical = byDegree[Math.floor(byDegree.length / 2)][0];
  const hub = byDegree[byDegree.length - 1][0];
  // An entity two hops from the typical one, for the path query.
  const next = (x) => edges.filter(([u, v]) => u === x || v === x).map(([u, v]) => (u === x ? v : u));
  const far = next(typical).flatMap(next).find((x) => x !== typical) ?? hub;
  return { triples, articles: article, picks: { typical, hub, far } };
}

async function child(engine, file, runs, picks) {
  const QUERIES = queries(picks);
  const text = readFileSync(file, 'utf8');
  const out = { engine, load: 0, queries: {}, rows: {} };
  let run;
  let t0 = performance.now();
  if (engine === 'oxigraph') {
    const { loadStore, queryStore } = await import(join(root, 'dist', 'query', 'store.js'));
    const store = loadStore([{ text, format: 'application/n-quads', file }]);
    out.load = performance.now() - t0;
    run = async (q) => JSON.parse(queryStore(store, q, 'json')).results.bindings.length;
  } else {
    const { Store, StreamParser } = await import('n3');
    const { Readable } = await import('node:stream');
    const { QueryEngine } = await import('@comunica/query-sparql-rdfjs');
    const store = new Store();
    await new Promise((resolve, reject) => {
      const parser = new StreamParser({ format: 'application/n-quads' });
      Readable.from([text]).pipe(parser).on('data', (q) => store.addQuad(q)).on('end', resolve).on('error', reject);
    });
    out.load = performance.now() - t0;
    const engineC = new QueryEngine();
    run = async (q) => (await (await engineC.queryBindings(q, { sources: [store], unionDefaultGraph: true })).toArray()).length;
  }
  for (const [name, q] of Object.entries(QUERIES)) {
    const times = [];
    out.rows[name] = await run(q); // warm-up, also the row count
    for (let i = 0; i < runs; i++) {
      t0 = performance.now();
      await run(q);
      times.push(performance.now() - t0);
      if (times.reduce((a, b) => a + b, 0) > 20_000) break;
    }
    out.queries[name] = median(times);
  }
  out.peakMB = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(JSON.stringify(out));
}

if (process.argv[2] === '--child') {
  await child(process.argv[3], process.argv[4], Number(process.argv[5]), JSON.parse(process.argv[6]));
} else {
  const target = Number(process.env.KG_BENCH_TRIPLES ?? 1_000_000);
  const runs = Number(process.env.KG_BENCH_RUNS ?? 7);
  const file = join(mkdtempSync(join(tmpdir(), 'kg-bench-query-')), 'graph.nq');
  const { triples, articles, picks } = generate(file, target);
  const QUERIES = queries(picks);
  console.log(`synthetic graph: ${triples.toLocaleString('en')} quads in ${articles} article graphs, 30 predicates, German labels (${file})`);
  const results = {};
  for (const engine of ['oxigraph', 'comunica']) {
    const stdout = execFileSync(process.execPath, ['--max-old-space-size=8192', fileURLToPath(import.meta.url), '--child', engine, file, String(runs), JSON.stringify(picks)], { encoding: 'utf8', maxBuffer: 1 << 26 });
    results[engine] = JSON.parse(stdout);
  }
  const ox = results.oxigraph;
  const co = results.comunica;
  const row = (name, a, b, unit) => console.log(`${name.padEnd(40)} ${a.toFixed(unit === 's' ? 1 : 1).padStart(10)} ${unit}  ${b.toFixed(1).padStart(10)} ${unit}  ${(b / a).toFixed(1).padStart(6)}×`);
  console.log(`\n${''.padEnd(40)} ${'Oxigraph'.padStart(12)}  ${'Comunica+n3'.padStart(12)}  ratio (Comunica / Oxigraph)`);
  row('load', ox.load / 1000, co.load / 1000, 's');
  for (const name of Object.keys(QUERIES)) row(`${name} (${ox.rows[name]} rows)`, ox.queries[name], co.queries[name], 'ms');
  row('peak memory', ox.peakMB, co.peakMB, 'MB');
  const ok = (c) => (c ? 'met' : 'NOT met');
  console.log(`\ntargets (Oxigraph): load < 15 s ${ok(ox.load < 15_000)} · 1-hop median (typical entity) < 10 ms ${ok(ox.queries['1-hop (typical entity)'] < 10)} · peak memory < 2 GB ${ok(ox.peakMB < 2048)}`);
  for (const name of Object.keys(QUERIES)) if (ox.rows[name] !== co.rows[name]) console.log(`note: ${name}: row counts differ (Oxigraph ${ox.rows[name]}, Comunica ${co.rows[name]}; Comunica's union default graph repeats a triple once per graph)`);
}
