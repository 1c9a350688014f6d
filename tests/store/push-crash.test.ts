// Faults with a real Virtuoso this test owns: the server is down before a
// push, and it is SIGKILLed in the middle of a large push. Each time: a
// clear error, no article graph left half-loaded after a restart, and a
// re-run that completes the job.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DataFactory, Writer, type Quad } from 'n3';
import { StoreError } from '../../src/errors.js';
import { pushQuads, type PushOptions } from '../../src/store/push.js';
import { queryRemote } from '../../src/store/remote-query.js';
import { tempGraphFor } from '../../src/store/split.js';
import { PrivateVirtuoso, RUN_VIRTUOSO, SKIP_NOTE, type Virtuoso } from './virtuoso.js';

const root = join(import.meta.dirname, '..', '..');
const { namedNode, literal, quad } = DataFactory;
const GRAPHS = 4;
const PER_GRAPH = 30_000;
const prefix = `https://example.org/crash-${randomBytes(3).toString('hex')}/article/`;

/** GRAPHS article graphs of PER_GRAPH distinct triples each. */
function bigGraph(): Quad[] {
  const quads: Quad[] = [];
  for (let g = 0; g < GRAPHS; g++) {
    const graph = namedNode(`${prefix}${g}`);
    for (let i = 0; i < PER_GRAPH; i++) {
      quads.push(quad(namedNode(`https://example.org/entity/e${i % 997}`), namedNode(`https://example.org/p${i % 13}`), literal(`value ${g}-${i}`), graph));
    }
  }
  return quads;
}

async function count(v: Virtuoso, graph: string): Promise<number> {
  const { body } = await queryRemote(v.endpoint, `SELECT (COUNT(*) AS ?n) WHERE { GRAPH <${graph}> { ?s ?p ?o } }`);
  return Number((JSON.parse(body) as { results: { bindings: Array<{ n: { value: string } }> } }).results.bindings[0]?.n.value);
}

function runKg(args: string[], env: Record<string, string>): Promise<{ code: number; stderr: string; stdout: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(root, 'bin', 'kg.js'), ...args], { cwd: root, env: { ...process.env, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}

describe.skipIf(!RUN_VIRTUOSO)(`push when the store fails${SKIP_NOTE}`, () => {
  const server = new PrivateVirtuoso();
  const quads = bigGraph();
  const secret = `pw-${randomBytes(6).toString('hex')}`;
  afterAll(() => server.remove());

  it('server down before the push: one clear error naming the endpoint, exit 1, no password shown', async () => {
    const url = await server.plannedUrl();
    const file = join(mkdtempSync(join(tmpdir(), 'kg-push-')), 'g.nq');
    writeFileSync(file, new Writer({ format: 'N-Quads' }).quadsToString(quads.slice(0, 50)));
    const r = await runKg(['push', file, '--graph-store', `${url}/sparql-graph-crud-auth`, '--update', `${url}/sparql-auth`, '--endpoint', `${url}/sparql`], {
      KG_ENDPOINT_USER: 'dba',
      KG_ENDPOINT_PASSWORD: secret,
    });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`kg: push: ${url}/sparql-graph-crud-auth: cannot reach the store: connection refused (ECONNREFUSED), after 4 tries (0 of 1 graph pushed); run the push again to complete it\n`);
    expect(r.stderr).not.toContain(secret);
  });

  it('server killed mid-push: clear error, no half-loaded graph after restart, a re-run completes', async () => {
    const v = await server.start();
    const options: PushOptions = {
      graphStore: v.graphStore,
      update: v.update,
      endpoint: v.endpoint,
      credentials: { user: v.user, password: v.password },
      batchSize: 5_000,
      concurrency: 1,
      backoffMs: 100,
    };
    // Kill once the third graph's staging copy holds its first committed batch:
    // the store dies in the middle of loading that article, as a crash would.
    let killedAt = -1;
    const started = Date.now();
    const watch = async (): Promise<void> => {
      for (let i = 0; i < 400; i++) {
        const n = await count(v, tempGraphFor(`${prefix}2`)).catch(() => 0);
        if (n > 0) {
          killedAt = n;
          server.kill();
          return;
        }
        await new Promise((r) => setTimeout(r, 25));
      }
    };
    let watching: Promise<void> | undefined;
    const error = await pushQuads(quads, {
      ...options,
      onGraph: ({ done }) => {
        if (done === 2) watching = watch();
      },
    }).catch((e: unknown) => e);
    await watching;
    expect(killedAt).toBeGreaterThan(0);
    expect(killedAt).toBeLessThan(PER_GRAPH);
    expect(error).toBeInstanceOf(StoreError);
    expect((error as StoreError).code).toBe('STORE_UNREACHABLE');
    expect((error as StoreError).message).toMatch(new RegExp(`^push: ${v.url}/sparql[-\\w]*: cannot reach the store: .*, after 4 tries \\(2 of ${GRAPHS} graphs pushed\\); run the push again`));
    expect(Date.now() - started).toBeLessThan(50_000);

    await server.start();
    const afterCrash: number[] = [];
    for (let g = 0; g < GRAPHS; g++) afterCrash.push(await count(v, `${prefix}${g}`));
    // Every article graph is either complete or absent: never half-loaded.
    for (const n of afterCrash) expect([0, PER_GRAPH]).toContain(n);
    expect(afterCrash.slice(0, 2)).toEqual([PER_GRAPH, PER_GRAPH]);
    expect(afterCrash[2]).toBe(0);
    // Its staging graph kept the committed part (so the kill did land mid-load);
    // the next push of that article clears it.
    const staged = await count(v, tempGraphFor(`${prefix}2`));
    expect(staged).toBeGreaterThan(0);
    expect(staged).toBeLessThan(PER_GRAPH);

    const report = await pushQuads(quads, options);
    expect(report).toMatchObject({ graphs: GRAPHS, triples: GRAPHS * PER_GRAPH, counted: true });
    for (let g = 0; g < GRAPHS; g++) {
      expect(await count(v, `${prefix}${g}`)).toBe(PER_GRAPH);
      expect(await count(v, tempGraphFor(`${prefix}${g}`))).toBe(0);
    }
  }, 120_000);
});
