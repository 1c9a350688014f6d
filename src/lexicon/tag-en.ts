// A light English tagger: closed-class words from data/lexicon/en/words.yaml,
// verbs recognised by form (-ed/-s/-ing endings, irregular list, compromise's
// roots) against the verbs the rules know, capitalised words as proper nouns
// unless they open a sentence and compromise knows them as common words.
import { isDigitName } from '../text/digit-name.js';
import { isFirstName } from '../entities/names.js';
import { isMonthName } from '../time/event-date.js';
import { join } from 'node:path';
import { BUILD_RESOURCES_DIR, DATA_DIR } from '../paths.js';
import { SortedTable } from './sorted-table.js';
import { isRecord, loadYaml } from '../data/load-yaml.js';
import type { Pos, Token } from '../types.js';
import { commonPos, compromiseTerms, opensAsCommonWord, type EnglishTerm } from './en-compromise.js';

interface EnglishWords {
  closed: Map<string, Pos>;
  /** Adjectives the tagger cannot tell by their ending ("eastern"), in lower case only ("Eastern Europe" is a name). */
  adjectives: Set<string>;
  aux: Map<string, string>;
  irregular: Map<string, string>;
  /** Plural nouns that are also verbs in -s, read as nouns between a noun and a name ("venture capital firms X and Y"). */
  namingPlurals: Set<string>;
  /** Nouns of a post that are also verbs, read as nouns between a title's first noun and a name ("Sales head X"). */
  roleVerbs: Set<string>;
  /** Lower-case titles after which a sentence's unspelled first word is a name ("Alpisil chief executive X"). */
  titlesAfterName: Set<string>;
}

let words: EnglishWords | undefined;
let spelled: SortedTable | undefined;

/** Whether the US spelling dictionary knows the word in lower case (build/resources/en-spelled.tsv). */
function spelledLower(lower: string): boolean {
  spelled ??= new SortedTable(join(BUILD_RESOURCES_DIR, 'en-spelled.tsv'));
  return spelled.get(lower) !== undefined;
}

/**
 * "Brightloop sells apps": a capitalised word opening a sentence that no dictionary spells, right before a
 * finite verb, is a name even where the text never writes it elsewhere. Words with a hyphen or a digit,
 * and words compromise knows, are left to it.
 */
/** Words of degree before a comparative ("much larger", "far bigger"). */
const DEGREE = new Set(['much', 'far', 'even', 'slightly', 'significantly', 'considerably']);
const NOUN_OR_GUESSED_VERB = new Set(['Noun', 'Singular', 'Plural', 'ProperNoun', 'TitleCase', 'Verb', 'Infinitive', 'PresentTense']);

function unspelledBeforeVerb(word: string, term: EnglishTerm | undefined, next: EnglishTerm | undefined): boolean {
  if (!/^\p{Lu}\p{Ll}+$/u.test(word) || word.length < 4) return false;
  // (Compromise guesses a verb from an ending, "Quellify" like "quantify": a verb before a finite verb is none.)
  if (term !== undefined && [...term.tags].some((t) => !NOUN_OR_GUESSED_VERB.has(t))) return false;
  // A finite verb, or an auxiliary, copula or modal ("Brightloop has lost", "… will grow").
  if (next === undefined || !next.tags.has('Verb') || !['PresentTense', 'PastTense', 'Auxiliary', 'Copula', 'Modal'].some((t) => next.tags.has(t))) return false;
  return !spelledLower(word.toLowerCase());
}

/** Whether the article writes `word` followed by another capitalised word ("Fenwick Rovers"). */
function opensLongerName(word: string, text: string | undefined): boolean {
  if (text === undefined) return false;
  for (let at = text.indexOf(word + ' '); at >= 0; at = text.indexOf(word + ' ', at + 1)) {
    if (/^\p{Lu}/u.test(text.charAt(at + word.length + 1)) && (at === 0 || !/[\p{L}\p{N}]/u.test(text.charAt(at - 1)))) return true;
  }
  return false;
}

function load(): EnglishWords {
  if (words) return words;
  const raw = loadYaml(join(DATA_DIR, 'lexicon', 'en', 'words.yaml'));
  const closed = new Map<string, Pos>();
  const aux = new Map<string, string>();
  const irregular = new Map<string, string>();
  if (isRecord(raw)) {
    for (const pos of ['DET', 'ADP', 'CCONJ', 'SCONJ', 'PRON', 'PART', 'ADV', 'NUM'] as const) {
      const list = raw[pos];
      if (Array.isArray(list)) for (const w of list) if (!closed.has(String(w))) closed.set(String(w), pos);
    }
    if (isRecord(raw.AUX)) for (const [lemma, forms] of Object.entries(raw.AUX)) for (const f of forms as string[]) aux.set(f, lemma);
    if (isRecord(raw.irregular)) for (const [f, lemma] of Object.entries(raw.irregular)) irregular.set(f, String(lemma));
  }
  const namingPlurals = new Set(isRecord(raw) && Array.isArray(raw.namingPlurals) ? raw.namingPlurals.map(String) : []);
  const roleVerbs = new Set(isRecord(raw) && Array.isArray(raw.roleVerbs) ? raw.roleVerbs.map(String) : []);
  const titlesAfterName = new Set(isRecord(raw) && Array.isArray(raw.titlesAfterName) ? raw.titlesAfterName.map(String) : []);
  const adjectives = new Set(isRecord(raw) && Array.isArray(raw.ADJ) ? raw.ADJ.map(String) : []);
  words = { closed, aux, irregular, namingPlurals, roleVerbs, titlesAfterName, adjectives };
  return words;
}

