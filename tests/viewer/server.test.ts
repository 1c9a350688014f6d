// kg view's server (loopback by default, its own files only) and the
// single-file HTML export (graph embedded safely), plus the two CLI commands.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { request } from 'node:http';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseRdf } from '../../src/graph/load.js';
import { quadsToViewGraph } from '../../src/view/graph-json.js';
import { startViewServer, type ViewServer } from '../../src/view/server.js';
import { embedGraph, scriptSafeJson } from '../../src/view/html-export.js';
import { main } from '../../src/cli/main.js';
import { KgError } from '../../src/errors.js';
import { ensureViewerBuilt } from './viewer-build.js';

const FIXTURE = join(import.meta.dirname, 'fixtures/malicious.ttl');
const graph = quadsToViewGraph(parseRdf(readFileSync(FIXTURE, 'utf8'), FIXTURE));

function get(url: string, path: string, options: { method?: string; host?: string } = {}): Promise<{ status: number; type: string; body: string }> {
  const u = new URL(url);
  return new Promise((resolve, reject) => {
    const req = request(
      { host: u.hostname, port: u.port, path, method: options.method ?? 'GET', headers: options.host === undefined ? {} : { host: options.host } },
      (res) => {
        let body = '';
        res.on('data', (c: Buffer) => (body += c.toString('utf8')));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, type: String(res.headers['content-type']), body }));
      },
    );
    req.on('error', reject);
    req.end();
  });
}

describe('viewer server', () => {
  let server: ViewServer;
  beforeAll(async () => {
    ensureViewerBuilt();
    server = await startViewServer(graph, { port: 0 });
  }, 180_000);
  afterAll(async () => server?.close());

  it('binds to 127.0.0.1 by default and serves the page and the graph', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const page = await get(server.url, '/');
    expect(page.status).toBe(200);
    expect(page.type).toBe('text/html; charset=utf-8');
    expect(page.body).toContain('id="graph"');
    const json = await get(server.url, '/graph.json');
    expect(json.type).toBe('application/json; charset=utf-8');
    expect(JSON.parse(json.body)).toEqual(graph);
  });

  it('refuses path traversal, plain and percent-encoded', async () => {
    for (const path of ['/../package.json', '/..%2F..%2Fpackage.json', '/%2e%2e/%2e%2e/package.json', '/..\\..\\package.json']) {
      const res = await get(server.url, path);
      expect([403, 404]).toContain(res.status);
      expect(res.body).not.toContain('"name": "kg"');
    }
    expect((await get(server.url, '/../package.json')).status).toBe(403);
    expect((await get(server.url, '/nope.js')).status).toBe(404);
  });

  it('answers only GET/HEAD, and only for a loopback Host', async () => {
    expect((await get(server.url, '/', { method: 'POST' })).status).toBe(405);
    expect((await get(server.url, '/graph.json', { host: 'evil.example:80' })).status).toBe(403);
    expect((await get(server.url, '/favicon.ico')).status).toBe(204);
  });

  it('reports a port in use as a KgError', async () => {
    const port = Number(new URL(server.url).port);
    await expect(startViewServer(graph, { port })).rejects.toSatisfy((e) => e instanceof KgError && e.code === 'SERVER_LISTEN');
  });
});

describe('kg view', () => {
  it('serves the graph on 127.0.0.1, prints the URL, and stops on SIGTERM', async () => {
    ensureViewerBuilt();
    const bin = join(import.meta.dirname, '../../bin/kg.js');
    const child = spawn(process.execPath, [bin, 'view', FIXTURE, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString('utf8')));
    const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
    try {
      await expect.poll(() => /http:\/\/127\.0\.0\.1:\d+\//.test(out), { timeout: 60_000 }).toBe(true);
      const url = /http:\/\/127\.0\.0\.1:\d+\//.exec(out)?.[0] ?? '';
      expect(out).toMatch(/2 entities, 2 relations/);
      expect(JSON.parse((await get(url, '/graph.json')).body)).toEqual(graph);
    } finally {
      child.kill('SIGTERM');
    }
    expect(await exited).toBe(0);
  }, 90_000);

  it('refuses a bad port with one line', async () => {
    const errors: string[] = [];
    const write = process.stderr.write.bind(process.stderr);
    process.stderr.write = ((s: string) => (errors.push(String(s)), true)) as typeof process.stderr.write;
    try {
      expect(await main(['node', 'kg', 'view', FIXTURE, '--port', 'http'])).toBe(1);
    } finally {
      process.stderr.write = write;
    }
    expect(errors.join('')).toMatch(/^kg: view: --port must be a number/);
  });
});

describe('single-file HTML export', () => {
  it('embeds JSON that cannot close its script element and parses back to the graph', () => {
    const evil = { ...graph, nodes: [...graph.nodes, { id: 'x', label: '</script><script>alert(1)</script><!--', class: 'Thing', aliases: [] }] };
    const html = embedGraph('<html><body><p>viewer</p></body></html>', evil);
    expect(html).not.toContain('</script><script>alert');
    expect(html).not.toContain('<!--');
    const m = /<script type="application\/json" id="kg-graph">([\s\S]*?)<\/script>/.exec(html);
    expect(JSON.parse(m?.[1] ?? '')).toEqual(evil);
    expect(html.indexOf('kg-graph')).toBeLessThan(html.indexOf('</body>'));
    expect(scriptSafeJson('\u2028')).toBe('"\\u2028"');
  });

  it('kg export --format html writes one file with the viewer and the graph', async () => {
    ensureViewerBuilt();
    const out = join(mkdtempSync(join(tmpdir(), 'kg-export-')), 'graph.html');
    expect(await main(['node', 'kg', 'export', FIXTURE, '--format', 'html', '-o', out])).toBe(0);
    const html = readFileSync(out, 'utf8');
    expect(html).toContain('id="kg-graph"');
    expect(html).not.toMatch(/<script[^>]+src=/);
    expect(html).not.toMatch(/<link[^>]+stylesheet/);
    expect(html).not.toContain('<img src=x');
  }, 180_000);

  it('kg export with an unknown format fails with one line and writes nothing', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'kg-export-')), 'graph.html');
    const errors: string[] = [];
    const write = process.stderr.write.bind(process.stderr);
    process.stderr.write = ((s: string) => (errors.push(String(s)), true)) as typeof process.stderr.write;
    try {
      expect(await main(['node', 'kg', 'export', FIXTURE, '--format', 'pdf', '-o', out])).toBe(1);
    } finally {
      process.stderr.write = write;
    }
    expect(errors.join('')).toMatch(/^kg: export: unknown format "pdf"/);
    expect(existsSync(out)).toBe(false);
  });
});
