// Background entities: what an article talks about without naming it, one entity per lemma, added to the graph after
// relations are read: happenings ("die Klage", "der Warnstreik", "the lawsuit"), collectives of people, firms or sites
// ("rund 180 Menschen", "mehrere Umlandgemeinden", "die Branche", "its stores"), products and works ("eine neue
// Abfüllanlage", "ein Gutachten"), sites and areas ("der Stammsitz", "die Innenstadt") and organisations introduced by
// "ein" and never named ("von einem Finanzinvestor"). They are nodes of their own, but no relation pattern sees them,
// so a lawsuit between a plaintiff and a court does not stand in for either, nor "die Konkurrenten" for a named rival.
import type { Doc, Entity, EntityClass, Token } from '../types.js';
import { makeMention, sentenceRanges } from './recognize-names.js';
import type { EntityResources } from './resources.js';
import { cueFor } from './cues.js';
import { PLACE_CLASSES } from '../place-classes.js';

/** Adds an entity for each background noun that no mention with an entity covers yet. */
export function recognizeBackground(doc: Doc, res: EntityResources): void {
  const { happenings, collectives, collectiveSites } = res.cues;
  if (happenings.size === 0 && collectives.size === 0 && collectiveSites.size === 0) return;
  const english = doc.article.lang === 'en';
  const covered = new Set<number>();
  // ("der Corona-Pandemie": a name inside the compound leaves the word to the happening; "die Konkurrenten": so does
  // a description that found nothing to refer to.)
  for (const m of doc.mentions) if (m.compoundHead === undefined && m.entity !== undefined) for (let k = m.tokenStart; k < m.tokenEnd; k++) covered.add(k);
  const named = new Set<number>();
  for (const m of doc.mentions) if (m.entity !== undefined && m.source !== 'unnamed' && !m.source.startsWith('coref')) named.add(m.tokenStart);
  const byKey = new Map<string, Entity>();
  for (const e of doc.entities) byKey.set(e.key, e);
  for (const [from, to] of sentenceRanges(doc)) {
    for (let i = from; i < to; i++) {
      const token = doc.tokens[i]!;
      if (token.kind !== 'word' || token.pos !== 'NOUN' || covered.has(i)) continue;
      // English writes the noun in lower case; German by its compound head too ("Sammelklage", "Umlandgemeinden").
      // (English "the warehouse club", "a court order": a noun before a noun modifies it.)
      if (english && (!/^\p{Ll}+$/u.test(token.text) || (doc.tokens[i + 1]?.pos === 'NOUN' && /^\p{Ll}/u.test(doc.tokens[i + 1]!.text)))) continue;
      // (English: the tagger's lemma, or the singular an "-s" ending leaves: "stores", "businesses", "companies".)
      const lemma = english && token.lemma === token.text ? englishSingular(token.text) : (token.lemma ?? token.text);
      const head = english ? undefined : res.nounHead(token.text);
      const type = backgroundClass(doc, i, from, lemma, head, res);
      // ("die App Tallyfox": a noun right before a name describes the name; a plural before names, "die Konkurrenten
      // Atomic und Head", is the group they make, as it is before "wie": "Anbietern wie Tarnwerk", "rivals include X".)
      if (type === undefined || (named.has(i + 1) && type !== 'Group')) continue;
      // ("Die Konzerne", "the companies", "der Banken": a plural of an organisation's noun with the definite article
      // refers back to the firms named.)
      if ((type === 'Group' || type === 'Facility' || type === 'Product') && ((membersFollow(doc, i) && type !== 'Group') || (DEFINITE.has(doc.tokens[i - 1]?.text.toLowerCase() ?? '') && organisationNoun(lemma, head, res)))) continue;
      addBackground(doc, byKey, i, from, type, lemma);
    }
    madeProducts(doc, res, byKey, covered, named, from, to);
    if (!english) bodiesInRoles(doc, res, byKey, from, to);
  }
}

/**
 * German "Betriebsratsvorsitzender X", "Aufsichtsratschefin Y": the body a role's compound names is an organisation of
 * the article, when the text does not name it otherwise ("der Betriebsrat").
 */
function bodiesInRoles(doc: Doc, res: EntityResources, byKey: Map<string, Entity>, from: number, to: number): void {
  for (let i = from; i < to; i++) {
    const token = doc.tokens[i]!;
    if (token.pos !== 'NOUN' || token.text.includes('-')) continue;
    const head = res.nounHead(token.text);
    if (head === undefined || !res.cues.person.has(head)) continue;
    const body = token.text.slice(0, token.text.length - head.length).replace(/s$/, '');
    if (!res.cues.bodies.has(body) || doc.entities.some((e) => e.label === body)) continue;
    addBackground(doc, byKey, i, from, 'Organization', body, false);
  }
}