/** Numbers in words ("three dozen", "a hundred"). */
const NUMBER_WORDS = /^(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|a|one|half|several|dozens?|hundreds?|thousands?)$/i;

/** Tokens after which a word opens a sentence: the dateline dash, a colon, quotes. */
const OPENERS = new Set(['–', '—', '-', ':', '"', '“', '„', '‘', '(']);

/** Lemma of a regular verb form when the stem (or stem+e) is a known verb. */
function verbLemma(lower: string, known: Set<string>): { lemma: string; form: 'ed' | 's' | 'ing' | 'base' } | undefined {
  if (known.has(lower)) return { lemma: lower, form: 'base' };
  const tries: Array<[RegExp, string[], 'ed' | 's' | 'ing']> = [
    [/ied$/, ['y'], 'ed'],
    [/ed$/, ['', 'e'], 'ed'],
    [/ies$/, ['y'], 's'],
    [/e?s$/, ['', 'e'], 's'],
    [/ing$/, ['', 'e'], 'ing'],
  ];
  for (const [re, endings, form] of tries) {
    if (!re.test(lower)) continue;
    const stem = lower.replace(re, '');
    for (const end of endings) if (known.has(stem + end)) return { lemma: stem + end, form };
    if (/(.)\1$/.test(stem) && known.has(stem.slice(0, -1))) return { lemma: stem.slice(0, -1), form };
  }
  return undefined;
}

const HYPHEN_ADJECTIVE = /^[\p{L}\d.]+-(based|owned|backed|listed|headquartered|born|made|run|controlled|funded|led)$/u;

/** Tags English tokens; `text` is the article and `sentences` its sentence spans, for compromise. */
/** Words after which a capitalised "May" is the month. */
const MONTH_BEFORE = new Set(['in', 'since', 'until', 'till', 'by', 'from', 'of', 'during', 'early', 'late', 'mid', 'last', 'next', 'this', 'through', 'before', 'after', 'on']);

const SINCE_WORDS = new Set(['then', 'last', 'early', 'late', 'mid', 'mid-']);

/** "is still 31% owned by X", "was 51 percent owned by Y": a share between the auxiliary and the participle. */
function shareBeforeParticiple(tokens: Token[], ti: number): boolean {
  const unit = tokens[ti - 1];
  if (unit === undefined || (unit.text !== '%' && unit.text.toLowerCase() !== 'percent') || tokens[ti - 2]?.pos !== 'NUM') return false;
  const before = tokens[ti - 3];
  return before?.pos === 'AUX' || (before?.pos === 'ADV' && tokens[ti - 4]?.pos === 'AUX');
}

/** Nouns of time after which "that" is a determiner ("that year"). */
const THAT_TIME = new Set(['year', 'week', 'month', 'day', 'time', 'morning', 'afternoon', 'evening', 'night', 'quarter', 'decade', 'summer', 'winter', 'spring', 'autumn', 'fall', 'season', 'period', 'point', 'moment']);

/** Prepositions that open a clause of an -ing form sharing the sentence's subject ("after buying X"). */
const GERUND_OPENERS = new Set(['after', 'before', 'since', 'by', 'upon', 'while', 'when']);

/**
 * "Vodafone became the leader after buying Kabel Deutschland": a known verb's -ing form after such a preposition,
 * before an article, a name or a possessive, is the verb of its own clause, not a noun.
 */
function gerundClause(prev: Token, v: { form: string } | undefined, next: Token | undefined, t: Token): boolean {
  if (v?.form !== 'ing' || !GERUND_OPENERS.has(prev.text.toLowerCase()) || next === undefined || next.sentence !== t.sentence) return false;
  return next.pos === 'DET' || next.pos === 'PROPN' || /^\p{Lu}/u.test(next.text) || /^(its|his|her|their|a|an|the)$/i.test(next.text);
}

/** "Swedish gaming platform X": a capitalised word with the ending of an adjective of origin before the "-ing" form at `ti`, and a name after its noun. */
function originBeforeName(tokens: Token[], ti: number): boolean {
  const origin = tokens[ti - 1]!;
  const name = tokens[ti + 2];
  return /^\p{Lu}\p{Ll}+(?:ish|ese|an|ian|i|ch|ic)$/u.test(origin.text) && name !== undefined && name.sentence === origin.sentence && /^\p{Lu}/u.test(name.text);
}

