// kg query as a library call and through the binary: SPARQL forms, result
// formats, named graphs, errors with positions, time-outs and bad graphs.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { Parser } from 'n3';
import { runQuery } from '../../src/query/run.js';
import { queryForm, withDefaultPrefixes, isUpdate } from '../../src/query/sparql-text.js';
import { QueryError, InputError } from '../../src/errors.js';

const root = join(import.meta.dirname, '..', '..');
const seed = join(root, '..', 'shared', 'corpus', 'seed');
const dir = mkdtempSync(join(tmpdir(), 'kg-query-'));
const trig = join(dir, 'seed.trig');

function kg(args: string[]): { code: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [join(root, 'bin', 'kg.js'), ...args], { encoding: 'utf8', cwd: root });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(() => {
  const r = kg(['build', seed, '-f', 'trig', '-o', trig, '-q']);
  expect(r.code).toBe(0);
});

describe('reading a SPARQL text', () => {
  it('tells the query form past prefixes, comments and IRIs', () => {
    expect(queryForm('PREFIX ask: <http://x/select#>\n# CONSTRUCT\nSELECT * { ?s ?p ?o }')).toBe('select');
    expect(queryForm('ASK { <http://x/describe> ?p ?o }')).toBe('ask');
    expect(queryForm('describe <http://x/a>')).toBe('describe');
    expect(queryForm('INSERT DATA { <a:b> <a:c> <a:d> }')).toBeUndefined();
    expect(isUpdate('PREFIX x: <http://x/>\nDELETE WHERE { ?s ?p ?o }')).toBe(true);
  });

  it('adds only the project prefixes that are used and not declared', () => {
    const p = withDefaultPrefixes('PREFIX kg: <http://other/>\nSELECT ?o { entity:X kg:sued ?o }');
    expect(p.addedLines).toBe(1);
    expect(p.text.split('\n')[0]).toContain('PREFIX entity: <https://w3id.org/kg-news/entity/>');
    expect(p.text.split('\n')[0]).not.toContain('PREFIX kg:');
    expect(withDefaultPrefixes('SELECT * { ?s ?p ?o }').addedLines).toBe(0);
  });
});

describe('runQuery', () => {
  it('answers SELECT in W3C JSON with the relation from the article', async () => {
    const r = await runQuery([trig], 'SELECT ?who ?whom WHERE { ?who kg:sued ?whom }', { format: 'json' });
    const json = JSON.parse(r.text) as { head: { vars: string[] }; results: { bindings: Record<string, { value: string }>[] } };
    expect(json.head.vars).toEqual(['who', 'whom']);
    expect(json.results.bindings.map((b) => [b.who!.value, b.whom!.value])).toEqual([
      ['https://w3id.org/kg-news/entity/Parler', 'https://w3id.org/kg-news/entity/Q3884'],
    ]);
  });

  it('reaches one article through GRAPH and writes CSV and TSV', async () => {
    const q = 'SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s kg:hostedBy ?o } }';
    const csv = (await runQuery([trig], q, { format: 'csv' })).text.trim().split(/\r?\n/);
    expect(csv[0]).toBe('g');
    expect(csv).toHaveLength(2);
    expect(csv[1]).toMatch(/^https:\/\/w3id\.org\/kg-news\/article\/[0-9a-f]{16}$/);
    const tsv = (await runQuery([trig], q, { format: 'tsv' })).text.trim().split('\n');
    expect(tsv[0]).toBe('?g');
    expect(tsv[1]).toBe(`<${csv[1]}>`);
  });

  it('prints a table with compact names and a row count', async () => {
    const r = await runQuery([trig], 'SELECT ?who ?whom WHERE { ?who kg:hostedBy ?whom }', { width: 80 });
    expect(r.text.split('\n')[0]).toMatch(/^who\s+│ whom$/);
    expect(r.text).toContain('entity:Parler');
    expect(r.text).toContain('(1 row)');
  });

  it('answers ASK and writes CONSTRUCT results in an RDF format', async () => {
    expect((await runQuery([trig], 'ASK { ?s kg:hostedBy ?o }')).text).toBe('yes\n');
    expect((await runQuery([trig], 'ASK { ?s kg:acquired ?o }', { format: 'json' })).text.trim()).toBe('{"head":{},"boolean":false}');
    const ttl = (await runQuery([trig], 'CONSTRUCT { ?s kg:sued ?o } WHERE { ?s kg:sued ?o }', { format: 'ntriples' })).text;
    const quads = new Parser({ format: 'N-Triples' }).parse(ttl);
    expect(quads.map((q) => q.predicate.value)).toEqual(['https://w3id.org/kg-news/ontology#sued']);
  });

  it('builds articles on the fly when given article files', async () => {
    const r = await runQuery([seed], 'SELECT (COUNT(*) AS ?n) WHERE { ?st a kg:Claim }', { format: 'json' });
    const n = Number((JSON.parse(r.text) as { results: { bindings: { n: { value: string } }[] } }).results.bindings[0]!.n.value);
    const fromFile = await runQuery([trig], 'SELECT (COUNT(*) AS ?n) WHERE { ?st a kg:Claim }', { format: 'json' });
    expect(n).toBeGreaterThan(0);
    expect(r.text).toBe(fromFile.text);
  });

  it('reports a syntax error with the line and column of the user text', async () => {
    const err = await runQuery([trig], 'SELECT ?o WHERE {\n  entity:Parler kg:sued ?o\n  FILTER(\n}').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(QueryError);
    expect((err as Error).message).toMatch(/SPARQL syntax: .*at line 4, column \d+/);
    expect((err as Error).message).not.toContain('\n');
  });

  it('refuses updates and unknown formats', async () => {
    await expect(runQuery([trig], 'DELETE WHERE { ?s ?p ?o }')).rejects.toBeInstanceOf(QueryError);
    await expect(runQuery([trig], 'SELECT * { ?s ?p ?o }', { format: 'xml' })).rejects.toThrow(/unknown result format/);
  });

  it('stops a query that runs past the time limit', async () => {
    const started = Date.now();
    const err = await runQuery([trig], 'SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }', { timeoutMs: 1000 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(QueryError);
    expect((err as QueryError).code).toBe('QUERY_TIMEOUT');
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('names file and line of a malformed graph', async () => {
    const bad = join(dir, 'bad.ttl');
    writeFileSync(bad, '@prefix ex: <http://example.org/> .\nex:a ex:b ex:c .\nex:d ex:e "open .\n');
    const err = await runQuery([bad], 'ASK {}').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect((err as Error).message).toMatch(/bad\.ttl: line 3: not valid RDF/);
  });
});

describe('kg query (binary)', () => {
  it('reads the query from @file and exits 0', () => {
    const rq = join(dir, 'q.rq');
    writeFileSync(rq, 'SELECT ?o WHERE { entity:Parler kg:hostedBy ?o }');
    const r = kg(['query', trig, `@${rq}`, '-f', 'csv']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout.trim().split(/\r?\n/)).toEqual(['o', 'https://w3id.org/kg-news/entity/Q456157']);
  });

  it('gives one line and exit 1 on a bad query, and leaves an existing output file alone', () => {
    const out = join(dir, 'keep.txt');
    writeFileSync(out, 'precious');
    const r = kg(['query', trig, 'SELECT ?x WHERE { ?x', '-o', out]);
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^kg: SPARQL syntax: .*line 1, column/);
    expect(readFileSync(out, 'utf8')).toBe('precious');
  });
});
