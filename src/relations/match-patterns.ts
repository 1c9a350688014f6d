// Matches token-pattern rules against a sentence's items. Slots bind entity
// mentions (with an optional class and "X und Y" coordination), token elements
// test lemma, compound head, text or part of speech, and gaps skip a few items
// without crossing a clause boundary or another name.
import { lowerLemma, lowerText, lowerVerbLemma, type Item } from './items.js';
import type { PatternElement, PatternRule } from './rules.js';
import { lowerCase } from '../text/lower-case.js';
import { PLACE_CLASSES } from '../place-classes.js';

export interface PatternMatch {
  slots: Map<string, string[]>;
  first: number;
  last: number;
}

export type IsA = (cls: string, want: string) => boolean;

const COORD = new Set(['und', 'sowie', 'oder', 'and', 'or', ',']);
const NO_NAMES: number[] = [];
const OPENING_QUOTES = new Set(['„', '"', '“', '»']);
/** Articles that may open a coordinated name's noun phrase ("und der Bürgerliste X"), not possessives ("und ihres Anführers X"). */
const ARTICLES = new Set(['der', 'die', 'das', 'den', 'dem', 'des', 'the']);

/**
 * A pattern element with its value lists turned into sets once per rule set:
 * matching runs for every item of every sentence, and comparing lower-cased
 * strings value by value there was a good share of the whole pipeline.
 */
interface CompiledElement {
  el: PatternElement;
  /**
   * The element's fields, copied so that every compiled element has one shape:
   * parsed elements differ in which optional fields they have, and reading
   * them in matches() and step() (run for every item) was polymorphic.
   */
  kind: PatternElement['kind'];
  attr: PatternElement['attr'] | undefined;
  name: string | undefined;
  cls: string | undefined;
  compound: boolean;
  named: boolean;
  genitive: boolean;
  single: boolean;
  optional: boolean;
  not: boolean;
  max: number;
  hasValues: boolean;
  /** Values as written (head, pos and slot values compare exactly). */
  exact: Set<string>;
  /** Values lower-cased (lemma and text compare case-insensitively). */
  lower: Set<string>;
}

const compiledRules = new WeakMap<PatternRule, CompiledElement[]>();

function compile(rule: PatternRule): CompiledElement[] {
  let els = compiledRules.get(rule);
  if (els === undefined) {
    els = rule.elements.map((el) => ({
      el,
      kind: el.kind,
      attr: el.attr,
      name: el.name,
      cls: el.cls,
      compound: Boolean(el.compound),
      named: el.named === true,
      genitive: el.genitive === true,
      single: el.single === true,
      optional: el.optional === true,
      not: el.not === true,
      max: el.max ?? 0,
      hasValues: el.values !== undefined,
      exact: new Set(el.values ?? []),
      lower: new Set((el.values ?? []).map((v) => v.toLowerCase())),
    }));
    compiledRules.set(rule, els);
  }
  return els;
}

export function matchPattern(rule: PatternRule, items: Item[], isA: IsA, boundaries: Set<string>): PatternMatch[] {
  const out: PatternMatch[] = [];
  const els = compile(rule);
  for (let start = 0; start < items.length; start++) {
    const m = matchAt(els, items, start, isA, boundaries);
    if (m !== undefined) {
      out.push(m);
      start = Math.max(start, m.last);
    }
  }
  return out;
}

/** The slots of the attempt in progress, emptied for each (matchAt does not call itself): most attempts fail at once. */
const attemptSlots: Slots = [];

function matchAt(els: CompiledElement[], items: Item[], start: number, isA: IsA, boundaries: Set<string>): PatternMatch | undefined {
  // Failed attempts leave it empty (step removes what it bound): setting the length is a runtime call.
  if (attemptSlots.length !== 0) attemptSlots.length = 0;
  const end = step(els, 0, items, start, attemptSlots, isA, boundaries);
  return end === undefined ? undefined : { slots: new Map(attemptSlots), first: start, last: end - 1 };
}