export function tagEnglish(tokens: Token[], knownVerbs: Set<string>, text?: string, sentences?: ReadonlyArray<{ start: number; end: number }>): void {
  const { closed, aux, irregular, namingPlurals, roleVerbs, titlesAfterName, adjectives } = load();
  let prev: Token | undefined;
  let terms: Map<number, EnglishTerm> | undefined;
  let termsOf = -1;
  // "-ing" forms right after a word that may modify a noun: nouns themselves when a noun follows.
  const modifierForms: number[] = [];
  let prevAdjective = false;
  for (let ti = 0; ti < tokens.length; ti++) {
    const t = tokens[ti]!;
    if (prev !== undefined && prev.sentence !== t.sentence) prev = undefined;
    if (text !== undefined && sentences !== undefined && termsOf !== t.sentence) {
      const span = sentences[t.sentence];
      if (span === undefined) terms = undefined;
      else {
        // "SAN FRANCISCO (Reuters) - Artificial intelligence …": the dateline would make compromise read the next word as a name.
        const sentence = text.slice(span.start, span.end);
        // ("AUSTIN, Texas, Feb 12 (Reuters) -": a state and a date may follow the town after a comma.)
        // ("GAINESVILLE, Ga. (AP) — More than …": the abbreviated state's period may end a sentence of its own before the
        // agency.)
        const dateline = /^(?:[\p{Lu}][\p{Lu}\p{M} .'’/-]+(?:,[^()\n]{1,40})?)?(?:\([^)]{1,40}\))?\s*[-–—]\s+/u.exec(sentence);
        const skip = dateline?.[0].length ?? 0;
        terms = compromiseTerms(sentence.slice(skip), span.start + skip);
      }
      termsOf = t.sentence;
    }
    const term = terms?.get(t.start);
    const lower = t.text.toLowerCase();
    const afterModifier = prev !== undefined && (prev.pos === 'ADJ' || prev.pos === 'DET' || prev.pos === 'NUM' || prevAdjective);
    prevAdjective = term?.tags.has('Adjective') === true;
    t.lemma = lower;
    if (t.kind === 'number') t.pos = 'NUM';
    else if (t.kind !== 'word') t.pos = 'PUNCT';
    // "replaced Paul Stern in May", "since May 2024": the month, not the modal.
    else if (t.text === 'May' && prev !== undefined && (MONTH_BEFORE.has(prev.text.toLowerCase()) || tokens[ti + 1]?.kind === 'number')) t.pos = 'PROPN';
    // "WhatsApp head Will Cathcart": a capitalised auxiliary inside a sentence, before a capitalised word, is a first name.
    // ("with her colleague Per Lindqvist": so is a closed-class word that the first-name list knows.)
    else if ((aux.has(lower) || (closed.has(lower) && isFirstName(t.text))) && /^\p{Lu}\p{Ll}+$/u.test(t.text) && prev !== undefined && !OPENERS.has(prev.text) && prev.pos !== 'PUNCT' && /^\p{Lu}\p{Ll}/u.test(tokens[ti + 1]?.text ?? '') && tokens[ti + 1]!.sentence === t.sentence) {
      t.pos = 'PROPN';
      t.lemma = t.text;
    } else if (aux.has(lower)) {
      t.pos = 'AUX';
      t.lemma = aux.get(lower)!;
      t.verb = { lemma: t.lemma, finite: !/^(be|been|being|having)$/.test(lower), participle: lower === 'been', subjunctive1: false, subjunctive2: false, tense: 'none' };
    } else if (closed.has(lower) && /^\p{Lu}{2,}$/u.test(t.text)) {
      // "IT services company X", "the US regulator": a closed-class word in capitals is an abbreviation, a noun (the
      // gazetteer still knows the places among them).
      t.pos = 'NOUN';
    } else if (closed.has(lower)) {
      t.pos = closed.get(lower)!;
      // "had argued that the deal …", "said that it": after a verb, or before an article or a pronoun,
      // "that" opens a clause; it is no determiner.
      if (lower === 'that' && (prev?.pos === 'VERB' || ['DET', 'PRON'].includes(closed.get(tokens[ti + 1]?.text.toLowerCase() ?? '') ?? ''))) t.pos = 'SCONJ';
      // "a Delft company that geologist X set up": after a noun and before a title and a name, "that" opens a
      // relative clause too ("sold the firm that year": not before a word of time).
      else if (
        lower === 'that' && prev?.pos === 'NOUN' && tokens[ti + 1] !== undefined && tokens[ti + 1]!.kind === 'word' && /^\p{Ll}+$/u.test(tokens[ti + 1]!.text) &&
        !closed.has(tokens[ti + 1]!.text) && !THAT_TIME.has(tokens[ti + 1]!.text) && /^\p{Lu}\p{Ll}/u.test(tokens[ti + 2]?.text ?? '')
      ) t.pos = 'SCONJ';
      // "has been owned since 2015 by X", "since March": "since" before a date is a preposition, not a conjunction.
      else if ((lower === 'since' || lower === 'until' || lower === 'before' || lower === 'after') && tokens[ti + 1] !== undefined && (tokens[ti + 1]!.kind === 'number' || (/^\p{Lu}/u.test(tokens[ti + 1]!.text) && isMonthName(tokens[ti + 1]!.text, 'en')) || SINCE_WORDS.has(tokens[ti + 1]!.text))) t.pos = 'ADP';
      // "employs about 310 workers": "about" or "around" right after a verb and before a number says how many; the
      // number stays the verb's object.
      else if ((lower === 'about' || lower === 'around') && prev?.pos === 'VERB' && tokens[ti + 1]?.kind === 'number') t.pos = 'ADV';
      // "More than three dozen farmers have sued X": "than" after "More" or "Fewer" opening the sentence, before a number,
      // counts the noun phrase; it opens no phrase of a preposition.
      else if (lower === 'than' && prev !== undefined && /^(More|Fewer|Less)$/.test(prev.text) && (tokens[ti + 1]?.kind === 'number' || NUMBER_WORDS.test(tokens[ti + 1]?.text ?? ''))) t.pos = 'ADV';
    } else if (adjectives.has(t.text)) {
      // "the eastern Chinese city of Hefei": an adjective of place or size.
      t.pos = 'ADJ';
      t.lemma = t.text;
    } else if (lower === 'own' && prev !== undefined && /\p{L}['’]s?$/u.test(prev.text)) {
      // "Vellund's own investment arm": after a genitive, "own" says whose; it owns nothing.
      t.pos = 'ADJ';
    } else if (HYPHEN_ADJECTIVE.test(t.text)) {
      // "the Seattle-based company", "a state-owned bank": an adjective, also with a name before the hyphen.
      t.pos = 'ADJ';
    } else if (isDigitName(t.text)) {
      t.pos = 'PROPN';
      t.lemma = t.text;
    } else if (
      // ("eBay", "easyJet": a name in camel case too.)
      (/^\p{Lu}/u.test(t.text) || /^\p{Ll}{1,4}\p{Lu}\p{Ll}/u.test(t.text)) &&
      // "Co-founders X and Y", "Ex-CEO": a prefix before a lower-case word makes no name.
      !/^(Co|Ex|Vice|Non|Anti|Pre|Post)-\p{Ll}/u.test(t.text) &&
      !(
        (prev === undefined || OPENERS.has(prev.text)) &&
        opensAsCommonWord(term, t.text, tokens[ti + 1]?.text) &&
        !unspelledBeforeVerb(t.text, term, terms?.get(tokens[/ly$/.test(tokens[ti + 1]?.text ?? '') ? ti + 2 : ti + 1]?.start ?? -1)) &&
        // ("Alpisil chief executive Claire Morand said": nor a word no dictionary spells before a title in lower case;
        // "Marlscote Aerial Systems, a maker of drones": nor one before another capitalised word, which compromise may
        // guess to be a verb from its ending.)
        !(
          /^\p{Lu}\p{Ll}{3,}$/u.test(t.text) && !spelledLower(lower) &&
          (titlesAfterName.has(tokens[ti + 1]?.text ?? '') || (/^\p{Lu}\p{Ll}/u.test(tokens[ti + 1]?.text ?? '') && tokens[ti + 1]!.sentence === t.sentence))
        ) &&
        // ("Ofgem's chief executive X said": nor a genitive of a word no dictionary spells, unless the text names it as
        // the first word of a longer name, "Fenwick Rovers … Fenwick's chairman", which the stage of references reads.)
        !(/^\p{Lu}[\p{L}\p{N}]{2,}['’]s$/u.test(t.text) && !spelledLower(lower.slice(0, -2)) && !opensLongerName(t.text.slice(0, -2), text))
      )
    ) {
      t.pos = 'PROPN';
      t.lemma = t.text;
    } else {
      // The irregular list, then regular forms by rule, then compromise, which knows the
      // root of any irregular form ("took" → take, "built" → build).
      const irregularLemma = irregular.get(lower);
      // Verbs the rules do not know still shape the clauses ("Vetrix … called the decision disappointing"),
      // except a participle before "by", which may open a reduced relative clause ("an injunction requested by X").
      // Nor after a name inside a noun phrase ("two former Acme engineers").
      const inNounPhrase = prev?.pos === 'PROPN' && ['NOUN', 'ADJ', 'DET', 'NUM'].includes(tokens[ti - 2]?.pos ?? '');
      const unknownVerbOk = term?.tags.has('Verb') === true && tokens[ti + 1]?.text.toLowerCase() !== 'by' && !inNounPhrase;
      const root = term?.tags.has('Verb') === true && term.root !== undefined && (knownVerbs.has(term.root) || unknownVerbOk) ? term.root : undefined;
      const v =
        (irregularLemma !== undefined ? { lemma: irregularLemma, form: /s$/.test(lower) ? ('s' as const) : ('ed' as const) } : undefined) ??
        verbLemma(lower, knownVerbs) ??
        (root !== undefined ? { lemma: root, form: /ing$/.test(lower) ? ('ing' as const) : term?.tags.has('PresentTense') === true ? ('s' as const) : ('ed' as const) } : undefined);
      // "to delay its launch", "for blocking rivals", "on purchases made outside": after an article or a possessive,
      // or as a gerund or a plural after a preposition, a verb form is a noun.
      // "the two firms": after a number word too. "activist hedge fund Osprey Lane": a base form between a common
      // noun and a name is a noun of the name's description.
      const nextWord = tokens[ti + 1];
      // "Hedge fund X" also opening the sentence; a plural noun before a base form is its subject ("rivals include X").
      const opener = prev !== undefined && (ti < 2 || tokens[ti - 2]!.sentence !== t.sentence || OPENERS.has(tokens[ti - 2]!.text));
      const nounOfName = v?.form === 'base' && prev?.pos === 'NOUN' && !/s$/.test(prev.text) && (/^\p{Ll}/u.test(prev.text) || opener) && nextWord !== undefined && nextWord.sentence === t.sentence && /^\p{Lu}/u.test(nextWord.text) && !OPENERS.has(nextWord.text);
      // "The two launched the site", "the firm that put $5 million into X": a past form compromise reads as a verb
      // stays one after a number word or after "that".
      const pastVerb = term?.tags.has('PastTense') === true && term.tags.has('Verb') && !term.tags.has('Noun');
      // "the venture firm that put …": right after a noun and "that", a verb form opens the relative clause.
      // (A verb the rules know: compromise reads "networks that advertisers use" as a verb too.)
      const relativeVerb =
        prev?.text.toLowerCase() === 'that' && ['NOUN', 'PROPN'].includes(tokens[ti - 2]?.pos ?? '') && tokens[ti - 2]!.sentence === t.sentence &&
        (irregularLemma !== undefined || verbLemma(lower, knownVerbs) !== undefined);
      // "the parental controls": after an article and a word with an adjective's ending, a form in -s is a noun.
      // ("The deal puts Cisco in …", "the rival sells the unit": not before a name or an article, the verb's object.)
      const objectNext = nextWord !== undefined && nextWord.sentence === t.sentence && (/^\p{Lu}/u.test(nextWord.text) || closed.get(nextWord.text.toLowerCase()) === 'DET');
      const afterAdjective =
        prev !== undefined && /s$/.test(lower) && /^\p{Ll}+(al|ive|ous|ic|ful|able|ible)$/u.test(prev.text) && tokens[ti - 2]?.pos === 'DET' && tokens[ti - 2]!.sentence === t.sentence && !objectNext;
      // "Danish fund Kattegat Capital": a base form between an adjective of nation and a name is a noun too.
      // ("Swedish games group Vinterhav": a plural noun before the noun of a name too.)
      const afterNation = prev?.pos === 'PROPN' && /^\p{Lu}\p{Ll}+(ish|ian|ese|an|ic|i)$/u.test(prev.text) && nextWord !== undefined && nextWord.sentence === t.sentence;
      const nounOfNation =
        afterNation &&
        ((v?.form === 'base' && /^\p{Lu}/u.test(nextWord!.text)) ||
          // ("Urdazubi competes with X": a name that only ends like an adjective of nation, before a preposition, has its verb.)
          (v?.form === 's' && /^\p{Ll}+$/u.test(nextWord!.text) && closed.get(nextWord!.text) !== 'ADP' && tokens[ti + 2] !== undefined && tokens[ti + 2]!.sentence === t.sentence && /^\p{Lu}/u.test(tokens[ti + 2]!.text)));
      // ("Singapore state investor Temasek": a base form between a singular name and a common noun that a name follows
      // is a noun of the name's description; a singular name takes no base form as its verb.)
      const placeModifier =
        v?.form === 'base' && prev?.pos === 'PROPN' && !/s$/.test(prev.text) && nextWord !== undefined && nextWord.sentence === t.sentence && /^\p{Ll}+$/u.test(nextWord.text) && closed.get(nextWord.text) === undefined &&
        tokens[ti + 2] !== undefined && tokens[ti + 2]!.sentence === t.sentence && /^\p{Lu}\p{Ll}/u.test(tokens[ti + 2]!.text) && !OPENERS.has(tokens[ti + 2]!.text);
      // "a court order meant to …", "the price increase": a base form after an article and a singular common noun
      // is the head of a compound (a singular noun takes no base form of a verb as its own).
      // ("a London-based hedge fund that …": an adjective may come between the article and the noun, where a relative
      // pronoun or a stop follows; "help the Turin-based carmaker cut costs" has a verb.)
      const closesPhrase = nextWord === undefined || nextWord.sentence !== t.sentence || nextWord.kind === 'punct' || ['that', 'which', 'who'].includes(nextWord.text.toLowerCase());
      // ("the Edinburgh infrastructure fund that …": a name before the nouns too.)
      const article = (tokens[ti - 2]?.pos === 'ADJ' || tokens[ti - 2]?.pos === 'PROPN') && closesPhrase ? tokens[ti - 3] : tokens[ti - 2];
      const compoundHead =
        v?.form === 'base' && prev?.pos === 'NOUN' && /^\p{Ll}+$/u.test(prev.text) && !/s$/.test(prev.text) && ['a', 'an', 'the'].includes(article?.text.toLowerCase() ?? '') && article!.sentence === t.sentence;
      // "its financial crime controls in step": a form in -s closing a noun phrase that an article or a possessive
      // opened is its plural head when no object follows it ("the search giant tries to …" is a verb).
      let opener2 = ti - 2;
      while (opener2 > ti - 4 && opener2 >= 0 && (tokens[opener2]!.pos === 'NOUN' || tokens[opener2]!.pos === 'ADJ') && /^\p{Ll}/u.test(tokens[opener2]!.text)) opener2--;
      // ("The group competes with X": not when no verb came before the phrase, which is then the clause's subject.)
      const pluralHead =
        v?.form === 's' && prev?.pos === 'NOUN' && /^\p{Ll}+$/u.test(prev.text) && tokens[opener2]?.pos === 'DET' && tokens[opener2]!.sentence === t.sentence && verbBefore(tokens, opener2) &&
        nextWord !== undefined && nextWord.sentence === t.sentence && ((closed.get(nextWord.text.toLowerCase()) === 'ADP' && nextWord.text.toLowerCase() !== 'to') || nextWord.kind === 'punct');
      // "a Miami-based fund that …", "the new deal": a base form after an article and an adjective is a noun.
      // ("Lindqvist Ventures, an Oslo fund that …": after an article and a name too, closing the phrase.)
      const afterArticleAdjective =
        v?.form === 'base' && (prev?.pos === 'ADJ' || (prev?.pos === 'PROPN' && (closesPhrase || closed.get(nextWord!.text.toLowerCase()) === 'ADP'))) &&
        ['a', 'an', 'the'].includes(tokens[ti - 2]?.text.toLowerCase() ?? '') && tokens[ti - 2]!.sentence === t.sentence;
      // "in step", "under review": a base form right after a preposition other than "to" is a noun.
      const afterPreposition = v?.form === 'base' && prev?.pos === 'ADP' && !['to', 'than'].includes(prev.text.toLowerCase());
      // "criticised Veltrum's handling of the outage": an -ing form after a genitive, before a preposition or a stop, is
      // a noun.
      const genitiveGerund =
        v?.form === 'ing' && prev !== undefined && (/['’]s$/.test(prev.text) || /^['’]$/.test(prev.text)) && nextWord !== undefined && nextWord.sentence === t.sentence &&
        ((closed.get(nextWord.text.toLowerCase()) === 'ADP' && nextWord.text.toLowerCase() !== 'to') || nextWord.kind === 'punct');
      // "Quarvex's finance director": a base form right after a genitive is a noun (not after "it's", "that's").
      const genitiveBase = v?.form === 'base' && prev !== undefined && /['’]s$/.test(prev.text) && !/^(it|that|what|there|here|who|he|she|let)['’]s$/i.test(prev.text);
      const nominal =
        genitiveGerund ||
        genitiveBase ||
        pluralHead ||
        afterPreposition ||
        afterArticleAdjective ||
        nounOfName ||
        nounOfNation ||
        placeModifier ||
        afterAdjective ||
        compoundHead ||
        (prev !== undefined &&
          ((prev.pos === 'DET' && !((pastVerb || relativeVerb) && prev.text.toLowerCase() === 'that')) ||
            (prev.pos === 'NUM' && prev.kind === 'word' && !pastVerb) ||
            (prev.pos === 'ADP' && prev.text.toLowerCase() !== 'to' && /(ing|[^s]s)$/.test(lower) && !gerundClause(prev, v, nextWord, t))));
      // "it had completed": after "have", a form in -ed is the participle even of a verb the rules do not know.
      const perfect = v === undefined && prev?.pos === 'AUX' && prev.lemma === 'have' && /ed$/.test(lower) && term?.tags.has('Verb') === true && term.root !== undefined;
      if (perfect) {
        t.pos = 'VERB';
        t.lemma = term!.root!;
        t.verb = { lemma: t.lemma, finite: false, participle: true, subjunctive1: false, subjunctive2: false, tense: 'past' };
      } else if (v !== undefined && !nominal) {
        // ("his family's holding company": after a noun in the genitive too.)
        if (/ing$/.test(lower) && (afterModifier || prev?.pos === 'PROPN' || (prev?.pos === 'NOUN' && /['’]s$/.test(prev.text)))) modifierForms.push(ti);
        // "has also bought": an adverb between auxiliary and verb; "also owns" alone stays finite.
        // ("was itself fined": a reflexive pronoun too.)
        const beforePrev = tokens[ti - 2];
        const between = prev?.pos === 'ADV' || (prev !== undefined && /^(itself|themselves|himself|herself)$/i.test(prev.text));
        const afterAux = prev?.pos === 'AUX' || prev?.text.toLowerCase() === 'to' || (between && (beforePrev?.pos === 'AUX' || beforePrev?.text.toLowerCase() === 'to')) || shareBeforeParticiple(tokens, ti);
        t.pos = 'VERB';
        t.lemma = v.lemma;
        t.verb = {
          lemma: v.lemma,
          finite: !afterAux && (v.form === 'ed' || v.form === 's' || v.form === 'base'),
          participle: v.form === 'ed' && afterAux,
          subjunctive1: false,
          subjunctive2: false,
          tense: v.form === 'ed' ? 'past' : 'present',
        };
      }
      // ("competes with larger Swedish rival X": a comparative in small letters is an adjective too, and so, inside the
      // noun phrase, is "much" or "far" before one: "the much larger X", "with much bigger rivals X and Y".)
      else if (DEGREE.has(lower) && terms?.get(tokens[ti + 1]?.start ?? -1)?.tags.has('Comparative') === true) t.pos = 'ADJ';
      // ("a Zurich family office", "a rally": a word in -ly that compromise knows only as a noun is no adverb.)
      else t.pos = (term !== undefined && (/^\p{Lu}/u.test(t.text) || term.tags.has('Comparative')) ? commonPos(term) : undefined) ?? (/ly$/.test(lower) && !(term?.tags.has('Noun') === true && !term.tags.has('Adverb')) ? 'ADV' : 'NOUN');
    }
    prev = t;
  }
  // ("More than 40 U.S. states sued X": a plural after a number and a name, right before a verb in the past, is the
  // subject's noun, no verb.)
  for (let ti = 2; ti + 1 < tokens.length; ti++) {
    const t = tokens[ti]!;
    const next = tokens[ti + 1]!;
    if (t.pos !== 'VERB' || !/^\p{Ll}+s$/u.test(t.text) || tokens[ti - 1]!.pos !== 'PROPN' || tokens[ti - 2]!.pos !== 'NUM' || next.pos !== 'VERB' || next.verb?.tense !== 'past' || next.sentence !== t.sentence) continue;
    t.pos = 'NOUN';
    t.lemma = t.text.toLowerCase();
    t.verb = undefined;
  }
  // "Spanish charging network operator X", "a new streaming service": such a form before a noun modifies it.
  // After a name (which may be an adjective of origin: "Spanish"), only before two nouns.
  const commonNoun = (t: Token | undefined, sentence: number): boolean => t !== undefined && t.sentence === sentence && t.pos === 'NOUN' && /^\p{Ll}/u.test(t.text);
  for (const ti of modifierForms) {
    const t = tokens[ti]!;
    // ("NBCUniversal's streaming service Peacock": after a name in the genitive, one noun is enough.)
    const afterName = tokens[ti - 1]?.pos === 'PROPN' && !/['’]s$/.test(tokens[ti - 1]!.text);
    // ("Swedish gaming platform Pyrewick": after an adjective of origin, one noun is enough before a name.)
    if (commonNoun(tokens[ti + 1], t.sentence) && (!afterName || commonNoun(tokens[ti + 2], t.sentence) || originBeforeName(tokens, ti))) {
      tokens[ti]!.pos = 'NOUN';
      tokens[ti]!.lemma = tokens[ti]!.text.toLowerCase();
      tokens[ti]!.verb = undefined;
    }
  }
  // "Finance director Ria Natan will run …", "Marketing chief X left": a word opening a sentence, read as a verb before
  // a common noun and a name, is a noun of the title (news opens no sentence with an order); "Sales head Tom Reed
  // quit": so is a post's noun that is also a verb, after such an opening noun and before a name.
  for (let ti = 0; ti + 2 < tokens.length; ti++) {
    const t = tokens[ti]!;
    if (t.pos !== 'VERB' || t.verb?.tense === 'past') continue;
    const opens = ti === 0 || tokens[ti - 1]!.sentence !== t.sentence;
    const before = tokens[ti - 1];
    const title = opens
      ? /^\p{Lu}\p{Ll}+$/u.test(t.text) && commonNoun(tokens[ti + 1], t.sentence)
      : roleVerbs.has(t.text) && before!.pos === 'NOUN' && /^\p{Lu}/u.test(before!.text) && (ti === 1 || tokens[ti - 2]!.sentence !== t.sentence);
    const name = tokens[ti + (opens ? 2 : 1)]!;
    if (!title || name.sentence !== t.sentence || name.pos !== 'PROPN' || !/^\p{Lu}\p{Ll}/u.test(name.text)) continue;
    t.pos = 'NOUN';
    t.lemma = t.text.toLowerCase();
    t.verb = undefined;
  }
  // "led by U.S. venture capital firms X and Y": a plural noun that is also a verb in -s, after a common noun and
  // before a name, is the noun.
  for (let ti = 1; ti + 1 < tokens.length; ti++) {
    const t = tokens[ti]!;
    if (t.pos !== 'VERB') continue;
    const next = tokens[ti + 1]!;
    // ("Indian IT services company X", "IT firms said": so is a form in -s after an abbreviation in capitals, before a
    // common noun, and such a plural after one.)
    const afterAbbreviation = t.verb?.finite === true && /s$/.test(t.text) && tokens[ti - 1]!.pos === 'NOUN' && /^\p{Lu}{2,}$/u.test(tokens[ti - 1]!.text) && tokens[ti - 1]!.sentence === t.sentence && (commonNoun(next, t.sentence) || namingPlurals.has(t.text));
    if (!afterAbbreviation && (!namingPlurals.has(t.text) || !commonNoun(tokens[ti - 1], t.sentence) || next.sentence !== t.sentence || next.pos !== 'PROPN')) continue;
    t.pos = 'NOUN';
    t.lemma = t.text;
    t.verb = undefined;
  }
  // "The privately held company", "a newly formed unit": a past form after an article and an adverb in -ly, before
  // a common noun, is an adjective.
  for (let ti = 2; ti < tokens.length; ti++) {
    const t = tokens[ti]!;
    const adverb = tokens[ti - 1]!;
    if (t.pos !== 'VERB' || t.verb?.tense !== 'past' || adverb.pos !== 'ADV' || !/ly$/.test(adverb.text) || tokens[ti - 2]!.pos !== 'DET' || tokens[ti - 2]!.sentence !== t.sentence) continue;
    if (!commonNoun(tokens[ti + 1], t.sentence)) continue;
    t.pos = 'ADJ';
    t.lemma = t.text.toLowerCase();
    t.verb = undefined;
  }
  // "a fund that first invested in X", "Reuters first reported": "first" right before a verb in the past says when.
  for (let ti = 1; ti + 1 < tokens.length; ti++) {
    const t = tokens[ti]!;
    const verb = tokens[ti + 1]!;
    if (t.text.toLowerCase() === 'first' && !/^(a|an|the)$/i.test(tokens[ti - 1]!.text) && verb.sentence === t.sentence && verb.pos === 'VERB' && verb.verb?.tense === 'past' && verb.verb.finite) t.pos = 'ADV';
  }
  // "a company based in Los Angeles that also operates X": "that" before a verb is a relative pronoun after
  // a noun or a name, a conjunction elsewhere; never a determiner.
  for (let ti = 1; ti < tokens.length; ti++) {
    const t = tokens[ti]!;
    if (t.pos !== 'DET' || t.text.toLowerCase() !== 'that') continue;
    let k = ti + 1;
    while (tokens[k]?.pos === 'ADV' && tokens[k]!.sentence === t.sentence) k++;
    const next = tokens[k];
    const before = tokens[ti - 1]!;
    // "a lawsuit that Marcus Adeyemi had filed": after a common noun and before a name, a relative pronoun.
    if (next !== undefined && next.sentence === t.sentence && next.pos === 'PROPN' && before.sentence === t.sentence && before.pos === 'NOUN' && /^\p{Ll}/u.test(before.text)) {
      t.pos = 'PRON';
      continue;
    }
    // "ruled on Monday that Google illegally abused …": before a name that a finite verb follows, and not after a
    // common noun, a conjunction.
    if (next !== undefined && next.sentence === t.sentence && next.pos === 'PROPN') {
      let v = k + 1;
      while (tokens[v]?.pos === 'PROPN' && tokens[v]!.sentence === t.sentence) v++;
      while (tokens[v]?.pos === 'ADV' && tokens[v]!.sentence === t.sentence) v++;
      const verb = tokens[v];
      if (verb !== undefined && verb.sentence === t.sentence && (verb.pos === 'VERB' || verb.pos === 'AUX') && verb.verb?.finite === true) t.pos = 'SCONJ';
      continue;
    }
    if (next === undefined || next.sentence !== t.sentence || (next.pos !== 'VERB' && next.pos !== 'AUX') || next.verb?.finite !== true) continue;
    t.pos = before.sentence === t.sentence && (before.pos === 'NOUN' || before.pos === 'PROPN') ? 'PRON' : 'SCONJ';
  }
}

/** A verb or auxiliary before token `at` in its sentence. */
function verbBefore(tokens: Token[], at: number): boolean {
  const sentence = tokens[at]!.sentence;
  for (let k = at - 1; k >= 0 && tokens[k]!.sentence === sentence; k--) if (tokens[k]!.pos === 'VERB' || tokens[k]!.pos === 'AUX') return true;
  return false;
}
