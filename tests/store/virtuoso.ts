// Test helper: a real Virtuoso to push to. Either the instance .ci/run
// started (KG_TEST_VIRTUOSO_URL/_USER/_PASSWORD in the environment) or a
// private one started here through scripts/virtuoso.sh on free ports, which
// a test can SIGKILL and restart. Under CI=true a missing virtuoso-t fails
// the tests; elsewhere they are skipped with the reason in their title.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..', '..');
const script = join(root, 'scripts', 'virtuoso.sh');

export const HAVE_VIRTUOSO = spawnSync('sh', ['-c', 'command -v virtuoso-t']).status === 0;
const IN_CI = process.env['CI'] === 'true';
/** Run the Virtuoso tests: always in CI (they fail there without virtuoso-t), elsewhere when it is installed. */
export const RUN_VIRTUOSO = HAVE_VIRTUOSO || IN_CI;
export const SKIP_NOTE = HAVE_VIRTUOSO
  ? ''
  : IN_CI
    ? ' (virtuoso-t not installed: failing, since CI=true)'
    : ' (SKIPPED: virtuoso-t not installed; apt-get install virtuoso-opensource)';

export interface Virtuoso {
  url: string;
  user: string;
  password: string;
  graphStore: string;
  update: string;
  endpoint: string;
  /** Present for a private instance only. */
  dir?: string;
  pid?: number;
}

function requireVirtuoso(): void {
  if (!HAVE_VIRTUOSO) throw new Error('virtuoso-t is not installed but CI=true: apt-get install virtuoso-opensource (see .ci/run)');
}

/** Free ports, all held open at once before any is released, so that no two are the same. */
async function freePorts(n: number): Promise<number[]> {
  const servers = Array.from({ length: n }, () => createServer());
  const ports = await Promise.all(
    servers.map(
      (s) =>
        new Promise<number>((resolve, reject) => {
          s.once('error', reject);
          s.listen(0, '127.0.0.1', () => {
            const address = s.address();
            resolve(typeof address === 'object' && address !== null ? address.port : 0);
          });
        }),
    ),
  );
  await Promise.all(servers.map((s) => new Promise<void>((resolve) => s.close(() => resolve()))));
  return ports;
}

function endpoints(url: string, user: string, password: string): Virtuoso {
  return { url, user, password, graphStore: `${url}/sparql-graph-crud-auth`, update: `${url}/sparql-auth`, endpoint: `${url}/sparql` };
}

/** The instance from the environment (.ci/run), or undefined. */
export function sharedVirtuoso(): Virtuoso | undefined {
  const url = process.env['KG_TEST_VIRTUOSO_URL'];
  const password = process.env['KG_TEST_VIRTUOSO_PASSWORD'];
  if (url === undefined || password === undefined) return undefined;
  return endpoints(url, process.env['KG_TEST_VIRTUOSO_USER'] ?? 'dba', password);
}

export class PrivateVirtuoso {
  /** Scratch directory, made on first use (a skipped suite makes none). */
  dir = '';
  private env: NodeJS.ProcessEnv = {};
  info: Virtuoso | undefined;

  private async ensureEnv(): Promise<void> {
    if (this.env['KG_VIRTUOSO_DIR'] !== undefined) return;
    this.dir = mkdtempSync(join(tmpdir(), 'kg-virtuoso-test-'));
    const [http, sql] = await freePorts(2);
    this.env = { KG_VIRTUOSO_DIR: this.dir, KG_VIRTUOSO_HTTP_PORT: String(http), KG_VIRTUOSO_SQL_PORT: String(sql) };
  }

  private run(command: 'start' | 'stop'): void {
    const r = spawnSync('bash', [script, command], { env: { ...process.env, ...this.env }, encoding: 'utf8', timeout: 120_000 });
    if (r.status !== 0) throw new Error(`scripts/virtuoso.sh ${command} failed: ${r.stderr}`);
  }

  /** Creates (first time) or restarts the instance and waits until it answers. */
  async start(): Promise<Virtuoso> {
    requireVirtuoso();
    await this.ensureEnv();
    this.run('start');
    const vars = Object.fromEntries(
      readFileSync(join(this.dir, 'env'), 'utf8')
        .trim()
        .split('\n')
        .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
    ) as Record<string, string>;
    this.info = {
      ...endpoints(vars['KG_TEST_VIRTUOSO_URL'] ?? '', vars['KG_TEST_VIRTUOSO_USER'] ?? 'dba', vars['KG_TEST_VIRTUOSO_PASSWORD'] ?? ''),
      dir: this.dir,
      pid: Number(vars['KG_TEST_VIRTUOSO_PID']),
    };
    return this.info;
  }

  /** The URL it will listen on, known before the first start. */
  async plannedUrl(): Promise<string> {
    await this.ensureEnv();
    return `http://127.0.0.1:${this.env['KG_VIRTUOSO_HTTP_PORT']}`;
  }

  /** SIGKILL, as a crash or power loss would: no checkpoint, no clean shutdown. */
  kill(): void {
    if (this.info?.pid !== undefined) process.kill(this.info.pid, 'SIGKILL');
  }

  stop(): void {
    if (this.env['KG_VIRTUOSO_DIR'] !== undefined) this.run('stop');
  }

  remove(): void {
    if (this.dir === '') return;
    if (HAVE_VIRTUOSO) this.stop();
    rmSync(this.dir, { recursive: true, force: true });
  }
}