/**
 * "stellt Einbaubacköfen und Dunstabzugshauben her", "fertigt Sofas und Sessel", "sells smart meters and heat pumps":
 * the plural nouns that follow a verb of making or selling in its clause, up to a comma, are products of the article.
 * (Not nouns a name follows, nor nouns for people, firms, sites or happenings, which the cue lists give their own class.)
 */
function madeProducts(doc: Doc, res: EntityResources, byKey: Map<string, Entity>, covered: Set<number>, named: Set<number>, from: number, to: number): void {
  const { productVerbs, productParticleVerbs, notProducts, happenings, collectives, collectiveSites } = res.cues;
  if (productVerbs.size === 0) return;
  const english = doc.article.lang === 'en';
  for (let v = from; v < to; v++) {
    const verb = doc.tokens[v]!;
    if (verb.pos !== 'VERB' && verb.pos !== 'AUX') continue;
    const lemma = verb.lemma ?? verb.text.toLowerCase();
    const listed = productVerbs.has(lemma);
    if (!listed && !particleLemmas(productParticleVerbs).has(lemma)) continue;
    // (Up to the next punctuation, within a clause's reach: a text without punctuation stays linear.)
    let end = v + 1;
    while (end < to && end < v + CLAUSE_REACH && doc.tokens[end]!.kind !== 'punct') end++;
    if (!listed && !productParticleVerbs.has(`${lemma} ${doc.tokens[end - 1]?.text.toLowerCase() ?? ''}`)) continue;
    for (let i = v + 1; i < end; i++) {
      const t = doc.tokens[i]!;
      if (t.pos !== 'NOUN' || covered.has(i) || named.has(i + 1) || (english && !/^\p{Ll}+$/u.test(t.text))) continue;
      if (doc.tokens[i + 1]?.pos === 'NOUN' && (english || doc.tokens[i + 1]!.kind === 'word')) continue;
      if (!pluralAt(doc, i, from, english)) continue;
      const noun = english && t.lemma === t.text ? englishSingular(t.text) : (t.lemma ?? t.text);
      const head = english ? undefined : res.nounHead(t.text);
      const listed = (set: Set<string>): boolean => set.has(noun) || (head !== undefined && set.has(head));
      // (Nor a measure after a number: "2,4 Millionen Flaschen" makes bottles, not millions.)
      if (doc.tokens[i - 1]?.pos === 'NUM' || listed(notProducts) || listed(happenings) || listed(collectives) || listed(collectiveSites) || cueFor(res.cues, noun, head) !== undefined) continue;
      covered.add(i);
      addBackground(doc, byKey, i, from, 'Product', noun);
    }
  }
}

/** How many tokens after a verb of making its products may stand. */
const CLAUSE_REACH = 40;
const particleMemo = new WeakMap<Set<string>, Set<string>>();
/** The verb lemmas of "lemma particle" entries ("stellen her" → "stellen"). */
function particleLemmas(entries: Set<string>): Set<string> {
  let lemmas = particleMemo.get(entries);
  if (lemmas === undefined) particleMemo.set(entries, (lemmas = new Set([...entries].map((e) => e.split(' ')[0]!))));
  return lemmas;
}

/** The class of background entity the noun at `i` names, if any. */
function backgroundClass(doc: Doc, i: number, from: number, lemma: string, head: string | undefined, res: EntityResources): string | undefined {
  const token = doc.tokens[i]!;
  const english = doc.article.lang === 'en';
  const { happenings, collectives, collectiveSingulars, collectiveSites, things, sitesSingular, areas } = res.cues;
  const listed = (set: Set<string>): boolean => set.has(lemma) || (english ? set.has(token.text) : head !== undefined && set.has(head));
  const singular = token.plural !== true;
  if (singular && (english ? happenings.has(token.text) : listed(happenings)) && determined(doc, i, from, english)) return 'Event';
  if ((listed(collectives) && pluralAt(doc, i, from, english)) || (singular && listed(collectiveSingulars) && determined(doc, i, from, english))) return 'Group';
  if (listed(collectiveSites) && pluralAt(doc, i, from, english)) return 'Facility';
  if (listed(things) && (pluralAt(doc, i, from, english) || (singular && determined(doc, i, from, english)))) return 'Product';
  // "ihr Großvater", "his widow": kin with an article or a possessive.
  if (singular && listed(res.cues.kin) && determined(doc, i, from, english)) return 'Person';
  // "der Stammsitz", "das Rathaus", "die Innenstadt": a site or an area with an article.
  if (singular && (listed(sitesSingular) || listed(areas)) && determined(doc, i, from, english)) return listed(areas) ? 'Place' : 'Facility';
  // "von einem Finanzinvestor", "eine Druckerei aus Wels": an organisation introduced by the indefinite article and
  // never named is one of its own (not "ein Unternehmen" or "a group", which name no kind).
  if (singular && INDEFINITE.has(articleBefore(doc, i, from)) && !res.cues.genericFirmNouns.has(lemma)) return organisationClass(lemma, head, res);
  return undefined;
}

