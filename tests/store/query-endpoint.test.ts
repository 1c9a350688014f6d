// kg query --endpoint against a real Virtuoso: the samples pushed with
// kg push give the same answers remotely as locally, in every output format.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Parser } from 'n3';
import { PrivateVirtuoso, RUN_VIRTUOSO, SKIP_NOTE, sharedVirtuoso, type Virtuoso } from './virtuoso.js';

const root = join(import.meta.dirname, '..', '..');
const samples = join(root, 'data', 'samples');
let v: Virtuoso;
let own: PrivateVirtuoso | undefined;

function kg(args: string[], env: Record<string, string> = {}): { code: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [join(root, 'bin', 'kg.js'), ...args], { encoding: 'utf8', cwd: root, env: { ...process.env, ...env } });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

interface Json {
  head: { vars: string[] };
  results: { bindings: Record<string, { value: string }>[] };
}
const rows = (text: string): string[] => {
  const json = JSON.parse(text) as Json;
  return json.results.bindings.map((b) => JSON.stringify(json.head.vars.map((x) => b[x]?.value ?? null))).sort();
};

describe.skipIf(!RUN_VIRTUOSO)(`kg query --endpoint${SKIP_NOTE}`, () => {
  beforeAll(async () => {
    v = sharedVirtuoso() ?? (await (own = new PrivateVirtuoso()).start());
    const push = kg(['push', samples, '--graph-store', v.graphStore, '--endpoint', v.endpoint, '-q'], { KG_ENDPOINT_USER: v.user, KG_ENDPOINT_PASSWORD: v.password });
    expect(push.stderr).toBe('');
    expect(push.code).toBe(0);
  }, 180_000);

  afterAll(() => own?.remove());

  it('answers an example query as the local engine does', () => {
    const q = `@${join(root, 'queries', 'who-sued-whom.rq')}`;
    const remote = kg(['query', '--endpoint', v.endpoint, q, '-f', 'json']);
    expect(remote.stderr).toBe('');
    const local = kg(['query', samples, q, '-f', 'json', '-q']);
    expect(rows(remote.stdout).length).toBeGreaterThan(0);
    expect(rows(remote.stdout)).toEqual(rows(local.stdout));
  });

  it('prints a table and CSV, and writes CONSTRUCT results as Turtle', () => {
    const q = 'SELECT DISTINCT ?who WHERE { ?s kg:sued ?o . ?s rdfs:label ?l BIND(STR(?l) AS ?who) } ORDER BY ?who';
    const table = kg(['query', '--endpoint', v.endpoint, q]);
    expect(table.code).toBe(0);
    expect(table.stdout).toMatch(/^who\n─+\n/);
    expect(table.stdout).toContain('Epic Games');
    const csv = kg(['query', '--endpoint', v.endpoint, q, '-f', 'csv']);
    // Stores may quote every CSV field (Virtuoso does); both are valid CSV.
    expect(csv.stdout.split(/\r?\n/).map((l) => l.replace(/^"(.*)"$/, '$1'))).toContain('Epic Games');
    const ttl = kg(['query', '--endpoint', v.endpoint, 'CONSTRUCT { ?s kg:sued ?o } WHERE { ?s kg:sued ?o }', '-f', 'turtle']);
    expect(ttl.code).toBe(0);
    const quads = new Parser().parse(ttl.stdout);
    expect(quads.length).toBeGreaterThan(0);
    expect(new Set(quads.map((x) => x.predicate.value))).toEqual(new Set(['https://w3id.org/kg-news/ontology#sued']));
  });

  it('refuses local inputs together with --endpoint, and names an unreachable endpoint', () => {
    expect(kg(['query', samples, '--endpoint', v.endpoint, 'ASK {}']).stderr).toMatch(/either --endpoint or local/);
    const down = kg(['query', '--endpoint', 'http://127.0.0.1:9/sparql', 'ASK {}', '-t', '5']);
    expect(down.code).toBe(1);
    expect(down.stderr).toContain('127.0.0.1:9');
    expect(down.stderr.trim().split('\n')).toHaveLength(1);
  });
});
