// Tags German tokens with part of speech, lemma, case and verb features from
// the lexicon. Simple, documented disambiguation: closed-class words first;
// capitalised words are nouns when the lexicon (or a compound head) knows
// them, else proper nouns; an inflected word that is both adjective and verb
// is an adjective before a noun ("die gesperrte Seite"), else a verb.
import { isDigitName } from '../text/digit-name.js';
import { isFirstName } from '../entities/names.js';
import type { Case, Pos, Token, VerbFeatures } from '../types.js';
import type { GermanLexicon, NounReading, VerbReading } from './de-lexicon.js';
import { agentNoun, splitCompound } from './de-compound.js';
import { lowerTexts } from '../text/lower-case.js';

/** Prepositions fused with an article ("im" = "in dem"): an adjective after them has its article. */
const CONTRACTED_ARTICLES = new Set(['im', 'ins', 'am', 'ans', 'vom', 'zum', 'zur', 'beim']);

const AUXILIARIES = new Set(['haben', 'sein', 'werden', 'können', 'müssen', 'sollen', 'wollen', 'dürfen', 'mögen']);
const OPENERS = new Set(['–', '—', ':', '"', '„', '“', '«', '»', '(', '-']);

/**
 * `nameInfixes`: lower-case words inside names ("Call of Duty", "Ursula von der Leyen"); a word next to one
 * may belong to a name.
 */
