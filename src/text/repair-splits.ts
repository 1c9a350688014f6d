// Repair pass over Intl.Segmenter output: merges a sentence into the next when
// it was split after an abbreviation ("z. B.", "Dr.", "U.S."), an initial
// ("John F. Kennedy") or an ordinal ("am 3. März", "zum 3. Mal").
import type { Lang, Span } from '../types.js';
import { abbreviationRules, type AbbreviationRules } from './abbreviations.js';
import { stopwords } from './language.js';

const LEADING_OPENERS = /^[("'„“‚‘»«[]+/;

/** First word of a sentence, after opening quotes and brackets. */
function firstWord(text: string, span: Span): string {
  const head = text.slice(span.start, Math.min(span.end, span.start + 60)).replace(LEADING_OPENERS, '');
  return /^[\p{L}\p{M}]+/u.exec(head)?.[0] ?? '';
}

/** Lowercase words after which an initial may start a name ("by J. Smith"). */
const INITIAL_AFTER = new Set(['by', 'and', 'with', 'of', 'from', 'to', 'for', 'von', 'und', 'mit', 'an', 'de']);

/** A capitalised function word ("The", "Die") after a period starts a new sentence. */
function startsSentence(word: string, stops: Set<string>): boolean {
  return word !== '' && /^\p{Lu}/u.test(word) && stops.has(word.toLowerCase());
}

function shouldMerge(text: string, cur: Span, next: Span, rules: AbbreviationRules, stops: Set<string>): boolean {
  if (text.charAt(cur.end - 1) !== '.') return false;
  const window = text.slice(Math.max(cur.start, cur.end - 40), cur.end);
  // The window's parts (split at whitespace) are needed only for a short last part: found by a scan, the
  // last part is what `parts[parts.length - 1]` was, and most sentences end in a longer word.
  let parts: string[] | undefined;
  const allParts = (): string[] => (parts ??= window.split(/\s+/));
  const nextWord = firstWord(text, next);
  const last = lastPart(window);
  const bare = last.replace(LEADING_OPENERS, '');
  // Every candidate below holds the last part (without its opening quotes) whole: a part longer
  // than any abbreviation makes none.
  if (bare.length <= longestAbbreviation(rules)) {
    // The split may fall inside a multi-part abbreviation ("z. | B."): try the
    // last k parts before it together with the first j parts after it.
    const ahead = text.slice(next.start, Math.min(next.end, next.start + 20)).split(/\s+/);
    const ps = allParts();
    const maxK = Math.min(rules.maxParts, ps.length);
    for (let k = 1; k <= maxK; k++) {
      const tail = ps.slice(ps.length - k).join('').replace(LEADING_OPENERS, '');
      for (let j = 0; j + k <= rules.maxParts && j <= ahead.length; j++) {
        const candidate = tail + ahead.slice(0, j).join('');
        if (rules.always.has(candidate)) return true;
        // "… by Taiwan Semiconductor Manufacturing Co. Brennagh, who …": after a legal form a capitalised word starts a
        // new sentence, unless it goes on the name or its title.
        if (j === 0 && rules.legalFinal.has(candidate) && /^\p{Lu}/u.test(nextWord)) return rules.afterLegalForm.has(nextWord);
        if (j === 0 && rules.final.has(candidate)) return !startsSentence(nextWord, stops);
      }
    }
  }
  // ("TSMC-Chef C.C. Wei": two or three initials too.)
  if (/^(\p{Lu}\.){1,3}$/u.test(bare)) {
    // "fines imposed on X. Starlink said": a single letter after a lowercase word ends a sentence
    // unless a name may start there ("by J. Smith").
    const ps = allParts();
    const before = ps[ps.length - 2] ?? '';
    if (/^\p{Ll}+$/u.test(before) && !INITIAL_AFTER.has(before)) return false;
    return !startsSentence(nextWord, stops);
  }
  if (/^\d{1,3}\.$/.test(bare)) {
    if (rules.months.has(nextWord)) return true;
    const ps = allParts();
    const before = ps[ps.length - 2];
    // ("Die 3. Liga": the word before opens the sentence.)
    return before !== undefined && (rules.ordinalBefore.has(before) || rules.ordinalBefore.has(before.toLowerCase())) && !startsSentence(nextWord, stops);
  }
  return /^\p{Ll}/u.test(nextWord);
}

const SPACE = /\s/;

/** What `s.split(/\s+/)` ends with: the characters after the last whitespace (none if `s` ends in one). */
function lastPart(s: string): string {
  let i = s.length;
  while (i > 0) {
    const c = s.charCodeAt(i - 1);
    // ASCII decided by code (\s holds tab, line feed, vertical tab, form feed, carriage return and space); the rest by \s itself.
    const space = c < 128 ? c === 32 || (c >= 9 && c <= 13) : SPACE.test(s.charAt(i - 1));
    if (space) break;
    i--;
  }
  return s.slice(i);
}

const longest = new WeakMap<AbbreviationRules, number>();

/** The length of the longest abbreviation of a rule set, once per rule set. */
function longestAbbreviation(rules: AbbreviationRules): number {
  let n = longest.get(rules);
  if (n === undefined) {
    n = 0;
    for (const form of rules.always) n = Math.max(n, form.length);
    for (const form of rules.final) n = Math.max(n, form.length);
    for (const form of rules.legalFinal) n = Math.max(n, form.length);
    longest.set(rules, n);
  }
  return n;
}

export function repairSplits(text: string, spans: Span[], lang: Lang): Span[] {
  const rules = abbreviationRules(lang);
  const stops = stopwords(lang);
  const out: Span[] = [];
  for (const span of spans) {
    const prev = out[out.length - 1];
    if (prev && shouldMerge(text, prev, span, rules, stops)) prev.end = span.end;
    else for (const part of splitBeforeYear(text, span, rules)) out.push(part);
  }
  return out;
}

/**
 * "… ein Filialnetz aufgebaut. 2019 verkaufte die Familie …": the segmenter does not break before a number that a
 * lower-case word follows, so a sentence that opens with a year stays joined to the one before. A full stop after a
 * word of three or more letters that is no abbreviation, then a year and a lower-case word, ends a sentence.
 */
const YEAR_OPENS = /(?<=\p{L}{3})\.\s+(?=(?:1[89]|20)\d\d\s+\p{Ll})/gu;

function splitBeforeYear(text: string, span: Span, rules: AbbreviationRules): Span[] {
  const body = text.slice(span.start, span.end);
  if (!/\.\s+(?:1[89]|20)\d\d\s/u.test(body)) return [{ ...span }];
  const out: Span[] = [];
  let start = span.start;
  for (const m of body.matchAll(YEAR_OPENS)) {
    const stop = span.start + m.index + 1;
    const word = /[\p{L}\p{M}]+$/u.exec(text.slice(start, stop - 1))?.[0] ?? '';
    if (rules.always.has(`${word}.`) || rules.final.has(`${word}.`) || rules.legalFinal.has(`${word}.`)) continue;
    out.push({ start, end: stop });
    start = span.start + m.index + m[0].length;
  }
  out.push({ start, end: span.end });
  return out;
}
