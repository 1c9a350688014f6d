// Turns a sentence into the sequence relation rules read: each linked mention
// becomes one slot item, every other token one token item; a name inside a
// compound ("Parler-Chef") becomes a slot followed by an item for its head.
import type { Doc, Mention, Token } from '../types.js';
import { lowerCase } from '../text/lower-case.js';

export interface Item {
  kind: 'mention' | 'token';
  tokenStart: number;
  tokenEnd: number;
  start: number;
  end: number;
  text: string;
  lemma: string;
  /** Head lemma of a compound noun, else the lemma. */
  head: string;
  pos: Token['pos'];
  token?: Token;
  mention?: Mention;
  mentionIndex?: number;
  entity?: string;
  cls?: string;
  /** A name that is the first part of a compound word. */
  compound?: boolean;
  /** A cue noun that can stand in apposition before a name ("der Konzern X"). */
  cue?: boolean;
  /** `text` lower-cased, filled in by buildItems: the rule stages test it many times per item. */
  lower?: string;
  /** `lemma` lower-cased, and the token's verb lemma lower-cased (null: no verb), filled in by buildItems for pattern matching. */
  lowerLemma?: string;
  lowerVerbLemma?: string | null;
}

/** The item's text lower-cased (computed here for items built elsewhere, e.g. by hand in tests). */
export function lowerText(it: Item): string {
  return it.lower ?? lowerCase(it.text);
}

/** The item's lemma lower-cased. */
export function lowerLemma(it: Item): string {
  return it.lowerLemma ?? lowerCase(it.lemma);
}

/** The lower-cased verb lemma of the item's token, if it is a verb form. */
export function lowerVerbLemma(it: Item): string | undefined {
  if (it.lowerVerbLemma !== undefined) return it.lowerVerbLemma ?? undefined;
  const lemma = it.token?.verb?.lemma;
  return lemma === undefined ? undefined : lowerCase(lemma);
}

export type HeadOf = (token: Token) => string | undefined;
export type IsCue = (lemma: string, head: string) => boolean;

/** Mentions linked to an entity, by the index of their first token. */
export function mentionsByToken(doc: Doc): Map<number, number[]> {
  const starts = new Map<number, number[]>();
  doc.mentions.forEach((m, i) => {
    if (m.entity === undefined) return;
    const list = starts.get(m.tokenStart) ?? [];
    list.push(i);
    starts.set(m.tokenStart, list);
  });
  return starts;
}

export function buildItems(
  doc: Doc,
  from: number,
  to: number,
  headOf: HeadOf,
  classOf: Map<string, string>,
  starts: Map<number, number[]>,
  isCue: IsCue = () => false,
): Item[] {
  const items: Item[] = [];
  let t = from;
  while (t < to) {
    const token = doc.tokens[t]!;
    const candidates = starts.get(t) ?? [];
    const whole = candidates.find((i) => doc.mentions[i]!.compoundHead === undefined);
    const sub = candidates.find((i) => doc.mentions[i]!.compoundHead !== undefined);
    const pick = whole ?? sub;
    if (pick === undefined) {
      items.push(tokenItem(token, t, headOf));
      t++;
      continue;
    }
    const m = doc.mentions[pick]!;
    items.push({
      kind: 'mention',
      tokenStart: m.tokenStart,
      tokenEnd: m.tokenEnd,
      start: m.start,
      end: m.end,
      text: m.text,
      lower: lowerCase(m.text),
      lemma: m.normalized,
      head: m.normalized,
      // A place named by an adjective of origin modifies the noun after it.
      pos: m.source === 'cue:demonym' ? 'ADJ' : 'PROPN',
      mention: m,
      mentionIndex: pick,
      entity: m.entity!,
      cls: classOf.get(m.entity!) ?? 'Thing',
      compound: m.compoundHead !== undefined,
      // A pronoun keeps its token, which knows its case.
      ...(m.source === 'coref:pronoun' && { token }),
    });
    if (m.compoundHead !== undefined) {
      const rest = token.text.slice(m.end - token.start);
      items.push({
        kind: 'token',
        tokenStart: t,
        tokenEnd: t + 1,
        start: m.end,
        end: token.end,
        text: rest,
        lower: lowerCase(rest),
        lemma: m.compoundHead,
        head: m.compoundHead,
        pos: 'NOUN',
        token,
      });
    }
    t = Math.max(m.tokenEnd, t + 1);
  }
  for (const item of items) {
    if (item.kind === 'token' && (item.pos === 'NOUN' || item.pos === 'PROPN')) item.cue = isCue(item.lemma, item.head);
    item.lowerLemma = lowerCase(item.lemma);
    const verbLemma = item.token?.verb?.lemma;
    item.lowerVerbLemma = verbLemma === undefined ? null : lowerCase(verbLemma);
  }
  return items;
}

function tokenItem(token: Token, index: number, headOf: HeadOf): Item {
  const lemma = token.lemma ?? token.text;
  return {
    kind: 'token',
    tokenStart: index,
    tokenEnd: index + 1,
    start: token.start,
    end: token.end,
    text: token.text,
    lower: lowerCase(token.text),
    lemma,
    head: (token.pos === 'NOUN' ? headOf(token) : undefined) ?? lemma,
    pos: token.pos,
    token,
  };
}
