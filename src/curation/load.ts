// Reads a curation file (YAML): corrections a user keeps across builds —
// entities to merge, types to fix, statements to reject, facts to add.
// Problems are DataErrors naming the file and the entry.
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { DataError, InputError } from '../errors.js';
import { isRecord, parseYaml } from '../data/load-yaml.js';

export interface Curation {
  file: string;
  /** SHA-256 of the file, for the provenance of added facts. */
  hash: string;
  merge: string[][];
  types: Array<[string, string]>;
  reject: Array<[string, string, string]>;
  add: Array<[string, string, string]>;
}

export function loadCuration(file: string, predicates: Set<string>, classes: Set<string>): Curation {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new InputError('INPUT_MISSING', 'curation file not found', file);
  }
  let raw: unknown;
  try {
    raw = parseYaml(text) ?? {};
  } catch (error) {
    throw new DataError('DATA_INVALID', `invalid YAML: ${String((error as Error).message).split('\n')[0]}`, file);
  }
  if (!isRecord(raw)) throw new DataError('DATA_INVALID', 'expected keys merge, type, reject, add', file);
  const fail = (what: string): never => {
    throw new DataError('DATA_INVALID', what, file);
  };
  for (const key of Object.keys(raw)) if (!['merge', 'type', 'reject', 'add'].includes(key)) fail(`unknown key '${key}'; expected merge, type, reject or add`);
  const list = (key: string): unknown[] => {
    const v = raw[key] ?? [];
    return Array.isArray(v) ? v : fail(`'${key}' must be a list`);
  };
  const triple = (key: string) => (entry: unknown, i: number): [string, string, string] => {
    if (!Array.isArray(entry) || entry.length !== 3) return fail(`${key}[${i}] must be [subject, predicate, object]`);
    const [s, p, o] = entry.map(String) as [string, string, string];
    if (!predicates.has(p)) fail(`${key}[${i}]: '${p}' is not a relation of the ontology`);
    return [s, p, o];
  };
  const merge = list('merge').map((entry, i) =>
    Array.isArray(entry) && entry.length >= 2 ? entry.map(String) : fail(`merge[${i}] must list at least two entities`),
  );
  const typeMap = raw.type ?? {};
  if (!isRecord(typeMap)) fail("'type' must map entity names to classes");
  const types = Object.entries(typeMap as Record<string, unknown>).map(([name, cls]): [string, string] => {
    if (!classes.has(String(cls))) fail(`type of '${name}': '${String(cls)}' is not a class of the ontology`);
    return [name, String(cls)];
  });
  return {
    file,
    hash: createHash('sha256').update(text).digest('hex'),
    merge,
    types,
    reject: list('reject').map(triple('reject')),
    add: list('add').map(triple('add')),
  };
}