export function tagGerman(tokens: Token[], lex: GermanLexicon, isName: (w: string) => boolean = () => false, nameInfixes: ReadonlySet<string> = new Set()): void {
  const lowers = lowerTexts(tokens);
  let start = true;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const prev = tokens[i - 1];
    if (prev === undefined || prev.sentence !== t.sentence) start = true;
    const next = tokens[i + 1]?.sentence === t.sentence ? tokens[i + 1] : undefined;
    if (t.kind === 'number') {
      t.pos = 'NUM';
      t.lemma = t.text;
    } else if (t.kind !== 'word') {
      t.pos = 'PUNCT';
      t.lemma = t.text;
      if (OPENERS.has(t.text)) start = true;
      continue;
    } else {
      tagWord(t, lowers[i]!, next, next === undefined ? undefined : lowers[i + 1], start, lex, isName, prev, nameInfixes);
      // "auf einem Server", "ein neues Update": after an indefinite article an unknown capitalised word is a common noun.
      // "ein Bundesgericht in New York": also a listed name that is an ordinary word (no brand takes "ein").
      if (t.pos === 'PROPN' && !/\p{Lu}.*\p{Lu}/u.test(t.text) && indefiniteBefore(tokens, lowers, i) && (!isName(t.text) || lex.isSpelled(t.text) || splitCompound(t.text, lex) !== undefined)) {
        t.pos = 'NOUN';
        if (isName(t.text)) t.common = true;
      }
      // "Tausende Onlineshops", "mehrere Server": after a word of quantity an unknown capitalised word is a plural noun.
      else if (t.pos === 'PROPN' && prev !== undefined && prev.sentence === t.sentence && QUANTITY_WORDS.has(lowers[i - 1]!) && !isName(t.text) && !/\p{Lu}.*\p{Lu}/u.test(t.text)) {
        t.pos = 'NOUN';
        t.common = true;
      }
      // "von der Imkerin Maria Gruber": an unknown word with a feminine agent noun's ending, between an article and a
      // capitalised word, is a trade's noun before a name.
      else if (t.pos === 'PROPN' && prev?.pos === 'DET' && prev.sentence === t.sentence && next !== undefined && startsUpper(next.text) && /^\p{Lu}\p{Ll}{2,}(erin|istin|antin|entin|eurin|orin)$/u.test(t.text) && !isName(t.text)) t.pos = 'NOUN';
      // "einem wichtigen Signal": a dictionary noun after an indefinite article names no brand of that name.
      else if (t.pos === 'NOUN' && indefiniteBefore(tokens, lowers, i)) t.common = true;
      // "nach eigenen Worten": a listed name that is a dictionary noun form, right after a lower-case adjective with no
      // article ("des umstrittenen Trump", "im nördlichen Burgenland" keep their names: "im" holds an article).
      else if (t.pos === 'PROPN' && prev !== undefined && prev.pos === 'ADJ' && tokens[i - 2]?.pos !== 'DET' && !CONTRACTED_ARTICLES.has(lowers[i - 2] ?? '') && prev.sentence === t.sentence && /^\p{Ll}/u.test(prev.text) && !/\p{Lu}.*\p{Lu}/u.test(t.text) && isName(t.text) && (lex.isNoun(t.text) || lex.isSpelled(t.text))) {
        t.pos = 'NOUN';
        t.common = true;
      }
      // "die Zugangsdaten eines Mitarbeiters Zugriff verschafft": a dictionary noun right after an indefinite
      // noun phrase is no name in apposition (that takes a definite article: "des Mitarbeiters Müller").
      // (Not after a possessive: "von ihrer Warenhaustochter Globus" names its subsidiary.)
      else if (t.pos === 'NOUN' && prev !== undefined && prev.pos === 'NOUN' && prev.sentence === t.sentence && lex.isNoun(t.text) && indefiniteBefore(tokens, lowers, i - 1, true)) t.common = true;
      // "…, kritisierte Türmer.": right after a comma, a finite past form before one capitalised word that closes the
      // clause is the verb of the clause (a verb of saying after what was said), not an adjective before a noun.
      if (t.pos === 'ADJ' && prev !== undefined && prev.text === ',' && next !== undefined && startsUpper(next.text) && /^[.,;:]$/.test(tokens[i + 2]?.text ?? '') && /te$/.test(lowers[i]!)) {
        const finite = lex.verb(lowers[i]!).filter((r) => r.finite && r.past && r.particle === undefined);
        if (finite.length > 0) setVerb(t, finite);
      }
      // "Sie verklagte Kjellberg & Voss", "Er kritisierte Müller": right after a subject pronoun, a finite form before a
      // capitalised word is the verb (a pronoun takes no adjective); not after a preposition ("über sie verbreitete …").
      else if (t.pos === 'ADJ' && prev !== undefined && prev.pos === 'PRON' && prev.sentence === t.sentence && SUBJECT_PRONOUNS.has(lowers[i - 1]!) && tokens[i - 2]?.pos !== 'ADP') {
        const finite = lex.verb(lowers[i]!).filter((r) => r.finite);
        if (finite.length > 0) setVerb(t, finite);
      }
      // "beteiligten sich unter anderem X und Y": a fixed adverb, no preposition with its noun phrase (the names after it
      // are the clause's subject or object).
      // ("beliefert vor allem Möbelhändler wie X und Y": "vor allem" too.)
      const fixed = lowers[i - 1] === 'unter' && lowers[i] === 'anderem' ? 'unter anderem' : lowers[i - 1] === 'vor' && lowers[i] === 'allem' ? 'vor allem' : undefined;
      if (fixed !== undefined && prev !== undefined && prev.sentence === t.sentence) {
        prev.pos = 'ADV';
        prev.lemma = fixed;
        t.pos = 'ADV';
        t.lemma = fixed;
      }
      // "die Vorsitzende Richterin", "der Vorsitzende Richter": the chair's word before a judge's is an adjective of the
      // title (presiding), no noun of its own.
      if (t.pos === 'NOUN' && /^Vorsitzende[nr]?$/.test(t.text) && next !== undefined && /^(\p{Lu}\p{Ll}*)?[Rr]ichter(in|innen|n)?$/u.test(next.text)) {
        t.pos = 'ADJ';
        t.lemma = 'vorsitzend';
      }
      // "die von Helen Dixon geleitete Behörde": after "Article von X", a participle before a noun is an adjective.
      if (t.pos === 'VERB' && next !== undefined && /^\p{Lu}/u.test(next.text) && agentPhraseBefore(tokens, i)) {
        const participle = attributiveParticiple(t.text, lex);
        if (participle !== undefined) {
          // Undefined rather than deleted: tokens keep their one shape (see tokenize).
          t.verb = undefined;
          t.pos = 'ADJ';
          t.lemma = participle;
        }
      }
    }
    start = false;
  }
}

/** "die von X …": an article, then "von"/"vom", a few tokens before `i`, in the same sentence. */
function agentPhraseBefore(tokens: Token[], i: number): boolean {
  for (let k = i - 2; k >= 1 && k >= i - 5; k--) {
    const t = tokens[k]!;
    if (t.sentence !== tokens[i]!.sentence) return false;
    if ((t.text === 'von' || t.text === 'vom') && (tokens[k - 1]!.pos === 'DET' || t.text === 'vom')) return true;
  }
  return false;
}

