// The store client against a local stand-in server: retries with backoff on
// 5xx and time-outs, no retries on 401/400, one clear error for a store that
// cannot be reached, and credentials never in messages.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { StoreError } from '../../src/errors.js';
import { StoreClient, checkEndpoint, credentialsFromEnv } from '../../src/store/http.js';

let server: Server | undefined;

async function serve(handler: (req: IncomingMessage, res: ServerResponse) => void): Promise<string> {
  server = createServer(handler);
  await new Promise<void>((r) => server!.listen(0, '127.0.0.1', r));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/store`;
}

afterEach(async () => {
  server?.closeAllConnections();
  await new Promise<void>((r) => (server === undefined ? r() : server.close(() => r())));
  server = undefined;
});

const fast = { backoffMs: 10, label: 'push' };

describe('StoreClient', () => {
  it('retries 5xx answers with growing delays, then succeeds', async () => {
    let calls = 0;
    const url = await serve((_req, res) => {
      calls++;
      res.writeHead(calls < 3 ? 503 : 200, { 'Content-Type': 'text/plain' }).end(calls < 3 ? 'busy' : 'ok');
    });
    const delays: number[] = [];
    const client = new StoreClient({ ...fast, onRetry: (i) => delays.push(i.delayMs) });
    const r = await client.request(url, { method: 'GET' });
    expect(r.body).toBe('ok');
    expect(calls).toBe(3);
    expect(delays).toEqual([10, 20]);
  });

  it('gives up after 4 tries on a lasting 500 with STORE_FAILED', async () => {
    let calls = 0;
    const url = await serve((_req, res) => {
      calls++;
      res.writeHead(500).end('<html><body>Virtuoso 37000 Error</body></html>');
    });
    const error = await new StoreClient(fast).request(url, { method: 'PUT', body: 'x' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreError);
    expect((error as StoreError).code).toBe('STORE_FAILED');
    expect((error as StoreError).message).toContain(url);
    expect((error as StoreError).message).toContain('Virtuoso 37000 Error');
    expect(calls).toBe(4);
  });

  it('retries a request that times out', async () => {
    let calls = 0;
    const url = await serve((_req, res) => {
      calls++;
      if (calls === 1) setTimeout(() => res.end('late'), 500);
      else res.end('ok');
    });
    const r = await new StoreClient({ ...fast, timeoutMs: 100 }).request(url, { method: 'GET' });
    expect(r.body).toBe('ok');
    expect(calls).toBe(2);
  });

  it('does not retry a 400', async () => {
    let calls = 0;
    const url = await serve((_req, res) => {
      calls++;
      res.writeHead(400).end('bad data');
    });
    const error = await new StoreClient(fast).request(url, { method: 'POST' }).catch((e: unknown) => e);
    expect((error as StoreError).code).toBe('STORE_FAILED');
    expect(calls).toBe(1);
  });

  it('answers a Basic challenge once and fails at once on wrong credentials, without the password in the message', async () => {
    let calls = 0;
    const url = await serve((req, res) => {
      calls++;
      const ok = req.headers.authorization === `Basic ${Buffer.from('ann:right').toString('base64')}`;
      if (ok) res.end('ok');
      else res.writeHead(401, { 'WWW-Authenticate': 'Basic realm="kg"' }).end();
    });
    expect((await new StoreClient({ ...fast, credentials: { user: 'ann', password: 'right' } }).request(url, { method: 'GET' })).body).toBe('ok');
    expect(calls).toBe(2);
    calls = 0;
    const error = await new StoreClient({ ...fast, credentials: { user: 'ann', password: 'wrong-secret' } })
      .request(url, { method: 'GET' })
      .catch((e: unknown) => e);
    expect((error as StoreError).code).toBe('STORE_AUTH');
    expect((error as StoreError).message).toBe(
      `push: ${url}: authentication failed (HTTP 401); check KG_ENDPOINT_USER and KG_ENDPOINT_PASSWORD`,
    );
    expect((error as StoreError).message).not.toContain('wrong-secret');
    expect(calls).toBe(2);
  });

  it('says that credentials are needed when none are set', async () => {
    const url = await serve((_req, res) => res.writeHead(401, { 'WWW-Authenticate': 'Digest realm="x", nonce="n", qop="auth"' }).end());
    const error = await new StoreClient(fast).request(url, { method: 'GET' }).catch((e: unknown) => e);
    expect((error as StoreError).code).toBe('STORE_AUTH');
    expect((error as StoreError).message).toContain('KG_ENDPOINT_USER');
  });

  it('stops retrying once cancelled', async () => {
    let calls = 0;
    const url = await serve((_req, res) => {
      calls++;
      res.writeHead(503).end();
    });
    const client = new StoreClient({ ...fast, onRetry: () => client.cancel() });
    const error = await client.request(url, { method: 'GET' }).catch((e: unknown) => e);
    expect((error as StoreError).code).toBe('STORE_FAILED');
    expect((error as StoreError).message).toContain('cancelled');
    expect(calls).toBe(1);
  });

  it('reports a store that cannot be reached after its tries', async () => {
    const url = await serve((_req, res) => res.end());
    server!.close();
    await new Promise((r) => setTimeout(r, 20));
    let retries = 0;
    const error = await new StoreClient({ ...fast, onRetry: () => retries++ }).request(url, { method: 'GET' }).catch((e: unknown) => e);
    expect((error as StoreError).code).toBe('STORE_UNREACHABLE');
    expect((error as StoreError).message).toMatch(/cannot reach the store: connection refused \(ECONNREFUSED\), after 4 tries$/);
    expect(retries).toBe(3);
  });
});

describe('endpoint and credential settings', () => {
  it('refuses credentials inside a URL without repeating them', () => {
    const error = (() => {
      try {
        checkEndpoint('http://dba:s3cret@localhost:8890/sparql', '--endpoint');
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect((error as StoreError).code).toBe('STORE_ARGS');
    expect((error as StoreError).message).not.toContain('s3cret');
    expect(() => checkEndpoint('ftp://x/', '--endpoint')).toThrow(StoreError);
    expect(checkEndpoint('http://localhost:8890/sparql', '--endpoint')).toBe('http://localhost:8890/sparql');
  });

  it('reads credentials from KG_ENDPOINT_USER and KG_ENDPOINT_PASSWORD', () => {
    expect(credentialsFromEnv({})).toBeUndefined();
    expect(credentialsFromEnv({ KG_ENDPOINT_USER: 'u', KG_ENDPOINT_PASSWORD: 'p' })).toEqual({ user: 'u', password: 'p' });
  });
});
