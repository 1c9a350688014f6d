// The incremental-build cache: one file per article and output format, keyed
// by the article's content hash, its file name, the format and the common
// pipeline version; the entry also records the version of its language's
// rules and lexicons. An entry is a JSON header line followed by the
// article's output text, as is (no re-encoding, so a warm build mostly
// copies bytes); the header carries the length and SHA-256 of the rest.
// Entries are written atomically (temporary file + rename), and a damaged or
// truncated one is reported and rebuilt, never trusted.
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, unlink, writeFile } from 'node:fs/promises';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Lang } from '../types.js';
import type { PipelineVersion } from './version.js';

interface Header {
  format: 2;
  key: string;
  lang: Lang;
  common: string;
  langVersion: string;
  /** Length in bytes and SHA-256 of everything after the header line. */
  bytes: number;
  checksum: string;
  /** The small part of the value; the big text follows the header line. */
  meta: Record<string, unknown>;
}

export interface CacheValue {
  text: string | Uint8Array;
  meta: Record<string, unknown>;
}

export type CacheLookup = { kind: 'hit'; value: CacheValue } | { kind: 'miss' } | { kind: 'damaged'; reason: string };

const sum = (data: Buffer | string): string => createHash('sha256').update(data).digest('hex');

function entryPath(dir: string, key: string): string {
  return join(dir, key.slice(0, 2), `${key}.entry`);
}

/**
 * Which keys have an entry file, one directory listing per key prefix (read when
 * first needed): a warm build finds the articles it must analyse before it reads any
 * entry. An entry listed here can still turn out stale or damaged when read.
 */
export class CacheListing {
  private readonly names = new Map<string, Set<string>>();

  constructor(private readonly dir: string) {}

  has(key: string): boolean {
    const prefix = key.slice(0, 2);
    let names = this.names.get(prefix);
    if (names === undefined) {
      try {
        names = new Set(readdirSync(join(this.dir, prefix)));
      } catch {
        names = new Set();
      }
      this.names.set(prefix, names);
    }
    return names.has(`${key}.entry`);
  }
}

export async function readCacheEntry(dir: string, key: string, version: PipelineVersion): Promise<CacheLookup> {
  const path = entryPath(dir, key);
  let data: Buffer;
  try {
    data = await readFile(path);
  } catch {
    return { kind: 'miss' };
  }
  return checkEntry(path, data, key, version);
}

/** The same, synchronously (the main thread answers cached articles this way). */
export function readCacheEntrySync(dir: string, key: string, version: PipelineVersion): CacheLookup {
  const path = entryPath(dir, key);
  let data: Buffer;
  try {
    data = readFileSync(path);
  } catch {
    return { kind: 'miss' };
  }
  return checkEntry(path, data, key, version);
}

function checkEntry(path: string, data: Buffer, key: string, version: PipelineVersion): CacheLookup {
  const nl = data.indexOf(10);
  let header: Header;
  try {
    if (nl < 0) throw new Error('no header line');
    header = JSON.parse(data.subarray(0, nl).toString('utf8')) as Header;
  } catch {
    return { kind: 'damaged', reason: `cache entry ${path} has no readable header (truncated?); rebuilt` };
  }
  if (header.format !== 2 || header.key !== key || typeof header.checksum !== 'string' || typeof header.meta !== 'object') {
    return { kind: 'damaged', reason: `cache entry ${path} is incomplete; rebuilt` };
  }
  const body = data.subarray(nl + 1);
  if (body.length !== header.bytes) return { kind: 'damaged', reason: `cache entry ${path} is truncated (${body.length} of ${header.bytes} bytes); rebuilt` };
  if (sum(body) !== header.checksum) return { kind: 'damaged', reason: `cache entry ${path} fails its checksum; rebuilt` };
  if (header.common !== version.common || header.langVersion !== version.lang[header.lang]) return { kind: 'miss' };
  // The bytes go to the output as they are.
  return { kind: 'hit', value: { text: body, meta: header.meta } };
}

export async function writeCacheEntry(dir: string, key: string, lang: Lang, version: PipelineVersion, value: CacheValue): Promise<void> {
  const path = entryPath(dir, key);
  const body = typeof value.text === 'string' ? Buffer.from(value.text, 'utf8') : Buffer.from(value.text.buffer, value.text.byteOffset, value.text.byteLength);
  const header: Header = { format: 2, key, lang, common: version.common, langVersion: version.lang[lang], bytes: body.length, checksum: sum(body), meta: value.meta };
  await mkdir(join(dir, key.slice(0, 2)), { recursive: true });
  const tmp = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    await writeFile(tmp, Buffer.concat([Buffer.from(`${JSON.stringify(header)}\n`, 'utf8'), body]));
    await rename(tmp, path);
  } catch (error) {
    await unlink(tmp).catch(() => undefined);
    throw error;
  }
}