/** "geleitete" → "geleitet" when "leiten" is a verb: an inflected past participle. */
function attributiveParticiple(word: string, lex: GermanLexicon): string | undefined {
  const m = /^(\p{Ll}*ge)(\p{Ll}+?)(et|t)(e|en|er|es|em)$/u.exec(word);
  if (m === null) {
    // "kontrollierte", "beherrschte", "verwaltete": participles without "ge" (verbs in -ieren, inseparable prefixes).
    const n = /^((?:be|ver|er|ent|zer|miss|über|unter|hinter)?\p{Ll}+?)(et|t)(e|en|er|es|em)$/u.exec(word);
    if (n === null || !(/ier$/.test(n[1]!) || /^(be|ver|er|ent|zer|miss|über|unter|hinter)/.test(n[1]!))) return undefined;
    return lex.verb(`${n[1]}en`).some((r) => r.infinitive) ? `${n[1]}${n[2]}` : undefined;
  }
  const prefix = m[1]!.slice(0, -2);
  const infinitive = `${prefix}${m[2]}en`;
  return lex.verb(infinitive).some((r) => r.infinitive) ? `${m[1]}${m[2]}${m[3]}` : undefined;
}

// Indefinite articles and possessive determiners: names seldom follow them directly ("seinem Rauswurf").
/** Legal forms written with a small first letter (German cooperatives). */
const LOWER_LEGAL_FORMS = new Set(['eG', 'eGen']);
/** Nominative personal pronouns that open a clause as its subject. */
const SUBJECT_PRONOUNS = new Set(['er', 'sie', 'es', 'wir', 'man']);
/** Words of quantity before a plural noun ("Tausende Onlineshops"). */
const QUANTITY_WORDS = new Set(['tausende', 'hunderte', 'dutzende', 'zehntausende', 'hunderttausende', 'millionen', 'zahlreiche', 'zahlreichen', 'viele', 'vielen', 'mehrere', 'mehreren', 'einige', 'einigen', 'etliche', 'etlichen', 'diverse', 'sämtliche', 'sämtlichen', 'unzählige']);

/** "eines Mitarbeiters": the indefinite article alone, not the possessives that decline like it ("ihrer Tochter X"). */
const INDEFINITE_ARTICLE = new Set(['ein', 'kein'].flatMap((w) => [w, `${w}e`, `${w}en`, `${w}em`, `${w}er`, `${w}es`]));
const INDEFINITE = new Set([
  ...['ein', 'kein', 'sein', 'mein', 'dein', 'unser', 'euer'].flatMap((w) => [w, `${w}e`, `${w}en`, `${w}em`, `${w}er`, `${w}es`]),
  ...['ihr', 'ihre', 'ihren', 'ihrem', 'ihrer', 'ihres'],
]);

const PERSON_NOUN = /^\p{Lu}\p{Ll}{2,}(ologe|ologen|ologin|ologinnen|istin|istinnen|ikerin|ikerinnen|antin|antinnen|entin|entinnen|eutin|eutinnen|onomin|onominnen|grafin|grafinnen|aphin|aphinnen|urgin|urginnen|atorin|atorinnen|rätin|rätinnen)$/u;
const NUMBER_COMPOUND = /^\d[\d.,]*-\p{Lu}\p{Ll}/u;

/** The last part of a hyphenated word that ends like a noun for a doer or a derived noun ("Projektierer", "Forensiker"). */
const HYPHEN_NOUN_TAIL = /^\p{Lu}\p{Ll}{3,}(er|erin|or|orin|ist|istin|eur|eurin|ung|heit|keit|schaft|tion)$/u;
const DERIVED_NOUN = /^\p{Lu}\p{Ll}{2,}(ung|ungen|heit|heiten|keit|keiten|schaft|schaften|nis|nisse|tion|tionen|tät|täten|ismus|ierung)$/u;

function indefiniteBefore(tokens: Token[], lowers: string[], i: number, articleOnly = false): boolean {
  for (let j = i - 1; j >= 0 && j >= i - 3; j--) {
    const t = tokens[j]!;
    if (t.sentence !== tokens[i]!.sentence) return false;
    if (articleOnly ? INDEFINITE_ARTICLE.has(lowers[j]!) : INDEFINITE.has(lowers[j]!)) return true;
    if (t.pos !== 'ADJ') return false;
  }
  return false;
}