/** Adds the mention at `i` to the article's entity of its class and lemma, with the words as written as aliases. */
function addBackground(doc: Doc, byKey: Map<string, Entity>, i: number, from: number, type: string, lemma: string, written = true): void {
  const token = doc.tokens[i]!;
  const english = doc.article.lang === 'en';
  // (A happening, a thing or an organisation is named by its lemma, a plural by its form: "Umlandgemeinden", "Turbinen".)
  const byForm = type === 'Group' || ((type === 'Facility' || type === 'Product') && pluralAt(doc, i, from, english));
  const m = makeMention(doc, i, i + 1, byForm ? token.text : lemma, type as EntityClass, 'unnamed', undefined);
  m.role = `${type.toLowerCase()}:${lemma}`;
  const index = doc.mentions.length;
  doc.mentions.push(m);
  const key = type === 'Event' ? `${doc.article.id}/${lemma}` : `${doc.article.id}/${type.toLowerCase()}:${lemma}`;
  let e = byKey.get(key);
  if (e === undefined) {
    e = { key, label: m.normalized, aliases: [], type: m.type, mentions: [], wikidata: undefined, unnamed: true, weakType: undefined };
    byKey.set(key, e);
    doc.entities.push(e);
  }
  e.mentions.push(index);
  m.entity = e.key;
  // The words as written, and with the adjectives (for a group its number and quantifier) before the noun
  // ("einem 48-stündigen Warnstreik", "rund 180 Menschen"), in English with the nouns and names stacked before it
  // too ("a funding round", "the COVID-19 pandemic").
  // (Each of the stacks: "funding round" and "million funding round".)
  // (Not for a body named inside a role's word: "Betriebsratsvorsitzender" is no name of the Betriebsrat.)
  if (!written) return;
  for (let k = i; k >= from && k > i - 4; k--) {
    const t = doc.tokens[k]!;
    if (k < i && !(t.pos === 'ADJ' || (english && stacked(t)) || (type !== 'Event' && (t.pos === 'NUM' || QUANTIFIERS.has(t.text.toLowerCase()) || ROUGHLY.has(t.text.toLowerCase()))))) break;
    const written = doc.article.text.slice(t.start, token.end);
    if (written !== e.label && !e.aliases.includes(written)) e.aliases.push(written);
  }
}

/**
 * The words that count a group, as written up to its noun at `end`: "140 Mitarbeitende" and "rund 140 Mitarbeitende"
 * for "rund 140 Mitarbeitende", "1,900 workers" and "more than 1,900 workers"; none for a group without a number right
 * before it.
 */
export function countedGroup(doc: Doc, first: number, end: number): string[] {
  const n = doc.tokens[first - 1];
  if (n === undefined || n.pos !== 'NUM' || n.sentence !== doc.tokens[first]!.sentence) return [];
  const out = [doc.article.text.slice(n.start, end)];
  for (let k = first - 2; k >= first - 3; k--) {
    const t = doc.tokens[k];
    if (t === undefined || t.sentence !== n.sentence || !(QUANTIFIERS.has(t.text.toLowerCase()) || ROUGHLY.has(t.text.toLowerCase()))) break;
    // (Not "als 1.200 Angestellte" on the way to "mehr als 1.200 Angestellte".)
    if (!/^(?:als|than)$/i.test(t.text)) out.push(doc.article.text.slice(t.start, end));
  }
  return out;
}

