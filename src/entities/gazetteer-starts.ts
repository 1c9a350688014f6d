// Which words can open a name the gazetteer knows. Recognition asks the
// gazetteer for the longest known name at almost every capitalised word, and
// each ask looks up every run of up to six words from there; most words open
// no known name at all. This filter answers that from the first word alone,
// exactly: it says no only when no run starting with the word can have a key
// in any index, so the longest-match lookup may skip the word unchanged.
import { BoundedMap } from '../data/bounded-map.js';

/** Characters around which surfaceKey drops a space ("AT & T" → "AT&T"): & . / ' + - */
const isJoiner = (c: number): boolean => c === 38 || c === 46 || c === 47 || c === 39 || c === 43 || c === 45;
/** A space or a joiner: where a run's first word may end inside a key. */
const SEPARATOR = /[ &./'+-]/;

/**
 * The key of a run of words starting with word `w` begins with P = NFKC(w)
 * with ’ and ` as ' (a space is a safe boundary for NFKC); after P comes the
 * end of the key, a space, or, where surfaceKey dropped the space, a joining
 * character (or anything, when P itself ends with one). P has no space (the
 * filter answers yes for a word that would), so P is one of the prefixes of a
 * key's first word listed here: all of it, the part before a joining character
 * and the part up to and including one.
 */
export function addStarts(starts: Set<string>, key: string): void {
  // Most keys are one plain word: one native search, no loop (this runs for every key at start-up).
  const first = key.search(SEPARATOR);
  if (first < 0) {
    starts.add(key);
    return;
  }
  for (let i = first; i < key.length; i++) {
    const c = key.charCodeAt(i);
    if (c === 32) {
      starts.add(key.slice(0, i));
      return;
    }
    if (isJoiner(c)) {
      starts.add(key.slice(0, i));
      starts.add(key.slice(0, i + 1));
    }
  }
  starts.add(key);
}

export interface StartKeys {
  /** Keys of the case-sensitive index (single words). */
  exact: Iterable<string>;
  /** Lower-cased keys (camel-case words and names of several words). */
  lower: Iterable<string>;
  /** Keys made by looseKey (names of several words). */
  loose: Iterable<string>;
}

/** Whether a prefix of the named set is listed elsewhere (the packaged gazetteer lists its keys' starts). */
export type ListedStart = (set: keyof StartKeys, prefix: string) => boolean;

/**
 * `mayStart(word)`: false only when no run of words that opens with `word` has a key in any index (of `keys`, or
 * one whose starts `listed` knows).
 */
export function startFilter(keys: StartKeys, listed: ListedStart = () => false): (word: string) => boolean {
  const exact = new Set<string>();
  const lower = new Set<string>();
  const loose = new Set<string>();
  for (const k of keys.exact) addStarts(exact, k);
  for (const k of keys.lower) addStarts(lower, k);
  // looseKey lower-cases and then cuts endings word by word: the first word of a
  // loose key is the first word of the run's key lower-cased, maybe cut (only
  // first words are listed, see addStarts).
  for (const k of keys.loose) addStarts(loose, k);
  const memo = new BoundedMap<string, boolean>();
  const decide = (word: string): boolean => {
    const p = word.normalize('NFKC').replace(/[’`]/g, "'");
    // Whitespace inside (NFKC makes some from symbols) or a Greek capital sigma, whose
    // lower case depends on what follows: no safe prefix, so no answer but yes.
    if (p === '' || /\s/.test(p) || p.includes('Σ')) return true;
    const l = p.toLowerCase();
    // A first word that is not the last: looseKey cuts an adjective ending from it (see looseKey).
    const cut = l.length < 5 ? l : l.replace(/(en|em|er|es|e)$/, '');
    return (
      exact.has(p) || lower.has(l) || loose.has(l) || loose.has(cut) ||
      listed('exact', p) || listed('lower', l) || listed('loose', l) || (cut !== l && listed('loose', cut))
    );
  };
  return (word) => {
    let yes = memo.get(word);
    if (yes === undefined) {
      yes = decide(word);
      memo.set(word, yes);
    }
    return yes;
  };
}
