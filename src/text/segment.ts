// Splits article text into paragraphs and sentences. Intl.Segmenter finds the
// sentence boundaries; a repair pass (./repair-splits.ts) undoes wrong splits
// after abbreviations and ordinals. Offsets index the untouched text.
import type { Lang, Sentence, Span } from '../types.js';
import { repairSplits } from './repair-splits.js';

/** Intl.Segmenter is quadratic in string length, so it only ever sees windows this long. */
const WINDOW = 10_000;
/** Text without sentence punctuation is cut at whitespace into pieces at most this long. */
export const MAX_SENTENCE = 2_000;
const HEADING_MAX = 100;
const LINE_BREAK = /\r\n|[\n\r\u2028\u2029\v\f\u0085]/g;
const FINAL_PUNCT = /[.!?…:;]$/;
const TRAILING_CLOSERS = /[\s"'»«“”’‘)\]]+$/;

/** Non-empty lines, trimmed; a wrapped line (no final punctuation, next line lowercase) is joined to the next. */
export function paragraphs(text: string): Span[] {
  const out: Span[] = [];
  let lineStart = 0;
  let open: Span | undefined;
  const flush = (start: number, end: number) => {
    const span = trim(text, start, end);
    if (span.start >= span.end) return;
    if (open && !FINAL_PUNCT.test(text.slice(Math.max(open.start, open.end - 8), open.end).replace(TRAILING_CLOSERS, '')) && /^\p{Ll}/u.test(text.charAt(span.start))) {
      open.end = span.end;
      return;
    }
    if (open) out.push(open);
    open = span;
  };
  for (const m of text.matchAll(LINE_BREAK)) {
    flush(lineStart, m.index);
    lineStart = m.index + m[0].length;
  }
  flush(lineStart, text.length);
  if (open) out.push(open);
  return out;
}

export function trim(text: string, start: number, end: number): Span {
  while (start < end && /\s/.test(text.charAt(start))) start++;
  while (end > start && /\s/.test(text.charAt(end - 1))) end--;
  return { start, end };
}

function isHeading(text: string, span: Span): boolean {
  if (span.end - span.start > HEADING_MAX) return false;
  const line = text.slice(span.start, span.end);
  if (/[\n\r]/.test(line) || /^\(.*\)$/.test(line) || !/\p{L}/u.test(line)) return false;
  // A short article on one line ends with its byline, not with a full stop: "… am Montag. (APA, 1.2.2025)".
  if (/[.!?]["“”»«’)]*\s+\S/u.test(line)) return false;
  return !FINAL_PUNCT.test(line.replace(TRAILING_CLOSERS, ''));
}

/** Raw Intl.Segmenter sentences of one paragraph, computed window by window. */
function rawSentences(text: string, para: Span, segmenter: Intl.Segmenter): Span[] {
  const out: Span[] = [];
  let pos = para.start;
  while (pos < para.end) {
    const windowEnd = Math.min(para.end, pos + WINDOW);
    // Line breaks inside a joined paragraph would be hard breaks for the segmenter.
    const chunk = text.slice(pos, windowEnd).replace(LINE_BREAK, (m) => ' '.repeat(m.length));
    const segs = Array.from(segmenter.segment(chunk), (s) => s.index);
    let consumed = chunk.length;
    if (windowEnd < para.end) {
      // The last segment may be cut by the window: leave it for the next window.
      const last = segs[segs.length - 1] ?? 0;
      if (last > 0) {
        segs.pop();
        consumed = last;
      } else {
        const ws = chunk.search(/\s\S*$/);
        consumed = ws > 0 ? ws + 1 : chunk.length;
      }
    }
    segs.push(consumed);
    for (let i = 0; i + 1 < segs.length; i++) {
      const span = trim(text, pos + (segs[i] ?? 0), pos + (segs[i + 1] ?? 0));
      if (span.start < span.end) out.push(span);
    }
    pos += consumed;
  }
  return out;
}

/** Cuts a span longer than MAX_SENTENCE at whitespace (or anywhere, if there is none). */
function* bounded(text: string, span: Span): Generator<Span> {
  let { start } = span;
  while (span.end - start > MAX_SENTENCE) {
    let cut = start + MAX_SENTENCE;
    const ws = text.slice(start + MAX_SENTENCE / 2, cut + 1).search(/\s\S*$/);
    if (ws >= 0) cut = start + MAX_SENTENCE / 2 + ws;
    else if (/[\uDC00-\uDFFF]/.test(text.charAt(cut))) cut--;
    const piece = trim(text, start, cut);
    if (piece.start < piece.end) yield piece;
    start = trim(text, cut, span.end).start;
  }
  const rest = trim(text, start, span.end);
  if (rest.start < rest.end) yield rest;
}

/** One segmenter per language: constructing one costs more than segmenting a short article. */
const segmenters = new Map<Lang, Intl.Segmenter>();

function segmenterFor(lang: Lang): Intl.Segmenter {
  let segmenter = segmenters.get(lang);
  if (segmenter === undefined) {
    segmenter = new Intl.Segmenter(lang, { granularity: 'sentence' });
    segmenters.set(lang, segmenter);
  }
  return segmenter;
}

export function segment(text: string, lang: Lang): Sentence[] {
  const segmenter = segmenterFor(lang);
  const out: Sentence[] = [];
  let paragraph = 0;
  for (const para of paragraphs(text)) {
    if (isHeading(text, para)) {
      const marker = /^#{1,6}\s+/.exec(text.slice(para.start, para.end));
      out.push({ start: para.start + (marker?.[0].length ?? 0), end: para.end, index: out.length, paragraph, heading: true });
    } else {
      for (const sentence of repairSplits(text, rawSentences(text, para, segmenter), lang)) {
        for (const span of bounded(text, sentence)) out.push({ start: span.start, end: span.end, index: out.length, paragraph, heading: false });
      }
    }
    paragraph++;
  }
  return out;
}