/** Whether a capitalised word of the closed class `closed` (an adverb or preposition) is a first name followed by a capitalised word that is no known noun (a surname). */
function firstNameBeforeName(closed: Pos, t: Token, next: Token | undefined, lex: GermanLexicon): boolean {
  return (closed === 'ADV' || closed === 'ADP') && next !== undefined && next.sentence === t.sentence && /^\p{Lu}\p{Ll}/u.test(next.text) && isFirstName(t.text) && lex.noun(next.text).length === 0;
}

/** Finite forms of "werden" after a fronted participle ("Gebaut wird das Werk von …"). */
const FRONTED_PASSIVE = new Set(['wird', 'wurde', 'werden', 'wurden']);

/** `lower` and `nextLower`: the texts of `t` and `next` lower-cased. */
function tagWord(t: Token, lower: string, next: Token | undefined, nextLower: string | undefined, start: boolean, lex: GermanLexicon, isName: (w: string) => boolean, prev: Token | undefined, nameInfixes: ReadonlySet<string>): void {
  // "iPhone-Hersteller", "eBay-Chef": a compound on a brand in lower case is still a noun.
  const capital = startsUpper(t.text) || (t.text.includes('-') && /^\p{Ll}{1,2}\p{Lu}[\p{L}\p{N}]*-\p{Lu}/u.test(t.text)) || isDigitName(t.text);
  // "die 51-Jährige", "der 100-Millionen-Deal": a number joined to a capitalised word is a noun.
  if (NUMBER_COMPOUND.test(t.text)) {
    const head = t.text.slice(t.text.lastIndexOf('-') + 1);
    set(t, 'NOUN', t.text);
    takeHeadReadings(t, lex.noun(head));
    return;
  }
  // "die Holzlandmilch eG": a cooperative's legal form in small letters is a noun like "GmbH".
  if (LOWER_LEGAL_FORMS.has(t.text)) {
    set(t, 'NOUN', t.text);
    return;
  }
  // "2,5 Mrd.": an abbreviated number word is capitalised but closed-class.
  // ("Anders Holch Povlsen" opening a sentence: a closed-class word that is a first name, before a capitalised word the
  // noun tables lack, is the name; "Anders als die Konkurrenz" is the adverb.)
  const closedWord = !capital || start || t.text.endsWith('.') ? lex.closedClass(lower) : undefined;
  const closed = capital && closedWord !== undefined && firstNameBeforeName(closedWord, t, next, lex) ? undefined : closedWord;
  if (closed !== undefined && closed !== 'AUX') {
    const nounAhead = next !== undefined && (startsUpper(next.text) || lex.adjective(next.text) !== undefined);
    if (lower === 'sein' && !nounAhead) {
      setVerb(t, lex.verb(lower));
      return;
    }
    // "hatte ihr eine Strafe auferlegt": without a noun after it, "ihr" is the pronoun (her, dative), not "her X".
    if (lower === 'ihr' && (!nounAhead || prev?.pos === 'ADP')) {
      set(t, 'PRON', lower);
      t.cases = ['dat'];
      return;
    }
    set(t, closed, lower);
    if (closed === 'PRON') {
      const cases = lex.pronounCases(lower);
      if (cases !== undefined) t.cases = cases.slice();
    }
    return;
  }
  // "Beraten wurde Rigi von der UBS": a participle opening the sentence before a finite form of "werden" is the passive's
  // verb, fronted, even where the dictionary knows the word as a noun made of the infinitive.
  if (capital && start && nextLower !== undefined && FRONTED_PASSIVE.has(nextLower) && lex.verb(lower).some((v) => v.participle)) {
    setVerb(t, lex.verb(lower).filter((v) => v.participle));
    return;
  }
  // "Malte Strotkötter, Sohn des …", "Lasse Brandt sagte": a first name that is also a verb's form, opening a sentence
  // before a capitalised word the noun tables lack (a surname), is the name.
  if (capital && start && next !== undefined && next.sentence === t.sentence && /^\p{Lu}\p{Ll}/u.test(next.text) && lex.verb(lower).length > 0 && lex.noun(next.text).length === 0 && isFirstName(t.text)) {
    set(t, 'PROPN', t.text);
    return;
  }
  if (capital && !(start && lex.verb(lower).length > 0 && lex.noun(t.text).length === 0 && lex.closedClass(lower) !== undefined)) {
    const nouns = lex.noun(t.text);
    if (nouns.length > 0) {
      set(t, 'NOUN', nouns[0]!.lemma);
      const summary = nounSummary(nouns);
      // (The summary's lists are frozen and shared by all tokens of the form.)
      t.cases = summary.cases;
      if (summary.plural) t.plural = true;
      if (summary.maybePlural) t.maybePlural = true;
      if (summary.pluralToo) t.pluralToo = true;
      t.genders = summary.genders;
      return;
    }
    // "warfen der Regierung Versagen vor": a capitalised infinitive inside a sentence is a noun made of a verb.
    if (!start && !isName(t.text) && !t.text.includes('-') && lex.verb(lower).some((v) => v.infinitive)) {
      set(t, 'NOUN', t.text);
      return;
    }
    if (!start || lex.verb(lower).length === 0) {
      const split = t.text.includes('-') || !isName(t.text) ? splitCompound(t.text, lex, { isName }) : undefined;
      if (split !== undefined && (t.text.includes('-') ? lex.noun(split.head).length > 0 || split.headLemma !== split.head : true)) {
        const head = t.text.includes('-') ? (split.tailLemma ?? split.headLemma) : split.headLemma.charAt(0).toLowerCase() + split.headLemma.slice(1);
        set(t, 'NOUN', t.text.slice(0, t.text.length - split.head.length) + head);
        // The head decides number, case and gender: "Preis+absprachen" is plural.
        // ("IT-Sicherheitsdienstleister": a part after the hyphen that is a compound itself, by its own head.)
        let readings = lex.noun(split.head);
        if (readings.length === 0 && t.text.includes('-')) {
          const inner = splitCompound(split.head, lex, { isName });
          if (inner !== undefined) readings = lex.noun(inner.head);
        }
        takeHeadReadings(t, readings);
        return;
      }
      // "Windkraft-Projektierer", "IT-Forensiker": a hyphenated word whose last part the lexicon lacks, with the
      // ending of a noun, after a known noun or an abbreviation, is a noun of that ending's gender.
      if (t.text.includes('-')) {
        const cut = t.text.lastIndexOf('-');
        const first = t.text.slice(0, cut);
        const last = t.text.slice(cut + 1);
        if ((/^\p{Lu}{2,5}$/u.test(first) || lex.noun(first).length > 0 || splitCompound(first, lex, { isName }) !== undefined) && HYPHEN_NOUN_TAIL.test(last)) {
          set(t, 'NOUN', t.text);
          t.genders = /(in|ung|heit|keit|schaft|tion)$/.test(last) ? ['F'] : ['M'];
          return;
        }
      }
      // Derived nouns the dictionary lacks: "Verleumdung", "Nachhaltigkeit", "Partnerschaft".
      if (!start && !isName(t.text) && DERIVED_NOUN.test(t.text) && !t.text.includes('-')) {
        set(t, 'NOUN', t.text);
        return;
      }
      // "der Immunologin", "die Aktivistin": nouns for people by their suffix, which no name has.
      if (!isName(t.text) && PERSON_NOUN.test(t.text)) {
        set(t, 'NOUN', t.text);
        return;
      }
      // "Läden", "Väter": a plural with umlaut the tables lack, of a noun they know ("Laden", "Vater").
      if (!isName(t.text) && /[äöü]/.test(t.text) && !t.text.includes('-')) {
        const plain = t.text.replace(/ä/g, 'a').replace(/ö/g, 'o').replace(/ü/g, 'u');
        // (Not of a noun whose plural is its singular: "Hummer" makes no "Hümmer", a surname.)
        const base = lex.noun(plain).length > 0 ? plain : /e$/.test(plain) && lex.noun(plain.slice(0, -1)).length > 0 ? plain.slice(0, -1) : undefined;
        if (base !== undefined && lex.noun(base).some((r) => r.pluralToo === true)) {
          set(t, 'PROPN', t.text);
          return;
        }
        if (base !== undefined) {
          set(t, 'NOUN', lex.noun(base)[0]!.lemma);
          t.plural = true;
          return;
        }
      }
      const agent = isName(t.text) ? undefined : agentNoun(t.text, lex);
      if (agent !== undefined) {
        set(t, 'NOUN', agent);
        return;
      }
      const adjective = start ? lex.adjective(lower) : undefined;
      if (adjective !== undefined) set(t, 'ADJ', adjective);
      // "Landesweit beschäftigt der Konzern …", "Europaweit": an adverb of extent the tables lack, opening a sentence.
      else if (start && /^\p{Lu}\p{Ll}{4,}weit$/u.test(t.text) && !isName(t.text)) set(t, 'ADV', lower);
      // "den Schwund an Abonnenten", "die Löhne": ordinary words the morphology tables lack. Only a word
      // standing alone: the dictionary also spells words of names ("Call of Duty", "James Bond").
      else if (!isName(t.text) && (lex.isSpelled(t.text) || spelledCompound(t.text, lex, isName)) && !nameNeighbour(prev, t, nameInfixes) && !nameNeighbour(next, t, nameInfixes, lex)) set(t, 'NOUN', t.text);
      // "180.000 Hektoliter Bier": a spelled word after a number is what it counts, whatever follows.
      else if (!isName(t.text) && prev?.kind === 'number' && prev.sentence === t.sentence && lex.isSpelled(t.text)) set(t, 'NOUN', t.text);
      else set(t, 'PROPN', t.text);
      return;
    }
  }
  const verbs = lex.verb(lower);
  const adjective = lex.adjective(lower);
  const beforeNoun = next !== undefined && (startsUpper(next.text) || lex.adjective(nextLower!) !== undefined);
  // "Haselsteiner kritisierte Benko": right after a name or noun, a finite form is the verb, not an adjective.
  const afterSubject = prev !== undefined && prev.sentence === t.sentence && (prev.pos === 'PROPN' || prev.pos === 'NOUN') && verbs.some((v) => v.finite);
  // "…, kritisierte Schrems": after a comma, a finite verb before a name the dictionary lacks opens an inverted clause.
  const inverted = prev?.text === ',' && next !== undefined && startsUpper(next.text) && lex.noun(next.text).length === 0 && verbs.some((v) => v.finite && v.past);
  if (adjective !== undefined && !inverted && (verbs.length === 0 || (/(e|en|er|es|em)$/.test(lower) && beforeNoun && !afterSubject))) {
    set(t, 'ADJ', adjective);
    return;
  }
  if (verbs.length > 0) {
    setVerb(t, verbs);
    return;
  }
  // An unknown inflected word before a noun is most likely an adjective ("den früheren Managern").
  if (!capital && /(e|en|er|es|em)$/.test(lower) && next !== undefined && startsUpper(next.text)) {
    set(t, 'ADJ', lower);
    return;
  }
  set(t, capital ? 'PROPN' : 'ADV', capital ? t.text : lower);
  if (!capital) t.unknown = true;
}