interface PatternIndex {
  /** Compiled elements, by rule position. */
  compiled: CompiledElement[][];
  /** Positions of patterns whose first element is a name slot. */
  slotFirst: number[];
  /**
   * By rule position, for name-first patterns: which of the distinct opening
   * slots (same class, values and compound flag, so the same answer for any
   * item) it opens with. A name is tested against each distinct slot once.
   */
  openingSlot: number[];
  /** How many distinct opening slots there are. */
  openingSlots: number;
  /**
   * By rule position: for a pattern that starts with a name slot and goes on
   * with a required word, maybe after a gap ("@A ...3 head=Alternative"), that
   * word's element and how far the gap reaches. The word must match an item
   * within that reach after the name (and its coordinated names), or the
   * pattern cannot match there: testing it first spares binding the slot for
   * most of the name-first rules.
   */
  afterSlot: Array<{ word: CompiledElement; reach: number } | undefined>;
  /** Positions of patterns whose first element is a word, by its lower-cased value. */
  byWord: Map<string, number[]>;
  /** Positions of patterns that may start anywhere (optional first element, gap, part of speech). */
  anywhere: number[];
  /** Positions of patterns listed in byWord. */
  wordFirst: number[];
  /** By rule position: the ids of its required words (see RequiredWords). */
  required: number[][];
  /** How many distinct required word elements there are. */
  requiredCount: number;
  words: RequiredWords;
}

/**
 * The required word elements of all patterns, indexed by the values that make
 * an item match them. A word element that is neither optional nor negated
 * must match some item of the sentence in every match of its pattern (step()
 * passes every element, and a required word consumes an item it matches), so a
 * pattern with a required word that no item of the sentence matches cannot
 * match anywhere in it: the sentence's items are looked up here once, and such
 * patterns are never tried. The keys mirror matches() exactly: lemma and text
 * by lower-cased value, head and part of speech by value as written; a lemma
 * element also matches the verb lemma, a head element also the lemma.
 */
interface RequiredWords {
  lemma: Map<string, number[]>;
  head: Map<string, number[]>;
  tail: Map<string, number[]>;
  text: Map<string, number[]>;
  pos: Map<string, number[]>;
}

function requiredWords(compiled: CompiledElement[][]): { required: number[][]; count: number; words: RequiredWords } {
  const words: RequiredWords = { lemma: new Map(), head: new Map(), tail: new Map(), text: new Map(), pos: new Map() };
  const ids = new Map<CompiledElement, number>();
  const required = compiled.map((els) => {
    const own: number[] = [];
    for (const c of els) {
      if (c.kind !== 'token' || c.optional || c.not) continue;
      // Only the attributes markWords() knows; an element of another kind is not used to rule a pattern out
      // (should matches() learn a new attribute, the prefilter stays safe, merely weaker).
      const map = c.attr === 'lemma' ? words.lemma : c.attr === 'head' ? words.head : c.attr === 'tail' ? words.tail : c.attr === 'text' ? words.text : c.attr === 'pos' ? words.pos : undefined;
      if (map === undefined) continue;
      let id = ids.get(c);
      if (id === undefined) {
        ids.set(c, (id = ids.size));
        for (const v of c.attr === 'lemma' || c.attr === 'text' ? c.lower : c.exact) {
          const list = map.get(v);
          if (list === undefined) map.set(v, [id]);
          else list.push(id);
        }
      }
      own.push(id);
    }
    return own;
  });
  return { required, count: ids.size, words };
}

/** Marks in `present` every required word element that `it` matches (the keys of matches() for word elements). */
function markWords(words: RequiredWords, it: Item, present: Uint8Array): void {
  // Role nouns that became unnamed or descriptive mentions still match by their noun (lemma and head only).
  if (it.kind !== 'token' && !matchesByNoun(it)) return;
  if (it.lemma !== undefined) mark(words.lemma.get(lowerLemma(it)), present);
  const verbLemma = lowerVerbLemma(it);
  if (verbLemma !== undefined) mark(words.lemma.get(verbLemma), present);
  mark(words.head.get(it.head), present);
  mark(words.head.get(it.lemma), present);
  mark(words.tail.get(it.tail ?? it.head), present);
  mark(words.tail.get(it.lemma), present);
  if (it.kind !== 'token') return;
  mark(words.text.get(lowerText(it)), present);
  if (it.pos !== undefined) mark(words.pos.get(it.pos), present);
}

function mark(ids: number[] | undefined, present: Uint8Array): void {
  if (ids !== undefined) for (const id of ids) present[id] = 1;
}

const indexes = new WeakMap<PatternRule[], PatternIndex>();

