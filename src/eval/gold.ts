// Gold annotations for `kg eval`: the `*.gold.json` format of the corpus README,
// loading with validation, finding gold files, and reading `a|b` alternatives.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { KgError } from '../errors.js';
import { validateGold } from './gold-validate.js';
import { jsonErrorOffset } from './json-error-offset.js';

export interface GoldEntity {
  /** Exact names (compared after NFKC, case and whitespace folding). */
  labels?: string[];
  /** Case-insensitive regular expression searched in the node's labels. */
  match?: string;
  /** Expected class local name; `A|B` = either. */
  type: string;
  /** Wikidata id such as "Q95" (matched via owl:sameAs). */
  wikidata?: string;
}

/** `[subject, predicate, object]` as written in the gold file. */
export type GoldTriple = [string, string, string];

export interface Gold {
  text: string;
  lang: string;
  published: string;
  entities: Record<string, GoldEntity>;
  relations: GoldTriple[];
  optional: GoldTriple[];
}

export type GoldObject = { kind: 'entity'; id: string } | { kind: 'literal'; prefix: string };

/** A gold triple with its alternatives spelled out. */
export interface GoldPattern {
  subjects: string[];
  predicates: string[];
  objects: GoldObject[];
}

/**
 * Splits the `a|b` alternatives. An object starting with `"` is a literal
 * prefix; it is split on `|` only when every part is itself a literal, so a
 * literal that happens to contain `|` stays whole.
 */
export function parseGoldTriple([s, p, o]: GoldTriple): GoldPattern {
  const objectParts = o.split('|');
  let objects: GoldObject[];
  if (o.startsWith('"')) {
    const parts = objectParts.every((part) => part.startsWith('"')) ? objectParts : [o];
    objects = parts.map((part) => ({ kind: 'literal', prefix: part.slice(1) }));
  } else {
    objects = objectParts.map((id) => ({ kind: 'entity', id }));
  }
  return { subjects: s.split('|'), predicates: p.split('|'), objects };
}

/** Reads and validates one gold file; any problem is a GOLD_INVALID KgError naming the file. */
export function loadGold(path: string): Gold {
  let text: string;
  try {
    // A byte-order mark is common in files saved by Windows editors; JSON.parse rejects it.
    text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  } catch (error) {
    throw new KgError('GOLD_INVALID', `cannot read gold file (${(error as Error).message})`, path);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new KgError('GOLD_INVALID', `invalid JSON: ${jsonErrorWithPlace(error as Error, text)}`, path);
  }
  return validateGold(data, path);
}

/** V8's message with the line and column of the first error, so a person can jump there. */
function jsonErrorWithPlace(error: Error, text: string): string {
  const message = error.message.replace(/\s*\(line \d+ column \d+\)$/, '').replace(/\s+/g, ' ');
  const offset = jsonErrorOffset(text);
  if (offset === undefined) {
    return message;
  }
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return `${message} (line ${line}, column ${column})`;
}

/** Gold files named or found (recursively) under the given paths, sorted and unique. */
export function findGoldFiles(paths: string[]): string[] {
  const found = new Set<string>();
  for (const path of paths) {
    let isDirectory: boolean;
    try {
      isDirectory = statSync(path).isDirectory();
    } catch {
      throw new KgError('INPUT_MISSING', 'eval: no such file or directory; give gold files or folders holding *.gold.json', path);
    }
    if (isDirectory) {
      walk(path, found);
    } else {
      found.add(path);
    }
  }
  if (found.size === 0) {
    throw new KgError(
      'INPUT_NO_ARTICLES',
      `eval: no *.gold.json files found under ${paths.join(', ')}; point it at a corpus folder such as corpus/dev`,
    );
  }
  return [...found].sort();
}

function walk(dir: string, found: Set<string>): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      walk(path, found);
    } else if (entry.name.endsWith('.gold.json')) {
      found.add(path);
    }
  }
}

/** The article a gold file describes: its `text` file in the same folder. */
export function goldArticlePath(goldPath: string, gold: Gold): string {
  return join(dirname(goldPath), gold.text);
}
