// Personal-name evidence: first names (gender-detection-from-name lists, built
// into build/resources/first-names.json) and name particles (von, van, bin, al-).
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { BUILD_RESOURCES_DIR, DATA_DIR } from '../paths.js';
import { DataError } from '../errors.js';
import { loadYaml, isRecord } from '../data/load-yaml.js';
import { BoundedMap } from '../data/bounded-map.js';

let raw: Record<string, unknown> | undefined;
const lists = new Map<string, SortedLines>();
interface Particles { words: Set<string>; capitalised: Set<string>; prefixes: string[] }
let particles: Particles | undefined;

/** One language's first names ("*" = all languages), built on first use. */
function nameList(lang: string): SortedLines | undefined {
  const hit = lists.get(lang);
  if (hit !== undefined) return hit;
  const path = join(BUILD_RESOURCES_DIR, 'first-names.json');
  if (raw === undefined) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(readFileSync(path, 'utf8'));
    } catch (error) {
      throw new DataError('RESOURCE_MISSING', `cannot read first names (${(error as Error).message}); run \`npm run build\``, path);
    }
    if (!isRecord(parsed)) throw new DataError('DATA_INVALID', 'expected { lang: "name\\nname…" }', path);
    raw = parsed;
  }
  const text = raw[lang];
  if (text === undefined) return undefined;
  if (typeof text !== 'string') throw new DataError('DATA_INVALID', `names for "${lang}" must be a newline-joined string (run \`npm run build\`)`, path);
  const list = new SortedLines(text);
  lists.set(lang, list);
  return list;
}

/**
 * A newline-joined list, sorted as JavaScript compares strings, searched in place. Each line is a
 * key, or a key, a tab and a value. Building a Set of some 60,000 names (and a Map of 65,000
 * genders) was a good part of a one-article build's start-up; the build writes the lists sorted.
 */
export class SortedLines {
  constructor(private readonly text: string) {}

  /** The offset of the line whose key (the text before its first tab) equals `key`, or -1. */
  find(key: string): number {
    const text = this.text;
    let lo = 0;
    let hi = text.length;
    // The lines still in question are those that start in [lo, hi); lo is always a line's start.
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      let start = mid;
      while (start > 0 && text.charCodeAt(start - 1) !== 10) start--;
      // The key ends at the line's first tab or at its end, found in one scan of the line: indexOf('\t') would
      // run on to the end of the whole text in a list without values.
      let keyEnd = start;
      let c = 0;
      while (keyEnd < text.length && (c = text.charCodeAt(keyEnd)) !== 10 && c !== 9) keyEnd++;
      let end = c === 9 ? text.indexOf('\n', keyEnd) : keyEnd;
      if (end < 0) end = text.length;
      const lineKey = text.slice(start, keyEnd);
      if (lineKey === key) return start;
      if (key < lineKey) hi = start;
      else lo = end + 1;
    }
    return -1;
  }

  has(key: string): boolean {
    return this.find(key) >= 0;
  }

  /** The value of the line for `key`: the text between its first tab and the next tab or its end. */
  value(key: string): string | undefined {
    const start = this.find(key);
    if (start < 0) return undefined;
    const text = this.text;
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    let tab = start;
    while (tab < end && text.charCodeAt(tab) !== 9) tab++;
    if (tab >= end) return undefined;
    const next = text.indexOf('\t', tab + 1);
    return text.slice(tab + 1, next >= 0 && next < end ? next : end);
  }
}

/**
 * True when the capitalised word is a known first name ("Jan", "Hans-Peter").
 * Without `lang` every list counts (articles name people of any origin); the
 * non-German lists were cleaned of common words and known places at build time.
 */
export function isFirstName(word: string, lang?: 'de' | 'en'): boolean {
  const key = lang === undefined ? word : `${lang}\u0001${word}`;
  const hit = firstNameMemo.get(key);
  if (hit !== undefined) return hit;
  let yes = false;
  if (/^\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)*$/u.test(word)) {
    const set = nameList(lang ?? '*');
    // "Tomás", "Inês": a list that spells a name without its accent knows it all the same (not without its umlaut:
    // "Süden" is no "Suden").
    const known = (names: SortedLines, part: string): boolean =>
      names.has(part) || (/[^\x00-\x7f]/.test(part) && names.has(part.normalize('NFD').replace(/(?!\u0308)\p{M}/gu, '').normalize('NFC')));
    yes = set !== undefined && word.split('-').every((part) => known(set, part.toLowerCase().replace(/’/g, "'")));
  }
  firstNameMemo.set(key, yes);
  return yes;
}

/** Recognition asks about the same words again and again. */
const firstNameMemo = new BoundedMap<string, boolean>();

let genders: SortedLines | undefined;

/** The gender the first-name lists agree on for a first name ("Leonore" → "f"), if any. */
export function firstNameGender(word: string): 'm' | 'f' | undefined {
  if (genders === undefined) {
    nameList('*');
    const text = raw?.['gender'];
    genders = new SortedLines(typeof text === 'string' ? text : '');
  }
  const g = genders.value(word.split('-')[0]!.toLowerCase());
  return g === 'm' || g === 'f' ? g : undefined;
}

function loadParticles(): Particles {
  if (particles !== undefined) return particles;
  const path = join(DATA_DIR, 'gazetteer', 'name-particles.yaml');
  const raw = loadYaml(path);
  const list = (key: string): string[] => {
    const v = isRecord(raw) ? raw[key] : undefined;
    if (!Array.isArray(v)) throw new DataError('DATA_INVALID', `expected a list "${key}" (words, capitalised, prefixes)`, path);
    return v.map(String);
  };
  particles = { words: new Set(list('words')), capitalised: new Set(list('capitalised')), prefixes: list('prefixes') };
  return particles;
}

/** True for a particle token inside a personal name: "von", "van", "der", "bin", "Van" (name-initial). */
export function isNameParticle(word: string): boolean {
  const { words, capitalised } = loadParticles();
  if (words.has(word)) return true;
  // "Van der Bellen", "De Gaulle"; never the sentence-initial article "Der".
  return /^\p{Lu}\p{Ll}*$/u.test(word) && capitalised.has(word.toLowerCase());
}

/** Splits a prefixed particle off a name part: "al-Assad" → { particle: "al-", rest: "Assad" }. */
export function splitNameParticle(word: string): { particle: string; rest: string } | undefined {
  for (const p of loadParticles().prefixes) {
    if (word.length > p.length + 1 && word.toLowerCase().startsWith(p)) {
      const rest = word.slice(p.length);
      if (/^\p{Lu}/u.test(rest)) return { particle: word.slice(0, p.length), rest };
    }
  }
  return undefined;
}
