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
    const slots = new Map<string, string[]>();
    const end = step(rule.elements, 0, items, start, slots, isA, boundaries);
    if (end !== undefined) {
      out.push({ slots, first: start, last: end - 1 });
      start = Math.max(start, end - 1);
    }
  }
  return out;
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
