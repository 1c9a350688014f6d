// Language of an article from the share of frequent function words
// (data/lexicon/stopwords.yaml). kg reads German and English; other languages
// that the lists recognise, and texts with too few function words, are refused.
import { join } from 'node:path';
import { DATA_DIR } from '../paths.js';
import { loadYaml, isRecord } from '../data/load-yaml.js';
import { DataError, InputError } from '../errors.js';
import type { Lang } from '../types.js';
import { AsciiWordTrie } from './ascii-trie.js';

export const STOPWORDS_FILE = join(DATA_DIR, 'lexicon', 'stopwords.yaml');
const LANGUAGE_NAMES: Record<string, string> = {
  de: 'German',
  en: 'English',
  fr: 'French',
  es: 'Spanish',
  it: 'Italian',
  nl: 'Dutch',
};
/** Only the beginning of an article is looked at: enough evidence, linear time. */
const SAMPLE_CHARS = 20_000;
/** Below this share of function words the text is not prose in a known language. */
const MIN_SHARE = 0.05;

let cache: Map<string, Set<string>> | undefined;

function allStopwords(): Map<string, Set<string>> {
  if (cache) return cache;
  const data = loadYaml(STOPWORDS_FILE);
  if (!isRecord(data)) throw new DataError('DATA_INVALID', 'expected a map of language → word list', STOPWORDS_FILE);
  const map = new Map<string, Set<string>>();
  for (const [lang, words] of Object.entries(data)) {
    if (!Array.isArray(words) || !words.every((w) => typeof w === 'string')) {
      throw new DataError('DATA_INVALID', `"${lang}" must be a list of strings`, STOPWORDS_FILE);
    }
    map.set(lang, new Set(words.map((w) => w.toLowerCase())));
  }
  if (!map.has('de') || !map.has('en')) throw new DataError('DATA_INVALID', 'lists for "de" and "en" are required', STOPWORDS_FILE);
  cache = map;
  return map;
}

/** Lowercase function words of a language (empty set for an unknown language). */
export function stopwords(lang: string): Set<string> {
  return allStopwords().get(lang) ?? new Set();
}

/** Per lowercase word, the positions (in list order) of the languages whose list has it: one lookup per word, not one per language. */
let languagesOfWord: { lists: Map<string, Set<string>>; langs: string[]; of: Map<string, number[]>; ascii: AsciiWordTrie<number[]>; longest: number } | undefined;

function wordIndex(): { langs: string[]; of: Map<string, number[]>; ascii: AsciiWordTrie<number[]>; longest: number } {
  const lists = allStopwords();
  if (languagesOfWord?.lists === lists) return languagesOfWord;
  const langs = [...lists.keys()];
  const of = new Map<string, number[]>();
  langs.forEach((lang, k) => {
    for (const word of lists.get(lang)!) {
      const list = of.get(word);
      if (list === undefined) of.set(word, [k]);
      else list.push(k);
    }
  });
  const longest = Math.max(0, ...[...of.keys()].map((w) => w.length));
  languagesOfWord = { lists, langs, of, ascii: new AsciiWordTrie(of), longest };
  return languagesOfWord;
}

/** Share of words in `text` (first 20k chars) found in each stopword list. */
export function languageScores(text: string): Map<string, number> {
  const { langs, of, ascii, longest } = wordIndex();
  const hits = langs.map(() => 0);
  let words = 0;
  const sample = text.slice(0, SAMPLE_CHARS);
  forEachLetterRun(sample, (start, end) => {
    words++;
    // Lower-casing never shortens a word: one longer than every listed word is none of them.
    if (end - start > longest) return;
    // Words of ASCII letters are looked up in place; others as they were.
    const inPlace = ascii.find(sample, start, end);
    const found = inPlace !== null ? inPlace : of.get(sample.slice(start, end).toLowerCase());
    if (found !== undefined) for (const k of found) hits[k]!++;
  });
  return new Map(langs.map((lang, k) => [lang, words === 0 ? 0 : hits[k]! / words]));
}

const LETTER = /^\p{L}$/u;
/** Whether each BMP code unit is a letter, filled in as characters are met (0 unknown, 1 letter, 2 not). */
const letterCodes = new Uint8Array(0x10000);

function isLetter(cp: number): boolean {
  if (cp >= 0x10000) return LETTER.test(String.fromCodePoint(cp));
  let known = letterCodes[cp]!;
  if (known === 0) letterCodes[cp] = known = LETTER.test(String.fromCharCode(cp)) ? 1 : 2;
  return known === 1;
}

/**
 * Calls `fn` with the bounds of each maximal run of letters, as
 * `text.match(/\p{L}+/gu)` would list them. The detector looks at every
 * article's start; a scan by code point with a per-character table costs a
 * fraction of the Unicode regex.
 */
function forEachLetterRun(text: string, fn: (start: number, end: number) => void): void {
  let start = -1;
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i)!;
    const width = cp >= 0x10000 ? 2 : 1;
    if (isLetter(cp)) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      fn(start, i);
      start = -1;
    }
    i += width;
  }
  if (start >= 0) fn(start, text.length);
}

export function detectLanguage(text: string, fileName: string): Lang {
  let best = '';
  let bestScore = 0;
  // Map order follows the file: de and en come first and win ties.
  for (const [lang, score] of languageScores(text)) {
    if (score > bestScore) [best, bestScore] = [lang, score];
  }
  if (best === 'de' || best === 'en') {
    if (bestScore >= MIN_SHARE) return best;
  }
  const what = bestScore >= MIN_SHARE ? `language looks like ${LANGUAGE_NAMES[best] ?? best}` : 'cannot tell the language (too few German or English function words)';
  throw new InputError('INPUT_LANGUAGE', `${what}; kg reads German and English articles (set the language explicitly to override)`, fileName);
}
