// Splits each sentence into word, number, punctuation and symbol tokens with
// one sticky regex scan (linear time). Hyphenated compounds, dotted
// abbreviations, domains, dates and numbers with separators stay whole.
import type { Lang, Sentence, Token } from '../types.js';
import { abbreviationRules, type AbbreviationRules } from './abbreviations.js';

const W = String.raw`[\p{L}\p{M}\p{N}\u00AD]`;
const APOS = String.raw`(?:['’]\p{L}[\p{L}\p{M}]*)*`;
const PART = String.raw`[\p{L}\p{N}]${W}*${APOS}`;
const TLD = 'com|org|net|edu|gov|int|info|io|ai|app|dev|tv|co|de|at|ch|li|eu|uk|us|fr|it|es|nl|be|pl|cz|se|dk|no|fi|ru|cn|jp|in';
const HYPHEN = '[-‐]';

// Alternatives in priority order; the group name is the token kind (or a marker).
const TOKEN = new RegExp(
  [
    String.raw`(?<space>\s+)`,
    String.raw`(?<url>https?:\/\/[^\s<>"„“”»«]*[^\s<>"„“”»«.,;:!?)\]'’])`,
    String.raw`(?<email>[\w.+-]+@[\w-]+(?:\.[\w-]+)+)`,
    // 21.1.2021 and (checked below) 21.1. without a year
    String.raw`(?<date>\d{1,2}\.\d{1,2}\.(?:\d{4}|\d{2})?(?!\d))`,
    // U.S., z.B., U.S.-based
    String.raw`(?<dotted>(?:\p{L}\.){2,}(?:${HYPHEN}${PART})*)`,
    String.raw`(?<domain>[\p{L}\p{N}][\p{L}\p{N}-]*(?:\.[\p{L}\p{N}-]+)*\.(?:${TLD})(?![\p{L}\p{N}]))`,
    // 8,45  1.000  19,000  14:30 — but not the start of "35-Jährige" or "5G"
    String.raw`(?<number>\d+(?:[.,:]\d+)*(?![\p{L}\p{N}]|${HYPHEN}[\p{L}\p{N}]))`,
    String.raw`(?<amp>\p{Lu}{1,4}&\p{Lu}{1,4}(?![\p{L}]))`,
    // Trump-Anhänger, James-Bond-Filmen, COVID-19, Trump's, and "Ein-" in "Ein- und Ausfuhr"
    String.raw`(?<word>${PART}(?:${HYPHEN}${PART})*(?:${HYPHEN}(?=\s+(?:und|oder|bzw\.|sowie|and|or)\s|,))?)`,
    String.raw`(?<ellipsis>\.{2,})`,
    String.raw`(?<other>[^])`,
  ].join('|'),
  'uy',
);

// Percent, section and similar signs are Unicode punctuation but behave like symbols.
const PUNCT = /^(?![%‰‱§#&@*†‡])\p{P}$/u;

/** Single parts of abbreviations ("Dr.", "z.", "Mio."), per rule set: built once, not per article. */
const partsOf = new WeakMap<AbbreviationRules, Set<string>>();

function abbreviationParts(rules: AbbreviationRules): Set<string> {
  let parts = partsOf.get(rules);
  if (parts === undefined) {
    parts = new Set<string>();
    for (const form of [...rules.always, ...rules.final]) for (const part of form.split(/(?<=\.)/)) parts.add(part);
    partsOf.set(rules, parts);
  }
  return parts;
}

export function tokenize(text: string, sentences: Sentence[], lang: Lang = 'de'): Token[] {
  // Single parts of abbreviations take their period along when it does not end the sentence.
  const abbrevParts = abbreviationParts(abbreviationRules(lang));
  const tokens: Token[] = [];
  for (const sentence of sentences) {
    const slice = text.slice(sentence.start, sentence.end);
    TOKEN.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = TOKEN.exec(slice)) !== null) {
      const g = m.groups ?? {};
      if (g.space !== undefined) continue;
      let value = m[0];
      let kind: Token['kind'];
      const end = m.index + value.length;
      // The period continues the sentence (something follows it inside the span).
      const inner = slice.charCodeAt(end) === 46 && end + 1 < slice.length && /\s/.test(slice.charAt(end + 1));
      if (g.number !== undefined || g.date !== undefined) {
        kind = 'number';
        if (g.date !== undefined && value.endsWith('.') && end === slice.length) {
          value = value.slice(0, -1);
        } else if (inner && g.number !== undefined && value.length <= 3 && /^\d+$/.test(value)) {
          value += '.'; // ordinal: "am 20. Jänner", "zum 3. Mal"
        }
      } else if (g.word !== undefined) {
        kind = 'word';
        if (inner && (abbrevParts.has(value + '.') || /^\p{L}$/u.test(value))) value += '.';
      } else if (g.url !== undefined) {
        kind = 'symbol';
      } else if (g.other !== undefined) {
        kind = PUNCT.test(value) ? 'punct' : 'symbol';
      } else if (g.ellipsis !== undefined) {
        kind = 'punct';
      } else {
        kind = 'word';
      }
      TOKEN.lastIndex = m.index + value.length;
      const start = sentence.start + m.index;
      tokens.push({ index: tokens.length, sentence: sentence.index, start, end: start + value.length, text: value, kind });
    }
  }
  return tokens;
}