function indexOf(rules: PatternRule[]): PatternIndex {
  let index = indexes.get(rules);
  if (index !== undefined) return index;
  const compiled = rules.map(compile);
  const req = requiredWords(compiled);
  index = { compiled, slotFirst: [], openingSlot: [], openingSlots: 0, afterSlot: [], byWord: new Map(), anywhere: [], wordFirst: [], required: req.required, requiredCount: req.count, words: req.words };
  const slotIds = new Map<string, number>();
  rules.forEach((rule, r) => {
    const els = compiled[r]!;
    const gap = els[1]?.el.kind === 'gap' && els[1].el.optional !== true ? els[1].el.max ?? 0 : undefined;
    const word = els[gap === undefined ? 1 : 2];
    const requiredWord = word !== undefined && word.el.kind === 'token' && word.el.optional !== true && word.el.not !== true;
    index.afterSlot.push(rule.elements[0]?.kind === 'slot' && rule.elements[0].optional !== true && requiredWord ? { word, reach: gap ?? 0 } : undefined);
    const first = rule.elements[0];
    // (A pattern that opens with a negated word, "!text=…", may start at any item.)
    if (first === undefined || first.optional === true || first.kind === 'gap' || (first.kind !== 'slot' && first.not === true)) index.anywhere.push(r);
    else if (first.kind === 'slot') {
      index.slotFirst.push(r);
      const c = els[0]!;
      const key = JSON.stringify([c.not, c.compound, c.named, c.genitive, c.cls ?? null, c.hasValues ? [...c.exact] : null]);
      let id = slotIds.get(key);
      if (id === undefined) slotIds.set(key, (id = slotIds.size));
      index.openingSlot[r] = id;
      index.openingSlots = slotIds.size;
    }
    else if (first.attr === 'pos') index.anywhere.push(r);
    else {
      index.wordFirst.push(r);
      for (const v of first.values ?? []) {
        const list = index.byWord.get(v.toLowerCase()) ?? [];
        if (!list.includes(r)) list.push(r);
        index.byWord.set(v.toLowerCase(), list);
      }
    }
  });
  indexes.set(rules, index);
  return index;
}

/** All matches of all patterns, in rule order; each start position only tries the patterns its first item can begin. */
export function matchPatterns(rules: PatternRule[], items: Item[], isA: IsA, boundaries: Set<string>): Array<{ rule: PatternRule; match: PatternMatch }> {
  const index = indexOf(rules);
  // Which patterns have all their required words somewhere in the sentence: only those can match.
  const present = zeroed(0, index.requiredCount);
  for (const it of items) markWords(index.words, it, present);
  const possible = zeroed(1, rules.length);
  let anyPossible = false;
  for (let r = 0; r < rules.length; r++) {
    let all = true;
    for (const id of index.required[r]!) {
      if (present[id] === 0) {
        all = false;
        break;
      }
    }
    if (all) {
      possible[r] = 1;
      anyPossible = true;
    }
  }
  if (!anyPossible) return [];
  // The possible patterns of each kind of opening, in the index's order.
  const anywhere = index.anywhere.filter((r) => possible[r] === 1);
  const slotFirst = index.slotFirst.filter((r) => possible[r] === 1);
  const wordFirst = index.wordFirst.some((r) => possible[r] === 1);
  const found: Array<PatternMatch[] | undefined> = [];
  // Per rule: the last item a match of it covered, and the start it was last tried at
  // (a rule reached through several keys of one item is tried once).
  const { lastEnd, triedAt } = scratchFor(rules.length);
  // Per distinct opening slot, whether the name at the current start fits it.
  const fits = zeroed(2, index.openingSlots);
  let any = false;
  let start = 0;
  const attempt = (r: number): void => {
    if (possible[r] === 0 || triedAt[r] === start) return;
    triedAt[r] = start;
    if (lastEnd[r]! >= start) return;
    const m = matchAt(index.compiled[r]!, items, start, isA, boundaries);
    if (m === undefined) return;
    (found[r] ??= []).push(m);
    lastEnd[r] = m.last;
    any = true;
  };
  const tryWord = (lower: string): void => {
    const list = index.byWord.get(lower);
    if (list !== undefined) for (const r of list) attempt(r);
  };
  for (; start < items.length; start++) {
    const it = items[start]!;
    for (const r of anywhere) attempt(r);
    if (it.kind === 'mention' && slotFirst.length > 0) {
      let after = -1;
      fits.fill(UNKNOWN, 0, index.openingSlots);
      for (const r of slotFirst) {
        // The name must fit the (required) slot the pattern opens with, or the pattern cannot
        // match here: most name-first patterns want a class or a compound modifier.
        const first = index.compiled[r]![0]!;
        const slot = index.openingSlot[r]!;
        if (fits[slot] === UNKNOWN) fits[slot] = first.not || matches(first, it, isA) ? FITS : FAILS;
        if (fits[slot] === FAILS) continue;
        const next = index.afterSlot[r];
        if (next !== undefined) {
          if (after < 0) after = coordinationEnd(items, start);
          let reachable = false;
          for (let k = after; k <= after + next.reach && k < items.length && !reachable; k++) reachable = matches(next.word, items[k]!, isA);
          if (!reachable) continue;
        }
        attempt(r);
      }
    }
    // The words below only reach patterns that open with a word.
    if (!wordFirst) continue;
    tryWord(lowerText(it));
    // Lemma and head are often the text itself, or the head the lemma: those were tried
    // just now (trying a word again would change nothing, as triedAt shows).
    if (it.lemma !== undefined && it.lemma !== it.text) tryWord(lowerLemma(it));
    if (it.head !== undefined && it.head !== it.text && it.head !== it.lemma) tryWord(lowerCase(it.head));
    const verbLemma = it.token?.verb?.lemma;
    if (verbLemma !== undefined && verbLemma !== it.text) tryWord(lowerVerbLemma(it)!);
    const normalized = it.mention?.normalized;
    if (normalized !== undefined && normalized !== it.text && normalized !== it.lemma) tryWord(lowerCase(normalized));
  }
  const out: Array<{ rule: PatternRule; match: PatternMatch }> = [];
  // In rule order; only the few rules that matched have a list (no empty list per rule).
  if (any) {
    for (let r = 0; r < found.length; r++) {
      const list = found[r];
      if (list !== undefined) for (const match of list) out.push({ rule: rules[r]!, match });
    }
  }
  return out;
}

