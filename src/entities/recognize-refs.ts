// Second recognition pass, once the names of the article are known: names
// inside compounds ("Parler-Chef", "Trump-Anhänger"), genitives ("Amazons"),
// unnamed people by role ("ein Richter"), descriptions that point back to a
// named entity ("der Konzern") and personal pronouns.
import type { Doc, Mention, Token } from '../types.js';
import { cueFor, cueSuffix, loadCues, revealsName, scaleOf, sectorOf } from './cues.js';
import type { Cue } from './cues.js';
import { BoundedMap } from '../data/bounded-map.js';
import { demonymLabel, genitiveBase, inhabitantOf, inhabitantPlace, isCapitalised, isEventNoun, makeMention, sentenceRanges } from './recognize-names.js';
import type { EntityResources, KnownEntity } from './resources.js';
import { lowerTexts } from '../text/lower-case.js';
import { loadClauseLexicon } from '../relations/clause-lexicon.js';
import { PLACE_CLASSES } from '../place-classes.js';

const BOTH = new Set(['beiden', 'beide']);
/** English plural nouns for organisations ("the two companies"). */
const TWO_ORGS = new Set(['companies', 'firms', 'rivals', 'groups', 'businesses', 'platforms', 'carriers', 'banks', 'airlines', 'carmakers', 'chipmakers', 'publishers', 'studios', 'startups', 'start-ups']);
/** The cue a role noun the cue lexicon does not list stands for: a person of no particular role. */
const ROLE_CUE: Cue = { kind: 'person', value: 'role', cls: 'Person' };

/** A German role noun (one with a feminine form in -in, or that form) in the singular, right after an article. */
function singularRole(tokens: Token[], i: number, from: number, res: EntityResources): boolean {
  const token = tokens[i]!;
  if (token.pos !== 'NOUN' || token.plural === true || token.maybePlural === true || token.pluralToo === true || i - 1 < from) return false;
  const det = tokens[i - 1]!.text.toLowerCase();
  if (!SINGULAR_ROLE_ARTICLES.has(det)) return false;
  const lemma = token.lemma ?? token.text;
  if (!/^\p{Lu}\p{Ll}{3,}$/u.test(lemma)) return false;
  const masculine = /\p{Ll}in$/u.test(lemma) ? lemma.slice(0, -2) : lemma;
  return res.personNoun(masculine);
}

/** Articles before a singular role noun that make it a new person ("einer Kassiererin"; not "der Kassiererin", which may point back to anyone named). */
const SINGULAR_ROLE_ARTICLES = new Set(['ein', 'eine', 'einer', 'einem', 'einen', 'eines']);
/** English possessive pronouns: the noun after them is a role of someone named. */
const POSSESSIVE_PRONOUNS = new Set(['its', 'their', 'his', 'her', 'our']);
const INDEFINITE = new Set(['ein', 'eine', 'einen', 'einem', 'einer', 'eines', 'a', 'an']);
const DEFINITE = new Set(['beim', 'der', 'die', 'das', 'den', 'dem', 'des', 'the', 'dieser', 'diese', 'dieses', 'diesen', 'diesem']);
const INSTITUTION_CUES = new Set(['Court', 'GovernmentAgency']);
// (English "the 46-year-old", before no noun.)
const AGE_NOUN = /^\d{1,3}-(?:Jährige[rn]?|year-old)$/;

const CONTRACTED_ARTICLE = new Set(['beim', 'vom', 'zum', 'zur', 'im', 'am']);
/** "Musikfans" → "Fans": a plural compound whose last part is a group noun. */
function groupHead(word: string, res: EntityResources): boolean {
  const hit = groupHeads.get(word);
  if (hit !== undefined) return hit;
  let found = false;
  for (const noun of res.cues.groupNouns) {
    if (word.length > noun.length + 2 && word.endsWith(noun.toLowerCase()) && /^\p{Lu}/u.test(word)) found = true;
    // "App-Entwickler", "Tech-Analysten": a hyphenated compound keeps its head's capital.
    else if (word.length > noun.length + 2 && word.endsWith(`-${noun}`) && /^\p{Lu}/u.test(word)) found = true;
  }
  groupHeads.set(word, found);
  return found;
}

const groupHeads = new BoundedMap<string, boolean>();

const wordLists = new BoundedMap<string, string[]>();

/** The words of a name ("Donald Trump" → Donald, Trump), split once per name: every name of every article is split. Read-only. */
function nameWords(name: string): string[] {
  let words = wordLists.get(name);
  if (words === undefined) {
    words = name.split(' ');
    wordLists.set(name, words);
  }
  return words;
}

/** Verbs after which "it" is seldom a company: "it said", "it seems". */
const IT_DUMMY_VERBS = new Set(['say', 'add', 'note', 'seem', 'appear', 'remain', 'take', 'mean', 'matter', 'happen', 'rain']);

/** Roles held in an organisation (not "Armee-Ingenieur", a trade): a description before them names where. */
const ROLES_IN_ORGANISATIONS = new Set(['ceo', 'chair', 'boardchair', 'employee', 'spokesperson', 'founder', 'president', 'head']);
/** Definite articles and demonstratives a plural takes: "die Konzerne" refers back to companies named before. */
const DEFINITE_PLURAL = new Set(['die', 'der', 'den', 'diese', 'dieser', 'diesen']);
/** Articles that are singular in every reading. */
const SINGULAR_ARTICLES = new Set(['des', 'dem', 'das', 'ein', 'eines', 'einem', 'a', 'an']);
/** "zu dessen größten Anteilseignern": a role of the possessor, which relation rules read as a noun. */
const POSSESSIVE_ROLE = /^(dessen|deren|sein(e|en|er|em)?|ihr(e|en|er|em)?|unser(e|en|er|em)?)$/;
/** German demonstratives that stand for a noun ("Dieser wirft X vor"). */
const DEMONSTRATIVES = new Set(['Dieser', 'Diese', 'Dieses']);
// A Map, not an object: looking up every lower-cased word of the article as an
// object key was costly (and would find inherited keys such as "constructor").
const PRONOUNS = new Map<string, string>([['er', 'Person'], ['ihm', 'Person'], ['ihn', 'Person'], ['he', 'Person'], ['him', 'Person'], ['she', 'Person'], ['it', 'Organization']]);
/** Verbs with which German "es" stands for nothing: "gibt es", "geht es um", "heißt es", "handelt es sich". */
const ES_DUMMY_VERBS = new Set(['geben', 'gehen', 'heißen', 'handeln', 'kommen', 'bleiben', 'fehlen', 'reichen', 'gelingen', 'stimmen', 'hängen', 'lohnen', 'sein', 'werden', 'scheinen', 'regnen', 'brauchen', 'zeigen', 'bedeuten', 'passieren', 'klappen', 'treffen', 'betreffen', 'erfordern']);
/** What may follow a possessive "her" (and no object "her"). */
const OBJECT_HER_BEFORE = new Set<string | undefined>(['ADJ', 'NOUN', 'PROPN', 'NUM']);
const PRONOUN_GENDER: Record<string, 'm' | 'f'> = { er: 'm', ihm: 'm', ihn: 'm', he: 'm', him: 'm', she: 'f' };

/** "It was founded in 2020 by …", "it has been owned since 2015 by": a passive of a verb of the rules has a real subject. */
function itPassive(tokens: Doc['tokens'], i: number): boolean {
  if (tokens[i + 1]?.pos !== 'AUX') return false;
  for (let k = i + 2; k < i + 5 && k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.pos === 'AUX' || t.pos === 'ADV') continue;
    return t.pos === 'VERB' && t.verb !== undefined && /ed$|en$|wn$|ld$|ht$|id$|ung$|ut$/.test(t.text) && tokens[i + 1]!.text !== 'said' && !IT_DUMMY_VERBS.has(t.verb.lemma);
  }
  return false;
}

/** "It has about 900,000 subscribers and competes with X": "it" that has something (not "it has been", "it has to"). */
function itHas(tokens: Doc['tokens'], i: number): boolean {
  const verb = tokens[i + 1]?.text.toLowerCase();
  if (verb !== 'has' && verb !== 'had') return false;
  const next = tokens[i + 2];
  return next !== undefined && (next.pos === 'DET' || next.pos === 'NUM' || (next.pos === 'ADJ' && tokens[i + 3]?.pos === 'NOUN') || ((next.text === 'about' || next.text === 'some' || next.text === 'nearly' || next.text === 'around') && tokens[i + 3]?.pos === 'NUM'));
}

/**
 * "said it was teaming up with X", "it has acquired Y": "it" before a progressive or a perfect of a verb of acting
 * (not "it is expected", "it has been").
 */
function itProgressive(tokens: Doc['tokens'], i: number): boolean {
  const aux = tokens[i + 1]?.text.toLowerCase();
  const progressive = aux === 'is' || aux === 'was' || aux === "'s" || aux === '’s';
  if (!progressive && aux !== 'has' && aux !== 'had') return false;
  let k = i + 2;
  while (k < i + 4 && tokens[k]?.pos === 'ADV') k++;
  const verb = tokens[k];
  if (verb?.pos !== 'VERB' || verb.verb === undefined || verb.verb.lemma === 'be' || IT_DUMMY_VERBS.has(verb.verb.lemma)) return false;
  return progressive ? /ing$/.test(verb.text) : !/ing$/.test(verb.text);
}

/** "said it would buy X", "it will close plants": "it" before a future and a verb of acting. */
function itWill(tokens: Doc['tokens'], i: number): boolean {
  const aux = tokens[i + 1]?.text.toLowerCase();
  const verb = tokens[i + 2];
  return (aux === 'will' || aux === 'would') && verb?.pos === 'VERB' && verb.verb !== undefined && verb.verb.lemma !== 'be' && !IT_DUMMY_VERBS.has(verb.verb.lemma);
}