/**
 * "Genossenschaftsbanken": a known noun (maybe with its linking "s") and a word the spelling dictionary knows,
 * of four letters or more and no known name, joined.
 */
function spelledCompound(word: string, lex: GermanLexicon, isName: (w: string) => boolean): boolean {
  if (word.length < 9 || word.includes('-')) return false;
  for (let k = word.length - 4; k >= 4; k--) {
    const head = word.charAt(k).toUpperCase() + word.slice(k + 1);
    // "Nordhessen": a known name as the last part makes a name.
    if (!lex.isSpelled(head) || isName(head)) continue;
    const first = word.slice(0, k);
    if (lex.isNoun(first) || (first.endsWith('s') && lex.isNoun(first.slice(0, -1))) || lex.isConfix(first)) return true;
  }
  return false;
}

/**
 * A neighbour that may be part of one name with `t`: a capitalised word that is no article, pronoun or
 * preposition (for the word before, its tag; for the word after, the closed-class list), or a name infix.
 */
function nameNeighbour(n: Token | undefined, t: Token, nameInfixes: ReadonlySet<string>, lex?: GermanLexicon): boolean {
  if (n === undefined || n.sentence !== t.sentence || n.kind !== 'word') return false;
  if (nameInfixes.has(n.text)) return true;
  if (!startsUpper(n.text)) return false;
  if (lex === undefined) return n.pos === 'PROPN' || n.pos === 'NOUN';
  return lex.closedClass(n.text.toLowerCase()) === undefined;
}