const UNKNOWN = 0;
const FITS = 1;
const FAILS = 2;

/** Per-rule bookkeeping of matchPatterns, reused from call to call (it calls nothing that calls it back). */
let scratch = { lastEnd: new Int32Array(0), triedAt: new Int32Array(0) };

/**
 * Byte arrays of matchPatterns (required words present, patterns possible, opening slots fitting), reused
 * from call to call like `scratch`: a typed array is slow to allocate, and these were made for every sentence.
 */
const flags = [new Uint8Array(0), new Uint8Array(0), new Uint8Array(0)];

/** Scratch array `which`, its first `n` bytes zeroed. */
function zeroed(which: number, n: number): Uint8Array {
  if (flags[which]!.length < n) flags[which] = new Uint8Array(n);
  const a = flags[which]!;
  a.fill(0, 0, n);
  return a;
}

function scratchFor(n: number): { lastEnd: Int32Array; triedAt: Int32Array } {
  if (scratch.lastEnd.length < n) scratch = { lastEnd: new Int32Array(n), triedAt: new Int32Array(n) };
  scratch.lastEnd.fill(-1, 0, n);
  scratch.triedAt.fill(-1, 0, n);
  return scratch;
}

function step(
  els: CompiledElement[],
  e: number,
  items: Item[],
  i: number,
  slots: Slots,
  isA: IsA,
  boundaries: Set<string>,
): number | undefined {
  if (e === els.length) return i;
  const c = els[e]!;
  if (c.kind === 'gap') {
    for (let skip = 0; skip <= c.max; skip++) {
      const skipped = items[i + skip - 1];
      if (skip > 0 && (skipped === undefined || blocks(skipped, boundaries))) break;
      const end = step(els, e + 1, items, i + skip, slots, isA, boundaries);
      if (end !== undefined) return end;
    }
    return undefined;
  }
  const it = items[i];
  if (c.not) return it !== undefined && matches(c, it, isA) ? undefined : step(els, e + 1, items, i, slots, isA, boundaries);
  const matched = it !== undefined && matches(c, it, isA);
  if (matched && c.kind === 'slot') {
    // "Microsoft's Bing and DuckDuckGo": the genitive before a name belongs to that name only.
    // (Also across optional words: "China's state-run X and South Korea's Y".)
    let g = e - 1;
    while (g >= 0 && els[g]!.kind === 'token' && els[g]!.optional === true) g--;
    // ("U.S.-based Westinghouse and KHNP": a slot marked "^" takes the name alone.)
    // (Only a genitive that matched: an optional one skipped leaves the list to the slot.)
    const genitive = els[g]?.genitive === true && (els[g]!.optional !== true || slots.some(([n]) => n === els[g]!.name));
    const listed = genitive || c.single ? undefined : coordinated(items, i);
    let j = listed === undefined ? i + 1 : listed.end;
    // "Dana Pike of the Tribune and Omar Sayed of Newsloop": the list ends before a name the slot does not take, which
    // may open the next match.
    const entities = [it.entity!];
    for (const k of listed?.names ?? []) {
      if (!matches(c, items[k]!, isA)) {
        j = k - 1;
        while (j > i && items[j - 1]?.kind !== 'mention') j--;
        break;
      }
      entities.push(items[k]!.entity!);
    }
    setSlot(slots, c.name!, entities);
    const end = step(els, e + 1, items, j, slots, isA, boundaries);
    if (end !== undefined) return end;
    deleteSlot(slots, c.name!);
  } else if (matched) {
    const end = step(els, e + 1, items, i + 1, slots, isA, boundaries);
    if (end !== undefined) return end;
  }
  return c.optional ? step(els, e + 1, items, i, slots, isA, boundaries) : undefined;
}