export function recognizeRefs(doc: Doc, res: EntityResources, names: Mention[]): Mention[] {
  personsByPronoun(doc, names, res);
  const out: Mention[] = [];
  const covered = new Set<number>();
  for (const m of names) for (let t = m.tokenStart; t < m.tokenEnd; t++) covered.add(t);
  // "the social media company" prefers the platform named before: a name's class may say its sector.
  for (const m of names) {
    // ("die Gemeinde Wildbichl": a place after a municipality's noun is a body that may act, accuse or ban.)
    const noun = doc.tokens[m.tokenStart - 1];
    if (PLACE_CLASSES.has(m.type) && noun !== undefined && res.cues.municipalityNouns.has(noun.lemma ?? noun.text)) m.municipal = true;
    if (m.sector !== undefined) continue;
    const sector = res.cues.classSectors.get(m.type);
    if (sector !== undefined) m.sector = sector;
  }
  // (The towns so named, for "die Gemeinde" later: see municipalityBefore.)
  const municipalities = names.filter((m) => m.municipal === true && m.type === 'City');
  const nameStarts = new Set(names.map((m) => m.tokenStart));
  /** The last word (lower case) of each name of several words that is no person's, with its first start. */
  const lastWords = new Map<string, number>();
  for (const n of names) {
    if (n.type === 'Person' || !n.text.includes(' ')) continue;
    const w = n.text.slice(n.text.lastIndexOf(' ') + 1).toLowerCase();
    if (!lastWords.has(w)) lastWords.set(w, n.start);
  }
  /** For namedLater, made on first use. */
  let longNames: Map<number, number[]> | undefined;
  const personStarts = new Set(names.filter((m) => m.type === 'Person').map((m) => m.tokenStart));
  const fullNameStarts = new Set(names.filter((m) => m.type === 'Person' && m.tokenEnd - m.tokenStart >= 2).map((m) => m.tokenStart));
  /** A name starts right after token `i`, or after an opening quote there ("die Fanvereinigung „X“"). */
  // "der Mieterverein Emscherbogen … des Mietervereins": the nouns that introduced a name (by lemma), with the first
  // token they did so at.
  const introducing = new Map<string, number>();
  for (const m of names) {
    const noun = doc.tokens[m.tokenStart - 1];
    if (m.type === 'Person' || noun === undefined || noun.pos !== 'NOUN') continue;
    const lemma = noun.lemma ?? noun.text;
    if (!introducing.has(lemma)) introducing.set(lemma, m.tokenStart - 1);
  }
  const nameFollows = (i: number): boolean => nameStarts.has(i + 1) || (QUOTES_BEFORE_NAME.has(doc.tokens[i + 1]?.text ?? '') && nameStarts.has(i + 2));
  /** Tokens already covered by a whole-word mention made in this pass (group compounds). */
  const wholeAt = new Set<number>();
  const known = new Map<string, KnownEntity | null>();
  // Names seen whole, not only as a word of a longer one ("Quillon", not "Retail" of "Strategy Retail Group").
  const wholeNames = new Set<string>();
  // The class of a place named without the gazetteer ("in Weezebruch"): "Weezebruchs Bürgermeister" is that place's.
  const unlistedPlaceClass = new Map<string, string>();
  const withArticle = new Set<string>();
  // Nouns for a kind of region that stand for the one the article named ("der Kanton"), see below.
  const placeKinds = new Set<string>();
  // Where a person's surname alone may first repeat them: after their full name ("das Sägewerk Tannreiser … Geschäftsführerin
  // Sabine Tannreiser": a surname before it names no one yet).
  const surnameFrom = new Map<string, number>();
  const shortFrom = new Map<string, number>();
  // (Unless an organisation's name has the word: "der Maschinenbauer Velmach … die Velmach Maschinenbau GmbH".)
  const organisationWords = new Set<string>();
  for (const m of names) {
    known.set(m.normalized, null);
    if (PLACE_CLASSES.has(m.type) && m.gazetteerId === undefined && !m.normalized.includes(' ')) unlistedPlaceClass.set(m.normalized, m.type);
    // A person's surname alone names them in compounds: "Muster-Anhänger".
    const words = nameWords(m.normalized);
    if (m.type !== 'Person') for (const w of words) organisationWords.add(w);
    if (words.length > 1 && m.type === 'Person') {
      const surname = words[words.length - 1]!;
      known.set(surname, null);
      if (m.start < (surnameFrom.get(surname) ?? Infinity)) surnameFrom.set(surname, m.start);
    }
    // A company without its legal form: "Nordwerk" after "Nordwerk AG"; an
    // organisation found from cues by its first word: "Kordes" after "Kordes Systems".
    if (words.length === 2 && res.cues.legalForms.has(words[1]!)) known.set(words[0]!, null);
    // "die Bergbahnen" after "Schwarzachtal Bergbahnen AG": the last word before the legal form.
    // (Not a noun for any firm of that kind: "die 1861 gegründete Brauerei" after "Paulaner Brauerei Gruppe".)
    // (A cue noun that names institutions by their place is one's short name all the same: "die Stadtwerke" after
    // "Almbrucker Stadtwerke AG".)
    // (Not the words of a name the gazetteer knows in English, where any word is capitalised in a name: "Federal
    // prosecutors" after "Federal Trade Commission"; its own aliases name it.)
    else if (words.length >= 3 && res.cues.legalForms.has(words[words.length - 1]!) && words[words.length - 2]!.length >= 5 && (cueFor(res.cues, words[words.length - 2]!, undefined) === undefined || res.cues.placeNamed.has(words[words.length - 2]!)) && !(doc.article.lang === 'en' && m.gazetteerId !== undefined)) {
      known.set(words[words.length - 2]!, null);
      // ("14 Hotels", "der Rhonetal Hotels" after "Basislager Hotels AG": a dictionary noun only with its article.)
      if (res.isCommonNoun(words[words.length - 2]!)) withArticle.add(words[words.length - 2]!);
    }
    // "Seetaler-Chef" after "Seetaler Frischmarkt AG", "Osterkamp-Chef" after "Osterkamp Food Group": the first word too.
    // (Not a word of origin: "Hamburger" of "Hamburger Hafen und Logistik AG" is no short name.)
    if (
      words.length >= 3 && res.cues.legalForms.has(words[words.length - 1]!) && !(doc.article.lang === 'en' && m.gazetteerId !== undefined) &&
      words[0]!.length >= 4 && !res.isFirstName(words[0]!) && res.adjectiveLemma(words[0]!) === undefined && !(/er$/.test(words[0]!) && inhabitantPlace(words[0]!, res) !== undefined)
    ) {
      known.set(words[0]!, null);
      // ("den Geschäftsführer der Stadtwerke … der Stadtwerke Kesselbrück GmbH": the noun of an institution named by its
      // place is its short name only after the name; before it, a description.)
      if (res.cues.placeNamed.has(words[0]!) && m.start < (shortFrom.get(words[0]!) ?? Infinity)) shortFrom.set(words[0]!, m.start);
    }
    // "die Haarstrang-Bank" after "Volksbank am Haarstrang": an institution named by a place, by that place.
    // (Before a legal form: "Kesselbrück" of "Stadtwerke Kesselbrück GmbH".)
    const placeWord = words.length >= 3 && res.cues.legalForms.has(words[words.length - 1]!) ? words[words.length - 2]! : words[words.length - 1]!;
    if (words.length >= 2 && m.type !== 'Person' && res.cues.placeNamed.has(words[0]!) && placeWord.length >= 4 && !known.has(placeWord)) known.set(placeWord, null);
    // Not the noun of "Volksbank Lenne-Hönnetal": other banks of that kind share it.
    // ("Welser Tagblatt": an adjective of origin is no short form of the name; "das Welser Verlagshaus" is from Wels.)
    // ("Kreis Minden-Lübbecke": a place's name that opens with a dictionary noun is not named by that noun: "im Kreis der Familie".)
    // ("Lindfeld-Geschäftsführer" after "Lindfeld Outlet Development": in German, the first word of three found by a cue
    // too, when no dictionary, cue or spelling list knows it.)
    else if ((words.length === 2 || (words.length === 3 && doc.article.lang === 'de' && !res.isCommonNoun(words[0]!) && !res.isSpelled(words[0]!) && cueFor(res.cues, words[0]!, undefined) === undefined)) && m.type !== 'Person' && m.source.startsWith('cue:') && words[0]!.length >= 4 && !res.isFirstName(words[0]!) && res.adjectiveLemma(words[0]!) === undefined && !res.cues.placeNamed.has(words[0]!) && !(/er$/.test(words[0]!) && inhabitantPlace(words[0]!, res) !== undefined) && !(PLACE_CLASSES.has(m.type) && res.isCommonNoun(words[0]!))) known.set(words[0]!, null);
    // "der Kanton" after "Kanton Luzern", "der Landkreis" after "Landkreis Cuxhaven": a region named by its kind and
    // its name, by the kind with an article (the gazetteer's names too).
    // (By the words as written: the gazetteer's label may be English, "Canton of Lucerne".)
    const written = doc.article.lang === 'de' && (m.type === 'Region' || m.type === 'Place') ? m.text.split(' ') : [];
    if (written.length === 2 && !known.has(written[0]!) && cueFor(res.cues, written[0]!, undefined)?.kind === 'place') {
      const entry: KnownEntity | null = m.gazetteerId === undefined ? null : { id: m.gazetteerId, label: m.normalized, type: m.type, aliases: [] };
      if (entry !== null && m.wikidata !== undefined) entry.wikidata = m.wikidata;
      known.set(written[0]!, entry);
      withArticle.add(written[0]!);
      placeKinds.add(written[0]!);
    }
    // "der Linken" read as the party: "Linken-Fraktionschefin" names the party too.
    if (m.gazetteerId !== undefined && !m.text.includes(' ')) {
      const entry: KnownEntity = { id: m.gazetteerId, label: m.normalized, type: m.type, aliases: [] };
      if (m.wikidata !== undefined) entry.wikidata = m.wikidata;
      known.set(m.text, entry);
    } else {
      known.set(m.text, null);
      wholeNames.add(m.text);
    }
    // "die „Morgenpost“" after "Waldviertler Morgenpost": a name after a word of origin, without it.
    if (words.length === 2 && m.type !== 'Person' && !PLACE_CLASSES.has(m.type) && words[1]!.length >= 4 && /er$/.test(words[0]!) && inhabitantPlace(words[0]!, res) !== undefined) {
      known.set(words[1]!, null);
    }
    // "die Post" after "Österreichische Post", "die Telekom" after "Deutsche Telekom": a name of an adjective of
    // origin and a noun, by the noun.
    if (doc.article.lang === 'de' && words.length === 2 && m.gazetteerId !== undefined && m.type !== 'Person' && !PLACE_CLASSES.has(m.type) && /^\p{Lu}\p{Ll}+(isch|sch)e$/u.test(words[0]!) && words[1]!.length >= 4 && !known.has(words[1]!)) {
      const entry: KnownEntity = { id: m.gazetteerId, label: m.normalized, type: m.type, aliases: [] };
      if (m.wikidata !== undefined) entry.wikidata = m.wikidata;
      known.set(words[1]!, entry);
      // "die Post" names the company; "Glasfaser verlegen" does not: a word read as a noun only with its article.
      withArticle.add(words[1]!);
    }
    // ("des Kirchenkreises" after "des Evangelischen Kirchenkreises", "die Bundesbahnen" after "die Schweizerischen
    // Bundesbahnen": a name found from cues too, in the form it had, with an article.)
    else if (
      doc.article.lang === 'de' && words.length === 2 && m.gazetteerId === undefined && m.source.startsWith('cue:') && m.type !== 'Person' && !PLACE_CLASSES.has(m.type) &&
      /^\p{Lu}\p{Ll}+(isch|sch)en?$/u.test(words[0]!) && /^\p{Lu}\p{Ll}{3,}$/u.test(words[1]!) && !known.has(words[1]!)
    ) {
      known.set(words[1]!, null);
      withArticle.add(words[1]!);
    }
    // "das Pharmakontor" after "Lahnauer Pharmakontor": a firm named by its town's word of origin and a noun no cue
    // knows, by that noun with its article.
    else if (doc.article.lang === 'de' && words.length === 2 && townWordName(doc, m, words, res) && !known.has(words[1]!)) {
      known.set(words[1]!, null);
      withArticle.add(words[1]!);
    }
    // "Springer-Chef" after "Axel Springer", "Boss-Chef" after "Hugo Boss": a company named after its founder, by the surname.
    // (Not a word for the kind of firm: "die Gruppe" after "Vinzenz Gruppe".)
    if (words.length === 2 && m.type !== 'Person' && !PLACE_CLASSES.has(m.type) && res.isFirstName(words[0]!) && words[1]!.length >= 4 && !known.has(words[1]!) && !foundersKindWord(words[1]!, res)) {
      const entry: KnownEntity = { id: m.gazetteerId ?? m.normalized, label: m.normalized, type: m.type, aliases: [] };
      if (m.wikidata !== undefined) entry.wikidata = m.wikidata;
      known.set(words[1]!, m.gazetteerId === undefined ? null : entry);
    }
    // "Parteifreund Zehetners" after "Rudolf Zehetner": a person's surname, also in the genitive.
    if (m.type === 'Person' && words.length >= 2 && words[words.length - 1]!.length >= 3) known.set(words[words.length - 1]!, null);
    // "Mercedes" after "Mercedes-Benz": a known company's name before its hyphen names it too.
    const cut = m.text.indexOf('-');
    if (m.gazetteerId !== undefined && m.type !== 'Person' && !PLACE_CLASSES.has(m.type) && cut >= 4 && !m.text.includes(' ') && !known.has(m.text.slice(0, cut))) {
      const entry: KnownEntity = { id: m.gazetteerId, label: m.normalized, type: m.type, aliases: [] };
      if (m.wikidata !== undefined) entry.wikidata = m.wikidata;
      known.set(m.text.slice(0, cut), entry);
    }
  }
  const lookupName = (s: string): KnownEntity | null | undefined => {
    const hits = res.lookup(s);
    if (hits.length > 0) return hits[0];
    return known.has(s) ? (known.get(s) ?? null) : undefined;
  };

  const english = doc.article.lang === 'en';
  const lowers = lowerTexts(doc.tokens);
  // Names of several words of organisations, by their words joined with hyphens ("Generali-Deutschland").
  const spacedNames = new Map<string, Mention>();
  for (const m of names) {
    if (m.type === 'Person' || PLACE_CLASSES.has(m.type) || !m.text.includes(' ')) continue;
    const words = m.text.split(' ');
    if (words.length <= 3) spacedNames.set(words.join('-'), m);
    // ("Mölltal-Energie-Geschäftsführer" after "Mölltal Energie GmbH": without the legal form too.)
    if (words.length >= 3 && words.length <= 4 && res.cues.bareForms.has(words[words.length - 1]!) && !spacedNames.has(words.slice(0, -1).join('-'))) spacedNames.set(words.slice(0, -1).join('-'), m);
  }
  const nameEndingAt = new Map<number, Mention>();
  for (const m of names) nameEndingAt.set(m.tokenEnd, m);
  // The first organisation's name of several words by its last word ("Velmar Liga" by "Liga").
  const lastWordNames = new Map<string, Mention>();
  for (const m of names) {
    const space = m.text.lastIndexOf(' ');
    if (space > 0 && m.type !== 'Person' && !PLACE_CLASSES.has(m.type) && !lastWordNames.has(m.text.slice(space + 1))) lastWordNames.set(m.text.slice(space + 1), m);
  }
  // Nouns of sites that introduced an organisation's name ("das Sägewerk Pichler Holzindustrie"): later alone, they
  // describe that organisation, not a site of its own ("Das 1952 gegründete Sägewerk beschäftigt …").
  const introducingSites = new Set<string>();
  for (const m of names) {
    const noun = doc.tokens[m.tokenStart - 1];
    // (Only a noun the cues know for organisations: "die Papierfabrik Rabengruber … die Papierfabrik" stays a site.)
    const cls = noun === undefined ? undefined : cueFor(res.cues, noun.lemma ?? noun.text, undefined)?.cls;
    if (noun !== undefined && noun.pos === 'NOUN' && noun.sentence === m.sentence && m.type !== 'Person' && !PLACE_CLASSES.has(m.type) && m.type !== 'Facility' && cls !== undefined && cls !== 'Facility' && !PLACE_CLASSES.has(cls)) introducingSites.add(noun.lemma ?? noun.text);
  }
  // The place each kind of site was first said to be in ("sein Werk in Kassel").
  const facilityTowns = new Map<string, string>();
  // Compound sites by their head and town ("Werk in Steyr" → "BMW-Werk").
  const siteNames = new Map<string, string>();
  // Whether a merged organisation ("die fusionierte Gesellschaft") was described before (see below).
  let mergedSeen = false;
  for (const [from, to] of sentenceRanges(doc)) {
    for (let i = from; i < to; i++) {
      if (covered.has(i)) continue;
      const token = doc.tokens[i]!;
      if (token.kind !== 'word') continue;
      // ("vzbv-Finanzexperte", "vida-Landessekretär": a short name in lower case, known to the article, before the head.)
      if ((isCapitalised(token.text) || LOWER_SHORT_NAME.test(token.text)) && token.text.includes('-') && compound(doc, res, token, i, lookupName, out, spacedNames)) wholeAt.add(i);
      // "Bundestagsabgeordnete X", "Nationalratspräsident Y": a known name closed into a role noun before a person.
      else if (!english && personStarts.has(i + 1) && i + 1 < to && closedCompound(doc, res, token, i, lookupName, out)) continue;
      // "an der Spitze der Landes-CDU", "die Bundes-SPD": a branch of a known organisation is that organisation.
      else if (!english && isCapitalised(token.text) && token.text.includes('-') && res.cues.branchPrefixes.has(token.text.slice(0, token.text.indexOf('-')))) {
        const name = token.text.slice(token.text.indexOf('-') + 1);
        const hit = res.lookup(name)[0];
        if (hit !== undefined && !PLACE_CLASSES.has(hit.type) && hit.type !== 'Person') {
          const m = makeMention(doc, i, i + 1, hit.label, hit.type, 'compound', hit);
          m.start = token.end - name.length;
          m.text = name;
          out.push(m);
          continue;
        }
      }
      // "Liga-Geschäftsführerin Anna Berg", "Konzern-Sprecher Max Ried": a noun for an organisation before a role in a
      // hyphenated word before a person's name describes the organisation the person holds the role in.
      if (!english && personStarts.has(i + 1) && i + 1 < to && isCapitalised(token.text) && token.text.includes('-')) {
        const cut = token.text.lastIndexOf('-');
        const modifier = token.text.slice(0, cut);
        const head = token.text.slice(cut + 1);
        // (Or the last word of an organisation's name before it: "der Velmar Liga … Liga-Geschäftsführerin X".)
        const word = /^\p{Lu}\p{Ll}{2,}$/u.test(modifier);
        const cue = word ? cueFor(res.cues, modifier, res.nounHead(modifier)) : undefined;
        const named = word && cue === undefined ? lastWordNames.get(modifier) : undefined;
        const cls = cue?.kind === 'organization' && cue.cls !== 'Place' ? cue.cls : named !== undefined && named.start < token.start ? named.type : undefined;
        const role = cls !== undefined ? cueFor(res.cues, head, res.nounHead(head)) : undefined;
        if (cls !== undefined && role?.kind === 'person' && ROLES_IN_ORGANISATIONS.has(role.value ?? '')) {
          const m = makeMention(doc, i, i + 1, modifier, cls, 'coref:description', undefined);
          m.end = token.start + cut;
          m.text = modifier;
          m.refersTo = 'Organization';
          m.compoundHead = head;
          // ("Kammer-Justiziar X" after "die Landesapothekerkammer … die Online-Apotheke Y": an authority's noun means
          // an authority, not the firm in focus.)
          // (Only a bare noun: "Landwirtschaftskammer-Präsident" names a chamber the text may not name otherwise.)
          if ((cls === 'GovernmentAgency' || cls === 'Court' || cls === 'PoliticalParty') && (res.nounHead(modifier) ?? modifier) === modifier) m.refersTo = cls;
          out.push(m);
          continue;
        }
      }
      // ("Tausende Onlineshops": a word the tagger read as a common noun is no genitive of a name.)
      // ("Ein Sprecher des Landkreises" after "Landkreis Cuxhaven … vom Landkreis": a common noun the article uses as a
      // short name, in the genitive.)
      const knownNoun = !english && token.pos === 'NOUN' && token.lemma !== undefined && known.has(token.lemma) && token.text === `${token.lemma}es`;
      const base = knownNoun ? token.lemma : isCapitalised(token.text) && token.common !== true ? genitiveBase(token.text) : undefined;
      if (base !== undefined) {
        const hit = lookupName(base);
        if (hit !== undefined) {
          const m = makeMention(doc, i, i + 1, hit?.label ?? base, hit?.type ?? unlistedPlaceClass.get(base) ?? 'Organization', 'genitive', hit ?? undefined);
          m.genitive = true;
          out.push(m);
          continue;
        }
      }
      // A name seen earlier in the article, now alone and maybe a common noun too ("Kobold").
      // ("Chief Financial Officer" after "Financial Conduct Authority": a title word is no repeat.)
      // ("European consumers" after "European Commission": an English adjective of origin before a common noun is none.)
      // ("Retail analyst X of consultancy Strategy Retail Group": nor a common noun the tagger knows, before a
      // common noun, that is only a word of an unlisted name.)
      const originAdjective =
        english && /^\p{Ll}/u.test(doc.tokens[i + 1]?.text ?? '') &&
        (res.cues.demonyms.has(token.text) || (token.pos === 'NOUN' && token.lemma !== token.text && known.get(token.text) === null && doc.tokens[i + 1]!.pos === 'NOUN' && !wholeNames.has(token.text)));
      const beforePerson = known.get(token.text) === null && ((token.start < (surnameFrom.get(token.text) ?? -1) && !organisationWords.has(token.text)) || token.start < (shortFrom.get(token.text) ?? -1));
      if (isCapitalised(token.text) && known.has(token.text) && !beforePerson && token.pos !== 'DET' && token.pos !== 'NUM' && !wholeAt.has(i) && !(english && res.cues.titles.has(token.text)) && !originAdjective && (!withArticle.has(token.text) || articleRightBefore(doc.tokens, i, from))) {
        const full = known.get(token.text);
        // ("mit Sitz im Schweizer Zug … Im Zug saßen Reisende": a town whose name is an everyday word is that word
        // again after an article or a preposition joined with one; towns take none.)
        if (full && PLACE_CLASSES.has(full.type) && !english && res.isCommonNoun(token.text) && !placeKinds.has(token.text) && i > from && articleOrContracted(doc.tokens[i - 1]!.text.toLowerCase())) continue;
        out.push(full ? makeMention(doc, i, i + 1, full.label, full.type, 'repeat', full) : makeMention(doc, i, i + 1, token.text, 'Organization', 'repeat', undefined));
        continue;
      }
      // "Bad Homburger": the adjective of a place whose name has a first word; only the whole name will do.
      const prefix = i > from && res.cues.placePrefixes.has(doc.tokens[i - 1]!.text) ? doc.tokens[i - 1]!.text : undefined;
      // ("der Magdeburger „Volksstimme“": the word after an opening quote.)
      const next = QUOTES_BEFORE_WORD.has(doc.tokens[i + 1]?.text ?? '') ? doc.tokens[i + 2] : doc.tokens[i + 1];
      const place = prefix === undefined ? demonym(token, next, res) : undefined;
      if (place !== undefined) {
        const m = makeMention(doc, i, i + 1, place.label, place.type, 'cue:demonym', place);
        // "von dem US-Amerikaner Joshua Moon": a German inhabitant noun before a person's name describes that
        // person; the place is inside the word, as in a compound, and the noun stays a noun for the clause.
        if (!english && personStarts.has(i + 1) && !/^\p{Ll}/u.test(token.text)) m.compoundHead = token.text;
        out.push(m);
        continue;
      }
      const lower = lowers[i]!;
      const pronounClass = PRONOUNS.get(lower);
      // "it" only as an object: "it is", "it said" are no references to a company.
      // "Last year it bought Ratenfix": a subject "it" before a verb of the rules refers back; "it said" does not.
      const itActs = lower === 'it' && ((doc.tokens[i + 1]?.pos === 'VERB' && doc.tokens[i + 1]!.verb !== undefined && !IT_DUMMY_VERBS.has(doc.tokens[i + 1]!.verb!.lemma)) || itPassive(doc.tokens, i) || itHas(doc.tokens, i) || itWill(doc.tokens, i) || itProgressive(doc.tokens, i));
      const dummy = lower === 'it' && !itActs && (doc.tokens[i + 1]?.pos === 'AUX' || doc.tokens[i + 1]?.pos === 'VERB' || doc.tokens[i - 1]?.pos !== 'VERB');
      // German "sie" next to a singular finite verb ("wurde sie", "sie sagte") is a woman; else a plural or a thing.
      // Dative "ihr" ("hatte ihr eine Strafe auferlegt") is always singular and feminine.
      // ("Ihr steirischer Landessekretär X warf …": before an adjective or a noun, "ihr" is a possessive, no dative.)
      // (Not after a preposition: "die von ihr gegründete Firma".)
      const possessiveIhr = lower === 'ihr' && doc.tokens[i - 1]?.pos !== 'ADP' && (doc.tokens[i + 1]?.pos === 'ADJ' || doc.tokens[i + 1]?.pos === 'NOUN') && doc.tokens[i + 1]!.sentence === token.sentence;
      if (((lower === 'sie' && singularVerbBeside(doc.tokens, i)) || (lower === 'ihr' && !possessiveIhr)) && token.pos === 'PRON' && doc.article.lang === 'de') {
        const m = makeMention(doc, i, i + 1, token.text, 'Person', 'coref:pronoun', undefined);
        m.refersTo = 'Person';
        m.gender = 'f';
        out.push(m);
        continue;
      }
      // English "Tillmore fired her in May": "her" after a verb or a preposition and before no noun is an object, a woman.
      const afterHer = doc.tokens[i + 1];
      if (lower === 'her' && doc.article.lang === 'en' && (doc.tokens[i - 1]?.pos === 'VERB' || doc.tokens[i - 1]?.pos === 'ADP') && (afterHer === undefined || afterHer.sentence !== token.sentence || !OBJECT_HER_BEFORE.has(afterHer.pos))) {
        const m = makeMention(doc, i, i + 1, token.text, 'Person', 'coref:pronoun', undefined);
        m.refersTo = 'Person';
        m.gender = 'f';
        out.push(m);
        continue;
      }
      // "Die Moderatoren … Sie werfen dem Unternehmen vor": "sie" beside a plural verb points back to a group.
      if (lower === 'sie' && token.pos === 'PRON' && doc.article.lang === 'de' && pluralVerbBeside(doc.tokens, i)) {
        const m = makeMention(doc, i, i + 1, token.text, 'Group', 'coref:pronoun', undefined);
        m.refersTo = 'Group';
        out.push(m);
        continue;
      }
      // "Seit 2019 gehört es zur X-Gruppe": German "es" right after the finite verb of an inverted clause refers to an
      // organisation ("das Unternehmen") when the verb is one of acting or belonging, not "gibt es", "geht es".
      const prevToken = i > from ? doc.tokens[i - 1] : undefined;
      // "…, es konkurriert mit Anbietern wie X": also before such a verb, opening a clause after a comma or "und".
      const nextToken = i + 1 < to ? doc.tokens[i + 1] : undefined;
      const esActs =
        !english && lower === 'es' && token.pos === 'PRON' &&
        ((prevToken?.pos === 'VERB' && prevToken.verb?.finite === true && !ES_DUMMY_VERBS.has(prevToken.verb.lemma) && i - 1 > from) ||
          ((prevToken?.text === ',' || prevToken?.text === 'und') && nextToken?.pos === 'VERB' && nextToken.verb?.finite === true && !ES_DUMMY_VERBS.has(nextToken.verb.lemma)) ||
          // ("Es konkurriert in der Hauptstadt mit …": opening a sentence, before a verb of acting or owning.)
          (i === from && token.text === 'Es' && nextToken?.pos === 'VERB' && nextToken.verb?.finite === true && res.cues.esSubjectVerbs.has(nextToken.verb.lemma)) ||
          // "Geführt wird es von Henrik Osterkamp", "Es wird von X geführt": the subject of a passive with its agent.
          esPassive(doc.tokens, lowers, i, from, to));
      if (esActs) {
        const m = makeMention(doc, i, i + 1, token.text, 'Organization', 'coref:pronoun', undefined);
        m.refersTo = 'Organization';
        out.push(m);
        continue;
      }
      // "Kritik kommt vom Verein «Pro Val». Dieser wirft X vor": a German demonstrative opening a sentence before its
      // finite verb points to the person or organisation named last (before a singular verb: "Dieser gehören …" is a
      // dative, "Diese würden …" a plural).
      if (!english && i === from && DEMONSTRATIVES.has(token.text) && nextToken?.verb?.finite === true && singularVerbBeside(doc.tokens, i)) {
        const m = makeMention(doc, i, i + 1, token.text, 'Thing', 'coref:pronoun', undefined);
        m.demonstrative = true;
        if (token.text === 'Dieser') m.gender = 'm';
        else if (token.text === 'Diese') m.gender = 'f';
        out.push(m);
        continue;
      }
      if (pronounClass !== undefined && token.pos === 'PRON' && !dummy) {
        const m = makeMention(doc, i, i + 1, token.text, pronounClass, 'coref:pronoun', undefined);
        m.refersTo = pronounClass;
        const g = PRONOUN_GENDER[lower];
        if (g !== undefined) m.gender = g;
        out.push(m);
        continue;
      }
      // "Noch im selben Jahr gründeten die beiden Fundgrüebli": "die beiden" alone, the two named together last.
      if (!english && BOTH.has(lowers[i]!) && i > from && DEFINITE.has(lowers[i - 1]!) && doc.tokens[i - 1]!.pos === 'DET') {
        const next = doc.tokens[i + 1];
        if (next === undefined || next.sentence !== token.sentence || (next.pos !== 'NOUN' && next.pos !== 'ADJ')) {
          const m = makeMention(doc, i, i + 1, 'beiden', 'Thing', 'coref:pronoun', undefined);
          m.both = true;
          out.push(m);
          continue;
        }
      }
      // English "The two launched the site", "Both were …": the two named together last.
      if (english && ((lowers[i] === 'two' && i > from && lowers[i - 1] === 'the') || (lowers[i] === 'both' && (i === from || doc.tokens[i - 1]!.pos === 'PUNCT' || doc.tokens[i - 1]!.pos === 'CCONJ')))) {
        const next = doc.tokens[i + 1];
        if (next !== undefined && next.sentence === token.sentence && (next.pos === 'VERB' || next.pos === 'AUX') && next.verb?.finite === true) {
          const m = makeMention(doc, i, i + 1, token.text, 'Thing', 'coref:pronoun', undefined);
          m.both = true;
          out.push(m);
          continue;
        }
      }
      if (token.pos !== 'NOUN' && token.pos !== 'PROPN') continue;
      if (wholeAt.has(i)) continue;
      // English "accusing the two companies of …", "both companies": the two organisations named together.
      if (english && i > from && ((lowers[i - 1] === 'two' && lowers[i - 2] === 'the') || lowers[i - 1] === 'both') && TWO_ORGS.has(lowers[i]!)) {
        const m = makeMention(doc, i, i + 1, token.text, 'Organization', 'coref:description', undefined);
        m.refersTo = 'Organization';
        m.both = true;
        out.push(m);
        continue;
      }
      // "die beiden Rivalen", "den beiden Konzernen": the two organisations named last, together.
      if (!english && i > from && BOTH.has(lowers[i - 1]!)) {
        const lemma = token.lemma ?? token.text;
        const kind = cueFor(res.cues, lemma, res.nounHead(token.text));
        if ((kind?.kind === 'organization' && kind.cls !== 'Place') || res.cues.rivalNouns.has(lemma)) {
          const m = makeMention(doc, i, i + 1, lemma, kind?.kind === 'organization' ? kind.cls : 'Organization', 'coref:description', undefined);
          m.refersTo = 'Organization';
          m.both = true;
          out.push(m);
          continue;
        }
      }
      // English "Investors in the United States have filed …": a bare plural opening the sentence.
      const openingGroup = english && /^\p{Lu}\p{Ll}+s$/u.test(token.text) && res.cues.groupNouns.has(lowers[i]!) && (i === from || ['-', '–', '—', '"', '“'].includes(doc.tokens[i - 1]!.text));
      // "die Spekulanten", "mehrere Lagerarbeiter": the plural of any role noun with a feminine form beside it (not
      // "beide Partner", nor a possessor's own roles, "zu dessen größten Anteilseignern", which rules read as nouns).
      const roleGroup =
        !english && token.pos === 'NOUN' && rolePlural(token, res) && !BOTH.has(lowers[i - 1] ?? '') && !POSSESSIVE_ROLE.test(determinerBefore(doc.tokens, i, from, english) ?? '') &&
        (token.plural === true || (token.lemma !== undefined && token.lemma !== token.text) || pluralContext(doc.tokens, lowers, i, from));
      // "die Nutzer", "viele Kritiker": a collective of people named by a plural noun.
      if (
        openingGroup ||
        // "Musikfans": by the compound's head too.
        (res.cues.groupNouns.has(token.text) || res.cues.groupNouns.has(token.lemma ?? token.text) || ((token.plural === true || (token.lemma !== undefined && token.lemma !== token.text)) && groupHead(token.text, res)) ||
          // "viele Taxifahrer": a compound on a group noun that reads the same in both numbers, after a plural word.
          (!english && sameInPlural(token) && groupHead(token.text, res) && pluralContext(doc.tokens, lowers, i, from)) ||
          roleGroup) &&
        // "dem Journalisten Lukas Imhof" is one person.
        !SINGULAR_ARTICLES.has(determinerBefore(doc.tokens, i, from, english) ?? '') &&
        // "sagte der Politiker des Bündnisses": "der" and a masculine noun right after a finite verb are one person.
        !(!english && lowers[i - 1] === 'der' && doc.tokens[i - 2]?.verb?.finite === true && token.genders !== undefined && token.genders.length > 0 && !token.genders.includes('F') && cueFor(res.cues, token.lemma ?? token.text, res.nounHead(token.text))?.kind === 'person') &&
        // "Der Betreiber habe …": a noun for a firm after "der" beside a singular verb is that firm.
        !(!english && lowers[i - 1] === 'der' && singularVerbBeside(doc.tokens, i) && cueFor(res.cues, token.lemma ?? token.text, res.nounHead(token.text))?.kind === 'organization') &&
        !(nameStarts.has(i + 1) && i + 1 < to) &&
        (determinerBefore(doc.tokens, i, from, english) !== undefined ||
          doc.tokens[i - 1]?.pos === 'ADJ' ||
          // "werfen dem Institut vor, Aktionäre getäuscht zu haben": a German bare plural of a group noun too.
          (!english && res.cues.groupNouns.has(token.text) && doc.tokens[i - 1]?.pos !== 'PROPN') ||
          // "um die sich rund 4.000 Handwerksbetriebe bewerben", "schreiben Privatkunden Aufträge aus": a plural
          // compound on a group noun after a number or a verb.
          (!english && (token.plural === true || token.maybePlural === true || (token.lemma !== undefined && token.lemma !== token.text)) && groupHead(token.text, res) && ['NUM', 'VERB', 'AUX'].includes(doc.tokens[i - 1]?.pos ?? '')) ||
          // "Spekulanten hätten …": a role noun's plural standing alone.
          (roleGroup && doc.tokens[i - 1]?.pos !== 'PROPN') ||
          // "about 2.1 million households", "27 million followers": an English group noun after a number.
          (english && res.cues.groupNouns.has(token.text) && (doc.tokens[i - 1]?.pos === 'NUM' || loadClauseLexicon('en').quantityWords.has(lowers[i - 1] ?? ''))) ||
          (doc.tokens[i - 1]?.pos === 'ADP' && !english) ||
          // English bare plurals too: "after hackers broke into its systems", "were targeted by hackers".
          (english && res.cues.groupNouns.has(token.text) && /^\p{Ll}/u.test(token.text) && doc.tokens[i - 1]?.pos !== 'PROPN' && doc.tokens[i - 1]?.pos !== 'NOUN') ||
          // "popular with U.S. college students", "platform workers": after a lower-case noun that a name or a
          // preposition opens.
          (english && res.cues.groupNouns.has(token.text) && /^\p{Ll}/u.test(doc.tokens[i - 1]?.text ?? '') && doc.tokens[i - 1]?.pos === 'NOUN' && ['PROPN', 'ADP'].includes(doc.tokens[i - 2]?.pos ?? '')) ||
          // "Brazilian users".
          (english && i - 1 >= from && res.cues.demonyms.has(doc.tokens[i - 1]!.text)))
      ) {
        // "russischsprachige Kriminelle": the adjectives before the noun belong to the group's name.
        let first = i;
        while (first - 1 >= from && first > i - 3 && doc.tokens[first - 1]!.pos === 'ADJ') first--;
        // "Spielerinnen und Spieler(n)": the women and the men of one group, named together.
        const pair = !english && /innen$/.test(token.text) && lowers[i + 1] === 'und' && i + 2 < to && doc.tokens[i + 2]!.text.startsWith(token.text.slice(0, -5));
        const last = pair ? i + 2 : i;
        const m = makeMention(doc, first, last + 1, pair ? doc.article.text.slice(token.start, doc.tokens[last]!.end) : token.text, 'Group', 'unnamed', undefined);
        if (pair) {
          m.role = `group:${token.lemma ?? token.text}`;
          out.push(m);
          i = last;
          continue;
        }
        m.role = `group:${token.lemma ?? token.text}`;
        out.push(m);
        continue;
      }
      // "der 56-Jährige", "die Walliserin": a person described by age or origin refers back to a person.
      // An inhabitant word before a noun is its adjective ("der Zuger Gesundheitsdirektor").
      // ("der Magdeburger „Volksstimme“": a title in quotes after it too.)
      const opensTitle = /^[„“"»]$/.test(doc.tokens[i + 1]?.text ?? '') && isCapitalised(doc.tokens[i + 2]?.text ?? '');
      const beforeNoun = (isCapitalised(doc.tokens[i + 1]?.text ?? '') || opensTitle) && doc.tokens[i + 1]!.sentence === token.sentence;
      // "und den Stuttgartern vorgeworfen": the inhabitants of a town in the plural, with their article, are the
      // organisation from there the text talks about.
      // (By the lemma: "Konzern" is no plural of an inhabitant of Konz.)
      // ("Die Japaner kaufen 51 Prozent", "warf den Schweden vor": in the nominative and accusative too, and in the
      // plural of "der Schwede" — only where a plural is certain.)
      const inhabitants = !english && !beforeNoun ? inhabitantsPlural(doc.tokens, i, from, res) : undefined;
      if (inhabitants !== undefined) {
        const place = inhabitantPlace(inhabitants, res);
        if (place !== undefined) {
          const p = makeMention(doc, i, i + 1, place.label, place.type, 'cue:demonym', place);
          p.compoundHead = token.text;
          out.push(p);
          const m = makeMention(doc, i, i + 1, token.text, 'Organization', 'coref:description', undefined);
          m.refersTo = 'Organization';
          out.push(m);
          continue;
        }
      }
      // "der gebürtige Deutsche", "die Französin": nationalities too.
      const describedPerson =
        (AGE_NOUN.test(token.text) && !(english && (doc.tokens[i + 1]?.pos === 'NOUN' || doc.tokens[i + 1]?.pos === 'ADJ'))) ||
        // ("in dem Lager" is no man from Lage: a neuter noun names no person.)
        (!beforeNoun &&
          (((token.text.endsWith('er') || token.text.endsWith('erin')) && /^\p{Lu}\p{Ll}+(erin|er)$/u.test(token.text) && !(token.genders?.length === 1 && token.genders[0] === 'N') && inhabitantOf(token.text, res)) ||
            res.cues.placeAdjectives.has(token.text)));
      // "Die frühere Sportreporterin hatte …": a sentence that opens on any role noun and a verb is about a person.
      const openingGender = !english && !describedPerson && !beforeNoun && !nameStarts.has(i + 1) ? openingRole(doc.tokens, lowers, i, from, res) : undefined;
      if (openingGender !== undefined) {
        const m = makeMention(doc, i, i + 1, token.text, 'Person', 'coref:description', undefined);
        m.refersTo = 'Person';
        m.gender = openingGender;
        out.push(m);
        continue;
      }
      if (describedPerson && !nameStarts.has(i + 1)) {
        const det = determinerBefore(doc.tokens, i, from, english);
        if (det !== undefined && DEFINITE.has(det) && det !== 'beim') {
          const m = makeMention(doc, i, i + 1, token.text, 'Person', 'coref:description', undefined);
          m.refersTo = 'Person';
          // "die Walliserin", "die 48-Jährige" / "der Tiroler", "der 56-Jährige".
          // ("Die Prüfer werfen der 54-Jährigen vor": "der" before the weak ending is a woman's dative or genitive;
          // "dem", "den", "des" a man's.)
          const feminine = /in$/.test(token.text) || (det === 'die' && /Jährige$/.test(token.text)) || (det === 'der' && /Jährigen$/.test(token.text));
          const masculine = /er$/.test(token.text) || (det === 'der' && /Jährige$/.test(token.text)) || ((det === 'dem' || det === 'des') && /Jährigen$/.test(token.text));
          if (feminine) m.gender = 'f';
          else if (masculine) m.gender = 'm';
          out.push(m);
          // "die Walliserin" also names Wallis: a place inside the word, as in a compound.
          const place = AGE_NOUN.test(token.text) ? undefined : inhabitantPlace(token.text, res);
          if (place !== undefined) {
            const p = makeMention(doc, i, i + 1, place.label, place.type, 'cue:demonym', place);
            p.compoundHead = token.text;
            out.push(p);
          }
          continue;
        }
      }
      // "das Gremium": a generic body noun refers back to the body named before.
      if (!token.plural && res.cues.genericBodies.has(token.lemma ?? token.text) && determinerBefore(doc.tokens, i, from, english) !== undefined) {
        const m = makeMention(doc, i, i + 1, token.lemma ?? token.text, 'Organization', 'coref:description', undefined);
        m.role = 'body';
        m.refersTo = 'Organization';
        out.push(m);
        continue;
      }
      // "filed in federal court in Los Angeles": a court named by its kind without an article is one of its own.
      if (
        english && lowers[i] === 'court' && i - 1 >= from && COURT_KINDS.has(lowers[i - 1]!) && determinerBefore(doc.tokens, i, from, english) === undefined && !nameStarts.has(i + 1) &&
        // ("in a U.S. federal court": an article before a name in front is an article all the same.)
        ![2, 3].some((k) => i - k >= from && doc.tokens[i - k]!.pos === 'DET')
      ) {
        const m = makeMention(doc, i - 1, i + 1, `${lowers[i - 1]} court`, 'Court', 'unnamed', undefined);
        m.role = `court:${lowers[i - 1]}`;
        out.push(m);
        continue;
      }
      // "der Parteitag", "des Parteitags": a gathering is an event of the article, one per lemma.
      if (!token.plural && isEventNoun(token, res) && determinerBefore(doc.tokens, i, from, english) !== undefined && !nameStarts.has(i + 1)) {
        const m = makeMention(doc, i, i + 1, token.lemma ?? token.text, 'Event', 'unnamed', undefined);
        m.role = `event:${token.lemma ?? token.text}`;
        out.push(m);
        continue;
      }
      // "die Elisabeth-Brandis-Stiftung", "das Robert-Koch-Institut": a person's name joined by hyphens to an
      // association's or institution's noun is that organisation's name.
      const personNamed = english ? undefined : personNamedInstitution(token.text, res);
      if (personNamed !== undefined) {
        out.push(makeMention(doc, i, i + 1, token.text, personNamed, 'cue:noun', undefined));
        continue;
      }
      // "der Aufsichtsrat", "the board": a body of its own, not its organisation.
      const bodyHead = res.nounHead(token.text);
      // "des Schweizer Bauernverbands": a compound association noun names an association of its own.
      // "Die Fanvereinigung „Ammerbacher Kurve“": a name after it, also in quotes, is the association's own.
      const namedAfter = nameFollows(i);
      // ("den Traditionsverein" describes the club named before.)
      // ("der Mieterverein Emscherbogen … des Mietervereins": nor one the noun introduced by name before.)
      const introducedAt = introducing.get(token.lemma ?? token.text);
      // ("die Bürgerenergie X eG … Die Energiegenossenschaft": nor one that an organisation's legal form named before says
      // it is.)
      const association =
        bodyHead !== undefined && bodyHead !== (token.lemma ?? token.text) && res.cues.associationHeads.has(bodyHead) && !namedAfter && !res.cues.describingCompounds.has(token.lemma ?? token.text) &&
        !(introducedAt !== undefined && introducedAt < i) && !names.some((n) => n.start < token.start && n.type !== 'Person' && res.cues.legalFormHeads.get(n.text.slice(n.text.lastIndexOf(' ') + 1)) === bodyHead);
      const bodyDet = determinerBefore(doc.tokens, i, from, english);
      // "Gmunden solle zu einem Ausbildungsverein werden": a predicative association is a kind, not a body.
      const predicative = association && bodyDet !== undefined && INDEFINITE.has(bodyDet) && predicativeBefore(doc.tokens, i, from);
      // ("dem Finanzvorstand Tobias Weyland": before a person's full name the noun is the person's role; "der Koalition
      // Merz die Stimme verweigern" is no role.)
      // ("Quarnshire County Council … the council": nor the noun that ends a name before, which it refers back to.)
      const bodyNoun = (token.lemma ?? token.text).toLowerCase();
      // (Not a body whose owner is named before it: "Kalgara's board", "its board".)
      const owned = /['’]s?$/.test(doc.tokens[i - 1]?.text ?? '') || POSSESSIVE_PRONOUNS.has(lowers[i - 1] ?? '') || (doc.tokens[i - 1]?.pos === 'ADJ' && /['’]s?$/.test(doc.tokens[i - 2]?.text ?? ''));
      const namedBody = !owned && (lastWords.get(bodyNoun) ?? Infinity) < token.start;
      if (!token.plural && !namedBody && ((association && !predicative) || res.cues.bodies.has(token.lemma ?? token.text) || (bodyHead !== undefined && res.cues.bodies.has(bodyHead) && !res.cues.wholeWordBodies.has(bodyHead))) && bodyDet !== undefined && !fullNameStarts.has(i + 1)) {
        const m = makeMention(doc, i, i + 1, token.lemma ?? token.text, 'Organization', 'unnamed', undefined);
        m.role = 'body';
        // "des Händlerbunds … Der Verband": an association's noun gives its sector.
        const sector = sectorOf(res.cues, token.lemma ?? token.text, bodyHead);
        if (sector !== undefined) m.sector = sector;
        out.push(m);
        continue;
      }
      // "beschäftigt rund 900 Menschen", "employs about 7,400 people": people counted as a firm's staff are a group, named
      // with their number ("900 Menschen").
      if (countedStaff(doc.tokens, lowers, i, from, res)) {
        const m = makeMention(doc, i, i + 1, `${doc.tokens[i - 1]!.text} ${token.text}`, 'Group', 'unnamed', undefined);
        m.role = `group:${token.lemma ?? token.text}`;
        out.push(m);
        continue;
      }
      // "betreibt 31 Filialen", "its 58 stores": sites counted with a number are one entity of the article, named
      // with their number.
      if (countedSite(doc.tokens, lowers, i, from, res)) {
        const m = makeMention(doc, i - 1, i + 1, `${doc.tokens[i - 1]!.text} ${token.text}`, 'Facility', 'unnamed', undefined);
        m.fresh = true;
        out.push(m);
        continue;
      }
      // "sein Werk im Innviertel", "die Schokoladenfabrik in Bad Lindau", "das Stammwerk": a site where an
      // organisation works is an entity of the article, one per noun, with the place after it in an alias.
      // ("the cement plant in McGregor", "a new factory": English writes the noun in lower case, its singular bare;
      // "the warehouse club" is a kind of club.)
      // ("das BMW-Werk in Steyr": a compound of a name and a site's noun is that organisation's or place's site.)
      const siteOf = english ? undefined : compoundSite(out, i, token, res);
      const site = english
        ? /^\p{Ll}+$/u.test(token.text) && res.cues.facilities.has(token.text) && doc.tokens[i + 1]?.pos !== 'NOUN'
        : token.plural !== true && token.maybePlural !== true && (siteOf !== undefined || facility(token.lemma ?? token.text, res));
      if (site && bodyDet !== undefined && !namedAfter && !(siteOf === undefined && introducingSites.has(token.lemma ?? token.text))) {
        // (A compound site is named by its whole word, "des Opel-Werks" by "Opel-Werk".)
        const lemma = siteOf !== undefined ? `${out[siteOf]!.text}-${out[siteOf]!.compoundHead!}` : (token.lemma ?? token.text);
        const town = placeAfter(doc, i + 1, names);
        // ("sein Werk in Kassel … ein Werk im ungarischen Pécs": a site in another place is another site.)
        const first = facilityTowns.get(lemma);
        if (first === undefined && town !== undefined) facilityTowns.set(lemma, town.normalized);
        const other = town !== undefined && first !== undefined && first !== town.normalized;
        // ("das BMW-Werk in Steyr … Das Werk in Steyr": the site named before in the same place.)
        const named = siteOf === undefined && town !== undefined ? siteNames.get(`${lemma} in ${town.normalized}`) : undefined;
        if (siteOf !== undefined && town !== undefined) siteNames.set(`${out[siteOf]!.compoundHead!} in ${town.normalized}`, lemma);
        const m = makeMention(doc, i, i + 1, named ?? (other ? `${lemma} in ${town.normalized}` : lemma), 'Facility', 'unnamed', undefined);
        if (town !== undefined) m.text = `${lemma} in ${town.normalized}`;
        if (siteOf !== undefined) m.modifier = siteOf;
        m.fresh = true;
        out.push(m);
        continue;
      }
      // "sued its larger rival", "verklagte den Konkurrenten": a relational noun without a name after it
      // describes an organisation named before.
      const relNoun = token.lemma ?? token.text;
      // ("its rival service Mixer": an English noun before another only modifies it.)
      // ("owns the rival "NBA Live" franchise": nor before a quoted name.)
      const attributive =
        english && ((doc.tokens[i + 1]?.pos === 'NOUN' && /^\p{Ll}/u.test(doc.tokens[i + 1]!.text) && doc.tokens[i + 1]!.sentence === token.sentence) || (/^["“]$/.test(doc.tokens[i + 1]?.text ?? '') && nameStarts.has(i + 2)));
      if (!token.plural && res.cues.rivalNouns.has(relNoun) && !nameStarts.has(i + 1) && !attributive && !(!english && dativePlural(doc.tokens, i, from))) {
        const det = determinerBefore(doc.tokens, i, from, english);
        // "Brella is Alvona's biggest competitor": a name in the genitive is the other party, not this one.
        if (det !== undefined && !INDEFINITE.has(det) && !(english && genitiveNameBefore(doc.tokens, i, from))) {
          const m = makeMention(doc, i, i + 1, relNoun, 'Organization', 'coref:description', undefined);
          m.refersTo = 'Organization';
          m.relational = true;
          out.push(m);
          continue;
        }
      }
      // English "the company's vice president": a description in the genitive.
      const possessive = english && /['’]s$/.test(token.text) ? token.text.slice(0, -2) : undefined;
      // ("die Marke": the written form when the lemma is another word's, "Mark"; "die Stadtwerke": a plural the cues
      // list as it is written.)
      const single =
        possessive !== undefined
          ? cueFor(res.cues, possessive.toLowerCase(), undefined)
          : (cueFor(res.cues, token.lemma ?? token.text, res.nounHead(token.text)) ?? (token.lemma !== undefined && token.lemma !== token.text && !english && (token.plural !== true || res.cues.organization.has(token.text)) ? cueFor(res.cues, token.text, undefined) : undefined));
      // ("the central bank", "a radio station": English writes some compounds as two words; a pair is looked up before
      // its last word, which alone may be no cue.)
      const pair = english && i - 1 >= from && /^\p{Ll}+$/u.test(doc.tokens[i - 1]!.text) ? cueFor(res.cues, `${lowers[i - 1]} ${possessive?.toLowerCase() ?? lowers[i]}`, undefined) : undefined;
      let cue = pair ?? single;
      // "Rallyline, a social-media start-up set up by …": the noun in apposition says what the name is.
      // ("Kestrel Capital, an activist investor that holds …": a role firms hold too, after a firm's name.)
      const apposed =
        cue !== undefined && (cue.kind === 'organization' || (english && res.cues.orgRoles.has(token.lemma ?? token.text))) && possessive === undefined ? apposedName(nameEndingAt, doc.tokens, i, from) : undefined;
      if (apposed !== undefined && cue !== undefined && INDEFINITE.has(determinerBefore(doc.tokens, i, from, english) ?? '')) {
        const noun = token.lemma ?? token.text;
        const sector = sectorOf(res.cues, noun, res.nounHead(token.text));
        const scale = scaleOf(res.cues, noun, res.nounHead(token.text));
        if (apposed.sector === undefined && sector !== undefined) apposed.sector = sector;
        if (apposed.scale === undefined && scale !== undefined) apposed.scale = scale;
        if (apposed.type === 'Organization' && cue.cls !== 'Organization') apposed.type = cue.cls;
        // ("Calder Sound, a community radio station", "Kestrel Mill, a paper company": so is a name that only a first
        // name made a person's, by a noun no person is; not "Tanya Brickell, a forklift operator", "X, a group veteran".)
        if (apposed.type === 'Person' && apposed.source === 'cue:first-name' && cue.kind === 'organization' && res.cues.impersonalNouns.has(pair === undefined ? (token.lemma ?? token.text) : `${lowers[i - 1]} ${lowers[i]}`) && doc.tokens[i + 1]?.pos !== 'NOUN') {
          apposed.type = cue.cls;
          apposed.source = 'cue:noun';
        }
        continue;
      }
      if (english && cue === undefined && possessive === undefined) {
        const g = englishPluralGroup(doc, lowers, i, from, res, nameStarts);
        if (g !== undefined) {
          out.push(g);
          continue;
        }
      }
      // English "the software company X": a noun before another noun only modifies it.
      // ("The Los Gatos, California-based company forecast a loss": not a word read as a noun that an article or a
      // pronoun follows, a verb.)
      if (english && possessive === undefined && doc.tokens[i + 1]?.pos === 'NOUN' && /^\p{Ll}/u.test(doc.tokens[i + 1]!.text) && !/(ing|ed)$/.test(doc.tokens[i + 1]!.text) && !verbBeforeObject(doc.tokens, i + 1)) continue;
      // "werben um Sammler aus Osteuropa", "Netzbetreiber müssten …": a role noun (one with a feminine form in -in)
      // that the cues do not list, in a form of both numbers with no article, is a plural and names a group.
      // "einer Kassiererin der Kette … die Kassiererin": a singular role noun the cues do not list, after an article,
      // is a person of the story all the same.
      if (!english && cue === undefined && singularRole(doc.tokens, i, from, res) && !nameFollows(i)) cue = ROLE_CUE;
      if (!english && cue === undefined && token.pos === 'NOUN' && /^\p{Lu}/u.test(token.text) && !nameFollows(i) && !BOTH.has(lowers[i - 1] ?? '')) {
        const lemma = token.lemma ?? token.text;
        const head = res.nounHead(lemma);
        const role = res.personNoun(lemma) || (head !== undefined && head !== lemma && res.personNoun(head));
        if (role && (token.plural === true || ((token.maybePlural === true || token.pluralToo === true || sameInPlural(token)) && (pluralContext(doc.tokens, lowers, i, from) || barePlural(doc.tokens, lowers, i, from))))) {
          const g = pluralGroup(doc, lowers, i, from, ROLE_CUE, undefined, res, nameStarts);
          if (g !== undefined) out.push(g);
        }
        continue;
      }
      if (cue?.kind === 'place' && !nameFollows(i)) {
        // "Die Gemeinde Wildbichl hat X geklagt … Die Gemeinde wirft X vor": the municipality named with the noun before.
        const town = english || token.plural === true || municipalities.length === 0 ? undefined : municipalityBefore(doc.tokens, i, from, municipalities, res);
        if (town !== undefined) {
          const m = makeMention(doc, i, i + 1, town.normalized, town.type, 'repeat', undefined);
          m.municipal = true;
          out.push(m);
        }
        continue;
      }
      if (cue === undefined || nameFollows(i)) continue;
      // "der österreichische Jurist und Aktivist Max Schrems": two nouns for the person named after them.
      if (cue.kind === 'person' && (lowers[i + 1] === 'und' || lowers[i + 1] === 'and') && doc.tokens[i + 2]?.pos === 'NOUN' && personStarts.has(i + 3) && i + 3 < to) continue;
      // "The new company, Sablewood, will be based in Zurich": the name in apposition says who it is.
      // (English only: German "die Chefin des Unternehmens, Karin Wolf," puts the name after a genitive.)
      if (english && doc.tokens[i + 1]?.text === ',' && nameStarts.has(i + 2) && cue.kind !== 'person') continue;
      // "des ChatGPT-Entwicklers": the maker of a product is a company, not a person.
      const sub = out.length > 0 && out[out.length - 1]!.tokenStart === i && out[out.length - 1]!.compoundHead !== undefined ? out.length - 1 : undefined;
      // English writes the compound as two words: "the iPhone maker".
      const quoted = /^["“”]$/.test(doc.tokens[i - 1]?.text ?? '');
      const before = sub === undefined && english ? (nameEndingAt.get(i) ?? (quoted ? nameEndingAt.get(i - 1) : undefined)) : undefined;
      // "the PlayStation console", "the Safeway chain": the name already says what the noun would refer to.
      if (before !== undefined && (cue.kind === 'product' || cue.kind === 'organization') && before.type !== 'Person' && !PLACE_CLASSES.has(before.type) && !res.cues.makers.has(token.lemma ?? token.text) && !res.cues.appositionNouns.has(token.lemma ?? token.text)) continue;
      // "Google's Mandiant unit": after an owner in the genitive, the name before the noun is the unit's own.
      if (before !== undefined && /['’]s$/.test(doc.tokens[before.tokenStart - 1]?.text ?? '') && /^\p{Lu}/u.test(doc.tokens[before.tokenStart - 1]!.text) && res.cues.appositionNouns.has(token.lemma ?? token.text)) continue;
      const inner = sub !== undefined ? out[sub]! : before;
      const maker = inner !== undefined && inner.type === 'Product' && res.cues.makers.has(sub !== undefined ? inner.compoundHead! : (token.lemma ?? token.text));
      // "der iPhone-Hersteller": the gazetteer may know who makes the product.
      const knownMaker = maker && inner!.gazetteerId !== undefined ? res.lookup(inner!.normalized).find((e) => e.id === inner!.gazetteerId)?.maker : undefined;
      if (maker) cue = { kind: 'organization', value: 'Company', cls: 'Company' };
      // Plural descriptions ("den Geldgebern") name no single entity; judges
      // in the plural ("die Richter") still speak for their court.
      // ("the Hoboken, New Jersey-based lender": a place before "-based" is read back to the article from the noun.)
      const based = before !== undefined && /-(based|headquartered)$/.test(doc.tokens[i - 1]?.text ?? '');
      const det = determinerBefore(doc.tokens, before !== undefined && !based ? before.tokenStart : i, from, english);
      // ("Die Wettbewerbshüter untersagten …": the people of an authority in the plural describe the authority.)
      const collective = !english && res.cues.collectiveAuthorities.has(token.lemma ?? token.text);
      // ("die Stadtwerke": a plural the cues list as it is written names one organisation.)
      const listedPlural = !english && token.plural === true && res.cues.organization.has(token.text);
      // "des Fintechs": a singular article decides where the noun form could be either.
      if (token.plural === true && !collective && !listedPlural && !(cue.kind === 'person' && cue.value === 'judge') && !(det !== undefined && SINGULAR_ARTICLES.has(det))) {
        if (!english) {
          const g = pluralGroup(doc, lowers, i, from, cue, det, res, nameStarts);
          if (g !== undefined) out.push(g);
        }
        continue;
      }
      // ("mehrere Baufirmen": a compound whose plural the tables do not mark, by its lemma.)
      const unmarked = token.plural !== true && token.lemma !== undefined && token.lemma !== token.text && /(en|n|s|e)$/.test(token.text) && res.nounHead(token.text) !== undefined;
      if (!english && !collective && !(cue.kind === 'person' && cue.value === 'judge') && (token.maybePlural === true || sameInPlural(token) || unmarked) && pluralContext(doc.tokens, lowers, i, from)) {
        const g = pluralGroup(doc, lowers, i, from, cue, det, res, nameStarts);
        if (g !== undefined) out.push(g);
        continue;
      }
      if (det === undefined) continue;
      // ("die Tochter des Gründers": a kin noun that also names companies, before the genitive of a noun for a person,
      // is kin, no company.)
      if (cue.kind === 'organization' && !english && res.cues.kinFirmNouns.has(token.lemma ?? token.text)) {
        const gen = doc.tokens[i + 1];
        const of = doc.tokens[i + 2];
        const personOf = gen !== undefined && /^(des|der)$/.test(gen.text) && of !== undefined && of.pos === 'NOUN' && cueFor(res.cues, of.lemma ?? of.text, res.nounHead(of.text))?.kind === 'person';
        if (personOf) continue;
      }
      // "die Konzerne", "den Unternehmen": the article shows a plural the noun form hides.
      // (Not the people of an authority, whose plural describes it: "Die Wettbewerbshüter untersagten …".)
      // (Nor a plural the cues list as it is written: "Die Stadtwerke erhöhen ihre Preise".)
      if (cue.kind !== 'person' && pluralByArticle(det, token.genders) && !collective && !listedPlural) continue;
      // ("die Stadtwerke": a listed plural keeps its written form, not the lemma "Stadtwerk".)
      const noun = pair !== undefined ? `${lowers[i - 1]} ${possessive?.toLowerCase() ?? lowers[i]}` : (possessive?.toLowerCase() ?? (listedPlural ? token.text : undefined) ?? token.lemma ?? token.text);
      // "Isarwerk Ventures … Mairhofer wirft dem Investor vor": a role companies hold too, after an organisation of
      // that sector was named, describes that organisation.
      if (cue.kind === 'person' && !english && DEFINITE.has(det) && res.cues.orgRoles.has(noun)) {
        const sector = sectorOf(res.cues, noun, res.nounHead(token.text));
        if (sector !== undefined && names.some((n) => n.sector === sector && n.start < token.start && n.type !== 'Person')) cue = { kind: 'organization', value: 'Company', cls: 'Company' };
      }
      // "head of infrastructure at the Toronto-based investor": in English, such a role after "at" (where one works) or
      // after a town's "-based" describes an organisation.
      if (cue.kind === 'person' && english && det === 'the' && res.cues.orgRoles.has(noun) && firmContext(doc.tokens, lowers, i, from)) cue = { kind: 'organization', value: 'Company', cls: 'Company' };
      // "den Vorstand der Haarstrang-Bank": a compound of an organisation's name and a noun for its kind is that
      // organisation, named; the noun adds nothing to resolve.
      // ("der Aldi-Süd-Tochter": a relational noun describes another organisation, which the name owns or rivals.)
      if (sub !== undefined && cue.kind === 'organization' && !maker && DEFINITE.has(det) && !NOT_ORGANISATIONS.has(inner!.type) && !PLACE_CLASSES.has(inner!.type) && inner!.entity === undefined && !res.cues.appositionNouns.has(res.nounHead(token.text) ?? token.lemma ?? token.text)) {
        const named = out[sub]!;
        named.end = token.end;
        named.text = token.text;
        delete named.compoundHead;
        continue;
      }
      // "A union representing warehouse workers sued X … filed by the Northwest Warehouse Workers Union": an
      // organisation introduced by its kind, named soon after by a name that ends in that noun.
      // ("A group representing shops … Jinhe Digital Group": not a noun that ends firms' names as their legal form.)
      if (cue.kind === 'organization' && INDEFINITE.has(det) && !res.cues.bareForms.has(token.text.charAt(0).toUpperCase() + token.text.slice(1))) {
        const later = namedLater(names, (longNames ??= longNamesBySentence(names)), i, token, doc);
        if (later !== undefined) out.push(makeMention(doc, i, i + 1, later.normalized, later.type, 'repeat', undefined));
        // "vor einem Bundesgericht in Seattle", "in a federal court in Washington": a court introduced without its
        // name is an entity of the article all the same (the judges and rulings of the story hang on it).
        else if (cue.cls === 'Court' && !predicativeBefore(doc.tokens, i, from, AS)) {
          // ("ein Gericht im chinesischen Fuzhou": its town tells it from other courts, and names it.)
          const town = placeAfter(doc, i + 1, names);
          // ("a federal court in Washington": the English kind before it stays in the name.)
          const kind = english && i - 1 >= from && COURT_KINDS.has(lowers[i - 1]!) ? `${lowers[i - 1]} ` : '';
          const m = makeMention(doc, i, i + 1, town === undefined ? noun : `${kind}${noun} in ${town.text}`, 'Court', 'unnamed', undefined);
          m.role = 'court';
          out.push(m);
        }
        continue;
      }
      // "die Zentralstelle zur Bekämpfung der Internetkriminalität (ZIT)": where the description's complement ends.
      const longEnd = !english && cue.kind === 'organization' && DEFINITE.has(det) ? longAbbreviated(doc.tokens, i, covered) : undefined;
      // "stayed on as a director", "bleibt als Berater": a role after "as"/"als" says what someone is, it names nobody new.
      if (cue.kind === 'person' && INDEFINITE.has(det) && predicativeBefore(doc.tokens, i, from, AS)) continue;
      if (cue.kind === 'person' && INDEFINITE.has(det)) {
        const m = makeMention(doc, i, i + 1, noun, 'Person', 'unnamed', undefined);
        m.role = cue.value;
        const g = roleGender(res, noun, res.nounHead(token.text));
        if (g !== undefined) m.gender = g;
        // "ein Boehringer-Sprecher", "a Brightloop spokesperson": compound rules relate the person to the name.
        if (sub !== undefined) m.modifier = sub;
        else if (before !== undefined && before.type !== 'Person' && !PLACE_CLASSES.has(before.type)) m.modifierMention = before;
        out.push(m);
      } else if (det === 'beim' && !INSTITUTION_CUES.has(cue.cls) && !belongsTo(doc.tokens, i)) {
        // Contracted articles make descriptions of institutions only ("beim Oberlandesgericht"):
        // "zum wichtigsten Geldgeber des X" is seldom a reference back.
        continue;
      } else if (!english && DEFINITE.has(det) && cue.kind === 'organization' && INSTITUTION_CUES.has(cue.cls) && originBefore(out, i) !== undefined && !nameStarts.has(i + 1) && !res.cues.genericAuthorities.has(token.lemma ?? token.text)) {
        // "der hessischen Polizei", "die bayerische Datenschutzaufsicht": an institution of a country or state is one
        // of its own, no reference back to another named before; labelled as after "die" ("hessische Polizei").
        // (Not a town's, nor a generic noun: "die Bonner Behörde", "die französische Behörde" refer back.)
        const adj = doc.tokens[i - 1]!;
        const base = /^\p{Lu}/u.test(adj.text) ? adj.text : `${res.adjectiveLemma(adj.text) ?? adj.text.replace(/(en|em|er|es)$/u, '')}e`;
        const label = `${base.replace(/ee$/u, 'e')} ${token.lemma ?? token.text}`;
        const m = makeMention(doc, i, i + 1, label, cue.cls, 'unnamed', undefined);
        m.role = `institution:${label}`;
        if (token.genders?.length === 1 && token.genders[0] === 'F') m.gender = 'f';
        out.push(m);
      } else if (DEFINITE.has(det) && cue.kind !== 'person' && abbreviationAfter(doc.tokens, i)) {
        // "die Datenschutzbehörde (DSB)": the description is the institution's name, the bracket its short form.
        const m = makeMention(doc, i, i + 1, token.text, cue.cls, 'cue:abbreviated', undefined);
        if (!english && token.genders?.length === 1 && token.genders[0] === 'F') m.gender = 'f';
        // "Das Oberlandesgericht (OLG) Hamm": an institution's place after the bracket belongs to its name, and is
        // its seat.
        const place = INSTITUTION_CUES.has(cue.cls) ? names.find((n) => n.tokenStart === i + 4 && PLACE_CLASSES.has(n.type) && n.sentence === m.sentence) : undefined;
        if (place !== undefined) {
          m.normalized = `${token.text} ${place.text}`;
          m.modifierMention = place;
        }
        out.push(m);
      } else if (DEFINITE.has(det) && cue.kind === 'organization' && createdObject(doc.tokens, i, from, res)) {
        // (What a deal creates is neither a firm named before nor one a later description means.)
        continue;
      } else if (longEnd !== undefined) {
        // "die Zentralstelle zur Bekämpfung der Internetkriminalität (ZIT)": so is a description with its complement.
        const m = makeMention(doc, i, longEnd, doc.article.text.slice(token.start, doc.tokens[longEnd - 1]!.end), cue.cls, 'cue:abbreviated', undefined);
        if (token.genders?.length === 1 && token.genders[0] === 'F') m.gender = 'f';
        out.push(m);
      } else if (
        DEFINITE.has(det) && cue.kind === 'organization' && cue.cls !== 'GovernmentAgency' &&
        // ("die vereinte Genossenschaft unter dem Namen X … die neue Genossenschaft": once a merged one is named, a new
        // one is that one again, a description.)
        [1, 2].some((k) => i - k >= from && doc.tokens[i - k]!.pos === 'ADJ' && res.cues.newEntityAdjectives.has(doc.tokens[i - k]!.lemma ?? '') && !(doc.tokens[i - k]!.lemma === 'neu' && mergedSeen))
      ) {
        if (doc.tokens[i - 1]?.lemma !== 'neu' && doc.tokens[i - 2]?.lemma !== 'neu') mergedSeen = true;
        // "An dem fusionierten Unternehmen wird X 51 Prozent halten": the merged company, an entity of the article.
        // ("An die Spitze der neuen Genossenschaft rückt X": a new one too; not "die neue Regierung", the same office.)
        const m = makeMention(doc, i - 1, i + 1, doc.article.text.slice(doc.tokens[i - 1]!.start, token.end), cue.cls, 'unnamed', undefined);
        m.fresh = true;
        const named = organisationNamed(doc.tokens, lowers, i, from, nameStarts, res, english);
        // ("fusionieren zur Steirerkern eGen … Das neue Unternehmen": the one a merger formed, named before.)
        const formed = named === undefined ? mergerFormed(doc.tokens, lowers, from, nameStarts, res) : undefined;
        if (named !== undefined) m.namedAt = named;
        else if (formed !== undefined) {
          m.namedAt = formed;
          m.namedBefore = true;
        }
        out.push(m);
      } else if (DEFINITE.has(det) || (english && cue.kind === 'person' && (det === 'its' || det === 'their') && doc.tokens[i + 1]?.text === ',' && personStarts.has(i + 2))) {
        // ("and its chief executive, Michael O'Leary, said": after a possessive, a role in apposition to a name.)
        const m = makeMention(doc, i, i + 1, noun, cue.cls, 'coref:description', undefined);
        m.refersTo = cue.kind === 'person' ? 'Person' : cue.cls;
        // "the Dutch data protection authority": an English institution of a country, labelled with its words.
        const origin = english && cue.kind === 'organization' && INSTITUTION_CUES.has(cue.cls) ? englishOrigin(doc.tokens, i, from) : undefined;
        if (origin !== undefined) m.normalized = doc.article.text.slice(doc.tokens[origin]!.start, token.end);
        if (possessive !== undefined) m.genitive = true;
        // "die Firma … Wutte leitet sie": German "sie" may point back to a feminine noun.
        if (cue.kind !== 'person' && token.genders?.length === 1 && token.genders[0] === 'F') m.gender = 'f';
        // "Die 43-jährige Diplom-Kauffrau", "die Unternehmerin": a woman, never the man named before.
        if (cue.kind === 'person' && !english && (token.genders?.length === 1 ? token.genders[0] === 'F' : /(frau|erin)$/u.test(token.text))) m.gender = 'f';
        const sector = cue.kind === 'person' ? undefined : ((english ? phraseSector(res, lowers, i, from) : undefined) ?? sectorOf(res.cues, noun, res.nounHead(token.text)));
        if (sector !== undefined) m.sector = sector;
        // ("das junge Unternehmen", "the young company": an adjective may tell the size the noun does not.)
        const adjective = doc.tokens[i - 1]?.pos === 'ADJ' && i - 1 >= from ? res.cues.scaleAdjectives.get(doc.tokens[i - 1]!.lemma ?? lowers[i - 1]!) : undefined;
        const scale = cue.kind === 'person' ? undefined : (scaleOf(res.cues, noun, res.nounHead(token.text)) ?? adjective);
        if (scale !== undefined) m.scale = scale;
        // Courts by level ("Oberlandesgericht") are names; "das Gericht" refers to any court.
        if (cue.cls === 'Court' && !res.cues.genericCourts.has(noun)) m.specific = noun.toLowerCase();
        // "die Arbeiterkammer" is no "Bundeswettbewerbsbehörde": an authority named by a compound
        // refers back only to one whose name shares its first part ("Wettbewerbsbehörde").
        // "die Regierung" after "die Telekom-Behörde BTK" is the government, not the regulator.
        else if (res.cues.specificAuthorities.has(noun)) m.specific = res.cues.specificAuthorities.get(noun)!;
        else if (cue.cls === 'GovernmentAgency') {
          // (By the lemma: "des Innenministeriums" has the head "Ministerium" of "Innenministerium".)
          const split = res.nounHead(noun) ?? res.nounHead(token.text);
          // ("Innenministerium": a first part the dictionary lacks as a noun; the cue noun it ends in.)
          const head = split === undefined || split === noun ? (cueSuffix(res.cues, noun) ?? split) : split;
          const lower = noun.toLowerCase();
          const tail = head?.toLowerCase();
          const stem = tail !== undefined && tail !== lower && lower.endsWith(tail) ? lower.slice(0, lower.length - tail.length).replace(/-$/, '').replace(/s$/, '') : '';
          // A place-like first part ("US-", "Bundes-") says nothing about which authority it is.
          if (stem.length >= 4 && res.lookup(stem.toUpperCase()).length === 0 && res.lookup(stem.charAt(0).toUpperCase() + stem.slice(1)).length === 0) m.specific = res.cues.authorityStems.get(stem) ?? stem;
        }
        // "Die neue Bank soll Raiffeisenbank X heißen", "The combined company will be called X": the name it is given.
        if (cue.kind === 'organization') {
          const named = organisationNamed(doc.tokens, lowers, i, from, nameStarts, res, english);
          if (named !== undefined) m.namedAt = named;
        }
        // Compound rules relate the described entity to the name inside the word ("ChatGPT").
        if (sub !== undefined) m.modifier = sub;
        else if (before !== undefined) m.modifierMention = before;
        const headNoun = res.nounHead(token.text) ?? noun;
        if (maker || res.cues.appositionNouns.has(headNoun) || res.cues.appositionNouns.has(noun) || res.cues.makers.has(headNoun)) m.relational = true;
        if (knownMaker !== undefined) {
          m.maker = { label: knownMaker.label, type: knownMaker.type };
          if (knownMaker.wikidata !== undefined) m.maker.wikidata = knownMaker.wikidata;
        }
        if (cue.kind === 'person') {
          m.role = cue.value;
          const g = roleGender(res, noun, res.nounHead(token.text));
          if (g !== undefined) m.gender = g;
          const named = copulaNames(doc.tokens, i, res) ?? (english ? asPredicate(doc.tokens, lowers, i, from, nameEndingAt, personStarts) : undefined);
          if (named !== undefined) m.namedAt = named;
        }
        out.push(m);
      }
    }
  }
  return out;
}

/** "Zur Genossenschaft gehört auch die Käserei X": "zum"/"zur" right before the noun and "gehören" after it refer back. */
function belongsTo(tokens: Token[], i: number): boolean {
  // ("Zur 1997 gegründeten Gruppe gehören …": adjectives, participles and a year between.)
  let k = i - 1;
  while (k > i - 4 && (tokens[k]?.pos === 'ADJ' || tokens[k]?.pos === 'NUM') && tokens[k]!.sentence === tokens[i]!.sentence) k--;
  return /^zu[mr]$/i.test(tokens[k]?.text ?? '') && (tokens[i + 1]?.lemma === 'gehören' || tokens[i + 1]?.verb?.lemma === 'gehören');
}

/**
 * The gender a German role noun tells: "Ministerin" (beside "Minister") is
 * feminine, "Minister" (beside "Ministerin") masculine; compounds by their head.
 */
export function roleGender(res: EntityResources, noun: string, head: string | undefined): 'm' | 'f' | undefined {
  const plain = (w: string): string => w.replace(/ä(?=[^äöü]*$)/, 'a').replace(/ö(?=[^äöü]*$)/, 'o').replace(/ü(?=[^äöü]*$)/, 'u');
  for (const w of [noun, head]) {
    if (w === undefined || !res.cues.person.has(w)) continue;
    // "Ministerin" beside "Minister", "Landesrätin" beside "Landesrat", "Anwältin" beside "Anwalt".
    if (w.endsWith('in') && (res.cues.person.has(w.slice(0, -2)) || res.cues.person.has(plain(w.slice(0, -2))))) return 'f';
    if (res.cues.person.has(`${w}in`)) return 'm';
  }
  return undefined;
}

/** A finite verb right before or after the token that is no plural form (plural forms end in -n: "wurden", "sagten", "sind"). */
/** A finite verb in the plural right before or after ("sie werfen", "werfen sie"). */
function pluralVerbBeside(tokens: Token[], i: number): boolean {
  for (const t of [tokens[i + 1], tokens[i - 1]]) {
    if (t === undefined || t.sentence !== tokens[i]!.sentence || t.verb?.finite !== true) continue;
    return /(en|ern|eln|^sind)$/.test(t.text.toLowerCase());
  }
  return false;
}

function singularVerbBeside(tokens: Token[], i: number): boolean {
  for (const t of [tokens[i - 1], tokens[i + 1]]) {
    if (t === undefined || t.sentence !== tokens[i]!.sentence || t.verb?.finite !== true) continue;
    return !/n$/.test(t.text.toLowerCase());
  }
  return false;
}

/** "Der neue Vorsitzende der SPÖ heißt Andreas Babler": where the words after a naming verb a few tokens on start. */
function copulaNames(tokens: Token[], at: number, res: EntityResources): number | undefined {
  for (let t = at + 1; t < at + 8; t++) {
    const tok = tokens[t];
    if (tok === undefined || tok.sentence !== tokens[at]!.sentence || tok.kind === 'punct') return undefined;
    if (tok.verb !== undefined && res.cues.namingVerbs.has(tok.verb.lemma)) {
      // Skip an adverb or two: "heißt nun doch X".
      let u = t + 1;
      while (u < t + 4 && (tokens[u]?.pos === 'ADV' || tokens[u]?.pos === 'CCONJ' || tokens[u]?.pos === 'PART')) u++;
      return u;
    }
  }
  return undefined;
}

/**
 * "Die neue Bank soll Raiffeisenbank X heißen", "Das Geldhaus soll unter dem Namen X firmieren", "The combined
 * company will be called X": an organisation described at the start of a sentence (article and adjectives before
 * the noun) and a naming verb later in the clause; where the name it is given starts (before a German verb at the
 * end, after a verb in second place or an English participle after "be").
 */
/** Per text, the starts of the names mergers formed (see `mergerFormed`). */
const mergerNameStarts = new WeakMap<Token[], number[]>();

/**
 * "Die beiden fusionieren zur Steirerkern eGen", "schließen sich zur Raiffeisenbank Mittelland zusammen": the start of
 * the last name before `before` that follows "zu"/"zum"/"zur" in a clause whose verb is one of merging.
 */
/**
 * "… buys Y, creating the largest tackle group in the region": a definite description with a modifier, the object
 * of a verb of creating (`creationVerbs`), is what the deal makes: no reference back, and no entity of its own.
 */
function createdObject(tokens: Token[], i: number, from: number, res: EntityResources): boolean {
  // (At least one word before the noun: "creating the group" may be the group the text is about.)
  if (res.cues.creationVerbs.size === 0 || !(tokens[i - 1]?.pos === 'ADJ' || (tokens[i - 1]?.pos === 'NOUN' && /^\p{Ll}/u.test(tokens[i - 1]!.text)))) return false;
  let j = i - 1;
  while (j > from && j > i - 5 && (tokens[j]!.pos === 'ADJ' || tokens[j]!.pos === 'ADV' || (tokens[j]!.pos === 'NOUN' && /^\p{Ll}/u.test(tokens[j]!.text)))) j--;
  const verb = tokens[j - 1];
  return j > from && tokens[j]!.pos === 'DET' && verb !== undefined && verb.sentence === tokens[i]!.sentence && res.cues.creationVerbs.has(verb.verb?.lemma ?? verb.lemma ?? '');
}

function mergerFormed(tokens: Token[], lowers: string[], before: number, nameStarts: Set<number>, res: EntityResources): number | undefined {
  if (res.cues.mergeVerbs.size === 0) return undefined;
  let starts = mergerNameStarts.get(tokens);
  if (starts === undefined) {
    starts = [];
    // (One pass over the text; the verb and its particle are looked for a few words around "zu" only.)
    for (let k = 1; k < tokens.length; k++) {
      if (lowers[k] !== 'zur' && lowers[k] !== 'zum' && lowers[k] !== 'zu') continue;
      const at = nameStarts.has(k + 1) ? k + 1 : /^["„“»«]$/u.test(tokens[k + 1]?.text ?? '') && nameStarts.has(k + 2) ? k + 2 : undefined;
      if (at === undefined) continue;
      const sentence = tokens[k]!.sentence;
      const near = (v: number): boolean => v >= 0 && v < tokens.length && tokens[v]!.sentence === sentence;
      // (A separable verb by its particle at the clause's end: "schließen sich … zusammen".)
      const particle = (p: string): boolean => {
        for (let w = k + 1; w < k + 30 && near(w); w++) if (lowers[w] === p) return true;
        return false;
      };
      let merging = false;
      // (The verb before "zu" or, in a clause with an auxiliary, after it: "werden zur X verschmolzen".)
      for (let d = 1; d < 30 && !merging; d++) for (const v of [k - d, k + d]) {
        if (!near(v) || merging) continue;
        const verb = tokens[v]!.verb;
        if (verb === undefined) continue;
        merging = res.cues.mergeVerbs.has(verb.lemma) || Object.entries(verb.particleLemmas ?? {}).some(([p, lemma]) => res.cues.mergeVerbs.has(lemma) && particle(p));
      }
      if (merging) starts.push(at);
    }
    mergerNameStarts.set(tokens, starts);
  }
  let found: number | undefined;
  for (let lo = 0, hi = starts.length - 1; lo <= hi; ) {
    const mid = (lo + hi) >> 1;
    if (starts[mid]! < before) {
      found = starts[mid];
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

function organisationNamed(tokens: Token[], lowers: string[], at: number, from: number, nameStarts: Set<number>, res: EntityResources, english: boolean): number | undefined {
  let k = at - 1;
  // ("The combined company": a participle before the noun may be tagged a verb.)
  while (k > from && k > at - 4 && (tokens[k]!.pos === 'ADJ' || tokens[k]!.pos === 'VERB' || tokens[k]!.pos === 'ADV' || (english && /^\p{Ll}/u.test(tokens[k]!.text)))) k--;
  // ("Ab Januar tritt die vereinte Genossenschaft unter dem Namen X auf": after a fronted phrase and the finite verb too.)
  const afterVerb = !english && k > from && tokens[k - 1]!.verb?.finite === true;
  if ((k !== from && !afterVerb) || tokens[k]!.pos !== 'DET') return undefined;
  const sentence = tokens[at]!.sentence;
  for (let v = at + 1; v < at + 14; v++) {
    const t = tokens[v];
    if (t === undefined || t.sentence !== sentence || t.text === ',' || t.text === ';') return undefined;
    // "Das gemeinsame Unternehmen wird unter dem Namen X auftreten", "will operate under the name X".
    if ((lowers[v] === 'namen' || lowers[v] === 'name') && (lowers[v - 1] === 'dem' || lowers[v - 1] === 'the') && (lowers[v - 2] === 'unter' || lowers[v - 2] === 'under')) {
      return nameStarts.has(v + 1) ? v + 1 : undefined;
    }
    // (German by the lemma, or by the infinitive at the clause's end where the tagger knows no verb: "firmieren".)
    const naming = english ? res.cues.organisationNamingVerbs.has(lowers[v]!) && /^(be|been|being)$/.test(lowers[v - 1] ?? '') : res.cues.organisationNamingVerbs.has(t.verb?.lemma ?? lowers[v]!);
    if (!naming) continue;
    for (let n = at + 1; n < v; n++) if (nameStarts.has(n)) return n;
    let n = v + 1;
    while (n < v + 4 && (tokens[n]?.pos === 'ADV' || lowers[n] === 'as' || lowers[n] === 'als')) n++;
    return nameStarts.has(n) ? n : undefined;
  }
  return undefined;
}

/**
 * English "Mona Lind stepped down as Brella Corp's chief executive": a role after "as" (with an article, a genitive
 * name and adjectives before it) is the role of the person named before "as" in the sentence; that name's start.
 */
function asPredicate(tokens: Token[], lowers: string[], at: number, from: number, nameEndingAt: Map<number, Mention>, personStarts: Set<number>): number | undefined {
  let k = at - 1;
  while (k >= from && /^\p{Ll}/u.test(tokens[k]!.text) && (tokens[k]!.pos === 'ADJ' || tokens[k]!.pos === 'NOUN')) k--;
  const owner = nameEndingAt.get(k + 1);
  if (owner !== undefined && /['’]s?$/.test(tokens[k]?.text ?? '')) k = owner.tokenStart - 1;
  if (k >= from && tokens[k]!.pos === 'DET') k--;
  if (k < from || lowers[k] !== 'as') return undefined;
  for (let t = k - 1; t >= from; t--) if (personStarts.has(t)) return t;
  return undefined;
}

/** German article and noun gender that only agree in the plural: "die" + masculine/neuter, "den" + neuter. */
function pluralByArticle(det: string, genders: readonly string[] | undefined): boolean {
  if (genders === undefined || genders.length === 0) return false;
  if (det === 'die' || det === 'diese') return genders.every((g) => g === 'M' || g === 'N');
  if (det === 'den' || det === 'diesen') return genders.every((g) => g === 'N');
  return false;
}

/** "( ABC )" right after the token at `at`. */
function abbreviationAfter(tokens: Token[], at: number): boolean {
  const [open, abbr, close] = [tokens[at + 1], tokens[at + 2], tokens[at + 3]];
  return open?.text === '(' && close?.text === ')' && abbr !== undefined && /^\p{Lu}[\p{Lu}\p{N}&-]{1,7}$/u.test(abbr.text);
}

/**
 * The end of a description's complement right before an abbreviation in brackets ("Zentralstelle zur Bekämpfung der
 * Internetkriminalität (ZIT)"): up to seven words of prepositions, articles, adjectives and nouns that no name covers.
 */
function longAbbreviated(tokens: Token[], at: number, covered: Set<number>): number | undefined {
  let k = at + 1;
  if (tokens[k]?.pos !== 'ADP') return undefined;
  for (; k < at + 8 && k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.text === '(') return k > at + 2 && abbreviationAfter(tokens, k - 1) ? k : undefined;
    if (covered.has(k) || t.sentence !== tokens[at]!.sentence || !['ADP', 'DET', 'ADJ', 'NOUN'].includes(t.pos ?? '')) return undefined;
  }
  return undefined;
}

/** The place whose adjective of origin, just recognised, stands right before token `i` ("der hessischen Polizei"). */
function originBefore(out: Mention[], i: number): Mention | undefined {
  const m = out[out.length - 1];
  return m !== undefined && m.tokenStart === i - 1 && m.tokenEnd === i && m.source === 'cue:demonym' && (m.type === 'Country' || m.type === 'Region') ? m : undefined;
}

/** "the Dutch data protection authority", "Italy's antitrust authority": where the words naming an English institution start, before `at`. */
function englishOrigin(tokens: Token[], at: number, from: number): number | undefined {
  for (let j = at - 1; j >= from && j >= at - 4; j--) {
    const t = tokens[j]!;
    if (t.pos === 'PROPN' && loadCues('en').demonyms.has(t.text)) return j;
    // ("Italy's antitrust authority": after a country's genitive, the words that say what kind it is.)
    if (t.pos === 'PROPN' && /\p{L}['’]s$/u.test(t.text) && j < at - 1) return j + 1;
    if (t.pos !== 'NOUN' && t.pos !== 'ADJ') return undefined;
  }
  return undefined;
}

/** The article of the noun phrase ending at `at`, skipping adjectives. */
/** The name that ends right before ", a/an (words) noun" at token `i` (the noun's article at most four words back). */
function apposedName(nameEndingAt: Map<number, Mention>, tokens: Token[], i: number, from: number): Mention | undefined {
  for (let j = i - 1; j > from && j >= i - 5; j--) {
    const t = tokens[j]!;
    if (t.pos === 'DET') return tokens[j - 1]?.text === ',' ? nameEndingAt.get(j - 1) : undefined;
  }
  return undefined;
}

/**
 * The names of several words by sentence, as positions in the list of names, in its order: namedLater looks only at
 * the sentence of its token and the next (a name after the token is in neither sentence before), and scanning all
 * names for each noun was quadratic in a long article. The names' spans do not change during recognizeRefs.
 */
function longNamesBySentence(names: Mention[]): Map<number, number[]> {
  const out = new Map<number, number[]>();
  names.forEach((m, k) => {
    if (m.tokenEnd - m.tokenStart < 2) return;
    const list = out.get(m.sentence);
    if (list === undefined) out.set(m.sentence, [k]);
    else list.push(k);
  });
  return out;
}

const NO_NAMES: number[] = [];

/** Opening quotes a word may follow right after an adjective of origin ("der Magdeburger „Volksstimme“"). */
const QUOTES_BEFORE_WORD = new Set(['„', '“', '"', '»']);
/** Opening quotes before a name (see nameFollows). */
const QUOTES_BEFORE_NAME = new Set(['„', '“', '"', '«', '»', '‚']);

/** The first name in this or the next sentence after token `i` whose last word is the token's noun ("union" → "… Union"). */
function namedLater(names: Mention[], bySentence: Map<number, number[]>, i: number, token: Token, doc: Doc): Mention | undefined {
  const noun = (token.lemma ?? token.text).toLowerCase();
  // The names of both sentences, merged back into the order of `names`.
  const here = bySentence.get(token.sentence) ?? NO_NAMES;
  const next = bySentence.get(token.sentence + 1) ?? NO_NAMES;
  for (let a = 0, b = 0; a < here.length || b < next.length; ) {
    const m = names[b >= next.length || (a < here.length && here[a]! < next[b]!) ? here[a++]! : next[b++]!]!;
    if (m.tokenStart <= i) continue;
    if (m.type === 'Person' || PLACE_CLASSES.has(m.type)) continue;
    if (doc.tokens[m.tokenEnd - 1]!.text.toLowerCase() === noun) return m;
  }
  return undefined;
}

/** Classes of names that a compound with an organisation noun does not name ("der Windows-Konzern" is Microsoft). */
const NOT_ORGANISATIONS = new Set(['Person', 'Product', 'Event', 'Group']);

/** An English name in the genitive before token `i`, maybe with adjectives between ("Alvona's biggest"). */
function genitiveNameBefore(tokens: Token[], i: number, from: number): boolean {
  for (let j = i - 1; j >= from && j >= i - 4; j--) {
    const t = tokens[j]!;
    if (/^\p{Lu}.*['’]s$/u.test(t.text)) return true;
    if (t.pos !== 'ADJ' && !(t.pos === 'NOUN' && /^\p{Ll}/u.test(t.text))) return false;
  }
  return false;
}

/** "zu einem X", "als ein X": a predicative noun phrase ends at `at` (the word before its article is zu/als/to/as). */
function predicativeBefore(tokens: Token[], at: number, from: number, words: Set<string> = PREDICATIVE): boolean {
  for (let j = at - 1; j > from && j >= at - 4; j--) {
    if (tokens[j]!.pos !== 'DET') continue;
    return words.has(lowerTexts(tokens)[j - 1]!);
  }
  return false;
}

const PREDICATIVE = new Set(['zu', 'als', 'to', 'as']);

/** "as a director", "als ein Berater": a role says what someone is ("to"/"zu" may also lead to a new person). */
const AS = new Set(['als', 'as']);

/** An article, or a preposition joined with one ("im", "zum", "beim"). */
function articleOrContracted(word: string): boolean {
  return DEFINITE.has(word) || INDEFINITE.has(word) || CONTRACTED_ARTICLE.has(word);
}

/** A definite article right before the noun, maybe with adjectives between ("die Post", "der staatlichen Post"). */
function articleRightBefore(tokens: Token[], at: number, from: number): boolean {
  let k = at - 1;
  while (k >= from && tokens[k]!.pos === 'ADJ') k--;
  return k >= from && tokens[k]!.pos === 'DET' && DEFINITE.has(tokens[k]!.text.toLowerCase());
}

/** Words before a noun that make a form of both numbers plural: "mehrere Geldgeber", "die Pendler" (a masculine noun). */
const PLURAL_DETERMINERS = new Set(['mehrere', 'mehrerer', 'viele', 'vielen', 'vieler', 'zahlreiche', 'zahlreichen', 'einige', 'einigen', 'andere', 'anderen', 'alle', 'allen', 'aller', 'beide', 'beiden', 'keine', 'manche', 'sämtliche', 'weitere', 'weiteren', 'verschiedene', 'etliche']);

/**
 * German "die Wettbewerbsbehörden", "mehrere Geldgeber": a plural of a role or organisation noun names a group of
 * the article (not "Anbietern wie Spotify", which only names the kind of the names after it, nor "die Konzerne",
 * which refers back to companies named before).
 */
function pluralGroup(doc: Doc, lowers: string[], i: number, from: number, cue: Cue, det: string | undefined, res: EntityResources, starts: Set<number>): Mention | undefined {
  const token = doc.tokens[i]!;
  if (cue.kind !== 'person' && !(cue.kind === 'organization' && cue.cls !== 'Place')) return undefined;
  const lemma = token.lemma ?? token.text;
  const head = res.nounHead(lemma);
  const compound = (head !== undefined && head !== lemma) || lemma.includes('-');
  if (cue.kind === 'organization' && !compound && det !== undefined && DEFINITE_PLURAL.has(det)) return undefined;
  // "der Ottersand-Kliniken": organisations whose first part no dictionary knows are one group's name, not a group
  // (not a compound's first part with its joining "s": "von Ferienwohnungs-Vermietern").
  const cut = lemma.indexOf('-');
  if (cue.kind === 'organization' && cut > 2 && lemma.indexOf('-', cut + 1) < 0 && /^\p{Lu}\p{Ll}+$/u.test(lemma.slice(0, cut)) && !res.isCommonNoun(lemma.slice(0, cut)) && !/s$/.test(lemma.slice(0, cut)) && res.lookup(lemma.slice(0, cut)).length === 0) {
    return makeMention(doc, i, i + 1, token.text, cue.cls, 'cue:noun', undefined);
  }
  const next = lowers[i + 1];
  if (next === 'wie' || next === 'darunter') return undefined;
  // "die Liftkassen der Bergbahnen AG": things of a named organisation.
  if ((next === 'der' || next === 'des') && (starts.has(i + 2) || starts.has(i + 3))) return undefined;
  let first = i;
  while (first - 1 >= from && first > i - 3 && doc.tokens[first - 1]!.pos === 'ADJ') first--;
  const m = makeMention(doc, first, i + 1, token.text, 'Group', 'unnamed', undefined);
  m.role = `group:${lemma}`;
  return m;
}

/** English "the social media company": the sector of the noun with the words before it ("social media company"). */
function phraseSector(res: EntityResources, lowers: string[], i: number, from: number): string | undefined {
  for (let k = Math.max(from, i - 2); k < i; k++) {
    const hit = res.cues.sectors.get(lowers.slice(k, i + 1).join(' '));
    if (hit !== undefined) return hit;
  }
  return undefined;
}

/** English modals: the word after one is a verb ("could ask British courts"), no modifier of a plural. */
const MODALS = new Set(['can', 'could', 'will', 'would', 'shall', 'should', 'may', 'might', 'must']);
/** English quantifiers before a plural: no part of the group's name ("several senior researchers"). */
const QUANTIFIERS = new Set(['several', 'many', 'other', 'some', 'most', 'all', 'few', 'more', 'both']);
/** English words after a plural that make it the kind of the names after it: "providers such as X", "firms like X". */
const EXAMPLE_WORDS = new Set(['such', 'like', 'including', 'among']);

/**
 * English "internet providers", "British courts", "the boards of both companies": a plural of a role or
 * organisation noun, with a word before it that says which, names a group of the article.
 * ("the companies" alone refers back to companies named before.)
 */
function englishPluralGroup(doc: Doc, lowers: string[], i: number, from: number, res: EntityResources, starts: Set<number>): Mention | undefined {
  const token = doc.tokens[i]!;
  const word = lowers[i]!;
  if (!/^\p{Ll}+s$/u.test(token.text) || word.endsWith('ss') || word.length < 5) return undefined;
  const singular = word.endsWith('ies') ? `${word.slice(0, -3)}y` : word.slice(0, -1);
  // ("riders", "pediatricians": a role noun the cues do not list is a person of no particular role.)
  // (Not "Alvona's rivals", "its backers": a possessor's roles are read by the relation rules.)
  const possessed = /['’]s?$/.test(doc.tokens[i - 1]?.text ?? '') || POSSESSIVE_PRONOUNS.has(lowers[i - 1] ?? '');
  const role = !possessed && !res.cues.rivalNouns.has(singular) && res.personNoun(singular) ? ROLE_CUE : undefined;
  const cue = cueFor(res.cues, singular, undefined) ?? (word.endsWith('es') ? cueFor(res.cues, word.slice(0, -2), undefined) : undefined) ?? role;
  if (cue === undefined || (cue.kind !== 'person' && !(cue.kind === 'organization' && cue.cls !== 'Place'))) return undefined;
  const next = doc.tokens[i + 1];
  if (next !== undefined && next.pos === 'NOUN' && /^\p{Ll}/u.test(next.text)) return undefined;
  if (EXAMPLE_WORDS.has(lowers[i + 1] ?? '') || starts.has(i + 1) || (next?.text === ',' && starts.has(i + 2))) return undefined;
  let first = i;
  while (first - 1 >= from && first > i - 3) {
    const t = doc.tokens[first - 1]!;
    const modifier = (t.pos === 'NOUN' || t.pos === 'ADJ') && /^\p{Ll}/u.test(t.text) && !/(ing|ed)$/.test(t.text) && !QUANTIFIERS.has(lowers[first - 1]!);
    const origin = /^\p{Lu}\p{Ll}+(an|ish|ese|ic)$/u.test(t.text) && res.cues.demonyms.has(t.text);
    if (!modifier && !origin) break;
    first--;
  }
  // "to order internet providers", "ask British courts": a verb before the plural is no modifier of it.
  const boundary = (j: number): boolean => {
    const t = doc.tokens[j];
    if (t === undefined || j < from) return true;
    if (lowers[j] === 'to' || t.pos === 'ADV' || MODALS.has(lowers[j]!)) return false;
    return /(ing|ed)$/.test(lowers[j]!) || t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'DET' || t.pos === 'ADP' || t.pos === 'CCONJ' || t.pos === 'SCONJ' || t.pos === 'PUNCT' || t.pos === 'NUM' || lowers[j] === 'its' || lowers[j] === 'their' || lowers[j] === 'other' || lowers[j] === 'many' || lowers[j] === 'several';
  };
  let verbCut = false;
  while (first < i && !boundary(first - 1)) {
    verbCut = lowers[first - 1] === 'to' || MODALS.has(lowers[first - 1]!);
    first++;
    if (verbCut) break;
  }
  if (first === i && !verbCut && !boundary(i - 1) && /^\p{Ll}/u.test(doc.tokens[i - 1]?.text ?? '') && doc.tokens[i - 1]!.pos !== 'VERB' && doc.tokens[i - 1]!.pos !== 'AUX') return undefined;
  const det = lowers[first - 1];
  if (first === i && (det === 'the' || det === 'these' || det === 'those' || det === 'both')) return undefined;
  if (det === 'a' || det === 'an' || det === 'one' || det === 'each' || det === 'every') return undefined;
  const m = makeMention(doc, first, i + 1, doc.article.text.slice(doc.tokens[first]!.start, token.end), 'Group', 'unnamed', undefined);
  m.role = `group:${singular}`;
  return m;
}

/**
 * "Die frühere Sportreporterin hatte …", "Der gelernte Tischler leitet …": a singular role noun (one with a feminine
 * form in -in) after "Der"/"Die" and adjectives that open the sentence, before a finite verb; its gender, if so.
 */
function openingRole(tokens: Token[], lowers: string[], i: number, from: number, res: EntityResources): 'm' | 'f' | undefined {
  const t = tokens[i]!;
  if (t.pos !== 'NOUN' || t.plural === true || !/^\p{Lu}\p{Ll}+$/u.test(t.text) || tokens[i + 1]?.verb?.finite !== true) return undefined;
  let k = i - 1;
  while (k > from && tokens[k]!.pos === 'ADJ') k--;
  if (k !== from || (lowers[k] !== 'der' && lowers[k] !== 'die')) return undefined;
  if (cueFor(res.cues, t.lemma ?? t.text, res.nounHead(t.text)) !== undefined) return undefined;
  const feminine = lowers[k] === 'die' && t.text.endsWith('in');
  const base = feminine ? t.text.slice(0, -2) : (t.lemma ?? t.text);
  const head = res.nounHead(base);
  if (!res.personNoun(base) && !(head !== undefined && res.personNoun(head))) return undefined;
  if (!feminine && lowers[k] !== 'der') return undefined;
  return feminine ? 'f' : 'm';
}

/** A plural noun naming people by a role: its lemma or its compound's head has a feminine form ("Zensoren", "Lagerarbeiter"). */
function rolePlural(t: Token, res: EntityResources): boolean {
  if (t.pos !== 'NOUN' || !/^\p{Lu}\p{Ll}+$/u.test(t.text) || t.text.endsWith('in')) return false;
  if (t.genders !== undefined && t.genders.length > 0 && t.genders.every((g) => g === 'F')) return false;
  const head = res.nounHead(t.text);
  // Nouns with a cue of their own ("Konkurrenten", "Richter", "Hersteller") are read as descriptions elsewhere.
  if (cueFor(res.cues, t.lemma ?? t.text, head) !== undefined || res.cues.rivalNouns.has(t.lemma ?? t.text) || (head !== undefined && res.cues.rivalNouns.has(head))) return false;
  // "den Stuttgartern", "die Oberösterreicher": people of a place often stand for a company there.
  const singular = t.lemma ?? t.text;
  if (inhabitantOf(singular, res) || inhabitantOf(singular.replace(/n$/, ''), res)) return false;
  if (res.personNoun(singular)) return true;
  if (head !== undefined && res.personNoun(head)) return true;
  // "Lagerarbeiter": an unknown compound whose split missed; its longest final part that names a role.
  if (res.nounLemma(t.text) !== undefined) return false;
  for (let k = 3; k <= t.text.length - 5; k++) {
    const part = t.text.charAt(k).toUpperCase() + t.text.slice(k + 1);
    if (res.personNoun(part)) return true;
  }
  return false;
}

/** A masculine or neuter noun in -er or -el reads the same in the plural ("der Pendler", "die Pendler"). */
function sameInPlural(t: Token): boolean {
  return /\p{Ll}(er|el)$/u.test(t.text) && (t.lemma === undefined || t.lemma === t.text) && t.genders !== undefined && t.genders.length > 0 && !t.genders.includes('F');
}

/** Prepositions with the article in them, and words before a bare singular role ("als Berater", "wie Händler"). */
const SINGULAR_BEFORE_BARE = new Set(['am', 'im', 'zum', 'zur', 'beim', 'vom', 'ins', 'ans', 'aufs', 'fürs', 'übers', 'durchs', 'als', 'wie']);

/**
 * "Internationale Konkurrenten werben um Sammler": a count noun of both numbers with no article, possessive or
 * article-bearing preposition before it (adjectives aside) is a plural; a singular role needs an article.
 */
function barePlural(tokens: Token[], lowers: string[], at: number, from: number): boolean {
  let j = at - 1;
  while (j >= from && tokens[j]!.pos === 'ADJ') j--;
  // "Verkäufer ist der Investor X", "Zweiter Eigentümer des Hafens ist …": a singular verb makes the opening noun one.
  if (j < from) return !singularVerbAfter(tokens, at, from + 12);
  const t = tokens[j]!;
  // ("immer mehr Bieter": "mehr" counts a plural, whichever part of speech the tagger gave it.)
  if (lowers[j] === 'mehr') return true;
  if (t.pos === 'DET' || t.pos === 'PRON' || t.pos === 'NUM' || SINGULAR_BEFORE_BARE.has(lowers[j]!) || POSSESSIVE_ROLE.test(lowers[j]!)) return PLURAL_DETERMINERS.has(lowers[j]!);
  // "Anlegern, Händlern und Sammlern": inside a list, the other members decide; a capital word is a name or noun before it.
  return t.pos === 'ADP' || t.pos === 'PUNCT' || t.pos === 'CCONJ' || t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'ADV';
}

/** The first finite verb after a sentence's opening noun is singular ("ist", "zahlte"; not "müssten", "waren"). */
function singularVerbAfter(tokens: Token[], at: number, limit: number): boolean {
  for (let k = at + 1; k < tokens.length && k < limit && tokens[k]!.sentence === tokens[at]!.sentence; k++) {
    const t = tokens[k]!;
    if (t.verb?.finite === true || t.pos === 'AUX') return !/n$/.test(t.text);
    if (t.pos === 'PUNCT' && t.text !== '-') return false;
  }
  return false;
}

/** Whether the words before a noun form of both numbers show a plural ("mehrere Geldgeber", "die Pendler", "den Pendlern"). */
function pluralContext(tokens: Token[], lowers: string[], at: number, from: number): boolean {
  let j = at - 1;
  while (j >= from && (tokens[j]!.pos === 'ADJ' || tokens[j]!.pos === 'NUM')) {
    if (PLURAL_DETERMINERS.has(lowers[j]!)) return true;
    // ("Der 2011 gegründete Anbieter": a year counts nothing.)
    if (tokens[j]!.pos === 'NUM' && tokens[j]!.text !== '1' && !/^(1[89]|20)\d\d$/.test(tokens[j]!.text) && (/^\d/.test(tokens[j]!.text) || !/^(eins?|eine[mnrs]?)$/.test(lowers[j]!))) return true;
    j--;
  }
  const w = lowers[j];
  if (w !== undefined && PLURAL_DETERMINERS.has(w)) return true;
  const t = tokens[at]!;
  const masculine = t.genders !== undefined && t.genders.length > 0 && !t.genders.includes('F');
  if ((w === 'die' || w === 'diese') && masculine) return true;
  // "den Pendlern": a dative plural.
  if (w === 'den' && t.text.endsWith('n') && !t.text.endsWith('en') && t.lemma !== t.text) return true;
  return false;
}

/** English "company forecast a loss": a word read as a noun, right before an article or an object pronoun, is a verb. */
function verbBeforeObject(tokens: Token[], at: number): boolean {
  const next = tokens[at + 1];
  return next !== undefined && next.sentence === tokens[at]!.sentence && /^(a|an|the|its|their|that|it|them|another|more|no)$/.test(next.text);
}

/** German "zu den größten Konkurrenten", "mit den Rivalen": "den" after a preposition that takes the dative is plural. */
function dativePlural(tokens: Token[], at: number, from: number): boolean {
  let j = at - 1;
  while (j >= from && j > at - 4 && tokens[j]!.pos === 'ADJ') j--;
  return j - 1 >= from && tokens[j]!.text.toLowerCase() === 'den' && DATIVE_PREPOSITIONS.has(tokens[j - 1]!.text.toLowerCase());
}

const DATIVE_PREPOSITIONS = new Set(['zu', 'mit', 'von', 'bei', 'aus', 'nach', 'seit', 'gegenüber', 'unter', 'neben']);

/** Small words inside foreign place names: "Vallée de Joux", "Saint-Pierre-la-Cour". */
const NAME_PARTICLES = new Set(['de', 'du', 'des', 'la', 'le', 'di', 'del', 'da']);
/** Prepositions of a seat: "die im Jura ansässige Firma". */
const SEAT_PREPOSITIONS = new Set(['in', 'im', 'an', 'am']);

/** Whether the words right before `j` are "in Austin", "im steirischen Graz" or "in Austin (Texas)": a place a preposition opens. */
function placePhraseBefore(tokens: Token[], j: number, from: number): boolean {
  let k = j - 1;
  if (tokens[k]?.text === ')') {
    while (k > from && k > j - 5 && tokens[k]!.text !== '(') k--;
    k--;
  }
  // ("im Jura ansässige", "im Vallée de Joux ansässige", "in der Schweiz ansässige": a place's name the tagger read as
  // a noun, a particle inside a name, an article after the preposition.)
  const nameWord = (t: Token): boolean => t.pos === 'PROPN' || t.pos === 'ADJ' || (t.pos === 'NOUN' && /^\p{Lu}/u.test(t.text)) || (NAME_PARTICLES.has(t.text) && /^\p{Lu}/u.test(tokens[k + 1]?.text ?? '') && /^\p{Lu}/u.test(tokens[k - 1]?.text ?? ''));
  let plain = true;
  while (k > from && k > j - 8 && nameWord(tokens[k]!)) {
    if (tokens[k]!.pos === 'NOUN' || NAME_PARTICLES.has(tokens[k]!.text)) plain = false;
    k--;
  }
  if (k > from && tokens[k]!.pos === 'DET' && tokens[k - 1]!.pos === 'ADP' && k < j - 1) {
    plain = false;
    k--;
  }
  // (Those only after a preposition of place: not "der zum X-Konzern gehörende Marktführer".)
  return k >= from && k < j - 1 && tokens[k]!.pos === 'ADP' && (plain || SEAT_PREPOSITIONS.has(tokens[k]!.text.toLowerCase()));
}

/**
 * German "die Gemeinde", "der Stadt", "die Kommune" (`municipalityNouns`) after a definite article: the town last named
 * with such a noun before its name ("die Kärntner Gemeinde Feld am See", "der Stadt Lindenau"), if any, of
 * `municipalities` (the towns so named, in text order).
 */
function municipalityBefore(tokens: Token[], i: number, from: number, municipalities: Mention[], res: EntityResources): Mention | undefined {
  const token = tokens[i]!;
  if (!res.cues.municipalityNouns.has(token.lemma ?? token.text) || !/^(die|der|dem|den|des)$/.test(determinerBefore(tokens, i, from) ?? '')) return undefined;
  let town: Mention | undefined;
  for (const n of municipalities) {
    if (n.start >= token.start) break;
    town = n;
  }
  return town;
}

function determinerBefore(tokens: Token[], at: number, from: number, nounModifiers = false): string | undefined {
  let reach = at - 4;
  // (English ", a South Carolina start-up": a place's words after an indefinite article in apposition; see below.)
  let proper = false;
  for (let j = at - 1; j >= from && j >= reach; j--) {
    const t = tokens[j]!;
    if (t.pos === 'DET') return proper && !(INDEFINITE.has(lowerTexts(tokens)[j]!) && tokens[j - 1]?.text === ',') ? undefined : lowerTexts(tokens)[j]!;
    // "the San Francisco-based software maker": the words of a place before "-based" count as one.
    if (nounModifiers && /^\p{Lu}.*-(based|headquartered)$/u.test(t.text)) {
      while (j - 1 >= from && j > at - 7 && /^\p{Lu}/u.test(tokens[j - 1]!.text) && tokens[j - 1]!.pos === 'PROPN') j--;
      // ("the Los Gatos, California-based company": a town and a comma before the state.)
      if (j - 2 >= from && tokens[j - 1]!.text === ',' && /^\p{Lu}/u.test(tokens[j - 2]!.text) && tokens[j - 2]!.pos === 'PROPN') {
        j -= 2;
        while (j - 1 >= from && j > at - 9 && /^\p{Lu}/u.test(tokens[j - 1]!.text) && tokens[j - 1]!.pos === 'PROPN') j--;
      }
      reach = Math.min(reach, j - 1);
      continue;
    }
    // English "Britain's competition regulator": a genitive name makes the noun definite.
    if (nounModifiers && /^\p{Lu}.*['’]s$/u.test(t.text)) return 'the';
    // German "Europas größter Autobauer", "Deutschlands größte Bank": a place in the genitive before a superlative too.
    if (!nounModifiers && j === at - 2 && tokens[at - 1]!.pos === 'ADJ' && /[sß]t(e|er|en|em|es)$/.test(tokens[at - 1]!.text) && /^\p{Lu}\p{Ll}+s$/u.test(t.text) && t.pos !== 'NOUN') return 'der';
    // "the "Call of Duty" maker".
    if (nounModifiers && j === at - 1 && /^["“”]$/.test(t.text)) continue;
    // "beim Oberlandesgericht": a preposition with the article inside.
    if (t.pos === 'ADP' && CONTRACTED_ARTICLE.has(lowerTexts(tokens)[j]!)) return 'beim';
    // "Das auf Bildverarbeitung für die industrielle Qualitätskontrolle spezialisierte Unternehmen": an inflected
    // participle whose attribute holds prepositional phrases, back to the article that opens it.
    // ("dem in Austin (Texas) ansässigen Unternehmen": an adjective after a place that a preposition opens, a state in
    // brackets too; not "Europas größter Autobauer".)
    const attributeAdjective = !nounModifiers && j === at - 1 && t.pos === 'ADJ' && /(e|en|er|es|em)$/.test(t.text) && placePhraseBefore(tokens, j, from);
    if (!nounModifiers && j === at - 1 && ((t.pos === 'VERB' && /(te|ten|tes|ter|tem|ene|enen|ener|enes|enem)$/.test(t.text)) || attributeAdjective)) {
      for (let k = j - 1; k >= from && k >= j - 10; k--) {
        const v = tokens[k]!;
        if (v.pos === 'DET' && !(tokens[k - 1]?.pos === 'ADP' && k - 1 >= from && (tokens[k + 1]?.pos === 'ADJ' || tokens[k + 1]?.pos === 'NOUN'))) return k < j - 1 && tokens[k + 1]!.pos !== 'NOUN' ? lowerTexts(tokens)[k]! : undefined;
        // ("Zur 1997 gegründeten Gruppe gehören …": a preposition with the article inside opens the phrase.)
        // (Not "die im Jura ansässige Firma", whose "im" opens the place phrase inside.)
        if (v.pos === 'ADP' && /^(zum|zur|beim|vom)$/.test(lowerTexts(tokens)[k]!) && k < j - 1 && tokens[k + 1]!.pos !== 'NOUN' && !(k > from && ['DET', 'ADJ', 'NOUN'].includes(tokens[k - 1]!.pos ?? ''))) return 'beim';
        if ((!['ADP', 'DET', 'ADJ', 'ADV', 'NUM', 'NOUN', 'PROPN'].includes(v.pos ?? '') || v.kind === 'punct') && !(attributeAdjective && (v.text === '(' || v.text === ')'))) return undefined;
      }
      return undefined;
    }
    // ("…, dem bereits Luxushotels in London gehören": an adverb right before a German noun ends the phrase; the word
    // before it is a relative pronoun, no article.)
    if (!nounModifiers && j === at - 1 && t.pos === 'ADV') return undefined;
    if (t.pos === 'ADJ' || t.pos === 'ADV' || t.pos === 'NUM') continue;
    // "Das 1952 als Karosseriewerkstätte gegründete Unternehmen": an "als" phrase inside the participle's attribute.
    if (!nounModifiers && t.pos === 'NOUN' && j - 1 >= from && lowerTexts(tokens)[j - 1] === 'als' && tokens[at - 1]?.pos === 'ADJ') {
      j--;
      reach = Math.min(reach, j - 3);
      continue;
    }
    // English stacks nouns before the head: "the search giant".
    if (nounModifiers && t.pos === 'NOUN' && /^\p{Ll}/u.test(t.text)) continue;
    // "The Dutch data protection authority": an English adjective of origin among them.
    if (nounModifiers && t.pos === 'PROPN' && loadCues('en').demonyms.has(t.text)) continue;
    // ("Cobaltrix, a South Carolina start-up": capitalised words of a place between an indefinite article and the noun.)
    if (nounModifiers && t.pos === 'PROPN' && /^\p{Lu}\p{Ll}+$/u.test(t.text) && j >= at - 3) {
      proper = true;
      continue;
    }
    // ("the U.S. software maker": a country's dotted short form too.)
    if (nounModifiers && /^(?:\p{Lu}\.){2,3}$/u.test(t.text) && lowerTexts(tokens)[j - 1] === 'the') continue;
    // "die Bonner Behörde": an adjective of origin between article and noun.
    if (j === at - 1 && /^\p{Lu}\p{Ll}{2,}er$/u.test(t.text)) continue;
    // "des New Yorker Unternehmens": an adjective of origin of two words.
    if (!nounModifiers && j === at - 2 && /^\p{Lu}\p{Ll}{2,}er$/u.test(tokens[at - 1]!.text) && t.pos === 'PROPN' && /^\p{Lu}/u.test(t.text)) continue;
    // "die von Helen Dixon geleitete Behörde", "Das 1974 von Ernst Fussenegger gegründete Unternehmen": an agent
    // phrase (a name whose first word may also be a noun) between article and participle, maybe after a year
    // ("die 1953 von Josef Brandl in Wels gegründete Kette": and before the place).
    // ("von Alois Hochsteiner gegründete": a surname the tagger reads as a noun, after a first name.)
    const surnameNoun = t.pos === 'NOUN' && /^\p{Lu}/u.test(t.text) && j - 1 >= from && tokens[j - 1]!.pos === 'PROPN';
    // "das 1952 von ihrem Großvater gegründete Blatt": an agent that is a noun with its article or possessive.
    if (!nounModifiers && t.pos === 'NOUN' && j === at - 2 && tokens[at - 1]!.pos === 'ADJ' && j - 2 >= from && tokens[j - 1]!.pos === 'DET' && tokens[j - 2]!.text === 'von') {
      let d = j - 3;
      while (d > from && d >= j - 5 && (tokens[d]!.pos === 'NUM' || tokens[d]!.pos === 'ADV')) d--;
      return d >= from && tokens[d]!.pos === 'DET' ? lowerTexts(tokens)[d]! : undefined;
    }
    // ("Das 2014 in Mistelbach gegründete Unternehmen": a town's name the tagger reads as a compound noun, after "in".)
    const townNoun = t.pos === 'NOUN' && /^\p{Lu}/u.test(t.text) && j - 1 >= from && lowerTexts(tokens)[j - 1] === 'in';
    if ((t.pos === 'PROPN' || t.pos === 'PRON' || surnameNoun || townNoun) && tokens[at - 1]?.pos === 'ADJ') {
      for (let k = j - 1; k >= from && k >= j - 8; k--) {
        const v = tokens[k]!;
        if ((v.text === 'von' || v.text === 'vom') && k - 1 >= from) {
          if (v.text === 'vom') return 'dem';
          let d = k - 1;
          while (d > from && d >= k - 3 && (tokens[d]!.pos === 'NUM' || tokens[d]!.pos === 'ADV')) d--;
          return tokens[d]!.pos === 'DET' ? tokens[d]!.text.toLowerCase() : undefined;
        }
        // (A surname that is also a noun stands after a first name: "von Josef Bergmann".)
        const nounName = v.pos === 'NOUN' && /^\p{Lu}/u.test(v.text) && (tokens[k + 1]?.pos === 'PROPN' || tokens[k - 1]?.pos === 'PROPN');
        // ("Der 1919 in Kapfenberg gegründete Verein", "die in Bad Ischl ansässige Firma": a place phrase alone.)
        if (v.text === 'in' && tokens.slice(k + 1, j + 1).every((w) => w.pos === 'PROPN' || /^\p{Lu}/u.test(w.text))) {
          let d = k - 1;
          while (d > from && d >= k - 3 && (tokens[d]!.pos === 'NUM' || tokens[d]!.pos === 'ADV')) d--;
          if (d >= from && tokens[d]!.pos === 'DET') return tokens[d]!.text.toLowerCase();
        }
        // ("von dem früheren X-Manager Tobias Berg gegründete": a role with its article and adjectives before the name.)
        const roleBefore = (v.pos === 'NOUN' || v.pos === 'ADJ' || (v.pos === 'DET' && tokens[k - 1]?.text === 'von')) && k < j && !/^[,.;:]$/.test(v.text);
        // ("von Sven Kjellberg und Hinrich Voss gegründete": two founders joined by "und".)
        const joined = v.text === 'und' && k < j && k - 1 >= from && tokens[k - 1]!.pos === 'PROPN';
        if (v.pos !== 'PROPN' && v.pos !== 'PRON' && !nounName && !roleBefore && !joined && !(v.text === 'in' && k === j - 1)) break;
      }
    }
    return undefined;
  }
  return undefined;
}

/** A short lower-case name before a hyphen and a capitalised head: "vzbv-Finanzexperte". */
const LOWER_SHORT_NAME = /^\p{Ll}{2,6}-\p{Lu}\p{Ll}/u;

/** Kinds of courts named without an article: "in federal court", "in state court". */
const COURT_KINDS = new Set(['federal', 'district', 'state', 'bankruptcy', 'appeals', 'appellate', 'high', 'supreme', 'superior', 'county', 'criminal', 'civil']);

/** Heads of compounds that name a group of companies after its owner or founder ("Weidemann-Gruppe"). */
const COLLECTIVE_HEADS = new Set(['Gruppe', 'Konzern', 'Holding', 'Werk', 'Fabrik']);

/** A German noun for a group of companies ("Gruppe", "Holding"): no surname of a founder. */
function foundersKindWord(word: string, res: EntityResources): boolean {
  return res.lang === 'de' && COLLECTIVE_HEADS.has(word);
}

/** Whether token `i` opens its sentence, maybe after a dateline's dash. */
function opensSentenceAt(doc: Doc, i: number): boolean {
  const prev = doc.tokens[i - 1];
  return prev === undefined || prev.sentence !== doc.tokens[i]!.sentence || /^[-–—]$/.test(prev.text);
}

/**
 * English "the first CRISPR-based therapy", "a Nordwind-based approach": an unknown word before "-based" names a town
 * only when a name or a noun for someone follows (a firm, an insurer, a designer), within a few words.
 */
function basedOnThing(doc: Doc, res: EntityResources, headWord: string, i: number): boolean {
  if (doc.article.lang !== 'en' || !res.cues.placeCompoundHeads.has(headWord)) return false;
  const sentence = doc.tokens[i]!.sentence;
  for (let k = i + 1; k <= i + 4; k++) {
    const t = doc.tokens[k];
    if (t === undefined || t.sentence !== sentence || t.pos === 'PUNCT' || t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'ADP') return true;
    if (/^\p{Lu}/u.test(t.text) || cueFor(res.cues, t.text.replace(/['’]s?$/u, ''), undefined) !== undefined) return false;
  }
  return true;
}

function compound(
  doc: Doc,
  res: EntityResources,
  token: Token,
  i: number,
  lookupName: (s: string) => KnownEntity | null | undefined,
  out: Mention[],
  spaced: ReadonlyMap<string, Mention> = new Map(),
): boolean {
  const cut = token.text.lastIndexOf('-');
  const modifier = token.text.slice(0, cut);
  const headWord = token.text.slice(cut + 1);
  if (modifier.length < 2 || headWord.length < 2) return false;
  // ("Pernkopf-Ertl" after "Rechtsanwältin Sabine Pernkopf-Ertl": a name the article knows whole is no compound.)
  if (isCapitalised(headWord) && lookupName(token.text) !== undefined) return false;
  // "Tech-Investor": a word part that names nothing.
  if (res.cues.wordParts.has(modifier)) return false;
  // ("Farmer-owned X will take over …": an English noun for people opening the sentence names no one.)
  if (doc.article.lang === 'en' && opensSentenceAt(doc, i) && res.personNoun(modifier.toLowerCase())) return false;
  const base = modifier.replace(/s$/, '');
  let hit = lookupName(modifier);
  if (hit === undefined && base !== modifier) hit = lookupName(base);
  // "Mitte-Politiker": a word that names something only in compounds.
  if (hit === undefined) hit = res.lookupWeak(modifier)[0];
  // ("the <town>-based company": a firm's short name before "-based" is a town of that name, not the firm.)
  if (hit && res.cues.placeCompoundHeads.has(headWord) && !PLACE_CLASSES.has(hit.type) && hit.label !== modifier && !res.cues.demonyms.has(modifier)) hit = null;
  // "Deutsche-Telekom-Tochter": a name of several words joined by hyphens.
  if (hit === undefined && modifier.includes('-')) hit = lookupName(modifier.replace(/-/g, ' '));
  // A head the lexicon lacks but the cue lists know stays whole: "X-Geschäftsführer", not "X-Führer".
  const listed = cueFor(res.cues, headWord, undefined) !== undefined || revealsName(res.cues, headWord);
  let head = res.nounLemma(headWord) ?? (listed ? headWord : undefined) ?? res.nounHead(headWord) ?? headWord;
  // "OpenAI-Strategiechef": a role of a department keeps its whole word; it is no "Chef" of the company.
  if (head !== headWord && headWord.length > head.length + 3 && headWord.toLowerCase().endsWith(head.toLowerCase()) && res.cues.person.has(head) && !res.cues.person.has(headWord)) head = headWord;
  // An unknown first part is a name when the head says so ("Lumora-Chef"). Before "-Gruppe" or "-Konzern" a word
  // the spelling dictionary does not know is one even when it splits into nouns ("Weidemann-Gruppe": Weide + Mann).
  const collective = COLLECTIVE_HEADS.has(head) && !res.isSpelled(modifier);
  // ("Verdi-Tarifexpertin X": a head whose own last part reveals a name, as "Expertin" does.)
  const deep = head === headWord ? res.nounHead(headWord) : undefined;
  const reveals = revealsName(res.cues, head) || (deep !== undefined && deep !== head && res.cues.person.has(deep));
  // ("the Boulogne-sur-Mer-based company", "a Stratford-upon-Avon-based firm": a town's name of hyphenated parts before
  // "-based", small words joining capitalised ones.)
  const hyphenTown = doc.article.lang === 'en' && res.cues.placeCompoundHeads.has(headWord) && /^\p{Lu}\p{Ll}+(-(\p{Ll}{1,4}|\p{Lu}\p{Ll}+))*-\p{Lu}\p{Ll}+$/u.test(modifier);
  if (hit === undefined && /^\p{Lu}/u.test(modifier) && (!modifier.includes('-') || hyphenTown) && !res.isCommonNoun(modifier) && (res.nounHead(modifier) === undefined || collective || hyphenTown) && reveals && !basedOnThing(doc, res, headWord, i) && !verbStem(doc, res, modifier)) hit = null;
  // ("der Siemens-Energy-Tochter": capitalised words joined by hyphens, the first a name known, before such a head.)
  const parts = modifier.split('-');
  // ("des finnischen Amer-Sports-Konzerns": or before a group's head, words not all of the dictionary.)
  const known =
    hit === undefined && parts.length >= 2 && parts.every((p) => /^\p{Lu}/u.test(p)) &&
    ((lookupName(parts[0]!) != null && revealsName(res.cues, head)) ||
      (COLLECTIVE_HEADS.has(head) && parts.every((p) => /^\p{Lu}\p{Ll}+$/u.test(p) && !res.cues.demonyms.has(p)) && parts.some((p) => !res.isCommonNoun(p) && !res.isSpelled(p))));
  if (known) hit = null;
  // ("Mölltal-Energie-Geschäftsführer" after "Mölltal Energie GmbH": a name of the article joined by hyphens.)
  if (hit === undefined && modifier.includes('-') && spaced.has(modifier) && revealsName(res.cues, head)) hit = null;
  if (hit === undefined) return false;
  // "the Chinese-owned video app": a word of origin is no unknown owner's name.
  if (hit === null && res.cues.demonyms.has(modifier)) return false;
  // "Generali-Deutschland-Chef" after "Generali Deutschland": a name of several words joined by hyphens is that name.
  const joined = hit === null ? spaced.get(modifier) : undefined;
  const label = hit?.label ?? joined?.normalized ?? (known ? parts.join(' ') : modifier);
  const sub: Mention = {
    start: token.start,
    end: token.start + modifier.length,
    sentence: token.sentence,
    text: modifier,
    normalized: label,
    // "the Herzliya-based firm": an unknown name before "-based" is a town.
    type: hit?.type ?? joined?.type ?? (res.cues.placeCompoundHeads.has(headWord) ? 'City' : 'Organization'),
    source: 'compound',
    tokenStart: i,
    tokenEnd: i + 1,
    compoundHead: head,
  };
  if (hit) {
    sub.gazetteerId = hit.id;
    if (hit.wikidata !== undefined) sub.wikidata = hit.wikidata;
    const local = hit.labels?.[doc.article.lang];
    if (local !== undefined && local !== label) sub.localLabel = local;
  }
  out.push(sub);
  const groupRelation = res.cues.group.get(head) ?? res.cues.group.get(headWord) ?? res.cues.group.get(res.nounHead(headWord) ?? '');
  // ("der CHP-Abgeordnete Emre Kaplanoğlu": before a name the compound is one person's role.)
  const named = doc.tokens[i + 1] !== undefined && doc.tokens[i + 1]!.sentence === token.sentence && res.isFirstName(doc.tokens[i + 1]!.text);
  if (groupRelation !== undefined && !named) {
    const whole = makeMention(doc, i, i + 1, `${modifier}-${head}`, 'Group', 'compound:group', undefined);
    whole.modifier = out.length - 1;
    out.push(whole);
    return true;
  }
  return false;
}

/**
 * "Bundestagsabgeordnete", "Nationalratspräsidentin": a word without a hyphen whose first part (with or without the
 * linking "s") is an organisation the gazetteer knows and whose head is a person's role. The name inside becomes a
 * compound mention, as in "Bundestags-Abgeordnete". Only before a person's name, and only for a first part of six
 * letters or more (the linking "s" counted), so that everyday nouns such as "Bahnchef" stay whole.
 */
function closedCompound(doc: Doc, res: EntityResources, token: Token, i: number, lookupName: (s: string) => KnownEntity | null | undefined, out: Mention[]): boolean {
  if (token.pos !== 'NOUN' || !isCapitalised(token.text) || token.text.includes('-')) return false;
  const head = res.nounHead(token.text);
  if (head === undefined || !res.cues.person.has(head)) return false;
  const modifier = token.text.slice(0, token.text.length - head.length);
  if (modifier.length < 6) return false;
  const base = modifier.endsWith('s') ? modifier.slice(0, -1) : modifier;
  const whole = lookupName(modifier);
  const hit = lookupName(base) ?? whole;
  if (hit == null || hit.type === 'Person' || PLACE_CLASSES.has(hit.type) || hit.type === 'Product') return false;
  const text = base === modifier || whole != null ? modifier : base;
  const sub: Mention = {
    start: token.start,
    end: token.start + text.length,
    sentence: token.sentence,
    text,
    normalized: hit.label,
    type: hit.type,
    source: 'compound',
    tokenStart: i,
    tokenEnd: i + 1,
    compoundHead: head,
    gazetteerId: hit.id,
  };
  if (hit.wikidata !== undefined) sub.wikidata = hit.wikidata;
  const local = hit.labels?.[doc.article.lang];
  if (local !== undefined && local !== hit.label) sub.localLabel = local;
  out.push(sub);
  return true;
}

/** German "Bezahl-App", "Lern-App": the stem of a verb whose infinitive the dictionary knows as a noun ("Bezahlen"). */
function verbStem(doc: Doc, res: EntityResources, modifier: string): boolean {
  // (Not an adjective's: "Schwarz-Gruppe", "Exekutiv-Vizepräsidentin".)
  return doc.article.lang === 'de' && /^\p{Lu}\p{Ll}+$/u.test(modifier) && res.adjectiveLemma(modifier.toLowerCase()) === undefined && (res.isCommonNoun(`${modifier}en`) || res.isCommonNoun(`${modifier}ung`));
}

/**
 * "Lahnauer Pharmakontor": a name found from cues of a word of origin of a town (one the gazetteer knows, or one the
 * article names) and a noun that no cue knows.
 */
function townWordName(doc: Doc, m: Mention, words: string[], res: EntityResources): boolean {
  if (m.gazetteerId !== undefined || m.type === 'Person' || PLACE_CLASSES.has(m.type) || !/^\p{Lu}\p{Ll}+er$/u.test(words[0]!) || !/^\p{Lu}\p{Ll}{4,}$/u.test(words[1]!)) return false;
  if (cueFor(res.cues, words[1]!, res.nounHead(words[1]!)) !== undefined) return false;
  if (inhabitantPlace(words[0]!, res) !== undefined) return true;
  let texts = tokenTexts.get(doc);
  if (texts === undefined) tokenTexts.set(doc, (texts = new Set(doc.tokens.map((t) => t.text))));
  return texts.has(words[0]!.slice(0, -2));
}

/** The words of each document, made on first use (see townWordName). */
const tokenTexts = new WeakMap<Doc, Set<string>>();

/** "Hamburger Investor", "chinesischen Konzern": the place an adjective of origin names. */
function demonym(token: Token, next: Token | undefined, res: EntityResources): KnownEntity | undefined {
  if (next === undefined || next.sentence !== token.sentence) return undefined;
  // English: "Brazilian users", "the Dutch regulator".
  const capitalised = res.cues.demonyms.get(token.text);
  // ("Dutch hosting firm X": a form in -ing that modifies the noun after it too.)
  if (capitalised !== undefined && isCapitalised(token.text) && (next.pos === 'NOUN' || next.pos === 'ADJ' || isCapitalised(next.text) || /^\p{Ll}+ing$/u.test(next.text))) return placeNamed(capitalised, res);
  if (!isCapitalised(next.text)) return undefined;
  const listed = res.cues.placeAdjectives.get(token.text);
  if (listed !== undefined) return placeNamed(listed, res);
  // German words of origin in -er ("Hamburger", "Lausanner"); English has none ("Warner Bros" names no town).
  if (res.lang === 'de' && isCapitalised(token.text) && /er$/.test(token.text) && token.text.length > 4) {
    // "Lausanner" → Lausanne: a place ending in -e takes only -r.
    return (
      placeNamed(token.text.slice(0, -2), res) ??
      placeNamed(token.text.slice(0, -3) + 'en', res) ??
      placeNamed(token.text.slice(0, -3) + 'el', res) ??
      (/ner$/.test(token.text) ? placeNamed(token.text.slice(0, -1), res) : undefined) ??
      // "Sauerländer" → Sauerland.
      inhabitantPlace(token.text, res)
    );
  }
  if (token.pos !== 'ADJ' || token.lemma === undefined) return undefined;
  const label = demonymLabel(token, res);
  return label === undefined ? undefined : placeNamed(label, res);
}

/**
 * "den Stuttgartern", "die Japaner", "den Schweden": a plural noun of inhabitants after its article; the singular to
 * look up ("Stuttgarter", "Schwede"). "die Tirolerin" and "der Japaner" are one person.
 */
function inhabitantsPlural(tokens: Token[], i: number, from: number, res: EntityResources): string | undefined {
  const text = tokens[i]!.text;
  if (!/^\p{Lu}\p{Ll}+(er|ern|en)$/u.test(text)) return undefined;
  const det = determinerBefore(tokens, i, from);
  if (det === 'den' && text.endsWith('ern') && tokens[i]!.lemma === text.slice(0, -1)) return tokens[i]!.lemma;
  if (det === 'die' && text.endsWith('er') && (tokens[i]!.lemma ?? text) === text) return text;
  // ("mit dem Einstieg der Amerikaner": a genitive plural after a noun.)
  if (det === 'der' && text.endsWith('er') && (tokens[i]!.lemma ?? text) === text && i - 2 >= from && lowerTexts(tokens)[i - 1] === 'der' && tokens[i - 2]!.pos === 'NOUN') return text;
  // The plural of "der Schwede", "der Franzose" (never a country: no article before one).
  if ((det === 'die' || det === 'den') && text.endsWith('en') && res.cues.placeAdjectives.has(text.slice(0, -1))) return text.slice(0, -1);
  return undefined;
}

/** The first place among the (weak) gazetteer entries of a label. */
function placeNamed(label: string, res: EntityResources): KnownEntity | undefined {
  for (const e of res.lookupWeak(label)) if (PLACE_CLASSES.has(e.type)) return e;
  return undefined;
}

/** Whether a German noun (lemma) names a site where an organisation works: listed, or a compound on a listed head. */
function facility(lemma: string, res: EntityResources): boolean {
  if (res.cues.facilities.has(lemma)) return true;
  if (res.cues.notFacilities.has(lemma)) return false;
  const head = res.nounHead(lemma);
  return head !== undefined && head !== lemma && res.cues.facilityHeads.has(head);
}

/**
 * The index in `out` of the name inside the compound at token `i` when the compound's head is a site's noun
 * ("BMW-Werk", "Tesla-Fabrik"), if any; not a person's ("Müller-Werk" is no site of a person).
 */
function compoundSite(out: Mention[], i: number, token: Token, res: EntityResources): number | undefined {
  const last = out[out.length - 1];
  if (last === undefined || last.tokenStart !== i || last.compoundHead === undefined || last.type === 'Person') return undefined;
  // ("ein Biomasse-Heizwerk": the head as written, not the head of its own compound.)
  return facility(last.compoundHead, res) && token.text.slice(token.text.lastIndexOf('-') + 1).startsWith(last.compoundHead) ? out.length - 1 : undefined;
}

/** "beschäftigt rund 900 Menschen", "employs about 7,400 people": people at `i`, a number before, a verb of employing before that. */
function countedStaff(tokens: Token[], lowers: string[], i: number, from: number, res: EntityResources): boolean {
  if (!res.cues.countedPeople.has(lowers[i]!) || i - 2 < from || tokens[i - 1]!.kind !== 'number') return false;
  let k = i - 2;
  while (k > from && k > i - 5 && res.cues.roughly.has(lowers[k]!)) k--;
  if (res.cues.employStems.some((stem) => lowers[k]!.startsWith(stem))) return true;
  // ("beschäftigt bislang 350 Menschen", "In der Schweiz beschäftigt der Konzern rund 1900 Personen": adverbs, a place
  // phrase or the subject between; no comma, no other verb.)
  for (let j = k; j >= from && j > i - 8; j--) {
    const t = tokens[j]!;
    if (res.cues.employStems.some((stem) => lowers[j]!.startsWith(stem))) return t.pos === 'VERB';
    if (t.kind !== 'word' || t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'CCONJ' || t.pos === 'SCONJ') return false;
  }
  return false;
}

/** A plural noun of sites right after a number ("31 Filialen", "58 stores"), not a year ("2019 Filialen" is none). */
function countedSite(tokens: Token[], lowers: string[], i: number, from: number, res: EntityResources): boolean {
  if (!res.cues.countedSites.has(lowers[i]!) || i - 1 < from || tokens[i - 1]!.kind !== 'number') return false;
  return /^\d{1,4}$/.test(tokens[i - 1]!.text) && !/^(19|20)\d\d$/.test(tokens[i - 1]!.text);
}

/** The place named right after "in"/"im" at `i`, past an adjective ("im chinesischen Fuzhou"), if any. */
function placeAfter(doc: Doc, i: number, names: Mention[]): Mention | undefined {
  const t = doc.tokens[i];
  if (t === undefined || (t.text !== 'in' && t.text !== 'im')) return undefined;
  let k = i + 1;
  if (doc.tokens[k]?.pos === 'ADJ') k++;
  const place = names.find((m) => m.tokenStart === k);
  return place !== undefined && PLACE_CLASSES.has(place.type) && place.sentence === t.sentence ? place : undefined;
}

/**
 * German "es" as the subject of a passive that names its agent with "von": after a fronted participle and the
 * finite "wird"/"wurde" ("Geführt wird es von X"), or opening the sentence before them ("Es wird von X geführt").
 */
function esPassive(tokens: Token[], lowers: string[], i: number, from: number, to: number): boolean {
  const werden = (k: number): boolean => tokens[k]?.pos === 'AUX' && tokens[k]!.verb?.lemma === 'werden' && tokens[k]!.verb?.finite === true;
  const agentAfter = (k: number): boolean => {
    for (let j = k; j < to && j < k + 4; j++) if (lowers[j] === 'von' && /^\p{Lu}/u.test(tokens[j + 1]?.text ?? '')) return true;
    return false;
  };
  if (i - 2 >= from && werden(i - 1) && tokens[i - 2]!.pos === 'VERB' && tokens[i - 2]!.verb?.participle === true && i - 2 === from) return agentAfter(i + 1);
  // "Es wird von X geführt"; "Seit 2016 wird es von X geführt": after the finite "werden" of an inverted clause.
  const at = i === from && werden(i + 1) ? i + 2 : i - 1 > from && werden(i - 1) ? i + 1 : undefined;
  if (at !== undefined && agentAfter(at)) {
    for (let j = at + 1; j < to && j < at + 10; j++) {
      if (tokens[j]!.text === ',') return false;
      if (tokens[j]!.pos === 'VERB' && tokens[j]!.verb?.participle === true) return true;
    }
  }
  return false;
}

/** The class of "Elisabeth-Brandis-Stiftung": a first name, a capitalised word or two and an institution's noun. */
function personNamedInstitution(word: string, res: EntityResources): string | undefined {
  const parts = word.split('-');
  if (parts.length < 3 || parts.length > 4) return undefined;
  const head = parts[parts.length - 1]!;
  if (!res.cues.namedAfterPersonsJoined.has(head) && !res.cues.associationHeads.has(head)) return undefined;
  if (!res.isFirstName(parts[0]!) || !parts.slice(1, -1).every((p) => /^\p{Lu}\p{Ll}+$/u.test(p) && !res.isCommonNoun(p))) return undefined;
  return cueFor(res.cues, head, undefined)?.cls ?? 'Organization';
}

/** English pronouns that stand for a person only. */
const PERSON_PRONOUNS = new Set(['he', 'him', 'his', 'she', 'her', 'himself', 'herself']);

/**
 * "Velcor has sued Wei-Jen Lo, a former vice president …, accusing him of …": a name of two capitalised words that
 * only its capitals made an organisation, named in the sentence of an English pronoun that stands for a person, when
 * no person is named in that sentence or the one before, is the person the pronoun stands for. One pass over the
 * tokens and the names (in text order).
 */
function personsByPronoun(doc: Doc, names: Mention[], res: EntityResources): void {
  if (doc.article.lang !== 'en') return;
  const tokens = doc.tokens;
  let n = 0;
  let personSentence = -2;
  let candidate: Mention | undefined;
  for (let t = 0; t < tokens.length; t++) {
    while (n < names.length && names[n]!.tokenStart < t) {
      const m = names[n++]!;
      if (m.type === 'Person') personSentence = m.sentence;
      else if (
        m.type === 'Organization' && m.source === 'cue:capitalised' && m.tokenEnd - m.tokenStart === 2 &&
        tokens.slice(m.tokenStart, m.tokenEnd).every((x) => /^\p{Lu}\p{Ll}*(?:[-'’]\p{Lu}?\p{Ll}+)*$/u.test(x.text) && !res.isCommonNoun(x.text) && res.lookup(x.text).length === 0)
      ) candidate = m;
    }
    const token = tokens[t]!;
    if (!PERSON_PRONOUNS.has(token.text.toLowerCase()) || candidate === undefined || candidate.sentence !== token.sentence || personSentence >= token.sentence - 1) continue;
    candidate.type = 'Person';
    personSentence = token.sentence;
    candidate = undefined;
  }
}

/** Whether the English description at `i` ("the Toronto-based investor") follows "at the" or carries a "-based" word. */
function firmContext(tokens: readonly Token[], lowers: readonly string[], i: number, from: number): boolean {
  for (let j = i - 1; j >= from && j >= i - 3; j--) {
    if (/-based$/u.test(lowers[j]!)) return true;
    if (lowers[j] === 'the') return j - 1 >= from && lowers[j - 1] === 'at';
    if (tokens[j]!.pos !== 'ADJ' && tokens[j]!.pos !== 'NOUN') return false;
  }
  return false;
}