/** Case, number and gender of a compound from the readings of its head noun (none when the head is unknown). */
function takeHeadReadings(t: Token, readings: NounReading[]): void {
  if (readings.length === 0) return;
  const summary = nounSummary(readings);
  t.cases = summary.cases;
  if (summary.plural) t.plural = true;
  if (summary.maybePlural || summary.pluralToo) t.pluralToo = true;
  t.genders = summary.genders;
}

/** Cases, number and genders over all readings of a noun form; the lexicon memoises readings per form, so this is computed once per form. */
interface NounSummary {
  /** Frozen: tokens of the form share them. */
  cases: readonly Case[];
  plural: boolean;
  maybePlural: boolean;
  pluralToo: boolean;
  genders: readonly string[];
}

const summaries = new WeakMap<NounReading[], NounSummary>();

function nounSummary(nouns: NounReading[]): NounSummary {
  let summary = summaries.get(nouns);
  if (summary === undefined) {
    const plural = nouns.every((n) => n.plural);
    summary = {
      cases: Object.freeze([...new Set(nouns.flatMap((n) => n.cases))]),
      plural,
      maybePlural: !plural && nouns.some((n) => n.plural),
      pluralToo: nouns.some((n) => n.pluralToo === true),
      genders: Object.freeze([...new Set(nouns.map((n) => n.gender))]),
    };
    summaries.set(nouns, summary);
  }
  return summary;
}

