// Reads a declarative data file (YAML or JSON) once and caches it; a file that
// is missing or does not parse is a DataError naming the file and the line.
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { DataError } from '../errors.js';
import { BUILD_RESOURCES_DIR } from '../paths.js';

/** JSON copies of the data files made at install time (scripts/resources/yaml-cache.mjs). */
function cached(text: string): unknown {
  const key = createHash('sha1').update(text).digest('hex');
  try {
    return JSON.parse(readFileSync(join(BUILD_RESOURCES_DIR, 'yaml-cache', `${key}.json`), 'utf8'));
  } catch {
    return undefined;
  }
}

/**
 * The YAML parser, loaded on first use: the packaged data files are read from their JSON copies, and loading the
 * parser took a one-article build some 60 ms.
 */
export function parseYaml(text: string, options: { prettyErrors?: boolean } = {}): unknown {
  yaml ??= createRequire(import.meta.url)('yaml') as typeof import('yaml');
  return yaml.parse(text, options);
}
let yaml: typeof import('yaml') | undefined;

const cache = new Map<string, unknown>();

export function loadYaml(path: string): unknown {
  const hit = cache.get(path);
  if (hit !== undefined) return hit;
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new DataError('RESOURCE_MISSING', `cannot read data file (${(error as Error).message})`, path);
  }
  let value: unknown = cached(text);
  if (value !== undefined) {
    cache.set(path, value);
    return value;
  }
  try {
    value = parseYaml(text, { prettyErrors: true });
  } catch (error) {
    const first = String((error as Error).message).split('\n')[0];
    throw new DataError('DATA_INVALID', `invalid YAML: ${first}`, path);
  }
  cache.set(path, value);
  return value;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
