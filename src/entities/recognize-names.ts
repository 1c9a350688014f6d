// First recognition pass: names written as names — gazetteer matches and runs
// of capitalised words that the lexicon does not know, typed by the cue noun
// in front of them ("der Konzern X", "Richterin X Y"), first names, legal forms
// and place prepositions.
import { isDigitName } from '../text/digit-name.js';
import type { Doc, Mention, Token } from '../types.js';
import { type Cue, cueFor, revealsName, scaleOf, sectorOf } from './cues.js';
import type { EntityResources, KnownEntity } from './resources.js';
import { lowerTexts } from '../text/lower-case.js';
import { BoundedMap } from '../data/bounded-map.js';
import { loadClauseLexicon } from '../relations/clause-lexicon.js';
import { PLACE_CLASSES } from '../place-classes.js';

/** Capitalised, or camel case as brands write themselves ("iPhone", "eBay"). */
const CAPITAL = /^(?:\p{Lu}|\p{Ll}{1,2}\p{Lu}(?:\p{Ll}|\p{Lu}{1,2}$))/u;
const LONG_CAMEL = /^[a-z]{3,4}[A-Z][a-z]{2,}$/;
/** Cue classes whose noun plus a place name is a proper name ("Landgericht Hamburg"). */
const INSTITUTION_CLASSES = new Set(['Court', 'GovernmentAgency']);
const ORG_CLASSES = new Set(['Company', 'Organization', 'Platform']);
const ALL_CAPS = /^[\p{Lu}\d&.]{2,}$/u;
/** Words before a news agency's short name in lower case ("(dpa", "der apa", "laut sda"). */
const BEFORE_AGENCY = new Set(['(', '/', 'der', 'die', 'laut', 'von', 'the']);

export function isCapitalised(text: string): boolean {
  // Called several times per token: decide the common ASCII cases without the
  // Unicode regex. An ASCII capital is a capital; another ASCII character that
  // is no lowercase letter is neither \p{Lu} nor \p{Ll}; a lowercase word is
  // camel case only if its second or third character is not a lowercase ASCII letter.
  const c0 = text.charCodeAt(0);
  if (c0 < 128) {
    if (c0 >= 65 && c0 <= 90) return true;
    // "4chan", "23andMe", "3sat": a name may open with digits.
    if (c0 >= 48 && c0 <= 57) return isDigitName(text);
    if (c0 < 97 || c0 > 122) return false;
    if (text.length < 3) return false;
    // ("airBaltic", "easyJet": three or four small letters before the capital too.)
    if (isAsciiLower(text.charCodeAt(1)) && isAsciiLower(text.charCodeAt(2))) return LONG_CAMEL.test(text);
  }
  return CAPITAL.test(text);
}

/**
 * The end of an authority's remit that starts with the capitalised word at `first`, right after "für":
 * capitalised words joined by "und", "in" and articles, at most eight words ("Sicherheit in der
 * Informationstechnik", "Datenschutz und Informationsfreiheit").
 */
function remitEnd(tokens: Token[], first: number, to: number): number {
  let end = first + 1;
  while (end < to && end < first + 8) {
    const t = tokens[end]!;
    // After a noun only a genitive article goes on ("Bekämpfung der Internetkriminalität"); "… Informationsfreiheit
    // den Vorfall" starts the next phrase.
    const article = ['der', 'die', 'das', 'des', 'den'].includes(t.text);
    const afterNoun = isCapitalised(tokens[end - 1]!.text);
    // ("am Institut für Weltwirtschaft in Kiel": "in" before a name says where, not what.)
    const joins =
      (t.text === 'und' || (t.text === 'in' && ['der', 'die', 'das', 'den'].includes(tokens[end + 1]?.text ?? '')) || (article && (!afterNoun || t.text === 'der' || t.text === 'des'))) &&
      end + 1 < to && (isCapitalised(tokens[end + 1]!.text) || ['der', 'die', 'das', 'des', 'den'].includes(tokens[end + 1]!.text));
    if (!(t.kind === 'word' && isCapitalised(t.text) && t.pos !== 'VERB') && !joins && !(t.text === ',' && isCapitalised(tokens[end + 1]?.text ?? '') && tokens[end + 2]?.text === 'und')) break;
    end++;
  }
  while (end > first + 1 && !isCapitalised(tokens[end - 1]!.text)) end--;
  return end;
}

/**
 * English "The Co-op Group", "Rolls-Royce Holdings": a hyphenated capitalised word before a legal form opens a name.
 * "der Versicherungsbroker Brunner & Lüthi", "Gruner + Jahr": so does a capitalised word before "&" or "+" and
 * another, unless both are dictionary nouns ("Forschung & Entwicklung") or the first is a listed first name (the
 * growing name takes those).
 */
function joinedOpener(tokens: Token[], i: number, to: number, res: EntityResources, lang: string): boolean {
  const token = tokens[i]!;
  if (token.kind !== 'word' || !isCapitalised(token.text) || i + 1 >= to) return false;
  if (lang === 'en' && token.text.includes('-') && res.cues.legalForms.has(tokens[i + 1]!.text)) return true;
  // ("with Tri-County Refuse Services": so does one of capitalised parts, none a place or its adjective, not all first
  // names, before another capitalised word of the name.)
  const next = tokens[i + 1]!;
  // ("die Milchwerke Brell-Sempt eG": so does German one of capitalised parts before "eG", a legal form in small letters
  // that opens no name itself, its last part no dictionary noun.)
  if (lang === 'de' && res.cues.bareForms.has(next.text) && !isCapitalised(next.text) && /^(\p{Lu}\p{Ll}+|\p{Lu}{2,5})(-\p{Lu}\p{Ll}+)+$/u.test(token.text) && !res.isCommonNoun(token.text.slice(token.text.lastIndexOf('-') + 1))) return true;
  if (lang === 'en' && /^\p{Lu}\p{Ll}+(-\p{Lu}\p{Ll}+)+$/u.test(token.text) && next.kind === 'word' && next.pos === 'PROPN' && /^\p{Lu}\p{Ll}+$/u.test(next.text) && !res.cues.neverNames.has(next.text) && !res.isFirstName(next.text)) {
    const parts = token.text.split('-');
    if (!parts.every((p) => res.isFirstName(p)) && parts.every((p) => !res.cues.placeAdjectives.has(p) && !res.cues.demonyms.has(p) && !res.lookup(p).some((e) => PLACE_CLASSES.has(e.type)) && !res.cues.hyphenPrefixes.has(p))) return true;
  }
  const after = tokens[i + 2];
  return (
    (tokens[i + 1]!.text === '&' || tokens[i + 1]!.text === '+') && after !== undefined && i + 2 < to && /^\p{Lu}\p{Ll}+$/u.test(token.text) && /^\p{Lu}\p{Ll}+$/u.test(after.text) &&
    !(res.isCommonNoun(token.text) && res.isCommonNoun(after.text)) && !res.isFirstName(after.text)
  );
}

/**
 * The cue of the first word of a name spelled by the initials in brackets at `end` ("Bundesamt für Verkehr (BAV)"), if
 * any; none for a word of origin in -er before another capitalised word ("Freiämter Regionalbahn (FRB)" is no "Amt").
 */
function openingCue(tokens: Token[], start: number, end: number, res: EntityResources): Cue | undefined {
  const opening = tokens[start]!;
  if (/^\p{Lu}\p{Ll}+er$/u.test(opening.text) && start + 1 < end && isCapitalised(tokens[start + 1]!.text)) return undefined;
  return cueFor(res.cues, opening.lemma ?? opening.text, res.nounHead(opening.text));
}

/** Small words that may follow the name a stake is in ("a stake in X in 2019", "… in X for $5m"). */
const AFTER_STAKE_NAME = /^(in|for|from|and|or|at|on|to|by|with|since|last|this|which|that|earlier|as|after|before|of|worth)$/;

/**
 * A word that never opens a name here. ("Jan Koum": a month's short form that is also a first name opens one before a
 * capitalised word; a date has a number after it, "Jan. 5", "Jan 5".)
 */
function neverName(tokens: Token[], i: number, res: EntityResources): boolean {
  const t = tokens[i]!;
  // ("at Tuesday's meeting": a weekday's English genitive too.)
  if (!res.cues.neverNames.has(t.text) && !(/['’]s$/u.test(t.text) && res.cues.neverNames.has(t.text.slice(0, -2)))) return false;
  const next = tokens[i + 1];
  // ("Jan de Vries", "Jan van der Berg": or before a surname's particle and a capitalised word.)
  const after = tokens[i + 2];
  const surname = after !== undefined && ARTICLE_AFTER_PARTICLE.has(after.text) ? tokens[i + 3] : after;
  const particle = next !== undefined && res.cues.personParticles.has(next.text) && surname !== undefined && isCapitalised(surname.text);
  return !(monthFirstName(t.text, res) && next?.kind === 'word' && next.start === t.end + 1 && (particle || (isCapitalised(next.text) && !res.cues.neverNames.has(next.text))));
}

/** A month's short form of three letters that is also a first name ("Jan"). */
function monthFirstName(word: string, res: EntityResources): boolean {
  return word.length === 3 && res.isFirstName(word);
}

/** A word that may open a company name before its other words ("Dorfmeister", "Lechner-Hofbauer"). */
function nameWordBefore(t: Token, res: EntityResources): boolean {
  if (t.kind !== 'word' || !isCapitalised(t.text) || (t.pos !== 'NOUN' && t.pos !== 'PROPN')) return false;
  if (res.cues.placeAdjectives.has(t.text) || (/er$/.test(t.text) && inhabitantPlace(t.text, res) !== undefined)) return false;
  if (res.cues.neverNames.has(t.text) || res.cues.legalForms.has(t.text)) return false;
  // A hyphen only in a double name: "Lechner-Hofbauer", not "Bau-Konzern".
  if (t.text.includes('-') && !/^\p{Lu}\p{Ll}+-\p{Lu}\p{Ll}+$/u.test(t.text)) return false;
  return cueFor(res.cues, t.lemma ?? t.text, t.text.includes('-') ? undefined : res.nounHead(t.text)) === undefined;
}

/**
 * The end of a name that an organisation noun at `i` opens and an abbreviation in brackets closes, when the
 * abbreviation starts with the noun's first letter and the words between are a complement (lower-case
 * adjectives, capitalised nouns, "der"/"des"/"für"): "Bundesverband mittelständischer Markenlieferanten (BVML)".
 */
function spelledName(tokens: Token[], i: number, to: number, res: EntityResources): number | undefined {
  const first = tokens[i]!;
  if (first.pos !== 'NOUN' || !isCapitalised(first.text)) return undefined;
  const lemma = first.lemma ?? first.text;
  const cue = cueFor(res.cues, lemma, res.nounHead(first.text));
  const head = res.nounHead(first.text);
  const organisation = cue?.kind === 'organization' || res.cues.associationHeads.has(lemma) || (head !== undefined && res.cues.associationHeads.has(head));
  // "Das Kreisverwaltungsreferat (KVR)": one compound whose parts the abbreviation spells, letter by letter.
  if (!organisation && cue === undefined && tokens[i + 1]?.text === '(' && tokens[i + 3]?.text === ')' && i + 3 < to && spellsCompound(tokens[i + 2]!.text, first.text)) return i + 1;
  if (!organisation) return undefined;
  for (let k = i + 1; k < to && k <= i + 6; k++) {
    const t = tokens[k]!;
    if (t.text === '(') {
      const abbr = tokens[k + 1]?.text ?? '';
      // ("Bundesinnung der Zahntechniker (bizt)": German associations often write theirs in lower case.)
      const lower = /^\p{Ll}{3,6}$/u.test(abbr) && abbr[0] === first.text[0]!.toLowerCase() && tokens.slice(i + 1, k).some((w) => (w.pos === 'NOUN' || w.pos === 'PROPN') && isCapitalised(w.text));
      const spells = k > i + 1 && tokens[k + 2]?.text === ')' && ((/^\p{Lu}[\p{L}]{1,7}$/u.test(abbr) && (abbr.match(/\p{Lu}/gu)?.length ?? 0) >= 2 && abbr[0] === first.text[0]) || lower);
      return spells ? k : undefined;
    }
    const complement = (t.pos === 'ADJ' && /^\p{Ll}/u.test(t.text)) || ((t.pos === 'NOUN' || t.pos === 'PROPN') && isCapitalised(t.text)) || ['der', 'des', 'für', 'und'].includes(t.text);
    if (!complement) return undefined;
  }
  return undefined;
}

/**
 * The first token of the words before the "(" at `open` whose initials the abbreviation in the brackets spells
 * ("Österreichische Olympische Comité (ÖOC)", "Europäische Zentralbank (EZB)", "Bundesamt für Sicherheit in der
 * Informationstechnik (BSI)"): each capitalised word gives its initial in order and may give more letters from
 * inside it; lower-case words between give none. At least two capitalised words.
 */
function initialsName(tokens: Token[], open: number, from: number, to: number): number | undefined {
  const abbr = tokens[open + 1]?.text ?? '';
  if (tokens[open + 2]?.text !== ')' || open + 2 >= to || !/^\p{Lu}[\p{Lu}\p{Ll}]{1,7}$/u.test(abbr)) return undefined;
  // "Innovation Park Artificial Intelligence (Ipai)": an abbreviation written as a word spells one initial per word.
  const wordLike = (abbr.match(/\p{Lu}/gu)?.length ?? 0) < 2;
  if (wordLike && abbr.length < 3) return undefined;
  let best: number | undefined;
  for (let start = open - 1; start >= from && start >= open - 8; start--) {
    const t = tokens[start]!;
    if (t.kind !== 'word') break;
    if (!isCapitalised(t.text)) continue;
    const words = tokens.slice(start, open).filter((w) => isCapitalised(w.text)).map((w) => w.text);
    // ("Andermatt Swiss Alps AG (ASA)": a closing legal form may give no initial.)
    const bare = words.length > 2 && TRAILING_FORM.test(words[words.length - 1]!) ? words.slice(0, -1) : undefined;
    if (wordLike ? words.length === abbr.length && words.every((w, k) => w.charAt(0).toLowerCase() === abbr.charAt(k).toLowerCase()) : (words.length >= 2 && spellsInitials(abbr, words)) || (bare !== undefined && spellsInitials(abbr, bare))) best = start;
  }
  if (best === undefined) return undefined;
  // Lower-case words inside the name are function words only ("für", "in der").
  for (let k = best; k < open; k++) if (!isCapitalised(tokens[k]!.text) && !/^\p{Ll}{1,4}$/u.test(tokens[k]!.text)) return undefined;
  return best;
}

/** Legal forms that close a name and may be left out of its abbreviation. */
const TRAILING_FORM = /^(AG|GmbH|SE|KG|OG|KGaA|Inc\.?|Ltd\.?|LLC|PLC|plc|SA|NV|Co\.?|Corp\.?)$/;

function spellsInitials(abbr: string, words: string[]): boolean {
  const letters = abbr.toLowerCase();
  let p = 0;
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!.toLowerCase();
    if (letters[p] !== w[0]) return false;
    p++;
    // More letters from inside the word ("Zentralbank" gives Z and B), in order, up to the next word's initial.
    const nextInitial = words[k + 1]?.toLowerCase()[0];
    let at = 1;
    while (p < letters.length && letters[p] !== nextInitial) {
      const next = w.indexOf(letters[p]!, at);
      if (next < 0) break;
      at = next + 1;
      p++;
    }
  }
  return p === letters.length;
}

/** "KVR" spells "Kreisverwaltungsreferat": three or more capitals, the first the word's, the others in order inside it. */
function spellsCompound(abbr: string, word: string): boolean {
  if (!/^\p{Lu}{3,6}$/u.test(abbr) || abbr[0] !== word[0] || word.length < 3 * abbr.length) return false;
  let at = 1;
  for (const letter of abbr.slice(1).toLowerCase()) {
    at = word.indexOf(letter, at);
    if (at < 0) return false;
    at++;
  }
  return true;
}

const PRODUCT_CODE = /^\p{Lu}[\p{Lu}\d]*-\d+[\p{L}\d]*$/u;

function isAsciiLower(code: number): boolean {
  return code >= 97 && code <= 122;
}

/** Tokens of each sentence, as index ranges into doc.tokens. */
export function sentenceRanges(doc: Doc): Array<[number, number]> {
  const ranges: Array<[number, number]> = doc.sentences.map(() => [0, 0]);
  let i = 0;
  for (let s = 0; s < doc.sentences.length; s++) {
    const from = i;
    while (i < doc.tokens.length && doc.tokens[i]!.sentence === s) i++;
    ranges[s] = [from, i];
  }
  return ranges;
}

/** "Walliserin", "Tiroler": an inhabitant of a known place. */
export function inhabitantOf(word: string, res: EntityResources): boolean {
  const male = word.endsWith('erin') ? word.slice(0, -2) : word;
  return res.cues.placeAdjectives.has(male) || inhabitantPlace(word, res) !== undefined;
}

/**
 * A word the gazetteer knows alone that is a word of the phrase around it, no name:
 * - English "Swiss drugmaker X": an adjective of origin before a lower-case noun, not a brand of that name;
 * - "die Schweden", "den Dänen": inhabitants after an article, not their country (German countries take none);
 * - "im Münchner Norden": a direction after a word of origin, not the town Norden;
 * - "Drei Investoren haben …": a number word before a noun counts it; it is no brand of that name ("Drei").
 */
function wordOfPhrase(tokens: Token[], i: number, from: number, res: EntityResources): boolean {
  const token = tokens[i]!;
  const after = tokens[i + 1];
  if (res.cues.demonyms.has(token.text) && after !== undefined && /^\p{Ll}/u.test(after.text) && after.kind === 'word') return true;
  if (res.lang === 'de' && i > from && /^(Norden|Süden|Osten|Westen)$/.test(token.text) && /^\p{Lu}\p{Ll}+er$/u.test(tokens[i - 1]!.text)) return true;
  // (Not before a name: "den Schweden Lennart Jorfeld" is one man.)
  if (res.lang === 'de' && i > from && /^d(ie|en)$/i.test(tokens[i - 1]!.text) && token.text.endsWith('en') && res.cues.placeAdjectives.has(token.text.slice(0, -1)) && !isCapitalised(after?.text ?? '')) return true;
  return token.pos === 'NUM' && after !== undefined && (after.pos === 'NOUN' || after.pos === 'ADJ') && after.sentence === token.sentence;
}

/** The known place an inhabitant word names ("Walliserin" → Wallis, "Steirer" → Steiermark). */
export function inhabitantPlace(word: string, res: EntityResources): KnownEntity | undefined {
  let memo = inhabitantMemos.get(res);
  if (memo === undefined) {
    memo = new BoundedMap<string, KnownEntity | null>();
    inhabitantMemos.set(res, memo);
  }
  const known = memo.get(word);
  if (known !== undefined) return known ?? undefined;
  const place = findInhabitantPlace(word, res);
  memo.set(word, place ?? null);
  return place;
}

/**
 * Places of inhabitant words per word (null: none), per set of resources: asked for every
 * capitalised word in -er before a name ("Sprecher", "Mitarbeiter"), each trying several names.
 */
const inhabitantMemos = new WeakMap<EntityResources, BoundedMap<string, KnownEntity | null>>();

function findInhabitantPlace(word: string, res: EntityResources): KnownEntity | undefined {
  const male = word.endsWith('erin') ? word.slice(0, -2) : word;
  const listed = res.cues.placeAdjectives.get(male);
  if (listed !== undefined) return knownPlace(listed, res);
  // The rules below rebuild German words of origin; English names in -er are names ("Warner Bros").
  if (res.lang !== 'de') return undefined;
  const stem = male.slice(0, -2);
  if (stem.length < 3) return undefined;
  // In this order; the later forms are made only when the earlier name no place. They rebuild the place's name, so
  // a dictionary noun takes none of them ("der Kammer" is no inhabitant of Kamen; "Hamburger" is one of Hamburg).
  const direct = knownPlace(stem, res);
  if (direct !== undefined) return direct;
  // ("Kufsteiner" → Kufstein: a smaller town the gazetteer keeps for certain places only, when its name ends like one.)
  if (townEnding(stem, res)) {
    const town = res.lookupTownWord(stem);
    if (town !== undefined) return town;
  }
  // "Sauerländer" → Sauerland: the umlaut of the last syllable undone.
  const plain = stem.replace(/(ä|ö|ü)([^aeiouäöü]*)$/, (_m, v: string, rest: string) => ({ ä: 'a', ö: 'o', ü: 'u' })[v as 'ä' | 'ö' | 'ü'] + rest);
  if (plain !== stem) {
    const unumlauted = knownPlace(plain, res);
    if (unumlauted !== undefined) return unumlauted;
  }
  // "Lausanner" → Lausanne, "Karlsruher" → Karlsruhe: a place ending in -e takes only -r (the dictionary lists some
  // such inhabitant words as nouns).
  const eTown = knownPlace(male.slice(0, -1), res);
  if (eTown !== undefined && eTown.type === 'City') return eTown;
  // A town's inhabitants in "-aner": "Xaner" → X.
  if (male.endsWith('aner') && male.length > 7) {
    const aner = knownPlace(male.slice(0, -4), res);
    if (aner !== undefined && aner.type === 'City') return aner;
  }
  // "Norweger" → norwegisch, "Belgier" → belgisch: a country's inhabitants named like its adjective of origin (the
  // dictionary lists them as nouns).
  const adjective = res.cues.demonyms.get(`${stem.toLowerCase()}${stem.endsWith('i') ? 'sch' : 'isch'}`);
  if (adjective !== undefined) {
    const country = knownPlace(adjective, res);
    if (country !== undefined) return country;
  }
  if (res.isCommonNoun(word)) return undefined;
  return knownPlace(`${stem}en`, res) ?? knownPlace(`${male.slice(0, -3)}en`, res) ?? knownPlace(`${male.slice(0, -3)}el`, res) ?? eTown;
}

/** German prepositions after which a bare town name is certain: "aus Halle", "in Hof" (an everyday noun would take an
 * article; not "nach", which takes bare directions: "nach Norden"). */
const TOWN_PREPOSITIONS = new Set(['in', 'aus']);

/**
 * "aus Halle", "in Essen": a town whose name is an everyday word, right after a preposition of place with no
 * article, and not followed by another capitalised word or a number ("ab Mitte Mai").
 */
function townAfterPreposition(tokens: Token[], i: number, from: number, to: number, res: EntityResources): { entries: KnownEntity[]; length: number } | undefined {
  // ("mit Sitz im schweizerischen Zug": an adjective of a country between the preposition and the town.)
  // ("im Schweizer Zug": or a place's word of origin.)
  const country =
    i - 2 >= from &&
    (/^\p{Ll}+isch(e|en|em)$/u.test(tokens[i - 1]!.text) || (/^\p{Lu}\p{Ll}+er$/u.test(tokens[i - 1]!.text) && inhabitantOf(tokens[i - 1]!.text, res))) &&
    /^(in|im|aus)$/.test(tokens[i - 2]!.text);
  // ("im Raum Leipzig und Halle": after "und" and a town the gazetteer knows, a town too.)
  const coordinated = i - 2 >= from && /^(und|sowie|oder)$/.test(tokens[i - 1]!.text) && isCapitalised(tokens[i - 2]!.text) && res.lookupWeak(tokens[i - 2]!.text).some((e) => e.type === 'City');
  if (res.lang !== 'de' || i - 1 < from || !(TOWN_PREPOSITIONS.has(tokens[i - 1]!.text) || country || coordinated)) return undefined;
  const next = tokens[i + 1];
  if (next !== undefined && i + 1 < to && (next.kind === 'number' || /^\p{Lu}/u.test(next.text))) return undefined;
  // ("in Kirchdorf an der Krems": a town qualified by its river is another town than the bare name.)
  // (Not "in Schlieren bei Zürich", "aus Radstadt im Pongau": only where the gazetteer knows the qualified name.)
  if (/^(an|am|im|in|ob|bei)$/.test(next?.text ?? '') && i + 1 < to) {
    const span = next!.text === 'an' || next!.text === 'ob' || next!.text === 'in' ? 4 : 3;
    if (res.lookup(tokens.slice(i, i + span).map((t) => t.text).join(' ')).length > 0) return undefined;
  }
  const word = tokens[i]!.text;
  const town = res.lookupWeak(word).find((e) => e.type === 'City') ?? res.lookupTownWord(word);
  return town === undefined ? undefined : { entries: [town], length: 1 };
}

/** Words after which a name is given: "unter dem Namen X", "under the name X". */
const NAME_GIVEN = new Set(['unter dem namen', 'under the name']);

/** The end of a name given after "unter dem Namen": up to five capitalised words, numbers or legal forms, no verb. */
function givenNameEnd(tokens: Token[], i: number, to: number, res: EntityResources): number | undefined {
  let end = i;
  while (end < to && end < i + 5) {
    const t = tokens[end]!;
    if (t.pos === 'VERB' || t.pos === 'AUX') break;
    if (!((t.kind === 'word' && isCapitalised(t.text)) || (end > i && (t.kind === 'number' || res.cues.legalForms.has(t.text))))) break;
    end++;
  }
  return end > i ? end : undefined;
}

/** A noun for a person by its feminine form in -in, itself or as the head of its compound ("Steuerberater", "Milchbauer"). */
function personWord(token: Token, res: EntityResources): boolean {
  const lemma = token.lemma?.replace(/in$/, '') ?? token.text;
  const head = res.nounHead(token.text);
  for (const base of head !== undefined && head !== lemma ? [lemma, head.replace(/in$/, '')] : [lemma]) {
    if (res.personNoun(base)) return true;
    // ("Bauer" → "Bäuerin": the feminine may take an umlaut.)
    const umlaut = base.replace(/(au|a|o|u)([^aeiouäöü]*(?:e[^aeiouäöü]*)?)$/u, (_, v: string, rest: string) => ({ au: 'äu', a: 'ä', o: 'ö', u: 'ü' })[v]! + rest);
    if (umlaut !== base && res.isCommonNoun(`${umlaut}in`)) return true;
  }
  return false;
}

/** "Montagfrüh", "Freitagabend": a weekday and a part of the day. */
function dayTime(word: string, res: EntityResources): boolean {
  if (res.cues.dayParts.size === 0 || word.length < 9) return false;
  for (const day of res.cues.weekdayNames) if (word.startsWith(day) && res.cues.dayParts.has(word.slice(day.length))) return true;
  return false;
}

/** Whether a word ends in a listed ending of town names, after at least three letters ("Wolfsberg", not "Berg"). */
function townEnding(word: string, res: EntityResources): boolean {
  for (const e of res.cues.townEndings) if (word.length >= e.length + 3 && word.endsWith(e)) return true;
  return false;
}

/** A word with a town's ending, or any word after a seat's noun or a legal form and "in"/"aus" ("mit Sitz in Landquart"). */
function townWord(tokens: Token[], i: number, res: EntityResources): boolean {
  return townEnding(tokens[i]!.text, res) || (res.cues.seatNouns.has(tokens[i - 2]?.text ?? '') && !res.isFirstName(tokens[i]!.text));
}

/** "Volkspartei": a word that ends in a noun the cues know ("Partei"), as a compound of the language would. */
function endsInCueNoun(word: string, res: EntityResources): boolean {
  for (let k = 2; k <= word.length - 4; k++) if (cueFor(res.cues, word.charAt(k).toUpperCase() + word.slice(k + 1), undefined) !== undefined) return true;
  return false;
}

/** The first place among the (weak) gazetteer entries of a name. */
function knownPlace(name: string, res: EntityResources): KnownEntity | undefined {
  for (const e of res.lookupWeak(name)) if (PLACE_CLASSES.has(e.type)) return e;
  // "Essener": a town whose name is an everyday word ("Essen") is known by its word of origin.
  return res.lookupBlockedPlace(name);
}

/** A noun for a gathering ("Parteitag", "Landesparteitag"), by its lemma or its compound head. */
export function isEventNoun(token: Token, res: EntityResources): boolean {
  const head = res.nounHead(token.text);
  return res.cues.eventNouns.has(token.lemma ?? token.text) || (head !== undefined && res.cues.eventNouns.has(head));
}

function nameLike(token: Token, res: EntityResources): boolean {
  if (token.kind !== 'word' || !isCapitalised(token.text)) return false;
  // "Heinz-Christian Strache": a double first name.
  if (token.text.includes('-') && res.isFirstName(token.text)) return true;
  // "Wei-Jen Lo", "Ji-Hoon Park": a given name of two short syllables that no list holds (no words of the lexicon).
  if (/^\p{Lu}\p{Ll}{1,3}-\p{Lu}\p{Ll}{1,3}$/u.test(token.text) && token.text.split('-').every((p) => !res.isCommonNoun(p) && !res.isCommonNoun(p.toLowerCase()) && !res.cues.demonyms.has(p) && res.lookup(p).length === 0)) return true;
  // ("Jan Koum": a month's short form that is a first name, where the word before it opened a name, see neverName.)
  if (token.text.includes('-') || (res.cues.neverNames.has(token.text) && !monthFirstName(token.text, res)) || dayTime(token.text, res)) return false;
  // Cue nouns ("Dienstleister") and nominalised adjectives ("Weiteres") are no names.
  if (cueFor(res.cues, token.lemma ?? token.text, res.nounHead(token.text)) !== undefined) return false;
  // "der Landesparteitag": gatherings are events of the article, no names.
  if (isEventNoun(token, res)) return false;
  // "Salzburger", "Wiener": adjectives of origin, not names.
  if (/er$/.test(token.text) && inhabitantOf(token.text, res)) return false;
  // "Brazilian users": English adjectives of origin are capitalised.
  if (res.cues.placeAdjectives.has(token.text) || res.cues.demonyms.has(token.text)) return false;
  // "die Walliserin", "der 56-Jährige": people described by origin or age, no names.
  if (token.text.endsWith('erin') && /^\p{Lu}\p{Ll}+erin$/u.test(token.text) && inhabitantOf(token.text, res)) return false;
  if (/ler$/.test(token.text) && res.lookupWeak(`${token.text.slice(0, -3)}el`).some((e) => PLACE_CLASSES.has(e.type))) return false;
  if (token.pos === 'PROPN' && res.adjectiveLemma(token.text) === undefined) return true;
  // Brands in camel case that start in lower case: "iPod", "eBay", "xAI".
  if (/^\p{Ll}{1,2}\p{Lu}(?:\p{Ll}|\p{Lu}{1,2}$)/u.test(token.text)) return true;
  if (ALL_CAPS.test(token.text) && token.pos !== 'DET' && token.pos !== 'PRON') return true;
  return false;
}

/** Class and role that the word in front of a name gives it. */
/** Whether the name at `at` continues a list of names that a place preposition opened ("nach X, Y und Z"). */
function placeList(tokens: Token[], at: number, from: number, res: EntityResources): boolean {
  const prev = tokens[at - 1]!;
  if (!(prev.text === ',' || prev.text === 'und' || prev.text === 'oder' || prev.text === 'and' || prev.text === 'or' || res.cues.nameInfixes.has(prev.text))) return false;
  for (let k = at - 2; k >= from && k >= at - 10; k--) {
    const t = tokens[k]!;
    if (res.cues.placePrepositions.has(lowerTexts(tokens)[k]!)) return k < at - 2;
    if (!(isCapitalised(t.text) || t.text === ',' || t.text === 'und' || t.text === 'and' || res.cues.nameInfixes.has(t.text))) return false;
  }
  return false;
}

export function cueBefore(
  tokens: Token[],
  at: number,
  from: number,
  res: EntityResources,
): { cls: string; role?: string; weak?: boolean; sector?: string; scale?: string; feminine?: boolean; agentive?: boolean } | undefined {
  // "die App „Mein Konto“": the noun before the opening quote.
  // (Not a person's noun: "warf dem Vizebürgermeister „Freunderlwirtschaft …“ vor" quotes what is said of him.)
  if (OPEN_QUOTES.has(tokens[at - 1]?.text ?? '') && at - 1 > from) {
    if (personNounAt(tokens[at - 2], res)) return undefined;
    at--;
  }
  const prev = tokens[at - 1];
  if (prev === undefined || at - 1 < from || prev.kind !== 'word') return undefined;
  const lemma = prev.lemma ?? prev.text;
  const origin = res.cues.placeAdjectives.has(prev.text) || (/er$/.test(prev.text) && isCapitalised(prev.text) && inhabitantPlace(prev.text, res) !== undefined);
  // "im Tiroler Gallwiestal": a word of origin in capitals right after "in"/"im"/"nach" goes before a place's name.
  // ("aus dem Vorarlberger Wolfurt": "aus" or "in" and an article too.)
  if (res.lang === 'de' && origin && isCapitalised(prev.text) && at - 2 >= from && (['in', 'im', 'nach'].includes(lowerTexts(tokens)[at - 2] ?? '') || (lowerTexts(tokens)[at - 2] === 'dem' && at - 3 >= from && ['aus', 'in'].includes(lowerTexts(tokens)[at - 3] ?? '')))) return { cls: 'Place' };
  // "Der Berner Oberländer Schokoladenhersteller", "der Sauerländer Versorger": a word of origin from a region's name
  // in "-land" is no plural of "Land".
  if (res.lang === 'de' && /^\p{Lu}\p{Ll}+länder$/u.test(prev.text)) {
    const land = `${prev.text.slice(0, -6)}land`;
    if (res.cues.regionNouns.has(land) || res.lookup(land).some((e) => PLACE_CLASSES.has(e.type))) return undefined;
  }
  // "den Mailänder Konkurrenten": a word of origin is no noun ("Mailänder" is no kind of "Länder").
  if (origin) return undefined;
  const head = res.nounHead(prev.text);
  // "der Informatikerin Seraina Caduff": a feminine agent noun before a name makes a person.
  // ("die Thurgauer Getränkehändlerin Fehr & Bommer", Swiss "die Betreiberin X": the feminine of a noun for a firm
  // is a firm.)
  const masculine = /\p{Ll}(erin|orin)$/u.test(prev.text) ? cueFor(res.cues, prev.text.slice(0, -2), res.nounHead(prev.text.slice(0, -2))) : undefined;
  // (An agent noun all the same: "die Wirtschaftsprüferin Renate Halbig" before a first name is a woman.)
  if (prev.pos !== 'DET' && masculine?.kind === 'organization' && !PLACE_CLASSES.has(masculine.cls)) return { cls: masculine.cls, feminine: true, agentive: true };
  // (Not a rival before no first name: "der Bündner Konkurrentin Zarvella Detailhandel" is a firm, as "die Firma" is feminine.)
  const firmRival = res.cues.rivalNouns.has(prev.text) && !res.isFirstName(tokens[at]!.text);
  if (prev.pos !== 'DET' && !firmRival && /^\p{Lu}\p{Ll}{3,}(erin|istin|ikerin|login|antin|entin)$/u.test(prev.text) && cueFor(res.cues, lemma, head) === undefined) return { cls: 'Person', role: 'person', feminine: true };
  // ("die Marke X": the written form when the lemma is another word's, "Mark".)
  const cue = cueFor(res.cues, lemma, head) ?? (prev.text !== lemma && isCapitalised(prev.text) ? cueFor(res.cues, prev.text, undefined) : undefined);
  // "des Chipentwicklers Arm": a maker of things before a name that is no person's is a company.
  if (cue?.kind === 'person' && head !== undefined && head !== lemma && res.cues.makers.has(head) && !res.isFirstName(tokens[at]!.text)) return { cls: 'Company' };
  // "vom US-Investor Prosus": a role companies hold too, before no first name.
  if (cue?.kind === 'person' && (res.cues.orgRoles.has(lemma) || res.cues.orgRoles.has(lemma.slice(lemma.lastIndexOf('-') + 1)) || (head !== undefined && res.cues.orgRoles.has(head))) && !res.isFirstName(tokens[at]!.text)) return { cls: 'Company' };
  // ("Seine Tochter Magdalena": a kin noun that also names companies, before a first name.)
  if (cue?.kind === 'organization' && res.cues.kinFirmNouns.has(lemma) && res.isFirstName(tokens[at]!.text) && res.lookup(tokens[at]!.text).length === 0) return { cls: 'Person', role: 'person' };
  // ("der Hamburgische Datenschutzbeauftragte Johannes Caspar": an authority's noun that is its holder's office, before a
  // first name and a surname.)
  if (cue?.kind === 'organization' && (res.cues.officeHolders.has(lemma) || res.cues.officeHolders.has(prev.text)) && res.isFirstName(tokens[at]!.text) && /^\p{Lu}\p{Ll}/u.test(tokens[at + 1]?.text ?? '') && tokens[at + 1]!.sentence === prev.sentence) {
    return prev.genders?.length === 1 && prev.genders[0] === 'F' ? { cls: 'Person', role: 'person', feminine: true } : { cls: 'Person', role: 'person' };
  }
  // English "Kelbridge's City Council": a capitalised place noun after a genitive opens the name that follows.
  if (cue?.kind === 'place' && res.lang === 'en' && isCapitalised(prev.text) && at - 2 >= from && /['’]s$/.test(tokens[at - 2]!.text)) return undefined;
  if (cue !== undefined) {
    if (cue.kind === 'person') return prev.genders?.length === 1 && prev.genders[0] === 'F' ? { cls: 'Person', role: cue.value, feminine: true } : { cls: 'Person', role: cue.value };
    const sector = sectorOf(res.cues, lemma, head);
    const scale = scaleOf(res.cues, lemma, head);
    const out: { cls: string; sector?: string; scale?: string; feminine?: boolean; agentive?: boolean } = { cls: cue.cls };
    if (scale !== undefined) out.scale = scale;
    // Nouns for who does something ("Softwareentwickler", "Investor") name people too.
    if (/(er|or|in|eur)$/.test(lemma)) out.agentive = true;
    if (sector !== undefined) out.sector = sector;
    // "die Website X", "die Firma X": German "sie" may point back to it.
    if (prev.genders?.length === 1 && prev.genders[0] === 'F') out.feminine = true;
    return out;
  }
  const office = officeBefore(tokens, at - 1, from, res);
  if (office !== undefined) return { cls: office };
  // "a 30% stake in Reelwick", "invests in X", "investiert in X": after a stake or an investment "in" names a company.
  // (Not an adjective of origin before a noun: "a stake in German battery maker X".)
  if (
    lowerTexts(tokens)[at - 1] === 'in' && at - 2 >= from && res.cues.stakeWords.has(lowerTexts(tokens)[at - 2]!) && !res.cues.demonyms.has(tokens[at]!.text) &&
    // ("a majority stake in Kelvane in 2019": a preposition or conjunction after the name is no noun.)
    !(/^\p{Ll}/u.test(tokens[at + 1]?.text ?? '') && !AFTER_STAKE_NAME.test(tokens[at + 1]!.text))
  ) return { cls: 'Organization', weak: true };
  // English "the coastal city of Aveiro": a town named after its kind.
  if (res.lang === 'en' && lowerTexts(tokens)[at - 1] === 'of' && at - 2 >= from && /^(city|town|village|municipality)$/.test(lowerTexts(tokens)[at - 2]!)) return { cls: 'City' };
  // "the states of Minas Gerais and Espirito Santo", "the province of Ondoria".
  if (res.lang === 'en' && lowerTexts(tokens)[at - 1] === 'of' && at - 2 >= from && /^(states?|provinces?|regions?)$/.test(lowerTexts(tokens)[at - 2]!)) return { cls: 'Region' };
  if (res.cues.placePrepositions.has(lowerTexts(tokens)[at - 1]!)) return { cls: 'Place', weak: true };
  // "in der Bretagne", "in der Toskana": "in" with an article right before a name.
  // (Not a relative clause: "im Touristikgeschäft, in dem Discover mit Condor konkurriert".)
  if (prev.pos === 'DET' && (lowerTexts(tokens)[at - 1] === 'der' || lowerTexts(tokens)[at - 1] === 'dem') && at - 2 >= from && lowerTexts(tokens)[at - 2] === 'in' && tokens[at - 3]?.text !== ',') return { cls: 'Place', weak: true };
  // "im irischen Cork": an adjective of origin between the preposition and the name.
  const beforeAdjective = tokens[at - 2];
  // After "in"/"im"/"nach" this is no guess: "bei der deutschen Telekom" is why "bei" stays out.
  // ("aus dem nordspanischen Saragossa": a preposition and an article before the adjective too.)
  const preposition = ['dem', 'der'].includes(lowerTexts(tokens)[at - 2] ?? '') && at - 3 >= from ? ['aus', 'in'].includes(lowerTexts(tokens)[at - 3]!) : ['in', 'im', 'nach'].includes(lowerTexts(tokens)[at - 2] ?? '');
  if (prev.pos === 'ADJ' && at - 2 >= from && beforeAdjective !== undefined && preposition && demonymLabel(prev, res) !== undefined) return { cls: 'Place' };
  // "im benachbarten Untersulzau", "im nahen Oberndorf": after "im" and an adjective, a name is a place's.
  if (res.lang === 'de' && prev.pos === 'ADJ' && at - 2 >= from && lowerTexts(tokens)[at - 2] === 'im' && !isCapitalised(prev.text)) return { cls: 'Place', weak: true };
  // "nach Palma de Mallorca, Antalya und Hurghada": a list of names after a place preposition.
  if (placeList(tokens, at, from, res)) return { cls: 'Place', weak: true };
  // "dem Konkurrenten X": relational nouns introduce a name without typing it.
  // A rival of a company is a company ("den Grazer Konkurrenten Codebau"); partners may be anything.
  // ("der Bündner Konkurrentin Zarvella … hatte ihr": the feminine noun makes the firm "sie".)
  if (prev.pos === 'NOUN' && (res.cues.rivalNouns.has(lemma) || (head !== undefined && res.cues.rivalNouns.has(head)))) return firmRival && /in$/.test(prev.text) ? { cls: 'Company', feminine: true } : { cls: 'Company' };
  // ("his predecessor Bob Iger": before a first name and a surname, a person.)
  if (prev.pos === 'NOUN' && (res.cues.appositionNouns.has(lemma) || (head !== undefined && res.cues.appositionNouns.has(head)))) {
    const first = tokens[at];
    const person = first !== undefined && res.isFirstName(first.text) && at + 1 < tokens.length && tokens[at + 1]!.sentence === first.sentence && /^\p{Lu}/u.test(tokens[at + 1]!.text);
    return { cls: person ? 'Person' : 'Organization' };
  }
  // "Der Pharmakologe Heyo Kroemer": a noun for a person's trade the cues do not list (it has a feminine form in -in)
  // before two capitalised words, no dictionary noun, name nor legal form among them, makes a person.
  // (Only the endings of learned trades, "-loge", "-ist", "-iker", "-nom", "-eur", "-ant", "-ent", "-at": "der Händler
  // About You" names a firm.)
  if (res.lang === 'de' && prev.pos === 'NOUN' && learnedTrade(prev, res) && personNameAt(tokens, at, res)) return { cls: 'Person', role: 'person' };
  // "Die X-Alternative Y": a compound that reveals a name also introduces one.
  const cut = prev.text.lastIndexOf('-');
  if (cut > 0 && revealsName(res.cues, res.nounLemma(prev.text.slice(cut + 1)) ?? prev.text.slice(cut + 1))) return { cls: 'Organization' };
  return appositionCue(tokens, at, from, res);
}

/**
 * "Österreichs größte Molkerei, die Berglandmilch, musste …": a name in apposition to a noun for an organisation, set
 * off by commas, with the verb of the clause right after it (not a relative clause, "die Molkerei, die Milch …
 * verarbeitet", nor a list, "die Molkerei, die Käserei, die Bäckerei und …").
 */
function appositionCue(tokens: Token[], at: number, from: number, res: EntityResources): { cls: string } | undefined {
  if (res.lang !== 'de' || at - 3 < from || tokens[at - 2]!.text !== ',' || !/^(die|der|das)$/.test(tokens[at - 1]!.text)) return undefined;
  // ("die Kölner Loudhaus Talents": not a word of origin before the name.)
  if (res.cues.placeAdjectives.has(tokens[at]!.text) || inhabitantOf(tokens[at]!.text, res)) return undefined;
  const noun = tokens[at - 3]!;
  if (noun.pos !== 'NOUN' || noun.plural === true) return undefined;
  const cue = cueFor(res.cues, noun.lemma ?? noun.text, res.nounHead(noun.text));
  if (cue === undefined || cue.kind !== 'organization' || PLACE_CLASSES.has(cue.cls)) return undefined;
  let end = at + 1;
  while (end < at + 3 && isCapitalised(tokens[end]?.text ?? '') && tokens[end]!.plural !== true) end++;
  const after = tokens[end + 1];
  if (tokens[end]?.text !== ',' || after === undefined || after.sentence !== noun.sentence || (after.pos !== 'VERB' && after.pos !== 'AUX')) return undefined;
  return { cls: cue.cls };
}

/** Two capitalised words at `at` that could be a given name and a surname: no dictionary nouns, names or legal forms. */
/**
 * A noun for a learned trade by its ending ("-loge", "-ist", "-iker", "-nom", "-eur", "-ant", "-ent", "-at", "-urg",
 * "-tekt") that has a feminine form, or that feminine form itself ("die Biologin", "die Dramaturgin", "die Architektin").
 */
function learnedTrade(prev: Token, res: EntityResources): boolean {
  if (/^\p{Lu}\p{Ll}{3,}(loge|logen|ist|isten|iker|ikers|nom|nomen|eur|eurs|ant|anten|ent|enten|at|aten|urg|tekt)$/u.test(prev.text)) return personWord(prev, res) || res.personNoun(prev.text);
  const f = /^(\p{Lu}\p{Ll}{2,}(?:log|ist|iker|nom|eur|ant|ent|at|urg|tekt))in$/u.exec(prev.text);
  if (f === null) return false;
  return res.personNoun(f[1]!.endsWith('log') ? `${f[1]}e` : f[1]!);
}

function personNameAt(tokens: Token[], at: number, res: EntityResources): boolean {
  const a = tokens[at];
  const b = tokens[at + 1];
  if (a === undefined || b === undefined || a.sentence !== b.sentence || a.kind !== 'word' || b.kind !== 'word') return false;
  if (!/^\p{Lu}\p{Ll}+$/u.test(a.text) || !/^\p{Lu}\p{Ll}+(-\p{Lu}\p{Ll}+)?$/u.test(b.text)) return false;
  const after = tokens[at + 2];
  if (after !== undefined && after.sentence === a.sentence && after.kind === 'word' && isCapitalised(after.text)) return false;
  for (const w of [a.text, b.text]) if (res.isCommonNoun(w) || res.lookup(w).length > 0 || res.cues.legalForms.has(w)) return false;
  return true;
}

/**
 * "maltesischen" → Malta: the place an adjective of origin names, by its lemma or, where the lexicon lacks the
 * adjective, by its form without the ending.
 */
export function demonymLabel(token: Token, res: EntityResources): string | undefined {
  if (token.pos !== 'ADJ') return undefined;
  const stem = token.text.toLowerCase().replace(/(en|er|es|em|e)$/, '');
  const known = res.cues.demonyms.get(token.lemma ?? '') ?? res.cues.demonyms.get(stem);
  if (known !== undefined || res.lang !== 'de') return known;
  // "nordspanisch", "südtirolerisch": a direction before the adjective of a country or region says where in it.
  for (const prefix of res.cues.compassPrefixes) {
    const p = prefix.toLowerCase();
    if (stem.length > p.length + 4 && stem.startsWith(p)) {
      const inner = res.cues.demonyms.get(stem.slice(p.length));
      if (inner !== undefined) return inner;
    }
  }
  return undefined;
}

/**
 * English "Universal Music Group Chief Executive X": a capitalised word opening the sentence (or the text after a
 * dateline dash or a quote), which the tagger read as an adjective, is the first word of a name a legal form closes.
 */
/** The end of the run of capitalised words from `k` (at most six). */
function capitalRunEnd(tokens: Token[], k: number, to: number): number {
  let end = k;
  while (end < to && end - k < 6 && tokens[end]!.kind === 'word' && isCapitalised(tokens[end]!.text)) end++;
  return end;
}

function openingAdjective(tokens: Token[], k: number, from: number, res?: EntityResources, association = false): boolean {
  const t = tokens[k];
  if (t === undefined || k < from || t.kind !== 'word' || !/^\p{Lu}\p{Ll}+$/u.test(t.text)) return false;
  if (association && res !== undefined && k > from && res.cues.demonyms.has(t.text)) return true;
  // ("the Yorkshire Cancer Patients' Forum": after "the", a place's name opens an association's name too.)
  if (association && k > from && t.pos === 'PROPN' && tokens[k - 1]!.text.toLowerCase() === 'the') return true;
  if (t.pos !== 'ADJ') return false;
  const opener = tokens[k - 1];
  // "Britain's Financial Conduct Authority": inside an English sentence only a name's words are capitalised (not
  // adjectives of origin, "British").
  // ("the English Darts League", "the Scottish Curling Association": an association of a nation is named by it.)
  if (res !== undefined && k > from && ((!res.cues.placeAdjectives.has(t.text) && !res.cues.demonyms.has(t.text)) || association)) return true;
  return k === from || (opener !== undefined && ['-', '–', '—', '"', '“'].includes(opener.text));
}

/** "Bürgermeister von X", "mayor of X": the office before the preposition at `of` types X as a place. */
function officeBefore(tokens: Token[], of: number, from: number, res: EntityResources): string | undefined {
  const prep = lowerTexts(tokens)[of]!;
  if (prep !== 'von' && prep !== 'of') return undefined;
  const office = tokens[of - 1];
  if (office === undefined || of - 1 < from || office.kind !== 'word') return undefined;
  const head = res.nounHead(office.text);
  return res.cues.placeOffices.get(office.lemma ?? office.text) ?? res.cues.placeOffices.get(office.text) ?? (head === undefined ? undefined : res.cues.placeOffices.get(head));
}

function pickEntry(entries: KnownEntity[], cue: { cls: string } | undefined): KnownEntity {
  if (cue !== undefined) {
    const fitting = entries.find((e) => e.type === cue.cls);
    if (fitting) return fitting;
  }
  return entries[0]!;
}

// (This function is near the size above which V8 no longer optimises a function: in session 33 a few more lines in it
// cost 8 % of extraction speed on warm runs. New tests of a token go into helpers outside it.)
export function recognizeNames(doc: Doc, res: EntityResources): Mention[] {
  const out: Mention[] = [];
  // One sense per article: "die Supermarktkette Carrefour" settles what a bare "Carrefour" elsewhere in the article
  // means, though the list also knows a town of that name. By the first entry of the list's candidates.
  const senses = new Map<string, KnownEntity>();
  const unsettled: Array<[Mention, KnownEntity[]]> = [];
  const pick = (entries: KnownEntity[], cue: { cls: string } | undefined): KnownEntity => {
    const entry = pickEntry(entries, cue);
    if (entries.length > 1 && entry !== entries[0]) senses.set(entries[0]!.id, entry);
    return entry;
  };
  const texts = new Set<string>();
  // Names of several words found so far, by their first word: "Kiwi Farms, das …" at the start of a later sentence
  // is the name again, though "Kiwi" alone is a dictionary noun there.
  const multiword = new Map<string, Mention[]>();
  const surnames = new Set<string>();
  /** First words of organisation names found from cues: "Kronberg" after "Kronberg Motors". */
  const orgHeads = new Set<string>();
  /** Organisations named so far, by their name and by the first word of a name of several words ("Tevanor Medtec"). */
  const orgByWord = new Map<string, Mention>();
  // (And a town of one word the gazetteer lacks, named from a cue: "Lafnitzbergs Bürgermeister" after "in der Gemeinde
  // Lafnitzberg".)
  const noteOrg = (m: Mention): void => {
    if (m.type === 'Person' || (PLACE_CLASSES.has(m.type) && (m.gazetteerId !== undefined || m.normalized.includes(' ') || !m.source.startsWith('cue:')))) return;
    if (!orgByWord.has(m.normalized)) orgByWord.set(m.normalized, m);
    const space = m.normalized.indexOf(' ');
    if (space > 0 && m.gazetteerId === undefined && !orgByWord.has(m.normalized.slice(0, space))) orgByWord.set(m.normalized.slice(0, space), m);
  };
  const add = (m: Mention): void => {
    // "in der Kompass Verlags GmbH": a legal form alone after a noun for a firm is the end of a name that the
    // capitalised words before it open (the first of them an everyday word the chain of a firm's name skipped);
    // alone, it names nothing.
    if (m.tokenEnd - m.tokenStart === 1 && m.gazetteerId === undefined && res.cues.bareForms.has(m.text)) {
      let start = m.tokenStart;
      while (start - 1 >= 0 && start > m.tokenStart - 4 && tokens[start - 1]!.sentence === m.sentence && tokens[start - 1]!.kind === 'word' && isCapitalised(tokens[start - 1]!.text) && tokens[start - 1]!.pos !== 'DET' && (out.length === 0 || out[out.length - 1]!.tokenEnd < start)) start--;
      if (start === m.tokenStart) return;
      Object.assign(m, makeMention(doc, start, m.tokenEnd, doc.article.text.slice(tokens[start]!.start, m.end), 'Company', 'cue:legal-form', undefined));
    }
    // "aus Bad Ischl", "in Bad Kreuznach": a place's first word ("Bad") after a preposition of place opens a town's name.
    const prefix = tokens[m.tokenStart - 1];
    if (
      doc.article.lang === 'de' && m.gazetteerId === undefined && (m.source === 'cue:capitalised' || m.source === 'cue:preposition') && m.type !== 'Person' &&
      prefix !== undefined && m.tokenStart - 2 >= 0 && res.cues.placePrefixes.has(prefix.text) && res.cues.placePrepositions.has(tokens[m.tokenStart - 2]!.text.toLowerCase()) &&
      tokens[m.tokenStart - 2]!.sentence === m.sentence
    ) {
      const start = m.tokenStart - 1;
      const town = makeMention(doc, start, m.tokenEnd, doc.article.text.slice(prefix.start, m.end), 'City', 'cue:preposition', undefined);
      Object.assign(m, town);
    }
    // "des Landgerichts Hamburg", "des Verwaltungsgerichts Wien": an institution's noun in the genitive opening a
    // name of several words is named in the nominative.
    if (doc.article.lang === 'de' && m.tokenEnd - m.tokenStart >= 2 && m.gazetteerId === undefined) {
      const first = tokens[m.tokenStart]!;
      const lemma = first.lemma;
      if (lemma !== undefined && first.pos === 'NOUN' && (first.text === `${lemma}s` || first.text === `${lemma}es`) && m.normalized.startsWith(`${first.text} `)) {
        const cue = cueFor(res.cues, lemma, res.nounHead(lemma));
        if (cue?.kind === 'organization') m.normalized = `${lemma}${m.normalized.slice(first.text.length)}`;
      }
    }
    // "den Europäischen Datenschutzausschuss": a capitalised adjective inside a sentence belongs to the name after it.
    const before = tokens[m.tokenStart - 1];
    if (
      // (Not a noun the tagger knows as one: "die quelloffene Alternative Godot".)
      doc.article.lang === 'de' && before !== undefined && (before.pos === 'ADJ' || (/^\p{Lu}\p{Ll}+(e|en|er|es|em)$/u.test(before.text) && res.adjectiveLemma(before.text) !== undefined && !(before.pos === 'NOUN' && (revealsName(res.cues, before.text) || (res.isCommonNoun(before.text) && res.adjectiveLemma(before.text) === before.text.toLowerCase()))))) && before.sentence === m.sentence && m.source.startsWith('cue:') &&
      m.type !== 'Person' && !PLACE_CLASSES.has(m.type) && isCapitalised(before.text) && tokens[m.tokenStart - 2]?.sentence === m.sentence &&
      tokens[m.tokenStart - 2]!.kind === 'word' && (out.length === 0 || out[out.length - 1]!.tokenEnd < m.tokenStart - 1)
    ) {
      m.tokenStart -= 1;
      m.start = before.start;
      m.text = doc.article.text.slice(m.start, m.end);
      m.normalized = `${before.text} ${m.normalized}`;
    }
    // "RB Leipzig", "die Medizinische Universität Graz": an organisation whose name ends in a known town, region or
    // country names that place too, an entity of its own (not always the seat: "Magna Steyr" is in Graz).
    if (m.modifierMention === undefined && (m.source.startsWith('cue:') || m.source === 'gazetteer') && m.type !== 'Person' && !PLACE_CLASSES.has(m.type) && m.tokenEnd - m.tokenStart > 1) {
      const last = tokens[m.tokenEnd - 1]!;
      // ("das Landeskriminalamt Sachsen-Anhalt": a double name too; "die Staatsanwaltschaft Essen": after an
      // institution's noun, a town whose name is an everyday word.)
      const hit = /^\p{Lu}\p{Ll}{2,}(?:-\p{Lu}\p{Ll}+)*$/u.test(last.text) ? res.lookup(last.text) : [];
      const institution = m.source === 'cue:noun' && (m.type === 'GovernmentAgency' || m.type === 'Court');
      const place =
        hit.length === 1 && PLACE_CLASSES.has(hit[0]!.type) ? hit[0]! : hit.length === 0 && institution && /^\p{Lu}\p{Ll}{2,}$/u.test(last.text) ? (res.lookupTownWord(last.text) ?? res.lookupBlockedPlace(last.text)) : undefined;
      if (place !== undefined) m.innerMention = makeMention(doc, m.tokenEnd - 1, m.tokenEnd, place.label, place.type, 'gazetteer', place);
      // ("SKN St. Pölten", "Kurverwaltung Bad Ischl": a place of two words.)
      else if (m.tokenEnd - m.tokenStart > 2 && hit.length === 0) {
        const pair = res.lookup(doc.article.text.slice(tokens[m.tokenEnd - 2]!.start, last.end));
        if (pair.length === 1 && PLACE_CLASSES.has(pair[0]!.type)) m.innerMention = makeMention(doc, m.tokenEnd - 2, m.tokenEnd, pair[0]!.label, pair[0]!.type, 'gazetteer', pair[0]!);
      }
    }
    // "Mühlkreis Bank", "Ennstaler Versicherung AG": a name's own sector noun gives its sector.
    if (m.sector === undefined && m.type !== 'Person' && !PLACE_CLASSES.has(m.type) && m.tokenEnd - m.tokenStart > 1) {
      for (let k = m.tokenEnd - 1; k > m.tokenStart; k--) {
        const w = tokens[k]!;
        const sector = sectorOf(res.cues, w.lemma ?? w.text, w.pos === 'NOUN' ? res.nounHead(w.text) : undefined) ?? sectorOf(res.cues, w.text, undefined);
        if (sector !== undefined) {
          m.sector = sector;
          break;
        }
      }
    }
    // "Walt Disney Co": a name with a legal form that the gazetteer knows without it (or as "… Company") is that entry.
    if (m.source === 'cue:legal-form' && m.gazetteerId === undefined) {
      const words = m.normalized.split(' ');
      // (The bare forms and the short endings after "&": "Co", "Company".)
      while (words.length > 1 && (res.cues.bareForms.has(words[words.length - 1]!) || res.cues.firmTails.has(words[words.length - 1]!))) words.pop();
      const stem = words.join(' ');
      if (stem !== m.normalized) {
        const entry = [...res.lookup(stem), ...res.lookup(`${stem} Company`)].find((e) => ORG_CLASSES.has(e.type) || e.type === 'Platform' || e.type === 'MediaOrganization');
        if (entry !== undefined) {
          m.gazetteerId = entry.id;
          m.normalized = entry.label;
          m.type = entry.type;
          m.source = 'gazetteer';
          if (entry.wikidata !== undefined) m.wikidata = entry.wikidata;
        }
      }
    }
    out.push(m);
    noteOrg(m);
    texts.add(m.text);
    if (m.tokenEnd - m.tokenStart > 1 && m.type !== 'Person' && m.gazetteerId === undefined) {
      const first = tokens[m.tokenStart]!.text;
      const list = multiword.get(first) ?? [];
      list.push(m);
      multiword.set(first, list);
    }
    if (m.type === 'Person' && m.tokenEnd - m.tokenStart > 1) surnames.add(tokens[m.tokenEnd - 1]!.text);
    if (m.type !== 'Person' && !PLACE_CLASSES.has(m.type) && m.gazetteerId === undefined && m.tokenEnd - m.tokenStart > 1 && !townNamed(m, tokens, res)) orgHeads.add(tokens[m.tokenStart]!.text);
  };
  const tokens = doc.tokens;
  const lowers = lowerTexts(tokens);
  const words = tokens.map((t) => t.text);
  const skip = (t: Token): boolean =>
    (doc.article.byline !== undefined && t.start >= doc.article.byline.start) || false;
  const dateline = datelinePlaces(doc, res);
  // English words of time, which open sentences without naming anything.
  const timeNouns = res.lang === 'en' ? loadClauseLexicon('en').timeNouns : undefined;
  for (const [from, to] of sentenceRanges(doc)) {
    const sentenceWords = words.slice(from, to);
    let i = from;
    while (i < to) {
      let token = tokens[i]!;
      // "Fuschl am See – …": a dateline names places, known or not.
      const place = dateline.get(i);
      if (place !== undefined) {
        add(datelineState(doc, i, place, from, res) ?? makeMention(doc, i, place, doc.article.text.slice(token.start, tokens[place - 1]!.end), 'City', 'cue:dateline', undefined));
        i = place;
        continue;
      }
      const again = multiword.get(token.text)?.find((m) => m.tokenEnd - m.tokenStart <= to - i && tokens.slice(m.tokenStart + 1, m.tokenEnd).every((t, k) => t.text === tokens[i + 1 + k]!.text));
      if (again !== undefined) {
        let end = i + again.tokenEnd - again.tokenStart;
        // ("die Lindl Energie AG" after "an Lindl Energie": the legal form after the name is part of the mention.)
        while (end < to && res.cues.legalForms.has(tokens[end]!.text)) end++;
        const m = makeMention(doc, i, end, again.normalized, again.type, again.source, undefined);
        if (again.sector !== undefined) m.sector = again.sector;
        if (again.scale !== undefined) m.scale = again.scale;
        add(m);
        i = end;
        continue;
      }
      // "Das Österreichische Olympische Comité (ÖOC)": the words before an abbreviation in brackets that spells
      // their initials are one organisation's name, whatever was read in them before.
      const initials = token.text === '(' ? initialsName(tokens, i, from, to) : undefined;
      // A name the gazetteer knows as a whole stays the gazetteer's.
      const listed = initials !== undefined && res.matchAt(sentenceWords, initials - from)?.length === i - initials;
      if (initials !== undefined && !listed) {
        while (out.length > 0 && out[out.length - 1]!.tokenStart >= initials && out[out.length - 1]!.tokenEnd <= i) out.pop();
        const head = tokens[i - 1]!;
        const opening = tokens[initials]!;
        const own = cueFor(res.cues, head.lemma ?? head.text, res.nounHead(head.text)) ?? openingCue(tokens, initials, i, res);
        // "die niederländische Datenschutzbehörde Autoriteit Persoonsgegevens (AP)": else the noun before the name.
        const noun = own === undefined ? cueBefore(tokens, initials, from, res) : undefined;
        // ("die Authentic Brands Group (ABG)": a legal form closing the name makes a company.)
        const cls = own?.kind === 'organization' ? own.cls : noun !== undefined && noun.cls !== 'Person' && !PLACE_CLASSES.has(noun.cls) ? noun.cls : res.cues.bareForms.has(head.text) ? 'Company' : 'Organization';
        add(makeMention(doc, initials, i, doc.article.text.slice(tokens[initials]!.start, head.end), cls, 'cue:abbreviated', undefined));
        i++;
        continue;
      }
      // "tritt unter dem Namen Hinterland Agrar auf", "will operate under the name Brightline": the capitalised words
      // after it are a name, whatever words they are (a name the gazetteer knows as a whole stays the gazetteer's).
      // (The last word first: the joined key is built only after "Namen"/"name", not for every capitalised word.)
      const given =
        i - 3 >= from && (lowers[i - 1] === 'namen' || lowers[i - 1] === 'name') && token.kind === 'word' && isCapitalised(token.text) && NAME_GIVEN.has(`${lowers[i - 3]} ${lowers[i - 2]} ${lowers[i - 1]}`)
          ? givenNameEnd(tokens, i, to, res)
          : undefined;
      if (given !== undefined && res.matchAt(sentenceWords, i - from)?.length !== given - i) {
        add(makeMention(doc, i, given, doc.article.text.slice(token.start, tokens[given - 1]!.end), 'Organization', 'cue:noun', undefined));
        i = given;
        continue;
      }
      // „Star Wars Outlaws“, "Call of Duty": a short title in quotes is one name, a product unless a noun before says otherwise.
      const quoted = OPEN_QUOTES.has(token.text) ? (quotedTitle(tokens, i, to, res) ?? quotedSlogan(tokens, i, from, to, res)) : undefined;
      if (quoted !== undefined) {
        const before = cueBefore(tokens, i, from, res);
        const text = doc.article.text.slice(tokens[i + 1]!.start, tokens[quoted - 1]!.end);
        const known = res.matchAt(sentenceWords, i + 1 - from);
        if (known !== undefined && known.length === quoted - i - 1) {
          const entry = pickEntry(known.entries, before);
          add(makeMention(doc, i + 1, quoted, entry.label, entry.type, 'gazetteer', entry));
        } else {
          // „Waldviertler Morgenpost“: a title whose last word is a noun for a medium names the medium ("Toggenburger
          // Kurier": a masthead's word, in a title of up to three words).
          const last = tokens[quoted - 1]!;
          const own = cueFor(res.cues, last.lemma ?? last.text, res.nounHead(last.text)) ?? cueFor(res.cues, last.text, undefined);
          // (Die „Bauernstrom Mostviertel eGen“: a title that ends in a legal form names a firm.)
          const firm = quoted > i + 2 && res.cues.bareForms.has(last.text);
          const cls = before?.cls ?? (firm ? 'Company' : (own?.kind === 'organization' && own.cls === 'MediaOrganization') || (quoted <= i + 4 && masthead(last.text, res)) || (quoted <= i + 3 && mediumNoun(tokens[i - 1], res)) ? 'MediaOrganization' : 'Product');
          add(makeMention(doc, i + 1, quoted, text, cls, before !== undefined && before.weak !== true ? 'cue:noun' : firm ? 'cue:legal-form' : 'cue:capitalised', undefined));
        }
        i = quoted + 1;
        continue;
      }
      // "noyb": a known name written in lower case, never a word of the language.
      // ("Berlin (dpa) -", "(sda, 3.4.2024)", "der dpa": a news agency's short name of three letters, in brackets or
      // after an article or "laut".)
      const agency =
        token.kind === 'word' && token.text.length === 3 && /^\p{Ll}+$/u.test(token.text) && BEFORE_AGENCY.has(tokens[i - 1]?.text ?? '') &&
        res.lookup(token.text).some((e) => e.type === 'MediaOrganization');
      if (token.kind === 'word' && !isCapitalised(token.text) && (token.text.length >= 4 || agency) && (token.pos === 'NOUN' || token.pos === 'PROPN' || token.pos === 'ADV' || agency) && res.lookup(token.text).length > 0 && !res.isCommonNoun(token.text.charAt(0).toUpperCase() + token.text.slice(1))) {
        const entry = res.lookup(token.text)[0]!;
        add(makeMention(doc, i, i + 1, entry.label, entry.type, 'gazetteer', entry));
        i++;
        continue;
      }
      // "prüft die Behörde Beschwerden": never-names in any form.
      if (token.kind !== 'word' || (!isCapitalised(token.text) && !lowerFormAfterNoun(tokens, i, res)) || skip(token) || neverName(tokens, i, res) || (token.pos === 'NOUN' && token.lemma !== undefined && res.cues.neverNames.has(token.lemma))) {
        i++;
        continue;
      }
      const cue = cueBefore(tokens, i, from, res);
      let match = caseMatch(res, sentenceWords, tokens, i, from) ?? townAfterPreposition(tokens, i, from, to, res);
      // (Known names that are something else here: a helper keeps this function small enough for V8 to optimise.)
      if (match !== undefined && notTheName(tokens, i, to, match, res, cue)) match = undefined;
      // "Der Energieversorger Ybbstal-Werke": a hyphenated compound right after a noun for an organisation, whose
      // first part is no word of the language, is that organisation's name.
      // ("die Regulierungsbehörde E-Control": a name of one letter and a word that is no German noun.)
      const letterName = token.pos === 'PROPN' && token.text.charAt(1) === '-' && !isCapitalised(tokens[i + 1]?.text ?? '');
      if (match === undefined && res.lang === 'de' && (token.pos === 'NOUN' || letterName) && cue !== undefined && cue.cls !== 'Person' && cue.weak !== true && !PLACE_CLASSES.has(cue.cls) && hyphenatedName(token.text, res)) {
        add(makeMention(doc, i, i + 1, token.text, cue.cls, 'cue:noun', undefined));
        i++;
        continue;
      }
      // "Der Zuger Gesundheitsdirektor Martin Pfister": an unknown word right before a first name and a
      // surname is a title or a role, not part of the name.
      const nextOne = tokens[i + 1];
      if (
        match === undefined &&
        i + 2 < to &&
        nextOne !== undefined &&
        !res.isFirstName(token.text) &&
        res.isFirstName(nextOne.text) &&
        isCapitalised(tokens[i + 2]!.text) &&
        // "Datenschutzbeauftragter Thomas Fuchs": the surname may be a noun too.
        (tokens[i + 2]!.pos === 'PROPN' || (tokens[i + 2]!.pos === 'NOUN' && tokens[i + 2]!.kind === 'word' && tokens[i + 3]?.pos !== 'NOUN')) &&
        (token.pos === 'NOUN' || /(er|in|ers|ern|innen)$/.test(token.text)) &&
        // ("Der Wagniskapitalgeber Halden Ridge Ventures": not before a legal form, which makes the three a firm's name.)
        !res.cues.legalForms.has(tokens[i + 2]!.text) &&
        // ("mit dem FC Viktoria Köln": nor a club's prefix.)
        !res.cues.clubPrefixes.has(token.text) &&
        // ("die Bergbahnen Val Sarena": nor a place's first word after the noun of an institution named by its place.)
        !(res.cues.placePrefixes.has(nextOne.text) && placeNamedNoun(token, res))
      ) {
        i++;
        continue;
      }
      // English titles written with a capital ("Chief Executive Bobby Kotick", "U.S. District Judge Anna Berg"):
      // the name starts after them; a listed word before a title belongs to the title.
      // ("Harlan County District Judge Tom Ward": several listed words in a row.)
      const titlePrefix = match === undefined && res.cues.titlePrefixes.has(token.text) && titleChain(tokens, lowers, i, to, res);
      if (titlePrefix) {
        i++;
        continue;
      }
      // English "Safe Superintelligence, founded by …", "Thinking Machines Lab, the AI start-up": an adjective or an
      // -ing word opening a sentence before an unknown capitalised run that an apposition or a participle follows
      // is the name's first word.
      if (match === undefined && res.lang === 'en' && sentenceOpener(tokens, i, from) && (token.pos === 'ADJ' || (token.pos === 'VERB' && /ing$/.test(token.text))) && /^\p{Lu}\p{Ll}+$/u.test(token.text) && i + 1 < to && tokens[i + 1]!.pos === 'PROPN' && isCapitalised(tokens[i + 1]!.text) && res.matchAt(sentenceWords, i + 1 - from) === undefined && !res.cues.demonyms.has(token.text) && !res.cues.placeAdjectives.has(token.text)) {
        const end = capitalRunEnd(tokens, i + 1, to);
        const apposed = tokens[end]?.text === ',' && (['the', 'a', 'an'].includes(lowers[end + 1] ?? '') || (tokens[end + 1]?.pos === 'VERB' && /ed$/.test(lowers[end + 1] ?? '')));
        if (apposed && end - i <= 4 && tokens.slice(i + 1, end).every((t) => t.pos === 'PROPN')) {
          add(makeMention(doc, i, end, doc.article.text.slice(token.start, tokens[end - 1]!.end), 'Organization', 'cue:capitalised', undefined));
          i = end;
          continue;
        }
      }
      // English "South African payments firm Paystar", "the South Korean maker": a word of origin of two words.
      if (res.lang === 'en' && i + 1 < to && isCapitalised(tokens[i + 1]!.text)) {
        const label = res.cues.demonyms.get(`${token.text} ${tokens[i + 1]!.text}`);
        const place = label === undefined ? undefined : res.lookup(label).find((e) => PLACE_CLASSES.has(e.type));
        if (place !== undefined) {
          add(makeMention(doc, i, i + 2, place.label, place.type, 'cue:demonym', place));
          i += 2;
          continue;
        }
      }
      // "Der St. Galler Versandhändler", "die Bad Homburger Firma": a place prefix and an adjective of origin name the
      // place of two words.
      if (res.lang === 'de' && res.cues.placePrefixes.has(token.text) && i + 2 < to && /^\p{Lu}\p{Ll}+er$/u.test(tokens[i + 1]!.text) && isCapitalised(tokens[i + 2]!.text)) {
        const adjective = tokens[i + 1]!.text;
        const listed = res.cues.placeAdjectives.get(`${token.text} ${adjective}`);
        const candidates = listed !== undefined ? [listed] : [`${token.text} ${adjective.slice(0, -2)}`, `${token.text} ${adjective.slice(0, -3)}en`];
        const place = candidates.flatMap((c) => res.lookup(c)).find((e) => PLACE_CLASSES.has(e.type));
        if (place !== undefined) {
          add(makeMention(doc, i, i + 2, place.label, place.type, 'cue:demonym', place));
          i += 2;
          continue;
        }
      }
      // English "Banks and law firms objected": a plural noun for a kind of organisation or person opening a sentence
      // is no brand of that name, unless a capitalised word goes on with it.
      if (match?.length === 1 && !isCapitalised(tokens[i + 1]?.text ?? '') && match.entries.every((e) => e.type !== 'Person' && !PLACE_CLASSES.has(e.type)) && openingKindPlural(tokens, lowers, i, from, res)) match = undefined;
      // English "Yesterday, the company …": a word of time opening a sentence starts no name.
      if (match === undefined && timeNouns !== undefined && sentenceOpener(tokens, i, from) && timeNouns.has(lowers[i]!)) {
        i++;
        continue;
      }
      // English "Velantric, the Oslo-based company, declined …": an unknown word opening a sentence before an apposition
      // that a noun for an organisation ends between commas is that organisation's name.
      if (match === undefined && res.lang === 'en' && sentenceOpener(tokens, i, from) && (token.pos === 'NOUN' || token.pos === 'PROPN') && /^\p{Lu}\p{Ll}{3,}$/u.test(token.text) && tokens[i + 1]?.text === ',' && ['a', 'an', 'the'].includes(lowers[i + 2] ?? '')) {
        let k = i + 3;
        while (k < to && k < i + 8 && tokens[k]!.text !== ',' && /^[\p{Ll}\p{Lu}-]/u.test(tokens[k]!.text)) k++;
        const noun = tokens[k - 1];
        const cue = noun !== undefined && k > i + 3 && tokens[k]?.text === ',' && /^\p{Ll}/u.test(noun.text) ? cueFor(res.cues, lowers[k - 1]!, undefined) : undefined;
        if (cue?.kind === 'organization' && cue.cls !== 'Place') {
          add(makeMention(doc, i, i + 1, token.text, cue.cls, 'cue:noun', undefined));
          i++;
          continue;
        }
      }
      // English "Chipmakers Nvidia and AMD": a plural noun for a kind of organisation or person opening a sentence is
      // no word of the name after it.
      if (match === undefined && isCapitalised(tokens[i + 1]?.text ?? '') && i + 1 < to && openingKindPlural(tokens, lowers, i, from, res)) {
        i++;
        continue;
      }
      if (
        match === undefined &&
        (res.cues.person.has(lowers[i]!) || res.cues.titles.has(token.text)) &&
        !res.isFirstName(token.text) &&
        isCapitalised(tokens[i + 1]?.text ?? '') &&
        // "General Motors", "the Financial Conduct Authority": a title in a run of capitalised words that ends in a
        // legal form is a word of the organisation's name.
        !res.cues.legalForms.has(tokens[capitalRunEnd(tokens, i + 1, to) - 1]?.text ?? '')
      ) {
        i++;
        continue;
      }
      // Datelines in capitals: "LONDON (Reuters)".
      if (match === undefined && i === from && /^\p{Lu}{3,}$/u.test(token.text)) {
        // Only a sentence-opening run of capitals, title-cased as a whole ("NEW YORK" → "New York").
        const titled = [...sentenceWords];
        let run = 0;
        for (let k = i - from; k < titled.length && /^\p{Lu}{2,}$/u.test(titled[k]!); k++, run++) titled[k] = titled[k]!.charAt(0) + titled[k]!.slice(1).toLowerCase();
        const hit = res.matchAt(titled, i - from);
        if (hit !== undefined && hit.length === run) match = hit;
      }
      const after = tokens[i + 1];
      // "Laura Frei": a first name before a capitalised word starts a person's name, even when a brand shares it.
      // "Konrad Brandhorst": a surname the compound splitter reads as nouns ("Brand+horst") counts as well.
      // Not a place before a known company: "unter Führung von Texas Google verklagt" names two.
      const placeBeforeCompany = match !== undefined && match.entries.every((e) => PLACE_CLASSES.has(e.type)) && after !== undefined && res.lookup(after.text).some((e) => e.type !== 'Person' && !PLACE_CLASSES.has(e.type) && !e.id.startsWith('nsi:'));
      if (
        // ("Florida Governor Ron DeSantis": not before an English title.)
        match?.length === 1 && !placeBeforeCompany && res.isFirstName(token.text) && i + 1 < to && after !== undefined && !(res.lang === 'en' && res.cues.titles.has(after.text)) &&
        (nameLike(after, res) || (isCapitalised(after.text) && (after.pos === 'PROPN' || (after.pos === 'NOUN' && after.kind === 'word' && !after.text.includes('-') && !res.isCommonNoun(after.text) && cueFor(res.cues, after.lemma ?? after.text, res.nounHead(after.text)) === undefined))))
      ) match = undefined;
      // "Paul Stern": a first name that only a packaged brand list knows, before a surname that is a common noun.
      if (
        match?.length === 1 && res.isFirstName(token.text) && i + 1 < to && after !== undefined && after.kind === 'word' && after.pos === 'NOUN' &&
        isCapitalised(after.text) && !after.text.includes('-') && match.entries.every((e) => e.id.startsWith('nsi:')) &&
        !res.cues.legalForms.has(after.text) && cueFor(res.cues, after.lemma ?? after.text, res.nounHead(after.text)) === undefined
      ) match = undefined;
      if (match?.length === 1 && token.common === true) match = undefined;
      // "der Schweizer Finanzmarktaufsicht Finma": a dictionary noun that the gazetteer knows as one authority's name
      // describes the name after it, which the gazetteer knows as another of the same kind.
      if (match?.length === 1 && res.lang === 'de' && (res.isCommonNoun(token.text) || cueFor(res.cues, token.text, undefined)?.kind === 'organization') && i + 1 < to) {
        const next = res.matchAt(sentenceWords, i + 1 - from);
        if (next !== undefined && next.entries.some((n) => match!.entries.some((e) => e.type === n.type && e.id !== n.id))) match = undefined;
      }
      // "Pfister" after "Martin Pfister": the surname of a person named before, not a company that shares it.
      if (match?.length === 1 && surnames.has(token.text) && !match.entries.some((e) => e.type === 'Person')) match = undefined;
      if (match?.length === 1 && wordOfPhrase(tokens, i, from, res)) match = undefined;
      // "Kronberg" after "Kronberg Motors": the company's short name, not the town it is named after.
      if (match?.length === 1 && orgHeads.has(token.text) && match.entries.every((e) => PLACE_CLASSES.has(e.type))) match = undefined;
      // "Mistral" after "Mistral AI": the short name of the company named before, not another one that the gazetteer
      // knows under that word only as an alias ("Réseau Mistral").
      if (match?.length === 1 && orgHeads.has(token.text) && match.entries.every((e) => e.label !== token.text && e.type !== 'Person')) match = undefined;
      // "the San Francisco-based lab", "die New-York-Filiale": a name of several words whose last is the first part
      // of a compound.
      // "FC Bayern München", "VfB Stuttgart", "Schalke 04": a club's short prefix opens a name that may hold places.
      // ("Hamburger SV", "Karlsruher SC": an adjective of origin before the prefix alone.)
      const prefix = tokens[i + 1];
      if (res.lang === 'de' && prefix !== undefined && i + 1 < to && res.cues.clubPrefixes.has(prefix.text) && /^\p{Lu}\p{Ll}+er$/u.test(token.text) && clubEnd(tokens, i + 1, to, res) === undefined) {
        add(makeMention(doc, i, i + 2, doc.article.text.slice(token.start, prefix.end), 'Organization', 'cue:noun', undefined));
        i += 2;
        continue;
      }
      // "im Landkreis Oldenburg", "des Kreises Minden-Lübbecke", "der Landkreis Rotenburg (Wümme)": a district named by
      // its noun and its town is a region of its own, not the town.
      const district = match === undefined ? res.cues.districtNouns.get(token.text) : undefined;
      // (A town the gazetteer knows, or for "Landkreis" and "Bezirk" any name: "im Kreis Gleichgesinnter" names none.
      // The gazetteer is asked only after a district's noun.)
      const townAfter = district !== undefined && i + 1 < to && tokens[i + 1]!.kind === 'word' && isCapitalised(tokens[i + 1]!.text) ? tokens[i + 1]! : undefined;
      if (
        district !== undefined && townAfter !== undefined &&
        ((district !== 'Kreis' && townAfter.pos === 'PROPN') || townAfter.text.split('-').some((part) => res.lookup(part).some((e) => PLACE_CLASSES.has(e.type))))
      ) {
        let end = i + 2;
        // ("Nienburg/Weser", "Rotenburg (Wümme)": the river or region that tells the town apart.)
        if (end + 1 < to && tokens[end]!.text === '/' && isCapitalised(tokens[end + 1]!.text)) end += 2;
        else if (end + 2 < to && tokens[end]!.text === '(' && isCapitalised(tokens[end + 1]!.text) && tokens[end + 2]!.text === ')') end += 3;
        const rest = doc.article.text.slice(tokens[i + 1]!.start, tokens[end - 1]!.end);
        // ("des Kantons Zürich": the gazetteer's entry under the noun's plain form.)
        const known = res.lookup(`${district} ${rest}`).find((e) => PLACE_CLASSES.has(e.type));
        add(known !== undefined ? makeMention(doc, i, end, known.label, known.type, 'gazetteer', known) : makeMention(doc, i, end, `${district} ${rest}`, 'Region', 'cue:noun', undefined));
        i = end;
        continue;
      }
      const club = match === undefined && res.cues.clubPrefixes.has(token.text) ? clubEnd(tokens, i, to, res) : undefined;
      if (club !== undefined) {
        add(makeMention(doc, i, club, doc.article.text.slice(token.start, tokens[club - 1]!.end), 'Organization', 'cue:noun', undefined));
        i = club;
        continue;
      }
      // "Beim VfL reagierte man verschnupft": a club's prefix alone, after an article, is the club named with it before.
      if (match === undefined && res.lang === 'de' && res.cues.clubPrefixes.has(token.text) && i > from && /^(der|des|dem|den|beim|vom|zum)$/i.test(tokens[i - 1]!.text) && !isCapitalised(tokens[i + 1]?.text ?? '')) {
        add(makeMention(doc, i, i + 1, token.text, 'Organization', 'cue:capitalised', undefined));
        i += 1;
        continue;
      }
      const joined = match === undefined ? compoundTail(tokens, i, to, res) : undefined;
      if (joined !== undefined) {
        add(joined(doc));
        i += 2;
        continue;
      }
      // "des New Yorker Unternehmens": a name of several words ending in -er before a noun for an organisation is the
      // adjective of origin of the place it names without the ending, not the magazine of that name.
      if (res.lang === 'de' && match !== undefined && match.length >= 2 && /er$/.test(tokens[i + match.length - 1]!.text) && i + match.length < to) {
        const noun = tokens[i + match.length]!;
        const words = sentenceWords.slice(i - from, i - from + match.length);
        words[words.length - 1] = words[words.length - 1]!.slice(0, -2);
        const place = originBeforeNoun(noun, words, res);
        if (place !== undefined) {
          add(makeMention(doc, i, i + match.length, place.label, place.type, 'cue:demonym', place));
          i += match.length;
          continue;
        }
      }
      if (match !== undefined && (token.pos !== 'DET' || match.length > 1)) {
        const entry = pick(match.entries, cue);
        // "eine Tochter der Mühlkreis Energie AG": a capitalised word the dictionary does not know, between an article
        // and a known name that ends in a legal form, makes another company's name.
        const lead = tokens[i - 1];
        const formEnd = match.length > 1 && res.cues.legalForms.has(tokens[i + match.length - 1]!.text);
        if (
          formEnd && lead !== undefined && i - 2 >= from && tokens[i - 2]!.pos === 'DET' && isCapitalised(lead.text) && (lead.pos === 'NOUN' || lead.pos === 'PROPN') &&
          !res.isCommonNoun(lead.text) && cueFor(res.cues, lead.lemma ?? lead.text, res.nounHead(lead.text)) === undefined && (out.length === 0 || out[out.length - 1]!.tokenEnd < i)
        ) {
          const end = i + match.length;
          add(makeMention(doc, i - 1, end, doc.article.text.slice(lead.start, tokens[end - 1]!.end), 'Company', 'cue:legal-form', undefined));
          i = end;
          continue;
        }
        // "das Landgericht Hamburg", "die Stadt Wien": an institution named by its place.
        const prev = tokens[i - 1];
        // "der Verbraucherzentrale Nordrhein-Westfalen": a listed noun names an organisation even when it is no cue.
        // "beim Taxiverband München": an association named by its place, too.
        const prevHead = prev !== undefined && prev.pos === 'NOUN' ? res.nounHead(prev.text) : undefined;
        const placeNamed = (prev !== undefined && placeNamedNoun(prev, res)) || (prevHead !== undefined && prevHead !== prev?.lemma && res.cues.associationHeads.has(prevHead));
        const zu = zuInstitution(doc, i, from, match.length, entry, out, res);
        if (zu !== undefined) {
          add(zu);
          i = zu.tokenEnd;
          continue;
        }
        if (((cue !== undefined && INSTITUTION_CLASSES.has(cue.cls)) || placeNamed) && prev !== undefined && PLACE_CLASSES.has(entry.type) && !placeGenitive(token, res)) {
          // "Landgericht München I": a chamber number belongs to the name.
          let end = /^(I|II|III|IV)$/.test(tokens[i + match.length]?.text ?? '') && i + match.length < to ? i + match.length + 1 : i + match.length;
          // "den Flughafen London Southend": a listed noun's name may go on after the place with a name of its own.
          const more = tokens[end];
          if (placeNamed && more !== undefined && end < to && more.kind === 'word' && more.pos === 'PROPN' && isCapitalised(more.text) && !res.isCommonNoun(more.text) && res.lookup(more.text).length === 0 && !res.isFirstName(more.text) && !(end + 1 < to && isCapitalised(tokens[end + 1]!.text))) end++;
          const text = doc.article.text.slice(prev.start, tokens[end - 1]!.end);
          const m = makeMention(doc, i - 1, end, text, cue?.cls ?? 'Organization', 'cue:noun', undefined);
          // "der Taxiverband München … der Verband": the noun's sector goes with the name.
          const sector = sectorOf(res.cues, prev.lemma ?? prev.text, res.nounHead(prev.text));
          if (sector !== undefined) m.sector = sector;
          // The place inside the name is an entity of its own, and the institution's seat.
          m.modifierMention = makeMention(doc, i, i + match.length, entry.label, entry.type, 'gazetteer', entry);
          add(m);
          i = end;
          continue;
        }
        const works = worksFirm(doc, i, to, from, match.length, entry, out, cue, res);
        if (works !== undefined) {
          add(works);
          i = works.tokenEnd;
          continue;
        }
        // A known name inside a longer organisation name: "Tencent Holdings",
        // "U.S. WeChat Users Alliance".
        const end = grow(tokens, i, to, res);
        const last = tokens[end - 1]!;
        // "South Korea's Hanwave Energy": a name in the English genitive ends before the next name.
        const genitiveEnd = /['’]s$/.test(tokens[i + match.length - 1]!.text);
        if (end > i + match.length && res.cues.legalForms.has(last.text) && !genitiveEnd) {
          const tail = tokens.slice(i + match.length, end);
          const onlyForms = tail.every((t) => res.cues.legalForms.has(t.text)) && (tail.length === 1 || tail.every((t) => res.cues.bareForms.has(t.text)));
          // "Schneeberg Holding" is a company named after a place, not the place; "SEC Consult" is no authority.
          // ("the Labour Court", "the Dutch Labour Inspectorate": nor is a party's name before an institution's noun.)
          const known = onlyForms && !PLACE_CLASSES.has(entry.type) && !INSTITUTION_CLASSES.has(entry.type) && entry.type !== 'PoliticalParty';
          add(known ? makeMention(doc, i, end, entry.label, entry.type, 'gazetteer', entry) : placeFirm(doc, i, end, from, out, cue, res));
          i = end;
          continue;
        }
        // "The Central Bank of Ireland": an English name known only without "of" and a place is a longer name, typed by
        // its last two words where they are a cue ("central bank").
        const of = tokens[i + match.length];
        const ofPlace = res.lang === 'en' && match.length >= 2 && ORG_CLASSES.has(entry.type) && of?.text === 'of' && i + match.length + 1 < to ? res.matchAt(sentenceWords, i + match.length + 1 - from) : undefined;
        if (ofPlace !== undefined && ofPlace.entries.some((e) => PLACE_CLASSES.has(e.type)) && res.matchAt(sentenceWords, i - from)?.length === match.length) {
          const end = i + match.length + 1 + ofPlace.length;
          const pair = cueFor(res.cues, `${tokens[i + match.length - 2]!.text.toLowerCase()} ${tokens[i + match.length - 1]!.text.toLowerCase()}`, undefined);
          add(makeMention(doc, i, end, doc.article.text.slice(token.start, tokens[end - 1]!.end), pair?.kind === 'organization' ? pair.cls : entry.type, 'cue:noun', undefined));
          i = end;
          continue;
        }
        // ("Facebook Inc's Facebook Gaming": a known platform or medium in the English genitive of its legal form.)
        const formGenitive = tokens[i + match.length];
        if (res.lang === 'en' && formGenitive !== undefined && i + match.length < to && !PLACE_CLASSES.has(entry.type) && entry.type !== 'Person' && /['’]s$/.test(formGenitive.text) && res.cues.bareForms.has(formGenitive.text.slice(0, -2))) {
          const picked = pickEntry(match.entries, cue);
          const m = makeMention(doc, i, i + match.length + 1, picked.label, picked.type, 'gazetteer', picked);
          m.genitive = true;
          add(m);
          i += match.length + 1;
          continue;
        }
        // "Just Eat Takeaway": a known company name followed by an unknown capitalised word is a longer name.
        // So is a known place after a noun for an organisation: "der Kunststoffverarbeiter Rheintal Polymer".
        const next = tokens[i + match.length];
        // ("an der Frankfurt School of Finance", "the London School of Economics": and before an English "X of Y", whose
        // first word may be a cue noun.)
        const ofName = PLACE_CLASSES.has(entry.type) && match.length === 1 && tokens[i + 2]?.text === 'of' && i + 3 < to && isCapitalised(tokens[i + 3]!.text);
        // ("the Boston Ledger", "the Caldwell Falls Evening Star": an English town before a newspaper's title word.)
        const newspaper = res.lang === 'en' && PLACE_CLASSES.has(entry.type) && next !== undefined && res.cues.mastheads.has(next.text);
        const placeOpensName = ofName || newspaper || (PLACE_CLASSES.has(entry.type) && match.length === 1 && cue !== undefined && cue.weak !== true && cue.cls !== 'Person' && !PLACE_CLASSES.has(cue.cls));
        if (
          (ORG_CLASSES.has(entry.type) || placeOpensName) && !genitiveEnd &&
          next !== undefined &&
          i + match.length < to &&
          (next.pos === 'PROPN' || (placeOpensName && !ofName && res.cues.placeNameNouns.has(next.text))) &&
          (newspaper || !res.isFirstName(next.text)) &&
          !res.cues.neverNames.has(next.text) &&
          res.matchAt(sentenceWords, i + match.length - from) === undefined &&
          !texts.has(next.text) &&
          (ofName || cueFor(res.cues, next.lemma ?? next.text, res.nounHead(next.text)) === undefined)
        ) {
          const end = grow(tokens, i + match.length, to, res);
          const whole = doc.article.text.slice(token.start, tokens[end - 1]!.end);
          // ("Amazon.com Inc's cloud unit": the English genitive hangs on the noun after the name.)
          const genitive = res.lang === 'en' && /['’]s$/.test(whole);
          const text = genitive ? whole.slice(0, -2) : whole;
          // ("Comcast Corp's Universal Television": only a legal form after the known name; it stays that name.)
          if (genitive && tokens.slice(i + match.length, end).every((t) => res.cues.bareForms.has(t.text.replace(/['’]s$/, '')) || res.cues.legalForms.has(t.text.replace(/['’]s$/, '')))) {
            const entry = pickEntry(match.entries, cue);
            const m = makeMention(doc, i, end, entry.label, entry.type, 'gazetteer', entry);
            m.genitive = true;
            add(m);
            i = end;
            continue;
          }
          // "am KI-Start-up Mistral AI": a cue noun before types the longer name.
          const typed = cue !== undefined && cue.cls !== 'Person' && !PLACE_CLASSES.has(cue.cls) ? typeName(tokens, i, end, cue, res) : undefined;
          const m = makeMention(doc, i, end, text, newspaper ? 'MediaOrganization' : (typed?.cls ?? 'Organization'), typed?.source ?? 'cue:capitalised', undefined);
          // (The paper's town is an entity of its own: "the Boston Ledger" names Boston.)
          if (newspaper) {
            const place = pickEntry(match.entries, undefined);
            m.innerMention = makeMention(doc, i, i + match.length, place.label, place.type, 'gazetteer', place);
          }
          if (genitive) m.genitive = true;
          if (typed !== undefined && cue?.sector !== undefined) m.sector = cue.sector;
          if (typed !== undefined && cue?.scale !== undefined) m.scale = cue.scale;
          add(m);
          i = end;
          continue;
        }
        // "zur Düsseldorfer Mediengruppe Velten": a packaged town's name alone right after a noun for a company names
        // the company (towns named after such nouns are institutions', handled above: "das Landgericht Hamburg").
        if (placeOpensName && entry.type === 'City' && entry.id.startsWith('geonames:') && cue !== undefined && (cue.cls === 'Company' || cue.cls === 'MediaOrganization' || cue.cls === 'Organization')) {
          add(makeMention(doc, i, i + 1, token.text, cue.cls, 'cue:noun', undefined));
          i += 1;
          continue;
        }
        // "die Datenschutzbehörde DSB": a noun for an institution before a listed name of another kind (a railway
        // called DSB) names an institution the list lacks.
        if (cue !== undefined && cue.weak !== true && INSTITUTION_CLASSES.has(cue.cls) && match.length === 1 && !match.entries.some((e) => e.type === cue.cls || INSTITUTION_CLASSES.has(e.type) || e.type === 'Organization')) {
          add(makeMention(doc, i, i + 1, token.text, cue.cls, 'cue:noun', undefined));
          i += 1;
          continue;
        }
        // "die Tochter Generali Deutschland", "bei Siemens Österreich": a listed company and a country after it, after an
        // article, a noun or a preposition, name the company's subsidiary there ("hat Apple Deutschland verlassen": not
        // after a verb).
        const country = tokens[i + match.length];
        const opener = tokens[i - 1];
        if (
          res.lang === 'de' && (ORG_CLASSES.has(entry.type) || entry.type === 'Platform') && country !== undefined && i + match.length < to &&
          (i === from || (opener !== undefined && (opener.pos === 'DET' || opener.pos === 'ADP' || opener.pos === 'NOUN'))) &&
          res.lookup(country.text).some((e) => e.type === 'Country') && !isCapitalised(tokens[i + match.length + 1]?.text ?? '')
        ) {
          const end = i + match.length + 1;
          const m = makeMention(doc, i, end, doc.article.text.slice(token.start, country.end), entry.type, 'cue:capitalised', undefined);
          add(m);
          i = end;
          continue;
        }
        const known = makeMention(doc, i, i + match.length, entry.label, entry.type, 'gazetteer', entry);
        if (entry === match.entries[0] && match.entries.length > 1) unsettled.push([known, match.entries]);
        // "South Korea's": a longer name in the English genitive.
        if (match.length > 1 && /['’]s$/.test(tokens[i + match.length - 1]!.text)) known.genitive = true;
        // ("Epic Games' Fortnite": an apostrophe alone after a name in "s".)
        if (doc.article.lang === 'en' && /s$/.test(tokens[i + match.length - 1]!.text) && /^['’]$/.test(tokens[i + match.length]?.text ?? '') && isCapitalised(tokens[i + match.length + 1]?.text ?? '')) known.genitive = true;
        // "Der Sportartikelkonzern Adidas": the noun before a known name gives its sector and size too.
        if (cue !== undefined && !PLACE_CLASSES.has(entry.type) && entry.type !== 'Person') {
          if (cue.sector !== undefined) known.sector = cue.sector;
          if (cue.scale !== undefined) known.scale = cue.scale;
          // ("die Berliner Konkurrentin N26 … hatte ihr": and the gender German "sie" points back to.)
          if (cue.feminine === true) known.gender = 'f';
        }
        add(known);
        i += match.length;
        continue;
      }
      // (English marks its genitive with an apostrophe: "Lloyds" is no genitive of "Lloyd".)
      const base = doc.article.lang === 'en' && !/['’]s?$/u.test(token.text) ? undefined : genitiveBase(token.text);
      // "Jonas Reiter" is no genitive of the town Jona.
      // ("Ihr Bruder Jonas": a first name after a noun for a person is no genitive either.)
      const personBefore = cue !== undefined && cue.cls === 'Person';
      const firstName = res.isFirstName(token.text) && ((after !== undefined && i + 1 < to && after.kind === 'word' && isCapitalised(after.text) && after.pos !== 'DET') || personBefore);
      // "die Zuger Beteiligungsgesellschaft Albis Capital": before a legal form the word is part of a name.
      const formAfter = doc.article.lang === 'de' && after !== undefined && i + 1 < to && res.cues.legalForms.has(after.text);
      if (base !== undefined && match === undefined && !firstName && !formAfter) {
        const hits = genitiveHits(tokens, lowers, i, from, to, cue !== undefined, res.lookup(base), doc.article.lang);
        if (hits.length > 0) {
          const entry = pickEntry(hits, cue);
          const m = makeMention(doc, i, i + 1, entry.label, entry.type, 'gazetteer', entry);
          m.genitive = true;
          add(m);
          i++;
          continue;
        }
        // "Tarnovors Entwicklungschef" after "die Medizintechnikfirma Tarnovor": an organisation named before, in the genitive.
        // ("Tevanors" after "Tevanor Medtec": the first word of a longer name too.)
        const named = doc.article.lang === 'de' ? orgByWord.get(base) : undefined;
        // ("Quandts bisherige Stellvertreterin": adjectives may come between.)
        const nounAfter = after !== undefined && (after.pos === 'NOUN' || (after.pos === 'ADJ' && i + 2 < to && (tokens[i + 2]!.pos === 'NOUN' || (tokens[i + 2]!.pos === 'ADJ' && tokens[i + 3]?.pos === 'NOUN'))));
        if (named !== undefined && nounAfter) {
          const m = makeMention(doc, i, i + 1, named.normalized, named.type, 'genitive', undefined);
          m.genitive = true;
          add(m);
          i++;
          continue;
        }
        // "Lechners Vater Anton Lechner" after "Herbert Lechner": the surname of a person named before, in the genitive.
        if (surnames.has(base) && nounAfter) {
          const m = makeMention(doc, i, i + 1, base, 'Person', 'cue:capitalised', undefined);
          m.genitive = true;
          add(m);
          i++;
          continue;
        }
      }
      // English "the Bank of Canada", "the University of Lagos": a capitalised organisation noun, "of" and a name;
      // "the Institute for Fiscal Studies", "the Alliance for Creativity and Entertainment": "for" and its remit.
      const joiner = tokens[i + 1]?.text;
      if (
        doc.article.lang === 'en' && match === undefined && i + 2 < to && (joiner === 'of' || (joiner === 'for' && isCapitalised(token.text))) && isCapitalised(tokens[i + 2]!.text) &&
        tokens[i + 2]!.kind === 'word' && !res.cues.neverNames.has(tokens[i + 2]!.text) && (joiner === 'of' || tokens[i + 2]!.pos !== 'DET')
      ) {
        const own = cueFor(res.cues, token.lemma ?? token.text, undefined) ?? cueFor(res.cues, token.text.toLowerCase(), undefined);
        if (own?.kind === 'organization') {
          let end = grow(tokens, i + 2, to, res);
          // ("… for Creativity and Entertainment": a remit's last word after "and", when no name of its own.)
          const last = tokens[end + 1];
          if (joiner === 'for' && tokens[end]?.text === 'and' && end + 1 < to && last !== undefined && last.kind === 'word' && isCapitalised(last.text) && res.lookup(last.text).length === 0 && !res.isFirstName(last.text) && !isCapitalised(tokens[end + 2]?.text ?? '')) end += 2;
          // "the Bank of Lithuania": a bank named by a country alone is its central bank, an authority.
          const central = token.text === 'Bank' && end === i + 3 && res.lookup(tokens[i + 2]!.text).some((e) => e.type === 'Country');
          // ("the University of Wisconsin's arm": the name without the English genitive, which hangs on the noun after it.)
          const text = doc.article.text.slice(token.start, tokens[end - 1]!.end);
          const genitive = /['’]s$/.test(text);
          const m = makeMention(doc, i, end, genitive ? text.slice(0, -2) : text, central ? 'GovernmentAgency' : own.cls, 'cue:noun', undefined);
          if (genitive) m.genitive = true;
          add(m);
          i = end;
          continue;
        }
      }
      // "an der Technischen Universität Dresden", "die Freie Universität Berlin": inside a sentence a
      // capitalised adjective before an organisation noun starts a name, with the place after it.
      const orgNoun = tokens[i + 1];
      // The written form too: "Nachrichten" names a paper, its lemma "Nachricht" does not.
      const orgCue =
        orgNoun !== undefined && i > from && i + 1 < to && isCapitalised(orgNoun.text)
          ? (cueFor(res.cues, orgNoun.lemma ?? orgNoun.text, res.nounHead(orgNoun.text)) ?? cueFor(res.cues, orgNoun.text, undefined))
          : undefined;
      // An adjective the dictionary lacks shows by its ending: "der Donauländischen Versicherung".
      const adjectival = res.adjectiveLemma(lowers[i]!) !== undefined || (token.pos === 'PROPN' && /isch(e|en|er|es|em)$/.test(token.text));
      if (orgCue?.kind === 'organization' && adjectival && !tokens[i - 1]?.text.match(/^[–—:"„“(-]$/)) {
        let end = i + 2;
        const place = end < to ? res.matchAt(sentenceWords, end - from) : undefined;
        if (place !== undefined && place.entries.some((e) => PLACE_CLASSES.has(e.type))) end += place.length;
        // "das Eidgenössische Departement für Verteidigung, Bevölkerungsschutz und Sport (VBS)": the
        // full name runs up to its abbreviation in brackets.
        if (tokens[end]?.text === 'für') {
          const before = end;
          for (let k = end + 1; k < to && k < end + 10; k++) {
            const t = tokens[k]!;
            // "(VBS)", "(HmbBfDI)": an abbreviation with at least two capitals.
            const abbr = tokens[k + 1]?.text ?? '';
            if (t.text === '(' && /^\p{Lu}[\p{L}]{1,8}$/u.test(abbr) && (abbr.match(/\p{Lu}/gu)?.length ?? 0) >= 2 && tokens[k + 2]?.text === ')') {
              end = k;
              break;
            }
            if (!(isCapitalised(t.text) || t.text === ',' || ['und', 'für', 'der', 'die', 'das', 'des'].includes(t.text))) break;
          }
          // "dem Hessischen Beauftragten für Datenschutz und Informationsfreiheit": an authority named by
          // its remit, without an abbreviation after it.
          if (end === before && orgCue.cls === 'GovernmentAgency' && i + 3 < to && isCapitalised(tokens[end + 1]!.text)) end = remitEnd(tokens, end + 1, to);
        }
        const text = doc.article.text.slice(token.start, tokens[end - 1]!.end);
        add(makeMention(doc, i, end, text, orgCue.cls, 'cue:noun', undefined));
        i = end;
        continue;
      }
      // "des Bundesverbands mittelständischer Markenlieferanten (BVML)", "der Verband der Automobilindustrie (VDA)":
      // an organisation noun and its complement up to the abbreviation in brackets that spells it.
      const spelled = match === undefined && cue?.cls !== 'Person' ? spelledName(tokens, i, to, res) : undefined;
      if (spelled !== undefined) {
        add(makeMention(doc, i, spelled, doc.article.text.slice(token.start, tokens[spelled - 1]!.end), 'Organization', 'cue:noun', undefined));
        i = spelled;
        continue;
      }
      // "dem Bundesamt für Cybersicherheit", "das Ministerium für Finanzen": an authority named by its remit.
      const remit = match === undefined && tokens[i + 1]?.text === 'für' && i + 2 < to && isCapitalised(tokens[i + 2]!.text) ? cueFor(res.cues, token.lemma ?? token.text, res.nounHead(token.text)) : undefined;
      // "am Institut für Angewandte Materialien": an adjective capitalised after "für" is a name's word, whatever the
      // organisation's kind.
      // (A participle the dictionary lacks shows by its ending: "Angewandte", "Vereinigten".)
      const namedRemit =
        remit?.kind === 'organization' && !res.isCommonNoun(tokens[i + 2]!.text) && isCapitalised(tokens[i + 3]?.text ?? '') &&
        (res.adjectiveLemma(lowers[i + 2]!) !== undefined || /^\p{Lu}\p{Ll}+(t|en)en?$/u.test(tokens[i + 2]!.text)) && !res.isFirstName(tokens[i + 2]!.text);
      // "am Institut für Umweltingenieurwissenschaften der ETH Zürich": a remit of one noun before a known organisation
      // in the genitive, the institute's owner, names the institute too.
      // ("beim Bundesamt für Justiz": an article inside a preposition too.)
      // ("Das Luzerner Amt für Umwelt", "das kantonale Amt für Wald": a word of origin or an adjective between.)
      const article = articleBefore(tokens, lowers, i, from);
      const genitiveAfter = lowers[i + 3] === 'der' || lowers[i + 3] === 'des';
      const owner = remit?.kind === 'organization' && !namedRemit && genitiveAfter && i + 4 < to ? res.matchAt(sentenceWords, i + 4 - from) : undefined;
      const ownerWord = tokens[i + 4];
      // (An owner the gazetteer lacks: an abbreviation, "der ETH Zürich", or an organisation's noun and a name, "der Universität Wien".)
      const ownerNamed =
        (owner !== undefined && owner.entries.some((e) => ORG_CLASSES.has(e.type))) ||
        (remit?.kind === 'organization' && ownerWord !== undefined && i + 4 < to && (/^\p{Lu}{2,}$/u.test(ownerWord.text) || (cueFor(res.cues, ownerWord.lemma ?? ownerWord.text, res.nounHead(ownerWord.text))?.kind === 'organization' && i + 5 < to && isCapitalised(tokens[i + 5]!.text) && tokens[i + 5]!.pos !== 'VERB')));
      const ownedRemit = !namedRemit && genitiveAfter && ownerNamed && tokens[i + 2]!.pos === 'NOUN' && !tokens[i + 2]!.text.includes('-') && article;
      if (ownedRemit) {
        add(makeMention(doc, i, i + 3, doc.article.text.slice(token.start, tokens[i + 2]!.end), remit?.cls === 'GovernmentAgency' ? 'GovernmentAgency' : 'Organization', 'cue:noun', undefined));
        i += 3;
        continue;
      }
      // "Die Stiftung für Konsumentenschutz", "des Vereins für Konsumenteninformation": an association with the definite
      // article is named by its remit ("am Institut für Weltwirtschaft": one joined to a preposition too).
      const forHead = remit !== undefined || (match === undefined && tokens[i + 1]?.text === 'für' && i + 2 < to && isCapitalised(tokens[i + 2]!.text));
      const associationRemit =
        forHead && token.pos === 'NOUN' && (res.cues.associationHeads.has(token.lemma ?? token.text) || res.cues.associationHeads.has(res.nounHead(token.text) ?? '')) &&
        /^(der|die|das|des|dem|den|am|im|vom|beim|zum|zur)$/.test(lowers[i - 1] ?? '') && tokens[i + 2]!.pos === 'NOUN' && !res.isFirstName(tokens[i + 2]!.text) &&
        // ("die beim Alpenverein für Raumplanung zuständig ist": a remit someone answers for there.)
        !/^(zuständig|verantwortlich)$/.test(lowers[remitEnd(tokens, i + 2, to)] ?? '');
      if (((remit?.kind === 'organization' && (remit.cls === 'GovernmentAgency' || namedRemit)) || associationRemit) && article) {
        let end = remitEnd(tokens, i + 2, to);
        // "am Institut für Angewandte Materialien des KIT": a known name in the genitive is the institute's owner.
        if (namedRemit || associationRemit) for (let k = i + 3; k + 1 < end; k++) if ((lowers[k] === 'des' || lowers[k] === 'der') && (res.lookup(tokens[k + 1]!.text).length > 0 || /^\p{Lu}{2,}$/u.test(tokens[k + 1]!.text))) end = k;
        add(makeMention(doc, i, end, doc.article.text.slice(token.start, tokens[end - 1]!.end), remit?.cls === 'GovernmentAgency' ? 'GovernmentAgency' : 'Organization', 'cue:noun', undefined));
        i = end;
        continue;
      }
      // "die Volksbank Lenne-Hönnetal", "die Arnsberger Volksbank am Haarstrang": an institution that is named by
      // a place names itself with the noun, also by a place the gazetteer lacks (a double name with a hyphen too).
      const placeEnd = match === undefined ? placeNamedAt(tokens, i + 1, to, from, res, (word) => out.some((o) => o.text === word && !PLACE_CLASSES.has(o.type))) : undefined;
      let institution = withLegalForm(tokens, placeEnd, to, res);
      // ("die Liftgesellschaft Schartenhof GmbH": some nouns only describe a firm whose name has a legal form; "die
      // Stadtwerke Kesselbrück GmbH" names it.)
      if (institution !== undefined && institution > placeEnd! && res.cues.placeNamedUnlessForm.has(token.lemma ?? token.text)) institution = undefined;
      if (institution !== undefined) {
        // ("die Stadtwerke X": a plural noun the list names as it is, whose lemma is singular.)
        const cls = (cueFor(res.cues, token.lemma ?? token.text, res.nounHead(token.text)) ?? cueFor(res.cues, token.text, undefined))?.cls ?? 'Organization';
        const m = makeMention(doc, i, institution, doc.article.text.slice(token.start, tokens[institution - 1]!.end), cls, 'cue:noun', undefined);
        // ("des Flughafens Oberwesertal": named by the noun's nominative.)
        if (token.lemma !== undefined && /e?s$/.test(token.text) && token.text !== token.lemma && token.text.startsWith(token.lemma) && token.text.length - token.lemma.length <= 2) {
          m.normalized = `${token.lemma}${doc.article.text.slice(token.end, tokens[institution - 1]!.end)}`;
        }
        const seat = seatOf(doc, token, i, placeEnd!, res);
        if (seat !== undefined) m.modifierMention = seat;
        // ("die Raiffeisenbank Mittleres Tösstal": the region it is named by is a place of its own.)
        else if (placeEnd === i + 3 && /^\p{Lu}\p{Ll}+(e|es|er|en)$/u.test(tokens[i + 1]!.text) && res.adjectiveLemma(tokens[i + 1]!.text) !== undefined) {
          m.innerMention = makeMention(doc, i + 1, placeEnd, doc.article.text.slice(tokens[i + 1]!.start, tokens[placeEnd - 1]!.end), 'Region', 'cue:place-list', undefined);
        }
        add(m);
        i = institution;
        continue;
      }
      // A hyphen makes a compound, not a name, unless the word is a code ("SMR-104", "GPT-4").
      // "über die Finanzlage der Stadt Stimmung gemacht", "warfen der Regierung Versagen vor": a dictionary noun after
      // a place noun or an authority's noun names neither.
      const cued = cue !== undefined && cue.cls !== 'Place' && token.common !== true && !((PLACE_CLASSES.has(cue.cls) || INSTITUTION_CLASSES.has(cue.cls) || (cue.cls === 'PoliticalParty' && tokens[i - 1]?.plural === true)) && token.pos === 'NOUN' && res.isCommonNoun(token.text)) && (!token.text.includes('-') || PRODUCT_CODE.test(token.text) || hyphenName(token.text, res) || (LETTER_HYPHEN_NAME.test(token.text) && cue.cls !== 'Person' && !res.isCommonNoun(token.text))) && token.pos !== 'DET' && token.pos !== 'PRON' && token.pos !== 'VERB' && token.pos !== 'AUX' && !(token.pos === 'NOUN' && res.cues.legalForms.has(token.text)) &&
        // "Mitarbeitende beider Firmen Mindestpreise festlegten": an inflected plural noun is the object, no name.
        // ("bei der Gemeinde Oberfelden": after a town's noun, a word the dictionary knows only split is a town's name.)
        // ("beim Neubau der Klinik Kosten von 48 Millionen Euro": so is a noun the dictionary knows only in the plural.)
        !(token.pos === 'NOUN' && token.plural === true && token.lemma !== undefined && (token.lemma !== token.text || res.isCommonNoun(token.text)) && !isCapitalised(tokens[i + 1]?.text ?? '') && !(cue.cls === 'City' && !res.isCommonNoun(token.text))) &&
        // "liefert über seine App Schmerzmittel, Nasensprays und …": a dictionary noun opening a list of them.
        !(token.pos === 'NOUN' && tokens[i + 1]?.text === ',' && tokens[i + 2]?.pos === 'NOUN') &&
        // "hatte als Rüstungsbetrieb Zwangsarbeiter eingesetzt": after "als" and a bare noun, a dictionary noun is an object.
        // ("per Messengerdienst Preislisten ausgetauscht": so after "per" or "via" and a bare noun.)
        !(token.pos === 'NOUN' && BARE_NOUN_BEFORE.has(lowers[i - 2] ?? '') && (res.isCommonNoun(token.text) || res.isCommonNoun(res.nounHead(token.text) ?? '')));
      // "Mark Schneider", "Ernst Koch": see nounAsFirstName.
      const nounFirstName = match === undefined && i + 1 < to && nounAsFirstName(tokens, i, res);
      // "den Grazer Mitbewerber Belegwerk": a word the dictionary knows only as a compound, right after
      // an article's noun, is a name in apposition, not a second noun.
      // ("hatte ihm in der Vorwoche Aktienmanipulation vorgeworfen": not after a noun of time, which is never a name.)
      const prevNoun = tokens[i - 1];
      const apposedCompound =
        match === undefined && token.pos === 'NOUN' && token.plural !== true && i - 1 > from && prevNoun?.pos === 'NOUN' &&
        !/^\p{Lu}\p{Ll}+er$/u.test(prevNoun.text) && !res.cues.placeAdjectives.has(prevNoun.text) &&
        !res.isCommonNoun(token.text) && !token.text.includes('-') && tokens[i + 1]?.pos !== 'NOUN' &&
        // "über seine App Schmerzmittel, Nasensprays und …": a compound opening a list of nouns.
        !(tokens[i + 1]?.text === ',' && tokens[i + 2]?.pos === 'NOUN') &&
        cueFor(res.cues, token.lemma ?? token.text, res.nounHead(token.text)) === undefined && !res.cues.neverNames.has(prevNoun.text) &&
        [2, 3, 4].some((k) => tokens[i - k]?.pos === 'DET' && tokens.slice(i - k + 1, i - 1).every((t) => t.pos === 'ADJ' || /^\p{Lu}\p{Ll}+er$/u.test(t.text)));
      // "der Hörgeräteketten Hörwerk und Audiovita": a word the dictionary knows only as a compound, without an
      // article, joined to an organisation's name, is another name.
      const lastName = out[out.length - 1];
      const coordinatedCompound =
        doc.article.lang === 'de' && match === undefined && token.pos === 'NOUN' && token.plural !== true && token.maybePlural !== true && !res.isCommonNoun(token.text) &&
        !token.text.includes('-') && i - 2 >= from && ['und', 'oder', 'sowie'].includes(tokens[i - 1]!.text) && lastName !== undefined && lastName.tokenEnd === i - 1 &&
        lastName.type !== 'Person' && lastName.type !== 'Group' && !PLACE_CLASSES.has(lastName.type) && tokens[i + 1]?.pos !== 'NOUN' &&
        cueFor(res.cues, token.lemma ?? token.text, res.nounHead(token.text)) === undefined;
      // "die Linzer Mühlkreis Bank": a legal form right after a noun that is no cue makes both a name.
      // "die Kasseler Kühnemann Mediengruppe": a compound on a legal form ("-gruppe", "-holding") after a word
      // that is neither a dictionary noun nor a word of origin.
      // ("die Kremstaler Privatbank": a word in -er that names no known place is a name's word, "die Linzer Privatbank" a description.)
      const compoundForm =
        token.pos === 'NOUN' && formCompound(token, res) && i - 1 >= from && !res.isCommonNoun(tokens[i - 1]!.text) &&
        !(/^\p{Lu}\p{Ll}+er$/u.test(tokens[i - 1]!.text) && (inhabitantOf(tokens[i - 1]!.text, res) || res.cues.placeAdjectives.has(tokens[i - 1]!.text)));
      const formAfterNoun =
        match === undefined && token.pos === 'NOUN' && (res.cues.legalForms.has(token.text) || compoundForm) && i - 1 >= from &&
        // ("die Gruberalm Lifte GmbH": a plural noun only right after a name, whose word it is.)
        nounBeforeForm(tokens[i - 1]!) && (tokens[i - 1]!.plural !== true || out[out.length - 1]?.tokenEnd === i - 1 || pluralAfterName(tokens, i, from, res)) && isCapitalised(tokens[i - 1]!.text) && hyphenedBeforeForm(tokens[i - 1]!, token, res) &&
        // "Der Berliner Verlag kauft …": a word of origin before the noun describes, it names nothing.
        !(/^\p{Lu}\p{Ll}+er$/u.test(tokens[i - 1]!.text) && inhabitantOf(tokens[i - 1]!.text, res));
      // English "builds AI agents": a listed abbreviation before a lower-case noun only modifies it.
      const acronymModifier =
        match === undefined && cue === undefined && res.cues.modifierWords.has(token.text) && after !== undefined && i + 1 < to && after.pos === 'NOUN' && /^\p{Ll}/u.test(after.text);
      if (acronymModifier) {
        i++;
        continue;
      }
      // "der britische Provokateur Milo Yiannopoulos": a noun for a person by its ending, before a first name and a
      // surname, is no word of the name.
      // (The first name after it first: it rules out most words, and a lookup costs less than the ending's pattern.)
      if (
        doc.article.lang === 'de' && token.pos !== 'DET' && match === undefined && i + 2 < to && res.isFirstName(tokens[i + 1]?.text ?? '') &&
        /^\p{Lu}\p{Ll}{3,}(eur|euse|ist|istin|ant|antin|ent|entin|or|orin|ier|ierin)$/u.test(token.text) && !res.isFirstName(token.text) && isCapitalised(tokens[i + 2]?.text ?? '')
      ) {
        i++;
        continue;
      }
      // "um den Ufhuser Milchbauern Anton Kneubühler": a word of origin in -er the gazetteer cannot place, before a
      // noun for a person and a name, is an adjective of origin, no first word of a name.
      if (
        doc.article.lang === 'de' && match === undefined && i + 2 < to && /^\p{Lu}\p{Ll}+er$/u.test(token.text) && !res.isFirstName(token.text) &&
        after !== undefined && after.pos === 'NOUN' && !res.isFirstName(after.text) && (cueFor(res.cues, after.lemma ?? after.text, res.nounHead(after.text))?.kind === 'person' || personWord(after, res)) && isCapitalised(tokens[i + 2]!.text)
      ) {
        i++;
        continue;
      }
      // "mit Sitz in Saint-Mandé": a name of capitalised parts joined by a hyphen after a place preposition.
      const hyphenPlace = cue?.cls === 'Place' && token.text.includes('-') && hyphenName(token.text, res, true);
      const hyphenBeforeForm = match === undefined && joinedOpener(tokens, i, to, res, doc.article.lang);
      // "Britain's Financial Conduct Authority": inside an English sentence a capitalised adjective before another
      // capitalised word opens a name (not an adjective of origin, "British").
      const englishAdjective =
        doc.article.lang === 'en' && match === undefined && i > from && /^\p{Lu}\p{Ll}+$/u.test(token.text) && (token.pos === 'ADJ' || token.pos === 'PROPN') &&
        !['"', '“', '‘', "'", '(', ':'].includes(tokens[i - 1]!.text) && after !== undefined && i + 1 < to && after.kind === 'word' && /^\p{Lu}\p{Ll}/u.test(after.text) &&
        (after.pos === 'NOUN' || after.pos === 'PROPN') && !res.cues.placeAdjectives.has(token.text) && !res.cues.demonyms.has(token.text) &&
        !res.cues.neverNames.has(token.text) && !res.cues.titles.has(after.text) && cueFor(res.cues, after.lemma ?? after.text, undefined) === undefined &&
        (cueFor(res.cues, token.lemma ?? token.text, undefined) === undefined || res.cues.titles.has(token.text));
      // "21st Century Fox": an English ordinal opens the name of capitalised words after it.
      const ordinalOpener = doc.article.lang === 'en' && match === undefined && /^\d+(st|nd|rd|th)$/.test(token.text) && after !== undefined && i + 1 < to && /^\p{Lu}\p{Ll}/u.test(after.text);
      // "a Series B funding round", "eine Series-A-Runde": the letter of a round names nothing.
      // ("zwischen der A 7 und der A 96": a letter before a number is a road's, no name.)
      // (Words of three code units or less only: a capital letter, maybe with a digit.)
      if (token.text.length <= 3 && ((/^\p{Lu}\d?$/u.test(token.text) && /^series$/i.test(tokens[i - 1]?.text ?? '')) || (/^\p{Lu}$/u.test(token.text) && tokens[i + 1]?.kind === 'number' && tokens[i + 1]!.sentence === token.sentence))) {
        i++;
        continue;
      }
      // "in Wolfsberg", "aus Emmenbrücke": after a preposition of place and no article, a word the dictionary knows only
      // as a compound, with a town's ending, is a town the gazetteer lacks.
      // ("im oberösterreichischen Lanzenbach": or after a region's adjective there.)
      const unknownTown =
        doc.article.lang === 'de' && match === undefined && cue?.cls === 'Place' && (token.pos === 'NOUN' || (cue.weak !== true && token.pos === 'PROPN')) && token.plural !== true &&
        ((cue.weak === true && TOWN_PREPOSITIONS.has(lowers[i - 1] ?? '')) || (cue.weak !== true && tokens[i - 1]?.pos === 'ADJ')) &&
        /^\p{Lu}\p{Ll}{3,}$/u.test(token.text) && townWord(tokens, i, res) && !res.isCommonNoun(token.text) &&
        // ("im thüringischen Oberwaltersbach Ende des Jahres": after the adjective, a dictionary noun may follow.)
        !(after !== undefined && i + 1 < to && (after.kind === 'number' || (/^\p{Lu}/u.test(after.text) && !(cue.weak !== true && after.pos === 'NOUN' && res.isCommonNoun(after.text)))));
      // ("im oststeirischen Bad Kainried", "in Sankt Wolfgrub": a town's prefix and a word with a town's ending.)
      // (Helpers outside this function keep it small enough for the engine to optimise.)
      if (doc.article.lang === 'de' && match === undefined && cue?.cls === 'Place' && after !== undefined && i + 1 < to && prefixedTown(tokens, lowers, i, cue, res)) {
        add(makeMention(doc, i, i + 2, doc.article.text.slice(token.start, after.end), 'City', 'cue:preposition', undefined));
        i += 2;
        continue;
      }
      // "Pardew Pharma LP … Pardew also faces": the first word of an organisation's longer name, named before ("Tri-County").
      const knownHead = doc.article.lang === 'en' && match === undefined && orgHeads.has(token.text) && /^\p{Lu}\p{Ll}+(-\p{Lu}\p{Ll}+)*$/u.test(token.text) && (token.pos === 'NOUN' || token.pos === 'PROPN') && !res.isCommonNoun(token.text) && !res.cues.demonyms.has(token.text);
      if (nameLike(token, res) || knownHead || unknownTown || nounFirstName || apposedCompound || coordinatedCompound || formAfterNoun || hyphenPlace || hyphenBeforeForm || englishAdjective || ordinalOpener || (cued && (!/^\d/.test(token.text) || /^\d+\p{Lu}+$/u.test(token.text)))) {
        const end = grow(tokens, i, to, res, cue?.cls === 'Person');
        // "Kranich Labs": a legal form pulls in the capitalised word before it.
        const before = tokens[i - 1];
        // "Danish Airways", "Latvian Airlines": an English adjective of a nation right before a carrier's legal form
        // opens the name.
        if (end === i + 1 && before !== undefined && i - 1 >= from && demonymForm(token, before, res) && out[out.length - 1]?.tokenEnd !== i) {
          add(makeMention(doc, i - 1, end, doc.article.text.slice(before.start, token.end), 'Company', 'cue:legal-form', undefined));
          i = end;
          continue;
        }
        if (
          (res.cues.legalForms.has(token.text) || compoundForm) &&
          before !== undefined &&
          i - 1 >= from &&
          nounBeforeForm(before) &&
          // ("Die Quellbank AG": a compound on a cue noun that the dictionary lacks is a name's word too.)
          (cueFor(res.cues, before.lemma ?? before.text, res.nounHead(before.text)) === undefined ||
            (doc.article.lang === 'de' && res.cues.bareForms.has(token.text) && !res.isCommonNoun(before.text) && res.nounHead(before.text) !== before.text) ||
            // ("Die Seeland Medien AG": a word whose cue comes only from its last part, right after the article.)
            (doc.article.lang === 'de' && tokens[i - 2]?.pos === 'DET' && cueFor(res.cues, before.lemma ?? before.text, undefined) === undefined && res.cues.legalForms.has(token.text))) &&
          out[out.length - 1]?.tokenEnd !== i
        ) {
          // "die Kärntner Dorfmeister Bau GmbH", "die Lechner-Hofbauer Bau AG": up to two more words of the name
          // before it (a double name with a hyphen too), not a word of origin.
          let first = i - 1;
          while (first - 1 >= from && first > i - 3 && out[out.length - 1]?.tokenEnd !== first && nameWordBefore(tokens[first - 1]!, res)) first--;
          if (doc.article.lang === 'en' && out[out.length - 1]?.tokenEnd !== first && openingAdjective(tokens, first - 1, from, res)) first--;
          // "die Spitalverbund Luzerner Seetal AG", "zur Spitalverbund …": a masculine or neuter noun and a word of
          // origin after a feminine article belong to the name, whose article agrees with the legal form only.
          if (doc.article.lang === 'de' && first - 3 >= from && res.cues.bareForms.has(tokens[end - 1]!.text) && out[out.length - 1]?.tokenEnd !== first - 1 && nounAndOriginInName(tokens, lowers, first, res)) first -= 2;
          // "der Arvena Apotheken AG": a name just read right before the noun is the first word of the firm's name.
          const named = out[out.length - 1];
          if (
            doc.article.lang === 'de' && named !== undefined && first === i - 1 && named.tokenEnd === first && named.tokenEnd - named.tokenStart === 1 &&
            named.gazetteerId === undefined && named.type !== 'Person' && !PLACE_CLASSES.has(named.type) && named.modifierMention === undefined
          ) {
            out.pop();
            first = named.tokenStart;
          }
          // "die Hamburger Hafen und Logistik AG": dictionary nouns joined by "und" before a legal form, after a word
          // of origin and an article, are one name with that word.
          if (doc.article.lang === 'de' && first - 4 >= from && tokens[first - 1]!.text === 'und' && nameWordBefore(tokens[first - 2]!, res) && res.isCommonNoun(tokens[first - 2]!.text)) {
            const origin = tokens[first - 3]!;
            if (/^\p{Lu}\p{Ll}+er$/u.test(origin.text) && inhabitantPlace(origin.text, res) !== undefined && tokens[first - 4]!.pos === 'DET' && out[out.length - 1]?.tokenEnd !== first - 3) first -= 3;
          }
          const text = doc.article.text.slice(tokens[first]!.start, tokens[end - 1]!.end);
          const m = makeMention(doc, first, end, text, 'Company', 'cue:legal-form', undefined);
          // (The place its word of origin names is an entity of its own, and the firm's seat.)
          const seat = doc.article.lang === 'de' && first < i - 1 ? inhabitantPlace(tokens[first]!.text, res) : undefined;
          if (seat !== undefined) m.modifierMention = makeMention(doc, first, first + 1, seat.label, seat.type, 'gazetteer', seat);
          // "Mediengruppe": the compound's sector and size are the company's.
          if (compoundForm) {
            const lemma = token.lemma ?? token.text;
            const head = res.nounHead(token.text);
            const sector = sectorOf(res.cues, lemma, head);
            const scale = scaleOf(res.cues, lemma, head);
            if (sector !== undefined) m.sector = sector;
            if (scale !== undefined) m.scale = scale;
          }
          add(m);
          i = end;
          continue;
        }
        if (
          doc.article.lang === 'en' && end - i >= 2 && res.cues.legalForms.has(tokens[end - 1]!.text) && out[out.length - 1]?.tokenEnd !== i &&
          openingAdjective(tokens, i - 1, from, res, res.cues.associationHeads.has(tokens[end - 1]!.text.toLowerCase()))
        ) {
          i--;
          token = tokens[i]!;
        }
        // "zur zypriotischen Meridian Leisure Group": a dictionary noun after an article or adjective, right before a
        // foreign name that a legal form closes, is the name's first word.
        if (
          doc.article.lang === 'de' && cue === undefined && end - i >= 2 && res.cues.bareForms.has(tokens[end - 1]!.text) && i - 2 >= from &&
          out[out.length - 1]?.tokenEnd !== i && nameWordBefore(tokens[i - 1]!, res) && tokens[i - 1]!.plural !== true &&
          // ("die Rosenheimer Frostwerk Gruber GmbH": after a word of origin too.)
          (tokens[i - 2]!.pos === 'ADJ' || tokens[i - 2]!.pos === 'DET' || /^\p{Lu}\p{Ll}+er$/u.test(tokens[i - 2]!.text)) && !res.isCommonNoun(token.text)
        ) {
          i--;
          token = tokens[i]!;
        }
        let text = doc.article.text.slice(token.start, tokens[end - 1]!.end);
        // English genitive: "Elon Musk's platform" names Elon Musk.
        if (/['’]s$/.test(text)) text = text.slice(0, -2);
        const typed = typeName(tokens, i, end, cue, res);
        // "Ihr Vorgänger Grabner" after "Stefan Grabner": a surname of a person named before stays a person.
        // ("der Supermarktkette Lindemeyer" after "Horst Lindemeyer": a noun for an organisation before it names the firm.)
        const orgNoun = typed.source === 'cue:noun' && cue !== undefined && cue.weak !== true && cue.cls !== 'Person' && cue.cls !== 'Group';
        const { cls, source, role } = end === i + 1 && surnames.has(token.text) && typed.cls !== 'Person' && typed.cls !== 'Group' && !orgNoun ? { cls: 'Person', source: 'cue:capitalised', role: undefined } : typed;
        // "der Familie Yoovidhya", "die Liste Pilz": a family or an electoral list is named with its noun.
        const family = (cls === 'Group' || res.cues.nameNouns.has(tokens[i - 1]?.text ?? '')) && source === 'cue:noun' && i - 1 >= from;
        // (A name joined to an organisation's name is of its kind: "Hörwerk und Audiovita".)
        // ("im oberösterreichischen Lanzenbach": a word with a town's ending after a region's adjective is a town.)
        // ("in Weezebruch": after a preposition of place too, the town's ending makes it a town.)
        const kind = coordinatedCompound && lastName !== undefined && !cued ? lastName.type : unknownTown && cls === 'Place' && end === i + 1 ? 'City' : cls;
        // English "the Sackler family": a surname before "family" names the family, a group.
        const englishFamily = doc.article.lang === 'en' && !family && end === i + 1 && end < to && tokens[end]!.text === 'family' && cls !== 'Person' && !/['’]s$/.test(text);
        const m = family
          ? makeMention(doc, i - 1, end, doc.article.text.slice(tokens[i - 1]!.start, tokens[end - 1]!.end), kind, source, undefined)
          : englishFamily
            ? makeMention(doc, i, end + 1, `${text} family`, 'Group', 'cue:noun', undefined)
            : makeMention(doc, i, end, text, kind, source, undefined);
        if (role !== undefined) m.role = role;
        if (cue?.sector !== undefined) m.sector = cue.sector;
        if (cue?.scale !== undefined) m.scale = cue.scale;
        if (cue?.feminine === true) m.gender = 'f';
        // "who ran Lumenfield's research team": an English name in the genitive hangs on the noun after it.
        if (doc.article.lang === 'en' && !family && (/['’]s$/.test(tokens[end - 1]!.text) || (/s$/.test(tokens[end - 1]!.text) && /^['’]$/.test(tokens[end]?.text ?? '')))) m.genitive = true;
        add(m);
        i = end;
        continue;
      }
      i++;
    }
  }
  // "Marcin Iwiński and Michał Kiciński": a name of two words typed only by its capital letter, joined to a person's
  // name, is a person's name too.
  for (let k = 0; k + 1 < out.length; k++) {
    const a = out[k]!;
    const b = out[k + 1]!;
    const joined = a.sentence === b.sentence && b.tokenStart === a.tokenEnd + 1 && ['und', 'and', 'sowie'].includes(tokens[a.tokenEnd]!.text);
    if (!joined) continue;
    for (const [x, y] of [[a, b], [b, a]] as const) {
      if (x.type === 'Person' && y.type === 'Organization' && y.source === 'cue:capitalised' && y.tokenEnd - y.tokenStart === 2 && tokens.slice(y.tokenStart, y.tokenEnd).every((t) => /^\p{Lu}\p{Ll}+$/u.test(t.text))) {
        y.type = 'Person';
        y.source = 'cue:first-name';
      }
    }
    // "die Spieleplattformen Steam und Itch.io": a plural noun before the first name types the second too.
    const noun = tokens[a.tokenStart - 1];
    if (a.source === 'cue:noun' && b.source === 'cue:capitalised' && b.type === 'Organization' && noun !== undefined && noun.pos === 'NOUN' && noun.plural === true) {
      b.type = a.type;
      b.source = 'cue:noun';
      if (a.sector !== undefined) b.sector = a.sector;
    }
  }
  for (const [m, entries] of unsettled) {
    const sense = senses.get(entries[0]!.id);
    if (sense === undefined || sense.type === m.type) continue;
    m.normalized = sense.label;
    m.type = sense.type;
    m.gazetteerId = sense.id;
    delete m.wikidata;
    delete m.localLabel;
    if (sense.wikidata !== undefined) m.wikidata = sense.wikidata;
    const local = sense.labels?.[doc.article.lang];
    if (local !== undefined && local !== sense.label) m.localLabel = local;
  }
  ampersandFirms(doc, out);
  productModels(doc, out);
  placeLists(doc, out, res);
  townsBeforeStates(doc, out, res);
  townsByWhatFollows(doc, out, res);
  townsOnRivers(doc, out, res);
  administrations(doc, out, res);
  nicknamedPersons(doc, out, res);
  sharedSurnames(out, tokens, res);
  namesSideBySide(doc, out);
  placesJoinedInBodies(doc, out, res);
  inflectedTitles(out, res);
  shortFirmNames(doc, out, res);
  institutionsAfterPersons(doc, out, res);
  abbreviatedNames(out, tokens, res);
  numberWordNames(doc, out, res);
  describedAbbreviations(doc, out, res);
  townsWithCantonCodes(doc, out, res);
  englishCounties(doc, out, res);
  firmsAfterOrganisationNouns(doc, out, res);
  extendedNames(doc, out, res);
  lowerCaseNames(doc, out, res);
  placesOfOrigin(doc, out, res);
  officeTowns(doc, out, res);
  compassPlaces(doc, out, res);
  truncatedPlaces(doc, out, res);
  demonymFirms(doc, out, res);
  listedPersons(doc, out);
  hyphenDistricts(doc, out, res);
  districtWords(doc, out, res);
  leagues(doc, out, res);
  regionalInstitutions(doc, out, res);
  originsInListedNames(doc, out, res);
  placeNamedInstitutions(doc, out, res);
  firmWordAfterName(doc, out, res);
  nominativeAdjectives(doc, out, res);
  namedSites(doc, out, res);
  prefixedHyphenNames(doc, out, res);
  wordOpenedFirmNames(doc, out, res);
  adjectiveOpenedPlurals(doc, out, res);
  tradeClosedFirmNames(doc, out, res);
  titledPersons(doc, out, res);
  partyBracketPersons(doc, out);
  firmsAfterLike(doc, out, res);
  portfolioTitles(out, res);
  officeTitles(doc, out, res);
  abbreviatedInstitutions(out, res);
  rolesAfterAs(doc, out, res);
  currencyPrefixes(doc, out);
  return standingWeakAliases(doc, out, res);
}

/** "C$145 million", "HK$20 million", "US$5 million": letters joined to a dollar sign name its currency, no entity. */
function currencyPrefixes(doc: Doc, out: Mention[]): void {
  let kept = 0;
  for (const m of out) {
    if (m.tokenEnd - m.tokenStart === 1 && currencyLetters(doc.tokens, m.tokenStart)) continue;
    out[kept++] = m;
  }
  out.length = kept;
}

/** Whether the token at `i` is one to three capitals joined to a dollar sign after it ("C" of "C$145"). */
function currencyLetters(tokens: Token[], i: number): boolean {
  const sign = tokens[i + 1];
  return sign?.text === '$' && sign.start === tokens[i]!.end && /^\p{Lu}{1,3}$/u.test(tokens[i]!.text);
}

/**
 * "die Gewerkschaft vida", "der Onlinehändler notebooksbilliger.de": a word in small letters that the language does not
 * know, right after a noun for an organisation, is its name (the gazetteer's entry when it knows the name capitalised).
 */
/** Endings of German words, which a name in small letters does not have ("vorzeitig", "heran", "hinein"). */
const GERMAN_WORD_ENDING = /(en|ern|eln|ig|lich|isch|bar|sam|haft|los|an|in|ein|aus|ab|auf|um|hin|her|t|er|e|s|ung|heit|keit)$/u;

function lowerCaseNames(doc: Doc, out: Mention[], res: EntityResources): void {
  const tokens = doc.tokens;
  const added: Mention[] = [];
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    // (Only a word shaped like a brand, not like a German word the tables lack, "vorzeitig", "heran": a domain, a
    // capital inside, or a final vowel German words seldom end in.)
    if (t.unknown !== true || !/^\p{Ll}[\p{L}\d.-]*\p{L}$/u.test(t.text)) continue;
    const noun = tokens[i - 1]!;
    // ("von der Gewerkschaft vida, die …": any ending, where an article opens the noun and punctuation closes the word.)
    // (Not an ending of German words the tables lack: "vorzeitig", "heran", "offenstehen".)
    const closed = /^[,.;:)]$/.test(tokens[i + 1]?.text ?? '') && tokens[i - 2]?.pos === 'DET' && !GERMAN_WORD_ENDING.test(t.text);
    if (!/\.\p{L}{2,}$|\p{Lu}|[aiouy]$/u.test(t.text) && !closed) continue;
    if (noun.pos !== 'NOUN' || noun.sentence !== t.sentence) continue;
    const cue = cueFor(res.cues, noun.lemma ?? noun.text, res.nounHead(noun.text));
    if (cue?.kind !== 'organization' || PLACE_CLASSES.has(cue.cls) || out.some((m) => m.tokenStart <= i && m.tokenEnd > i)) continue;
    const known = res.lookup(t.text.charAt(0).toUpperCase() + t.text.slice(1))[0];
    added.push(known !== undefined ? makeMention(doc, i, i + 1, known.label, known.type, 'gazetteer', known) : makeMention(doc, i, i + 1, t.text, cue.cls, 'cue:noun', undefined));
  }
  mergeMentions(out, added);
}

/**
 * "Der niederländische Fahrradhersteller Dekker Fietsen": two capitalised words right after a noun for a firm are the
 * firm's name, even where the first is a first name.
 */
function firmsAfterOrganisationNouns(doc: Doc, out: Mention[], res: EntityResources): void {
  const tokens = doc.tokens;
  for (const m of out) {
    if (m.source !== 'cue:first-name' || m.type !== 'Person' || m.tokenEnd - m.tokenStart !== 2) continue;
    const noun = tokens[m.tokenStart - 1];
    if (noun === undefined || noun.pos !== 'NOUN' || noun.sentence !== m.sentence) continue;
    const cue = cueFor(res.cues, noun.lemma ?? noun.text, res.nounHead(noun.text));
    if (cue?.kind !== 'organization' || (cue.cls !== 'Company' && cue.cls !== 'Organization')) continue;
    const head = res.nounHead(noun.text) ?? noun.lemma ?? noun.text;
    if (!res.cues.firmOnlyHeads.has(head) && !res.cues.firmOnlyHeads.has(noun.lemma ?? noun.text)) continue;
    m.type = cue.cls;
    m.source = 'cue:noun';
  }
}

/**
 * German names that go on past where the main pass ended them (one pass over the names for both; the main function
 * stays small enough for V8 to optimise):
 * - "der Fertighaushersteller Sabitzer Holzhaus", "der Fensterhersteller Kallinger Fenster": after a noun for the maker
 *   of a product, a name of one word goes on with a noun for that product (the same noun, or one with its head), which
 *   is the second word of the firm's name;
 * - "der Österreichischen Gesellschaft für Innere Medizin": an association's name goes on with its remit.
 */
function extendedNames(doc: Doc, out: Mention[], res: EntityResources): void {
  if (res.lang !== 'de') return;
  const tokens = doc.tokens;
  for (let k = 0; k < out.length; k++) {
    const m = out[k]!;
    // "der Österreichischen Gesellschaft für Innere Medizin": an association's adjective and noun go on with its remit
    // of capitalised words after "für" (not "für den Bau": a remit opens with a noun or an adjective).
    const remit = tokens[m.tokenEnd + 1];
    if (
      m.source === 'cue:noun' && m.tokenEnd - m.tokenStart === 2 && tokens[m.tokenEnd]?.text === 'für' && remit !== undefined && remit.sentence === m.sentence && isCapitalised(remit.text) &&
      remit.pos !== 'VERB' && res.cues.remitNamedHeads.has(tokens[m.tokenEnd - 1]!.lemma ?? tokens[m.tokenEnd - 1]!.text) && !(out[k + 1] !== undefined && out[k + 1]!.tokenStart <= m.tokenEnd + 1)
    ) {
      let to = m.tokenEnd + 1;
      while (tokens[to] !== undefined && tokens[to]!.sentence === m.sentence) to++;
      const end = remitEnd(tokens, m.tokenEnd + 1, to);
      m.tokenEnd = end;
      m.end = tokens[end - 1]!.end;
      m.text = doc.article.text.slice(m.start, m.end);
      m.normalized = m.text;
      continue;
    }
    // A name of one word right before opens the name after it, past the article before it:
    const prev = out[k - 1];
    const opens =
      prev !== undefined && prev.tokenEnd === m.tokenStart && prev.tokenEnd - prev.tokenStart === 1 && tokens[prev.tokenStart - 1]?.sentence === m.sentence &&
      // "Die Albis Aerial AG": a word that a place (no country) or capitals alone made a name, before a firm's legal form;
      ((m.source === 'cue:legal-form' && prev.type !== 'Person' && (prev.source === 'cue:capitalised' || (prev.gazetteerId !== undefined && PLACE_CLASSES.has(prev.type) && prev.type !== 'Country')) &&
        tokens[prev.tokenStart - 1]!.pos === 'DET') ||
        // "bei der VR Genossenschaftsbank Abenstal": an abbreviation before an institution named by its place.
        (m.source === 'cue:noun' && m.tokenEnd - m.tokenStart >= 2 && prev.source === 'cue:capitalised' && /^\p{Lu}{2,4}$/u.test(prev.text) &&
          NAME_ARTICLES.has(tokens[prev.tokenStart - 1]!.text.toLowerCase()) && res.cues.placeNamed.has(tokens[m.tokenStart]!.text)));
    if (opens) {
      m.tokenStart = prev.tokenStart;
      m.start = prev.start;
      m.text = doc.article.text.slice(m.start, m.end);
      m.normalized = `${prev.text} ${m.normalized}`;
      out.splice(k - 1, 1);
      k--;
      continue;
    }
    if (m.source !== 'cue:noun' || m.tokenEnd - m.tokenStart !== 1 || m.type === 'Person' || PLACE_CLASSES.has(m.type)) continue;
    const cue = tokens[m.tokenStart - 1];
    const next = tokens[m.tokenEnd];
    if (cue === undefined || next === undefined || next.sentence !== m.sentence || next.pos !== 'NOUN' || !isCapitalised(next.text) || next.start !== m.end + 1) continue;
    if (out[k + 1] !== undefined && out[k + 1]!.tokenStart <= m.tokenEnd) continue;
    const maker = [...res.cues.makers].find((w) => cue.text.endsWith(w.toLowerCase()) && cue.text.length > w.length + 2);
    if (maker === undefined) continue;
    const product = cue.text.slice(0, cue.text.length - maker.length).replace(/-$/, '');
    const productHead = res.nounHead(product) ?? product;
    const nextHead = res.nounHead(next.text) ?? next.text;
    if (next.text.toLowerCase() !== product.toLowerCase() && nextHead.toLowerCase() !== productHead.toLowerCase()) continue;
    m.tokenEnd += 1;
    m.end = next.end;
    m.text = doc.article.text.slice(m.start, m.end);
    m.normalized = m.text;
  }
}

/**
 * English "Harlan County District Judge X", "in Kent County": a place's name or a capitalised word right before
 * "County" names a county, a region of its own (the town of the same name is another place). ("West Texas" too, a
 * compass word before a region.)
 */
function englishCounties(doc: Doc, out: Mention[], res: EntityResources): void {
  if (res.lang !== 'en') return;
  const tokens = doc.tokens;
  for (let k = 0; k < out.length; k++) {
    const m = out[k]!;
    // "the West Texas hospital chain", "in Northern California": a compass word before a region or country the
    // gazetteer knows names a part of it, no organisation.
    if (
      m.tokenEnd - m.tokenStart === 2 && m.gazetteerId === undefined && (m.source === 'cue:capitalised' || m.source === 'cue:preposition') && res.cues.compassPrefixes.has(tokens[m.tokenStart]!.text) &&
      res.lookup(tokens[m.tokenStart + 1]!.text).some((e) => e.type === 'Country' || e.type === 'Region')
    ) {
      m.type = 'Region';
      m.source = 'cue:compass';
      continue;
    }
    // ("based in Ballina, County Mayo": the Irish order, "County" first.)
    if (tokens[m.tokenStart]!.text === 'County' && m.tokenEnd - m.tokenStart === 2 && m.gazetteerId === undefined && m.type !== 'Person' && !PLACE_CLASSES.has(m.type)) {
      m.type = 'Region';
      m.source = 'cue:place-list';
      continue;
    }
    const county = tokens[m.tokenEnd];
    if (county?.text !== 'County' || county.sentence !== m.sentence || m.type === 'Person' || m.tokenEnd - m.tokenStart > 3) continue;
    if (!(PLACE_CLASSES.has(m.type) || (m.source === 'cue:capitalised' && m.tokenEnd - m.tokenStart === 1))) continue;
    // (Not the first words of a longer name: "Kent County Ledger", "County Council".)
    const after = tokens[m.tokenEnd + 1];
    if (after !== undefined && after.sentence === m.sentence && isCapitalised(after.text) && !res.cues.titlePrefixes.has(after.text) && !res.cues.person.has(after.text.toLowerCase())) continue;
    const next = out[k + 1];
    if (next !== undefined && next.tokenStart <= m.tokenEnd) {
      // ("Harlan County": the word alone may have been read as a name of its own.)
      if (next.tokenStart !== m.tokenEnd || next.tokenEnd !== m.tokenEnd + 1 || next.source !== 'cue:capitalised') continue;
      out.splice(k + 1, 1);
    }
    out[k] = makeMention(doc, m.tokenStart, m.tokenEnd + 1, doc.article.text.slice(m.start, county.end), 'Region', 'cue:place-list', undefined);
  }
}

/**
 * "die Gondelbahn oberhalb von Kerns OW", "in Trun GR": a capitalised word before a Swiss canton's code is a town,
 * named by the word alone (the code is no organisation of its own).
 */
function townsWithCantonCodes(doc: Doc, out: Mention[], res: EntityResources): void {
  const codes = res.cues.cantonCodes;
  if (codes.size === 0) return;
  const tokens = doc.tokens;
  const added: Mention[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    const code = tokens[i + 1]!;
    if (!codes.has(code.text) || code.sentence !== tokens[i]!.sentence) continue;
    const town = tokens[i]!;
    if (town.kind !== 'word' || !/^\p{Lu}\p{Ll}{2,}$/u.test(town.text) || res.cues.legalForms.has(town.text)) continue;
    // (Not a name that goes on after the code, nor a code inside a longer name.)
    if (/^\p{Lu}/u.test(tokens[i + 2]?.text ?? '') && tokens[i + 2]!.sentence === town.sentence && tokens[i + 2]!.pos !== 'DET') continue;
    if (out.some((m) => m.tokenStart < i + 2 && m.tokenEnd > i && (m.tokenStart < i || m.tokenEnd > i + 2 || PLACE_CLASSES.has(m.type) || m.source === 'gazetteer'))) continue;
    for (let k = out.length - 1; k >= 0; k--) if (out[k]!.tokenStart >= i && out[k]!.tokenEnd <= i + 2) out.splice(k, 1);
    added.push(makeMention(doc, i, i + 2, town.text, 'City', 'cue:place-list', undefined));
  }
  mergeMentions(out, added);
}

/**
 * "ist Josep Bartomeu als Präsident des FC Barcelona zurückgetreten … warf dem Präsidenten vor": a person named with
 * the role he holds after "als"/"as" holds it, as if the role noun stood before the name.
 */
function rolesAfterAs(doc: Doc, out: Mention[], res: EntityResources): void {
  const tokens = doc.tokens;
  for (const m of out) {
    if (m.type !== 'Person' || m.role !== undefined) continue;
    const as = tokens[m.tokenEnd];
    if (as === undefined || as.sentence !== m.sentence || !/^(als|as)$/.test(as.text)) continue;
    let k = m.tokenEnd + 1;
    while (tokens[k]?.pos === 'ADJ' && k < m.tokenEnd + 3) k++;
    const noun = tokens[k];
    if (noun === undefined || noun.sentence !== m.sentence || noun.pos !== 'NOUN') continue;
    const cue = cueFor(res.cues, noun.lemma ?? noun.text, res.nounHead(noun.text));
    if (cue?.kind === 'person' && cue.value !== undefined && cue.value !== 'person') m.role = cue.value;
  }
}

/**
 * "die Fachhochschule Mühlviertel … die FH Mühlviertel … die FH": an institution's noun in its short form names the
 * institution the text named in full; alone, the one institution of that noun it named.
 */
function abbreviatedInstitutions(out: Mention[], res: EntityResources): void {
  const abbreviations = res.cues.institutionAbbreviations;
  if (abbreviations.size === 0) return;
  const full = new Map<string, Mention>();
  const byNoun = new Map<string, Set<string>>();
  for (const m of out) {
    if (m.type === 'Person' || PLACE_CLASSES.has(m.type)) continue;
    full.set(m.normalized, m);
    for (const noun of abbreviations.values()) {
      if (m.normalized.startsWith(`${noun} `)) byNoun.set(noun, (byNoun.get(noun) ?? new Set()).add(m.normalized));
    }
  }
  if (byNoun.size === 0) return;
  for (const m of out) {
    const words = m.normalized.split(' ');
    const noun = abbreviations.get(words[0]!);
    if (noun === undefined || m.type === 'Person') continue;
    const named = words.length === 1 ? byNoun.get(noun) : undefined;
    const target = words.length > 1 ? full.get(`${noun} ${words.slice(1).join(' ')}`) : named?.size === 1 ? full.get([...named][0]!) : undefined;
    if (target === undefined || target === m) continue;
    m.normalized = target.normalized;
    m.type = target.type;
  }
}

/**
 * "der Hamburgische Datenschutzbeauftragte Johannes Caspar": an authority named by its holder's office right before
 * the holder's name is his title there, no second party of the sentence.
 */
function officeTitles(doc: Doc, out: Mention[], res: EntityResources): void {
  if (res.cues.officeHolders.size === 0) return;
  const startsAt = new Map<number, Mention>();
  for (const m of out) if (m.type === 'Person') startsAt.set(m.tokenStart, m);
  keepMentions(out, (m) => m.type === 'Person' || !m.source.startsWith('cue:') || !res.cues.officeHolders.has(doc.tokens[m.tokenEnd - 1]!.text) || startsAt.get(m.tokenEnd)?.source !== 'cue:role');
}

/** "Lars Ricken, Geschäftsführer Sport der Borussia": a portfolio after a title is no one's name. */
function portfolioTitles(out: Mention[], res: EntityResources): void {
  if (res.cues.portfolioWords.size === 0) return;
  keepMentions(out, (m) => m.source !== 'cue:role' || m.tokenEnd - m.tokenStart !== 1 || !res.cues.portfolioWords.has(m.text));
}

/** Keeps the mentions that pass, in place and in order, in one pass. */
function keepMentions(out: Mention[], keep: (m: Mention) => boolean): void {
  let n = 0;
  for (const m of out) if (keep(m)) out[n++] = m;
  out.length = n;
}

/** Quotation marks that open a nickname, and the marks that may close it. */
const NICKNAME_QUOTES = new Map([['"', '"'], ['„', '“'], ['“', '”'], ['«', '»'], ['»', '«'], ['‚', '‘'], ["'", "'"]]);

/**
 * 'co-founder Hanoch "Nuke" Goldstein', "Johann „Hansi“ Brunner": a given name, a nickname of one or two
 * capitalised words in quotation marks and a surname are one person, named by the given name and surname (the
 * surname alone names the person later). The given name is a listed one, or a capitalised word that is no
 * dictionary noun and names nothing the gazetteer knows.
 */
function nicknamedPersons(doc: Doc, out: Mention[], res: EntityResources): void {
  const tokens = doc.tokens;
  const added: Mention[] = [];
  const drop = new Set<Mention>();
  for (let i = 0; i + 3 < tokens.length; i++) {
    const open = tokens[i + 1]!.text;
    // (Most tokens are no quotation mark: passed over before any other test.)
    if (open.length !== 1) continue;
    const close = NICKNAME_QUOTES.get(open);
    const given = tokens[i]!;
    if (close === undefined || given.kind !== 'word' || !/^\p{Lu}\p{Ll}+$/u.test(given.text)) continue;
    let q = i + 2;
    // (A nickname may be written in small letters: Michael "shroud" Grzesiek.)
    while (q < i + 4 && tokens[q]?.kind === 'word') q++;
    if (q === i + 2 || tokens[q]?.text !== close) continue;
    const surname = tokens[q + 1];
    if (surname === undefined || surname.sentence !== given.sentence || surname.kind !== 'word' || !/^\p{Lu}\p{Ll}+(-\p{Lu}\p{Ll}+)?$/u.test(surname.text)) continue;
    // (The surname closes the name: 'the "Nuke" Goldstein Fund' is something else.)
    const after = tokens[q + 2];
    if (after !== undefined && after.sentence === given.sentence && after.kind === 'word' && isCapitalised(after.text)) continue;
    // (A given name the gazetteer knows as a town is still one: Tyler "Ninja" Blevins.)
    const named = res.lookup(given.text);
    if (!res.isFirstName(given.text) && (res.isCommonNoun(given.text) || named.some((e) => !PLACE_CLASSES.has(e.type)) || i === 0 || tokens[i - 1]!.sentence !== given.sentence)) continue;
    if (res.isCommonNoun(surname.text) || res.lookup(surname.text).length > 0) continue;
    // The names the capitals made of its parts give way; a name reaching beyond it keeps it from being one.
    const inside = out.filter((m) => m.tokenStart >= i && m.tokenEnd <= q + 2);
    if (out.some((m) => !inside.includes(m) && m.tokenStart < q + 2 && m.tokenEnd > i)) continue;
    for (const m of inside) drop.add(m);
    added.push(makeMention(doc, i, q + 2, `${given.text} ${surname.text}`, 'Person', 'cue:first-name', undefined));
    i = q + 1;
  }
  if (added.length === 0) return;
  const kept = out.filter((m) => !drop.has(m));
  out.length = 0;
  out.push(...kept, ...added);
  out.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** The first letters of the compass prefixes, per cue lexicon. */
const compassInitials = new WeakMap<Set<string>, Set<string>>();

/**
 * English "the Biden administration", "the Luxembourg government": a person's or a place's name before the noun of a
 * government names that government, an organisation of its own; the name inside stays a mention of the person or
 * the place.
 */
function administrations(doc: Doc, out: Mention[], res: EntityResources): void {
  if (res.lang !== 'en') return;
  for (const m of out) {
    const next = doc.tokens[m.tokenEnd];
    if (next === undefined || next.sentence !== m.sentence || !res.cues.governmentNouns.has(next.text)) continue;
    // (Or a single capitalised word the lists do not know: "the Biden administration".)
    if (m.type !== 'Person' && m.type !== 'Country' && m.type !== 'City' && m.type !== 'Region' && !(m.source === 'cue:capitalised' && m.tokenEnd - m.tokenStart === 1)) continue;
    if (m.genitive || /['’]s$/.test(m.text) || m.innerMention !== undefined) continue;
    m.innerMention = { ...m };
    extendAsName(doc, m, m.tokenEnd + 1, 'GovernmentAgency', 'cue:noun');
  }
}

/** Extends a mention to the token before `end` as a name of its own: its text is its label, no gazetteer entry's. */
function extendAsName(doc: Doc, m: Mention, end: number, type: string, source: string): void {
  m.tokenEnd = end;
  m.end = doc.tokens[end - 1]!.end;
  m.text = doc.article.text.slice(m.start, m.end);
  m.normalized = m.text;
  m.type = type;
  m.source = source;
  delete m.gazetteerId;
  delete m.wikidata;
  delete m.localLabel;
}

/**
 * "das erste Konzerthaus Deutschlands", "die größte Universität Österreichs": a place in the genitive, which the
 * gazetteer knows only without its "-s", ranks an institution; it does not name it ("die Universität Wien").
 */
function placeGenitive(token: Token, res: EntityResources): boolean {
  return token.text.endsWith('s') && res.lookup(token.text).length === 0;
}

/**
 * "Mark Schneider", "Ernst Koch": a first name that is also a common noun, before a capitalised word that is no noun
 * phrase of its own, starts a person's name (not after a number: "100 Mark"; nor after an article or an adjective,
 * unless the word is no dictionary noun but only reads as a compound of one and a name follows: "die Sieglinde Wadl
 * gegründet hat", "Sieg+linde").
 */
function nounAsFirstName(tokens: Token[], i: number, res: EntityResources): boolean {
  const token = tokens[i]!;
  const after = tokens[i + 1];
  if (token.pos !== 'NOUN' || !res.isFirstName(token.text) || after === undefined || after.kind !== 'word' || !isCapitalised(after.text)) return false;
  if (after.pos !== 'PROPN' && after.pos !== 'NOUN') return false;
  if (res.cues.neverNames.has(after.text) || cueFor(res.cues, after.lemma ?? after.text, res.nounHead(after.text)) !== undefined) return false;
  const prev = tokens[i - 1]?.pos;
  if (prev === 'NUM') return false;
  return (prev !== 'DET' && prev !== 'ADJ') || (prev === 'DET' && after.pos === 'PROPN' && !res.isCommonNoun(token.text));
}

/**
 * German "in Kirchdorf an der Krems", "Waidhofen an der Ybbs", "Neumarkt in der Oberpfalz": a town found from
 * cues, followed by "an der", "am", "im" or "in der" and a capitalised word that is no dictionary noun (a river or a
 * region, not "am Donnerstag" or "im Rathaus"), is named with them. A mention of the last word alone goes.
 */
function townsOnRivers(doc: Doc, out: Mention[], res: EntityResources): void {
  if (res.lang !== 'de') return;
  const tokens = doc.tokens;
  /** The token after "an der", "am", "im" or "in der" at `at` when it names a river or a region, else -1. */
  const river = (at: number, sentence: number): number => {
    const a = tokens[at]?.text;
    const b = tokens[at + 1]?.text;
    const skip = (a === 'an' && (b === 'der' || b === 'dem')) || (a === 'in' && b === 'der') ? 2 : a === 'am' || a === 'im' ? 1 : 0;
    if (skip === 0) return -1;
    const w = tokens[at + skip];
    const after = tokens[at + skip + 1];
    if (w === undefined || w.sentence !== sentence || w.kind !== 'word' || !/^\p{Lu}\p{Ll}+$/u.test(w.text) || res.isCommonNoun(w.text)) return -1;
    // ("im Rathaus": nor a compound of one, unless the gazetteer knows it as a place: "im Zillertal".)
    if (res.nounHead(w.text) !== undefined && !res.lookup(w.text).some((e) => PLACE_CLASSES.has(e.type))) return -1;
    // ("aus Pernzigau im Mühlviertel": a region the gazetteer knows after "im" says where a town it lacks lies; towns
    // named so, "St. Johann im Pongau", are in the gazetteer whole.)
    if (a === 'im' && res.lookup(w.text).some((e) => e.type === 'Region')) return -1;
    // ("aus Halmerstadt im Ostalbkreis": nor a district's own word, "-kreis", "-gau", "-viertel".)
    if (a === 'im' && res.cues.regionWordEndings.some((e) => w.text.endsWith(e) && w.text.length > e.length + 2)) return -1;
    if (after !== undefined && after.sentence === sentence && after.kind === 'word' && /^\p{Lu}/u.test(after.text)) return -1;
    return at + skip;
  };
  /** Drops a mention of the river's word alone; false when another mention covers it. */
  const clear = (k: number, w: number): boolean => {
    const n = out[k];
    if (n === undefined || n.tokenStart > w) return true;
    if (n.tokenStart !== w || n.tokenEnd !== w + 1) return false;
    out.splice(k, 1);
    return true;
  };
  for (let k = 0; k < out.length; k++) {
    const m = out[k]!;
    if (!PLACE_CLASSES.has(m.type) || m.gazetteerId !== undefined || !m.source.startsWith('cue:')) continue;
    const w = river(m.tokenEnd, m.sentence);
    if (w < 0 || !clear(k + 1, w)) continue;
    m.tokenEnd = w + 1;
    m.end = tokens[w]!.end;
    m.text = doc.article.text.slice(m.start, m.end);
    m.normalized = m.text;
    m.type = 'City';
  }
  // "mit Sitz in Kirchdorf an der Krems": a town whose first word alone reads as a compound ("Kirch-dorf") and so
  // was no name, after a preposition of place.
  let k = 0;
  const lowers = lowerTexts(tokens);
  for (let i = 1; i + 3 < tokens.length; i++) {
    while (k < out.length && out[k]!.tokenEnd <= i) k++;
    const t = tokens[i]!;
    // (The preposition first: it rules out most words at the cost of a set lookup.)
    if (t.kind !== 'word' || tokens[i - 1]!.sentence !== t.sentence || !/^\p{Lu}\p{Ll}{3,}$/u.test(t.text)) continue;
    // ("die Gemeinde Feld am See", "in Feld am See": a word by a lake is a town's name even where it is a noun.)
    const lake = tokens[i + 1]?.text === 'am' && tokens[i + 2]?.text === 'See' && (!isCapitalised(tokens[i + 3]?.text ?? '') || tokens[i + 3]!.sentence !== t.sentence);
    const opener = res.cues.placePrepositions.has(lowers[i - 1]!) || (lake && cueFor(res.cues, tokens[i - 1]!.text, undefined)?.cls === 'City');
    if (!opener || (out[k] !== undefined && out[k]!.tokenStart <= i && !(lake && out[k]!.tokenEnd === i + 1 && out[k]!.gazetteerId === undefined))) continue;
    if (lake) {
      if (out[k] !== undefined && out[k]!.tokenStart === i) out.splice(k, 1);
      out.splice(k, 0, makeMention(doc, i, i + 3, doc.article.text.slice(t.start, tokens[i + 2]!.end), 'City', 'cue:preposition', undefined));
      i += 2;
      continue;
    }
    if (res.isCommonNoun(t.text) || res.lookup(t.text).length > 0) continue;
    const w = river(i + 1, t.sentence);
    if (w < 0 || !clear(k, w)) continue;
    const town = makeMention(doc, i, w + 1, doc.article.text.slice(t.start, tokens[w]!.end), 'City', 'cue:preposition', undefined);
    out.splice(k, 0, town);
    i = w;
  }
}

/**
 * German "Ostdeutschland", "in der Zentralschweiz", "der Zentralschweizer Konkurrent", "die Obersteiermark": a
 * compass, centre or height prefix on a country or region the gazetteer knows names a part of it (its adjective in
 * -er, the part's adjective of origin).
 */
function compassPlaces(doc: Doc, out: Mention[], res: EntityResources): void {
  if (res.lang !== 'de' || res.cues.compassPrefixes.size === 0) return;
  // (Most words open with no prefix's letter: they are passed over before any other test.)
  let initials = compassInitials.get(res.cues.compassPrefixes);
  if (initials === undefined) {
    initials = new Set([...res.cues.compassPrefixes].map((p) => p.charAt(0)));
    compassInitials.set(res.cues.compassPrefixes, initials);
  }
  let covered: Map<number, Mention> | undefined;
  const added: Mention[] = [];
  doc.tokens.forEach((t, i) => {
    if (t.text.length < 8 || !initials.has(t.text.charAt(0)) || t.kind !== 'word' || !/^\p{Lu}\p{Ll}+$/u.test(t.text)) return;
    if (covered === undefined) {
      covered = new Map<number, Mention>();
      for (const m of out) for (let k = m.tokenStart; k < m.tokenEnd; k++) covered.set(k, m);
    }
    // ("aus der Oststeiermark": a word only its capital letter made a name is read as the region too.)
    // ("in Nordtirol": nor one a preposition guessed a place.)
    const weak = covered.get(i);
    const single = weak !== undefined && weak.tokenEnd - weak.tokenStart === 1 && weak.gazetteerId === undefined;
    const retype = weak === undefined || (single && ((weak.source === 'cue:capitalised' && weak.type === 'Organization') || weak.source === 'cue:preposition'));
    // ("zwei der größten Medienhäuser Westösterreichs": a genitive that a noun before it made an organisation's name;
    // not "der Taxiverband Zentralschweiz", whose region is the name.)
    const genitive = !retype && single && weak.source.startsWith('cue:') && weak.source !== 'cue:legal-form' && weak.type !== 'Person' && t.text.endsWith('s');
    if (!retype && !genitive) return;
    for (const prefix of res.cues.compassPrefixes) {
      if (!t.text.startsWith(prefix) || t.text.length < prefix.length + 4) continue;
      const rest = t.text.slice(prefix.length);
      const adjective = /er$/.test(rest) && !/(er){2}$/.test(rest);
      // ("Westösterreichs": a genitive's -s is no part of the place.)
      for (const base of genitive ? [rest.slice(0, -1)] : adjective ? [rest.slice(0, -2), rest] : rest.endsWith('s') ? [rest, rest.slice(0, -1)] : [rest]) {
        const place = `${base.charAt(0).toUpperCase()}${base.slice(1)}`;
        // (Continents too: "Westafrika", "Osteuropa".)
        if (!res.lookup(place).some((e) => e.type === 'Country' || e.type === 'Region' || e.type === 'Place')) continue;
        const m = makeMention(doc, i, i + 1, `${prefix}${base}`, 'Region', base === rest ? 'cue:compass' : 'cue:demonym', undefined);
        if (weak !== undefined) Object.assign(weak, m);
        else added.push(m);
        return;
      }
    }
  });
  mergeMentions(out, added);
}

/**
 * "in Ober- und Niederösterreich", "an Nord- und Ostsee": a word cut before a hyphen and joined by "und" to a place's
 * name shares that name's ending; the whole word is a place when the gazetteer knows it ("Oberösterreich").
 */
function truncatedPlaces(doc: Doc, out: Mention[], res: EntityResources): void {
  if (res.lang !== 'de') return;
  const tokens = doc.tokens;
  let starts: Map<number, Mention> | undefined;
  const added: Mention[] = [];
  for (let i = 0; i + 2 < tokens.length; i++) {
    const cut = tokens[i]!;
    if (cut.text.length < 3 || !cut.text.endsWith('-') || !/^\p{Lu}\p{Ll}+-$/u.test(cut.text) || !COORDINATORS.has(tokens[i + 1]!.text)) continue;
    starts ??= new Map(out.map((m) => [m.tokenStart, m]));
    const whole = starts.get(i + 2);
    if (whole === undefined || whole.tokenEnd !== i + 3 || !PLACE_CLASSES.has(whole.type) || tokens[i + 2]!.sentence !== cut.sentence) continue;
    const word = tokens[i + 2]!.text;
    const prefix = cut.text.slice(0, -1);
    // The longest shared ending first: "Nieder|österreich" before "Niederöster|reich".
    for (let k = 1; k <= word.length - 3; k++) {
      if (!/\p{Ll}/u.test(word.charAt(k))) continue;
      const name = prefix + word.slice(k);
      const entry = res.lookup(name).find((e) => PLACE_CLASSES.has(e.type));
      if (entry === undefined) continue;
      const weak = starts.get(i);
      const m = makeMention(doc, i, i + 1, entry.label, entry.type, 'cue:truncated', entry);
      if (weak !== undefined && weak.tokenEnd === i + 1) Object.assign(weak, m);
      else added.push(m);
      break;
    }
  }
  mergeMentions(out, added);
}

/**
 * "Spieler wie Erling Haaland, Sadio Mané oder Dominik Szoboszlai", "Kjell Orvik and Dana Price": a name of two
 * capitalised words that only its capitals made, listed with a person named by a first name, is a person's too.
 */
function listedPersons(doc: Doc, out: Mention[]): void {
  const tokens = doc.tokens;
  const person = (m: Mention | undefined): boolean => m !== undefined && m.type === 'Person' && m.source === 'cue:first-name';
  const joiner = (a: Mention, b: Mention): string | undefined =>
    b.tokenStart === a.tokenEnd + 1 && b.sentence === a.sentence && LIST_JOINERS.has(tokens[a.tokenEnd]!.text) ? tokens[a.tokenEnd]!.text : undefined;
  for (let k = 0; k < out.length; k++) {
    const m = out[k]!;
    if (m.source !== 'cue:capitalised' || m.type === 'Person' || m.tokenEnd - m.tokenStart !== 2) continue;
    if (!tokens.slice(m.tokenStart, m.tokenEnd).every((t) => /^\p{Lu}\p{Ll}+$/u.test(t.text))) continue;
    // The whole list around it, which a conjunction must close ("der Donautaler Privatbank, Herbert Quell," is an
    // apposition, no list).
    // (Twelve names either way at most: a list of thousands of names stays linear.)
    let first = k;
    while (first > 0 && first > k - 12 && joiner(out[first - 1]!, out[first]!) !== undefined) first--;
    let last = k;
    while (last + 1 < out.length && last < k + 12 && joiner(out[last]!, out[last + 1]!) !== undefined) last++;
    if (last === first || joiner(out[last - 1]!, out[last]!) === ',') continue;
    let persons = 0;
    for (let j = first; j <= last; j++) if (j !== k && person(out[j])) persons++;
    if (persons > 0) out[k] = { ...m, type: 'Person', source: 'cue:first-name' };
  }
}

const LIST_JOINERS = new Set([',', 'und', 'oder', 'sowie', 'and', 'or']);

/**
 * "Konkurrenten wie ElringKlinger und Freudenberg", "mit größeren Anbietern wie Binderholz und Mayr-Melnhof Holz": after
 * a plural noun for organisations and "wie" ("etwa"), the capitalised names of the list are firms, also where a name
 * reads as a word ("Hochland") or a town ("Freudenberg"); not a plural noun ("Banken und Versicherungen").
 */
function firmsAfterLike(doc: Doc, out: Mention[], res: EntityResources): void {
  if (res.lang !== 'de') return;
  const tokens = doc.tokens;
  let starts: Map<number, Mention> | undefined;
  const added: Mention[] = [];
  const drop = new Set<Mention>();
  for (let i = 1; i + 1 < tokens.length; i++) {
    if (tokens[i]!.text !== 'wie') continue;
    const noun = tokens[i - 1]!;
    if (noun.pos !== 'NOUN' || (noun.plural !== true && noun.pluralToo !== true) || noun.sentence !== tokens[i]!.sentence) continue;
    const head = res.nounHead(noun.text);
    const cue = cueFor(res.cues, noun.lemma ?? noun.text, head);
    const rival = res.cues.rivalNouns.has(noun.lemma ?? noun.text) || (head !== undefined && res.cues.rivalNouns.has(head));
    if (!rival && (cue === undefined || cue.kind !== 'organization' || PLACE_CLASSES.has(cue.cls))) continue;
    starts ??= new Map(out.map((m) => [m.tokenStart, m]));
    let j = i + 1;
    if (tokens[j]?.text === 'etwa') j++;
    // Twelve names at most: a list of thousands stays linear.
    for (let n = 0; n < 12; n++) {
      if (tokens[j]?.pos === 'DET' && tokens[j]!.sentence === noun.sentence) j++;
      const t = tokens[j];
      if (t === undefined || t.sentence !== noun.sentence || !/^\p{Lu}/u.test(t.text) || t.plural === true) break;
      const m = starts.get(j);
      let end: number;
      // ("Freudenberg", "Manhattan Associates": a town's name in the list, alone or opening the name, is the firm's;
      // not a word of origin before a noun: "dem Steyrer Antriebsspezialisten Voglmayr".)
      const town = m !== undefined && PLACE_CLASSES.has(m.type) && m.tokenEnd - m.tokenStart === 1 && m.source !== 'cue:demonym' && /^\p{Lu}/u.test(m.text) && !/er$/.test(m.text);
      // ("Lieferanten wie Österreichs größte Molkerei": a place's genitive before an adjective is no firm of the list.)
      if (town && tokens[m.tokenEnd]?.pos === 'ADJ' && /s$/.test(t.text)) break;
      if (m !== undefined && !town) end = m.tokenEnd;
      else if (m !== undefined) {
        end = m.tokenEnd;
        // (A name the capital letters alone made right after it is the rest of the firm's: "Manhattan Associates".)
        const rest = starts.get(end);
        if (rest !== undefined && rest.source.startsWith('cue:') && !PLACE_CLASSES.has(rest.type) && rest.type !== 'Person') {
          drop.add(rest);
          end = rest.tokenEnd;
        }
        while (end < tokens.length && tokens[end]!.sentence === t.sentence && /^\p{Lu}/u.test(tokens[end]!.text) && !starts.has(end) && end < j + 4) end++;
        drop.add(m);
        added.push(makeMention(doc, j, end, doc.article.text.slice(t.start, tokens[end - 1]!.end), 'Company', 'cue:noun', undefined));
      } else {
        // ("Hochland": a word with a place's noun for its head is a name here too.)
        const word = cueFor(res.cues, t.lemma ?? t.text, res.nounHead(t.text));
        // (Not a word of origin: "dem Steyrer Antriebsspezialisten Voglmayr".)
        if ((word !== undefined && word.kind !== 'place') || t.pluralToo === true || (t.pos !== 'NOUN' && t.pos !== 'PROPN') || inhabitantOf(t.text, res)) break;
        end = j + 1;
        while (end < tokens.length && tokens[end]!.sentence === t.sentence && /^\p{Lu}/u.test(tokens[end]!.text) && !starts.has(end) && tokens[end]!.pluralToo !== true && tokens[end]!.plural !== true && end < j + 4) end++;
        added.push(makeMention(doc, j, end, doc.article.text.slice(t.start, tokens[end - 1]!.end), 'Company', 'cue:noun', undefined));
      }
      const joiner = tokens[end];
      if (joiner === undefined || joiner.sentence !== t.sentence || !LIST_JOINERS.has(joiner.text)) break;
      j = end + 1;
    }
  }
  if (added.length === 0) return;
  if (drop.size > 0) for (let k = out.length - 1; k >= 0; k--) if (drop.has(out[k]!)) out.splice(k, 1);
  out.push(...added);
  out.sort((a, b) => a.tokenStart - b.tokenStart);
}

/**
 * "Die neue Allgäuer Milchunion eG": a place's word of origin, a noun and a legal form are one firm's name; the place
 * stays a mention inside it.
 */
function demonymFirms(doc: Doc, out: Mention[], res: EntityResources): void {
  if (res.lang !== 'de') return;
  const tokens = doc.tokens;
  let covered: Set<number> | undefined;
  let multi: Map<number, Mention[]> | undefined;
  const added: Mention[] = [];
  const drop = new Set<Mention>();
  for (let i = 0; i + 2 < tokens.length; i++) {
    const d = tokens[i]!;
    const noun = tokens[i + 1]!;
    const form = tokens[i + 2]!;
    if (noun.sentence !== d.sentence || form.sentence !== d.sentence) continue;
    // "der Interessengemeinschaft Allgäuer Milcherzeuger", "dem Bund Deutscher Milchviehhalter": an association's noun, a
    // word of origin and the plural of its members' noun, closing the phrase.
    if (association(d, res) && /^\p{Lu}\p{Ll}+er$/u.test(noun.text) && form.kind === 'word' && form.pos === 'NOUN' && /^\p{Lu}\p{Ll}+$/u.test(form.text)) {
      const after = tokens[i + 3];
      const place = inhabitantPlace(noun.text, res);
      // (A name the noun alone made of the word of origin, "Interessengemeinschaft Allgäuer", gives way.)
      const inside = out.filter((o) => o.tokenStart >= i && o.tokenEnd <= i + 3);
      const clash = out.some((o) => !inside.includes(o) && o.tokenStart < i + 3 && o.tokenEnd > i);
      const closed = after === undefined || after.sentence !== d.sentence || after.kind !== 'word' || !isCapitalised(after.text);
      // (The adjective of a country or region, capitalised in the name, counts too: "Bayerischer".)
      const adjective = res.cues.demonyms.has(noun.text.toLowerCase().replace(/er$/, ''));
      if (!clash && closed && (place !== undefined || adjective)) {
        for (const o of inside) drop.add(o);
        const body = makeMention(doc, i, i + 3, doc.article.text.slice(d.start, form.end), 'Organization', 'cue:noun', undefined);
        if (place !== undefined) body.innerMention = makeMention(doc, i + 1, i + 2, place.label, place.type, 'cue:demonym', place);
        added.push(body);
        continue;
      }
    }
    // "der Verband Private Brauereien Südbayern", "des Bundesverbands Freier Tankstellen": an association's noun, an
    // everyday adjective written with a capital (so part of a name), the plural of its members' noun, and maybe the
    // region it covers, closing the phrase.
    if (association(d, res) && nameAdjective(noun, res) && form.kind === 'word' && form.pos === 'NOUN' && /^\p{Lu}\p{Ll}+$/u.test(form.text)) {
      let end = i + 3;
      const region = tokens[end];
      if (region !== undefined && region.sentence === d.sentence && region.kind === 'word' && isCapitalised(region.text) && regionWord(region.text, res)) end++;
      const after = tokens[end];
      const closed = after === undefined || after.sentence !== d.sentence || after.kind !== 'word' || !isCapitalised(after.text);
      const inside = out.filter((o) => o.tokenStart >= i && o.tokenEnd <= end);
      const clash = out.some((o) => !inside.includes(o) && o.tokenStart < end && o.tokenEnd > i);
      if (!clash && closed) {
        for (const o of inside) drop.add(o);
        added.push(makeMention(doc, i, end, `${uninflected(d)}${doc.article.text.slice(d.end, tokens[end - 1]!.end)}`, 'Organization', 'cue:noun', undefined));
        continue;
      }
    }
    // "die Almbrucker Börse", "am Kesselbrücker Hafen": a town's adjective and one of its own institutions, after an
    // article and before no other name, name that institution.
    const town = townInstitution(tokens, i, res);
    if (town !== undefined) {
      covered ??= coveredTokens(out);
      if (!covered.has(i + 1)) {
        for (const o of out) if (o.tokenStart === i && o.tokenEnd === i + 1) drop.add(o);
        const lemma = uninflected(noun);
        // (By the noun's own cue only: "Abgeordnetenhaus" is no firm for being a "Haus".)
        // (A bank by its compound's head: "Eiderbank" is a "Bank".)
        const cls = cueFor(res.cues, lemma, originBank(noun, res) ? res.nounHead(noun.text) : undefined)?.cls;
        const m = makeMention(doc, i, i + 2, `${d.text} ${lemma}`, cls !== undefined && !PLACE_CLASSES.has(cls) ? cls : 'Organization', 'cue:noun', undefined);
        m.modifierMention = makeMention(doc, i, i + 1, town.label, town.type, 'cue:demonym', town);
        added.push(m);
        continue;
      }
    }
    // "die Deutsche BKK", "der Österreichischen Hagelversicherung": a national adjective is written with a capital
    // inside a German sentence only as part of a name; with an article before it and one capitalised word after it
    // that no name longer than a word covers, the two are one organisation's name.
    if (nationalName(tokens, i, (multi ??= multiTokenCover(out)), res)) {
      for (const o of out) if (o.tokenStart >= i && o.tokenEnd <= i + 2) drop.add(o);
      // (Named in its nominative after "die": "der Deutschen BKK" is "Deutsche BKK".)
      // (The noun's lemma only where it is the word without an inflection ending: "Alpenvereins" → "Alpenverein",
      // not the dictionary's old spelling "Datenschutzausschuß".)
      const lemma = noun.pos === 'NOUN' ? uninflected(noun) : noun.text;
      const base = `${d.text.replace(/(e|en|er|es|em)$/u, '')}e ${lemma}`;
      // ("der Hauptverband der Deutschen Bauindustrie": the association of the trade is named with it.)
      const body = associationOfTrade(tokens, i, res);
      if (body !== undefined) {
        for (const o of out) if (o.tokenStart >= body && o.tokenEnd <= i) drop.add(o);
        const label = `${uninflected(tokens[body]!)}${doc.article.text.slice(tokens[body]!.end, noun.end)}`;
        added.push(makeMention(doc, body, i + 2, label, 'Organization', 'cue:noun', undefined));
        continue;
      }
      added.push(makeMention(doc, i, i + 2, base, 'Organization', 'cue:capitalised', undefined));
      continue;
    }
    // "Die neue Allgäuer Milchunion eG": a word of origin, a noun and a legal form.
    if (!res.cues.bareForms.has(form.text) || d.kind !== 'word' || !/^\p{Lu}\p{Ll}+er$/u.test(d.text) || noun.pos !== 'NOUN' || !/^\p{Lu}\p{Ll}+$/u.test(noun.text)) continue;
    covered ??= coveredTokens(out);
    if (covered.has(i) || covered.has(i + 1) || covered.has(i + 2)) continue;
    const place = inhabitantPlace(d.text, res);
    if (place === undefined) continue;
    const firm = makeMention(doc, i, i + 3, doc.article.text.slice(d.start, form.end), 'Company', 'cue:legal-form', undefined);
    firm.innerMention = makeMention(doc, i, i + 1, place.label, place.type, 'cue:demonym', place);
    added.push(firm);
  }
  if (added.length === 0) return;
  const kept = out.filter((o) => !drop.has(o));
  out.length = 0;
  out.push(...kept, ...added);
  out.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** A noun's lemma where it is the written word without an inflection ending ("Alpenvereins" → "Alpenverein"), else the word. */
function uninflected(noun: Token): string {
  return noun.lemma !== undefined && noun.text.startsWith(noun.lemma) && noun.text.length - noun.lemma.length <= 2 ? noun.lemma : noun.text;
}

/** "die Almbrucker Börse": an article, a town's adjective of origin at `i`, a town's own institution, no name after. */
function townInstitution(tokens: Token[], i: number, res: EntityResources): KnownEntity | undefined {
  const d = tokens[i]!;
  const noun = tokens[i + 1]!;
  const before = tokens[i - 1];
  const after = tokens[i + 2];
  if (d.kind !== 'word' || !/^\p{Lu}\p{Ll}+er$/u.test(d.text) || noun.pos !== 'NOUN' || before === undefined || before.sentence !== d.sentence) return undefined;
  const bank = originBank(noun, res);
  if (!bank && !res.cues.townInstitutions.has(noun.lemma ?? noun.text) && !res.cues.townInstitutions.has(noun.text)) return undefined;
  if (before.pos !== 'DET' && !(before.pos === 'ADP' && /^(am|im|vom|zum|zur|beim)$/.test(before.text.toLowerCase()))) return undefined;
  if (after !== undefined && after.sentence === d.sentence && after.kind === 'word' && isCapitalised(after.text) && after.pos !== 'VERB' && after.pos !== 'AUX') return undefined;
  const place = inhabitantPlace(d.text, res);
  // (A bank by a region's word too: "die Kärntner Sparkasse".)
  return place?.type === 'City' || (bank && place !== undefined) ? place : undefined;
}

/**
 * "Eiderbank", "Sparkasse": a compound on "-bank" that neither the dictionary knows as something else ("Datenbank")
 * nor only describes a bank ("Privatbank"), or a listed compound on "-kasse"; after a word of origin it names a bank.
 */
function originBank(noun: Token, res: EntityResources): boolean {
  // (As written, so that a plural is none: "zwei Aargauer Regionalbanken".)
  const word = noun.text;
  if (res.cues.bankKassen.has(word)) return true;
  return word.length > 4 && word.endsWith('bank') && !word.includes('-') && !res.cues.describingBanks.has(word) && !res.cues.notCues.has(word);
}

/**
 * "dem Werra-Meißner-Kreis", "im Rhein-Sieg-Kreis": names joined by hyphens to a district's noun (`districtNouns`)
 * name a district.
 */
function hyphenDistricts(doc: Doc, out: Mention[], res: EntityResources): void {
  if (res.lang !== 'de' || res.cues.districtNouns.size === 0) return;
  let covered: Set<number> | undefined;
  const added: Mention[] = [];
  doc.tokens.forEach((t, i) => {
    if (t.kind !== 'word' || !t.text.includes('-')) return;
    const cut = t.text.lastIndexOf('-');
    const noun = res.cues.districtNouns.get(t.text.slice(cut + 1));
    // "der Ostsee-Zeitung", "die Nordsee-Rundschau": a place and the last word of a masthead name a newspaper.
    const paper = noun === undefined && cut === t.text.indexOf('-') && res.cues.mastheads.has(t.text.slice(cut + 1)) && mastheadPlace(t.text.slice(0, cut), res);
    if ((noun === undefined && !paper) || !/^(\p{Lu}\p{Ll}+-)+$/u.test(t.text.slice(0, cut + 1))) return;
    covered ??= coveredTokens(out);
    if (covered.has(i)) return;
    added.push(paper ? makeMention(doc, i, i + 1, t.text, 'MediaOrganization', 'cue:masthead', undefined) : makeMention(doc, i, i + 1, `${t.text.slice(0, cut)}-${noun}`, 'Region', 'cue:place-list', undefined));
  });
  mergeMentions(out, added);
}

/**
 * "die Bundesliga", "der Regionalliga Nordost", "die 2. Bundesliga", "die 3. Liga": a capitalised compound on a
 * league's ending (`leagueEndings`), or the bare ending after an ordinal, names a sports league, with an ordinal
 * before it and a compass word or a known region after it ("Oberliga Westfalen", whose region stays an entity of
 * its own).
 */
function leagues(doc: Doc, out: Mention[], res: EntityResources): void {
  const endings = res.cues.leagueEndings;
  if (endings.length === 0) return;
  const tokens = doc.tokens;
  let covered: Set<number> | undefined;
  const added: Mention[] = [];
  const drop = new Set<Mention>();
  tokens.forEach((t, i) => {
    if (t.kind !== 'word' || !/^\p{Lu}/u.test(t.text)) return;
    const lower = t.text.toLowerCase();
    const ending = endings.find((e) => lower.endsWith(e));
    if (ending === undefined) return;
    const before = tokens[i - 1];
    const ordinal = before !== undefined && before.kind === 'number' && before.sentence === t.sentence && /^\d\.$/.test(before.text);
    if (lower.length === ending.length ? !ordinal : lower.charAt(lower.length - ending.length - 1) === '-' && !/^\p{Lu}/u.test(t.text.slice(lower.lastIndexOf('-') + 1))) return;
    covered ??= coveredTokens(out);
    if (covered.has(i)) return;
    let end = i + 1;
    let inner: Mention | undefined;
    const next = tokens[end];
    if (next !== undefined && next.kind === 'word' && next.sentence === t.sentence) {
      const compass = res.cues.compassPrefixes.has(next.text);
      const place = out.find((m) => m.tokenStart === end && m.tokenEnd === end + 1);
      if (compass || (place !== undefined && place.gazetteerId !== undefined && PLACE_CLASSES.has(place.type) && place.type !== 'City')) {
        if (place !== undefined) drop.add(place);
        if (!compass) inner = place;
        end += 1;
      }
    }
    const start = ordinal ? i - 1 : i;
    const m = makeMention(doc, start, end, doc.article.text.slice(tokens[start]!.start, tokens[end - 1]!.end), 'Organization', 'cue:noun', undefined);
    if (inner !== undefined) m.innerMention = inner;
    added.push(m);
  });
  if (added.length === 0) return;
  for (let k = out.length - 1; k >= 0; k--) if (drop.has(out[k]!)) out.splice(k, 1);
  mergeMentions(out, added);
}

/**
 * "an der Frankfurter Wertpapierbörse", "bei der Hamburger Sparkasse": a name the gazetteer lists that opens with the
 * word of origin of a town or region names that place too, an entity of its own inside the name that modifies it (a
 * town's own institution lies there: see the compound rules).
 */
function originsInListedNames(doc: Doc, out: Mention[], res: EntityResources): void {
  if (doc.article.lang !== 'de') return;
  for (const m of out) {
    if (m.source !== 'gazetteer' || m.innerMention !== undefined || m.modifierMention !== undefined || m.tokenEnd - m.tokenStart < 2 || m.type === 'Person' || PLACE_CLASSES.has(m.type)) continue;
    const first = doc.tokens[m.tokenStart]!;
    if (!/^\p{Lu}\p{Ll}+er$/u.test(first.text)) continue;
    const place = inhabitantPlace(first.text, res);
    // (As the word of origin before a town's institution: "die Almbrucker Börse" lies in the town.)
    if (place !== undefined) m.modifierMention = makeMention(doc, m.tokenStart, m.tokenStart + 1, place.label, place.type, 'cue:demonym', place);
  }
}

/**
 * "die Zentralstelle Cybercrime Bayern", "die Verbraucherzentrale Sachsen": an institution named from its noun (a
 * name of several words, or a noun of `placeNamed`), right before a region the gazetteer knows, is named with the
 * region (which stays an entity of its own).
 */
function regionalInstitutions(doc: Doc, out: Mention[], res: EntityResources): void {
  for (let k = 0; k + 1 < out.length; k++) {
    const m = out[k]!;
    const n = out[k + 1]!;
    if (m.source !== 'cue:noun' || (m.type !== 'GovernmentAgency' && m.type !== 'Organization') || m.innerMention !== undefined) continue;
    // (Not a bare noun for an authority: "die Behörde" is no name.)
    if (m.tokenEnd - m.tokenStart === 1 && !res.cues.placeNamed.has(m.text)) continue;
    if (n.tokenStart !== m.tokenEnd || n.sentence !== m.sentence || n.type !== 'Region' || n.gazetteerId === undefined || n.tokenEnd - n.tokenStart !== 1) continue;
    m.tokenEnd = n.tokenEnd;
    m.end = n.end;
    m.text = doc.article.text.slice(m.start, m.end);
    m.normalized = `${m.normalized} ${n.text}`;
    m.innerMention = n;
    out.splice(k + 1, 1);
  }
}

/**
 * German "die IG-Milch", "der SV-Werder": a club's or association's prefix (`clubPrefixes`) joined by a hyphen to a
 * capitalised word names that organisation, as "IG Metall" does with a space.
 */
function prefixedHyphenNames(doc: Doc, out: Mention[], res: EntityResources): void {
  if (res.lang !== 'de' || res.cues.clubPrefixes.size === 0) return;
  let covered: Set<number> | undefined;
  const added: Mention[] = [];
  doc.tokens.forEach((t, i) => {
    const cut = t.text.indexOf('-');
    const rest = t.text.slice(cut + 1);
    if (cut < 2 || cut > 4 || t.kind !== 'word' || !res.cues.clubPrefixes.has(t.text.slice(0, cut)) || !/^\p{Lu}\p{Ll}{2,}$/u.test(rest)) return;
    // ("RB-Geschäftsführer", "VfB-Fans": a role or a noun that compounds on names is no name's word.)
    if (cueFor(res.cues, rest, res.nounHead(rest)) !== undefined || res.cues.nameCompoundHeads.has(rest)) return;
    covered ??= coveredTokens(out);
    if (covered.has(i)) return;
    added.push(makeMention(doc, i, i + 1, t.text, 'Organization', 'cue:noun', undefined));
  });
  mergeMentions(out, added);
}

/**
 * German "die Oberland Milch GmbH", "die Bayerische Milch GmbH": a capitalised word that is no cue, right after an
 * article and right before a firm's name with a legal form that opens with an everyday noun, is the first word of that
 * name.
 */
function wordOpenedFirmNames(doc: Doc, out: Mention[], res: EntityResources): void {
  if (res.lang !== 'de') return;
  const tokens = doc.tokens;
  let places: Set<string> | undefined;
  for (let k = 0; k < out.length; k++) {
    const m = out[k]!;
    if (m.source !== 'cue:legal-form' || m.type === 'Person' || m.tokenStart < 2) continue;
    // ("die Wolkensteiner Beteiligungs GmbH", "die Tannheimer Bergbahnen AG": a word of origin of a smaller town, which
    // only such words name, opens the firm's name all the same.)
    const prev = out[k - 1];
    if ((prev?.tokenEnd ?? -1) < m.tokenStart - 1 && minorTownOrigin(m, tokens, res)) {
      out[k] = makeMention(doc, m.tokenStart - 1, m.tokenEnd, doc.article.text.slice(tokens[m.tokenStart - 1]!.start, m.end), m.type, m.source, undefined);
      continue;
    }
    if ((prev?.tokenEnd ?? -1) >= m.tokenStart) continue;
    const word = tokens[m.tokenStart - 1]!;
    const article = tokens[m.tokenStart - 2]!;
    // (Not a word of origin: "die Essener Funke Mediengruppe", "die Grazer Fahrschule X KG".)
    // (Places the text names: "Essen (dpa) - … die Essener Funke Mediengruppe"; the set is built once per text.)
    places ??= new Set(out.filter((o) => PLACE_CLASSES.has(o.type)).map((o) => o.text));
    if (word.kind !== 'word' || !isCapitalised(word.text) || originWord(word.text, res, places) || word.sentence !== m.sentence || article.pos !== 'DET' || article.sentence !== m.sentence) continue;
    // (A word for a kind of place may open it: "Oberland"; not a noun for a firm or a role: "die Tochter X GmbH".)
    if (!res.isCommonNoun(tokens[m.tokenStart]!.text) || (cueFor(res.cues, word.text, res.nounHead(word.text))?.kind ?? 'place') !== 'place') continue;
    out[k] = makeMention(doc, m.tokenStart - 1, m.tokenEnd, doc.article.text.slice(word.start, m.end), m.type, m.source, undefined);
  }
}

/** An English title before a person's name ("Chief", "Executive", "Vice", "CEO"). */
function isTitle(t: Token | undefined, res: EntityResources): boolean {
  return t !== undefined && (res.cues.titles.has(t.text) || t.text === 'CEO');
}

/**
 * German "Britische Medien berichteten": an adjective that opens the sentence, before a plural noun that also closes
 * firms' names ("Funke Medien", "Brunnhaldt Hotels"), names no firm but a group; the capital letter is the sentence's.
 */
function adjectiveOpenedPlurals(doc: Doc, out: Mention[], res: EntityResources): void {
  if (res.lang !== 'de') return;
  const tokens = doc.tokens;
  for (let k = out.length - 1; k >= 0; k--) {
    const m = out[k]!;
    if (m.source !== 'cue:legal-form' || m.tokenEnd - m.tokenStart !== 2) continue;
    const first = tokens[m.tokenStart]!;
    const form = tokens[m.tokenStart + 1]!;
    const opens = m.tokenStart === 0 || tokens[m.tokenStart - 1]!.sentence !== first.sentence;
    if (!opens || res.adjectiveLemma(first.text.toLowerCase()) === undefined || !res.isCommonNoun(form.text)) continue;
    // (Still a collective the text talks about: "Dänische Medien hatten berichtet".)
    out[k] = { ...m, type: 'Group', source: 'cue:capitalised' };
  }
}

/**
 * German "die Quembichler Fruchtmanufaktur", "die Trelsa Schokoladenmanufaktur": a name found by its capital
 * letter alone, after an article and right before a compound noun whose head names a firm, ends with that noun (the
 * firm's whole name; "die Fruchtmanufaktur" later refers to it).
 */
function tradeClosedFirmNames(doc: Doc, out: Mention[], res: EntityResources): void {
  if (res.lang !== 'de') return;
  const tokens = doc.tokens;
  for (const m of out) {
    if (m.source !== 'cue:capitalised' || m.type === 'Person' || PLACE_CLASSES.has(m.type) || m.tokenEnd - m.tokenStart !== 1 || tokens[m.tokenStart - 1]?.pos !== 'DET') continue;
    const noun = tokens[m.tokenEnd];
    if (noun === undefined || noun.pos !== 'NOUN' || noun.sentence !== m.sentence || noun.text.includes('-') || out.some((o) => o.tokenStart === m.tokenEnd)) continue;
    const head = res.nounHead(noun.text);
    if (head === undefined || head.length >= noun.text.length - 2) continue;
    const cue = cueFor(res.cues, head, undefined);
    if (cue?.kind !== 'organization' || cue.cls !== 'Company') continue;
    // (Only where the name is introduced: "die Säntis Privatbank" after "Säntis" names the firm already named.)
    if (out.some((o) => o.start < m.start && o.normalized.split(' ')[0] === m.normalized)) continue;
    m.tokenEnd += 1;
    m.end = noun.end;
    m.text = doc.article.text.slice(m.start, m.end);
    m.normalized = `${m.normalized} ${noun.text}`;
    m.type = 'Company';
  }
}

/**
 * "Der Vorsitzende Richter Jendrik Vossmanek": a person's name of three words that opens with a role noun, right
 * after another role noun, starts after it (the two nouns are one title; "Richter" is no first name there).
 */
function titledPersons(doc: Doc, out: Mention[], res: EntityResources): void {
  if (res.lang !== 'de') return;
  const tokens = doc.tokens;
  for (const m of out) {
    if (m.type !== 'Person' || m.tokenEnd - m.tokenStart < 3) continue;
    const first = tokens[m.tokenStart]!;
    const before = tokens[m.tokenStart - 1];
    if (!res.cues.person.has(first.text) || before === undefined || before.sentence !== m.sentence || !res.cues.person.has(before.text)) continue;
    m.tokenStart += 1;
    m.start = tokens[m.tokenStart]!.start;
    m.text = doc.article.text.slice(m.start, m.end);
    m.normalized = m.normalized.slice(m.normalized.indexOf(' ') + 1);
  }
}

/**
 * "der Bürgermeister von Trendelsau, Ortlieb Mühlsteg (CDU)", "Wigand Quast (SPD)": a name of two or three capitalised
 * words that only its capital letters made a name, right before a party in brackets, is a person's.
 */
function partyBracketPersons(doc: Doc, out: Mention[]): void {
  const tokens = doc.tokens;
  for (let k = 0; k + 1 < out.length; k++) {
    const m = out[k]!;
    const party = out[k + 1]!;
    const words = m.tokenEnd - m.tokenStart;
    if (m.source !== 'cue:capitalised' || m.type === 'Person' || words < 2 || words > 3 || party.type !== 'PoliticalParty') continue;
    if (tokens[m.tokenEnd]?.text !== '(' || party.tokenStart !== m.tokenEnd + 1 || tokens[party.tokenEnd]?.text !== ')') continue;
    m.type = 'Person';
  }
}

/** The word before `m`, after an article, is a word of origin of a town the gazetteer knows only as a town word, and `m` opens with an everyday noun or its joining form ("Beteiligungs"). */
function minorTownOrigin(m: Mention, tokens: Token[], res: EntityResources): boolean {
  const word = tokens[m.tokenStart - 1]!;
  if (!word.text.endsWith('er') || tokens[m.tokenStart - 2]?.pos !== 'DET' || word.sentence !== m.sentence) return false;
  const first = tokens[m.tokenStart]!.text;
  if (!res.isCommonNoun(first) && !(first.endsWith('s') && res.isCommonNoun(first.slice(0, -1)))) return false;
  const place = inhabitantPlace(word.text, res);
  // (Not a town whose name is an everyday word: "die Essener Funke Mediengruppe" names Essen.)
  return place !== undefined && res.lookup(place.label).length === 0 && !res.isCommonNoun(place.label) && res.lookupTownWord(place.label) !== undefined;
}

/**
 * "Essener", "Thurgauer", "Ostwalder": a capitalised word of origin, on a place the gazetteer knows or the text names
 * (not "Hessler"; narrower than `inhabitantOf`, whose guessed forms take surnames such as "Hessler" for one).
 */
function originWord(word: string, res: EntityResources, places: Set<string>): boolean {
  if (!word.endsWith('er')) return false;
  const stems = [word.slice(0, -2), word.slice(0, -1)];
  return res.cues.placeAdjectives.has(word) || res.cues.demonyms.has(word.toLowerCase()) || stems.some((stem) => places.has(stem) || res.lookupBlockedPlace(stem) !== undefined || res.lookupWeak(stem).some((e) => PLACE_CLASSES.has(e.type)));
}

/**
 * German "am Kantonsspital Baden", "die Kernölgenossenschaft Leibnitz": a noun that institutions are named with after it
 * (`placeNamed`, or a compound on an association's noun) before a single word that its cue made a name is part of that
 * name, as where the word is a place the gazetteer knows ("das Kantonsspital Olten").
 */
function placeNamedInstitutions(doc: Doc, out: Mention[], res: EntityResources): void {
  if (res.lang !== 'de') return;
  let places: Set<string> | undefined;
  let words: Set<string> | undefined;
  let placedWords: Set<string> | undefined;
  for (let k = 0; k < out.length; k++) {
    const m = out[k]!;
    if (m.source !== 'cue:noun' || m.tokenEnd - m.tokenStart !== 1 || m.type === 'Person' || PLACE_CLASSES.has(m.type) || m.tokenStart === 0) continue;
    const noun = doc.tokens[m.tokenStart - 1]!;
    if ((noun.pos !== 'NOUN' && noun.pos !== 'PROPN') || noun.sentence !== m.sentence || (out[k - 1]?.tokenEnd ?? -1) > m.tokenStart - 1) continue;
    const head = res.nounHead(noun.text);
    if (!placeNamedNoun(noun, res) && !(head !== undefined && head !== noun.lemma && res.cues.associationHeads.has(head))) continue;
    // (Only a word that names a place: one the gazetteer knows as a place, or the text names so elsewhere, "in Leibnitz",
    // "die Leibnitzer Obfrau"; not a name of its own, "der Gaststättenverband Dehoga".)
    // (Sets built once per text: a long text stays linear.)
    places ??= new Set(out.filter((o) => PLACE_CLASSES.has(o.type)).map((o) => o.text));
    words ??= new Set(doc.tokens.map((t) => t.text));
    placedWords ??= wordsAfterPlacePrepositions(doc);
    if (!places.has(m.text) && !res.lookup(m.text).some((e) => PLACE_CLASSES.has(e.type)) && !words.has(`${m.text}er`) && !placedWords.has(m.text)) continue;
    m.tokenStart -= 1;
    m.start = noun.start;
    m.text = doc.article.text.slice(m.start, m.end);
    // ("des Weinbauvereins Kitzeck": named in the nominative, "Weinbauverein Kitzeck".)
    m.normalized = (noun.lemma !== undefined && noun.text.startsWith(noun.lemma) ? noun.lemma : noun.text) + m.text.slice(noun.text.length);
  }
}

/**
 * German "der Busbetreiber Drautal Linien", "der Anbieter Murtal Reisen": a name that a firm's noun made, right before
 * a word that makes firms' names after a place (`placeNameNouns`), ends in that word.
 */
function firmWordAfterName(doc: Doc, out: Mention[], res: EntityResources): void {
  if (res.lang !== 'de') return;
  const tokens = doc.tokens;
  for (let k = 0; k < out.length; k++) {
    const m = out[k]!;
    if (m.source !== 'cue:noun' || m.tokenEnd - m.tokenStart !== 1 || !ORG_CLASSES.has(m.type) || (out[k + 1]?.tokenStart ?? Infinity) <= m.tokenEnd) continue;
    const word = tokens[m.tokenEnd];
    if (word === undefined || word.sentence !== m.sentence || !res.cues.placeNameNouns.has(word.text)) continue;
    m.tokenEnd += 1;
    m.end = word.end;
    m.text = doc.article.text.slice(m.start, m.end);
    m.normalized = m.text;
  }
}

/**
 * German "der Nordhessischen Landbank" after a definite article: a firm's name that an adjective opens is named in the
 * nominative, "Nordhessische Landbank", as the text writes it elsewhere ("Die Nordhessische Landbank betreut …").
 */
function nominativeAdjectives(doc: Doc, out: Mention[], res: EntityResources): void {
  if (res.lang !== 'de') return;
  for (const m of out) {
    if (m.source !== 'cue:legal-form' || m.tokenEnd - m.tokenStart < 2 || m.normalized !== m.text) continue;
    const first = doc.tokens[m.tokenStart]!;
    const article = doc.tokens[m.tokenStart - 1];
    if (article === undefined || !WEAK_ARTICLES.has(article.text.toLowerCase()) || !/^\p{Lu}\p{Ll}+en$/u.test(first.text)) continue;
    if (!/isch(en)$/.test(first.text) && res.adjectiveLemma(first.text.toLowerCase()) === undefined) continue;
    m.normalized = first.text.slice(0, -1) + m.text.slice(first.text.length);
  }
}

/** Articles after which an adjective takes its weak ending ("der Nordhessischen", "im Bayerischen"). */
const WEAK_ARTICLES = new Set(['der', 'den', 'dem', 'des', 'beim', 'vom', 'zum', 'zur', 'im', 'am']);

/** The words the text puts right after "in" or "aus" ("den Betrieb in Kitzeck im Sausal"): places (one pass). */
function wordsAfterPlacePrepositions(doc: Doc): Set<string> {
  const out = new Set<string>();
  doc.tokens.forEach((t, i) => {
    if (i > 0 && PLACE_PREPOSITIONS.has(doc.tokens[i - 1]!.text)) out.add(t.text);
  });
  return out;
}

const PLACE_PREPOSITIONS = new Set(['in', 'aus']);

/**
 * English "the idled Dornacre mine", "the Velthorn plant": a name that only its capital letter made, right before a noun
 * for a site ("plant", "mine", "terminal"), names that site, not a firm.
 */
function namedSites(doc: Doc, out: Mention[], res: EntityResources): void {
  if (res.lang !== 'en') return;
  for (const m of out) {
    if (m.source !== 'cue:capitalised' || m.type !== 'Organization' || m.gazetteerId !== undefined) continue;
    const next = doc.tokens[m.tokenEnd];
    if (next === undefined || next.sentence !== m.sentence || !(res.cues.facilities.has(next.text) || res.cues.sitesSingular.has(next.text))) continue;
    m.type = 'Facility';
  }
}

/**
 * "aus dem Ostalbkreis", "im Flachgau", "das Traunviertel": one word on an ending of `regionWordEndings` whose first
 * part is no dictionary noun (with or without a joining "-s", "-es", "-n", "-en": not "Freundeskreis", "Kundenkreis",
 * "Stadtviertel") names a district or region.
 */
function districtWords(doc: Doc, out: Mention[], res: EntityResources): void {
  if (res.lang !== 'de' || res.cues.regionWordEndings.length === 0) return;
  let covered: Set<number> | undefined;
  const added: Mention[] = [];
  const endings = new RegExp(`^(\\p{Lu}\\p{Ll}{2,})(${res.cues.regionWordEndings.join('|')})(?:es|s)?$`, 'u');
  doc.tokens.forEach((t, i) => {
    const hit = t.kind === 'word' ? endings.exec(t.text) : null;
    if (hit === null) return;
    const stem = hit[1]!;
    const ending = hit[2]!;
    const forms = [stem, stem.replace(/(?:es|s|en|n)$/u, ''), stem.replace(/n$/u, '')];
    if (forms.some((f) => f.length >= 3 && res.isCommonNoun(f))) return;
    // ("vom Förderkreis Birnenau X": a word the cue lists know as a kind of organisation.)
    if (cueFor(res.cues, t.lemma ?? t.text, undefined) !== undefined || cueFor(res.cues, `${stem}${ending}`, undefined) !== undefined) return;
    // (A word only its capital letter or a preposition made a name of unknown kind is retyped.)
    const guessed = out.find((m) => m.tokenStart === i && m.tokenEnd === i + 1 && (m.source === 'cue:capitalised' || m.source === 'cue:preposition'));
    if (guessed !== undefined) {
      guessed.type = 'Region';
      return;
    }
    covered ??= coveredTokens(out);
    if (covered.has(i)) return;
    added.push(makeMention(doc, i, i + 1, `${stem}${ending}`, 'Region', 'cue:place-list', undefined));
  });
  mergeMentions(out, added);
}

/** Adds the mentions a later pass found and keeps `out` in text order (longer first at one start). */
function mergeMentions(out: Mention[], added: Mention[]): void {
  if (added.length === 0) return;
  out.push(...added);
  out.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** Per article: each word and the words that follow it somewhere (for "Uber" standing alone beside "Uber Eats"). */
const followersByTokens = new WeakMap<Token[], Map<string, Set<string>>>();
function followers(tokens: Token[]): Map<string, Set<string>> {
  let map = followersByTokens.get(tokens);
  if (map === undefined) {
    map = new Map();
    tokens.forEach((t, k) => {
      if (t.kind !== 'word') return;
      let next = map!.get(t.text);
      if (next === undefined) map!.set(t.text, (next = new Set()));
      next.add(tokens[k + 1]?.text ?? '');
    });
    followersByTokens.set(tokens, map);
  }
  return map;
}

/** See demonymFirms: "die Deutsche BKK" at token `i` (the adjective), not sentence-initial, not inside a longer name. */
function nationalName(tokens: Token[], i: number, multi: Map<number, Mention[]>, res: EntityResources): boolean {
  const d = tokens[i]!;
  const name = tokens[i + 1]!;
  const article = tokens[i - 1];
  const after = tokens[i + 2];
  if (article === undefined || article.sentence !== d.sentence || !NAME_ARTICLES.has(article.text)) return false;
  const inflected = /^(\p{Lu}\p{Ll}+?)(e|en|er|es|em)$/u.exec(d.text);
  if (inflected === null || !res.cues.demonyms.has(inflected[1]!.toLowerCase())) return false;
  if (name.kind !== 'word' || !/^\p{Lu}/u.test(name.text) || (name.pos !== 'NOUN' && name.pos !== 'PROPN')) return false;
  // (Closing the name: "die Deutsche Bank AG" or "die Deutsche Presse-Agentur dpa" are for the gazetteer.)
  if (after !== undefined && after.sentence === d.sentence && after.kind === 'word' && /^\p{Lu}/u.test(after.text)) return false;
  // (A name the capitals alone made of the two words is taken again, in its nominative.)
  const longer = (o: Mention): boolean => !(o.tokenStart === i && o.tokenEnd === i + 2 && o.source === 'cue:capitalised');
  return !(multi.get(i) ?? []).some(longer) && !(multi.get(i + 1) ?? []).some(longer);
}

/**
 * "der Hauptverband der Deutschen Bauindustrie", "des Zentralverbands des Deutschen Handwerks": before a national
 * name at `i` (see nationalName) in the genitive, an association's noun after an article; where that noun starts.
 */
function associationOfTrade(tokens: Token[], i: number, res: EntityResources): number | undefined {
  const genitive = tokens[i - 1];
  const noun = tokens[i - 2];
  const article = tokens[i - 3];
  if (genitive === undefined || noun === undefined || article === undefined || !/^(der|des)$/.test(genitive.text) || noun.pos !== 'NOUN' || article.sentence !== noun.sentence) return undefined;
  if (!NAME_ARTICLES.has(article.text.toLowerCase())) return undefined;
  const lemma = uninflected(noun);
  const head = res.nounHead(lemma) ?? lemma;
  return res.cues.associationHeads.has(lemma) || res.cues.associationHeads.has(head) ? i - 2 : undefined;
}

/** The mentions of more than one token, by each token they cover (see nationalName). */
function multiTokenCover(out: Mention[]): Map<number, Mention[]> {
  const by = new Map<number, Mention[]>();
  for (const o of out) {
    if (o.tokenEnd - o.tokenStart < 2) continue;
    for (let k = o.tokenStart; k < o.tokenEnd; k++) {
      const list = by.get(k);
      if (list === undefined) by.set(k, [o]);
      else list.push(o);
    }
  }
  return by;
}

const NAME_ARTICLES = new Set(['der', 'die', 'das', 'dem', 'den', 'des', 'beim', 'vom', 'zum', 'zur', 'im', 'am']);

function coveredTokens(out: Mention[]): Set<number> {
  const covered = new Set<number>();
  for (const m of out) for (let k = m.tokenStart; k < m.tokenEnd; k++) covered.add(k);
  return covered;
}

/** "Private", "Freier": an everyday adjective, inflected and written with a capital (inside a sentence, part of a name). */
function nameAdjective(t: Token, res: EntityResources): boolean {
  return t.kind === 'word' && /^\p{Lu}\p{Ll}+(?:e|er|en|es)$/u.test(t.text) && res.adjectiveLemma(t.text.toLowerCase()) !== undefined;
}

/** "Tirol", "Südbayern": a place the gazetteer knows, maybe after a point of the compass. */
function regionWord(word: string, res: EntityResources): boolean {
  if (knownPlace(word, res) !== undefined) return true;
  for (const prefix of res.cues.compassPrefixes) {
    const rest = word.slice(prefix.length);
    if (word.startsWith(prefix) && rest.length >= 4 && knownPlace(`${rest.charAt(0).toUpperCase()}${rest.slice(1)}`, res) !== undefined) return true;
  }
  return false;
}

/** A noun for an association, by its lemma or its last part ("Interessengemeinschaft", "Verband", "Bund"). */
function association(t: Token, res: EntityResources): boolean {
  if (t.kind !== 'word' || t.pos !== 'NOUN') return false;
  const lemma = t.lemma ?? t.text;
  if (res.cues.associationHeads.has(lemma)) return true;
  for (const h of res.cues.associationHeads) if (h.length >= 5 && lemma.length > h.length && lemma.endsWith(h.toLowerCase())) return true;
  return false;
}

/**
 * "The Financial Conduct Authority … at the FCA": an abbreviation that spells, letter for letter, the initials of
 * exactly one organisation named before (its linking words left out) names that organisation.
 */
/** "Harlan County District Judge X": listed title words from `i` up to a capitalised person cue. */
function titleChain(tokens: Token[], lowers: string[], i: number, to: number, res: EntityResources): boolean {
  let k = i;
  while (k < to && k < i + 3 && res.cues.titlePrefixes.has(tokens[k]!.text)) k++;
  return k < to && res.cues.person.has(lowers[k]!) && isCapitalised(tokens[k]!.text);
}

/** An article (or a preposition with one inside) before `i`, maybe with an adjective or a word of origin between. */
function articleBefore(tokens: Token[], lowers: string[], i: number, from: number): boolean {
  const articleAt = (k: number): boolean => tokens[k]?.pos === 'DET' || /^(am|im|beim|vom|zum|zur)$/.test(lowers[k] ?? '');
  return articleAt(i - 1) || (i - 2 >= from && (tokens[i - 1]!.pos === 'ADJ' || /^\p{Lu}\p{Ll}+er$/u.test(tokens[i - 1]!.text)) && articleAt(i - 2));
}

/** "Danish Airways": an English nation's adjective before a carrier's legal form. */
function demonymForm(token: Token, before: Token, res: EntityResources): boolean {
  return res.cues.demonymForms.has(token.text) && res.cues.demonyms.has(before.text);
}

/**
 * "im oststeirischen Bad Kainried", "in Sankt Wolfgrub": a town's prefix at `i` and a word with a town's ending after it,
 * after a preposition of place or a region's adjective, name a town the gazetteer lacks.
 */
function prefixedTown(tokens: Token[], lowers: string[], i: number, cue: { cls: string; weak?: boolean }, res: EntityResources): boolean {
  const token = tokens[i]!;
  const after = tokens[i + 1]!;
  if (!res.cues.placePrefixes.has(token.text) || !/^\p{Lu}\p{Ll}{3,}$/u.test(after.text) || !townEnding(after.text, res) || res.isCommonNoun(after.text)) return false;
  if (res.lookup(`${token.text} ${after.text}`).length > 0) return false;
  return (cue.weak === true && TOWN_PREPOSITIONS.has(lowers[i - 1] ?? '')) || (cue.weak !== true && tokens[i - 1]?.pos === 'ADJ');
}

/** "die Spitalverbund Luzerner Seetal AG": a masculine or neuter noun and a known word of origin before `first`, after "die", "der" or "zur". */
function nounAndOriginInName(tokens: Token[], lowers: string[], first: number, res: EntityResources): boolean {
  const origin = tokens[first - 1]!;
  const noun = tokens[first - 2];
  if (!/^\p{Lu}\p{Ll}+er$/u.test(origin.text) || inhabitantPlace(origin.text, res) === undefined) return false;
  if (noun === undefined || noun.pos !== 'NOUN' || noun.plural === true || noun.maybePlural === true) return false;
  return noun.genders !== undefined && noun.genders.length > 0 && !noun.genders.includes('F') && ['die', 'der', 'zur'].includes(lowers[first - 3] ?? '');
}

/**
 * English "Nine Mile Audio", "Three Rivers Capital": a capitalised number word right before a name no list knows is
 * the name's first word (not before a known name: "Three Orvick engineers").
 */
function numberWordNames(doc: Doc, out: Mention[], res: EntityResources): void {
  if (res.lang !== 'en') return;
  const tokens = doc.tokens;
  for (const m of out) {
    const n = tokens[m.tokenStart - 1];
    if (n === undefined || n.sentence !== m.sentence || n.pos !== 'NUM' || !/^\p{Lu}\p{Ll}+$/u.test(n.text)) continue;
    // (A number word before two capitalised words makes them no person's name: "Nine Mile Audio".)
    if (m.gazetteerId !== undefined || PLACE_CLASSES.has(m.type) || !m.source.startsWith('cue:') || (m.type === 'Person' && (m.source !== 'cue:first-name' || m.tokenEnd - m.tokenStart < 2))) continue;
    if (out.some((o) => o.tokenEnd === m.tokenStart - 1)) continue;
    // ("Two University of Michigan researchers": nor before a name its organisation noun opens.)
    if (m.source === 'cue:noun' && cueFor(res.cues, tokens[m.tokenStart]!.text.toLowerCase(), undefined)?.kind === 'organization') continue;
    if (m.type === 'Person') {
      m.type = 'Organization';
      m.source = 'cue:capitalised';
    }
    m.tokenStart -= 1;
    m.start = n.start;
    m.text = doc.article.text.slice(m.start, m.end);
    m.normalized = m.text;
  }
}

function abbreviatedNames(out: Mention[], tokens: Token[], res: EntityResources): void {
  const named: Mention[] = [];
  let previous: Mention | undefined;
  // Abbreviations given in brackets after a name: later ones are that name's too.
  const own = new Set<string>();
  for (const m of out) {
    // ("von der Andermatt Swiss Alps AG (ASA)": an abbreviation in brackets right after a name is that name's own.)
    const bracketed = previous !== undefined && previous.tokenEnd === m.tokenStart - 1 && tokens[m.tokenStart - 1]?.text === '(' && tokens[m.tokenEnd]?.text === ')';
    previous = m;
    if (bracketed) own.add(m.normalized);
    if (m.gazetteerId === undefined && m.source === 'cue:capitalised' && /^\p{Lu}{2,6}$/u.test(m.normalized) && !own.has(m.normalized)) {
      const hits = new Set<string>();
      let hit: Mention | undefined;
      for (const n of named) {
        // (The small words a name's title may hold are no initials: "of", "and", "für".)
        const words = n.normalized.split(/\s+/).filter((w) => !res.cues.titleWords.has(w.toLowerCase()));
        const initials = words.map((w) => w.charAt(0)).join('');
        // ("Permanent TSB … PTSB": a word in capitals gives all its letters, as the text writes the name.)
        const spelled = n.text.split(/\s+/).filter((w) => !res.cues.titleWords.has(w.toLowerCase())).map((w) => (/^\p{Lu}{2,}$/u.test(w) ? w : w.charAt(0))).join('');
        if (initials === m.normalized || spelled === m.normalized) {
          hits.add(n.normalized);
          hit = n;
        }
      }
      if (hits.size === 1 && hit !== undefined) {
        m.normalized = hit.normalized;
        m.type = hit.type;
        m.source = hit.source;
      }
      continue;
    }
    if (m.type !== 'Person' && !PLACE_CLASSES.has(m.type) && m.tokenEnd - m.tokenStart >= 2) named.push(m);
  }
}

/**
 * "die bei der Staatsanwaltschaft angesiedelte Zentralstelle zur Bekämpfung der Internetkriminalität (ZIT)": an
 * abbreviation in brackets after a description that is no name takes the class of the description's noun, and in
 * German its gender ("Sie wirft X vor" then points to it).
 */
/** Whether the letters of an abbreviation occur in order in a word ("DSGVO" in "Datenschutz-Grundverordnung"). */
function spells(abbreviation: string, word: string): boolean {
  const w = word.toLowerCase();
  let at = 0;
  for (const ch of abbreviation.toLowerCase()) {
    at = w.indexOf(ch, at) + 1;
    if (at === 0) return false;
  }
  return true;
}

function describedAbbreviations(doc: Doc, out: Mention[], res: EntityResources): void {
  const tokens = doc.tokens;
  for (const m of out) {
    // ("die Fischereidirektion (Fiskeridirektoratet)": a name in the country's own language, one word, after its noun.)
    const native = /^\p{Lu}\p{Ll}{4,}$/u.test(m.text);
    if (m.source !== 'cue:capitalised' || m.type !== 'Organization' || m.tokenEnd - m.tokenStart !== 1 || !(native || /^\p{Lu}{2,6}$/u.test(m.text))) continue;
    if (tokens[m.tokenStart - 1]?.text !== '(' || tokens[m.tokenEnd]?.text !== ')') continue;
    // The description's article, within twelve words before the bracket.
    let det = -1;
    for (let k = m.tokenStart - 2; k >= Math.max(0, m.tokenStart - 14); k--) {
      const t = tokens[k]!;
      if (t.sentence !== m.sentence || t.kind !== 'word') break;
      // (Not the article of a prepositional phrase or of a genitive: "zur Bekämpfung der Internetkriminalität".)
      if (t.pos === 'DET' && (k === 0 || (tokens[k - 1]!.pos !== 'ADP' && tokens[k - 1]!.pos !== 'NOUN'))) {
        det = k;
        break;
      }
    }
    if (det < 0) continue;
    // (Its head noun stands outside any prepositional phrase: "die bei der Staatsanwaltschaft angesiedelte Zentralstelle".)
    let noun: Token | undefined;
    let inPhrase = false;
    for (let k = det + 1; k < m.tokenStart - 1; k++) {
      const t = tokens[k]!;
      if (t.pos === 'ADP') inPhrase = true;
      else if (t.pos === 'NOUN' || t.pos === 'PROPN') {
        // ("der Freiämter Regionalbahn (FRB)": a word of origin in -er before the noun is no head, whatever it splits into.)
        const origin = /^\p{Lu}\p{Ll}+er$/u.test(t.text) && k + 1 < m.tokenStart - 1 && (tokens[k + 1]!.pos === 'NOUN' || tokens[k + 1]!.pos === 'PROPN') && isCapitalised(tokens[k + 1]!.text);
        if (!inPhrase && !origin) {
          noun = t;
          break;
        }
        inPhrase = false;
      }
    }
    if (noun === undefined || out.some((o) => o.start <= noun.start && noun.start < o.end)) continue;
    // ("die Datenschutzaufsicht des Landes auf Grundlage der Datenschutz-Grundverordnung (DSGVO)": letters that spell
    // the noun right before the bracket, not the head noun, abbreviate that noun.)
    const last = tokens[m.tokenStart - 2]!;
    if (last !== noun && (native || (spells(m.text, last.text) && !spells(m.text, noun.text)))) continue;
    const cue = cueFor(res.cues, noun.lemma ?? noun.text, res.nounHead(noun.text));
    if (cue?.kind !== 'organization') continue;
    m.type = cue.cls;
    m.source = 'cue:abbreviated';
    if (res.lang === 'de' && noun.genders?.length === 1 && noun.genders[0] === 'F') m.gender = 'f';
  }
}

/**
 * "Kufstein/Rosenheim – … das Kufsteiner Unternehmen": a capitalised word in -er whose stem is a place the article
 * names (a town the gazetteer lacks, from the dateline or after "in") is that place's adjective of origin.
 * ("Die Gleisdorfer Baufirma X": so is one between an article and a noun that introduces an organisation or a
 * person, a town named by the word without "-er", when that ends as towns' names do.)
 */
function placesOfOrigin(doc: Doc, out: Mention[], res: EntityResources): void {
  if (res.lang !== 'de') return;
  const places = new Map<string, Mention>();
  // ("Kerns OW": by the town's name without the canton's code too.)
  for (const m of out) if (PLACE_CLASSES.has(m.type) && !m.normalized.includes(' ')) places.set(m.text, m).set(m.normalized, m);
  let words: Set<string> | undefined;
  for (const m of out) {
    if (m.source !== 'cue:capitalised' || m.tokenEnd - m.tokenStart !== 1 || !/^\p{Lu}\p{Ll}+er$/u.test(m.text)) continue;
    const stem = m.text.slice(0, -2);
    const place = places.get(stem);
    if (place === undefined) {
      const before = doc.tokens[m.tokenStart - 1];
      const noun = doc.tokens[m.tokenEnd];
      // (Only a stem with a town's ending: "Der Gruber Betrieb" is a family's.)
      if (before?.pos !== 'DET' || noun === undefined || noun.pos !== 'NOUN' || noun.sentence !== m.sentence || res.isFirstName(m.text) || !townEnding(m.text.slice(0, -2), res)) continue;
      const cue = cueFor(res.cues, noun.lemma ?? noun.text, res.nounHead(noun.text));
      if (cue === undefined || (cue.kind !== 'organization' && cue.kind !== 'person')) continue;
      m.type = 'City';
      // ("der Morlinger Verband" in a text that names Morlingen: a town in -en drops it before -er.)
      words ??= new Set(doc.tokens.map((t) => t.text));
      m.normalized = words.has(`${stem}en`) ? `${stem}en` : stem;
      m.source = 'cue:demonym';
      continue;
    }
    m.type = place.type === 'Place' ? 'City' : place.type;
    m.normalized = place.normalized;
    m.source = 'cue:demonym';
    if (place.gazetteerId !== undefined) m.gazetteerId = place.gazetteerId;
    if (place.wikidata !== undefined) m.wikidata = place.wikidata;
  }
}

/**
 * "Der Tobelrieder Gemeindepräsident Kurt X", "vom Reinhartsberger Bürgermeister Y": an unknown capitalised word in
 * -er right before an office held over a town (`placeOffices`, "Gemeindepräsident") is that town's word of origin,
 * when the text names the town as a word of its own ("die Ersparniskasse Tobelried") or its stem ends as towns' names do.
 */
function officeTowns(doc: Doc, out: Mention[], res: EntityResources): void {
  if (res.lang !== 'de') return;
  const tokens = doc.tokens;
  let covered: Set<number> | undefined;
  let words: Set<string> | undefined;
  const added: Mention[] = [];
  for (let i = 1; i + 1 < tokens.length; i++) {
    const t = tokens[i]!;
    const office = tokens[i + 1]!;
    if (t.kind !== 'word' || !/^\p{Lu}\p{Ll}{3,}er$/u.test(t.text) || office.sentence !== t.sentence || office.kind !== 'word') continue;
    const head = res.nounHead(office.text);
    const cls = res.cues.placeOffices.get(office.lemma ?? office.text) ?? res.cues.placeOffices.get(office.text) ?? (head === undefined ? undefined : res.cues.placeOffices.get(head));
    if (cls !== 'City' || res.isCommonNoun(t.text) || res.isFirstName(t.text) || res.lookup(t.text).length > 0) continue;
    covered ??= coveredTokens(out);
    if (covered.has(i)) continue;
    const stem = t.text.slice(0, -2);
    words ??= new Set(tokens.map((w) => w.text));
    const town = words.has(stem) ? stem : words.has(`${stem}en`) ? `${stem}en` : townEnding(stem, res) ? stem : undefined;
    if (town === undefined) continue;
    added.push(makeMention(doc, i, i + 1, town, 'City', 'cue:demonym', undefined));
  }
  mergeMentions(out, added);
}

const COORDINATORS = new Set(['und', 'oder', 'sowie', 'and', 'or', ',']);
const DEFINITE = new Set(['die', 'der', 'den', 'dem', 'the']);
const classGroup = (type: string): string => (PLACE_CLASSES.has(type) ? 'Place' : type);

/**
 * "Grüne und Linke", "Bochum und Essen": a weak alias (a word that is an everyday word too) names its entry when it
 * is coordinated with a name of the same class; a context alias also does after a definite article when the text
 * names its entry ("die Sozialdemokraten" in a text naming the SPÖ) or, for a word of one entry only, another entity
 * of its class ("mit der Union" in a text naming the SPD).
 */
function standingWeakAliases(doc: Doc, out: Mention[], res: EntityResources): Mention[] {
  const tokens = doc.tokens;
  const covered = new Map<number, Mention>();
  for (const m of out) for (let k = m.tokenStart; k < m.tokenEnd; k++) covered.set(k, m);
  // The entry itself (`self`) or another entry of its class named in the text, by a name or as the first part of a
  // compound ("SPD-Abgeordnete").
  const names = (e: KnownEntity, self: boolean): boolean => {
    const fits = (id: string, type: string): boolean => (self ? id === e.id : id !== e.id && type === e.type);
    return (
      out.some((m) => m.gazetteerId !== undefined && fits(m.gazetteerId, m.type)) ||
      tokens.some((t) => {
        const cut = t.text.indexOf('-');
        return cut >= 2 && /^\p{Lu}/u.test(t.text) && res.lookup(t.text.slice(0, cut)).some((o) => fits(o.id, o.type));
      })
    );
  };
  const added: Mention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (covered.has(i) || t.kind !== 'word' || !/^\p{Lu}\p{Ll}/u.test(t.text)) continue;
    if (doc.article.byline !== undefined && t.start >= doc.article.byline.start) continue;
    // (lookupWeak gives the strong entries first: only a word without them is a weak alias here.)
    const weak = res.lookupWeak(t.text);
    if (weak.length === 0 || res.lookup(t.text).length > 0) continue;
    const sameSentence = (k: number): boolean => tokens[k]?.sentence === t.sentence;
    const neighbour = (m: Mention | undefined): string | undefined => (m === undefined || m.gazetteerId === undefined ? undefined : classGroup(m.type));
    const joined = new Set<string>();
    if (sameSentence(i - 2) && COORDINATORS.has(tokens[i - 1]!.text.toLowerCase())) {
      const g = neighbour(covered.get(i - 2));
      if (g !== undefined) joined.add(g);
    }
    if (sameSentence(i + 2) && COORDINATORS.has(tokens[i + 1]!.text.toLowerCase()) && tokens[i + 1]!.text !== ',') {
      const g = neighbour(covered.get(i + 2));
      if (g !== undefined) joined.add(g);
    }
    let entry = weak.find((e) => joined.has(classGroup(e.type)));
    if (entry === undefined && sameSentence(i - 1) && DEFINITE.has(tokens[i - 1]!.text.toLowerCase())) {
      const context = res.lookupContext(t.text);
      const self = context.filter((e) => names(e, true));
      entry = self.length === 1 ? self[0] : context.length === 1 && names(context[0]!, false) ? context[0] : undefined;
    }
    // "Senatorin Eva Brock (Linke)": in brackets right after a person's name, the one party the word stands for.
    if (entry === undefined && sameSentence(i + 1) && tokens[i - 1]?.text === '(' && tokens[i + 1]!.text === ')' && covered.get(i - 2)?.type === 'Person') {
      // ("Hans-Peter Vogt (Mitte)": a word the list gives a party only as a weak alias, there too.)
      const parties = res.lookupContext(t.text).filter((e) => e.type === 'PoliticalParty');
      const weakParties = weak.filter((e) => e.type === 'PoliticalParty');
      if (parties.length === 1) entry = parties[0];
      else if (parties.length === 0 && weakParties.length === 1) entry = weakParties[0];
    }
    if (entry === undefined) continue;
    const m = makeMention(doc, i, i + 1, entry.label, entry.type, 'gazetteer', entry);
    added.push(m);
    covered.set(i, m);
  }
  if (added.length === 0) return out;
  return [...out, ...added].sort((a, b) => a.tokenStart - b.tokenStart);
}

/**
 * "Gegründet hatten Paydrift Abderhalden und …": an organisation named before, right before the surname of a person
 * named before, are two names side by side (a subject after its object), not one; the surname is left to the
 * references, which know it.
 */
function namesSideBySide(doc: Doc, out: Mention[]): void {
  const orgs = new Map<string, Mention>();
  const surnames = new Set<string>();
  for (let k = 0; k < out.length; k++) {
    const m = out[k]!;
    const words = m.tokenEnd - m.tokenStart;
    if (words === 2 && m.source === 'cue:capitalised' && m.type !== 'Person') {
      const first = orgs.get(doc.tokens[m.tokenStart]!.text);
      if (first !== undefined && surnames.has(doc.tokens[m.tokenStart + 1]!.text)) {
        out[k] = makeMention(doc, m.tokenStart, m.tokenStart + 1, first.normalized, first.type, 'repeat', undefined);
        continue;
      }
    }
    if (m.type === 'Person' && words >= 2) surnames.add(doc.tokens[m.tokenEnd - 1]!.text);
    else if (words === 1 && m.type !== 'Person' && !PLACE_CLASSES.has(m.type)) orgs.set(m.normalized, m);
  }
}

/** The last words of English local bodies named after two places. */
const LOCAL_BODIES = new Set(['Council', 'Authority', 'Commission', 'Board']);

/**
 * English "Argyll and Bute Council", "Dumfries and Galloway Council": a place (or a capitalised word), "and", and a name
 * of capitalised words that "Council" or the like closes are one body, named after both places.
 */
function placesJoinedInBodies(doc: Doc, out: Mention[], res: EntityResources): void {
  if (res.lang !== 'en') return;
  const tokens = doc.tokens;
  for (let k = out.length - 2; k >= 0; k--) {
    const a = out[k]!;
    const b = out[k + 1]!;
    const place = PLACE_CLASSES.has(a.type) || (a.source === 'cue:capitalised' && a.tokenEnd - a.tokenStart === 1);
    if (!place || tokens[a.tokenEnd]?.text !== 'and' || b.tokenStart !== a.tokenEnd + 1 || b.tokenEnd - b.tokenStart < 2) continue;
    if (b.type === 'Person' || PLACE_CLASSES.has(b.type) || !LOCAL_BODIES.has(tokens[b.tokenEnd - 1]!.text) || b.gazetteerId !== undefined) continue;
    out.splice(k, 2, makeMention(doc, a.tokenStart, b.tokenEnd, doc.article.text.slice(a.start, b.end), b.type, b.source, undefined));
  }
}

/** "Dario und Daniela Amodei", "Kevin and Laura Osei": a first name alone before a second full name shares its surname. */
function sharedSurnames(out: Mention[], tokens: Token[], res: EntityResources): void {
  for (let k = 0; k + 1 < out.length; k++) {
    const a = out[k]!;
    const b = out[k + 1]!;
    if ((a.type !== 'Person' && a.source !== 'cue:capitalised') || b.type !== 'Person' || a.tokenEnd - a.tokenStart !== 1 || b.tokenEnd - b.tokenStart < 2) continue;
    const between = tokens[a.tokenEnd];
    if (b.tokenStart !== a.tokenEnd + 1 || between === undefined || !/^(und|and|sowie)$/.test(between.text)) continue;
    if (!res.isFirstName(tokens[a.tokenStart]!.text) || !res.isFirstName(tokens[b.tokenStart]!.text)) continue;
    const surname = tokens[b.tokenEnd - 1]!.text;
    a.normalized = `${a.normalized} ${surname}`;
    a.type = 'Person';
    a.source = 'cue:first-name';
  }
}

/**
 * Dateline places the gazetteer does not know as places, by first token → end token:
 * each part between slashes ("Washington/Seattle –"), with infixes such as "am See".
 */
/** "GAINESVILLE, Ga. (AP)": a US state's short form after the dateline's town, as the state's gazetteer entry. */
function datelineState(doc: Doc, i: number, place: number, from: number, res: EntityResources): Mention | undefined {
  const tokens = doc.tokens;
  const state = res.lang === 'en' && place === i + 1 && i > from && tokens[i - 1]!.text === ',' ? res.cues.stateAbbreviations.get(tokens[i]!.text) : undefined;
  const entry = state === undefined ? undefined : res.lookup(state).find((e) => e.type === 'Region');
  return entry === undefined ? undefined : makeMention(doc, i, place, entry.label, entry.type, 'gazetteer', entry);
}

function datelinePlaces(doc: Doc, res: EntityResources): Map<number, number> {
  const out = new Map<number, number>();
  const span = doc.article.dateline;
  if (span === undefined) return out;
  const tokens = doc.tokens;
  const words = tokens.map((t) => t.text);
  let k = 0;
  while (k < tokens.length && tokens[k]!.end <= span.start) k++;
  while (k < tokens.length && tokens[k]!.start < span.end && !['(', '–', '—', '-'].includes(tokens[k]!.text)) {
    let end = k;
    while (end < tokens.length && tokens[end]!.start < span.end && tokens[end]!.kind === 'word') end++;
    // Datelines in capitals ("SAO PAULO") are read by the title-casing rule of the main loop.
    // ("LONDON, Feb 18 (Reuters)": the day after the places names none.)
    if (end > k && isCapitalised(tokens[k]!.text) && !/^\p{Lu}{2,}$/u.test(tokens[k]!.text) && !res.cues.neverNames.has(tokens[k]!.text)) {
      const known = res.matchAt(words, k);
      const isPlace = known !== undefined && known.length === end - k && known.entries.some((e) => PLACE_CLASSES.has(e.type));
      if (!isPlace) out.set(k, end);
    }
    k = Math.max(end, k + 1);
  }
  return out;
}

const OPEN_QUOTES = new Set(['„', '“', '"', '«', '»', '‚']);
const CLOSE_QUOTES = new Set(['“', '”', '"', '»', '«', '‘']);

/** The index of the closing quote when a short title in quotes starts at `open`, else undefined. */
function quotedTitle(tokens: Token[], open: number, to: number, res: EntityResources): number | undefined {
  const first = tokens[open + 1];
  let lowerInside = false;
  if (first === undefined || first.kind !== 'word' || !isCapitalised(first.text)) return undefined;
  for (let k = open + 1; k < to && k <= open + 6; k++) {
    const t = tokens[k]!;
    if (CLOSE_QUOTES.has(t.text)) {
      if (k === open + 1) return undefined;
      // One word in quotes is a name only if the lexicon does not know it ("Verschwörung" in scare quotes), or if it
      // ends in a word newspapers are named by (the „Volksstimme“, den „Lahn-Kurier“).
      // (Or after a noun for a product or a work: die Aufbausimulation „Kornmark“, der Titel „Sternpfad“; or for a
      // medium: seines Wochenmagazins „Südblick“.)
      if (k === open + 2 && first.pos !== 'PROPN' && !masthead(first.text, res) && !worksNoun(tokens[open - 1], res) && !mediumNoun(tokens[open - 1], res)) return undefined;
      // ("warf dem Vizebürgermeister „Freunderlwirtschaft in Reinkultur“ vor": words in lower case after a person's noun
      // are what is said of the person, no name.)
      if (lowerInside && personNounAt(tokens[open - 1], res)) return undefined;
      return k;
    }
    if (t.kind !== 'word' && t.kind !== 'number') return undefined;
    // („Unser Dorfladen eG“: a legal form in lower case closes a firm's name.)
    if (!isCapitalised(t.text) && !res.cues.titleWords.has(t.text) && t.kind !== 'number' && !(k > open + 1 && res.cues.legalForms.has(t.text))) return undefined;
    if (t.pos === 'VERB' || t.pos === 'AUX') return undefined;
    if (t.kind === 'word' && !isCapitalised(t.text)) lowerInside = true;
  }
  return undefined;
}

/** A noun for a person's role or trade ("Vizebürgermeister", "Sprecherin"). */
function personNounAt(t: Token | undefined, res: EntityResources): boolean {
  if (t === undefined || t.pos !== 'NOUN') return false;
  const lemma = t.lemma ?? t.text;
  return cueFor(res.cues, lemma, res.nounHead(lemma))?.kind === 'person' || res.personNoun(lemma);
}

/**
 * The index of the closing quote of a slogan that names a group right after its noun ("die Bürgerinitiative „Kreißsaal
 * bleibt“", "das Bündnis „Wir sind Wald“"): up to eight words of any kind, capitalised at first.
 */
function quotedSlogan(tokens: Token[], open: number, from: number, to: number, res: EntityResources): number | undefined {
  const noun = tokens[open - 1];
  if (noun === undefined || open - 1 < from || noun.kind !== 'word' || !isCapitalised(tokens[open + 1]?.text ?? '')) return undefined;
  const head = res.nounHead(noun.text);
  if (!res.cues.sloganNouns.has(noun.lemma ?? noun.text) && !(head !== undefined && res.cues.sloganNouns.has(head))) return undefined;
  for (let k = open + 2; k < to && k <= open + 9; k++) {
    const t = tokens[k]!;
    if (CLOSE_QUOTES.has(t.text)) return k;
    if (t.kind !== 'word' && t.kind !== 'number' && t.text !== '-') return undefined;
  }
  return undefined;
}

/** A noun that introduces the title of a product or a work: one of the product cues, or of `workNouns`, by its head too. */
function worksNoun(noun: Token | undefined, res: EntityResources): boolean {
  if (noun === undefined || noun.kind !== 'word' || noun.pos !== 'NOUN') return false;
  const lemma = noun.lemma ?? noun.text;
  const head = res.nounHead(noun.text);
  if (res.cues.workNouns.has(lemma) || (head !== undefined && res.cues.workNouns.has(head))) return true;
  // (Compounds the lexicon does not split: "Aufbausimulation".)
  for (const w of res.cues.workNouns) if (lemma.length > w.length + 2 && lemma.endsWith(w.toLowerCase())) return true;
  return cueFor(res.cues, lemma, head)?.kind === 'product';
}

/** A noun for a paper, a magazine or a broadcaster ("Wochenmagazins", "Zeitung"). */
function mediumNoun(noun: Token | undefined, res: EntityResources): boolean {
  if (noun === undefined || noun.kind !== 'word' || noun.pos !== 'NOUN') return false;
  const cue = cueFor(res.cues, noun.lemma ?? noun.text, res.nounHead(noun.text));
  return (cue?.kind === 'organization' && cue.cls === 'MediaOrganization') || masthead(noun.lemma ?? noun.text, res);
}

/** The first part of "Ostsee-Zeitung", "Weser-Kurier": a place, or a word that is neither an everyday noun nor a known firm. */
function mastheadPlace(word: string, res: EntityResources): boolean {
  const known = res.lookup(word);
  return known.length > 0 ? known.some((e) => PLACE_CLASSES.has(e.type)) : !res.isCommonNoun(word) && !res.isFirstName(word);
}

/** A word whose last part names newspapers: "Volksstimme", "Lahn-Kurier". */
function masthead(word: string, res: EntityResources): boolean {
  const last = word.slice(word.lastIndexOf('-') + 1);
  const head = res.nounHead(last) ?? last;
  return res.cues.mastheads.has(head) || res.cues.mastheads.has(last);
}

/** "Amazons" → "Amazon", "Trump's" → "Trump"; undefined when no genitive ending. */
/**
 * German "des „Rothaar-Boten“" after "der „Rothaar-Bote“": a name whose last part is a noun inflected (a weak noun's
 * -n, a dative -e) is the name in its base form when the article also names that.
 */
function inflectedTitles(out: Mention[], res: EntityResources): void {
  if (res.lang !== 'de') return;
  const seen = new Map<string, Mention>();
  for (const m of out) if (m.source === 'cue:capitalised' || m.source === 'cue:noun' || m.source === 'cue:legal-form') seen.set(m.normalized, m);
  for (const m of out) {
    if (m.source !== 'cue:capitalised' || !/(en|n)$/.test(m.normalized)) continue;
    const cut = Math.max(m.normalized.lastIndexOf('-'), m.normalized.lastIndexOf(' ')) + 1;
    const part = m.normalized.slice(cut);
    const lemma = res.nounLemma(part);
    if (lemma === undefined || lemma === part) continue;
    const base = seen.get(m.normalized.slice(0, cut) + lemma);
    if (base === undefined || base === m) continue;
    m.normalized = base.normalized;
    m.type = base.type;
  }
}

/**
 * "Harlow Ridge will pay …" after "Harlow Ridge Capital": a name of two or more words that is a firm's name without
 * its legal form is that firm, whatever first name opens it.
 */
/**
 * "das Paul Scherrer Institut", "the Bill & Melinda Gates Foundation": a person's name right before a noun of an
 * institution named after people (data/lexicon/<lang>/cues.yaml, `namedAfterPersons`) is the institution's name.
 */
function institutionsAfterPersons(doc: Doc, out: Mention[], res: EntityResources): void {
  if (res.cues.namedAfterPersons.size === 0) return;
  for (let k = 0; k < out.length; k++) {
    const m = out[k]!;
    const noun = doc.tokens[m.tokenEnd];
    if (m.type !== 'Person' || m.source !== 'cue:first-name' || noun === undefined || noun.sentence !== m.sentence || !res.cues.namedAfterPersons.has(noun.text)) continue;
    if (out[k + 1] !== undefined && out[k + 1]!.tokenStart <= m.tokenEnd) continue;
    const text = doc.article.text.slice(m.start, noun.end);
    out[k] = makeMention(doc, m.tokenStart, m.tokenEnd + 1, text, 'Organization', 'cue:noun', undefined);
  }
}

function shortFirmNames(doc: Doc, out: Mention[], res: EntityResources): void {
  const firms = new Map<string, Mention>();
  for (const m of out) {
    if (m.source !== 'cue:legal-form' || m.type === 'Person') continue;
    const words = m.normalized.split(' ');
    while (words.length > 2 && res.cues.legalForms.has(words[words.length - 1]!)) words.pop();
    if (words.length >= 2 && words.length < m.normalized.split(' ').length) firms.set(words.join(' '), m);
  }
  if (firms.size === 0) return;
  for (const m of out) {
    if (m.source !== 'cue:first-name' && m.source !== 'cue:capitalised') continue;
    const firm = firms.get(m.normalized);
    if (firm === undefined) continue;
    m.normalized = firm.normalized;
    m.type = firm.type;
    m.source = 'cue:capitalised';
  }
  // "die Hochmais Bergbahnen AG … der Hochmais Bergbahnen": the short form read as words the dictionary knows, or as
  // two names, is the firm too.
  const tokens = doc.tokens;
  const byFirst = new Map<string, string[][]>();
  for (const short of firms.keys()) {
    const words = short.split(' ');
    byFirst.set(words[0]!, [...(byFirst.get(words[0]!) ?? []), words]);
  }
  const added: Mention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const candidates = byFirst.get(tokens[i]!.text);
    if (candidates === undefined) continue;
    for (const words of candidates) {
      const end = i + words.length;
      if (end > tokens.length || !words.every((w, k) => tokens[i + k]!.text === w && tokens[i + k]!.sentence === tokens[i]!.sentence)) continue;
      // (Not the full name itself, nor a name going on after the short form.)
      const firm = firms.get(words.join(' '))!;
      if (out.some((m) => m.tokenStart < end && m.tokenEnd > i && (m.tokenStart < i || m.tokenEnd > end || m.source === 'gazetteer' || m === firm))) continue;
      if (out.some((m) => m.tokenStart === i && m.tokenEnd === end)) continue;
      for (let k = out.length - 1; k >= 0; k--) if (out[k]!.tokenStart >= i && out[k]!.tokenEnd <= end) out.splice(k, 1);
      added.push(makeMention(doc, i, end, firm.normalized, firm.type, 'cue:capitalised', undefined));
      i = end - 1;
      break;
    }
  }
  mergeMentions(out, added);
}

export function genitiveBase(word: string): string | undefined {
  // Every ending the pattern knows ends in "s" or "'": most words are decided without it.
  if (!word.endsWith('s') && !word.endsWith("'")) return undefined;
  const m = /^(.{2,}?)(?:'s|’s|'|s)$/u.exec(word);
  return m?.[1];
}

/**
 * The end of an institution's name when `i` follows a noun of an institution named by its place
 * ("Volksbank", "Sparkasse", "Universität"): an unknown capitalised word, maybe hyphenated, or "am"/"an der"
 * and one ("Volksbank am Haarstrang").
 */
/** Where a club's name that opens with a prefix at i ends ("FC Bayern München", "Schalke 04"), if it has words. */
function clubEnd(tokens: Token[], i: number, to: number, res: EntityResources): number | undefined {
  let end = i + 1;
  while (end < to && end < i + 5) {
    const t = tokens[end]!;
    // ("Bayern" is a plural noun to the tagger, a region to the gazetteer.)
    const place = res.lookup(t.text).some((e) => PLACE_CLASSES.has(e.type));
    const word = t.kind === 'word' && isCapitalised(t.text) && (place || ((t.pos === 'PROPN' || !res.isCommonNoun(t.text)) && cueFor(res.cues, t.lemma ?? t.text, res.nounHead(t.text)) === undefined));
    // ("1. FC Union Berlin", "FC Energie Cottbus": the word right after the prefix may be any noun.)
    const first = end === i + 1 && t.kind === 'word' && isCapitalised(t.text) && (t.pos === 'NOUN' || t.pos === 'PROPN') && !/^\p{Lu}+$/u.test(t.text);
    // ("FC St. Almbruck", "FC St. Gallen": any capitalised word after "St." is a saint's place, even one that is a noun too.)
    const saint = tokens[end - 1]!.text === 'St.' && t.kind === 'word' && isCapitalised(t.text);
    if (!word && !first && !saint && !(end > i + 1 && /^\d{2}$/.test(t.text)) && t.text !== 'St.') break;
    end++;
  }
  return end > i + 1 ? end : undefined;
}

/**
 * A noun of an institution named by its place: a listed one ("Sparkasse", "Stadtwerke": the plural the list names has
 * a singular lemma), or one on a prefix of a town or region before an organisation's noun ("Stadtholding",
 * "Kreissparkasse", "Landesholding").
 */
function placeNamedNoun(noun: Token, res: EntityResources): boolean {
  if (res.cues.placeNamed.has(noun.text)) return true;
  // ("eines der größten Universitätsklinika Europas": a plural names no one institution.)
  if (noun.plural === true) return false;
  if (res.cues.placeNamed.has(noun.lemma ?? noun.text)) return true;
  if (noun.kind !== 'word' || noun.text.includes('-')) return false;
  // ("des Stadtmuseums Almbruck": by the lemma, over a genitive ending.)
  const word = noun.lemma !== undefined && noun.text.startsWith(noun.lemma) ? noun.lemma : noun.text;
  for (const prefix of res.cues.placeNamedPrefixes) {
    if (word.length < prefix.length + 4 || !word.startsWith(prefix)) continue;
    const rest = word.charAt(prefix.length).toUpperCase() + word.slice(prefix.length + 1);
    if (res.cues.placeNamed.has(rest)) return true;
    const cue = cueFor(res.cues, rest, undefined);
    if (cue?.kind === 'organization' && !PLACE_CLASSES.has(cue.cls)) return true;
  }
  return false;
}

/**
 * The town an institution named by its seat lies in: "das Landgericht Kesselfurt" (a court or a prosecutor), and
 * a town's own institution named by one word, "das Stadttheater Aarlingen", "die Gemeindewerke Tannried".
 */
function seatOf(doc: Doc, noun: Token, i: number, institution: number, res: EntityResources): Mention | undefined {
  const tokens = doc.tokens;
  const word = noun.lemma ?? noun.text;
  const town = institution === i + 2 && /^(Stadt|Gemeinde)\p{Ll}{4,}/u.test(word) && !noun.text.includes('-');
  if (!town && !seatNamedNoun(noun, res)) return undefined;
  let s = i + 1;
  while (s < institution - 1 && !isCapitalised(tokens[s]!.text)) s++;
  return makeMention(doc, s, institution, doc.article.text.slice(tokens[s]!.start, tokens[institution - 1]!.end), 'City', 'cue:seat', undefined);
}

/** A noun of an institution named by its seat: a listed one ("Staatsanwaltschaft"), or a court's compound on "-gericht". */
function seatNamedNoun(noun: Token, res: EntityResources): boolean {
  const word = noun.lemma ?? noun.text;
  if (res.cues.seatNamed.has(word) || res.cues.seatNamed.has(noun.text)) return true;
  return noun.kind === 'word' && !noun.text.includes('-') && /\p{Ll}gericht$/u.test(word) && cueFor(res.cues, word, res.nounHead(noun.text))?.cls === 'Court';
}

/**
 * The end of an institution's name made of its noun before `i` and a place the gazetteer lacks ("die Volksbank
 * Lenne-Hönnetal", "das Landgericht Kesselfurt"). `named` tells a name the article gave something else before.
 */
function placeNamedAt(tokens: Token[], i: number, to: number, from: number, res: EntityResources, named: (word: string) => boolean): number | undefined {
  const noun = tokens[i - 1];
  if (noun === undefined || i - 1 < from || noun.kind !== 'word') return undefined;
  const listed = placeNamedNoun(noun, res);
  if (!listed && !seatNamedNoun(noun, res)) return undefined;
  let k = i;
  if (tokens[k]?.text === 'am' || (tokens[k]?.text === 'an' && tokens[k + 1]?.text === 'der')) k += tokens[k]!.text === 'am' ? 1 : 2;
  const word = tokens[k];
  if (word === undefined || k >= to || word.kind !== 'word' || !isCapitalised(word.text) || res.lookup(word.text).length > 0) return undefined;
  // ("das erste Konzerthaus Deutschlands": a known place in the genitive ranks the institution, it does not name it.)
  // (The line above already found no entry under the word itself.)
  if (word.text.endsWith('s') && res.lookup(word.text.slice(0, -1)).some((e) => PLACE_CLASSES.has(e.type))) return undefined;
  // ("die Staatsanwaltschaft Essen", "das Landgericht Zug": a town whose name is an everyday word, right after the noun
  // of an institution named by its seat and closing the phrase.)
  // ("die Raiffeisenbank Oberes Kochertal", "die Volksbank Mittleres Erzgebirge": a capitalised adjective and a region.)
  const region = tokens[k + 1];
  if (listed && k === i && /^\p{Lu}\p{Ll}+(e|es|er|en)$/u.test(word.text) && res.adjectiveLemma(word.text) !== undefined && region !== undefined && k + 1 < to && region.kind === 'word' && /^\p{Lu}\p{Ll}{2,}$/u.test(region.text) && (region.pos === 'NOUN' || region.pos === 'PROPN') && !res.isCommonNoun(region.text)) return k + 2;
  if (res.isCommonNoun(word.text)) return k === i && !isCapitalised(tokens[k + 1]?.text ?? '') && seatNamedNoun(noun, res) && (res.lookupTownWord(word.text) ?? res.lookupBlockedPlace(word.text)) !== undefined ? k + 1 : undefined;
  // "beim Kartellgericht Geldbußen beantragen", "hatte das Arbeitsgericht Rollbote untersagt", "das Verwaltungsgericht
  // TAR": after a court's or an authority's noun, an inflected dictionary noun, a name given to something else
  // before and a short form are its objects or its own name, no seat.
  if (!listed && (word.common === true || word.plural === true || ALL_CAPS.test(word.text) || named(word.text) || (word.lemma !== undefined && word.lemma !== word.text && res.isCommonNoun(word.lemma)))) return undefined;
  if (word.pos === 'VERB' || word.pos === 'DET' || word.pos === 'ADP') return undefined;
  // "die Universität St. Gallen", "die Fachhochschule Bad Ischl": a place whose name has a first word.
  const rest = tokens[k + 1];
  // (A place the gazetteer knows so is the gazetteer's: "die Stadtpolizei St. Gallen" lies in it.)
  if (res.cues.placePrefixes.has(word.text) && rest !== undefined && k + 1 < to && rest.kind === 'word' && isCapitalised(rest.text)) return res.lookup(`${word.text} ${rest.text}`).length > 0 ? undefined : k + 2;
  // "die Sparkasse Dasseler Land": a town's adjective and a region's noun.
  if (word.text.endsWith('er') && rest !== undefined && k + 1 < to && res.cues.regionNouns.has(rest.text)) return k + 2;
  return k + 1;
}

/** The end of an institution's name with the legal form right after it, if any ("die Stadtwerke Kesselbrück GmbH"). */
function withLegalForm(tokens: Token[], end: number | undefined, to: number, res: EntityResources): number | undefined {
  return end !== undefined && end < to && res.cues.legalForms.has(tokens[end]!.text) ? end + 1 : end;
}

/**
 * English "the Los Gatos, California-based company", "Frisco, Texas": a name typed only by its capital letter, before
 * a comma and a state or country, is a town there. "a Te Puke-based seller", "Palmerston North-based": one right
 * before a capitalised word on "-based" is the first part of the town's name, a compound on that head.
 */
function townsByWhatFollows(doc: Doc, out: Mention[], res: EntityResources): void {
  if (res.lang !== 'en') return;
  const tokens = doc.tokens;
  for (let k = 0; k < out.length; k++) {
    let m = out[k]!;
    const next = tokens[m.tokenEnd];
    // ("Napa Valley-based": a listed name of one word, a place's or a firm's read in another word's case, opens a
    // longer place's name before "-based"; the word in the hyphenated token is no place of its own.)
    if (m.source === 'gazetteer' && m.tokenEnd === m.tokenStart + 1 && m.type !== 'Person' && (PLACE_CLASSES.has(m.type) || m.text !== m.text.toUpperCase()) && basedAfter(m, next)) {
      const place = next!.text.slice(0, next!.text.lastIndexOf('-'));
      const entry = res.lookup(`${m.text} ${place}`).find((e) => PLACE_CLASSES.has(e.type));
      if (entry === undefined && PLACE_CLASSES.has(m.type)) continue;
      if (out[k + 1]?.tokenStart === m.tokenEnd) out.splice(k + 1, 1);
      if (entry !== undefined) {
        const whole = makeMention(doc, m.tokenStart, m.tokenEnd + 1, entry.label, entry.type, 'compound', entry);
        whole.end = next!.start + place.length;
        whole.text = doc.article.text.slice(whole.start, whole.end);
        whole.compoundHead = next!.text.slice(place.length + 1);
        out[k] = whole;
        continue;
      }
      m = makeMention(doc, m.tokenStart, m.tokenEnd, m.text, 'Organization', 'cue:capitalised', undefined);
      out[k] = m;
    }
    if (m.source !== 'cue:capitalised' || m.type !== 'Organization') continue;
    if (next === undefined || next.sentence !== m.sentence) continue;
    if (next.start === m.end + 1 && /^\p{Lu}\p{Ll}+-(based|headquartered)$/u.test(next.text)) {
      const place = next.text.slice(0, next.text.lastIndexOf('-'));
      m.tokenEnd++;
      m.end = next.start + place.length;
      m.text = doc.article.text.slice(m.start, m.end);
      m.normalized = `${m.normalized} ${place}`;
      m.type = 'City';
      m.source = 'compound';
      m.compoundHead = next.text.slice(place.length + 1);
      continue;
    }
    if (next.text !== ',') continue;
    const after = tokens[m.tokenEnd + 1];
    if (after === undefined || after.sentence !== m.sentence) continue;
    const word = after.text.replace(/-(based|headquartered)$/, '');
    if (res.lookup(word).some((e) => e.type === 'Region' || e.type === 'Country')) m.type = 'City';
  }
}

/** Whether `next` is "X-based" or "X-headquartered" right after mention `m` in its sentence. */
function basedAfter(m: Mention, next: Token | undefined): boolean {
  return next !== undefined && next.sentence === m.sentence && next.start === m.end + 1 && /^\p{Lu}\p{Ll}+-(based|headquartered)$/u.test(next.text);
}

/** A known name of two words whose second is the first part of the hyphenated token after `i` ("San Francisco-based"). */
function compoundTail(tokens: Token[], i: number, to: number, res: EntityResources): ((doc: Doc) => Mention) | undefined {
  const first = tokens[i]!;
  const next = tokens[i + 1];
  if (next === undefined || i + 1 >= to || first.kind !== 'word' || next.kind !== 'word' || !isCapitalised(first.text) || !next.text.includes('-')) return undefined;
  const cut = next.text.lastIndexOf('-');
  const modifier = next.text.slice(0, cut);
  const head = next.text.slice(cut + 1);
  if (modifier.length < 2 || head.length < 2 || !isCapitalised(modifier)) return undefined;
  const entry = res.lookup(`${first.text} ${modifier}`)[0];
  if (entry === undefined) return undefined;
  return (doc) => {
    const m = makeMention(doc, i, i + 2, entry.label, entry.type, 'compound', entry);
    m.end = next.start + modifier.length;
    m.text = doc.article.text.slice(first.start, m.end);
    m.compoundHead = res.nounLemma(head) ?? head;
    return m;
  };
}

/** A compound whose head is a legal form ("Mediengruppe", "Beteiligungsholding"), not the form itself. */
function formCompound(token: Token, res: EntityResources): boolean {
  if (token.kind !== 'word' || token.text.includes('-') || res.cues.legalForms.has(token.text)) return false;
  const head = res.nounHead(token.text);
  if (head !== undefined && head !== token.text && res.cues.legalForms.has(head.charAt(0).toUpperCase() + head.slice(1))) return true;
  // "Medizinsysteme": the written ending when the head's lemma is no form ("System") but its plural is ("Systeme").
  return formEnding(token.text, res);
}

const formEndingMemo = new WeakMap<EntityResources, BoundedMap<string, boolean>>();

function formEnding(word: string, res: EntityResources): boolean {
  let memo = formEndingMemo.get(res);
  if (memo === undefined) {
    memo = new BoundedMap<string, boolean>();
    formEndingMemo.set(res, memo);
  }
  const hit = memo.get(word);
  if (hit !== undefined) return hit;
  const lower = word.toLowerCase();
  const found = longForms(res).some((form) => lower.length > form.length + 2 && lower.endsWith(form));
  memo.set(word, found);
  return found;
}

const longFormMemo = new WeakMap<EntityResources, string[]>();

/** The German legal forms of five or more letters, in lower case ("systeme", "technik"). */
function longForms(res: EntityResources): string[] {
  let forms = longFormMemo.get(res);
  if (forms === undefined) {
    forms = res.lang === 'de' ? [...res.cues.legalForms].filter((f) => f.length >= 5 && /^\p{Lu}\p{Ll}+$/u.test(f)).map((f) => f.toLowerCase()) : [];
    longFormMemo.set(res, forms);
  }
  return forms;
}

/** Extend a name over following capitalised words ("Menlo Park", "Call of Duty"). */
/** The end of the name that starts at `start`; `person` when a cue before it says it names a person. */
/**
 * "zum Anbieter DDoS-Guard", "der Hersteller Rolls-Royce": after a cue noun, a word of capitalised parts whose last part
 * is no German noun is a name, not a compound ("die Plattform Twitter-Alternative" would end in a noun).
 */
/** "die Tochter T-Systems", "der Anbieter E-Plus": one capital letter, a hyphen and a capitalised word (not "E-Mail"). */
const LETTER_HYPHEN_NAME = /^\p{Lu}-\p{Lu}\p{L}+$/u;
/** Words before a bare noun after which an everyday noun is an object, no name ("als Rüstungsbetrieb", "per Messengerdienst"). */
const BARE_NOUN_BEFORE = new Set(['als', 'per', 'via']);

/**
 * "Rieslinge und Grüne Veltliner", "Grüne Politiker": a German capitalised adjective's form (a known name of one word),
 * with no article or capitalised word before it, right before a capitalised noun of the same sentence, is that noun's
 * adjective ("die Grünen" and "Grüne Jugend" stay names).
 */
function adjectiveBeforeNoun(tokens: Token[], i: number, to: number, res: EntityResources): boolean {
  if (res.lang !== 'de' || isCapitalised(tokens[i - 1]?.text ?? '') || tokens[i - 1]?.pos === 'DET') return false;
  const next = tokens[i + 1];
  return (
    next !== undefined && i + 1 < to && next.kind === 'word' && (next.pos === 'NOUN' || next.pos === 'PROPN') && /^\p{Lu}\p{Ll}/u.test(next.text) &&
    !res.cues.legalForms.has(next.text) && /^\p{Lu}\p{Ll}+e[nrsm]?$/u.test(tokens[i]!.text) && res.adjectiveLemma(tokens[i]!.text) !== undefined
  );
}

/**
 * The gazetteer's longest name at token `i`, which it matches without regard to case. A word after the first in small
 * letters that no label or alias of the entries has in small letters ("the U.S. steel industry", "At home the group
 * competes") ends the name before it: the longest name of the words before, if any ("U.S."). Joining words and
 * names spelled in small letters stay ("Burton upon Trent", "Millennium bcp").
 */
function caseMatch(res: EntityResources, words: string[], tokens: Token[], i: number, from: number): { entries: KnownEntity[]; length: number } | undefined {
  const match = res.matchAt(words, i - from);
  if (match === undefined || match.length === 1) return match;
  for (let k = i + 1; k < i + match.length; k++) {
    const w = tokens[k]!.text;
    if (!/^\p{Ll}+$/u.test(w) || res.cues.titleWords.has(w) || res.cues.nameInfixes.has(w)) continue;
    const spelled = new RegExp(`(^|[\\s-])${w}($|[\\s-])`, 'u');
    if (match.entries.some((e) => spelled.test(e.label) || e.aliases.some((a) => spelled.test(a)))) continue;
    return res.matchAt(words.slice(0, k - from), i - from);
  }
  return match;
}

/** A known name at `i` that the words around it show to be something else. */
function notTheName(tokens: Token[], i: number, to: number, match: { length: number; entries: KnownEntity[] }, res: EntityResources, cue?: { cls: string; role?: string }): boolean {
  if (beforeFirmTail(tokens, i + match.length, res) || placeBeforeAmpersand(tokens, i, match, res)) return true;
  if (match.length !== 1) return false;
  // "der konservativen Volkspartei PP": a known name that is also a German noun, right before an acronym, only says
  // what the acronym names.
  const token = tokens[i]!;
  const next = tokens[i + 1];
  // "Allergan-Chef Brent Saunders": after a person's role, a town's name before a surname nobody lists is a first name.
  if (cue?.cls === 'Person' && cue.role !== undefined && next !== undefined && i + 1 < to && next.kind === 'word' && /^\p{Lu}\p{Ll}+$/u.test(next.text) && next.pos === 'PROPN' &&
    match.entries.every((e) => PLACE_CLASSES.has(e.type)) && res.lookup(next.text).length === 0 && !res.isCommonNoun(next.text)) return true;
  if (res.lang === 'de' && (res.isCommonNoun(token.text) || endsInCueNoun(token.text, res)) && next !== undefined && i + 1 < to && !res.cues.legalForms.has(next.text) && /^\p{Lu}{2,6}$/u.test(next.text) && !match.entries.some((e) => e.label === next.text)) return true;
  return adjectiveBeforeNoun(tokens, i, to, res) || placeAsFirstName(tokens, i, to, match, res);
}

/**
 * "Douglas Smith said", "Chief executive Douglas MacIsaac": a place's name that is also a first name, right before a
 * capitalised word that nothing lists (no place, no dictionary noun, no legal form), is a first name; not after a
 * preposition of place or an article ("in Douglas", "the Jordan Valley").
 */
function placeAsFirstName(tokens: Token[], i: number, to: number, match: { length: number; entries: KnownEntity[] }, res: EntityResources): boolean {
  const next = tokens[i + 1];
  const before = tokens[i - 1];
  if (next === undefined || i + 1 >= to || next.kind !== 'word' || next.sentence !== tokens[i]!.sentence || !/^(Mac|Mc|O')?\p{Lu}\p{Ll}+(\p{Lu}\p{Ll}+)?$/u.test(next.text)) return false;
  if (before !== undefined && before.sentence === next.sentence && (before.pos === 'DET' || before.pos === 'ADP' || res.cues.placePrepositions.has(before.text.toLowerCase()))) return false;
  return (
    res.isFirstName(tokens[i]!.text) && match.entries.every((e) => PLACE_CLASSES.has(e.type)) && res.lookup(next.text).length === 0 && !res.isCommonNoun(next.text) &&
    !res.cues.placeHeads.has(next.text) && !res.cues.legalForms.has(next.text) && !res.isFirstName(next.text) &&
    // (Nor a title or a cue's noun: "Florida Governor Ron X".)
    !res.cues.titles.has(next.text) && cueFor(res.cues, next.text, undefined) === undefined && cueFor(res.cues, next.text.toLowerCase(), undefined) === undefined && !(/er$/.test(next.text) && inhabitantOf(next.text, res))
  );
}

/** "der Handelskonzern Korbach & Lenz": a place's name before "&" and a capitalised word is a firm's first name (not before another place: "Hamburg & Berlin"). */
function placeBeforeAmpersand(tokens: Token[], i: number, match: { length: number; entries: KnownEntity[] }, res: EntityResources): boolean {
  const after = tokens[i + match.length + 1]?.text ?? '';
  return tokens[i + match.length]?.text === '&' && /^\p{Lu}\p{Ll}+$/u.test(after) && match.entries.every((e) => PLACE_CLASSES.has(e.type)) && !res.lookup(after).some((e) => PLACE_CLASSES.has(e.type));
}

/** A word before a legal form may have a hyphen only as capitalised parts joined before a bare form ("die Elbtal-Kalk GmbH"). */
/**
 * "die Hug-Bachmann Backwaren GmbH", "die Bachmann Backwaren GmbH": a plural noun of the trade right before a legal
 * form, after a word that the dictionary does not know as a whole (a surname, a double name), is a word of the firm's
 * name.
 */
function pluralAfterName(tokens: Token[], i: number, from: number, res: EntityResources): boolean {
  const name = tokens[i - 2];
  // ("die Herrenhäuser Versicherung": a plural in -er right after an article and before a legal form in the singular
  // is the name's word of origin, not the head of the phrase.)
  const plural = tokens[i - 1]!;
  if (name?.pos === 'DET' && i - 2 >= from && /^\p{Lu}\p{Ll}+er$/u.test(plural.text) && tokens[i]!.plural !== true && tokens[i]!.maybePlural !== true && !res.cues.placeAdjectives.has(plural.text)) return true;
  return (
    name !== undefined && i - 2 >= from && /^\p{Lu}\p{Ll}+(-\p{Lu}\p{Ll}+)?$/u.test(name.text) && (name.pos === 'NOUN' || name.pos === 'PROPN') && !res.isCommonNoun(name.text) &&
    !res.cues.neverNames.has(name.text) && !(/er$/.test(name.text) && inhabitantPlace(name.text, res) !== undefined) && cueFor(res.cues, name.lemma ?? name.text, undefined) === undefined
  );
}

/** "Peter Hacker (SPÖ)": one first name, then a noun before a bracket, a comma or the sentence's end (its surname). */
function surnameNoun(tokens: Token[], start: number, end: number, to: number, res: EntityResources): boolean {
  const after = tokens[end + 1];
  return res.lang === 'de' && end === start + 1 && res.isFirstName(tokens[start]!.text) && (end + 1 >= to || after === undefined || after.text === '(' || after.text === ',');
}

/**
 * "die Universität zu Köln", "der Handelskammer zu Hamburg": a listed noun names an institution by the known place at
 * `i` after "zu" too. The noun alone, taken as a mention of its own before, gives way to the whole name (popped from
 * `out`).
 */
function zuInstitution(doc: Doc, i: number, from: number, length: number, entry: KnownEntity, out: Mention[], res: EntityResources): Mention | undefined {
  const tokens = doc.tokens;
  const noun = res.lang === 'de' && tokens[i - 1]?.text === 'zu' && i - 2 >= from ? tokens[i - 2] : undefined;
  if (noun === undefined || noun.kind !== 'word' || !placeNamedNoun(noun, res) || !PLACE_CLASSES.has(entry.type) || placeGenitive(tokens[i]!, res)) return undefined;
  const lastEnd = out[out.length - 1]?.tokenEnd ?? -1;
  if (lastEnd > i - 2 && lastEnd !== i - 1) return undefined;
  if (lastEnd === i - 1) out.pop();
  const end = i + length;
  const m = makeMention(doc, i - 2, end, doc.article.text.slice(noun.start, tokens[end - 1]!.end), cueFor(res.cues, noun.lemma ?? noun.text, res.nounHead(noun.text))?.cls ?? 'Organization', 'cue:noun', undefined);
  m.modifierMention = makeMention(doc, i, end, entry.label, entry.type, 'gazetteer', entry);
  return m;
}

/**
 * "der Kabelhersteller Rheintal Kabelwerke": a known place's name at `i` right before a plural compound on "-werke"
 * names a firm (works in a place would be "die Kabelwerke im Rheintal").
 */
function worksFirm(doc: Doc, i: number, to: number, from: number, length: number, entry: KnownEntity, out: Mention[], cue: Parameters<typeof typeName>[3], res: EntityResources): Mention | undefined {
  const works = doc.tokens[i + length];
  if (res.lang !== 'de' || !PLACE_CLASSES.has(entry.type) || works === undefined || i + length >= to || works.kind !== 'word' || !/^\p{Lu}\p{Ll}+werke$/u.test(works.text)) return undefined;
  if ((out[out.length - 1]?.tokenEnd ?? -1) > i) return undefined;
  return placeFirm(doc, i, i + length + 1, from, out, cue, res);
}

/**
 * "Der chinesische Industriekonzern Ningbo Taihong Group": a name that starts with a known place at `i` and ends in a
 * legal form is typed like any name with a legal form. ("die Voltkern Sachsen GmbH": a word that may open a firm's
 * name, after an article or adjective, opens it.)
 */
function placeFirm(doc: Doc, i: number, end: number, from: number, out: Mention[], cue: Parameters<typeof typeName>[3], res: EntityResources): Mention {
  const tokens = doc.tokens;
  const before = tokens[i - 1];
  const det = tokens[i - 2];
  const opens =
    res.lang === 'de' && i - 2 >= from && before !== undefined && det !== undefined && before.pos === 'NOUN' && (out[out.length - 1]?.tokenEnd ?? -1) < i &&
    (det.pos === 'DET' || det.pos === 'ADJ') && nameWordBefore(before, res) && !res.isCommonNoun(before.text) &&
    // (A place's name only: "den Lokalrivalen Thyssenkrupp Marine Systems" is the rival.)
    res.lookup(tokens[i]!.text).some((e) => PLACE_CLASSES.has(e.type));
  const open = opens ? i - 1 : i;
  return makeMention(doc, open, end, doc.article.text.slice(tokens[open]!.start, tokens[end - 1]!.end), typeName(tokens, i, end, cue, res).cls, 'cue:legal-form', undefined);
}

/**
 * "die Holzlandmilch eG": a legal form in small letters right after a capitalised noun, which it makes a firm's name
 * (not after a word of origin: "Die neue Allgäuer Milchunion eG" is read whole below, see demonymFirms).
 */
function lowerFormAfterNoun(tokens: Token[], i: number, res: EntityResources): boolean {
  const before = tokens[i - 1];
  if (tokens[i]!.pos !== 'NOUN' || res.lang !== 'de' || !res.cues.bareForms.has(tokens[i]!.text) || before === undefined || before.pos !== 'NOUN' || before.sentence !== tokens[i]!.sentence || !isCapitalised(before.text)) return false;
  const origin = tokens[i - 2]?.text ?? '';
  return !(/^\p{Lu}\p{Ll}+er$/u.test(origin) && inhabitantPlace(origin, res) !== undefined);
}

/** A noun before a legal form, or a name of capitalised parts joined by a hyphen ("die Molkerei Brell-Sempt eG"). */
function nounBeforeForm(word: Token): boolean {
  return word.pos === 'NOUN' || (word.pos === 'PROPN' && /^(\p{Lu}\p{Ll}+|\p{Lu}{2,5})(-\p{Lu}\p{Ll}+)+$/u.test(word.text));
}

function hyphenedBeforeForm(word: Token, form: Token, res: EntityResources): boolean {
  // ("die ÖBB-Postbus GmbH": the first part may be an acronym.)
  return !word.text.includes('-') || (res.cues.bareForms.has(form.text) && /^(\p{Lu}\p{Ll}+|\p{Lu}{2,5})-\p{Lu}\p{Ll}+$/u.test(word.text));
}

function hyphenName(word: string, res: EntityResources, place = false): boolean {
  const parts = word.split('-');
  const last = parts[parts.length - 1]!;
  // A place may open with a first name ("Saint-Mandé", "Sankt-Peter"); a firm's name not with two ("Hans-Peter" is a
  // person; "Isen-Sempt", named by two rivers, is a firm's name though "Isen" is a first name too).
  return parts.length === 2 && parts.every((p) => /^\p{Lu}/u.test(p) && p.length >= 2) && !res.isCommonNoun(last) && cueFor(res.cues, last, undefined) === undefined && (place || !res.isFirstName(parts[0]!) || !res.isFirstName(last));
}

/** Person particles that are also articles ("der", "den"): particles only after "von"/"van". */
const ARTICLE_PARTICLES = new Set(['der', 'den']);

/** Lower-case words inside Romance firm names: "Cementeria del Gottardo SA", "Banco de Sabadell SA". */
const ROMANCE_PARTICLES = new Set(['del', 'della', 'delle', 'dei', 'di', 'de', 'du', 'des', 'da', 'do', 'dos', 'das']);
/** Articles that open Romance place names ("Le Grand-Saconnex", "La Chaux-de-Fonds"). */
const ROMANCE_ARTICLES = new Set(['Le', 'La', 'Les', 'Il', 'Lo', 'El', 'Los', 'Las']);

/** Genitives of irregular plurals that stay inside a name ("the Women's Super League"). */
const IRREGULAR_PLURAL_GENITIVE = /^(Women|Men|Children|People)['’]s$/u;

/**
 * "Torquil Macrae-Innes": a capitalised word that no dictionary, noun table or gazetteer knows (not "Zeche",
 * "Kirchenkreises"), before a double surname no part of which is a known word, name or cue.
 */
function givenAndDoubleSurname(given: Token, surname: Token, res: EntityResources): boolean {
  if (!/^\p{Lu}\p{Ll}+-\p{Lu}\p{Ll}+$/u.test(surname.text) || !/^\p{Lu}\p{Ll}+$/u.test(given.text)) return false;
  const german = res.lang === 'de' && (res.isSpelled(given.text) || res.nounLemma(given.text) !== undefined || res.nounHead(given.text) !== undefined);
  if (german || res.isCommonNoun(given.text) || res.lookup(given.text).length > 0) return false;
  return surname.text.split('-').every((p) => !res.isCommonNoun(p) && res.lookup(p).length === 0 && cueFor(res.cues, p, undefined) === undefined);
}

function grow(tokens: Token[], start: number, to: number, res: EntityResources, person = false): number {
  let end = start + 1;
  // (A court's name that goes on after "for the" may be longer.)
  let limit = 6;
  while (end < to && end - start < limit) {
    const next = tokens[end]!;
    const prev = tokens[end - 1]!;
    // ("Albis Capital": no genitive before a legal form.)
    if (/s$/.test(prev.text) && res.lang !== 'en' && !res.isFirstName(prev.text) && res.lookup(prev.text.slice(0, -1)).length > 0 && !res.cues.legalForms.has(next.text)) break;
    // "Walt Disney Co's Disney+": an English genitive ends the owner's name; the next name is another.
    // ("the Women's Super League", "the People's Bank of China": an irregular plural's genitive is inside the name.)
    if (/['’]s$/.test(prev.text) && !IRREGULAR_PLURAL_GENITIVE.test(prev.text)) break;
    // "Britain's Musicians' Union", "the Writers' Guild": a plural's apostrophe inside the name of an association
    // (not "Epic Games' Fortnite": only before a noun for an organisation or a legal form, "Supporters' Trust").
    const assocNoun = tokens[end + 1];
    if (
      res.lang === 'en' && /^['’]$/.test(next.text) && /s$/.test(prev.text) && next.start === prev.end && assocNoun !== undefined && end + 1 < to &&
      isCapitalised(assocNoun.text) && (cueFor(res.cues, assocNoun.text.toLowerCase(), undefined)?.kind === 'organization' || res.cues.legalForms.has(assocNoun.text))
    ) {
      end += 2;
      continue;
    }
    // "die Nord Stream 2 AG", "Helix 7 GmbH": a number inside a firm's name, right before its legal form.
    if (next.kind === 'number' && /^\d{1,3}$/.test(next.text) && end + 1 < to && res.cues.legalForms.has(tokens[end + 1]!.text) && tokens[end + 1]!.text !== 'Co') {
      end += 2;
      continue;
    }
    // "Coopérative Sève d'Or", "Val d'Isère": an elided Romance particle joined to a capitalised word goes on the name.
    if (/^[dl]['’]\p{Lu}\p{Ll}+$/u.test(next.text) && next.start === prev.end + 1) {
      end++;
      continue;
    }
    // "die Cementeria del Gottardo SA", "Banca di Credito AG": a Romance particle inside a firm's name that ends
    // in a legal form a few capitalised words later.
    if (ROMANCE_PARTICLES.has(next.text) && end + 1 < to && isCapitalised(tokens[end + 1]!.text)) {
      const run = capitalRunEnd(tokens, end + 1, to);
      if (run - end <= 4 && res.cues.bareForms.has(tokens[run - 1]!.text)) {
        end = run;
        limit = Math.max(limit, end - start);
        continue;
      }
    }
    // "Milchwerk Illertal eG", "Bauernstrom eGen": a legal form written with a small letter closes the name too.
    if (!person && next.kind === 'word' && /^\p{Ll}/u.test(next.text) && res.cues.bareForms.has(next.text) && !res.isFirstName(tokens[start]!.text)) {
      end += 1;
      break;
    }
    // A hyphenated surname after a first name: "Pamela Rendi-Wagner".
    // "den Rechtsanwalt Frank Oberländer": a person's cue makes the second word a surname too.
    const personName = res.isFirstName(tokens[start]!.text) || (person && end === start + 1);
    // After a first name even a word that is never a name alone is a surname: "Lea Sommer".
    const surname = personName && end === start + 1 && !/^\d/.test(next.text);
    // ("VR Bank Bayreuth-Hof": places joined by a hyphen go on a name that a legal form would close.)
    const places =
      /^\p{Lu}\p{Ll}+-\p{Lu}\p{Ll}+$/u.test(next.text) && end - start >= 2 && res.cues.legalForms.has(prev.text) && res.lookup(next.text.slice(0, next.text.indexOf('-'))).some((e) => PLACE_CLASSES.has(e.type));
    // ("in Le Grand-Saconnex": a French or Italian article opens a place's name that goes on with the word after it.)
    const article = end === start + 1 && ROMANCE_ARTICLES.has(prev.text);
    // ("replacing Torquil Macrae-Innes": a double surname after a given name that no list holds.)
    const doubleSurname = end === start + 1 && givenAndDoubleSurname(prev, next, res);
    if (next.kind === 'word' && isCapitalised(next.text) && (!next.text.includes('-') || personName || places || article || doubleSurname) && (!res.cues.neverNames.has(next.text) || surname)) {
      if (next.pos === 'DET' || next.pos === 'PRON' || next.pos === 'ADP' || next.pos === 'VERB' || next.pos === 'AUX') break;
      // "des Rohstoffhändlers Calventa Trading AG Anklage erhoben": a legal form closes the name before a common noun.
      if (res.cues.bareForms.has(prev.text) && end - start >= 2 && !res.cues.legalForms.has(next.text) && res.isCommonNoun(next.text)) break;
      // "Florida Governor Ron DeSantis", "Meta Chief Executive Mark Zuckerberg": a title before a person's name ends
      // the name before it.
      if (res.lang === 'en' && res.cues.titles.has(next.text) && !res.cues.legalForms.has(tokens[capitalRunEnd(tokens, end, to) - 1]?.text ?? '')) {
        let k = end;
        // ("Zorvex Vice Chairman and CEO Henri Tallard": titles joined by "and".)
        while (k < to && (isTitle(tokens[k], res) || ((tokens[k]!.text === 'and' || tokens[k]!.text === '&') && isTitle(tokens[k + 1], res)))) k++;
        if (k < to && res.isFirstName(tokens[k]!.text)) break;
      }
      // "Ennstaler Versicherung AG": an organisation noun right before a legal form is part of the name.
      const beforeForm = tokens[end + 1] !== undefined && end + 1 < to && res.cues.legalForms.has(tokens[end + 1]!.text) && tokens[end + 1]!.text !== 'Gruppe';
      // After a cue for a person the word in the surname's place is the surname ("Rechtsanwalt Frank Oberländer").
      // ("die Grünen haben Katrin Oberländer gewählt": so is, after a first name, a word the spelling dictionary does not
      // know whole, though a compound splits it into a cue's head, "Ober-länder".)
      const cuedSurname = (person && surname) || (surname && !res.isSpelled(next.text) && !res.isCommonNoun(next.text) && /^\p{Lu}\p{Ll}+$/u.test(next.text));
      // "der Donautaler Privatbank": a compound on a legal form after a word in -er that names no known place.
      const originForm = res.lang === 'de' && end === start + 1 && /^\p{Lu}\p{Ll}+er$/u.test(prev.text) && formCompound(next, res) && !inhabitantOf(prev.text, res) && !res.cues.placeAdjectives.has(prev.text) && !res.isCommonNoun(prev.text);
      // (English capitalises the noun that closes an organisation's name: "Celsius Network", "Cartoon Network".)
      const closingNoun = res.lang === 'en' && end > start && /^\p{Lu}\p{Ll}+$/u.test(next.text) && cueFor(res.cues, next.text.toLowerCase(), undefined)?.kind === 'organization' && !isCapitalised(tokens[end + 1]?.text ?? '') && tokens[end - 1]?.pos === 'PROPN';
      if (cueFor(res.cues, next.lemma ?? next.text, res.nounHead(next.text)) !== undefined && !res.cues.legalForms.has(next.text) && !beforeForm && !cuedSurname && !originForm && !places && !closingNoun) break;
      // "die Hollfelder Steuerberaterin Claudia Ringler": a noun for a person's trade before a first name ends the name
      // before it.
      // ("den Ufhuser Milchbauern Anton X": a compound on a noun for a person too.)
      if (res.lang === 'de' && next.pos === 'NOUN' && end + 1 < to && res.isFirstName(tokens[end + 1]!.text) && res.isCommonNoun(next.text) && personWord(next, res)) break;
      // "legt die WKStA Beitrag zur Untreue zur Last": a dictionary noun after an abbreviation starts a new phrase.
      if (end === start + 1 && /^\p{Lu}[\p{Lu}\p{Ll}]*\p{Lu}[\p{L}]*$/u.test(prev.text) && (prev.text.match(/\p{Lu}/gu)?.length ?? 0) >= 2 && next.pos === 'NOUN' && res.isCommonNoun(next.text) && !res.cues.legalForms.has(next.text)) break;
      // "Größter Rivale ist …": relational and group nouns end a name.
      // "Alder Creek Partners": not when the word ends firms' names.
      // ("Gesundheitsstadtrat Peter Hacker (SPÖ)": a first name's surname may be such a noun, before a bracket or a comma.)
      if ((res.cues.appositionNouns.has(next.lemma ?? next.text) || res.cues.groupNouns.has(next.text)) && !res.cues.legalForms.has(next.text) && !surnameNoun(tokens, start, end, to, res)) break;
      // "wirft Pakito Preisabsprachen vor": a plural noun after a plain name starts the next phrase
      // (after a word of origin it may belong to the name: "Trauntaler Gusswerke").
      // "die Somaris Patente lizenziert hat": a form that may be plural counts too.
      // ("Saalecom Medizinsysteme": a compound on a legal form stays in the name.)
      // ("Gruber & Ebner Angebote … abgestimmt": not after a name joined by "&", which is a surname.)
      if (next.pos === 'NOUN' && (next.plural === true || next.maybePlural === true) && !personName && !(/er$/.test(prev.text) && tokens[end - 2]?.text !== '&') && !res.cues.legalForms.has(next.text) && !formCompound(next, res)) break;
      // "wirft dem Finanzvorstand Tobias Weyland Geldwäsche vor": a German first name and surname are the whole name
      // before a dictionary noun (a middle name is a first name: "Hans Peter Koch").
      // ("die Sutter Immobilien AG": not before a legal form, "Tanner" being a first name too.)
      if (res.lang === 'de' && end - start === 2 && res.isFirstName(tokens[start]!.text) && !res.isFirstName(prev.text) && next.pos === 'NOUN' && (res.isCommonNoun(next.text) || res.nounHead(next.text) !== undefined) && !res.isFirstName(next.text) && !res.cues.legalForms.has(next.text)) break;
      end++;
      continue;
    }
    const after = tokens[end + 1];
    // English "Court of Appeals for the District of Columbia Circuit", "District Court for the Northern District of
    // California": a court's name goes on after "for the".
    if (
      res.lang === 'en' && next.text === 'for' && after?.text === 'the' && end + 2 < to && isCapitalised(tokens[end + 2]?.text ?? '') &&
      res.cues.courtNameEnds.has(prev.text)
    ) {
      end += 3;
      limit = 12;
      continue;
    }
    // English "Food and Drug Administration", "Securities and Exchange Commission": "and" inside a name that a
    // legal form closes within three more words (not after a known name: "Apple and Samsung Electronics").
    // (An authority's noun only: "Bell and Rogers Communications", "Index and Thrive Capital" are two firms.)
    if (
      res.lang === 'en' && next.text === 'and' && after !== undefined && end + 1 < to && isCapitalised(after.text) && !res.isFirstName(tokens[start]!.text) &&
      res.lookup(tokens.slice(start, end).map((t) => t.text).join(' ')).length === 0 && !res.lookup(tokens[start]!.text).some((e) => PLACE_CLASSES.has(e.type))
    ) {
      // ("Office" only as written: "the office" is most often a building.)
      const authority = (w: string): boolean => res.cues.legalForms.has(w) && [w.toLowerCase(), w].some((v) => { const c = cueFor(res.cues, v, undefined); return c?.kind === 'organization' && c.cls === 'GovernmentAgency'; });
      // ("Securities and Investments Commission": past a firm's word to the authority's noun.)
      let k = end + 1;
      while (k < to && k < end + 4 && isCapitalised(tokens[k]!.text) && !authority(tokens[k]!.text)) k++;
      if (k < to && k < end + 4 && authority(tokens[k]!.text)) {
        end = k + 1;
        continue;
      }
    }
    // "Raj Patel and Mia Chen" are two people: no infix before a first name.
    // "Judge Marshall Ferguson of King County": no "of" inside a person's name.
    const infix =
      (res.cues.nameInfixes.has(next.text) && !personName && !(after !== undefined && res.isFirstName(after.text) && personName)) ||
      // "the Texas Commission on Environmental Quality": "on" after the noun of a body.
      (next.text === 'on' && res.cues.onBodies.has(prev.text)) ||
      // "Kessler Raabe & Partner": a firm's tail after an ampersand, even after what looks like a person's name.
      (next.text === '&' && after !== undefined && res.cues.firmTails.has(after.text)) ||
      // ("Kessler & Roth": a single word that the lists also know as a first name, before "&" and no first name.)
      // ("Gruner + Jahr", "Kuehne + Nagel": a plus between spaces joins such a name too.)
      ((next.text === '&' || next.text === '+') && after !== undefined && !res.isFirstName(after.text) && (end === start + 1 || isCapitalised(tokens[end + 2]?.text ?? ''))) ||
      // ("sagte VKI-Juristin Petra Leitgeb der APA": an article is a particle only after "von" or "van": "von der Leyen".)
      (res.cues.personParticles.has(next.text) && res.isFirstName(tokens[start]!.text) && !(ARTICLE_PARTICLES.has(next.text) && !['von', 'van', 'Von', 'Van'].includes(prev.text))) ||
      // English "Jorien van Dalsum", "Ammar al-Khudairy": a first name the lists lack before a surname particle
      // (not the articles among the particles: "der", "den", "la", "le").
      (end === start + 1 && res.cues.surnameParticles.has(next.text) && unknownWord(tokens[start]!.text, res));
    // "Jan van der Berg", "der Fahrradhersteller Van der Kolk": two particles, or a capitalised one opening the name and
    // an article, before a capitalised word (which may be a dictionary noun: "Kolk").
    const particles = doubleParticle(tokens, start, end, to, res);
    if (particles > 0) {
      end += particles;
      continue;
    }
    if (
      // "Marquard & Bahls": an ampersand joins a name too.
      (next.kind === 'word' || next.text === '&' || next.text === '+') &&
      infix &&
      after !== undefined &&
      end + 1 < to &&
      after.kind === 'word' &&
      isCapitalised(after.text) &&
      after.pos !== 'DET' &&
      // ("Dellmoor Lumber for C$145 million": no letters of a currency.)
      !currencyLetters(tokens, end + 1) &&
      // "Donie O'Sullivan of CNN": "of" before a known organisation says whom someone works for; it joins no name
      // ("Bank of America", "University of Texas" join a place).
      !(next.text === 'of' && res.lookup(after.text).length > 0 && res.lookup(after.text).every((e) => !PLACE_CLASSES.has(e.type))) &&
      // ("Keystone Hearth Baking Co of Lancaster": "of" after a legal form gives the firm's town; the name has ended.)
      !(next.text === 'of' && res.cues.bareForms.has(prev.text)) &&
      // "wählten Felix Banaszak zu Vorsitzenden": a particle before a role or dictionary noun joins no name.
      // ("Beatrix von Storch": right after a lone first name, a dictionary noun in the singular is the surname.)
      !(
        res.cues.personParticles.has(next.text) && after.pos === 'NOUN' &&
        ((res.isCommonNoun(after.text) && !(end === start + 1 && res.isFirstName(tokens[start]!.text) && after.plural !== true && after.maybePlural !== true)) ||
          cueFor(res.cues, after.lemma ?? after.text, res.nounHead(after.text)) !== undefined)
      )
    ) {
      end += 2;
      continue;
    }
    break;
  }
  return end;
}

/** A capitalised word that no list knows: no first name, no dictionary word, no gazetteer entry. */
function unknownWord(text: string, res: EntityResources): boolean {
  return /^\p{Lu}\p{Ll}+$/u.test(text) && !res.isCommonNoun(text) && res.lookup(text).length === 0;
}

/** Surname particles that an article follows ("van der", "von den", "de la"), and those articles. */
const FIRST_PARTICLES = new Set(['van', 'von', 'de']);
const ARTICLE_AFTER_PARTICLE = new Set(['der', 'den', 'dem', 'de', 'la', 'le']);

/**
 * How many words after the name `start`..`end` a double particle and the surname add: "Jan van der Berg" (3 after a
 * first name), "Van der Kolk" (2 after a capitalised particle that opens the name); else 0.
 */
function doubleParticle(tokens: Token[], start: number, end: number, to: number, res: EntityResources): number {
  const next = tokens[end];
  if (next === undefined || end + 1 >= to) return 0;
  const opening = end === start + 1 && FIRST_PARTICLES.has(tokens[start]!.text.toLowerCase()) && /^\p{Lu}/u.test(tokens[start]!.text);
  // (After a lone first name only: "Georg Willi von den Grünen" names the party after the surname.)
  // ("Marjolein van der Burgt": or before "van" a word the lists lack, that no dictionary or gazetteer knows either;
  // "Paramount von der Familienholding" is a firm and where it comes from.)
  const first = !opening && end === start + 1 && FIRST_PARTICLES.has(next.text) && (res.isFirstName(tokens[start]!.text) || (next.text === 'van' && unknownWord(tokens[start]!.text, res)));
  if (!opening && !first) return 0;
  const article = first ? tokens[end + 1]! : next;
  const name = tokens[first ? end + 2 : end + 1];
  const last = first ? end + 2 : end + 1;
  if (!ARTICLE_AFTER_PARTICLE.has(article.text) || name === undefined || last >= to || name.sentence !== next.sentence || !/^\p{Lu}\p{Ll}+$/u.test(name.text)) return 0;
  // ("Anna von der Zürcher Kantonalbank": no word of origin.)
  if (/er$/.test(name.text) && inhabitantOf(name.text, res)) return 0;
  return last + 1 - end;
}

/** Words that close a product model's name: "iPhone 15 Pro", "Galaxy S24 Ultra", "Apple Watch SE". */
const MODEL_SUFFIXES = new Set(['Plus', 'Pro', 'Max', 'Mini', 'mini', 'Ultra', 'SE', 'Air', 'Lite', 'Neo', 'Edge', 'FE', 'XL', 'XS', 'XR']);
/** A model number: "6", "6s", "15", "S24", "A350", "X5". */
const MODEL_NUMBER = /^(?:\p{Lu}{0,2}\d{1,4}\p{Ll}?|\d{1,4}\p{Lu}{0,2})$/u;

/**
 * A model number after a name at `at`: one with letters ("6s", "S24"), or a bare number after a product's name
 * ("iPhone 7") that no noun or unit follows ("Taivon 70 Prozent", "Alvor 40 Millionen Euro" are amounts), never a year.
 */
function modelNumber(tokens: Token[], at: number, product: boolean): boolean {
  const t = tokens[at];
  if (t === undefined || t.kind === 'punct' || !MODEL_NUMBER.test(t.text) || !/\d/.test(t.text) || /^(1[89]|20)\d\d$/.test(t.text) || t.start !== tokens[at - 1]!.end + 1) return false;
  if (/\p{L}/u.test(t.text)) return true;
  const next = tokens[at + 1];
  if (next !== undefined && MODEL_SUFFIXES.has(next.text)) return true;
  return product && (next === undefined || next.sentence !== t.sentence || next.kind === 'punct' || (next.pos !== 'NOUN' && next.pos !== 'NUM' && next.pos !== 'PROPN' && next.pos !== 'ADJ'));
}

/**
 * "the iPhone 6s and iPhone 6 Plus", "Apple Watch Series 9", "Galaxy S24 Ultra": a product line's name and a model
 * number (with "Series" before it or a word such as "Pro" after it) name a model, a product of its own; a name
 * holding a model number is never a person's.
 */
function productModels(doc: Doc, out: Mention[]): void {
  const tokens = doc.tokens;
  for (let k = 0; k < out.length; k++) {
    const m = out[k]!;
    const own = tokens.slice(m.tokenStart, m.tokenEnd);
    // "Galaxy S24 Ultra" read as a person's name by its first word, or as a firm's by its capitals: a model code after
    // the first word, at the end or before a model's word ("G2 Esports" opens with its code and stays a firm).
    const code = own.findIndex((t, n) => n > 0 && /\d/.test(t.text) && MODEL_NUMBER.test(t.text));
    const modelName = code > 0 && (code === own.length - 1 || MODEL_SUFFIXES.has(own[own.length - 1]!.text));
    if ((m.type === 'Person' || (m.type === 'Organization' && m.source === 'cue:capitalised')) && m.gazetteerId === undefined && modelName) {
      m.type = 'Product';
      m.source = 'cue:model';
      continue;
    }
    const productLine = (m.type === 'Product' || (m.source === 'cue:capitalised' && m.type === 'Organization')) && !/\d/.test(m.text);
    if (!productLine) continue;
    let end = m.tokenEnd;
    if (tokens[end]?.text === 'Series' && tokens[end + 1] !== undefined && /^\d{1,2}$/.test(tokens[end + 1]!.text)) end += 2;
    else if (modelNumber(tokens, end, m.type === 'Product')) end += 1;
    else if (m.type === 'Product' && tokens[end] !== undefined && MODEL_SUFFIXES.has(tokens[end]!.text) && tokens[end]!.start === tokens[end - 1]!.end + 1) end += 1;
    else continue;
    if (end > m.tokenEnd + 1 || /\d/.test(tokens[end - 1]!.text)) while (end < tokens.length && MODEL_SUFFIXES.has(tokens[end]!.text) && tokens[end]!.sentence === m.sentence) end++;
    if (tokens[end - 1]!.sentence !== m.sentence) continue;
    // Mentions inside the model's name give way ("Plus", "Ultra" read as names).
    while (out[k + 1] !== undefined && out[k + 1]!.tokenStart < end) {
      if (out[k + 1]!.tokenEnd > end) break;
      out.splice(k + 1, 1);
    }
    if (out[k + 1] !== undefined && out[k + 1]!.tokenStart < end) continue;
    extendAsName(doc, m, end, 'Product', 'cue:model');
  }
}

/**
 * "Häuser in Gerlos, Zell am See und Krimml": the words listed after a place that a preposition of place
 * opens are places too (towns, unless a cue or the gazetteer says otherwise), also where no cue found them as names.
 */
function placeLists(doc: Doc, out: Mention[], res: EntityResources): void {
  const tokens = doc.tokens;
  const starts = new Map(out.map((m) => [m.tokenStart, m]));
  const added: Mention[] = [];
  for (const m of out) {
    if (!PLACE_CLASSES.has(m.type) || !res.cues.placePrepositions.has(tokens[m.tokenStart - 1]?.text.toLowerCase() ?? '')) continue;
    // The members after it, retyped or new, applied only when a coordinator closes the list ("A, B und C").
    const retype: Mention[] = [];
    const fresh: Mention[] = [];
    let closed = false;
    let j = m.tokenEnd;
    while (!closed && tokens[j]?.sentence === m.sentence && (tokens[j]!.text === ',' || COORDINATORS.has(tokens[j]!.text))) {
      closed = tokens[j]!.text !== ',';
      const s = j + 1;
      const t = tokens[s];
      if (t === undefined || t.sentence !== m.sentence || t.kind !== 'word' || !/^\p{Lu}\p{Ll}/u.test(t.text)) break;
      const n = starts.get(s);
      if (n !== undefined) {
        if (n.source === 'cue:capitalised' && n.type === 'Organization' && n.gazetteerId === undefined && n.tokenEnd - n.tokenStart === 1) retype.push(n);
        else if (!PLACE_CLASSES.has(n.type)) break;
        j = n.tokenEnd;
        continue;
      }
      // ("mit Sitz in Bratislava, Firmengründer X": a noun, a compound or a cue word is no town.)
      if (res.isCommonNoun(t.text) || cueFor(res.cues, t.lemma ?? t.text, res.nounHead(t.text)) !== undefined || res.lookup(t.text).length > 0 || res.isFirstName(t.text) || t.pos === 'VERB' || t.pos === 'ADJ') break;
      // ("Zell am See": a town by its lake.)
      const end = tokens[s + 1]?.text === 'am' && tokens[s + 2]?.text === 'See' ? s + 3 : s + 1;
      if (isCapitalised(tokens[end]?.text ?? '') && tokens[end]!.sentence === m.sentence) break;
      fresh.push(makeMention(doc, s, end, doc.article.text.slice(t.start, tokens[end - 1]!.end), 'City', 'cue:place-list', undefined));
      j = end;
    }
    if (!closed || j === m.tokenEnd) continue;
    for (const n of retype) {
      n.type = 'City';
      n.source = 'cue:place-list';
    }
    added.push(...fresh);
  }
  if (added.length === 0) return;
  out.push(...added);
  out.sort((a, b) => a.tokenStart - b.tokenStart);
}

/**
 * English "in Hoboken, New Jersey", "the Hoboken, New Jersey-based lender": a name only its capital letter made, right
 * before a comma and a state or country the gazetteer knows, is a town of it (not before its genitive: "Acme,
 * Texas's largest grocer").
 */
function townsBeforeStates(doc: Doc, out: Mention[], res: EntityResources): void {
  if (doc.article.lang !== 'en') return;
  const tokens = doc.tokens;
  const starts = new Map(out.map((m) => [m.tokenStart, m]));
  for (const m of out) {
    if ((m.source !== 'cue:capitalised' && m.source !== 'cue:preposition') || m.gazetteerId !== undefined || m.type === 'Person' || PLACE_CLASSES.has(m.type)) continue;
    if (tokens[m.tokenEnd]?.text !== ',') continue;
    const state = starts.get(m.tokenEnd + 1);
    if (state === undefined || state.sentence !== m.sentence || state.gazetteerId === undefined || (state.type !== 'Region' && state.type !== 'Country')) continue;
    if (/['’]s?$/u.test(state.text) || /['’]/u.test(tokens[state.tokenEnd]?.text ?? '')) continue;
    m.type = 'City';
    m.source = 'cue:place-list';
  }
  // "in Tacoma, Washington", "a Redmond, Washington-based firm": after a town and a comma, a name that is a town and a
  // state is the state.
  for (let k = 1; k < out.length; k++) {
    const m = out[k]!;
    const town = out[k - 1]!;
    if (m.gazetteerId === undefined || m.type !== 'City' || town.tokenEnd + 1 !== m.tokenStart || tokens[town.tokenEnd]?.text !== ',' || town.sentence !== m.sentence || !PLACE_CLASSES.has(town.type)) continue;
    const state = res.lookup(tokens[m.tokenStart]!.text.replace(/-(based|headquartered)$/u, '')).find((e) => e.type === 'Region');
    if (state !== undefined) Object.assign(m, makeMention(doc, m.tokenStart, m.tokenEnd, state.label, state.type, m.source, state));
  }
}

/** "Dortmund Airport": a town's name and a town's institution; the town's name alone ("from Dortmund") is the town. */
function townNamed(m: Mention, tokens: Token[], res: EntityResources): boolean {
  return m.tokenEnd - m.tokenStart === 2 && res.cues.townInstitutions.has(tokens[m.tokenEnd - 1]!.text) && res.lookup(tokens[m.tokenStart]!.text).some((e) => PLACE_CLASSES.has(e.type));
}

/**
 * "the spirits start-up Keir & Mowbray": a firm's name and an unknown name after an ampersand are one firm's name
 * (two names the gazetteer knows stay apart: "Apple & Google").
 */
function ampersandFirms(doc: Doc, out: Mention[]): void {
  const tokens = doc.tokens;
  for (let k = 0; k + 1 < out.length; k++) {
    const a = out[k]!;
    const b = out[k + 1]!;
    // ("Kohler & Berthoud": a one-word name the gazetteer knows for another firm, before "&" and an unknown name.)
    if (a.type === 'Person' || PLACE_CLASSES.has(a.type) || (a.gazetteerId !== undefined && a.tokenEnd - a.tokenStart > 1) || tokens[a.tokenEnd]?.text !== '&') continue;
    if (b.tokenStart !== a.tokenEnd + 1 || b.sentence !== a.sentence || b.gazetteerId !== undefined || b.source !== 'cue:capitalised' || b.tokenEnd - b.tokenStart !== 1) continue;
    extendAsName(doc, a, b.tokenEnd, a.type, a.source);
    out.splice(k + 1, 1);
  }
  truncatedCompoundFirms(doc, out);
}

/**
 * German "der Gruber Hoch- und Tiefbau GmbH", "die Maier Sanitär- und Heizungstechnik GmbH": a firm's name found from
 * its legal form or its noun opens with a word cut before "und" (and, for a legal form, maybe the family name before
 * it); the name takes them in, and a mention of the family name alone goes.
 */
function truncatedCompoundFirms(doc: Doc, out: Mention[]): void {
  if (doc.article.lang !== 'de') return;
  const tokens = doc.tokens;
  for (let k = 0; k < out.length; k++) {
    const m = out[k]!;
    const s = m.tokenStart;
    // ("der Blinden- und Sehbehindertenverband X", "das Arbeits- und Sozialgericht Linz": a name after its noun too.)
    if ((m.source !== 'cue:legal-form' && m.source !== 'cue:noun') || m.type === 'Person' || PLACE_CLASSES.has(m.type) || m.gazetteerId !== undefined || s < 2 || tokens[s - 1]!.text !== 'und') continue;
    const cut = tokens[s - 2]!;
    if (!/^\p{Lu}\p{Ll}+-$/u.test(cut.text) || cut.sentence !== m.sentence) continue;
    let start = s - 2;
    const before = k > 0 ? out[k - 1]! : undefined;
    // (The family name before it: a single capitalised word that was read as a name of its own.)
    const family = m.source === 'cue:legal-form' && before !== undefined && before.tokenEnd === start && before.tokenEnd - before.tokenStart === 1 && !PLACE_CLASSES.has(before.type) && before.gazetteerId === undefined ? before : undefined;
    if (family !== undefined) start = family.tokenStart;
    m.tokenStart = start;
    m.start = tokens[start]!.start;
    m.text = doc.article.text.slice(m.start, m.end);
    m.normalized = m.text;
    if (family !== undefined) {
      out.splice(k - 1, 1);
      k--;
    }
  }
}

/** English nouns for posts held at an organisation ("a partner at X", "an engineer at Y"). */
const STAFF_AT = new Set(['partner', 'executive', 'manager', 'engineer', 'director', 'analyst', 'researcher', 'scientist', 'employee', 'staffer', 'lawyer', 'economist', 'strategist', 'trader', 'banker', 'officer', 'worked', 'works', 'working']);

/** "die Mühle Zara & Söhne": a known name ending at `end` before "&" and a firm's tail is only the first word of another firm's. */
function beforeFirmTail(tokens: Token[], end: number, res: EntityResources): boolean {
  return tokens[end]?.text === '&' && res.cues.firmTails.has(tokens[end + 1]?.text ?? '') && !res.cues.legalForms.has(tokens[end - 1]!.text);
}

/**
 * "des New Yorker Unternehmens", "des früheren New Yorker Bürgermeisters X": a name of several words ending in -er (its
 * last word given without the ending) before a noun for an organisation or a person's office is the place it names.
 */
function originBeforeNoun(noun: Token, words: string[], res: EntityResources): KnownEntity | undefined {
  if (noun.pos !== 'NOUN') return undefined;
  const kind = cueFor(res.cues, noun.lemma ?? noun.text, res.nounHead(noun.text))?.kind;
  return kind === 'organization' || kind === 'person' ? res.lookup(words.join(' ')).find((e) => PLACE_CLASSES.has(e.type)) : undefined;
}

/** Words that open a German genitive before a name ("des westlichen Niedersachsens"). */
const GENITIVE_OPENERS = new Set(['des', 'eines']);

/**
 * The known entries a word read as the genitive of their name may be, by where it stands: "Beim Versicherer Albis
 * sind …" and "Albis teilte mit" hold no genitive of "Albi". A German genitive of a name stands before its noun
 * ("Amazons Cloud-Tochter"), after a genitive article ("des westlichen Niedersachsens"), after a noun that introduces
 * no name ("die Hauptstadt Österreichs"), or, a place's, after any noun ("des größten Autobauers Europas").
 */
function genitiveHits(tokens: Token[], lowers: string[], i: number, from: number, to: number, cueBefore: boolean, found: KnownEntity[], lang: string): KnownEntity[] {
  const after = tokens[i + 1];
  if (lang !== 'de' || (after !== undefined && i + 1 < to && (after.pos === 'NOUN' || after.pos === 'ADJ' || after.pos === 'NUM'))) return found;
  if (i - 1 < from) return [];
  if (GENITIVE_OPENERS.has(lowers[i - 1]!) || (tokens[i - 1]!.pos === 'ADJ' && i - 2 >= from && GENITIVE_OPENERS.has(lowers[i - 2]!))) return found;
  if (tokens[i - 1]!.pos !== 'NOUN') return [];
  return cueBefore ? found.filter((e) => PLACE_CLASSES.has(e.type)) : found;
}

/** German abstract nouns by their suffix ("Touristik", "Beratung", "Gesellschaft"): a firm's word, never a surname. */
const ABSTRACT_NOUN = /^\p{Lu}\p{Ll}+(ik|ung|heit|keit|schaft|tion|tät|ismus)$/u;

/** Words that join the parts of an organisation's name, never a person's: "Commission on …", "Bank of …". */
const BODY_JOINERS = new Set(['of', 'on', 'for', 'the', 'and', '&']);

function typeName(
  tokens: Token[],
  start: number,
  end: number,
  cue: { cls: string; role?: string; weak?: boolean; agentive?: boolean } | undefined,
  res: EntityResources,
): { cls: string; source: string; role?: string } {
  const first = tokens[start]!;
  const last = tokens[end - 1]!;
  // "Walt Disney Co's": the legal form in the English genitive.
  const lastText = last.text.replace(/['’]s$/, '');
  // ("bei der Kölner Severin Versicherungsgruppe": a compound on a legal form too, whatever first name opens the name.)
  if ((res.cues.legalForms.has(lastText) || (res.cues.firmTails.has(last.text) && tokens[end - 2]?.text === '&') || (res.lang === 'de' && formCompound(last, res))) && end - start > 1) {
    // "Multnomah County Circuit Court", "Justice Department": an ending that is an institution's noun types the name.
    const ending = cueFor(res.cues, last.lemma ?? last.text, undefined) ?? cueFor(res.cues, last.text.toLowerCase(), undefined);
    // "Northwest Warehouse Workers Union": an ending that is a noun for another kind of organisation types it so.
    const institution = ending?.kind === 'organization' && ending.cls !== 'Company';
    return { cls: institution ? ending.cls : 'Company', source: 'cue:legal-form' };
  }
  // English "Superior Court of Justice", "Court of Appeal for Ontario": a court's or an authority's noun before "of" or
  // "for" inside the name types it.
  if (res.lang === 'en' && end - start > 2) {
    for (let k = start; k + 2 < end; k++) {
      const w = tokens[k]!.text;
      if (!res.cues.legalForms.has(w) || (tokens[k + 1]!.text !== 'of' && tokens[k + 1]!.text !== 'for')) continue;
      const inner = cueFor(res.cues, w.toLowerCase(), undefined);
      if (inner?.kind === 'organization' && (inner.cls === 'Court' || inner.cls === 'GovernmentAgency')) return { cls: inner.cls, source: 'cue:legal-form' };
      break;
    }
  }
  // "dem Softwareentwickler Jakob Prantl", "Isarwerk-Partnerin Carolin Mertens": a first name and a
  // surname make a person even after a noun that usually introduces a company.
  // ("zum Reiseveranstalter Cora Touristik": not when the second word is an abstract noun, which no surname is.)
  const abstractLast = res.lang === 'de' && end - start === 2 && ABSTRACT_NOUN.test(last.text) && res.isCommonNoun(last.text);
  if (cue !== undefined && cue.cls !== 'Person' && !PLACE_CLASSES.has(cue.cls) && end - start > 1 && res.isFirstName(first.text) && (cue.agentive === true || cue.cls === 'Organization') && !abstractLast) {
    return { cls: 'Person', source: 'cue:first-name' };
  }
  // English "ports in Vancouver and Thunder Bay", "Sioux Falls": a name ending in a word for a feature of the land is a
  // place, whatever first name opens it.
  if (end - start > 1 && res.cues.placeTails.has(last.text) && cue !== undefined && (PLACE_CLASSES.has(cue.cls) || cue.weak === true)) return { cls: 'City', source: 'cue:preposition' };
  // "die Konkurrentin N26": a role noun before a name with digits or in capitals names no person.
  if (cue?.cls === 'Person' && end - start === 1 && (/\d/.test(first.text) || /^\p{Lu}{2,}$/u.test(first.text))) return { cls: 'Organization', source: 'cue:capitalised' };
  if (cue !== undefined) {
    // "in X": a preposition only guesses a place ("from Philip Quell": not before a first name and a surname).
    // ("offers from Korea Hydro & Nuclear Power": nor before a word that joins an organisation's name.)
    if (cue.weak === true) {
      // ("stakes in Zorbly developer Krell Labs": a name before the noun of its maker and the maker's name is a product.)
      if (res.lang === 'en' && res.cues.makers.has(tokens[end]?.text ?? '') && isCapitalised(tokens[end + 1]?.text ?? '')) return { cls: 'Product', source: 'cue:capitalised' };
      const person = end - start > 1 && res.isFirstName(first.text) && PLACE_CLASSES.has(cue.cls) && !tokens.slice(start + 1, end).some((t) => BODY_JOINERS.has(t.text)) && res.lookup(tokens.slice(start, end).map((t) => t.text).join(' ')).length === 0;
      // ("offers from EDF", "from Korea Hydro & Nuclear Power": letters in capitals or a name joined by "&" are no town.)
      if (!person && ((end - start === 1 && /^\p{Lu}{2,}$/u.test(first.text)) || tokens.slice(start + 1, end).some((t) => t.text === '&'))) return { cls: 'Organization', source: 'cue:capitalised' };
      return person ? { cls: 'Person', source: 'cue:first-name' } : { cls: cue.cls, source: 'cue:preposition' };
    }
    return cue.role === undefined
      ? { cls: cue.cls, source: 'cue:noun' }
      : { cls: cue.cls, source: 'cue:role', role: cue.role };
  }
  // "Florida Attorney General Zorba Brandl", "Gov. Lena Marr": a title only a person bears names one, whatever first name
  // opens the name.
  const title = tokens[start - 1];
  if (title !== undefined && (res.cues.personTitles.has(title.text) || res.cues.personTitles.has(`${tokens[start - 2]?.text ?? ''} ${title.text}`)) && !res.cues.legalForms.has(lastText)) {
    return { cls: 'Person', source: 'cue:role' };
  }
  // "an operating partner at Harlow Ridge": after a post held "at" somewhere, a name is where, whatever first name opens it.
  if (res.lang === 'en' && tokens[start - 1]?.text === 'at' && STAFF_AT.has(tokens[start - 2]?.text ?? '')) return { cls: 'Organization', source: 'cue:capitalised' };
  // "by immunologist Femke Verhoeven", "economist Lina Quast": an English noun for a scholar or practitioner before two
  // capitalised words names a person, whatever first name opens them.
  const role = tokens[start - 1];
  if (res.lang === 'en' && end - start === 2 && role !== undefined && role.pos === 'NOUN' && /^\p{Ll}+(ist|yst|ian)$/u.test(role.text) && /^\p{Lu}\p{Ll}+$/u.test(last.text)) return { cls: 'Person', source: 'cue:role' };
  // ("Hertha BSC", "Ida AG": a name that ends in letters in capitals is no person's; "2,5 Mio Euro": nor one after a
  // number, unless a year: "im April 2018 Matthias Müller".)
  // ("the Texas Commission on Environmental Quality": nor one with the noun of a body or a joining word inside.)
  const bodyInside = (): boolean => tokens.slice(start + 1, end).some((t) => res.cues.legalForms.has(t.text) || BODY_JOINERS.has(t.text));
  // ("who owns the Ashley Spirit", "The Tennessee Nurses Collaborative, which …": English names no person right after "the".)
  const afterThe = res.lang === 'en' && /^the$/i.test(tokens[start - 1]?.text ?? '');
  // ("Uber Eats": not when the first word names a known organisation that the text also names by that word alone.)
  const firmWord = (): boolean =>
    res.lookup(first.text).some((e) => e.type !== 'Person' && !PLACE_CLASSES.has(e.type)) && [...(followers(tokens).get(first.text) ?? [])].some((w) => w !== tokens[start + 1]!.text);
  if (end - start > 1 && res.isFirstName(first.text) && !/^\p{Lu}{2,}$/u.test(last.text) && !firmWord() && !opensEarlierFirm(tokens, start, end, res) && !(tokens[start - 1]?.kind === 'number' && !/^(1[89]|20)\d\d$/.test(tokens[start - 1]!.text)) && !bodyInside() && !afterThe) return { cls: 'Person', source: 'cue:first-name' };
  // "Jorien van Dalsum": a surname particle between two capitalised words.
  if (end - start === 3 && res.cues.surnameParticles.has(tokens[start + 1]!.text)) return { cls: 'Person', source: 'cue:first-name' };
  // "Donie O'Sullivan", "Marco D'Amato": a capitalised word before a surname of that shape.
  if (end - start === 2 && /^\p{Lu}\p{Ll}+$/u.test(first.text) && /^[OD]['’]\p{Lu}\p{Ll}+$/u.test(last.text)) return { cls: 'Person', source: 'cue:first-name' };
  // "Torquil Macrae-Innes": a word no list knows before a double surname.
  if (end - start === 2 && !afterThe && givenAndDoubleSurname(first, last, res)) return { cls: 'Person', source: 'cue:first-name' };
  // English "Atieno Oluoch, Kipchumba Rotich and Nyokabi Wachira, who met …": two capitalised words that "who" follows,
  // alone or closing a list of such pairs, are a person's names (organisations take "which").
  if (res.lang === 'en' && end - start === 2 && !afterThe && /^\p{Lu}\p{Ll}+$/u.test(first.text) && /^\p{Lu}\p{Ll}+$/u.test(last.text) && !bodyInside() && (whoFollows(tokens, end) || postFollows(tokens, end))) {
    return { cls: 'Person', source: 'cue:first-name' };
  }
  // ("a salmon smoker on the Isle of Mull", "near Mount Kenya": an English name that a word for a feature of the land
  // opens or ends, with no organisation's word inside; not before a noun it names, "Kalgara's Wattle Creek mine"; nor
  // the first words of a firm's name the text gave before, "Tillman Bay" after "Tillman Bay Sports Capital".)
  if (res.lang === 'en' && end - start > 1 && end - start <= 3 && (res.cues.placeOpeners.has(first.text) || res.cues.placeTails.has(last.text)) && !tokens.slice(start + 1, end).some((t) => res.cues.legalForms.has(t.text) || (BODY_JOINERS.has(t.text) && t.text !== 'of')) && !res.cues.legalForms.has(lastText) && !(tokens[end]?.pos === 'NOUN' && /^\p{Ll}/u.test(tokens[end]!.text)) && !opensEarlierFirm(tokens, start, end, res)) return { cls: 'Place', source: 'cue:capitalised' };
  // ("in British Columbia's Cariboo region": before a noun for a region.)
  if (res.lang === 'en' && res.cues.regionNounsAfter.has(tokens[end]?.text ?? '')) return { cls: 'Region', source: 'cue:capitalised' };
  return { cls: 'Organization', source: 'cue:capitalised' };
}

/**
 * "Nore Valley Co-operative Society … Nore Valley chief executive X": the words open a longer name the text gave before,
 * which ends in a legal form (a first name may open a firm's name).
 */
function opensEarlierFirm(tokens: Token[], start: number, end: number, res: EntityResources): boolean {
  const first = firmOpenings(tokens, res).get(tokens.slice(start, end).map((t) => t.text).join(' '));
  return first !== undefined && first < start;
}

/**
 * The word runs that open a name closed by a legal form a few capitalised words later ("Nore Valley" of "Nore Valley
 * Co-operative Society"), each with the first token where the name ends; built once per document.
 */
function firmOpenings(tokens: Token[], res: EntityResources): Map<string, number> {
  let out = firmOpeningCache.get(tokens);
  if (out !== undefined) return out;
  out = new Map<string, number>();
  for (let e = 1; e < tokens.length; e++) {
    if (!res.cues.legalForms.has(tokens[e]!.text)) continue;
    for (let s = e - 1; s >= 0 && s >= e - 5 && tokens[s]!.sentence === tokens[e]!.sentence && /^\p{Lu}/u.test(tokens[s]!.text); s--) {
      for (let j = s + 1; j <= e - 1 && j - s <= 3; j++) {
        const key = tokens.slice(s, j).map((t) => t.text).join(' ');
        if (!out.has(key)) out.set(key, e);
      }
    }
  }
  firmOpeningCache.set(tokens, out);
  return out;
}

const firmOpeningCache = new WeakMap<Token[], Map<string, number>>();

/** ", who" after the item at `end`, maybe past a list of more pairs of capitalised words (", X Y and Z W, who"). */
/**
 * English "Ferelith Mabbutt, chief economist at Bellhaven Bank,": a comma and a post that only a person holds, before
 * "at" or "of" (an article and two words before the post at most).
 */
function postFollows(tokens: Token[], end: number): boolean {
  if (tokens[end]?.text !== ',') return false;
  for (let k = end + 1; k <= end + 4; k++) {
    const t = tokens[k];
    if (t === undefined || t.sentence !== tokens[end]!.sentence || !/^\p{Ll}+$/u.test(t.text)) return false;
    if (PERSON_POSTS.has(t.text)) return ['at', 'of'].includes(tokens[k + 1]?.text ?? '');
  }
  return false;
}

const PERSON_POSTS = new Set(['economist', 'analyst', 'strategist', 'spokesman', 'spokeswoman', 'spokesperson', 'officer', 'executive', 'director', 'manager', 'professor', 'lawyer', 'chairman', 'chairwoman', 'founder', 'co-founder', 'editor', 'researcher', 'scientist', 'engineer']);

function whoFollows(tokens: Token[], end: number): boolean {
  const sentence = tokens[end - 1]!.sentence;
  let k = end;
  for (let n = 0; n < 5; n++) {
    const sep = tokens[k];
    if (sep === undefined || sep.sentence !== sentence || (sep.text !== ',' && sep.text !== 'and')) return false;
    if (sep.text === ',' && tokens[k + 1]?.text.toLowerCase() === 'who') return true;
    const a = tokens[k + 1];
    const b = tokens[k + 2];
    if (a === undefined || b === undefined || !/^\p{Lu}\p{Ll}+$/u.test(a.text) || !/^\p{Lu}\p{Ll}+$/u.test(b.text)) return false;
    k += 3;
  }
  return false;
}

export function makeMention(
  doc: Doc,
  tokenStart: number,
  tokenEnd: number,
  normalized: string,
  type: string,
  source: string,
  entry: KnownEntity | undefined,
): Mention {
  const first = doc.tokens[tokenStart]!;
  const last = doc.tokens[tokenEnd - 1]!;
  const m: Mention = {
    start: first.start,
    end: last.end,
    sentence: first.sentence,
    text: doc.article.text.slice(first.start, last.end),
    normalized,
    type,
    source,
    tokenStart,
    tokenEnd,
  };
  if (entry !== undefined) {
    m.gazetteerId = entry.id;
    if (entry.wikidata !== undefined) m.wikidata = entry.wikidata;
    const local = entry.labels?.[doc.article.lang];
    if (local !== undefined && local !== normalized) m.localLabel = local;
  }
  return m;
}

/** "Ybbstal-Werke", "Elbe-Linien": two capitalised parts, the first no common noun, adjective or cue, the second no role. */
function hyphenatedName(word: string, res: EntityResources): boolean {
  const cut = word.indexOf('-');
  if (cut === word.length - 1 || word.indexOf('-', cut + 1) !== -1) return false;
  const first = word.slice(0, cut);
  const last = word.slice(cut + 1);
  if (cut === 1) return /^\p{Lu}$/u.test(first) && /^\p{Lu}\p{Ll}{3,}$/u.test(last) && !res.isCommonNoun(last) && !res.isSpelled(last);
  if (cut < 3) return false;
  // ("Siemens-Chef": a role is no part of a firm's name.)
  if (cueFor(res.cues, last, undefined)?.kind === 'person') return false;
  return isCapitalised(first) && isCapitalised(last) && !res.isCommonNoun(first) && cueFor(res.cues, first, undefined) === undefined && res.adjectiveLemma(first.toLowerCase()) === undefined;
}

/** English "Chipmakers …", "Banks …": a plural of a noun for a kind of organisation or person opening the sentence. */
function openingKindPlural(tokens: Token[], lowers: string[], k: number, from: number, res: EntityResources): boolean {
  if (res.lang !== 'en' || !sentenceOpener(tokens, k, from) || !/^\p{Lu}\p{Ll}{3,}s$/u.test(tokens[k]!.text)) return false;
  const kind = cueFor(res.cues, lowers[k]!.slice(0, -1), undefined)?.kind;
  return kind === 'organization' || kind === 'person';
}

/** Whether the token at k opens its sentence, maybe after a dash or an opening quote. */
function sentenceOpener(tokens: Token[], k: number, from: number): boolean {
  // ("SAN FRANCISCO (Reuters) - Thinking …": after a dateline's dash.)
  return k === from || (k - 1 >= from && ['-', '–', '—', '"', '“'].includes(tokens[k - 1]!.text) && (k - 1 === from || tokens[k - 2]!.text === ')' || /^\p{Lu}{2,}$/u.test(tokens[k - 2]!.text)));
}
