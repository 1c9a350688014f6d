// Matches token-pattern rules against a sentence's items. Slots bind entity
// mentions (with an optional class and "X und Y" coordination), token elements
// test lemma, compound head, text or part of speech, and gaps skip a few items
// without crossing a clause boundary or another name.
import type { Item } from './items.js';
import type { PatternElement, PatternRule } from './rules.js';

export interface PatternMatch {
  slots: Map<string, string[]>;
  first: number;
  last: number;
}

export type IsA = (cls: string, want: string) => boolean;

const COORD = new Set(['und', 'sowie', 'oder', 'and', 'or', ',']);

export function matchPattern(rule: PatternRule, items: Item[], isA: IsA, boundaries: Set<string>): PatternMatch[] {
  const out: PatternMatch[] = [];
  for (let start = 0; start < items.length; start++) {
    const m = matchAt(rule, items, start, isA, boundaries);
    if (m !== undefined) {
      out.push(m);
      start = Math.max(start, m.last);
    }
  }
  return out;
}

function matchAt(rule: PatternRule, items: Item[], start: number, isA: IsA, boundaries: Set<string>): PatternMatch | undefined {
  const slots = new Map<string, string[]>();
  const end = step(rule.elements, 0, items, start, slots, isA, boundaries);
  return end === undefined ? undefined : { slots, first: start, last: end - 1 };
}

interface PatternIndex {
  /** Patterns whose first element is a name slot. */
  slotFirst: PatternRule[];
  /** Patterns whose first element is a word, by its lower-cased value. */
  byWord: Map<string, PatternRule[]>;
  /** Patterns that may start anywhere (optional first element, gap, part of speech). */
  anywhere: PatternRule[];
}

const indexes = new WeakMap<PatternRule[], PatternIndex>();

function indexOf(rules: PatternRule[]): PatternIndex {
  let index = indexes.get(rules);
  if (index !== undefined) return index;
  index = { slotFirst: [], byWord: new Map(), anywhere: [] };
  for (const rule of rules) {
    const first = rule.elements[0];
    if (first === undefined || first.optional === true || first.kind === 'gap') index.anywhere.push(rule);
    else if (first.kind === 'slot') index.slotFirst.push(rule);
    else if (first.attr === 'pos') index.anywhere.push(rule);
    else {
      for (const v of first.values ?? []) {
        const list = index.byWord.get(v.toLowerCase()) ?? [];
        if (!list.includes(rule)) list.push(rule);
        index.byWord.set(v.toLowerCase(), list);
      }
    }
  }
  indexes.set(rules, index);
  return index;
}

/** All matches of all patterns, in rule order; each start position only tries the patterns its first item can begin. */
export function matchPatterns(rules: PatternRule[], items: Item[], isA: IsA, boundaries: Set<string>): Array<{ rule: PatternRule; match: PatternMatch }> {
  const index = indexOf(rules);
  const found = new Map<PatternRule, PatternMatch[]>();
  const lastEnd = new Map<PatternRule, number>();
  for (let start = 0; start < items.length; start++) {
    const it = items[start]!;
    const candidates = new Set<PatternRule>(index.anywhere);
    if (it.kind === 'mention') for (const r of index.slotFirst) candidates.add(r);
    for (const key of [it.text, it.lemma, it.head, it.token?.verb?.lemma, it.mention?.normalized]) {
      if (key === undefined) continue;
      for (const r of index.byWord.get(key.toLowerCase()) ?? []) candidates.add(r);
    }
    for (const rule of candidates) {
      if ((lastEnd.get(rule) ?? -1) >= start) continue;
      const m = matchAt(rule, items, start, isA, boundaries);
      if (m === undefined) continue;
      const list = found.get(rule) ?? [];
      list.push(m);
      found.set(rule, list);
      lastEnd.set(rule, m.last);
    }
  }
  return rules.flatMap((rule) => (found.get(rule) ?? []).map((match) => ({ rule, match })));
}

function step(
  els: PatternElement[],
  e: number,
  items: Item[],
  i: number,
  slots: Map<string, string[]>,
  isA: IsA,
  boundaries: Set<string>,
): number | undefined {
  if (e === els.length) return i;
  const el = els[e]!;
  if (el.kind === 'gap') {
    for (let skip = 0; skip <= (el.max ?? 0); skip++) {
      const skipped = items[i + skip - 1];
      if (skip > 0 && (skipped === undefined || blocks(skipped, boundaries))) break;
      const end = step(els, e + 1, items, i + skip, slots, isA, boundaries);
      if (end !== undefined) return end;
    }
    return undefined;
  }
  const it = items[i];
  if (el.not === true) return it !== undefined && matches(el, it, isA) ? undefined : step(els, e + 1, items, i, slots, isA, boundaries);
  const matched = it !== undefined && matches(el, it, isA);
  if (matched && el.kind === 'slot') {
    const entities = [it.entity!];
    let j = i + 1;
    while (
      items[j] !== undefined &&
      COORD.has(items[j]!.text.toLowerCase()) &&
      (items[j]!.text !== ',' || listContinues(items, j)) &&
      items[j + 1]?.kind === 'mention' &&
      !items[j + 1]!.compound
    ) {
      entities.push(items[j + 1]!.entity!);
      j += 2;
    }
    slots.set(el.name!, entities);
    const end = step(els, e + 1, items, j, slots, isA, boundaries);
    if (end !== undefined) return end;
    slots.delete(el.name!);
  } else if (matched) {
    const end = step(els, e + 1, items, i + 1, slots, isA, boundaries);
    if (end !== undefined) return end;
  }
  return el.optional === true ? step(els, e + 1, items, i, slots, isA, boundaries) : undefined;
}

function blocks(it: Item, boundaries: Set<string>): boolean {
  if (it.kind === 'mention') return !it.compound;
  return boundaries.has(it.text);
}

function matches(el: PatternElement, it: Item, isA: IsA): boolean {
  if (el.kind === 'slot') {
    if (it.kind !== 'mention' || it.entity === undefined) return false;
    if (Boolean(el.compound) !== Boolean(it.compound)) return false;
    if (el.values !== undefined && !el.values.some((v) => v === it.lemma || v === it.head || v === it.mention?.normalized)) return false;
    return el.cls === undefined || isA(it.cls ?? 'Thing', el.cls);
  }
  // Role nouns that became unnamed or descriptive mentions still match by their noun.
  const nounMention = it.kind === 'mention' && (it.mention?.source === 'unnamed' || it.mention?.source === 'coref:description');
  if (it.kind !== 'token' && !(nounMention && (el.attr === 'head' || el.attr === 'lemma'))) return false;
  const values = el.values ?? [];
  switch (el.attr) {
    case 'lemma': {
      const lemmas = [it.lemma, it.token?.verb?.lemma].filter((x): x is string => x !== undefined);
      return lemmas.some((l) => values.some((v) => v.toLowerCase() === l.toLowerCase()));
    }
    case 'head':
      return values.includes(it.head) || values.includes(it.lemma);
    case 'text':
      return values.some((v) => v.toLowerCase() === it.text.toLowerCase());
    case 'pos':
      return it.pos !== undefined && values.includes(it.pos);
    default:
      return false;
  }
}

/** A comma joins names only in a list that ends with "und"/"and": "A, B und C". */
export function listContinues(items: Item[], comma: number): boolean {
  for (let k = comma + 1; k + 1 < items.length; k += 2) {
    if (items[k]?.kind !== 'mention') return false;
    const sep = items[k + 1]!.text.toLowerCase();
    if (sep !== ',') return COORD.has(sep) && items[k + 2]?.kind === 'mention';
  }
  return false;
}
