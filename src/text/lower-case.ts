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