/** The singular of an English plural in "-s" ("stores", "businesses", "companies"); other words as they are. */
function englishSingular(word: string): string {
  if (/[^aeiou]ies$/.test(word)) return `${word.slice(0, -3)}y`;
  if (/(ss|sh|ch|x)es$/.test(word)) return word.slice(0, -2);
  if (/[^su]s$/.test(word)) return word.slice(0, -1);
  return word;
}

/** Definite articles before a plural. */
const DEFINITE = new Set(['die', 'der', 'den', 'the']);
/** Words after a plural that introduce its members by name. */
const MEMBERS = new Set(['wie', 'darunter', 'like', 'including', 'include', 'includes']);

/** Whether names of the members follow the plural at `i` ("Anbietern wie X", "providers such as X", "rivals include X"). */
function membersFollow(doc: Doc, i: number): boolean {
  const next = doc.tokens[i + 1]?.text.toLowerCase() ?? '';
  return MEMBERS.has(next) || (next === 'such' && doc.tokens[i + 2]?.text.toLowerCase() === 'as');
}

/** Indefinite articles. */
const INDEFINITE = new Set(['ein', 'eine', 'einen', 'einem', 'einer', 'eines', 'a', 'an']);

/** The article of the noun phrase of the noun at `i`, over adjectives ("einem großen Finanzinvestor"), lower case, or "". */
function articleBefore(doc: Doc, i: number, from: number): string {
  for (let j = i - 1; j >= from && j >= i - 3; j--) {
    const t = doc.tokens[j]!;
    if (t.pos === 'DET') return t.text.toLowerCase();
    if (t.pos !== 'ADJ' && t.pos !== 'ADV') return '';
  }
  return '';
}

/** The class of organisation a noun names ("Finanzinvestor" → Company), if it names one. */
function organisationClass(lemma: string, head: string | undefined, res: EntityResources): string | undefined {
  const cue = cueFor(res.cues, lemma, head);
  return cue !== undefined && cue.kind === 'organization' && cue.cls !== 'Group' && !PLACE_CLASSES.has(cue.cls) ? cue.cls : undefined;
}

/** Whether the noun names organisations of some kind (its cue's class is no person, group or place). */
function organisationNoun(lemma: string, head: string | undefined, res: EntityResources): boolean {
  const cue = cueFor(res.cues, lemma, head);
  return cue !== undefined && cue.kind !== 'person' && cue.cls !== 'Group' && cue.cls !== 'Person' && !PLACE_CLASSES.has(cue.cls);
}

/** Words for how many before a plural ("mehrere Gemeinden", "several rivals"). */
const QUANTIFIERS = new Set(['mehrere', 'mehreren', 'viele', 'vielen', 'zahlreiche', 'zahlreichen', 'einige', 'einigen', 'beide', 'beiden', 'alle', 'allen', 'sämtliche', 'sämtlichen', 'etliche', 'etlichen', 'wenige', 'wenigen', 'manche', 'weitere', 'weiteren', 'several', 'many', 'some', 'all', 'both', 'other', 'few']);
/** Words for about how many before a number ("rund 180 Menschen"). */
const ROUGHLY = new Set(['rund', 'etwa', 'knapp', 'gut', 'fast', 'über', 'mehr', 'als', 'about', 'around', 'nearly', 'some', 'than', 'more']);

/**
 * Whether the collective noun at `i` is plural here: a form only plural, a number or a word for how many before it,
 * a German form other than the lemma (not a genitive in -s: "Umlandgemeinden", "Kunden"), "die" or an adjective in -e
 * before a lemma in -er ("die Hersteller", "chinesische Hersteller"), an English form other than its lemma ("rivals").
 */
function pluralAt(doc: Doc, i: number, from: number, english: boolean): boolean {
  const token = doc.tokens[i]!;
  if (token.plural === true) return true;
  const lemma = token.lemma ?? token.text;
  if (english) return englishSingular(token.text) !== token.text || token.text === 'people' || token.text === 'staff' || token.text === 'children';
  if (token.pluralToo !== true) return false;
  const before = doc.tokens[i - 1];
  if (before === undefined || i - 1 < from) return token.text !== lemma && !token.text.endsWith('s');
  const low = before.text.toLowerCase();
  if (before.pos === 'NUM' || QUANTIFIERS.has(low)) return true;
  if (token.text !== lemma) return !token.text.endsWith('s') && !['dem', 'einem', 'des', 'eines', 'der', 'einen', 'den'].includes(low);
  return low === 'die' || (before.pos === 'ADJ' && /e$/.test(before.text) && doc.tokens[i - 2]?.pos !== 'DET');
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