/** The item after the name at `i` and the names coordinated with it (see coordinated). */
function coordinationEnd(items: Item[], i: number): number {
  return coordinated(items, i).end;
}

/**
 * The names coordinated with the one at `i` ("X und Y", "A, B und C", "SPÖ, Grünen und der Bürgerliste X": an article
 * and a cue noun may open the last) and the item after the list.
 */
function coordinated(items: Item[], i: number): { end: number; names: number[] } {
  let j = i + 1;
  // (Most names stand alone: no list is made for them; this runs for every name a slot takes.)
  if (items[j] === undefined || !COORD.has(lowerText(items[j]!))) return { end: j, names: NO_NAMES };
  const names: number[] = [];
  for (;;) {
    if (items[j] === undefined || !COORD.has(lowerText(items[j]!)) || (items[j]!.text === ',' && !listContinues(items, j))) break;
    let k = j + 1;
    // ("und der Bürgerliste X": only after "und"/"and", an article and one cue noun.)
    // (A title's opening quote may follow the noun: "und der Bürgerliste „Wir für X“".)
    if (items[j]!.text !== ',' && items[k]?.kind === 'token' && ARTICLES.has(lowerText(items[k]!)) && items[k + 1]?.kind === 'token' && items[k + 1]!.cue === true) {
      const quote = items[k + 2]?.kind === 'token' && OPENING_QUOTES.has(items[k + 2]!.text) ? 1 : 0;
      if (items[k + 2 + quote]?.kind === 'mention') k += 2 + quote;
    }
    // "Spain's Iberdrola and Germany's RWE", "rivals such as X and Canadian Tire's Sport Chek": a genitive name in a
    // list modifies the next, which is the member, when it names an owner or the list's first name has a genitive too.
    // ("HelloFresh and Montreal's Goodfood Market", "U.S. rival Affirm and Australia's Afterpay": a place of its own
    // otherwise ends the list, as what was said of the first name need not hold for that one.)
    const owner = items[k]?.mention?.genitive === true && (items[i - 1]?.mention?.genitive === true || !PLACE_CLASSES.has(items[k]!.cls ?? ''));
    if (owner && items[k + 1]?.kind === 'mention' && !items[k + 1]!.compound) k++;
    const next = items[k];
    if (next?.kind !== 'mention' || next.compound || (next.mention?.genitive === true && items[k + 1]?.kind === 'mention')) break;
    // ("co-founders of Mojang, Markus Persson, Jakob Porser and Carl Manneh": people after a comma and an
    // organisation are its apposition, no members of a list with it.)
    if (names.length === 0 && items[j]!.text === ',' && (items[i]!.cls === 'Person') !== (next.cls === 'Person') && items[i]!.cls !== undefined && next.cls !== undefined) break;
    names.push(k);
    j = k + 1;
  }
  return { end: j, names };
}

/**
 * Slots bound so far, as [name, entities] pairs in the order a Map would keep
 * them. Nearly every attempt fails after its first element; a Map per attempt
 * (and its shrinking on delete) was most of the pipeline's garbage. The pairs
 * become the match's Map only when the whole pattern matched.
 */
type Slots = Array<[string, string[]]>;

