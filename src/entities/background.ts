// Happenings the news reports ("die Klage", "der Warnstreik", "the lawsuit"): events of the article, one per lemma,
// added to the graph after relations are read. They are nodes of their own with their provenance, but no relation
// pattern sees them, so a lawsuit between a plaintiff and a court does not stand in for either.
import type { Doc, Entity, Token } from '../types.js';
import { makeMention, sentenceRanges } from './recognize-names.js';
import type { EntityResources } from './resources.js';

/** Adds an Event entity for each happening noun with an article that no mention covers yet. */
export function recognizeHappenings(doc: Doc, res: EntityResources): void {
  const happenings = res.cues.happenings;
  if (happenings.size === 0) return;
  const english = doc.article.lang === 'en';
  const covered = new Set<number>();
  // ("der Corona-Pandemie": a name inside the compound leaves the word to the happening.)
  for (const m of doc.mentions) if (m.compoundHead === undefined) for (let k = m.tokenStart; k < m.tokenEnd; k++) covered.add(k);
  const byKey = new Map<string, Entity>();
  for (const e of doc.entities) byKey.set(e.key, e);
  for (const [from, to] of sentenceRanges(doc)) {
    for (let i = from; i < to; i++) {
      const token = doc.tokens[i]!;
      if (token.kind !== 'word' || token.pos !== 'NOUN' || token.plural === true || covered.has(i)) continue;
      // English writes the noun in lower case; German by its compound head too ("Sammelklage", "Hackerangriff").
      const lemma = token.lemma ?? token.text;
      const head = english ? undefined : res.nounHead(token.text);
      if (english ? !/^\p{Ll}+$/u.test(token.text) || !happenings.has(token.text) : !happenings.has(lemma) && (head === undefined || !happenings.has(head))) continue;
      if (!determined(doc, i, from, english)) continue;
      const m = makeMention(doc, i, i + 1, lemma, 'Event', 'unnamed', undefined);
      m.role = `event:${lemma}`;
      const index = doc.mentions.length;
      doc.mentions.push(m);
      const key = `${doc.article.id}/${lemma}`;
      let e = byKey.get(key);
      if (e === undefined) {
        e = { key, label: lemma, aliases: [], type: 'Event', mentions: [], wikidata: undefined, unnamed: true, weakType: undefined };
        byKey.set(key, e);
        doc.entities.push(e);
      }
      e.mentions.push(index);
      m.entity = e.key;
      // The words as written, and with the adjectives before the noun ("einem 48-stündigen Warnstreik"), in English
      // with the nouns and names stacked before it too ("a funding round", "the COVID-19 pandemic").
      // (Each of the stacks: "funding round" and "million funding round".)
      for (let k = i; k >= from && k > i - 4; k--) {
        if (k < i && !(doc.tokens[k]!.pos === 'ADJ' || (english && stacked(doc.tokens[k]!)))) break;
        const written = doc.article.text.slice(doc.tokens[k]!.start, token.end);
        if (written !== e.label && !e.aliases.includes(written)) e.aliases.push(written);
      }
    }
  }
}

/** An English word stacked before a noun: a noun, a name or a gerund ("funding round"). */
function stacked(t: Token): boolean {
  return t.pos === 'NOUN' || t.pos === 'PROPN' || (t.pos === 'VERB' && /^\p{Ll}+ing$/u.test(t.text));
}

/** German prepositions with the article inside ("im", "beim"). */
const CONTRACTED = new Set(['im', 'am', 'beim', 'vom', 'zum', 'zur', 'ins']);

/**
 * Whether an article, a possessive or a contracted preposition opens the noun phrase of the noun at `i`, over
 * adjectives, numbers and (in English) the nouns and names stacked before it ("a $35 million funding round", "the
 * COVID-19 pandemic", "einem 48-stündigen Warnstreik").
 */
function determined(doc: Doc, i: number, from: number, english: boolean): boolean {
  for (let j = i - 1; j >= from && j >= i - 6; j--) {
    const t = doc.tokens[j]!;
    if (t.pos === 'DET' || CONTRACTED.has(t.text.toLowerCase())) return true;
    // English "Intel's annual meeting": a genitive name makes the noun definite.
    if (english && /['’]s$/.test(t.text)) return true;
    if (t.pos === 'ADJ' || t.pos === 'NUM' || t.pos === 'ADV' || (english && (stacked(t) || t.text === '$' || t.text === "'"))) continue;
    return false;
  }
  return false;
}
