// HTTP authentication for remote stores: answers a server's 401 challenge
// with Basic or Digest (RFC 7616: MD5, MD5-sess, SHA-256, qop=auth), and
// reuses a Digest challenge for later requests so that large bodies are sent
// once. Credentials live only in memory here; nothing in this module prints,
// logs or puts them into an error message.
import { createHash, randomBytes } from 'node:crypto';

export interface Credentials {
  user: string;
  password: string;
}

/** One challenge from a WWW-Authenticate header: scheme and its parameters (names lower-cased). */
export interface Challenge {
  scheme: string;
  params: Record<string, string>;
}

/** Parses a WWW-Authenticate header value, which may hold several challenges. */
export function parseChallenges(header: string): Challenge[] {
  const challenges: Challenge[] = [];
  let i = 0;
  const skip = (): void => {
    while (i < header.length && /[\s,]/.test(header[i] ?? '')) i++;
  };
  const token = (): string => {
    const m = /^[^\s,="]+/.exec(header.slice(i));
    i += m?.[0].length ?? 0;
    return m?.[0] ?? '';
  };
  while ((skip(), i < header.length)) {
    const name = token();
    if (name === '') break;
    let j = i;
    while (header[j] === ' ' || header[j] === '\t') j++;
    if (header[j] !== '=') {
      challenges.push({ scheme: name.toLowerCase(), params: {} });
      continue;
    }
    i = j + 1;
    while (header[i] === ' ' || header[i] === '\t') i++;
    let value = '';
    if (header[i] === '"') {
      for (i++; i < header.length && header[i] !== '"'; i++) value += header[i] === '\\' ? (header[++i] ?? '') : header[i];
      i++;
    } else {
      value = token();
      while (header[i] === '=') value += header[i++]; // token68 padding
    }
    const current = challenges.at(-1);
    if (current !== undefined) current.params[name.toLowerCase()] = value;
  }
  return challenges;
}

const HASHES: Record<string, string> = { md5: 'md5', 'md5-sess': 'md5', 'sha-256': 'sha256', 'sha-256-sess': 'sha256' };

export interface DigestInput {
  algorithm?: string;
  realm: string;
  nonce: string;
  method: string;
  uri: string;
  qop?: string;
  nc?: string;
  cnonce?: string;
}

/** The Digest `response` value (RFC 7616 section 3.4.1; RFC 2069 form without qop). */
export function digestResponse(credentials: Credentials, input: DigestInput): string {
  const algorithm = (input.algorithm ?? 'MD5').toLowerCase();
  const hashName = HASHES[algorithm];
  if (hashName === undefined) throw new Error(`unsupported digest algorithm ${input.algorithm ?? ''}`);
  const h = (s: string): string => createHash(hashName).update(s, 'utf8').digest('hex');
  let ha1 = h(`${credentials.user}:${input.realm}:${credentials.password}`);
  if (algorithm.endsWith('-sess')) ha1 = h(`${ha1}:${input.nonce}:${input.cnonce ?? ''}`);
  const ha2 = h(`${input.method}:${input.uri}`);
  if (input.qop === undefined) return h(`${ha1}:${input.nonce}:${ha2}`);
  return h(`${ha1}:${input.nonce}:${input.nc ?? ''}:${input.cnonce ?? ''}:${input.qop}:${ha2}`);
}

const quote = (s: string): string => `"${s.replace(/(["\\])/g, '\\$1')}"`;

/** Keeps the last accepted challenge for an origin and builds Authorization headers from it. */
export class Authenticator {
  private challenge: Challenge | undefined;
  private nc = 0;

  constructor(private readonly credentials: Credentials) {}

  /** Takes the challenges of a 401 response; false when no supported scheme is offered. */
  accept(header: string | null): boolean {
    const offered = parseChallenges(header ?? '');
    const digest = offered.find((c) => c.scheme === 'digest' && HASHES[(c.params['algorithm'] ?? 'md5').toLowerCase()] !== undefined);
    const chosen = digest ?? offered.find((c) => c.scheme === 'basic');
    if (chosen === undefined) return false;
    this.challenge = chosen;
    this.nc = 0;
    return true;
  }

  /** Whether a challenge is known, so that a request can carry credentials up front. */
  get ready(): boolean {
    return this.challenge !== undefined;
  }

  /** The Authorization header for a request, or undefined before the first challenge. */
  header(method: string, url: URL): string | undefined {
    const c = this.challenge;
    if (c === undefined) return undefined;
    if (c.scheme === 'basic') {
      return `Basic ${Buffer.from(`${this.credentials.user}:${this.credentials.password}`, 'utf8').toString('base64')}`;
    }
    const uri = url.pathname + url.search;
    const realm = c.params['realm'] ?? '';
    const nonce = c.params['nonce'] ?? '';
    const qops = (c.params['qop'] ?? '').split(',').map((q) => q.trim().toLowerCase());
    const qop = qops.includes('auth') ? 'auth' : undefined;
    const algorithm = c.params['algorithm'];
    this.nc += 1;
    const nc = this.nc.toString(16).padStart(8, '0');
    const cnonce = randomBytes(12).toString('hex');
    const response = digestResponse(this.credentials, {
      realm,
      nonce,
      method,
      uri,
      ...(algorithm === undefined ? {} : { algorithm }),
      ...(qop === undefined ? {} : { qop, nc, cnonce }),
    });
    const parts = [`username=${quote(this.credentials.user)}`, `realm=${quote(realm)}`, `nonce=${quote(nonce)}`, `uri=${quote(uri)}`];
    if (algorithm !== undefined) parts.push(`algorithm=${algorithm}`);
    parts.push(`response=${quote(response)}`);
    if (c.params['opaque'] !== undefined) parts.push(`opaque=${quote(c.params['opaque'])}`);
    if (qop !== undefined) parts.push(`qop=${qop}`, `nc=${nc}`, `cnonce=${quote(cnonce)}`);
    return `Digest ${parts.join(', ')}`;
  }
}
