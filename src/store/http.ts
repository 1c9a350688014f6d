// One HTTP client for remote stores (Graph Store Protocol, SPARQL Update,
// SPARQL query): authentication on demand, a time-out per request, and
// retries with exponential backoff on 5xx answers, network errors and
// time-outs. 401/403 fail at once with one clear line (no retry storm).
// Messages name the endpoint, never the credentials.
import { StoreError } from '../errors.js';
import { Authenticator, type Credentials } from './auth.js';

export interface StoreClientOptions {
  credentials?: Credentials | undefined;
  /** Time-out per request in ms (default 60 s). */
  timeoutMs?: number;
  /** Attempts per request, the first included (default 4). */
  tries?: number;
  /** First backoff delay in ms, doubled after each failure (default 500). */
  backoffMs?: number;
  /** Command named in messages, e.g. "push" or "query". */
  label?: string;
  /** Called before each retry, e.g. to print a progress line. */
  onRetry?: (info: { endpoint: string; attempt: number; reason: string; delayMs: number }) => void;
}

export interface StoreRequest {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  params?: Record<string, string>;
  headers?: Record<string, string>;
  body?: string;
  timeoutMs?: number;
  /** Attempts for this request, overriding the client's (1 for requests that must not be repeated blindly). */
  tries?: number;
}

export interface StoreResponse {
  status: number;
  contentType: string;
  body: string;
}

/** Credentials from KG_ENDPOINT_USER / KG_ENDPOINT_PASSWORD, or undefined when unset. */
export function credentialsFromEnv(env: NodeJS.ProcessEnv = process.env): Credentials | undefined {
  const user = env['KG_ENDPOINT_USER'];
  if (user === undefined || user === '') return undefined;
  return { user, password: env['KG_ENDPOINT_PASSWORD'] ?? '' };
}

/** Checks an endpoint URL: http(s), no credentials inside (they would end up in logs). */
export function checkEndpoint(url: string, option: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new StoreError('STORE_ARGS', `${option}: not a URL; expected e.g. http://localhost:8890/sparql`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new StoreError('STORE_ARGS', `${option}: expected an http or https URL, got ${parsed.protocol}`);
  }
  if (parsed.username !== '' || parsed.password !== '') {
    throw new StoreError('STORE_ARGS', `${option}: credentials in the URL are not accepted; set KG_ENDPOINT_USER and KG_ENDPOINT_PASSWORD instead`);
  }
  return parsed.href;
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

const NETWORK_CODES: Record<string, string> = {
  ECONNREFUSED: 'connection refused',
  ECONNRESET: 'connection reset',
  UND_ERR_SOCKET: 'connection closed by the store',
  ENOTFOUND: 'host not found',
  EAI_AGAIN: 'host name lookup failed',
  EHOSTUNREACH: 'host unreachable',
  ETIMEDOUT: 'connection timed out',
};

function networkReason(error: unknown): string {
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) return 'no answer within the time-out';
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  const code = cause?.code;
  if (code !== undefined) return NETWORK_CODES[code] === undefined ? code : `${NETWORK_CODES[code]} (${code})`;
  return cause?.message ?? (error instanceof Error ? error.message : String(error));
}

export class StoreClient {
  private readonly auth = new Map<string, Authenticator>();
  private readonly label: string;
  private cancelled = false;

  constructor(private readonly options: StoreClientOptions = {}) {
    this.label = options.label ?? 'store';
  }

  private fail(code: 'STORE_UNREACHABLE' | 'STORE_AUTH' | 'STORE_FAILED', endpoint: string, text: string): StoreError {
    return new StoreError(code, `${this.label}: ${endpoint}: ${text}`);
  }

  /** Stops further retries (e.g. once a parallel request has failed for good). */
  cancel(): void {
    this.cancelled = true;
  }

  /** Sends one request, answering auth challenges and retrying transient failures. */
  async request(endpoint: string, req: StoreRequest): Promise<StoreResponse> {
    const url = new URL(endpoint);
    for (const [k, v] of Object.entries(req.params ?? {})) url.searchParams.set(k, v);
    const tries = Math.max(1, req.tries ?? this.options.tries ?? 4);
    const backoff = this.options.backoffMs ?? 500;
    let authAnswered = false;
    let lastReason = '';
    for (let attempt = 1; attempt <= tries; attempt++) {
      if (this.cancelled) throw this.fail('STORE_FAILED', endpoint, 'cancelled, as another request failed');
      const authenticator = this.auth.get(endpoint);
      const headers: Record<string, string> = { ...req.headers };
      const authorization = authenticator?.header(req.method, url);
      if (authorization !== undefined) headers['Authorization'] = authorization;
      let response: Response;
      let body: string;
      try {
        response = await fetch(url, {
          method: req.method,
          headers,
          ...(req.body === undefined ? {} : { body: req.body }),
          signal: AbortSignal.timeout(req.timeoutMs ?? this.options.timeoutMs ?? 60_000),
        });
        body = await response.text();
      } catch (error) {
        lastReason = networkReason(error);
        if (attempt < tries) await this.pause(endpoint, attempt, lastReason, backoff);
        continue;
      }
      if (response.status === 401) {
        const creds = this.options.credentials;
        if (creds === undefined) {
          throw this.fail('STORE_AUTH', endpoint, 'the store asks for credentials (HTTP 401); set KG_ENDPOINT_USER and KG_ENDPOINT_PASSWORD');
        }
        // A first challenge (or a stale nonce) is answered once; a second refusal is final.
        if (!authAnswered) {
          const fresh = new Authenticator(creds);
          if (!fresh.accept(response.headers.get('www-authenticate'))) {
            throw this.fail('STORE_AUTH', endpoint, 'authentication failed (HTTP 401): the store offers no Basic or Digest authentication');
          }
          this.auth.set(endpoint, fresh);
          authAnswered = true;
          attempt--;
          continue;
        }
        throw this.fail('STORE_AUTH', endpoint, 'authentication failed (HTTP 401); check KG_ENDPOINT_USER and KG_ENDPOINT_PASSWORD');
      }
      if (response.status === 403) {
        throw this.fail('STORE_AUTH', endpoint, 'authentication failed (HTTP 403: not allowed); check KG_ENDPOINT_USER and KG_ENDPOINT_PASSWORD and their rights');
      }
      const contentType = response.headers.get('content-type') ?? '';
      if (response.ok) return { status: response.status, contentType, body };
      const detail = body.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 300);
      lastReason = `HTTP ${response.status}${detail === '' ? '' : `: ${detail}`}`;
      if (response.status < 500) throw this.fail('STORE_FAILED', endpoint, `the store refused the request (${lastReason})`);
      if (attempt < tries) await this.pause(endpoint, attempt, lastReason, backoff);
    }
    const unreachable = !lastReason.startsWith('HTTP ');
    throw this.fail(
      unreachable ? 'STORE_UNREACHABLE' : 'STORE_FAILED',
      endpoint,
      `${unreachable ? `cannot reach the store: ${lastReason}` : `the store failed (${lastReason})`}${tries === 1 ? '' : `, after ${tries} tries`}`,
    );
  }

  private async pause(endpoint: string, attempt: number, reason: string, backoff: number): Promise<void> {
    const delayMs = backoff * 2 ** (attempt - 1);
    this.options.onRetry?.({ endpoint, attempt, reason, delayMs });
    await sleep(delayMs);
  }
}
