#!/usr/bin/env node
// Corpus benchmark: a generated corpus of 5,000 articles (our own sample
// articles with the names of their people and companies and their dates
// varied; no shared corpus text) built by `kg build` with 1 and with 2
// workers in the same run: articles/s and speedup; peak memory at 1,000 and
// 5,000 articles; a warm re-run with --cache after changing 1 % of the
// articles, against the cold run with the cache; and, with KG_TEST_VIRTUOSO_URL
// set, push throughput of the 1,000-article graph into that store.
import { mkdtempSync, mkdirSync, readFileSync, readdirSync, writeFileSync, appendFileSync, rmSync } from 'node:fs';
import { tmpdir, availableParallelism } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeRand } from './prng.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { build } = await import(join(root, 'dist', 'pipeline.js'));
const N = Number(process.env.KG_BENCH_ARTICLES ?? 5000);
const SMALL = Math.round(N / 5);

const rand = makeRand(7);
const FIRST = ['Lena', 'Jonas', 'Miriam', 'Felix', 'Sabine', 'Tobias', 'Aylin', 'Markus', 'Petra', 'Emil', 'Nora', 'Stefan'];
const LAST = ['Berger', 'Hofer', 'Wagner', 'Lindqvist', 'Kovač', 'Brandner', 'Steiner', 'Auer', 'Pichler', 'Moser', 'Novak', 'Haas'];
const ORG1 = ['Alpen', 'Nord', 'Donau', 'Kristall', 'Falken', 'Gipfel', 'Quelle', 'Polar', 'Ufer', 'Zinnober'];
const ORG2 = ['Solar', 'Werke', 'Logistik', 'Media', 'Games', 'Systems', 'Pay', 'Cloud', 'Mobil', 'Labs'];

/** Our samples with the names extraction finds in them, by class. */
async function templates() {
  const dir = join(root, 'data', 'samples');
  const files = readdirSync(dir).filter((f) => /\.(de|en)\.txt$/.test(f)).sort();
  const { docs } = await build(files.map((f) => join(dir, f)));
  return docs.map((doc) => ({
    text: doc.article.text,
    lang: doc.article.lang,
    people: [...new Set(doc.entities.filter((e) => e.type === 'Person' && !e.unnamed && e.label.includes(' ')).map((e) => e.label))],
    orgs: [...new Set(doc.entities.filter((e) => /Company|Organization|Platform/.test(e.type) && !e.unnamed && e.label.length > 3).map((e) => e.label))],
  }));
}

function variant(t, i) {
  let text = t.text;
  for (const p of t.people) text = text.split(p).join(`${FIRST[rand(FIRST.length)]} ${LAST[rand(LAST.length)]}`);
  for (const o of t.orgs) text = text.split(o).join(`${ORG1[rand(ORG1.length)]} ${ORG2[rand(ORG2.length)]}`);
  const d = `${1 + rand(28)}.${1 + rand(12)}.${2015 + rand(10)}`;
  text = text.replace(/\((\w+), \d{1,2}\.\d{1,2}\.\d{4}\)/, `($1, ${d})`);
  return `${text.trimEnd()}\n\nMeldung ${i}.\n`;
}

function measure(args) {
  const { spawnSync } = globalThis.__spawn;
  const r = spawnSync('/usr/bin/time', ['-f', 'TIME %e %M', process.execPath, join(root, 'bin', 'kg.js'), ...args], { encoding: 'utf8', maxBuffer: 1 << 26 });
  if (r.status !== 0) throw new Error(`bench: kg ${args.join(' ')} failed: ${r.stderr}`);
  const m = /TIME ([\d.]+) (\d+)/.exec(r.stderr);
  return { seconds: Number(m[1]), peakMB: Number(m[2]) / 1024, stderr: r.stderr };
}

globalThis.__spawn = await import('node:child_process');
const ts = await templates();
const base = mkdtempSync(join(tmpdir(), 'kg-bench-corpus-'));
const big = join(base, 'corpus');
const small = join(base, 'small');
mkdirSync(big);
mkdirSync(small);
for (let i = 0; i < N; i++) {
  const t = ts[i % ts.length];
  const text = variant(t, i);
  const name = `a${String(i).padStart(5, '0')}.${t.lang}.txt`;
  writeFileSync(join(big, name), text);
  if (i < SMALL) writeFileSync(join(small, name), text);
}
console.log(`generated ${N} articles from ${ts.length} sample articles (${base}); ${availableParallelism()} cores`);

