// `kg view`'s HTTP server (node:http): serves the built viewer and the graph
// as /graph.json, on 127.0.0.1 unless told otherwise. Only its own files:
// GET/HEAD only, paths resolved inside the viewer directory (traversal gets
// 403), a Host check against DNS rebinding when bound to loopback.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import type { AddressInfo } from 'node:net';
import { KgError } from '../errors.js';
import type { ViewGraph } from './model.js';
import { VIEWER_DIST, readViewerPage } from './assets.js';

export interface ViewServerOptions {
  port?: number;
  host?: string;
  distDir?: string;
}

export interface ViewServer {
  url: string;
  server: Server;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};
const SECURITY_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
};
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1', '[::1]']);

function send(res: ServerResponse, status: number, type: string, body: string | Buffer, head: boolean): void {
  res.writeHead(status, { 'Content-Type': type, 'Content-Length': Buffer.byteLength(body), 'Cache-Control': 'no-store', ...SECURITY_HEADERS });
  res.end(head ? undefined : body);
}

export async function startViewServer(graph: ViewGraph, options: ViewServerOptions = {}): Promise<ViewServer> {
  const root = resolve(options.distDir ?? VIEWER_DIST);
  // Read once: fails early, with a clear message, if the viewer is not built, and
  // a rebuild while the server runs does not break the page it serves.
  const page = readViewerPage(root);
  const host = options.host ?? '127.0.0.1';
  const graphJson = JSON.stringify(graph);

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const head = req.method === 'HEAD';
    if (req.method !== 'GET' && !head) return send(res, 405, 'text/plain; charset=utf-8', 'method not allowed\n', false);
    if (LOOPBACK.has(host)) {
      const hostHeader = (req.headers.host ?? '').replace(/:\d+$/, '');
      if (!LOOPBACK.has(hostHeader)) return send(res, 403, 'text/plain; charset=utf-8', 'forbidden host\n', head);
    }
    let path: string;
    try {
      path = decodeURIComponent((req.url ?? '/').split(/[?#]/)[0] ?? '/');
    } catch {
      return send(res, 400, 'text/plain; charset=utf-8', 'bad request\n', head);
    }
    if (path === '/graph.json') return send(res, 200, TYPES['.json'] as string, graphJson, head);
    if (path === '/favicon.ico') return send(res, 204, 'image/x-icon', '', head);
    if (path === '/' || path === '/index.html') return send(res, 200, TYPES['.html'] as string, page, head);
    const file = resolve(join(root, path));
    if (path.includes('\0') || (file !== root && !file.startsWith(root + sep))) {
      return send(res, 403, 'text/plain; charset=utf-8', 'forbidden\n', head);
    }
    try {
      if (!(await stat(file)).isFile()) throw new Error('not a file');
      send(res, 200, TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream', await readFile(file), head);
    } catch {
      send(res, 404, 'text/plain; charset=utf-8', 'not found\n', head);
    }
  };

  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) send(res, 500, 'text/plain; charset=utf-8', 'internal error\n', false);
      else res.end();
    });
  });
  await new Promise<void>((done, fail) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      const hint = error.code === 'EADDRINUSE' ? '; choose another with --port (0 picks a free one)' : '';
      fail(new KgError('SERVER_LISTEN', `view: cannot listen on ${host}:${options.port ?? 0} (${error.code ?? error.message})${hint}`));
    });
    server.listen(options.port ?? 0, host, () => done());
  });
  const port = (server.address() as AddressInfo).port;
  const shownHost = host.includes(':') ? `[${host}]` : host === '0.0.0.0' ? '127.0.0.1' : host;
  return {
    url: `http://${shownHost}:${port}/`,
    server,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