function setSlot(slots: Slots, name: string, entities: string[]): void {
  const at = slots.findIndex(([n]) => n === name);
  if (at >= 0) slots[at]![1] = entities;
  else slots.push([name, entities]);
}

function deleteSlot(slots: Slots, name: string): void {
  const at = slots.findIndex(([n]) => n === name);
  if (at >= 0) slots.splice(at, 1);
}

function blocks(it: Item, boundaries: Set<string>): boolean {
  if (it.kind === 'mention') return !it.compound;
  return boundaries.has(it.text);
}

function matches(c: CompiledElement, it: Item, isA: IsA): boolean {
  if (c.kind === 'slot') {
    if (it.kind !== 'mention' || it.entity === undefined) return false;
    if (c.compound !== Boolean(it.compound)) return false;
    if (c.named && (it.mention?.source === 'unnamed' || it.mention?.source === 'coref:description' || it.mention?.source === 'coref:pronoun')) return false;
    // (English only marks a name in "s" so when an apostrophe alone follows: "Epic Games' Fortnite".)
    if (c.genitive && !(it.mention?.genitive === true && /s$/.test(it.mention.text))) return false;
    if (c.hasValues && c.attr === 'pos') {
      if (!c.exact.has(it.pos ?? '')) return false;
    // ("@O/head=Kurhotel" takes "das Kurhotel Hirschbrugg", a name that opens with its noun.)
    } else if (c.hasValues && !(c.exact.has(it.lemma) || c.exact.has(it.head) || (it.mention !== undefined && (c.exact.has(it.mention.normalized) || c.exact.has(firstWord(it.mention.normalized)))))) return false;
    return c.cls === undefined || isA(it.cls ?? 'Thing', c.cls);
  }
  // Role nouns that became unnamed or descriptive mentions still match by their noun.
  // (markWords() lists the keys these tests accept, so that matchPatterns skips patterns that cannot match: keep the two in step.)
  if (it.kind !== 'token' && !(matchesByNoun(it) && (c.attr === 'head' || c.attr === 'tail' || c.attr === 'lemma'))) return false;
  switch (c.attr) {
    case 'lemma': {
      if (it.lemma !== undefined && c.lower.has(lowerLemma(it))) return true;
      const verbLemma = lowerVerbLemma(it);
      return verbLemma !== undefined && c.lower.has(verbLemma);
    }
    case 'head':
      return c.exact.has(it.head) || c.exact.has(it.lemma);
    case 'tail':
      return c.exact.has(it.tail ?? it.head) || c.exact.has(it.lemma);
    case 'text':
      return c.lower.has(lowerText(it));
    case 'pos':
      return it.pos !== undefined && c.exact.has(it.pos);
    default:
      return false;
  }
}

/** A mention that word elements may still match by its noun (lemma and head): a role noun that became an unnamed or descriptive mention. Shared by matches() and markWords(). */
/** The first word of a name ("Kurhotel" of "Kurhotel Hirschbrugg"). */
function firstWord(name: string): string {
  const space = name.indexOf(' ');
  return space < 0 ? name : name.slice(0, space);
}

function matchesByNoun(it: Item): boolean {
  return it.kind === 'mention' && (it.mention?.source === 'unnamed' || it.mention?.source === 'coref:description');
}

/** A comma joins names only in a list that ends with "und"/"and": "A, B und C". */
export function listContinues(items: Item[], comma: number): boolean {
  for (let k = comma + 1; k + 1 < items.length; k += 2) {
    if (items[k]?.kind !== 'mention') return false;
    const sep = lowerText(items[k + 1]!);
    if (sep !== ',') {
      if (!COORD.has(sep)) return false;
      // "A, B und einen früheren Bereichsleiter": an article and adjectives may open the last name.
      let m = k + 2;
      if (items[m]?.pos === 'DET') m++;
      while (m < k + 5 && items[m]?.kind === 'token' && items[m]!.pos === 'ADJ') m++;
      // ("SPÖ, Grünen und der Bürgerliste „X“": a cue noun and a title's quote too.)
      if (m > k + 2 && items[m]?.kind === 'token' && items[m]!.cue === true) {
        m++;
        if (items[m]?.kind === 'token' && OPENING_QUOTES.has(items[m]!.text)) m++;
      }
      return items[m]?.kind === 'mention' && (m === k + 2 || items[m]!.entity !== undefined);
    }
  }
  return false;
}
