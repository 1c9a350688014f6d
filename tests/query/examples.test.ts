// The example queries in queries/ run on a graph of many articles, return
// rows, and give the same answers as an independent engine (python3-rdflib,
// Debian) on the same TriG. The graph holds the samples, the shared corpus and
// a fixed set of our own articles (ids below 400), so that the test does not
// grow with every new corpus batch.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runQuery } from '../../src/query/run.js';
import { getExporter } from '../../src/export/exporters.js';
import { build } from '../../src/pipeline.js';
import { writeFileAtomic } from '../../src/export/write-file.js';

const root = join(import.meta.dirname, '..', '..');
const queries = readdirSync(join(root, 'queries')).filter((f) => f.endsWith('.rq')).sort().map((f) => join(root, 'queries', f));
const corpus = ['tune', 'test'].flatMap((split) =>
  readdirSync(join(root, 'tests', 'corpus', split))
    .filter((f) => /^t([0-9]+)-.*\.(de|en)\.txt$/.test(f) && Number(/^t([0-9]+)/.exec(f)![1]) < 400)
    .map((f) => join(root, 'tests', 'corpus', split, f)),
);
const trig = join(mkdtempSync(join(tmpdir(), 'kg-examples-')), 'all.trig');

interface Json {
  head: { vars: string[] };
  results: { bindings: Record<string, { value: string }>[] };
}

function rows(json: Json): (string | null)[][] {
  return json.results.bindings.map((b) => json.head.vars.map((v) => b[v]?.value ?? null));
}

const sortRows = (r: (string | null)[][]): string[] => r.map((x) => JSON.stringify(x)).sort();

let rdflib: Record<string, (string | null)[][]>;

beforeAll(async () => {
  expect(corpus.length).toBeGreaterThan(300);
  const { quads } = await build([join(root, 'data', 'samples'), join(root, '..', 'shared', 'corpus'), ...corpus]);
  await writeFileAtomic(trig, getExporter('trig').write(quads));
  const py = spawnSync('/usr/bin/python3', [join(import.meta.dirname, 'rdflib_query.py'), trig, ...queries], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  expect(py.stderr).toBe('');
  rdflib = JSON.parse(py.stdout) as typeof rdflib;
  // (With every article of tests/corpus, 2434 in session 38, the build and rdflib's queries took 280 s in CI.)
}, 240_000);

describe('queries/', () => {
  it('holds the examples the README promises', () => {
    const names = queries.map((q) => q.replace(/^.*\//, ''));
    for (const want of ['who-sued-whom.rq', 'platforms-banned-whom.rq', 'who-hosts-what.rq', 'claims-and-claimants.rq']) expect(names).toContain(want);
  });

  for (const file of queries) {
    it(`${file.replace(/^.*\//, '')} returns rows that rdflib agrees with`, async () => {
      const { readFile } = await import('node:fs/promises');
      const result = await runQuery([trig], await readFile(file, 'utf8'), { format: 'json' });
      const ours = rows(JSON.parse(result.text) as Json);
      expect(ours.length).toBeGreaterThan(0);
      expect(sortRows(ours)).toEqual(sortRows(rdflib[file]!));
    });
  }
});