const out = join(base, 'out.trig');
const one = measure(['build', big, '-f', 'trig', '-o', out, '-j', '1', '-q']);
const two = measure(['build', big, '-f', 'trig', '-o', out, '-j', '2', '-q']);
// The machine's own ceiling for this work: the two halves built by two
// independent single-threaded processes at the same time.
const halves = [join(base, 'half-a'), join(base, 'half-b')];
for (const h of halves) mkdirSync(h);
readdirSync(big).sort().forEach((f, i) => writeFileSync(join(halves[i % 2], f), readFileSync(join(big, f))));
const { spawn } = globalThis.__spawn;
const ceilingStart = Date.now();
await Promise.all(
  halves.map(
    (h, i) =>
      new Promise((resolve, reject) => {
        const c = spawn(process.execPath, [join(root, 'bin', 'kg.js'), 'build', h, '-f', 'trig', '-o', join(base, `half-${i}.trig`), '-j', '1', '-q']);
        c.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`half ${i} failed`))));
      }),
  ),
);
const ceiling = (Date.now() - ceilingStart) / 1000;
const smallRun = measure(['build', small, '-f', 'trig', '-o', out, '-j', '2', '-q']);
const cache = join(base, 'cache');
const cold = measure(['build', big, '-f', 'trig', '-o', out, '-j', '2', '-q', '--cache', cache]);
for (let i = 0; i < N; i += 100) appendFileSync(join(big, `a${String(i).padStart(5, '0')}.${ts[i % ts.length].lang}.txt`), 'Eine Ergänzung.\n');
const warm = measure(['build', big, '-f', 'trig', '-o', out, '-j', '2', '--cache', cache]);
const unchanged = measure(['build', big, '-f', 'trig', '-o', out, '-j', '2', '-q', '--cache', cache]);
const rate = (r) => N / r.seconds;
console.log(`\n1 worker:  ${one.seconds.toFixed(1)} s, ${rate(one).toFixed(1)} articles/s, peak ${one.peakMB.toFixed(0)} MB`);
console.log(`2 workers: ${two.seconds.toFixed(1)} s, ${rate(two).toFixed(1)} articles/s, peak ${two.peakMB.toFixed(0)} MB`);
console.log(`speedup 2 vs 1 worker: ${(one.seconds / two.seconds).toFixed(2)}× (target ≥ 1.7×); the machine's ceiling, two independent processes on the two halves at once: ${ceiling.toFixed(1)} s, ${(one.seconds / ceiling).toFixed(2)}×`);
console.log(`peak memory, 2 workers: ${SMALL} articles ${smallRun.peakMB.toFixed(0)} MB, ${N} articles ${two.peakMB.toFixed(0)} MB, ratio ${(two.peakMB / smallRun.peakMB).toFixed(2)} (target ≤ 1.2)`);
console.log(`cache: cold ${cold.seconds.toFixed(1)} s, warm after changing 1 % ${warm.seconds.toFixed(1)} s = ${((100 * warm.seconds) / cold.seconds).toFixed(1)} % of cold (target ≤ 5 %)`);
console.log(`cache: re-run with nothing changed ${unchanged.seconds.toFixed(1)} s`);
const fromCache = Number(/\((\d+) from cache\)/.exec(warm.stderr)?.[1] ?? 0);
console.log(`warm run: ${fromCache} of ${N} articles from the cache`);
// The cache key includes a hash of dist/ and data/: on a shared machine someone may rebuild them between the two runs.
if (fromCache < N - Math.ceil(N / 100)) console.log('warm run: WARNING, fewer articles from the cache than unchanged: dist/ or data/ changed between the cold and the warm run, so the warm figure is not a warm build');
// Pushing the 1,000-article graph into a local store, when one is configured.
const url = process.env.KG_TEST_VIRTUOSO_URL;
if (url && process.env.KG_TEST_VIRTUOSO_PASSWORD) {
  const graph = join(base, 'small.nq');
  measure(['build', small, '-f', 'nquads', '-o', graph, '-q']);
  const triples = readFileSync(graph, 'utf8').split('\n').filter((l) => l !== '').length;
  const { spawnSync } = globalThis.__spawn;
  const t0 = Date.now();
  const r = spawnSync(process.execPath, [join(root, 'bin', 'kg.js'), 'push', graph, '--graph-store', `${url}/sparql-graph-crud-auth`, '--update', `${url}/sparql-auth`, '--endpoint', `${url}/sparql`, '-q'], {
    encoding: 'utf8',
    env: { ...process.env, KG_ENDPOINT_USER: process.env.KG_TEST_VIRTUOSO_USER ?? 'dba', KG_ENDPOINT_PASSWORD: process.env.KG_TEST_VIRTUOSO_PASSWORD },
  });
  const secs = (Date.now() - t0) / 1000;
  if (r.status !== 0) console.log(`push: failed: ${r.stderr.trim()}`);
  else console.log(`push of ${SMALL} article graphs (${triples} triples) to ${url}: ${secs.toFixed(1)} s, ${Math.round(triples / secs)} triples/s`);
} else {
  console.log('push: no store configured (KG_TEST_VIRTUOSO_URL/_USER/_PASSWORD, e.g. from scripts/virtuoso.sh start); skipped');
}
rmSync(base, { recursive: true, force: true });
