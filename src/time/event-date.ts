// Resolves the date a sentence reports against the article's publication
// date: "am Donnerstag" → the latest Thursday on or before publication,
// "am 20. Jänner" → that day (last year if the month lies after publication),
// "im Dezember" / "Ende Jänner 2021" → a year and month. Calendar words come
// from data/lexicon/dates.yaml.
import { join } from 'node:path';
import { DATA_DIR } from '../paths.js';
import { isRecord, loadYaml } from '../data/load-yaml.js';
import type { Lang } from '../types.js';

export interface EventDate {
  value: string;
  datatype: 'date' | 'gYearMonth';
}

interface Calendar {
  months: Map<string, number>;
  monthAbbreviations: Set<string>;
  weekdays: Map<string, number>;
  dayPrepositions: Set<string>;
  monthPrepositions: Set<string>;
  /**
   * Matches wherever a month or weekday name occurs in a lower-cased text, even
   * inside another word. A sentence without any names no date, and this one
   * scan spares splitting it into words (most sentences name none).
   */
  anyName: RegExp;
}

function anyOf(words: string[]): RegExp {
  // Never matches when there are no words.
  if (words.length === 0) return /(?!)/;
  return new RegExp(words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'u');
}

const calendars = new Map<Lang, Calendar>();

function calendar(lang: Lang): Calendar {
  let c = calendars.get(lang);
  if (c !== undefined) return c;
  const raw = loadYaml(join(DATA_DIR, 'lexicon', 'dates.yaml'));
  const part = (key: string): unknown => (isRecord(raw) && isRecord(raw[key]) ? (raw[key] as Record<string, unknown>)[lang] : undefined);
  const map = (v: unknown) => new Map(Object.entries(isRecord(v) ? v : {}).map(([k, n]) => [k, Number(n)]));
  const set = (v: unknown) => new Set((Array.isArray(v) ? v : []).map(String));
  const months = map(part('months'));
  const weekdays = map(part('weekdays'));
  c = {
    months,
    monthAbbreviations: set(part('monthAbbreviations')),
    weekdays,
    dayPrepositions: set(part('dayPrepositions')),
    monthPrepositions: set(part('monthPrepositions')),
    anyName: anyOf([...months.keys(), ...weekdays.keys()]),
  };
  calendars.set(lang, c);
  return c;
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** Whether a word names a month, written out or abbreviated ("May", "Sept."). */
export function isMonthName(word: string, lang: Lang): boolean {
  const c = calendar(lang);
  const lower = word.toLowerCase();
  return c.months.has(lower) || c.monthAbbreviations.has(lower);
}

export function eventDate(sentence: string, published: string | undefined, lang: Lang): EventDate | undefined {
  if (published === undefined) return undefined;
  const cal = calendar(lang);
  const lower = sentence.toLowerCase();
  // Each word the loop below acts on is a month or weekday name, so it occurs in the text.
  if (!cal.anyName.test(lower)) return undefined;
  const [py, pm, pd] = published.split('-').map(Number) as [number, number, number];
  const pub = Date.UTC(py, pm - 1, pd);
  const words = lower.match(/[\p{L}]+|\d+\.?/gu) ?? [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const prev = words[i - 1];
    const weekday = cal.weekdays.get(w);
    if (weekday !== undefined && prev !== undefined && cal.dayPrepositions.has(prev)) {
      const back = (new Date(pub).getUTCDay() - weekday + 7) % 7;
      const d = new Date(pub - back * 86_400_000);
      return { value: `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`, datatype: 'date' };
    }
    const month = cal.months.get(w);
    if (month === undefined) continue;
    const next = words[i + 1];
    const year = next !== undefined && /^(19|20)\d\d$/.test(next) ? Number(next) : month > pm ? py - 1 : py;
    const day = prev !== undefined && /^\d{1,2}\.?$/.test(prev) ? Number(prev.replace('.', '')) : undefined;
    if (day !== undefined && day >= 1 && day <= 31) return { value: `${year}-${pad(month)}-${pad(day)}`, datatype: 'date' };
    if (prev !== undefined && cal.monthPrepositions.has(prev)) return { value: `${year}-${pad(month)}`, datatype: 'gYearMonth' };
  }
  return undefined;
}
