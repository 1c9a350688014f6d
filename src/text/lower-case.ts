// Lower-cased word forms, remembered. The stages test lower-cased words
// against word lists many times per token; toLowerCase() makes a new string
// on every call, which the lookup must then hash again. A remembered result is
// one string object per form, and V8 keeps a string's hash with it.
import { BoundedMap } from '../data/bounded-map.js';

const lowered = new BoundedMap<string, string>();

/** Exactly `s.toLowerCase()`. */
export function lowerCase(s: string): string {
  let lower = lowered.get(s);
  if (lower === undefined) {
    lower = s.toLowerCase();
    lowered.set(s, lower);
  }
  return lower;
}

/** Lower-cased texts per token list, by position (see lowerTexts). */
const perTokenList = new WeakMap<ReadonlyArray<{ text: string }>, string[]>();

/**
 * Each token's text lower-cased, by token position: computed once per token
 * list and shared by tagging, recognition and the relation items, which all
 * ask for it (a memo lookup per token and stage before). Token texts do not
 * change once tokenize() has made them; the list is the article's own, so
 * nothing is kept across articles beyond the last article's list.
 */
export function lowerTexts(tokens: ReadonlyArray<{ text: string }>): string[] {
  // The stages ask for the article at hand over and over: it is kept at hand,
  // which spares the WeakMap lookup (and keeps at most one article's list alive).
  let lowers = tokens === lastTokens ? lastLowers : perTokenList.get(tokens);
  if (lowers === undefined || lowers.length !== tokens.length) {
    lowers = tokens.map((t) => lowerCase(t.text));
    perTokenList.set(tokens, lowers);
  }
  lastTokens = tokens;
  lastLowers = lowers;
  return lowers;
}

let lastTokens: ReadonlyArray<{ text: string }> | undefined;
let lastLowers: string[] | undefined;
