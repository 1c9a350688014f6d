// Turns a sentence into the sequence relation rules read: each linked mention
// becomes one slot item, every other token one token item; a name inside a
// compound ("Parler-Chef") becomes a slot followed by an item for its head.
import type { Doc, Mention, Token } from '../types.js';
import { lowerCase, lowerTexts } from '../text/lower-case.js';
import { PLACE_CLASSES } from '../place-classes.js';

/** Quotes that close a name: „Bild“, "Bild", »Bild«. */
const CLOSING_QUOTES = new Set(['“', '”', '"', '«', '»']);

/**
 * One item of a sentence. Every item is made by makeItem with all fields in one
 * order, so that all items share one hidden class: the rule stages read their
 * fields in the hottest loops, and items of several shapes made those reads
 * polymorphic. Fields that do not apply hold undefined.
 */
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
  /**
   * The last part of a compound whose head is a relational noun kept whole ("Gewässerexpertin" of
   * "WWF-Gewässerexpertin": "Expertin"); unset where it is the head.
   */
  tail?: string | undefined;
  pos: Token['pos'];
  token?: Token | undefined;
  mention?: Mention | undefined;
  mentionIndex?: number | undefined;
  entity?: string | undefined;
  cls?: string | undefined;
  /** A name that is the first part of a compound word. */
  compound?: boolean | undefined;
  /** A cue noun that can stand in apposition before a name ("der Konzern X"). */
  cue?: boolean | undefined;
  /** A German name whose own first word is a feminine noun ("der Interessengemeinschaft X"). */
  feminine?: boolean | undefined;
  /** A description or an unnamed group whose noun can only be plural ("zwei Anbietern"). */
  plural?: boolean | undefined;
  /** `text` lower-cased, filled in by buildItems: the rule stages test it many times per item. */
  lower?: string | undefined;
  /** `lemma` lower-cased, and the token's verb lemma lower-cased (null: no verb), filled in by buildItems for pattern matching. */
  lowerLemma?: string | undefined;
  lowerVerbLemma?: string | null | undefined;
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
  relationalNoun: (noun: string) => boolean = () => false,
): Item[] {
  const items: Item[] = [];
  const lowers = lowerTexts(doc.tokens);
  let t = from;
  while (t < to) {
    const token = doc.tokens[t]!;
    const candidates = starts.get(t);
    let pick: number | undefined;
    if (candidates !== undefined) {
      const whole = candidates.find((i) => doc.mentions[i]!.compoundHead === undefined);
      pick = whole ?? candidates.find((i) => doc.mentions[i]!.compoundHead !== undefined);
    }
    if (pick === undefined) {
      const lemma = token.lemma ?? token.text;
      const head = (token.pos === 'NOUN' ? headOf(token) : undefined) ?? lemma;
      items.push(makeItem('token', t, t + 1, token.start, token.end, token.text, lowers[t]!, lemma, head, token.pos, token, undefined, undefined, undefined, undefined, undefined, isCue));
      t++;
      continue;
    }
    const m = doc.mentions[pick]!;
    // A place named by an adjective of origin modifies the noun after it.
    const pos = m.source === 'cue:demonym' ? 'ADJ' : 'PROPN';
    // A pronoun keeps its token, which knows its case.
    const own = m.source === 'coref:pronoun' ? token : undefined;
    // "die Vereinsführung" (an unnamed body) heads on "Führung", as the noun would.
    // ("den größten Kunden", "former researchers": adjectives and lower-case nouns before the noun leave its head.)
    const lastWord = doc.tokens[m.tokenEnd - 1]!;
    const described =
      (m.source === 'unnamed' || m.source === 'coref:description') && lastWord.pos === 'NOUN' &&
      doc.tokens.slice(m.tokenStart, m.tokenEnd - 1).every((x) => x.pos === 'ADJ' || (x.pos === 'NOUN' && /^\p{Ll}/u.test(x.text)));
    const head = (described ? headOf(lastWord) ?? lastWord.lemma : undefined) ?? m.normalized;
    items.push(makeItem('mention', m.tokenStart, m.tokenEnd, m.start, m.end, m.text, lowerCase(m.text), m.normalized, head, pos, own, m, pick, m.entity!, classOf.get(m.entity!) ?? 'Thing', m.compoundHead !== undefined, isCue));
    if (m.tokenEnd - m.tokenStart > 1 && token.pos === 'NOUN' && token.genders?.length === 1 && token.genders[0] === 'F') items[items.length - 1]!.feminine = true;
    if (described && lastWord.plural === true) items[items.length - 1]!.plural = true;
    if (m.compoundHead !== undefined) {
      const rest = token.text.slice(m.end - token.start);
      // ("US-Chemiekonzern": the rest's lemma is "Chemiekonzern", its head "Konzern"; but "OpenAI-Strategiechef" is
      // no "Chef" of OpenAI, nor "Glasfaser-Netzbetreiber" the "Betreiber" of fibre: a compound on a relational noun
      // names another relation and keeps its own head.)
      const split = token.pos === 'NOUN' ? headOf(token) : undefined;
      // (After a place, "US-Cloudanbieter", the head is what the place locates.)
      const placed = m.entity !== undefined && PLACE_CLASSES.has(classOf.get(m.entity) ?? '');
      const restHead = split !== undefined && (placed || !relationalNoun(split)) ? split : m.compoundHead;
      const restItem = makeItem('token', t, t + 1, m.end, token.end, rest, lowerCase(rest), m.compoundHead, restHead, 'NOUN', token, undefined, undefined, undefined, undefined, undefined, isCue);
      if (split !== undefined && split !== restHead) restItem.tail = split;
      // "des US-Wagniskapitalgebers X": the inflected rest is a cue noun by the word's lemma.
      if (restItem.cue !== true && token.lemma !== undefined && token.lemma !== token.text) restItem.cue = isCue(token.lemma, m.compoundHead);
      items.push(restItem);
    }
    t = Math.max(m.tokenEnd, t + 1);
    // "„Bild“-Chefredakteur Julian Reichelt": a name in quotes joined by a hyphen to a title before a person's name is
    // the first part of a compound (not "die „Bild“-Zeitung", which is the paper itself).
    const close = doc.tokens[t];
    const dash = doc.tokens[t + 1];
    const noun = doc.tokens[t + 2];
    const person = starts.get(t + 3)?.some((k) => doc.mentions[k]!.entity !== undefined && classOf.get(doc.mentions[k]!.entity!) === 'Person') === true;
    if (
      person && m.compoundHead === undefined && t + 3 < to && close !== undefined && dash !== undefined && noun !== undefined && CLOSING_QUOTES.has(close.text) && close.start === m.end &&
      dash.text === '-' && dash.start === close.end && noun.start === dash.end && noun.pos === 'NOUN'
    ) {
      items[items.length - 1]!.compound = true;
      const lemma = noun.lemma ?? noun.text;
      const head = headOf(noun) ?? lemma;
      items.push(makeItem('token', t + 2, t + 3, dash.start, noun.end, `-${noun.text}`, `-${lowers[t + 2]}`, lemma, head, 'NOUN', noun, undefined, undefined, undefined, undefined, undefined, isCue));
      t += 3;
      continue;
    }
    // "Epic Games' Fortnite": the apostrophe of an English genitive after "s" belongs to the name.
    if (m.genitive === true && /s$/.test(m.text) && /^['’]$/.test(doc.tokens[t]?.text ?? '') && doc.tokens[t]!.sentence === token.sentence) t++;
  }
  return items;
}

function makeItem(
  kind: Item['kind'],
  tokenStart: number,
  tokenEnd: number,
  start: number,
  end: number,
  text: string,
  lower: string,
  lemma: string,
  head: string,
  pos: Token['pos'],
  token: Token | undefined,
  mention: Mention | undefined,
  mentionIndex: number | undefined,
  entity: string | undefined,
  cls: string | undefined,
  compound: boolean | undefined,
  isCue: IsCue,
): Item {
  const verbLemma = token?.verb?.lemma;
  return {
    kind,
    tokenStart,
    tokenEnd,
    start,
    end,
    text,
    lemma,
    head,
    pos,
    token,
    mention,
    mentionIndex,
    entity,
    cls,
    compound,
    cue: kind === 'token' && (pos === 'NOUN' || pos === 'PROPN') ? isCue(lemma, head) : undefined,
    lower,
    lowerLemma: lemma === text ? lower : lowerCase(lemma),
    lowerVerbLemma: verbLemma === undefined ? null : lowerCase(verbLemma),
  };
}
