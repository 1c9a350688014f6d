// Reads the agency conventions around an article: the dateline at the start
// ("Washington/Boston – ", "BERLIN (dpa) - ") and the byline at the end
// ("(APA, 21.1.2021)", "(Reuters, Sept. 20, 2020)"), with spans into the text.
import type { Span } from '../types.js';
import { stopwords } from './language.js';

export interface Metadata {
  datelinePlaces: string[];
  dateline?: Span;
  published?: string;
  source?: string;
  byline?: Span;
}

const WORD = String.raw`\p{Lu}[\p{L}\p{M}.'’-]*`;
// Up to four capitalised words, with the lowercase links of place names ("Frankfurt am Main", "Waidhofen an der Ybbs").
const LINK = '(?:am|an|der|im|ob|bei|upon|on|de|del|da|di|sur|in) ';
const PLACE = String.raw`${WORD}(?: (?:${LINK}){0,2}${WORD}){0,3}`;
// "Washington/Seattle –", and US datelines with their state: "SAN JOSE, California (Reuters) -".
// Reuters puts the day after the places: "LONDON, Feb 18 (Reuters) -", "BERLIN, 3 March (Reuters) -" (no year).
const DAY = String.raw`(?:,\s*(?:\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2}|\d{1,2}\s+\p{Lu}\p{Ll}{2,8}))`;
const DATELINE = new RegExp(String.raw`^\s*(${PLACE}(?:\s*[/,]\s*${PLACE})*)${DAY}?(?:\s*\(([^()\n]{1,30})\))?\s+[–—-]\s+(?=\S)`, 'u');
const BYLINE = /\(\s*([^(),\n]{1,40}?)\s*,\s*([^()\n]{6,30}?)\s*\)\s*$/u;

// Calendar knowledge, not lexicon: the first three letters of a German or
// English month name (full or abbreviated) give its number.
const MONTH_PREFIX: Record<string, number> = {
  jan: 1, jän: 1, feb: 2, mär: 3, mar: 3, apr: 4, mai: 5, may: 5, jun: 6, jul: 7,
  aug: 8, sep: 9, okt: 10, oct: 10, nov: 11, dez: 12, dec: 12,
};

function month(name: string): number | undefined {
  return /^\p{L}{3,}\.?$/u.test(name) ? MONTH_PREFIX[name.slice(0, 3).toLowerCase()] : undefined;
}

function iso(year: number, mon: number | undefined, day: number): string | undefined {
  if (mon === undefined) return undefined;
  if (year < 100) year += 2000;
  const date = new Date(Date.UTC(year, mon - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== mon - 1 || date.getUTCDate() !== day) return undefined;
  return date.toISOString().slice(0, 10);
}

/** "21.1.2021", "03.02.22", "Sept. 20, 2020", "20 September 2020", "21. Jänner 2021" → YYYY-MM-DD. */
export function parseDate(text: string): string | undefined {
  let m = /^(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})$/.exec(text);
  if (m) return iso(Number(m[3]), Number(m[2]), Number(m[1]));
  m = /^(\p{L}+\.?)\s+(\d{1,2}),?\s+(\d{4})$/u.exec(text);
  if (m) return iso(Number(m[3]), month(m[1]!), Number(m[2]));
  m = /^(\d{1,2})\.?\s+(\p{L}+\.?)\s+(\d{4})$/u.exec(text);
  if (m) return iso(Number(m[3]), month(m[2]!), Number(m[1]));
  m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (m) return iso(Number(m[1]), Number(m[2]), Number(m[3]));
  return undefined;
}

/** "BERLIN" → "Berlin", "NEW YORK" → "New York" in a dateline set in capitals; short single words ("USA") stay. */
function placeName(place: string, allCaps: boolean): string {
  const clean = place.replace(/\s+/g, ' ').trim();
  if (!allCaps) return clean;
  const min = clean.includes(' ') ? 2 : 4;
  return clean.replace(/\p{Lu}+/gu, (w) => (w.length >= min ? w.charAt(0) + w.slice(1).toLowerCase() : w));
}

export function readMetadata(text: string): Metadata {
  const out: Metadata = { datelinePlaces: [] };
  const dl = DATELINE.exec(text.slice(0, 200));
  const firstWord = dl?.[1]?.split(/[\s/]/)[0]?.toLowerCase() ?? '';
  // "Die Firma – so heißt es – …" is a sentence, not a dateline.
  if (dl && !stopwords('de').has(firstWord) && !stopwords('en').has(firstWord)) {
    const places = dl[1]!;
    const allCaps = !/\p{Ll}/u.test(places);
    out.datelinePlaces = places.split(/\s*[/,]\s*/).map((p) => placeName(p, allCaps || !/\p{Ll}/u.test(p)));
    const start = dl[0].length - dl[0].trimStart().length;
    out.dateline = { start, end: dl[0].length };
    if (dl[2] !== undefined) out.source = dl[2].trim();
  }
  const tail = text.slice(-120);
  const bl = BYLINE.exec(tail);
  const published = bl ? parseDate(bl[2]!) : undefined;
  if (bl && published !== undefined) {
    const start = text.length - tail.length + bl.index;
    out.byline = { start, end: start + bl[0].trimEnd().length };
    out.published = published;
    out.source = bl[1]!;
  }
  return out;
}
