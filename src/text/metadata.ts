// Reads article metadata from the text itself: the dateline at the start
// ("Washington/Seattle – ") and the byline at the end ("(APA, 21.1.2021)",
// "(Reuters, Sept. 20, 2020)") with its source tag and date.
import type { Span } from '../types.js';

export interface Metadata {
  datelinePlaces: string[];
  dateline?: Span;
  published?: string;
  source?: string;
  byline?: Span;
}

const PLACE = String.raw`\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,3}`;
const DATELINE = new RegExp(String.raw`^\s*(${PLACE}(?:\s*/\s*${PLACE}){0,3})(?:\s*\([^)]{1,20}\))?\s+[–—-]\s+`, 'u');
const BYLINE = /\(\s*([\p{L}][\p{L}\p{N} .&/-]{0,30}?)\s*,\s*([^()]{6,30}?)\s*\)\s*$/u;
const MONTHS: Record<string, number> = {
  jan: 1, jänner: 1, januar: 1, feb: 2, feber: 2, februar: 2, mär: 3, märz: 3, mar: 3, apr: 4, april: 4, mai: 5, may: 5,
  jun: 6, juni: 6, june: 6, jul: 7, juli: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, okt: 10, oct: 10,
  oktober: 10, october: 10, nov: 11, november: 11, dez: 12, dec: 12, dezember: 12, december: 12, january: 1, february: 2, march: 3,
};

export function readMetadata(text: string): Metadata {
  const meta: Metadata = { datelinePlaces: [] };
  const d = DATELINE.exec(text);
  if (d?.[1] !== undefined) {
    meta.datelinePlaces = d[1].split('/').map((p) => p.trim()).filter((p) => p !== '');
    const start = d.index + (d[0].length - d[0].trimStart().length);
    meta.dateline = { start, end: d.index + d[0].length };
  }
  const tail = text.slice(Math.max(0, text.length - 200));
  const b = BYLINE.exec(tail);
  if (b?.[1] !== undefined && b[2] !== undefined) {
    const date = parseDate(b[2]);
    if (date !== undefined) {
      meta.source = b[1].trim();
      meta.published = date;
      const start = text.length - tail.length + b.index;
      meta.byline = { start, end: start + b[0].trimEnd().length };
    }
  }
  return meta;
}

/** "21.1.2021", "2021-01-21", "Sept. 20, 2020", "20 September 2020", "20. Jänner 2021" → ISO date. */
export function parseDate(s: string): string | undefined {
  const iso = (y: number, m: number, d: number): string | undefined =>
    m >= 1 && m <= 12 && d >= 1 && d <= 31 && y >= 1900 && y <= 2100
      ? `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`
      : undefined;
  let m = /^(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})$/.exec(s.trim());
  if (m) return iso(Number(m[3]), Number(m[2]), Number(m[1]));
  m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s.trim());
  if (m) return iso(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\p{L}+)\.?\s+(\d{1,2}),?\s+(\d{4})$/u.exec(s.trim());
  if (m) return iso(Number(m[3]), MONTHS[m[1]!.toLowerCase()] ?? 0, Number(m[2]));
  m = /^(\d{1,2})\.?\s+(\p{L}+)\.?\s+(\d{4})$/u.exec(s.trim());
  if (m) return iso(Number(m[3]), MONTHS[m[2]!.toLowerCase()] ?? 0, Number(m[1]));
  return undefined;
}
