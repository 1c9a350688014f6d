// The incremental-build cache: one file per article and output format, keyed
// by the article's content hash, its file name, the format and the common
// pipeline version; the entry also records the version of its language's
// rules and lexicons. Entries carry a checksum, are written atomically
// (temporary file + rename), and a damaged or truncated one is reported and
// rebuilt, never trusted.
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Lang } from '../types.js';
import type { PipelineVersion } from './version.js';

interface Entry {
  format: 1;
  key: string;
  lang: Lang;
  common: string;
  langVersion: string;
  checksum: string;
  payload: unknown;
}

export type CacheLookup = { kind: 'hit'; value: unknown } | { kind: 'miss' } | { kind: 'damaged'; reason: string };

const sum = (text: string): string => createHash('sha256').update(text).digest('hex');

function entryPath(dir: string, key: string): string {
  return join(dir, key.slice(0, 2), `${key}.json`);
}

export async function readCacheEntry(dir: string, key: string, version: PipelineVersion): Promise<CacheLookup> {
  let text: string;
  try {
    text = await readFile(entryPath(dir, key), 'utf8');
  } catch {
    return { kind: 'miss' };
  }
  let entry: Entry;
  try {
    entry = JSON.parse(text) as Entry;
  } catch {
    return { kind: 'damaged', reason: `cache entry ${entryPath(dir, key)} is not valid JSON (truncated?); rebuilt` };
  }
  if (entry.format !== 1 || entry.key !== key || typeof entry.checksum !== 'string' || entry.payload === undefined) {
    return { kind: 'damaged', reason: `cache entry ${entryPath(dir, key)} is incomplete; rebuilt` };
  }
  if (sum(JSON.stringify(entry.payload)) !== entry.checksum) {
    return { kind: 'damaged', reason: `cache entry ${entryPath(dir, key)} fails its checksum; rebuilt` };
  }
  if (entry.common !== version.common || entry.langVersion !== version.lang[entry.lang]) return { kind: 'miss' };
  return { kind: 'hit', value: entry.payload };
}

export async function writeCacheEntry(dir: string, key: string, lang: Lang, version: PipelineVersion, payload: unknown): Promise<void> {
  const path = entryPath(dir, key);
  const entry: Entry = { format: 1, key, lang, common: version.common, langVersion: version.lang[lang], checksum: sum(JSON.stringify(payload)), payload };
  await mkdir(join(dir, key.slice(0, 2)), { recursive: true });
  const tmp = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    await writeFile(tmp, JSON.stringify(entry));
    await rename(tmp, path);
  } catch (error) {
    await unlink(tmp).catch(() => undefined);
    throw error;
  }
}