const UPPER_START = /^\p{Lu}/u;

/** `/^\p{Lu}/u.test(word)`, with ASCII first letters decided without the Unicode regex (asked several times per token). */
function startsUpper(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return UPPER_START.test(word);
}

function set(t: Token, pos: Pos, lemma: string): void {
  t.pos = pos;
  t.lemma = lemma;
}

function setVerb(t: Token, readings: VerbReading[]): void {
  const reading = verbReading(readings);
  if (reading === undefined) {
    set(t, 'ADV', t.text.toLowerCase());
    return;
  }
  // A copy per token; its particle map and lemma list are frozen and shared by all tokens of the form (copying the
  // particle map, an object used as a dictionary, was a good part of tagging).
  t.verb = { ...reading.features };
  set(t, reading.pos, reading.features.lemma);
}

/** Verb features and part of speech of a form's readings, computed once per readings list (the lexicon memoises those per form). */
const verbReadings = new WeakMap<VerbReading[], { features: VerbFeatures; pos: Pos } | undefined>();

function verbReading(readings: VerbReading[]): { features: VerbFeatures; pos: Pos } | undefined {
  if (verbReadings.has(readings)) return verbReadings.get(readings);
  const plain = readings.filter((r) => r.particle === undefined);
  const main = plain[0] ?? readings[0];
  if (main === undefined) {
    verbReadings.set(readings, undefined);
    return undefined;
  }
  const features: VerbFeatures = {
    lemma: main.lemma,
    finite: readings.some((r) => r.finite),
    participle: readings.some((r) => r.participle),
    subjunctive1: readings.some((r) => r.subjunctive1),
    subjunctive2: false,
    tense: readings.some((r) => r.past) ? 'past' : 'present',
    infinitive: readings.some((r) => r.infinitive),
    // Set below when the form has them; present from the start so that all verb features share one shape.
    particleLemmas: undefined,
    altLemmas: undefined,
  };
  const particles: Record<string, string> = {};
  for (const r of readings) if (r.particle !== undefined && r.finite) particles[r.particle] = r.lemma;
  if (Object.keys(particles).length > 0) features.particleLemmas = Object.freeze(particles);
  const alts = [...new Set(plain.map((r) => r.lemma))].filter((l) => l !== main.lemma);
  if (alts.length > 0) features.altLemmas = Object.freeze(alts);
  // Only a particle reading: the verb is separable and its particle should come later.
  if (plain.length === 0) features.lemma = main.lemma;
  const reading = { features, pos: (AUXILIARIES.has(main.lemma) && plain.length > 0 ? 'AUX' : 'VERB') as Pos };
  verbReadings.set(readings, reading);
  return reading;
}
