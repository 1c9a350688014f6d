// Splits a sentence's items into clauses and finds, for each, its verbs
// (separable particles joined, passive and Konjunktiv I noted), negation, and
// the grammatical roles of the entities in it: subject and object by case and
// position, prepositional objects, genitive and noun attachments. Relative
// clauses take their antecedent, and a clause that drops its subject takes the
// subject of the clause before it.
import type { Case } from '../types.js';
import type { ClauseLexicon } from './clause-lexicon.js';
import { lowerText, type Item } from './items.js';
import { listContinues } from './match-patterns.js';
import { PLACE_CLASSES } from '../place-classes.js';

export interface Arg {
  /** Entity keys: more than one for "X und Y". */
  entities: string[];
  item: number;
  prep?: string;
  cases: readonly Case[];
  /** Lemma and compound head of the noun this phrase hangs on ("Klage" in "Klage gegen X"). */
  noun?: string;
  nounHead?: string;
  /** Lemma and head of the noun before that noun's own phrase ("Anzeige" in "Anzeige wegen Betrugs gegen X"). */
  outer?: [string, string];
  /** For a genitive: the noun and preposition of the phrase its own noun stands in ("Kritik", "an": "Kritik am Vorgehen des X"). */
  phraseOf?: [string, string, string];
  genitive: boolean;
  beforeVerb: boolean;
  /** The preposition follows "und"/"sowie"/"and": the phrase is coordinated with the one before it. */
  joined?: boolean;
  /** The antecedent of a relative pronoun after a preposition ("Lime, in which Uber holds a stake"). */
  antecedent?: boolean;
}

export interface Clause {
  from: number;
  to: number;
  verbs: string[];
  finite?: number | undefined;
  passive: boolean;
  subjunctive: boolean;
  negated: boolean;
  /** Intended, possible or future ("will kaufen", "could acquire"): frames assert nothing from it. */
  irrealis: boolean;
  relative: boolean;
  /** "mit dem X kooperiert": the preposition before the relative pronoun, which the antecedent takes. */
  relativePrep?: string | undefined;
  subordinate: boolean;
  reporting: boolean;
  args: Arg[];
  subject?: Arg | undefined;
  object?: Arg | undefined;
  dative?: Arg | undefined;
  /** Lemmas and compound heads of the clause's tokens. */
  lemmas: Set<string>;
  years: string[];
}

/**
 * A clause as analyseOne makes it. All fields are set in the constructor, in
 * one order, and roles are cleared by setting them undefined, not deleted: one
 * shape for every clause, which the frame and pattern stages read many times.
 * The lemma set is made when a frame rule first asks for it: most clauses
 * never need it (their items and verbs do not change once analysed).
 */
class ClauseRecord implements Clause {
  finite: number | undefined = undefined;
  relativePrep: string | undefined = undefined;
  args: Arg[] = [];
  subject: Arg | undefined = undefined;
  object: Arg | undefined = undefined;
  dative: Arg | undefined = undefined;
  private lemmaSet: Set<string> | undefined = undefined;

  constructor(
    private readonly items: Item[],
    private readonly body: number,
    readonly from: number,
    readonly to: number,
    readonly verbs: string[],
    public passive: boolean,
    readonly subjunctive: boolean,
    readonly negated: boolean,
    readonly irrealis: boolean,
    public relative: boolean,
    readonly subordinate: boolean,
    readonly reporting: boolean,
    readonly years: string[],
  ) {}

  get lemmas(): Set<string> {
    if (this.lemmaSet === undefined) {
      const lemmas = new Set<string>();
      for (let i = this.body; i < this.to; i++) {
        const it = this.items[i]!;
        lemmas.add(it.lemma);
        lemmas.add(it.head);
        // The written form of a noun too: Swiss "Busse" (a fine) is read as the plural of "Bus".
        if (it.kind === 'token' && it.pos === 'NOUN' && it.text !== it.lemma) lemmas.add(it.text);
        // A function word opening the sentence in lower case: "Zu den Konkurrenten zählen …" requires "zu".
        else if (it.kind === 'token' && it.pos !== 'NOUN' && it.pos !== 'PROPN' && /^\p{Lu}\p{Ll}*$/u.test(it.lemma)) lemmas.add(it.lemma.toLowerCase());
        // A name's class as the mark `#Class` ("#Court"), which rules may require: "beim Oberlandesgericht X".
        if (it.kind === 'mention' && it.cls !== undefined) lemmas.add(`#${it.cls}`);
        // "Talwerk-Aktionär": the head of a compound on a name as the mark `~Head`, which rules may leave to patterns.
        if (it.kind === 'token' && i > this.body && this.items[i - 1]!.kind === 'mention' && this.items[i - 1]!.compound === true) lemmas.add(`~${it.head}`);
        // "80 Prozent", "a 60% stake": a share above half is a majority (the mark `#majority`, which rules may require).
        if (it.kind === 'token' && (it.lemma === 'Prozent' || it.lemma === '%' || it.lemma === 'percent') && i > this.body) {
          const number = this.items[i - 1]!;
          const share = number.kind === 'token' ? Number(number.text.replace(',', '.')) : NaN;
          if (share > 50 && share <= 100) lemmas.add('#majority');
        }
      }
      for (const v of this.verbs) lemmas.add(v);
      this.lemmaSet = lemmas;
    }
    return this.lemmaSet;
  }
}

const ANY: Case[] = ['nom', 'acc', 'dat'];
const DATIVE: Case[] = ['dat'];

/** Relative pronouns after a preposition ("mit dem", "bei der", "an denen"). */
const PREP_RELATIVE_PRONOUNS = new Set(['dem', 'der', 'den', 'denen', 'das', 'die', 'welchem', 'welcher', 'welchen', 'dessen', 'deren']);
const EN_PREP_RELATIVE_PRONOUNS = new Set(['which', 'whom']);

/** The verb whose participle an adjective's lemma is, and whether the participle is the present (active) one. */
export type ParticipleVerb = (lemma: string) => { lemma: string; active: boolean } | undefined;

/** Joins a clause-final particle and a verb lemma when that verb exists ("statt" + "geben"). */
export type JoinParticle = (particle: string, lemma: string) => string | undefined;

/**
 * `inAttributes`: items inside the phrases of attributive participles ("Das 1962 von Alois X gegründete Unternehmen
 * wird von dessen Enkelin Y geführt"), which are those participles' arguments (see attributiveClauses), no clause's.
 */
export function analyseClauses(items: Item[], lex: ClauseLexicon, join: JoinParticle = () => undefined, inAttributes?: ReadonlySet<number>): Clause[] {
  const segments: Array<[number, number]> = [];
  // "dem Bürgermeister von X, Thomas Wimmer, Amtsmissbrauch vorgeworfen": a name between
  // commas right after a noun phrase is an apposition, no clause of its own and no argument.
  // (Names inside an attribute are no argument either; no item of them is a comma, which appositions also mark.)
  const appositions = new Set<number>(inAttributes);
  for (let i = 1; i + 2 < items.length; i++) {
    const name = items[i + 1]!;
    if (
      lex.verbFinal &&
      items[i]!.text === ',' &&
      name.kind === 'mention' &&
      roleBefore(items, i) &&
      !name.compound &&
      items[i + 2]!.text === ',' &&
      // ("des Bundesamts für Sicherheit in der Informationstechnik (BSI), Arne Schönbohm,": after an abbreviation in brackets.)
      (items[i - 1]!.kind === 'mention' || items[i - 1]!.pos === 'NOUN' || (items[i - 1]!.text === ')' && items[i - 2]?.kind === 'mention' && items[i - 3]?.text === '(')) &&
      !listContinues(items, i) &&
      // ("hat den Chef des X, Name, abberufen": a participle after an auxiliary before the apposition closes the clause.)
      (!isFinite(items[i + 3]) || ((items[i + 3]!.token?.verb?.participle === true || items[i + 3]!.token?.verb?.infinitive === true) && items.slice(0, i).some((x) => x.pos === 'AUX' && x.token?.verb?.finite === true))) &&
      !(items[i + 3]?.kind === 'token' && (lex.relativePronouns.has(lowerText(items[i + 3]!)) || items[i + 3]!.pos === 'SCONJ'))
    ) {
      appositions.add(i).add(i + 1).add(i + 2);
      i += 2;
    }
  }
  // English "named Anna Tarn, the head of rival Tarnet, as its chief executive": a description of a person between
  // commas, before "as", interrupts the clause; what it names is no argument of the clause.
  for (let i = 1; i + 3 < items.length; i++) {
    if (lex.verbFinal || items[i]!.text !== ',' || items[i - 1]!.kind !== 'mention' || items[i - 1]!.cls !== 'Person') continue;
    if (!['the', 'a', 'an'].includes(lowerText(items[i + 1]!))) continue;
    let close = -1;
    for (let k = i + 2; k < items.length && k <= i + 9; k++) {
      const it = items[k]!;
      if (it.text === ',') {
        close = k;
        break;
      }
      if (it.kind === 'token' && (it.pos === 'VERB' || it.pos === 'AUX' || lex.boundaries.has(it.text))) break;
    }
    if (close < 0 || lowerText(items[close + 1] ?? items[close]!) !== 'as') continue;
    for (let k = i; k <= close; k++) appositions.add(k);
    i = close;
  }
  // English "agreed to sell X, one of England's largest pub operators, to Y": a description of a name between commas,
  // before a preposition that goes on with the clause, interrupts it; what it names is no argument of the clause.
  for (let i = 1; i + 3 < items.length; i++) {
    if (lex.verbFinal || items[i]!.text !== ',' || items[i - 1]!.kind !== 'mention' || !DESCRIPTION_OPENERS.has(lowerText(items[i + 1]!))) continue;
    const close = descriptionClose(items, i, lex);
    if (close < 0 || !CLAUSE_PREPOSITIONS.has(lowerText(items[close + 1] ?? items[close]!))) continue;
    for (let k = i; k <= close; k++) appositions.add(k);
    i = close;
  }
  // German "übernimmt Marco X, der bisherige Jugendkoordinator des Clubs, das Training": a description of a person
  // after an article between commas, with no verb, is no relative clause; the clause goes on after it.
  for (let i = 1; i + 3 < items.length; i++) {
    if (!lex.verbFinal || items[i]!.text !== ',' || items[i - 1]!.kind !== 'mention' || items[i - 1]!.cls !== 'Person' || items[i + 1]!.pos !== 'DET') continue;
    const close = descriptionClose(items, i, lex);
    const next = items[close + 1];
    if (close < 0 || next === undefined || next.kind !== 'token' || !(next.pos === 'DET' || next.pos === 'ADP' || next.pos === 'NOUN')) continue;
    // ("ein Enkel von X, der das Unternehmen gegründet hatte": not before a relative clause, which ends in its verb.)
    if (lex.relativePronouns.has(lowerText(next)) && verbBeforeComma(items, close + 2)) continue;
    for (let k = i; k <= close; k++) appositions.add(k);
    i = close;
  }
  // English "X, a Cambridge, Massachusetts, biotech, has …": the commas around a town's state inside a description
  // bound no clause.
  for (let i = 2; i + 3 < items.length; i++) {
    if (lex.verbFinal || !townStateBeforeNoun(items, i - 1)) continue;
    appositions.add(i).add(i + 2);
    i += 2;
  }
  // "Der Bundesgerichtshof (BGH) hat …": a short bracket after a name (an abbreviation, a party)
  // sits inside its clause; its brackets are no clause boundaries.
  for (let i = 1; i + 2 < items.length; i++) {
    // Not a dateline: "New York (Reuters) - …".
    const before = items[i - 1]!;
    if (items[i]!.text !== '(' || i - 1 === 0 || !(before.kind === 'mention' || before.pos === 'NOUN' || before.pos === 'PROPN')) continue;
    // After a plain noun only an abbreviation: "des Verbraucherzentrale Bundesverbands (vzbv)".
    if (before.kind !== 'mention' && !(items[i + 2]!.text === ')' && /^\p{L}[\p{L}\d&.-]{1,7}$/u.test(items[i + 1]!.text))) continue;
    const close = items[i + 2]!.text === ')' ? i + 2 : items[i + 3]?.text === ')' ? i + 3 : undefined;
    if (close !== undefined) {
      appositions.add(i).add(close);
      i = close;
    }
  }
  // "Klage gegen die beiden Gründer, A und B, eingebracht": a German noun phrase with a name between commas after a
  // noun or name, right before the clause's closing verb, is an apposition inside the clause.
  if (lex.verbFinal) {
    for (let i = 1; i + 3 < items.length; i++) {
      if (items[i]!.text !== ',' || !(items[i - 1]!.kind === 'mention' || items[i - 1]!.pos === 'NOUN')) continue;
      let k = i + 1;
      let named = false;
      for (; k < items.length && k <= i + 8 && items[k]!.text !== ','; k++) {
        const x = items[k]!;
        if (x.kind === 'mention') named = true;
        else if (!APPOSITION_POS.has(x.pos ?? '')) break;
      }
      if (items[k]?.text !== ',' || !named) continue;
      // ("die Prüferin der Bank, die Gesellschaft X, auf Schadenersatz verklagt": a phrase without a verb between the
      // apposition and the participle or infinitive that closes the clause.)
      let v = k + 1;
      // (Not a relative or subordinate clause after the apposition: "von X, einem Leipziger Studio, das Y übernommen hatte".)
      if (items[v]?.kind === 'token' && (lex.relativePronouns.has(lowerText(items[v]!)) || items[v]!.pos === 'SCONJ')) continue;
      // ("von A, einem früheren Piloten der Y, und dem Unternehmer B gegründet": a name joined by "und" after it too.)
      while (v < items.length && v <= k + 8 && (items[v]!.kind === 'mention' || CLAUSE_MIDDLE_POS.has(items[v]!.pos ?? '') || (v === k + 1 && items[v]!.pos === 'CCONJ')) && !lex.boundaries.has(items[v]!.text)) v++;
      const verb = items[v];
      const after = items[v + 1];
      const closing = v === k + 1 || verb?.token?.verb?.participle === true || verb?.token?.verb?.infinitive === true;
      // ("an Jon Hartley, den Besitzer des Clubs X, verkauft.": the participle may end the sentence.)
      // ("von der Drogistin X, der Tante des heutigen Chefs, gegründet und beschäftigt …": or a second verb after "und".)
      if (verb?.kind === 'token' && (verb.pos === 'VERB' || verb.pos === 'AUX') && closing && (after === undefined || lex.boundaries.has(after.text) || after.pos === 'AUX' || after.pos === 'VERB' || (v > k + 1 && after.pos === 'PUNCT') || (after.pos === 'CCONJ' && verb.token?.verb?.participle === true) || /^[.!?]$/.test(after.text))) {
        appositions.add(i).add(k);
        i = k;
      } else if (v > k + 1 && verb?.text === '.' && separableBefore(items, i, items[v - 1]!, join)) {
        // ("wirft der X GmbH, einer Tochter des Y, Preisabsprachen vor.": the particle of the clause's separable verb
        // closes it after the apposition.)
        appositions.add(i).add(k);
        i = k;
      }
    }
  }
  // "the planned 640 million pound ($840 million) merger": an amount in brackets is no clause boundary.
  for (let i = 1; i + 2 < items.length; i++) {
    if (items[i]!.text !== '(') continue;
    let close = -1;
    for (let k = i + 1; k < items.length && k <= i + 6; k++) {
      if (items[k]!.text === ')') {
        close = k;
        break;
      }
    }
    if (close < i + 2) continue;
    const amount = items.slice(i + 1, close).every((it) => it.kind === 'token' && (it.pos === 'NUM' || AMOUNT_WORD.test(it.text)));
    if (amount && items.slice(i + 1, close).some((it) => it.pos === 'NUM')) {
      appositions.add(i).add(close);
      i = close;
    }
  }
  // "Judge X in Portland, Oregon, granted …": a place and its state between commas stay in the clause.
  for (let i = 1; i + 2 < items.length; i++) {
    if (items[i]!.text === ',' && PLACE_CLASSES.has(items[i - 1]!.cls ?? '') && PLACE_CLASSES.has(items[i + 1]!.cls ?? '') && items[i + 1]!.kind === 'mention') {
      appositions.add(i);
      // "Informatica, based in Redwood City, California, was founded …": the comma after the state still closes a
      // participle phrase that a comma opened.
      let opener = i - 2;
      while (opener > 0 && opener > i - 8 && items[opener]!.text !== ',') opener--;
      // ("Based in the Seattle suburb of Issaquah, Washington, Costco runs …": a participle opening the sentence too,
      // maybe after a dateline's dash.)
      let start = i - 2;
      while (start > 0 && start > i - 12 && !/^[-–—,]$/.test(items[start - 1]!.text)) start--;
      if (start > 0 && !/^[-–—]$/.test(items[start - 1]!.text)) start = -1;
      const participlePhrase =
        !lex.verbFinal &&
        ((items[opener]?.text === ',' && items[opener + 1]?.pos === 'VERB' && /ed$/.test(items[opener + 1]!.text)) || (start >= 0 && items[start]?.pos === 'VERB' && /ed$/.test(items[start]!.text)));
      if (items[i + 2]!.text === ',' && !participlePhrase) appositions.add(i + 2);
      i += 2;
    }
  }
  let start = 0;
  const reduced = new Set<number>();
  const activeReduced = new Set<number>();
  const relativeGoesOn = new Set<number>();
  const thatLess = new Set<number>();
  const sharedAuxiliary = new Set<number>();
  for (let i = 0; i < items.length; i++) {
    const it = items[i]!;
    const lower = lowerText(it);
    // A comma inside a list of names ("A, B und C") does not end a clause.
    // ("den „Lahn-Kurier“, das „Vogelsberger Tageblatt“ und …": a title's closing quote before the comma.)
    const listComma = it.text === ',' && (items[i - 1]?.kind === 'mention' || (isQuote(items[i - 1]) && items[i - 2]?.kind === 'mention')) && (listContinues(items, i) || describedListContinues(items, i));
    // ("von drei früheren Offizieren: A, B und C.": a colon before the names of a group's members.)
    const membersColon = namedMembers(items, i);
    const boundary = it.kind === 'token' && lex.boundaries.has(it.text) && !listComma && !membersColon && !appositions.has(i);
    const coordinated = it.kind === 'token' && it.pos === 'CCONJ' && lex.coordinators.has(lower) && (finiteAfterJoiner(items, i, lex) || gerundsJoined(items, start, i, lex));
    // English needs no comma before "since …", "because …", "who …": a subordinate clause starts there.
    const subordinate =
      !lex.verbFinal &&
      it.kind === 'token' &&
      i > start &&
      (it.pos === 'SCONJ' || (it.pos === 'PRON' && lex.relativePronouns.has(lower)) || (lex.clausePrepositions.has(lower) && !suchAs(items, i) && (finiteAhead(items, i + 1, lex) || gerundAfter(items, i)))) &&
      // (", in which Uber holds a stake": the preposition before the pronoun opens the relative clause with it.)
      !(i === start + 1 && items[start]!.pos === 'ADP' && items[start - 1]?.text === ',' && it.pos === 'PRON') &&
      // ("who until recently ran the subway", "since then": a time adverb makes the word a preposition, no clause.)
      !((lower === 'until' || lower === 'since') && items[i + 1] !== undefined && /^(recently|lately|now|then)$/.test(lowerText(items[i + 1]!)));
    if (subordinate || (!lex.verbFinal && i > start && thatLessReport(items, start, i, lex))) {
      // ("a Chilean unit in which X holds a stake": the preposition before "which" opens the relative clause with it.)
      const prepFirst = subordinate && !lex.verbFinal && i - 1 > start && EN_PREP_RELATIVE_PRONOUNS.has(lower) && items[i - 1]!.kind === 'token' && items[i - 1]!.pos === 'ADP' && items[i - 2]?.pos === 'NOUN';
      const cut = prepFirst ? i - 1 : i;
      segments.push([start, cut]);
      start = cut;
      continue;
    }
    // English "the streaming company he has led", "the firm she founded": a relative clause without a pronoun of
    // its own, its subject a pronoun right after the noun it describes.
    if (!lex.verbFinal && i > start && thatLessRelative(items, i)) {
      segments.push([start, i]);
      start = i;
      thatLess.add(i);
      continue;
    }
    // English "a lawsuit filed by X against Y", "a round led by X": a participle after a noun with "by" is a passive clause of its own.
    // "the messaging service owned by Meta": the noun may be a description that became a mention.
    // ("was 51 percent owned by X": not the unit of a share, which belongs to the verb's own clause.)
    const share = (lowerText(items[i - 1] ?? it) === 'percent' || items[i - 1]?.text === '%') && items[i - 2]?.pos === 'NUM';
    const nounBefore = (items[i - 1]?.pos === 'NOUN' && !share) || items[i - 1]?.mention?.source === 'coref:description';
    // ("four pages run by X", "a firm held by Y": irregular participles too.)
    // ("a start-up founded in 2013": or "in" and a year, with no agent.)
    // ("a firm set up in 2013 by X": a particle may stand between.)
    const particle = items[i + 1] !== undefined && lowerText(items[i + 1]!) === 'up' ? 1 : 0;
    const after = items[i + 1 + particle] === undefined ? '' : lowerText(items[i + 1 + particle]!);
    const inYear = after === 'in' && items[i + 2 + particle]?.pos === 'NUM' && /^(1[89]|20)\d\d$/.test(items[i + 2 + particle]!.text);
    if (!lex.verbFinal && i > start && it.kind === 'token' && it.pos === 'VERB' && (/ed$/.test(lower) || (it.token?.verb?.tense === 'past' && !/s$/.test(lower))) && nounBefore && (after === 'by' || inYear)) {
      segments.push([start, i]);
      start = i;
      reduced.add(i);
      continue;
    }
    // English "had taken down accounts belonging to supporters of X": an -ing form right after a plain noun, once the
    // clause has its finite verb, opens a clause about that noun, not about the sentence's subject.
    // (Not a form that modifies the noun after it, "a funding round", nor after a document, "lawsuits accusing X".)
    if (
      !lex.verbFinal && i > start + 1 && it.kind === 'token' && it.pos === 'VERB' && /ing$/.test(lower) && items[i - 1]?.kind === 'token' && items[i - 1]!.pos === 'NOUN' &&
      /^\p{Ll}/u.test(items[i - 1]!.text) && !lex.documentNouns.has(lowerText(items[i - 1]!)) && items[i + 1]?.pos !== 'NOUN' && finiteIn(items, start, i)
    ) {
      segments.push([start, i]);
      start = i;
      activeReduced.add(i);
      continue;
    }
    // "Facebook, das 2004 von X gegründet wurde und seinen Sitz in Y hat": a relative clause goes on after "und"
    // with a verb-final clause of its own about the same antecedent.
    if (lex.verbFinal && it.kind === 'token' && it.pos === 'CCONJ' && lex.coordinators.has(lower) && isFinite(items[i - 1]) && relativeAt(items, start, lex) && finiteBeforeBoundary(items, i + 1, lex)) {
      segments.push([start, i]);
      start = i;
      relativeGoesOn.add(i);
      continue;
    }
    // "hat die CSU verlassen und eine eigene Wählergruppe gegründet": two participles that share the auxiliary, each
    // with its own object; the second clause shares the subject.
    // ("Das Haus soll X heißen, seinen Sitz in Y haben und …": a list of such clauses, joined by commas, under one modal.)
    const sharesAuxiliary = (): boolean => nonFiniteVerb(items[i - 1]) && (auxiliaryIn(items, start, i - 1, lex) || sharedAuxiliary.has(start) || sharedAuxiliary.has(start + 1) || sharedAuxiliary.has(start - 1));
    if (lex.verbFinal && it.kind === 'token' && it.pos === 'CCONJ' && lex.coordinators.has(lower) && sharesAuxiliary() && participleClause(items, i + 1, lex)) {
      segments.push([start, i]);
      start = i;
      sharedAuxiliary.add(i);
      continue;
    }
    if (lex.verbFinal && it.text === ',' && !appositions.has(i) && sharesAuxiliary() && participleClause(items, i + 1, lex) && listOfClausesGoesOn(items, i + 1, lex)) {
      segments.push([start, i]);
      start = i + 1;
      sharedAuxiliary.add(i + 1);
      continue;
    }
    if (boundary || coordinated) {
      if (i > start) segments.push([start, i]);
      start = boundary ? i + 1 : i;
    }
  }
  if (start < items.length) segments.push([start, items.length]);

  const clauses: Clause[] = [];
  let lastSubject: Arg | undefined;
  let lastAntecedent: Arg | undefined;
  let lastRelativeEnd = -1;
  const relativeTails = new Set<Clause>();
  let subjectByVerb = false;
  // The noun a relative clause describes, until the clause has its verb.
  let described: string[] | undefined;
  for (const [from, to] of segments) {
    const clause = analyseOne(items, from, to, lex, join, appositions);
    // "Kroger, founded in Cincinnati in 1883,": a past participle after a name and a comma is a passive about that name.
    const opener = items[from];
    // Only when the sentence's own verb comes later ("…, is the largest"); else it is that verb
    // ("Alex Spiro, a lawyer …, accused Meta").
    const laterVerb = (): boolean => {
      for (let k = to; k < items.length; k++) if (isFinite(items[k])) return true;
      return false;
    };
    // Not after a relative clause: "Quadswap, which was founded … by X and Y, disclosed …" goes on with the main clause.
    const afterRelative = clauses[clauses.length - 1]?.relative === true;
    if (!lex.verbFinal && !afterRelative && opener?.kind === 'token' && opener.pos === 'VERB' && /ed$/.test(opener.text) && items[from - 1]?.text === ',' && items[from - 2]?.kind === 'mention' && laterVerb()) {
      const patient = makeArg(items, from - 2, lex, true);
      if (patient !== undefined) {
        clause.subject = patient;
        clause.passive = true;
        clause.relative = true;
      }
    } else if (lex.verbFinal && !afterRelative && germanParticiplePhrase(items, from, to, clauses[clauses.length - 1], lex) && laterVerb()) {
      const patient = makeArg(items, from - 2, lex, true);
      if (patient !== undefined) {
        clause.subject = patient;
        clause.passive = true;
        clause.relative = true;
      }
    }
    if (activeReduced.has(from)) {
      // (Its subject is the noun before, which names nobody: the clause has none.)
      clause.relative = true;
      clause.lemmas.add(items[from - 1]!.lemma);
      if (clause.subject !== undefined && clause.subject.beforeVerb) clause.subject = undefined;
    }
    if (reduced.has(from)) {
      clause.passive = true;
      clause.relative = true;
      // "the company led by co-founder Mara Bennett": a description before the participle is what the participle is about.
      const patient = items[from - 1]?.kind === 'mention' ? makeArg(items, from - 1, lex, true) : undefined;
      if (patient !== undefined) {
        const { prep: _p, ...bare } = patient;
        clause.subject = { ...bare, beforeVerb: true };
      }
      // The noun it describes counts as its own: "a lawsuit filed by X" is about a lawsuit.
      clause.lemmas.add(items[from - 1]!.lemma);
    }
    // "a lawsuit that X had filed against Y", "die Klage, die X gegen Y eingereicht hat": the noun a relative
    // clause describes counts as its own word.
    const pronoun = items[from];
    const relativeOpener = pronoun?.kind === 'token' && (pronoun.pos === 'PRON' || pronoun.pos === 'DET') && lex.relativePronouns.has(pronoun.text.toLowerCase());
    if (clause.relative || relativeOpener) {
      // "The round, in which X took part": before a preposition too.
      const at = clause.relativePrep !== undefined || items[from - 1]?.pos === 'ADP' ? from - 1 : from;
      const noun = items[at - 1]?.text === ',' ? items[at - 2] : items[at - 1];
      if (noun?.kind === 'token' && noun.pos === 'NOUN') {
        described = [noun.lemma, ...(noun.head !== undefined ? [noun.head] : [])];
      }
    }
    // An apposition may interrupt the relative clause before its verb ("that X, the founder of Y, had filed").
    if (described !== undefined) {
      for (const l of described) clause.lemmas.add(l);
      if (clause.verbs.length > 0) described = undefined;
    }
    const prev = clauses[clauses.length - 1];
    // The antecedent: the last name of the clause before, with at most verbs after it.
    let last = prev === undefined ? -1 : prev.to - 1;
    // "hatte die Konkurrentin X zu kämpfen, die …": the verbs closing the clause, with their "zu"
    // and separable particles, stand between a relative clause and its antecedent.
    // A preposition closing the clause is a separable particle ("teilte … Rheinmed mit, dem …").
    // "das Rollenspiel „Eisenschleier“, an dem …": a closing quote after the name too.
    const closing = (it: Item): boolean =>
      it.pos === 'VERB' || it.pos === 'AUX' || it.pos === 'PART' || it.text === '.' || /^[“”"»«‘’]$/.test(it.text) || (it.text === 'zu' && items[last + 1]?.pos === 'VERB') || (it.pos === 'ADP' && prev !== undefined && last === prev.to - 1) ||
      // ("gibt die Zeitung X heraus, die …": an adverb that is the particle of the clause's separable verb.)
      (it.pos === 'ADV' && prev !== undefined && last === prev.to - 1 && prev.verbs.some((v) => v.length > it.text.length && v.startsWith(lowerText(it))));
    while (prev !== undefined && last > prev.from && closing(items[last]!)) last--;
    // "die Wirtschafts- und Korruptionsstaatsanwaltschaft (WKStA), die …": a short form in brackets after the name.
    if (prev !== undefined && items[last]?.text === ')' && items[last - 2]?.text === '(' && items[last - 1]?.kind === 'mention' && last - 2 > prev.from) {
      last--;
      // ("Bürgermeister Klaus Terbach (CDU), der …": a person's party in brackets is no antecedent; the person is.)
      if (items[last - 2]?.kind === 'mention' && items[last - 2]!.cls === 'Person' && items[last]!.cls !== 'Person' && last - 2 >= prev.from) last -= 2;
    } else if (prev !== undefined && items[last]?.text === ')' && items[last - 2]?.text === '(' && items[last - 3]?.kind === 'mention' && /^\p{Ll}{2,6}$/u.test(items[last - 1]?.text ?? '') && last - 3 >= prev.from) {
      // ("der Verbraucherzentrale Bundesverband (vzbv), der …": a short form in lower case, which names nothing itself.)
      last -= 3;
    }
    // "der Konzern Kisaragi Materials aus Osaka, der sich …": a town's name is neuter, so a relative pronoun of
    // another gender points past "aus" and the town to the name before.
    if (
      // (Any place named without an article after "aus": "aus Wals-Hallbach", "aus Kesselbrück".)
      clause.relative && lex.verbFinal && prev !== undefined && items[last]?.kind === 'mention' && PLACE_CLASSES.has(items[last]!.cls ?? '') && lowerText(items[last - 1] ?? items[last]!) === 'aus' &&
      items[last - 2]?.kind === 'mention' && last - 2 >= prev.from && !PLACE_CLASSES.has(items[last - 2]!.cls ?? '') &&
      // ("Für das Unternehmen aus Vevey, zu dem Marken wie X gehören": after a preposition too, whatever the gender.)
      // ("Der Finanzinvestor X aus Kassel, dem das Unternehmen gehört": a neuter pronoun after an organisation's name
      // too; a town's origin phrase is no antecedent.)
      (clause.relativePrep !== undefined || NON_NEUTER_RELATIVES.has(lowerText(items[from]!)) || (items[last - 2]!.cls !== 'Person' && items[last - 2]!.mention?.source !== 'unnamed'))
    ) {
      last -= 2;
    }
    // "Das Unternehmen mit Sitz in Amsterdam, das gegen X antritt": a seat is no antecedent; the relative clause is
    // about what has the seat, whatever the gender.
    else if (
      clause.relative && lex.verbFinal && prev !== undefined && items[last]?.kind === 'mention' && PLACE_CLASSES.has(items[last]!.cls ?? '') && lowerText(items[last - 1] ?? items[last]!) === 'in' &&
      /^(sitz|hauptsitz|firmensitz|stammsitz)$/.test(lowerText(items[last - 2] ?? items[last]!)) && lowerText(items[last - 3] ?? items[last]!) === 'mit' &&
      items[last - 4]?.kind === 'mention' && last - 4 >= prev.from && !PLACE_CLASSES.has(items[last - 4]!.cls ?? '')
    ) {
      last -= 4;
    }
    // ("Cleveland-Cliffs, the steelmaker led by Lourenco Goncalves that bought AK Steel": English "that" after a person
    // in the "by" phrase of a participle is about what the participle describes.)
    if (
      clause.relative && !lex.verbFinal && prev !== undefined && items[from] !== undefined && ['that', 'which'].includes(lowerText(items[from]!)) &&
      items[last]?.cls === 'Person' && lowerText(items[last - 1] ?? items[last]!) === 'by' && items[last - 2]?.pos === 'VERB'
    ) {
      for (let k = last - 3; k >= 0 && last - k <= 8 && items[k]!.text !== ','; k--) {
        if (items[k]!.kind === 'mention' && items[k]!.cls !== 'Person') {
          last = k;
          break;
        }
      }
    }
    // "Valar Ventures, einem Risikokapitalgeber, den Thiel mitgegründet hat": the relative clause
    // follows an apposition without a name; its antecedent is the name before the apposition.
    // ("Glimmerbox, a free, ad-supported service that competes with …": adjectives between commas split it.)
    let apposition = prev;
    for (let k = clauses.length - 2; apposition !== undefined && k >= 0 && apposition.verbs.length === 0 && items[apposition.from]?.pos !== 'DET' && items[apposition.from - 1]?.text === ','; k--) {
      const before = clauses[k]!;
      if (before.verbs.length > 0 || before.to - before.from > 3) break;
      apposition = before;
    }
    // (Not an English "that" or "which" to a person: "Robert X, a descendant of the family that ran the paper" is about
    // the family.)
    const thatToPerson = apposition !== undefined && items[from] !== undefined && ['that', 'which'].includes(lowerText(items[from]!)) && items[apposition.from - 2]?.cls === 'Person';
    // ("X Partners, a group of Minnesota investors that backed …": the members of a collective the apposition names.)
    const members = apposition !== undefined && items[last]?.mention?.source === 'unnamed' && lex.collectiveNouns.has(lowerText(items[apposition.from + 1] ?? items[last]!)) && ['of', 'von'].includes(lowerText(items[apposition.from + 2] ?? items[last]!));
    if (clause.relative && apposition !== undefined && !thatToPerson && (items[last]?.kind !== 'mention' || members) && apposition.verbs.length === 0 && items[apposition.from]?.pos === 'DET' && items[apposition.from - 1]?.text === ',' && items[apposition.from - 2]?.kind === 'mention') {
      last = apposition.from - 2;
    }
    // ("der European Semiconductor Manufacturing Company (ESMC), einem Gemeinschaftsunternehmen, an dem …": an
    // abbreviation in brackets after the name.)
    else if (
      clause.relative && prev !== undefined && items[last]?.kind !== 'mention' && prev.verbs.length === 0 && items[prev.from]?.pos === 'DET' && items[prev.from - 1]?.text === ',' &&
      items[prev.from - 2]?.text === ')' && items[prev.from - 3]?.kind === 'mention' && items[prev.from - 4]?.text === '('
    ) {
      last = prev.from - 3;
    }
    // "Iger, 71, who led Disney …": an age between commas too.
    if (clause.relative && prev !== undefined && items[last]?.kind !== 'mention' && prev.verbs.length === 0 && prev.to - prev.from <= 2 && items[prev.from]?.pos === 'NUM' && items[prev.from - 1]?.text === ',' && items[prev.from - 2]?.kind === 'mention') {
      last = prev.from - 2;
    }
    if (relativeGoesOn.has(from)) {
      // The second half of a relative clause: its subject, unless it names one, is the antecedent of the first half.
      clause.relative = true;
      // "Tarnabg, die der Kanadier X gegründet hat und bis heute führt": where the pronoun was the first half's object,
      // the second half has the first half's subject and the antecedent as its object.
      const half = clauses[clauses.length - 1];
      const ante = lastAntecedent;
      // ("und das … als Alternative gilt": a pronoun of its own makes the antecedent its subject again.)
      const ownPronoun = [items[from], items[from + 1]].some((x) => x !== undefined && x.kind === 'token' && lex.relativePronouns.has(lowerText(x)));
      const objectBefore =
        !ownPronoun && ante !== undefined && half?.relative === true && !half.passive && half.subject !== undefined && half.object !== undefined &&
        !half.subject.entities.some((k) => ante.entities.includes(k)) && half.object.entities.some((k) => ante.entities.includes(k));
      // ("Kahlsburg, der an der Börse notiert und mehrheitlich der Kahlsburg Privatstiftung gehört": where the pronoun
      // was the first half's subject, it is the second half's too; a dative read as its subject is its dative.)
      // (Not "und an dem auch der Tourismusverband beteiligt ist", with a pronoun of its own after a preposition; nor an
      // accusative object, "und drei Kliniken in Sachsen betreibt".)
      const prepPronoun = items[from + 1]?.pos === 'ADP' && items[from + 2] !== undefined && items[from + 2]!.kind === 'token' && lex.relativePronouns.has(lowerText(items[from + 2]!));
      const pronounSubject = !ownPronoun && !prepPronoun && ante !== undefined && half?.relative === true && half.subject !== undefined && half.subject.entities.some((k) => ante.entities.includes(k));
      const displaced = clause.subject;
      if (pronounSubject && displaced !== undefined && displaced.cases.includes('dat') && !displaced.cases.includes('acc') && clause.dative === undefined && !displaced.entities.some((k) => ante!.entities.includes(k))) {
        clause.subject = { ...ante!, beforeVerb: true };
        clause.dative = displaced;
        if (clause.object === displaced) clause.object = undefined;
      } else if (
        // ("Y, der seit 2012 für das Weingut arbeitet und damit Anna Z nachfolgt": nor is a name that may be an object;
        // with no pronoun of its own, the second half keeps the pronoun's role.)
        pronounSubject && displaced !== undefined && displaced.cases.some((c) => c === 'acc' || c === 'dat') && (clause.object === undefined || clause.object === displaced) &&
        !displaced.entities.some((k) => ante!.entities.includes(k))
      ) {
        clause.subject = { ...ante!, beforeVerb: true };
        clause.object = { ...displaced, beforeVerb: false };
      } else if (clause.subject === undefined && objectBefore) {
        clause.subject = { ...half!.subject!, beforeVerb: true };
        if (clause.object === undefined) clause.object = { ...ante!, beforeVerb: false };
      } else if (clause.subject === undefined && lastAntecedent !== undefined) {
        clause.subject = { ...lastAntecedent, beforeVerb: true };
        const object = pickObject(clause, clause.subject);
        if (object !== undefined) clause.object = object;
      }
    } else if (clause.relative && items[from] !== undefined && ADVERBIAL_RELATIVES.has(lowerText(items[from]!))) {
      // "at Google DeepMind, where Raman led a team": the antecedent is where it happens, no subject or object.
      if (clause.subject === undefined) assignCore(clause, lex.verbFinal);
    } else if (clause.relative && prev !== undefined && items[last]?.kind === 'mention') {
      const key = items[last]!.entity;
      let antecedent = prev.args.find((a) => a.item === last || (key !== undefined && a.entities.includes(key))) ?? makeArg(items, last, lex, true);
      // "mit der Telekom sowie mit Deutsche Glasfaser, das den Investoren X gehört": a singular relative pronoun
      // takes the last of coordinated names only.
      const pronoun = items[clause.relativePrep === undefined ? from : from + 1];
      // ("X and Y, who runs the company": an English verb in the singular after the pronoun.)
      const verbAfter = items[from + 1];
      const singularEnglish = !lex.verbFinal && pronoun !== undefined && ['who', 'which', 'that'].includes(lowerText(pronoun)) && verbAfter?.kind === 'token' && (verbAfter.pos === 'VERB' || verbAfter.pos === 'AUX') && (/[^s]s$/.test(verbAfter.text) || ['was', 'has', 'is'].includes(lowerText(verbAfter)));
      // ("die Gründer X und Y sowie die Beteiligungsgesellschaft Z, die 2019 eingestiegen war": "die" before a verb in
      // the singular too.)
      const singularGerman = lex.verbFinal && pronoun !== undefined && lowerText(pronoun) === 'die' && closingFiniteSingular(clause, items);
      if (antecedent !== undefined && key !== undefined && antecedent.entities.length > 1 && pronoun !== undefined && (SINGULAR_RELATIVES.has(lowerText(pronoun)) || singularEnglish || singularGerman)) antecedent = { ...antecedent, entities: [key] };
      if (antecedent !== undefined) resolveRelative(clause, antecedent, items, lex);
      lastAntecedent = antecedent;
      lastRelativeEnd = to;
    } else if (clause.relative && !lex.verbFinal && clause.relativePrep === undefined && prev !== undefined && items[last]?.kind === 'token' && items[last]!.pos === 'NOUN' && /^\p{Ll}/u.test(items[last]!.text)) {
      // English "the antitrust lawsuit that Epic filed against Apple": a relative clause on a common noun has its
      // own subject and objects, and its noun is a word of the clause (for frames that require it).
      clause.lemmas.add(items[last]!.lemma);
      if (clause.subject === undefined) assignCore(clause, lex.verbFinal);
    } else if (clause.relative && lex.verbFinal && clause.relativePrep === undefined && prev !== undefined && items[last]?.kind === 'token' && items[last]!.pos === 'NOUN') {
      // German "eine Seed-Runde, die der Risikokapitalgeber X angeführt hat": so in German, its noun and its head.
      clause.lemmas.add(items[last]!.lemma);
      clause.lemmas.add(items[last]!.head);
      // ("eine Seed-Runde über 2,1 Millionen Euro, die …": the noun before the amount.)
      let k = last - 1;
      while (k > prev.from && k > last - 6 && (items[k]!.pos === 'NUM' || (items[k]!.kind === 'token' && lex.quantityWords.has(lowerText(items[k]!))))) k--;
      if (k < last - 1 && items[k]?.kind === 'token' && items[k]!.pos === 'ADP' && items[k - 1]?.kind === 'token' && items[k - 1]!.pos === 'NOUN') {
        clause.lemmas.add(items[k - 1]!.lemma);
        clause.lemmas.add(items[k - 1]!.head);
      }
      if (clause.subject === undefined) assignCore(clause, lex.verbFinal);
    } else if (clause.relativePrep !== undefined && clause.subject === undefined) {
      // "das Geschäft, in dem die Ennstaler mit Uniqa konkurriert": with an antecedent that is no name,
      // the clause still has a subject and objects of its own.
      assignCore(clause, lex.verbFinal);
    }
    if (!clause.relative && clause.verbs.length > 0) {
      // English "X, which was founded in 1994 by Y, also owns Z": adverbs before the finite verb.
      let lead = clause.from;
      while (!lex.verbFinal && lead + 1 < clause.to && items[lead]?.kind === 'token' && items[lead]!.pos === 'ADV') lead++;
      const first = items[lead];
      const coordinated = first?.pos === 'CCONJ' && finiteAfterJoiner(items, clause.from, lex);
      // English ", accusing X of …": a participle after a comma shares the subject of its sentence.
      // ("X became the leader after buying Y": so does one after a preposition that opens its clause.)
      const gerund = !lex.verbFinal && first?.kind === 'token' && lex.clausePrepositions.has(lowerText(first)) && gerundAfter(items, lead);
      // ("…, putting her in charge and replacing X": a participle joined to one such shares its subject too.)
      const joinedParticiple = !lex.verbFinal && first?.kind === 'token' && first.pos === 'CCONJ' && gerundsJoined(items, clauses[clauses.length - 1]?.from ?? clause.from, clause.from, lex);
      const participle = gerund || joinedParticiple || (!lex.verbFinal && first?.kind === 'token' && first.pos === 'VERB' && /ing$/.test(first.text) && items[clause.from - 1]?.text === ',');
      const startsWithVerb = isFinite(first) || coordinated || participle || sharedAuxiliary.has(clause.from);
      // "… und warf Lieferando vor": after "und", a clause that opens with its verb shares the subject
      // of the clause before; the name after the verb is its object.
      // "Hofer, der … bleibt, hatte die Partei übernommen": after a relative clause, the clause that goes on with
      // its finite verb is the one the relative clause interrupted; its subject came before it.
      // English "X, who ran it until the board removed him in February, had accused Y": a subordinate clause
      // closing the relative clause belongs to the interruption too.
      let k = clauses.length - 1;
      while (k >= 0 && (clauses[k]!.relative || relativeTails.has(clauses[k]!))) k--;
      // (German "X hätten sich abgesprochen, um … zu bringen, sagte Firmenchef Y": not after a clause with a finite verb
      // of its own, which the relative or purpose clause closed; the verb opens a clause with its own subject.)
      const closedBefore = lex.verbFinal && k >= 0 && clauses[k]!.finite !== undefined && !clauses[k]!.relative && !clauses[k]!.subordinate && clause.subject !== undefined && !clause.subject.beforeVerb;
      const resumed = isFinite(first) && (clauses[clauses.length - 1]?.relative === true || relativeTails.has(clauses[clauses.length - 1]!)) && items[clause.from - 1]?.text === ',' && !closedBefore;
      const shared = sharedAuxiliary.has(clause.from);
      // "…: Ulrike K., die die Firma seit 2003 führt, übergibt …": the clause a relative clause interrupted has the
      // relative clause's antecedent for its subject.
      const opening = resumed && k >= 0 && k < clauses.length - 1 && clauses[k]!.verbs.length === 0 ? clauses[k] : undefined;
      let interrupted = lastRelativeEnd === clause.from - 1 ? opening?.subject : undefined;
      // English "Anna X, a Democrat whose district …, criticized Y": an apposition with an article before the
      // relative pronoun describes the name before it, which is the subject.
      // (A party's member so described: "a Democrat", "a Republican"; the name before may be one capitals alone typed.)
      // ("Lindqvist Ventures, an Oslo fund that first invested in X, also took part": a place in a described apposition
      // too, which a name without a verb of its own comes before.)
      const describedApposition =
        !lex.verbFinal && interrupted !== undefined &&
        ((items[interrupted.item]?.cls === 'PoliticalParty' && items[interrupted.item - 1]?.pos === 'DET' && items[interrupted.item - 2]?.text === ',') ||
          (PLACE_CLASSES.has(items[interrupted.item]?.cls ?? '') && opening !== undefined && items[opening.from]?.pos === 'DET' && items[opening.from - 1]?.text === ',' && clauses[k - 1]?.verbs.length === 0));
      const named = describedApposition && clauses[k - 1] !== undefined ? clauses[k - 1]!.args.find((a) => a.item < interrupted!.item && !PLACE_CLASSES.has(items[a.item]?.cls ?? '')) : undefined;
      if (named !== undefined) interrupted = named;
      // ("Hinter dem Angriff, der am 3. Oktober begonnen hatte, steckt die Gruppe X": the words of the interrupted
      // beginning are the resumed clause's too, which rules may require.)
      if (lex.verbFinal && opening !== undefined) for (const l of opening.lemmas) clause.lemmas.add(l);
      // ("Zu der Gruppe, an der X beteiligt ist, gehören Y und Z": so is its phrase with "zu", which the resumed clause
      // lacks.)
      // ("Einen Antrag der Kanzlei auf eine Verfügung, mit der …, hat das Gericht abgewiesen": an interrupted beginning
      // without a subject of its own holds the resumed clause's object and its genitive, phrases without a preposition.)
      if (lex.verbFinal && opening !== undefined) for (const a of opening.args) if ((a.prep === 'zu' && !clause.args.some((b) => b.prep === a.prep)) || (opening.subject === undefined && a.prep === undefined && !clause.args.includes(a))) clause.args.push(a);
      // English "a lawsuit that Marcus Adeyemi, the ousted founder of X, had filed against Y": a relative clause whose
      // subject an apposition cut off from its verb goes on after the apposition.
      const opener = clauses[clauses.length - 2];
      const cutRelative =
        !lex.verbFinal && isFinite(first) && items[clause.from - 1]?.text === ',' && clauses[clauses.length - 1]?.verbs.length === 0 && opener !== undefined && opener.verbs.length === 0 &&
        opener.subject !== undefined && items[opener.from]?.kind === 'token' && lex.relativePronouns.has(lowerText(items[opener.from]!))
          ? opener.subject
          : undefined;
      // (An -ing clause after a preposition does what the clause right before it says its subject does, also inside a
      // relative clause: "…, where Vodafone became the leader after buying X"; it names no subject of its own.)
      // ("a difficult year in which X had to ground jets …, and was criticised by Y": with no subject named before, a
      // clause joined by "and" goes on with the subject of the relative clause after a preposition.)
      const prepRelativeSubject = !lex.verbFinal && coordinated && lastSubject === undefined ? clauses.findLast((c) => c.relative && c.relativePrep !== undefined)?.subject : undefined;
      const before = gerund ? clauses[clauses.length - 1]?.subject : (interrupted ?? cutRelative ?? lastSubject ?? prepRelativeSubject);
      if (gerund && before === undefined && clause.subject !== undefined) {
        clause.object ??= clause.subject;
        clause.subject = undefined;
      }
      // "Schrems sprach von einem Signal, warf der DPC aber zugleich vor, …": a German main clause after a comma
      // that opens with its verb goes on with the subject before it, when the name after the verb may be a dative
      // ("der DPC") and the clause before is a main clause with a verb ("…, sagte die Sprecherin" keeps its own).
      const previousMain = clauses[clauses.length - 1];
      // ("…, begrüßte die Sperre, warf Vyndo aber vor": a name of any case after a verb of accusing, whose object it is.)
      const asyndetic =
        lex.verbFinal && isFinite(first) && items[clause.from - 1]?.text === ',' && clause.subject !== undefined && !clause.subject.beforeVerb &&
        ((clause.subject.cases.includes('dat') && !clause.subject.cases.includes('acc')) ||
          // (Not where the clause names both sides: "…, warf die Gewerkschaft dem Unternehmen vor".)
          (clause.verbs.some((v) => lex.accusingVerbs.has(v)) && clause.args.filter((a) => a.prep === undefined && !a.genitive).length === 1)) &&
        clause.subject.prep === undefined &&
        previousMain !== undefined && !previousMain.relative && !previousMain.subordinate && previousMain.verbs.length > 0 && previousMain.subject !== undefined &&
        // ("Die Stadt habe X vorgeschoben, kritisierte der Geschäftsführer": after reported speech, the verb of saying
        // opens a clause with a subject of its own.)
        !previousMain.subjunctive;
      // "Der Insolvenzverwalter, der Kölner Anwalt X, hat die Prüferin … verklagt": a German clause that goes on with its
      // finite verb after an apposition without a verb has its subject before the apposition.
      // (English too: "Nimbusway, Porchlight's hosting provider and its largest creditor, had argued …".)
      // (An apposition names something: not "…, bewusst kleingerechnet, hatte der Nabu vorgeworfen", a participle the
      // dictionary lacks.)
      const afterApposition =
        isFinite(first) && items[clause.from - 1]?.text === ',' && previousMain !== undefined && previousMain.verbs.length === 0 && !previousMain.relative &&
        items.slice(previousMain.from, previousMain.to).some((it) => it.kind === 'mention' || it.pos === 'NOUN' || it.pos === 'PROPN');
      // (The subject is the first named in the clauses without a verb before it: "…: Die Tresch Medien AG, Herausgeberin
      // der X, kauft …" after a clause with a subject of its own.)
      // (A name over a description or a group: "Der Erste Bevollmächtigte der IG Metall, Torsten Wegener, warf …"; not
      // what "darunter" adds: "Die Geldgeber, darunter die Nordhafen Capital, hätten …" keeps the name after it.)
      let chainSubject: Arg | undefined;
      for (let k = clauses.length - 1; afterApposition && k >= 0 && clauses[k]!.verbs.length === 0 && !clauses[k]!.relative; k--) {
        const subj = clauses[k]!.subject;
        const source = subj === undefined ? undefined : items[subj.item]?.mention?.source;
        if (subj !== undefined && source !== 'unnamed' && source !== 'coref:description' && !PLACE_CLASSES.has(items[subj.item]?.cls ?? '') && lowerText(items[clauses[k]!.from]!) !== 'darunter') chainSubject = subj;
      }
      // "war 2014 von X gegründet und 2020 von der Firma Y übernommen worden": a second passive participle that names
      // its own agent shares only the patient.
      const ownAgent = shared ? clause.args.find((a) => a.prep !== undefined && lex.agentPrepositions.has(a.prep)) : undefined;
      const passiveBefore = clauses[clauses.length - 1];
      if (ownAgent !== undefined && passiveBefore?.passive === true && passiveBefore.object !== undefined) {
        // (The patient as grammatical subject: swapPassive below makes the agent the subject.)
        clause.passive = true;
        clause.subject = { ...passiveBefore.object, beforeVerb: true };
        clause.object = undefined;
      } else if (startsWithVerb && before !== undefined && (clause.subject === undefined || participle || resumed || shared || asyndetic || afterApposition || (coordinated && !clause.subject.beforeVerb))) {
        const displaced = clause.subject;
        clause.subject = (afterApposition ? chainSubject : undefined) ?? before;
        if (asyndetic && displaced !== undefined && clause.dative === undefined) clause.dative = displaced;
        // English "…, accusing the service of enrolling customers … making it …": the participle's first noun
        // phrase is its object.
        else if (displaced !== undefined && (clause.object === undefined || participle) && !(shared && displaced.cases.length === 1 && displaced.cases[0] === 'dat')) clause.object = displaced;
        else if (displaced !== undefined && clause.dative === undefined) clause.dative = displaced;
        // "hatte X abgewählt und durch Y ersetzt": the object too, when the second participle names none.
        // (English "sued Uber and Lyft, accusing them of …": a plural pronoun after the participle is the object before.)
        const them = participle && lowerText(items[clause.from + 1] ?? items[clause.from]!) === 'them' ? clauses[clauses.length - 1]?.object : undefined;
        const object = clause.object ?? them ?? pickObject(clause, before) ?? (shared && !bareNounPhrase(items, clause.from + 1, clause.to) ? clauses[clauses.length - 1]?.object : undefined);
        if (object !== undefined) clause.object = object;
        // "has named X as its chief executive, replacing Y": the one appointed takes Y's place.
        // ("named X head of television, putting her in charge … and replacing Y": past a participle joined before.)
        const naming = joinedParticiple ? clauses[clauses.length - 2] : previousMain;
        if (participle && naming?.object !== undefined && naming.verbs.some((v) => lex.objectControl.has(v)) && clause.verbs.some((v) => lex.takingOverVerbs.has(v))) clause.subject = naming.object;
      }
    }
    const tail =
      !lex.verbFinal && !clause.relative && lastRelativeEnd === from && (prev?.relative === true || relativeTails.has(prev!)) &&
      (clause.subordinate || (items[from]?.pos === 'CCONJ' && isFinite(items[from + 1])));
    if (tail) {
      relativeTails.add(clause);
      lastRelativeEnd = to;
    }
    if (!clause.relative && !tail) {
      // A clause without a verb names the subject only when no clause with a verb named one before it: between
      // commas after such a clause it is an apposition ("was founded by two engineers, X and Y, and competes …").
      if (clause.verbs.length > 0) {
        if (clause.subject !== undefined) subjectByVerb = true;
        lastSubject = clause.subject ?? lastSubject;
      } else if (!subjectByVerb && !appositionAfterName(clause, items)) lastSubject = clause.subject ?? clause.args.find((a) => !a.prep && !a.genitive) ?? lastSubject;
    }
    if (clause.passive) swapPassive(clause, lex, items);
    if (thatLess.has(from) && clause.object === undefined) {
      // The noun before is the object of the clause it opens ("the company he has led": he led the company).
      const antecedent = makeArg(items, from - 1, lex, true);
      if (antecedent !== undefined) {
        const { prep: _prep, ...bare } = antecedent;
        clause.object = { ...bare, beforeVerb: true };
        clause.relative = true;
      }
    }
    // "Gegründet wurde das Unternehmen, das heute 1100 Mitarbeiter beschäftigt, 1956 von Karl Wendling": after a
    // relative clause, a rest without a verb that names an agent or a year finishes the passive clause it interrupted.
    const lastClause = clauses[clauses.length - 1];
    if (clause.verbs.length === 0 && !clause.relative && lastClause?.relative === true && items[clause.from - 1]?.text === ',') {
      const interrupted = lastNonRelative(clauses);
      const agent = clause.args.find((a) => a.prep !== undefined && lex.agentPrepositions.has(a.prep));
      if (interrupted !== undefined && interrupted.passive && interrupted.subject === undefined && (agent !== undefined || clause.years.length > 0)) {
        if (agent !== undefined) interrupted.subject = agent;
        interrupted.years.push(...clause.years);
      }
      // "was started by X, who runs the company, and software engineer Y": a second agent after the relative clause.
      const more = clause.args[0];
      if (
        interrupted !== undefined && interrupted.passive && interrupted.subject?.prep !== undefined && lex.agentPrepositions.has(interrupted.subject.prep) &&
        items[clause.from]?.kind === 'token' && items[clause.from]!.pos === 'CCONJ' && more !== undefined && more.prep === undefined && clause.args.length === 1
      ) {
        interrupted.subject = { ...interrupted.subject, entities: [...interrupted.subject.entities, ...more.entities] };
      }
      // English "named X, who ran the subway, as its new commissioner": a rest that opens with "as" completes the
      // clause it interrupted.
      if (!lex.verbFinal && lowerText(items[clause.from]!) === 'as' && interrupted !== undefined && interrupted.verbs.length > 0) {
        absorbRest(interrupted, clause);
      }
    }
    coordinatedAfterInterruption(clause, clauses, relativeTails, items, lex);
    // "Twitch hat den Kanal des Influencers X, der dort … hatte, dauerhaft gesperrt": after a relative clause, a rest
    // whose verbs are all non-finite completes the clause it interrupted when that one has only its auxiliary.
    // ("abberufen" may also be a finite plural: a participle form at the end counts as non-finite here.)
    const nonFiniteRest = clause.finite === undefined || (clause.verbs.length === 1 && items[clause.finite]?.token?.verb?.participle === true && clause.finite === clause.to - 1 - (items[clause.to - 1]?.pos === 'PUNCT' ? 1 : 0));
    if (lex.verbFinal && clause.verbs.length > 0 && nonFiniteRest && clause.subject === undefined && !clause.relative && !clause.subordinate && lastClause?.relative === true && items[clause.from - 1]?.text === ',') {
      const interrupted = lastNonRelative(clauses);
      if (interrupted !== undefined && interrupted.verbs.length > 0 && interrupted.verbs.every((v) => lex.auxiliaries.has(v))) {
        interrupted.verbs.push(...clause.verbs);
        clause.verbs.length = 0;
        // "hatte der Betreiber X, auf dessen Servern …, den Vertrag mit der Firma gekündigt": the rest's words and
        // names belong to the clause it completes.
        absorbRest(interrupted, clause);
        if (interrupted.object === undefined) {
          const object = pickObject(interrupted, interrupted.subject);
          if (object !== undefined) interrupted.object = object;
        }
      }
    }
    // "X warf Oberbürgermeisterin Y (CDU), die dem Aufsichtsrat vorsitzt, vor, …": after a relative clause, a rest
    // that is only the separable particle of the interrupted clause's finite verb completes that verb.
    if (lex.verbFinal && clause.verbs.length === 0 && !clause.relative && lastClause?.relative === true && items[clause.from - 1]?.text === ',') particleAfterRelative(clause, clauses, items, join);
    // "Die Behörde verdächtigt die beiden Rivalen, sich abgesprochen zu haben": a zu-infinitive without a subject
    // after a verb of accusing is about that verb's object (or dative).
    const controller = clauses[clauses.length - 1];
    if (lex.verbFinal && clause.subject === undefined && clause.verbs.length > 0 && items[clause.from - 1]?.text === ',' && controller !== undefined && controller.verbs.some((v) => lex.objectControl.has(v)) && zuInfinitive(items, clause)) {
      const target = controller.object ?? controller.dative;
      if (target !== undefined) clause.subject = { ...target, beforeVerb: true };
    }
    // "…, um dem Weltmarktführer Nike Paroli zu bieten": a zu-infinitive of purpose has the subject of the main clause
    // before it; what looked like its subject is an object.
    if (lex.verbFinal && PURPOSE_OPENERS.has(lowerText(items[clause.from]!)) && zuInfinitive(items, clause)) {
      const main = [...clauses].reverse().find((c) => !c.relative && c.subject !== undefined && c.to <= clause.from);
      if (main?.subject !== undefined) {
        const own = clause.subject;
        clause.subject = { ...main.subject, beforeVerb: true };
        if (own !== undefined && own.prep === undefined && clause.dative === undefined && own.cases.includes('dat')) clause.dative = own;
        else if (own !== undefined && own.prep === undefined && clause.object === undefined && own.cases.includes('acc')) clause.object = own;
      }
    }
    // "was founded by two former Snap engineers, Kevin Osei and Laura Bramwell,": names between commas after a
    // passive clause that ends on its agent phrase without a name are that agent.
    const before = clauses[clauses.length - 1];
    if (clause.verbs.length === 0 && before?.passive === true && before.subject === undefined && items[clause.from - 1]?.text === ',' && clause.args.length === 1) {
      const names = clause.args[0]!;
      const agentAt = items.slice(before.from, before.to).findIndex((it) => it.kind === 'token' && lex.agentPrepositions.has(it.text.toLowerCase()));
      const onlyNames = items.slice(clause.from, clause.to).every((it) => it.kind === 'mention' || it.pos === 'CCONJ' || it.text === ',');
      if (agentAt >= 0 && onlyNames && names.prep === undefined && items[before.to - 1]?.pos === 'NOUN') before.subject = { ...names, beforeVerb: false };
    } else if (
      // English "founded by X and two former Microsoft engineers, A and B": the names are agents with X.
      !lex.verbFinal && clause.verbs.length === 0 && before?.passive === true && before.subject !== undefined && items[clause.from - 1]?.text === ',' && clause.args.length === 1 &&
      clause.args[0]!.prep === undefined && lowerText(items[before.subject.item + 1] ?? items[clause.from]!) === 'and' && items[before.to - 1]?.pos === 'NOUN' && /^\p{Ll}+s$/u.test(items[before.to - 1]!.text) &&
      items.slice(clause.from, clause.to).every((it) => it.kind === 'mention' || it.pos === 'CCONJ' || it.text === ',' || it.text === '.')
    ) {
      const agent = before.subject;
      before.subject = { ...agent, entities: [...agent.entities, ...clause.args[0]!.entities.filter((e) => !agent.entities.includes(e))] };
    }
    clauses.push(clause);
  }
  frontedParticiple(clauses, items, lex);
  // (Not before "and" and a verb that shares the clause's subject and object: "ordered X to remove … and barred them".)
  if (!lex.verbFinal && lex.objectControl.size > 0) clauses.forEach((c, k) => { if (items[clauses[k + 1]?.from ?? -1]?.pos !== 'CCONJ') objectControlled(c, items, lex); });
  return clauses;
}

/** The clause a run of relative clauses interrupted: the last one that is no relative clause. */
function lastNonRelative(clauses: Clause[]): Clause | undefined {
  let k = clauses.length - 1;
  while (k >= 0 && clauses[k]!.relative) k--;
  return clauses[k];
}

const DESCRIPTION_OPENERS = new Set(['a', 'an', 'one', 'the']);
const CLAUSE_PREPOSITIONS = new Set(['to', 'for', 'from', 'into', 'with']);

/** The words and names of a rest that completes the clause it interrupted join that clause. */
function absorbRest(interrupted: Clause, rest: Clause): void {
  for (const l of rest.lemmas) interrupted.lemmas.add(l);
  for (const a of rest.args) if (!interrupted.args.includes(a)) interrupted.args.push(a);
}

/** Whether a verb comes from `i` on before the next comma or the end of the sentence. */
function verbBeforeComma(items: Item[], i: number): boolean {
  for (let k = i; k < items.length && items[k]!.text !== ',' && items[k]!.pos !== 'PUNCT'; k++) if (items[k]!.pos === 'VERB' || items[k]!.pos === 'AUX') return true;
  return false;
}

/**
 * The comma that closes a description opened after the comma at `i` (its first word, an article, then at least one
 * more), within ten items and no verb; -1 when none. (The first word is not checked: "der bisherige …" opens with what
 * may be a relative pronoun.)
 */
function descriptionClose(items: Item[], i: number, lex: ClauseLexicon): number {
  for (let k = i + 2; k < items.length && k <= i + 11; k++) {
    const it = items[k]!;
    if (it.text === ',') return k > i + 2 ? k : -1;
    if (it.kind === 'token' && (it.pos === 'VERB' || it.pos === 'AUX' || lex.boundaries.has(it.text) || lex.relativePronouns.has(lowerText(it)))) return -1;
  }
  return -1;
}

/** See the call: the particle-only rest after a relative clause joins the finite verb of the clause it interrupted. */
function particleAfterRelative(clause: Clause, clauses: Clause[], items: Item[], join: JoinParticle): void {
  let end = clause.to;
  while (end > clause.from && items[end - 1]!.pos === 'PUNCT') end--;
  // ("berief X, der …, am Freitag mit sofortiger Wirkung ab": adverbials before the particle, which closes the rest.)
  const particle = items[end - 1];
  if (end <= clause.from || particle?.kind !== 'token' || !(particle.pos === 'ADP' || particle.pos === 'PART' || particle.pos === 'ADV')) return;
  const interrupted = lastNonRelative(clauses);
  const finite = interrupted?.finite === undefined ? undefined : items[interrupted.finite];
  if (interrupted === undefined || finite === undefined) return;
  const lemma = finite.token?.verb?.lemma ?? finite.lemma;
  const p = lowerText(particle);
  const joined = finite.token?.verb?.particleLemmas?.[p] ?? (lemma === undefined ? undefined : join(p, lemma));
  if (joined === undefined || lemma === undefined) return;
  const at = interrupted.verbs.indexOf(lemma);
  if (at >= 0) interrupted.verbs[at] = joined;
  else interrupted.verbs.push(joined);
  interrupted.lemmas.add(joined);
  // ("warf X, die …, Preisabsprachen mit Y vor": the words of the rest belong to the clause it completes.)
  absorbRest(interrupted, clause);
}

/**
 * English "prompting Twitter to sue him", "pushed the board to remove X": after a verb of `objectControl`, the name
 * before "to" and a verb is the subject of that verb, and its object the bare phrase after it; the controlling
 * verb leaves the clause.
 */
function objectControlled(clause: Clause, items: Item[], lex: ClauseLexicon): void {
  for (let k = clause.from; k + 2 < clause.to; k++) {
    const v = items[k]!;
    if (v.kind !== 'token' || !lex.objectControl.has(v.token?.verb?.lemma ?? v.lemma)) continue;
    // ("named upstream chief Alasdair Crombach to replace him": lower-case words of a title before the name.)
    let n = items[k + 1]!.pos === 'DET' ? k + 2 : k + 1;
    while (n < k + 5 && n < clause.to && items[n]!.kind === 'token' && /^\p{Ll}/u.test(items[n]!.text) && (items[n]!.pos === 'NOUN' || items[n]!.pos === 'ADJ')) n++;
    const named = items[n];
    if (named?.kind !== 'mention' || n + 2 >= clause.to || lowerText(items[n + 1]!) !== 'to' || items[n + 2]!.kind !== 'token' || items[n + 2]!.token?.verb === undefined) continue;
    const subject = clause.args.find((a) => a.item === n && a.prep === undefined);
    // (Not when another verb shares the clause: "ordered the operators to remove … and barred them from …".)
    const control = v.token?.verb?.lemma ?? v.lemma;
    const infinitive = items[n + 2]!.token!.verb!.lemma;
    if (subject === undefined || clause.verbs.some((x) => x !== control && !x.startsWith(infinitive))) return;
    const object = clause.args.find((a) => a.item > n + 2 && a.prep === undefined && !a.genitive);
    clause.subject = { ...subject, beforeVerb: true };
    if (object !== undefined) clause.object = object;
    else delete clause.object;
    if (clause.dative !== undefined && (clause.dative === object || clause.dative.item === n)) delete clause.dative;
    clause.verbs = clause.verbs.filter((x) => x !== control);
    return;
  }
}

/** A noun phrase outside any prepositional phrase between `from` and `to` ("und eine eigene Gruppe gegründet"). */
function bareNounPhrase(items: Item[], from: number, to: number): boolean {
  let inPhrase = false;
  for (let k = from; k < to; k++) {
    const it = items[k]!;
    if (it.pos === 'ADP') inPhrase = true;
    else if (it.pos === 'DET' || it.pos === 'NOUN' || it.pos === 'PROPN' || it.kind === 'mention') {
      if (!inPhrase) return true;
    } else if (it.pos !== 'ADJ' && it.pos !== 'NUM') inPhrase = false;
  }
  return false;
}

/** What a clause is about: its subject, or in the passive its object, which the grammatical subject names. */
export function grammaticalSubject(c: Clause): Arg | undefined {
  return c.passive ? c.object : c.subject;
}

/**
 * English "Founded in 2022 by X and Y, who …, Rallyline lets …": a past participle opening the sentence, up to a
 * comma, is a passive about the subject of the main clause after it (its "by" phrase the agent).
 */
function frontedParticiple(clauses: Clause[], items: Item[], lex: ClauseLexicon): void {
  const first = clauses[0];
  if (lex.verbFinal || first === undefined || first.from !== 0 || first.subject !== undefined || first.object !== undefined) return;
  const opener = items[0];
  if (opener?.kind !== 'token' || opener.pos !== 'VERB' || !/ed$/.test(opener.text) || items[first.to]?.text !== ',') return;
  // ("…, San Francisco-based MosaicML has released …": words that only modify the subject may come before it.)
  // ("Founded in 1997 as a small outfit, Pecos was acquired by Brazos …": the subject of a passive main clause, which
  // the clause keeps as its object.)
  const opensWithSubject = (c: Clause): boolean => {
    const s = grammaticalSubject(c);
    return s !== undefined && s.item >= c.from && items.slice(c.from, s.item).every((x) => x.pos !== 'VERB' && x.pos !== 'AUX' && x.pos !== 'ADP' && x.text !== ',');
  };
  // ("Founded in 2020 by X, a former planner at Y, and engineer Z, Spokewise designs …": not a verbless apposition.)
  const main = clauses.slice(1).find((c) => !c.relative && !c.subordinate && c.verbs.length > 0 && opensWithSubject(c));
  const subject = main === undefined ? undefined : grammaticalSubject(main);
  if (subject === undefined) return;
  const agent = first.args.find((a) => a.prep !== undefined && lex.agentPrepositions.has(a.prep));
  first.passive = true;
  first.object = { ...subject, beforeVerb: false };
  if (agent !== undefined) first.subject = agent;
}

/** German "den von X entwickelten Y", "die neu gegründete Firma": an inflected participle after an article (with only a phrase of its own between) and before its noun. */
function attributiveParticiple(items: Item[], i: number, body: number): boolean {
  return items[i]!.pos === 'VERB' && attributeArticle(items, i, body) >= 0;
}

/** The article that opens the attribute an inflected participle at `i` ends (before its noun), or -1. */
function attributeArticle(items: Item[], i: number, body: number): number {
  const it = items[i]!;
  if (!/(te|ten|tes|ter|tem|ene|enen|ener|enes|enem|nde|nden|nder|ndes|ndem)$/.test(it.text)) return -1;
  const next = items[i + 1];
  if (next === undefined || !(next.pos === 'NOUN' || next.cue === true || next.mention?.source === 'coref:description')) return -1;
  // ("Das auf Bildverarbeitung für die industrielle Qualitätskontrolle spezialisierte Unternehmen": two phrases.)
  for (let k = i - 1; k >= body && k >= i - 9; k--) {
    const x = items[k]!;
    // (An article right after a preposition belongs to the attribute's own phrase: "für die".)
    if (x.kind === 'token' && x.pos === 'DET' && items[k - 1]?.pos === 'ADP' && k - 1 > body && (items[k + 1]?.pos === 'ADJ' || items[k + 1]?.pos === 'NOUN')) continue;
    // ("von drei Absolventen der ETH Zürich gegründete": a genitive after a noun of the phrase.)
    if (x.kind === 'token' && x.pos === 'DET' && (x.text === 'der' || x.text === 'des') && k - 1 > body && items[k - 1]!.pos === 'NOUN' && items[k + 1]?.kind === 'mention') continue;
    if (x.kind === 'token' && x.pos === 'DET') return k < i - 1 ? k : -1;
    // ("den von Quellhaus entwickelten": a noun inside the attribute's own prepositional phrase, adjectives between.)
    let q = k - 1;
    while (q > body && items[q]?.pos === 'ADJ') q--;
    const inPhrase = x.pos === 'NOUN' && (items[q]?.pos === 'ADP' || (items[q]?.pos === 'DET' && items[q - 1]?.pos === 'ADP'));
    if (!(x.kind === 'mention' || x.pos === 'ADP' || x.pos === 'ADJ' || x.pos === 'ADV' || x.pos === 'NUM' || inPhrase)) return -1;
  }
  return -1;
}

/**
 * German attributive participles read as passive clauses of their own: "Das 2017 von drei Chemikern gegründete
 * Start-up X" is X founded by the chemists in 2017, "den vom Konzern übernommenen Hersteller X" X bought by the group.
 * The names inside the attribute are its arguments ("von"/"durch" the agent, the subject), the noun after it (or the
 * name in apposition to that noun) its object. `participleVerb` gives the verb of an adjective that is a participle.
 */
export function attributiveClauses(items: Item[], lex: ClauseLexicon, participleVerb: ParticipleVerb): Clause[] {
  const out: Clause[] = [];
  for (let i = 2; i + 1 < items.length; i++) {
    const it = items[i]!;
    if (it.kind !== 'token' || (it.pos !== 'ADJ' && it.pos !== 'VERB')) continue;
    const article = attributeArticle(items, i, 0);
    if (article < 0) continue;
    const reading = it.pos === 'VERB' ? (it.token?.verb === undefined ? undefined : { lemma: it.token.verb.lemma, active: false }) : participleVerb(it.lemma);
    if (reading === undefined) continue;
    // The object: the description after the participle, or the name after its noun ("gegründete Unternehmen X").
    // ("in den vergangenen Jahren Förderungen": only a name in apposition, no noun of another phrase.)
    const named = items[i + 2]?.mention !== undefined && items[i + 2]!.mention!.source !== 'unnamed' && !items[i + 2]!.mention!.source.startsWith('coref');
    const head = items[i + 1]!.entity !== undefined ? i + 1 : named && items[i + 2]!.entity !== undefined && !items[i + 2]!.compound ? i + 2 : -1;
    if (head < 0) continue;
    const object = makeArg(items, head, lex, false, i + 1);
    if (object === undefined) continue;
    const from = article + 1;
    const years: string[] = [];
    let negated = false;
    for (let k = from; k < i; k++) {
      const x = items[k]!;
      if (x.kind === 'token' && lex.negation.has(lowerText(x))) negated = true;
      if (x.kind === 'token' && x.text.length === 4 && /^(1[89]|20)\d\d$/.test(x.text)) years.push(x.text);
    }
    if (negated) continue;
    const clause = new ClauseRecord(items, from, from, i + 1, [reading.lemma], !reading.active, false, false, false, false, false, false, years);
    for (let k = from; k < i; k++) {
      const x = items[k]!;
      if (x.kind !== 'mention' || x.compound || x.entity === undefined) continue;
      const arg = makeArg(items, k, lex, true, from);
      if (arg === undefined) continue;
      // "von A und B gegründete": both names.
      while (items[k + 1]?.pos === 'CCONJ' && items[k + 2]?.kind === 'mention' && items[k + 2]!.entity !== undefined && k + 2 < i) {
        arg.entities.push(items[k + 2]!.entity!);
        k += 2;
      }
      clause.args.push(arg);
      if (!reading.active && arg.prep !== undefined && lex.agentPrepositions.has(arg.prep) && clause.subject === undefined) clause.subject = arg;
      // ("die das Werk betreibende Firma X": a present participle's object without a preposition.)
      if (reading.active && arg.prep === undefined && !arg.genitive && clause.object === undefined) clause.object = arg;
    }
    // The noun the attribute describes: what a past participle's action befell, a present participle's doer.
    if (reading.active) clause.subject = object;
    else clause.object = object;
    out.push(clause);
  }
  return out;
}

/** German relative pronouns that are singular in every reading. */
const SINGULAR_RELATIVES = new Set(['der', 'das', 'dem', 'dessen', 'den']);
/** Words that join the last member of a list. */
const LIST_JOINERS = new Set(['und', 'oder', 'sowie', 'and', 'or']);

/**
 * "Beteiligt sind SAP, Hewlett Packard Enterprise, die Beratungsfirma X und Y", "von X, von Y und von Z": a list of
 * names whose members may open with a preposition, an article, adjectives and a noun for their kind.
 */
function describedListContinues(items: Item[], comma: number): boolean {
  const prep = (() => {
    let k = comma - 1;
    while (k > comma - 6 && k >= 0 && items[k]!.kind !== 'token') k--;
    while (k > comma - 6 && k >= 0 && (items[k]!.pos === 'DET' || items[k]!.pos === 'ADJ' || items[k]!.cue === true)) k--;
    return items[k]?.pos === 'ADP' ? lowerText(items[k]!) : undefined;
  })();
  const member = (k: number, last = false): number => {
    if (prep !== undefined && items[k]?.pos === 'ADP' && lowerText(items[k]!) === prep) k++;
    // ("die SEC, die Binance und Zhao verklagt hatte": an article right before a name may be a relative pronoun;
    // after an article a noun for the member's kind must come.)
    const article = items[k]?.pos === 'DET';
    if (article) k++;
    // (A title in quotes after the article is as clear a member as a described name.)
    const titled = article && isQuote(items[k]);
    if (titled) k++;
    let n = 0;
    while (n < 3 && items[k]?.kind === 'token' && items[k]!.pos === 'ADJ') {
      k++;
      n++;
    }
    // ("von der Materialwissenschaftlerin X, dem Physiker Y und dem Betriebswirt Z": any noun before a person's name.)
    const described = items[k]?.kind === 'token' && (items[k]!.cue === true || (items[k]!.pos === 'NOUN' && items[k + 1]?.kind === 'mention' && items[k + 1]!.cls === 'Person'));
    if (described) k++;
    if (article && !described && !titled && !last) return -1;
    // ("den X, das Y und drei kostenlose Anzeigenblätter": the last member may be things named by no name.)
    if (last && !article && !described) {
      let q = k;
      while (items[q]?.kind === 'token' && (items[q]!.pos === 'NUM' || items[q]!.pos === 'ADJ')) q++;
      if (q > k && items[q]?.kind === 'token' && items[q]!.pos === 'NOUN') return q;
    }
    return items[k]?.kind === 'mention' && !items[k]!.compound ? k : -1;
  };
  let k = comma + 1;
  for (let guard = 0; guard < 12; guard++) {
    const m = member(k);
    if (m < 0) return false;
    const end = isQuote(items[m + 1]) ? m + 1 : m;
    const sep = items[end + 1];
    if (sep === undefined || sep.kind !== 'token') return false;
    if (sep.text === ',') {
      k = end + 2;
      continue;
    }
    return LIST_JOINERS.has(lowerText(sep)) && member(end + 2, true) >= 0;
  }
  return false;
}

/** German relative pronouns that cannot stand for a neuter noun. */
const NON_NEUTER_RELATIVES = new Set(['der', 'den', 'die', 'deren']);

/** A quotation mark around a title. */
function isQuote(it: Item | undefined): boolean {
  return it?.kind === 'token' && /^[„“”"»«‚‘’]$/.test(it.text);
}

/**
 * A participle or infinitive (that may also read as a finite form: "verlassen", "abgewählt"); an auxiliary's
 * infinitive too ("soll X heißen und ihren Sitz in Y haben").
 */
function nonFiniteVerb(it: Item | undefined): boolean {
  const v = it?.kind === 'token' && (it.pos === 'VERB' || it.pos === 'AUX') ? it.token?.verb : undefined;
  return v !== undefined && (v.participle === true || v.infinitive === true);
}

/** A finite auxiliary or modal between `from` and `to` ("hat … verlassen"). */
function auxiliaryIn(items: Item[], from: number, to: number, lex: ClauseLexicon): boolean {
  for (let k = from; k < to; k++) {
    const it = items[k]!;
    if (it.kind === 'token' && (it.pos === 'AUX' || lex.auxiliaries.has(it.lemma)) && it.token?.verb?.finite === true) return true;
  }
  return false;
}

/** From `from` to the next boundary: no finite verb but the last word, a participle or infinitive ("… gegründet."). */
function participleClause(items: Item[], from: number, lex: ClauseLexicon): boolean {
  let last: Item | undefined;
  for (let k = from; k < items.length; k++) {
    const it = items[k]!;
    // "das Bündnis X (BSW) gegründet": a bracketed short form inside the clause.
    if (it.kind === 'token' && it.text === '(' && items[k + 2]?.text === ')' && items[k + 1]?.kind === 'mention') {
      k += 2;
      continue;
    }
    if (it.kind === 'token' && (lex.boundaries.has(it.text) || it.pos === 'PUNCT' || it.pos === 'CCONJ' || it.pos === 'SCONJ')) break;
    if (it.kind === 'token' && (it.pos === 'VERB' || it.pos === 'AUX')) {
      // ("… und 2020 von der Firma Y übernommen worden": a passive participle with "worden" after it.)
      if (last !== undefined && !(it.pos === 'AUX' && lowerText(it) === 'worden' && nonFiniteVerb(last))) return false;
      if (last === undefined) last = it;
    } else if (last !== undefined) return false;
  }
  return last !== undefined && nonFiniteVerb(last);
}

/** After a clause that closes with a participle or infinitive, "und"/"oder" and another such clause close the list. */
function listOfClausesGoesOn(items: Item[], from: number, lex: ClauseLexicon): boolean {
  for (let k = from; k < items.length; k++) {
    const it = items[k]!;
    if (it.kind === 'token' && it.pos === 'CCONJ' && lex.coordinators.has(lowerText(it))) return nonFiniteVerb(items[k - 1]) && participleClause(items, k + 1, lex);
    if (it.kind === 'token' && (lex.boundaries.has(it.text) || it.pos === 'SCONJ' || (isFinite(it) && !nonFiniteVerb(it)))) return false;
  }
  return false;
}

/** The segment from `start` opens with a relative pronoun, maybe after a preposition ("…, das", "…, mit dem"). */
function relativeAt(items: Item[], start: number, lex: ClauseLexicon): boolean {
  const first = items[start];
  const pronoun = first?.kind === 'token' && first.pos === 'ADP' ? items[start + 1] : first;
  return items[start - 1]?.text === ',' && pronoun?.kind === 'token' && (pronoun.pos === 'PRON' || pronoun.pos === 'DET') && lex.relativePronouns.has(lowerText(pronoun));
}

/** A finite verb comes at or after `from` before the next clause boundary. */
function finiteBeforeBoundary(items: Item[], from: number, lex: ClauseLexicon): boolean {
  for (let k = from; k < items.length; k++) {
    const it = items[k]!;
    if (it.kind === 'token' && lex.boundaries.has(it.text)) return false;
    if (isFinite(it)) return true;
  }
  return false;
}

/** The clause ends in a zu-infinitive: "zu haben", "abzusprechen". */
function zuInfinitive(items: Item[], clause: Clause): boolean {
  for (let i = clause.to - 1; i > clause.from; i--) {
    const it = items[i]!;
    if (it.pos === 'PUNCT') continue;
    if (it.pos !== 'VERB' && it.pos !== 'AUX') return false;
    return lowerText(items[i - 1]!) === 'zu' || /^\p{Ll}+zu\p{Ll}+en$/u.test(lowerText(it));
  }
  return false;
}

/**
 * "konkurriert mit Dantro, der seit Jahren Apps anbietet, und mit Felbach Sports", "zählen Quenvo, eine Tochter der Y,
 * und Ginsra", "Verkauft haben X, der …, sowie Mitgründerin Y": a rest without a verb that opens with "und" after a
 * relative clause or an apposition goes on with the phrase they cut off; its first name joins the name before the cut.
 */
function coordinatedAfterInterruption(clause: Clause, clauses: Clause[], tails: Set<Clause>, items: Item[], lex: ClauseLexicon): void {
  const joiner = items[clause.from];
  if (clause.verbs.length > 0 || clause.relative || joiner?.kind !== 'token' || joiner.pos !== 'CCONJ' || !lex.coordinators.has(lowerText(joiner)) || items[clause.from - 1]?.text !== ',') return;
  const first = clause.args.find((a) => !a.genitive);
  if (first === undefined) return;
  let k = clauses.length - 1;
  while (k >= 0 && (clauses[k]!.relative || tails.has(clauses[k]!) || (clauses[k]!.verbs.length === 0 && items[clauses[k]!.from - 1]?.text === ','))) k--;
  const interrupted = clauses[k];
  const cut = clauses[k + 1];
  if (interrupted === undefined || cut === undefined || interrupted.verbs.length === 0 || interrupted.relative || interrupted.subordinate) return;
  // The name right before the comma that opens the interruption (maybe in quotes).
  let at = cut.from - 2;
  if (items[cut.from - 1]?.text !== ',') return;
  if (isQuote(items[at])) at--;
  if (items[at]?.kind !== 'mention' || at < interrupted.from || at >= interrupted.to) return;
  const key = items[at]!.entity;
  const index = interrupted.args.findIndex((a) => a.item === at || (key !== undefined && a.entities.includes(key)));
  const antecedent = interrupted.args[index];
  if (antecedent === undefined || antecedent.genitive) return;
  if (first.prep !== undefined) {
    // "…, und mit Felbach Sports": a phrase of the same preposition, coordinated with the antecedent's.
    if (first.prep !== antecedent.prep) return;
    let end = index + 1;
    while (end < interrupted.args.length && interrupted.args[end]!.joined === true && interrupted.args[end]!.prep === antecedent.prep) end++;
    interrupted.args.splice(end, 0, { ...first, joined: true });
    return;
  }
  // "…, und der Luftfahrtingenieurin Y", "…, sowie Mitgründerin Y": the name shares the antecedent's phrase.
  const added = first.entities.filter((e) => !antecedent.entities.includes(e));
  if (added.length === 0) return;
  const merged: Arg = { ...antecedent, entities: [...antecedent.entities, ...added] };
  interrupted.args[index] = merged;
  for (const role of ['subject', 'object', 'dative'] as const) {
    const arg = interrupted[role];
    if (arg !== undefined && (arg === antecedent || (arg.item === antecedent.item && arg.prep === antecedent.prep))) interrupted[role] = { ...arg, entities: merged.entities };
  }
}

/**
 * "Cerebras Systems, the Silicon Valley designer of AI chips, has sued …": a clause without a verb that opens
 * with an article right after a name and a comma describes that name; what it names is no subject.
 */
/** Whether a finite verb stands among items [from, to). */
function finiteIn(items: Item[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (isFinite(items[k])) return true;
  return false;
}

function appositionAfterName(clause: Clause, items: Item[]): boolean {
  return clause.verbs.length === 0 && items[clause.from - 1]?.text === ',' && items[clause.from - 2]?.kind === 'mention' && items[clause.from]?.pos === 'DET';
}

/**
 * German "Die Firma Kelvatron, 2015 von X in Y gegründet, baut …": a phrase between commas after a name that ends
 * in a past participle, with no other verb, is a passive about that name, like English "X, founded in …,". Only
 * while the name's own clause has no verb yet (its verb follows the phrase).
 */
function germanParticiplePhrase(items: Item[], from: number, to: number, prev: Clause | undefined, lex: ClauseLexicon): boolean {
  if (items[from - 1]?.text !== ',' || items[from - 2]?.kind !== 'mention' || prev === undefined || prev.verbs.length > 0) return false;
  // (Not after an apposition within a clause: "habe die Vorinstanz, das Gericht X, korrigiert".)
  for (let k = 0; k < from; k++) if (isFinite(items[k])) return false;
  let end = to - 1;
  while (end > from && items[end]!.pos === 'PUNCT') end--;
  if (end <= from || (items[to]?.text !== ',' && items[end + 1]?.text !== ',')) return false;
  const verb = items[end]!;
  if (verb.kind !== 'token' || verb.pos !== 'VERB' || verb.token?.verb?.participle !== true || /^(zu|ge)?\p{Ll}+end$/u.test(verb.text)) return false;
  // (Not a relative or subordinate clause: "Brau Union, der zu X gehört, …" has its own subject.)
  for (let k = from; k < end; k++) {
    const it = items[k]!;
    if (it.pos === 'VERB' || it.pos === 'AUX' || it.pos === 'SCONJ' || it.pos === 'PRON' || (k <= from + 1 && lex.relativePronouns.has(lowerText(it)))) return false;
  }
  return true;
}

/**
 * "gegründet von drei früheren Offizieren: Anna X, Jan Y und Eva Z.": a colon after an unnamed group of people,
 * before a list of people's names that ends the sentence, joins the names to the group like a list's comma.
 */
function namedMembers(items: Item[], colon: number): boolean {
  const group = items[colon - 1];
  if (items[colon]?.text !== ':' || group?.kind !== 'mention' || group.mention?.source !== 'unnamed' || group.cls !== 'Group' || !listContinues(items, colon)) return false;
  let k = colon + 1;
  for (;;) {
    if (items[k]?.kind !== 'mention' || items[k]!.cls !== 'Person') return false;
    const sep = items[k + 1];
    if (sep === undefined || /^[.!?]$/.test(sep.text)) return true;
    if (sep.text !== ',' && sep.pos !== 'CCONJ') return false;
    k += 2;
  }
}

function isFinite(it: Item | undefined): boolean {
  return it !== undefined && it.kind === 'token' && it.token?.verb?.finite === true && (it.pos === 'VERB' || it.pos === 'AUX');
}

function analyseOne(items: Item[], from: number, to: number, lex: ClauseLexicon, join: JoinParticle, appositions: Set<number>): Clause {
  let body = from;
  if (items[body]?.pos === 'CCONJ') body++;
  const first = items[body];
  const firstLower = first === undefined ? '' : lowerText(first);
  // "Als Übergangschefin setzte das Gremium X ein": "als" with a noun phrase before the finite verb opens no subordinate clause.
  const asPhrase = lex.verbFinal && firstLower === 'als' && [2, 3, 4].some((k) => isFinite(items[body + k]) && items.slice(body + 1, body + k).every((x) => x.pos === 'NOUN' || x.pos === 'ADJ' || x.pos === 'DET'));
  const subordinate = (first?.pos === 'SCONJ' && !asPhrase) || (first !== undefined && lex.clausePrepositions.has(firstLower) && finiteAhead(items, body + 1, lex));
  let finite: number | undefined;
  const verbIdx: number[] = [];
  for (let i = body; i < to; i++) {
    const it = items[i]!;
    if (it.kind !== 'token' || (it.pos !== 'VERB' && it.pos !== 'AUX')) continue;
    // "für den von Sturmfels entwickelten Online-Shooter": an inflected participle between an article and its noun is
    // an attribute, no verb of the clause.
    if (lex.verbFinal && attributiveParticiple(items, i, body)) continue;
    // English "Privately held Brightvale was set up by X": a participle after an adverb in -ly that opens the clause,
    // right before a name, is that name's attribute.
    if (!lex.verbFinal && i === body + 1 && body === from && items[body]!.pos === 'ADV' && /ly$/.test(items[body]!.text) && (it.token?.verb?.participle === true || it.token?.verb?.tense === 'past') && items[i + 1]?.kind === 'mention') continue;
    verbIdx.push(i);
    // "…, das von X betrieben wird": a participle that could be a past plural gives way to the auxiliary after it.
    const participleBefore = finite !== undefined && lex.verbFinal && it.pos === 'AUX' && items[finite]!.pos === 'VERB' && items[finite]!.token?.verb?.participle === true;
    if (it.token?.verb?.finite && (finite === undefined || (subordinate && lex.verbFinal) || participleBefore)) finite = i;
  }
  const lastVerb = verbIdx.length > 0 ? items[verbIdx[verbIdx.length - 1]!] : undefined;
  // ("…, dem das Institut als Mitglied angehört": a German clause with one verb that reads as a participle too has it
  // finite: a participle alone makes no clause.)
  const lastFinite = lastVerb?.token?.verb?.finite === true || (lex.verbFinal && verbIdx.length === 1 && lastVerb?.token?.verb?.participle === true && /t$/.test(lastVerb.text));
  const afterComma = from > 0 && items[from - 1]?.text === ',';
  // "…, mit dem Ackerblick kooperiert": a preposition may come before the relative pronoun.
  // "…, die Geschäfte führt heute Jana Brodersen": a German relative clause ends with its verb; names after the
  // verb make a main clause whose article only looks like a relative pronoun.
  const lastVerbAt = verbIdx.length > 0 ? verbIdx[verbIdx.length - 1]! : -1;
  const namesAfterVerb = lex.verbFinal && lastVerbAt >= 0 && items.slice(lastVerbAt + 1, to).some((x) => x.kind === 'mention' || x.pos === 'NOUN');
  // ("…, zu der Landshuter Gruppe gehören heute die Brauereien X und Y": so too after a preposition.)
  // (English "Lime, in which Uber holds a stake": "which" or "whom" after the preposition.)
  const prepRelative =
    (afterComma || (!lex.verbFinal && items[from - 1]?.pos === 'NOUN')) && first?.kind === 'token' && first.pos === 'ADP' && items[body + 1]?.kind === 'token' && verbIdx.length > 0 &&
    (lex.verbFinal ? PREP_RELATIVE_PRONOUNS.has(lowerText(items[body + 1]!)) && lastFinite && !namesAfterVerb : EN_PREP_RELATIVE_PRONOUNS.has(lowerText(items[body + 1]!)));
  const relative =
    prepRelative ||
    // English needs no comma: "a former Tesla engineer who founded Voltaro".
    ((afterComma || (!lex.verbFinal && (items[body - 1]?.kind === 'mention' || items[body - 1]?.pos === 'NOUN'))) &&
      first !== undefined && first.kind === 'token' && lex.relativePronouns.has(firstLower) &&
      (first.pos === 'PRON' || first.pos === 'DET' || first.pos === 'SCONJ') && (lastFinite || !lex.verbFinal) && verbIdx.length > 0 && !namesAfterVerb);
  let verbs = verbLemmas(items, verbIdx, finite, body, to, lex, subordinate || relative || !lex.verbFinal, join);
  const years: string[] = [];
  let negated = false;
  // English "accusing X of enrolling customers in charges they never agreed to": a negation after the clause's
  // first full verb belongs to a later, unmarked clause.
  const firstLexical = lex.verbFinal ? to : (verbIdx.find((k) => items[k]!.pos === 'VERB') ?? to);
  // Such a later negation still takes its own verb out of the clause ("said it would not sue X" sues no one).
  let negatedLater: Set<string> | undefined;
  for (let i = body; i < to; i++) {
    const it = items[i]!;
    if (it.kind === 'token' && lex.negation.has(lowerText(it))) {
      if (i < firstLexical) negated = true;
      else {
        const k = verbIdx.find((v) => v > i && items[v]!.pos === 'VERB');
        const v = k === undefined ? undefined : items[k]!;
        if (v !== undefined) (negatedLater ??= new Set()).add(v.token?.verb?.lemma ?? v.lemma);
      }
    }
    // (The length first: the test runs for every item.)
    // ("Die 1789 gegründete Brauerei", "seit 1516": an older year only where the words around make it one.)
    if (it.kind === 'token' && it.text.length === 4 && (/^(1[89]|20)\d\d$/.test(it.text) || olderYear(items, i))) years.push(it.text);
  }
  if (negatedLater !== undefined && !negated) {
    const later = negatedLater;
    verbs = verbs.filter((v) => !later.has(v));
  }
  // English "said the move undercut Musk's promise to run Twitter": an infinitive on a noun with an owner in the
  // genitive is that owner's, not the subject's.
  if (!lex.verbFinal) {
    for (const k of verbIdx) {
      const owner = items[k - 3];
      if (lowerText(items[k - 1] ?? items[k]!) === 'to' && items[k - 2]?.pos === 'NOUN' && owner?.kind === 'mention' && /['’]s$/.test(owner.text) && owner !== items[body]) {
        const lemma = items[k]!.token?.verb?.lemma ?? items[k]!.lemma;
        verbs = verbs.filter((v) => v !== lemma);
      }
    }
  }
  // English "would start coming to X": a verb of a phase right before a gerund is no verb of the clause's frames.
  if (lex.aspectualVerbs.size > 0) {
    for (const k of verbIdx) {
      const lemma = items[k]!.token?.verb?.lemma ?? items[k]!.lemma;
      const next = items[k + 1];
      if (lex.aspectualVerbs.has(lemma) && next?.kind === 'token' && next.pos === 'VERB' && /ing$/.test(next.text) && verbs.length > 1) verbs = verbs.filter((v) => v !== lemma);
    }
  }
  const finiteVerb = finite === undefined ? undefined : items[finite]?.token?.verb;
  // ("von den Brüdern Tobias und Lukas X": an article and nouns may stand between the preposition and the name.)
  const agent = (): boolean =>
    items.slice(body, to).some((it, k) => {
      if (it.kind !== 'mention') return false;
      let j = body + k - 1;
      while (j > body + k - 4 && items[j] !== undefined && items[j]!.kind === 'token' && (items[j]!.pos === 'DET' || items[j]!.pos === 'ADJ' || items[j]!.pos === 'NOUN')) j--;
      return items[j] !== undefined && lex.agentPrepositions.has(lowerText(items[j]!));
    });
  // English puts a modal before the passive: "will be replaced by X".
  // English also puts a modal or "have" right before it: "will be replaced by X", "has been bought by X".
  const passiveAux =
    finiteVerb?.lemma === lex.passiveAuxiliary ||
    // German "war 2014 von X gegründet": "sein" with a participle and an agent is a passive of state.
    (lex.verbFinal && finiteVerb?.lemma === 'sein' && agent()) ||
    (!lex.verbFinal &&
      finite !== undefined &&
      verbIdx.some((i) => i > finite && items[i]!.pos === 'AUX' && items[i]!.token?.verb?.lemma === lex.passiveAuxiliary && items.slice(finite + 1, i).every((x) => x.pos === 'ADV')) ||
      // ("agreed last month to be bought by Wonder Group": an infinitive of the passive, with its agent.)
      (!lex.verbFinal &&
        finite !== undefined &&
        verbIdx.some((i) => i > finite + 1 && items[i]!.pos === 'AUX' && items[i]!.token?.verb?.lemma === lex.passiveAuxiliary && lowerText(items[i - 1]!) === 'to' && items.slice(finite + 1, i - 1).every((x) => x.pos === 'ADV' || x.pos === 'NOUN' || x.pos === 'ADJ')) &&
        agent()));
  // English "has been trying to compete": "be" before an -ing form is progressive, no passive.
  const firstVerb = finite === undefined ? undefined : verbIdx.find((i) => i > finite && items[i]!.pos === 'VERB');
  const progressive = !lex.verbFinal && firstVerb !== undefined && /ing$/.test(items[firstVerb]!.text);
  const passive =
    passiveAux &&
    !progressive &&
    verbIdx.some((i) => {
      const v = items[i]!.token?.verb;
      return v?.participle === true && (v.infinitive !== true || agent());
    });
  const subjunctive = finiteVerb?.subjunctive1 === true;
  // "Unicredit will die Commerzbank kaufen", "X could acquire Y": an intention or a possibility, not a fact.
  const infinitiveBeside = verbIdx.some((i) => {
    const v = items[i]!.token?.verb;
    return v?.infinitive === true && v.participle !== true && !lex.irrealisVerbs.has(v.lemma) && (i !== finite || lex.irrealisVerbs.has(items[verbIdx.find((k) => k !== i) ?? i]!.token?.verb?.lemma ?? ''));
  });
  // In a relative clause the modal comes last and the infinitive may read as finite too ("der Tiktok verbieten wollte").
  const modal = verbIdx.some((i) => lex.irrealisVerbs.has(items[i]!.token?.verb?.lemma ?? ''));
  // The future ("wird … übergeben") stays a fact: an announced change counts, as the shared gold has it.
  const irrealis = finiteVerb !== undefined && !passive && modal && (infinitiveBeside || (!lex.verbFinal && verbIdx.length > 1));
  const clause = new ClauseRecord(
    items,
    body,
    from,
    to,
    verbs,
    passive || verbIdx.some((i) => lowerText(items[i]!) === 'worden'),
    subjunctive,
    negated,
    irrealis,
    relative,
    subordinate,
    verbs.some((v) => lex.reportingVerbs.has(v)),
    years,
  );
  if (finite !== undefined) clause.finite = finite;
  if (prepRelative) clause.relativePrep = lex.contractions.get(firstLower) ?? firstLower;
  // "after activist fund X disclosed a stake": a preposition opening a clause is no preposition of its first name.
  const argFrom = prepRelative ? body + 2 : relative || (subordinate && !lex.verbFinal && lex.clausePrepositions.has(firstLower)) ? body + 1 : body;
  for (let i = argFrom; i < to; i++) {
    const it = items[i]!;
    if (it.kind !== 'mention' || it.compound || it.pos === 'ADJ' || appositions.has(i)) continue;
    // "in Portland, Oregon": the state after its town and a comma only says where the town is.
    if (items[i - 1]?.text === ',' && appositions.has(i - 1) && PLACE_CLASSES.has(it.cls ?? '') && PLACE_CLASSES.has(items[i - 2]?.cls ?? '')) continue;
    // "Karl Muster (ÖVP)": a name in brackets after a name is no argument of the verb.
    if (items[i - 1]?.text === '(' && items[i + 1]?.text === ')' && items[i - 2]?.kind === 'mention') continue;
    // English "the Call of Duty maker": a name before a common noun only modifies it.
    if (!lex.verbFinal && modifiesNoun(items, i)) continue;
    // German "von der Grünen Grossrätin Miriam Stuber": a party's name before a role noun and a person's name only
    // says whose politician the person is.
    if (lex.verbFinal && it.cls === 'PoliticalParty' && items[i + 1]?.kind === 'token' && items[i + 1]!.pos === 'NOUN' && items[i + 2]?.kind === 'mention' && items[i + 2]!.cls === 'Person') continue;
    // English "with China's CATL": a place in the genitive before a name only says where it is from.
    if (!lex.verbFinal && placeGenitive(items, i)) continue;
    // English "A union representing warehouse workers sued X": the object of an -ing form right after a noun, before
    // the clause's verb, belongs to that reduced relative clause, not to the clause.
    const ing = items[i - 1];
    if (!lex.verbFinal && finite !== undefined && i < finite && ing?.kind === 'token' && ing.pos === 'VERB' && /ing$/.test(ing.text) && (items[i - 2]?.kind === 'mention' || items[i - 2]?.pos === 'NOUN')) continue;
    // English "from investors including DCVC and Lux": the group is argument through the names that exemplify it.
    if (!lex.verbFinal && it.cls === 'Group' && it.mention?.source === 'unnamed' && /^(including|like)$/i.test(items[i + 1]?.text ?? '') && items[i + 2]?.kind === 'mention') continue;
    // "Die SPÖ Niederösterreich hat …": a state or region right after a party names its branch there, no argument.
    if (lex.verbFinal && (it.cls === 'Region' || it.cls === 'Country') && items[i - 1]?.kind === 'mention' && items[i - 1]!.cls === 'PoliticalParty') continue;
    const arg = makeArg(items, i, lex, finite === undefined || i < finite, argFrom);
    if (arg === undefined) continue;
    // "einer Klage des Naturschutzbundes Deutschland (NABU)": a place ending an organisation's description whose
    // short form follows in brackets stands for that organisation.
    const bracketed = items[i + 2];
    if (items[i + 1]?.text === '(' && items[i + 3]?.text === ')' && bracketed?.kind === 'mention' && bracketed.entity !== undefined && PLACE_CLASSES.has(it.cls ?? '') && !PLACE_CLASSES.has(bracketed.cls ?? '') && bracketed.cls !== 'Person') {
      arg.entities = [bracketed.entity];
    }
    // "X und Y": one argument with both entities.
    let j = i + 1;
    // "der Förderbank Austria Wirtschaftsservice (aws) und dem Fonds X": a short form in brackets between.
    if (items[j]?.text === '(' && items[j + 2]?.text === ')' && items[j + 3]?.pos === 'CCONJ') j += 3;
    // "Facebook hatte Instagram 2012 und WhatsApp 2014 übernommen": a year after each name.
    const yearAfter = (k: number): boolean => items[k]?.pos === 'NUM' && /^(1[89]|20)\d\d$/.test(items[k]!.text) && items[k + 1]?.pos === 'CCONJ';
    if (lex.verbFinal && yearAfter(j)) j++;
    // „Lahn-Kurier“, das „Vogelsberger Tageblatt“: the closing quote of a title.
    if (isQuote(items[j]) && items[i - 1] !== undefined && isQuote(items[i - 1])) j++;
    // "mit dem Hersteller Wingcopter aus Weiterstadt und dem Unternehmen Zipline": where the first is from.
    // ("Bauern aus Ober- und Niederösterreich": not where a place follows, joined to the first.)
    if (lex.verbFinal && lowerText(items[j] ?? it) === 'aus' && items[j + 1]?.kind === 'mention' && PLACE_CLASSES.has(items[j + 1]!.cls ?? '') && items[j + 2]?.pos === 'CCONJ' && !(PLACE_CLASSES.has(items[j + 3]?.cls ?? '') && items[j + 3]!.mention?.source === 'gazetteer')) j += 2;
    while (j + 1 < to && (items[j]!.pos === 'CCONJ' || (items[j]!.text === ',' && (listContinues(items, j) || describedListContinues(items, j))) || namedMembers(items, j))) {
      // "von X und der Köchin Y": an article and a role noun may open the second name.
      let k = j + 1;
      // "von X, von Y und von Z": the preposition again before each name.
      if (arg.prep !== undefined && items[k]?.pos === 'ADP' && lowerText(items[k]!) === arg.prep) k++;
      const open = k;
      if (items[j]!.pos === 'CCONJ' || k > j + 1 || items[k]?.pos === 'DET' || items[k]?.cue === true) {
        if (items[k]?.pos === 'DET') k++;
        // ("und den beiden ETH-Ingenieuren X und Y": a number word after the article.)
        if (k > open && (items[k]?.pos === 'DET' || items[k]?.pos === 'NUM') && /^\p{Ll}+$/u.test(items[k]!.text)) k++;
        if (isQuote(items[k]) && items[k - 1]?.pos === 'DET') k++;
        // "mit Uniqa und der Vienna Insurance Group": an article alone may open the second name.
        const afterArticle = k;
        while (
          k < to &&
          k < j + 5 &&
          ((items[k]!.kind === 'token' && (items[k]!.pos === 'ADJ' || items[k]!.cue === true || items[k]!.pos === 'NOUN')) ||
            // "und dem US-Konzern Uber": a name inside the compound noun too.
            ((items[k]!.mention?.source === 'cue:demonym' || items[k]!.compound) && items[k + 1]?.kind === 'token') ||
            // ("und der Dortmunder Varnholm-Gruppe": a town's word of origin right before the name.)
            (items[k]!.mention?.source === 'cue:demonym' && items[k + 1]?.kind === 'mention' && !PLACE_CLASSES.has(items[k + 1]!.cls ?? '')))
        )
          k++;
        // Adjectives alone only before a role noun that became a mention ("und einen früheren Bereichsleiter").
        const roleAfter = items[k]?.kind === 'mention' && (items[k]!.mention?.source === 'unnamed' || items[k]!.mention?.source === 'coref:description');
        if (k > afterArticle && items[k - 1]!.cue !== true && items[k - 1]!.pos !== 'NOUN' && items[k - 1]!.mention?.source !== 'cue:demonym' && !roleAfter) k = open;
      }
      // "CATL and South Korea's LG Energy Solution".
      if (!lex.verbFinal && k < to && placeGenitive(items, k)) k++;
      // "X and former Biogen executive Mark Haldane": a name that only modifies the nouns before the next name.
      if (!lex.verbFinal && k < to && items[k]!.kind === 'mention' && modifiesNoun(items, k)) {
        let r = k + 1;
        while (r < to && r < k + 5 && items[r]!.kind === 'token') r++;
        if (r < to && items[r]!.kind === 'mention') k = r;
      }
      if (k >= to || items[k]!.kind !== 'mention' || items[k]!.compound || items[k]!.entity === undefined) break;
      // "besitzt die Hofbräu in Bischofshofen und die Brauerei Moosbacher": after a place in a prepositional phrase, a
      // name of another class with an article of its own goes with the phrase before the place, not with the place.
      if (arg.prep !== undefined && PLACE_CLASSES.has(it.cls ?? '') && open < k && items[open]?.pos === 'DET' && items[k]!.cls !== undefined && !PLACE_CLASSES.has(items[k]!.cls!) && items[k]!.cls !== 'Thing') {
        const before = clause.args.at(-1);
        if (before === undefined || before.prep !== undefined || before.item !== i - 2) break;
        before.entities.push(items[k]!.entity!);
        j = k + 1;
        continue;
      }
      arg.entities.push(items[k]!.entity!);
      j = k + 1;
    }
    clause.args.push(arg);
    i = j - 1;
  }
  if (!relative) assignCore(clause, lex.verbFinal, items);
  return clause;
}

function verbLemmas(
  items: Item[],
  verbIdx: number[],
  finite: number | undefined,
  from: number,
  to: number,
  lex: ClauseLexicon,
  verbFinal: boolean,
  join: JoinParticle,
): string[] {
  const out: string[] = [];
  let last = to - 1;
  while (last > from && items[last]!.pos === 'PUNCT') last--;
  const particle = items[last];
  for (const i of verbIdx) {
    const it = items[i]!;
    const v = it.token?.verb;
    let lemma = v?.lemma ?? it.lemma;
    if (i === finite && !verbFinal && particle !== undefined && particle !== it && particle.kind === 'token') {
      const p = lowerText(particle);
      const joined = v?.particleLemmas?.[p] ?? (particle.pos !== 'NOUN' && particle.pos !== 'PROPN' ? join(p, lemma) : undefined);
      if (joined !== undefined) {
        out.push(joined);
        continue;
      }
    }
    out.push(lemma);
    for (const alt of v?.altLemmas ?? []) if (alt !== lemma) out.push(alt);
    // English "will take over from X": a particle right after the verb makes a phrasal verb, read beside the verb alone.
    const next = items[i + 1];
    if (!lex.verbFinal && next !== undefined && i + 1 < to && next.kind === 'token' && lex.phrasalParticles.has(lowerText(next))) out.push(`${lemma} ${lowerText(next)}`);
  }
  // An auxiliary or modal next to a full verb carries no content of its own.
  // (Loops rather than filter and spread: this runs for every clause.)
  const content: string[] = [];
  for (const l of out) if (!lex.auxiliaries.has(l)) content.push(l);
  if (content.length === 0) return out;
  for (const l of out) if (lex.copulas.has(l)) content.push(l);
  return content;
}

export function makeArg(items: Item[], i: number, lex: ClauseLexicon, beforeVerb: boolean, floor = 0): Arg | undefined {
  const it = items[i];
  const at = (k: number): Item | undefined => (k >= floor && k < i ? items[k] : undefined);
  if (it?.entity === undefined) return undefined;
  // "die beiden Rivalen": both organisations.
  const pair = it.mention?.pair;
  const arg: Arg = { entities: pair === undefined ? [it.entity] : [it.entity, pair], item: i, cases: ANY, genitive: it.mention?.genitive === true, beforeVerb };
  // A pronoun shows its own case: "hatte ihr eine Strafe auferlegt" (dative).
  if (it.mention?.source === 'coref:pronoun' && it.token?.cases !== undefined) arg.cases = it.token.cases;
  // "Konzernchef Lind zufolge habe …": a postposition after the name makes the phrase the source, not a subject.
  const post = items[i + 1];
  if (post?.kind === 'token' && post.pos === 'ADP' && lex.sourcePostpositions.has(lowerText(post))) {
    arg.prep = lowerText(post);
    return arg;
  }
  // English "the FTC's request", "Delta Labs' lawsuit": the genitive hangs on the noun after it.
  const apostrophe = items[i + 1]?.kind === 'token' && /^['’]$/.test(items[i + 1]!.text) ? 1 : 0;
  // ("Brella Corp's chief executive": the role noun may have become a description of its own, after an adjective.)
  let described = i + 1 + apostrophe;
  while (described < i + 4 && items[described]?.kind === 'token' && items[described]!.pos === 'ADJ' && /^\p{Ll}/u.test(items[described]!.text)) described++;
  if (!lex.verbFinal && arg.genitive && !(items[i + 1 + apostrophe]?.kind === 'token' && items[i + 1 + apostrophe]!.pos === 'NOUN') && items[described]?.mention?.source === 'coref:description') {
    // (As with nouns: the first word is the noun, the described one the outer: "chief" … "executive".)
    arg.noun = items[i + 1 + apostrophe]!.lemma;
    arg.nounHead = items[i + 1 + apostrophe]!.head;
    if (described > i + 1 + apostrophe) arg.outer = [items[described]!.lemma, items[described]!.head];
    return arg;
  }
  // ("the company's European operations": adjectives, of origin too, between the genitive and its noun.)
  let first = i + 1 + apostrophe;
  while (!lex.verbFinal && arg.genitive && first < i + 4 && originOrAdjective(items[first])) first++;
  if (!lex.verbFinal && arg.genitive && items[first]?.kind === 'token' && items[first]!.pos === 'NOUN') {
    arg.noun = items[first]!.lemma;
    arg.nounHead = items[first]!.head;
    // "Lumenfield's reinforcement learning team": the last of the nouns is the head (the tagger may call it a verb).
    let k = first;
    // ("Torvane's power projects division": a plural noun the tagger reads as a verb, before the head noun.)
    while (
      k + 1 < items.length && k < i + 4 && items[k + 1]!.kind === 'token' && /^\p{Ll}/u.test(items[k + 1]!.text) &&
      (items[k + 1]!.pos === 'NOUN' || (items[k + 1]!.pos === 'VERB' && items[k + 2]?.kind === 'token' && (items[k + 2]!.pos === 'ADP' || (items[k + 2]!.pos === 'NOUN' && /^\p{Ll}/u.test(items[k + 2]!.text)))))
    ) k++;
    if (k > first) arg.outer = [items[k]!.lemma, items[k]!.head];
    return arg;
  }
  let j = i - 1;
  // ("in the Delaware Court of Chancery": a place that modifies the name is in its phrase.)
  if (!lex.verbFinal && at(j) !== undefined && placeBeforeInstitution(at(j)!, it)) j--;
  // „Slay the Spire“: the opening quotation mark of a title.
  if (at(j)?.kind === 'token' && /^[„"“»«‚]$/.test(at(j)!.text)) j--;
  if (!lex.verbFinal && at(j) !== undefined && placeGenitive(items, j)) j--;
  // "von Lechners Vater Anton Lechner": a genitive name and a noun before a name belong to its phrase.
  // ("übernimmt Quandts bisherige Stellvertreterin Katrin Eilers": adjectives between.)
  if (lex.verbFinal && at(j)?.kind === 'token' && at(j)!.pos === 'NOUN') {
    let k = j - 1;
    while (k > j - 3 && at(k)?.kind === 'token' && at(k)!.pos === 'ADJ') k--;
    if (at(k)?.kind === 'mention' && at(k)!.mention?.genitive === true) j = k - 1;
  }
  // "nach Palma de Mallorca": a name joined to the one before by a particle shares its preposition.
  if (at(j)?.kind === 'token' && NAME_PARTICLES.has(at(j)!.text) && at(j - 1)?.kind === 'mention') j -= 2;
  // "Konkurrenten wie den schwedischen Streamingriesen Spotify": a described example, its noun and article.
  if (lex.verbFinal && at(j)?.kind === 'token' && at(j)!.pos === 'NOUN' && (at(j)!.cue === true || /^\p{Lu}/u.test(at(j)!.text))) {
    let k = j - 1;
    while (at(k) !== undefined && at(k)!.pos === 'ADJ') k--;
    if (at(k)?.kind === 'token' && at(k)!.pos === 'DET') k--;
    if (at(k)?.text === 'wie' && at(k - 1)?.kind === 'token' && at(k - 1)!.pos === 'NOUN') j = k;
  }
  // "Anbietern wie Spotify": the name takes the case and preposition of the noun it exemplifies.
  // ("mit Angeboten wie Google News": a group that became a mention too.)
  if (lex.verbFinal && at(j)?.text === 'wie' && ((at(j - 1)?.kind === 'token' && at(j - 1)!.pos === 'NOUN') || (at(j - 1)?.mention?.source === 'unnamed' && at(j - 1)!.cls === 'Group'))) {
    j -= 2;
    if (items[j + 1]!.token?.cases !== undefined) arg.cases = items[j + 1]!.token!.cases!;
    // "zu US-Konzernen wie Amazon": the name inside the noun's compound belongs to it.
    if (at(j)?.kind === 'mention' && items[j + 1]!.text.startsWith('-')) j--;
    while (at(j) !== undefined && at(j)!.pos === 'ADJ') j--;
    if (at(j)?.kind === 'token' && at(j)!.pos === 'DET') j--;
  }
  // English "such as Bergen-based Mowi", "including the venture firm X": a described example, its town of seat, its
  // nouns and article.
  if (!lex.verbFinal) j = describedExample(items, j, floor);
  // English "rivals such as Isomorphic Labs": the name takes the preposition of the noun it exemplifies.
  // ("with larger players such as Admiral": a group that became a mention too.)
  const exemplified = at(j - 2);
  if (
    !lex.verbFinal &&
    at(j)?.text.toLowerCase() === 'as' &&
    at(j - 1)?.text.toLowerCase() === 'such' &&
    (exemplified?.kind === 'token' || (exemplified?.mention?.source === 'unnamed' && exemplified.cls === 'Group'))
  ) {
    j -= exemplified.kind === 'token' ? 2 : 3;
    while (at(j)?.kind === 'token' && (at(j)!.pos === 'NOUN' || at(j)!.pos === 'ADJ')) j--;
  }
  // English "from investors including DCVC", "against rivals like X": the name takes the preposition of the plural it
  // exemplifies (a group that became a mention, or a plural noun).
  if (!lex.verbFinal && (at(j)?.text.toLowerCase() === 'including' || at(j)?.text.toLowerCase() === 'like')) {
    const plural = at(j - 1);
    if (plural?.kind === 'mention' ? plural.mention?.source === 'unnamed' && plural.cls === 'Group' : plural?.pos === 'NOUN' && /\p{Ll}s$/u.test(plural.text)) {
      j -= 2;
      while (at(j)?.kind === 'token' && (at(j)!.pos === 'NOUN' || at(j)!.pos === 'ADJ')) j--;
    }
  }
  // English "by veterinary pathologist Ruth Okafor", "merger of veterinary laboratory groups X and Y": lower-case
  // nouns before a name after a preposition (or an article, before a person's name).
  // Not for a name that itself modifies the noun after it ("by two former Snap engineers").
  const modifier = items[i + 1]?.kind === 'token' && items[i + 1]!.pos === 'NOUN' && /^\p{Ll}/u.test(items[i + 1]!.text);
  if (!lex.verbFinal && !modifier && at(j)?.kind === 'token' && at(j)!.pos === 'NOUN' && /^\p{Ll}/u.test(at(j)!.text)) {
    let k = j;
    // ("by former film festival programmer Dana X": up to four such words.)
    while (k > j - 4 && at(k)?.kind === 'token' && (at(k)!.pos === 'NOUN' || at(k)!.pos === 'ADJ') && /^\p{Ll}/u.test(at(k)!.text)) k--;
    // ("with the much larger Orvick Holdings": after a preposition and an article, whatever the class.)
    // (The tagger may call a comparative a noun; "the team behind Pixora" is no such phrase.)
    const comparative = at(j)!.pos === 'ADJ' || /\p{Ll}(er|est)$/u.test(at(j)!.text);
    if (at(k)?.pos === 'ADP' || (at(k)?.pos === 'DET' && (it.cls === 'Person' || (comparative && at(k - 1)?.pos === 'ADP')))) j = k;
    // "by University of Texas students Maya Okonkwo and Devin Thrall": a name modifying the nouns, after the preposition.
    else if (it.cls === 'Person' && at(k)?.kind === 'mention' && at(k)!.cls !== 'Person' && at(k - 1)?.pos === 'ADP') j = k - 1;
    // "bought by U.S. investment firm Halcott": a place modifying the nouns, after the preposition.
    // ("backed by the U.S. venture capital firm X": with the article too.)
    else if (at(k)?.kind === 'mention' && PLACE_CLASSES.has(at(k)!.cls ?? '') && (at(k - 1)?.pos === 'ADP' || (at(k - 1)?.pos === 'DET' && at(k - 2)?.pos === 'ADP'))) j = k - 1;
    // "bought by Jack Dorsey's payments company Block": an owner in the genitive before the nouns.
    else if (at(k)?.kind === 'mention' && at(k)!.mention?.genitive === true && at(k - 1)?.pos === 'ADP') j = k - 1;
  }
  // English "succeeded by fellow Republican X": a party's name (and lower-case words) between the preposition and a person.
  if (!lex.verbFinal && it.cls === 'Person' && j === i - 1 && at(j)?.kind === 'mention' && at(j)!.cls === 'PoliticalParty') {
    j--;
    while (j > i - 4 && at(j)?.kind === 'token' && (at(j)!.pos === 'ADJ' || at(j)!.pos === 'NOUN') && /^\p{Ll}/u.test(at(j)!.text)) j--;
  }
  // English "against the iPhone maker": the name before the described noun belongs to it.
  if (!lex.verbFinal && at(j)?.kind === 'mention' && it.mention?.source === 'coref:description' && modifiesNoun(items, j)) j--;
  // Skip an apposition noun and adjectives: "dem chinesischen Konzern X",
  // "der US-Handelsbehörde X" (a name inside the cue word is part of it).
  if (at(j) !== undefined && lex.appositionMarkers.has(lowerText(at(j)!))) j--;
  // English "with Chief Operating Officer X": a capitalised title of several words, one of them a role noun.
  if (!lex.verbFinal && it.cls === 'Person') {
    let k = j;
    let role = false;
    while (at(k)?.kind === 'token' && /^\p{Lu}/u.test(at(k)!.text) && (at(k)!.cue === true || at(k)!.pos === 'PROPN') && k > j - 4) {
      if (at(k)!.cue === true) role = true;
      k--;
    }
    if (role && k < j && at(k + 1)?.cue === true) j = k + 1;
  }
  // ("der früheren McKinsey-Beraterin Jana Tietjen": the rest of a compound on a name is a role noun all the same.)
  const compoundRest = at(j)?.kind === 'token' && at(j)!.pos === 'NOUN' && at(j)!.text.startsWith('-') && at(j - 1)?.compound === true;
  // (Not a time: "der im März Orvanta übernommen hatte" names Orvanta bare.)
  if (at(j)?.cue === true || compoundRest || (appositive(at(j), at(j - 1), at(j - 2)) && !lex.timeNouns.has(lowerText(at(j)!)))) {
    j--;
    if (at(j)?.compound === true) j--;
    // "chief executive X": more role nouns before the name.
    while (at(j)?.cue === true) j--;
    // English "by co-founder and Chief Executive X": two roles joined by "and".
    if (!lex.verbFinal && at(j)?.kind === 'token' && lowerText(at(j)!) === 'and' && at(j - 1)?.cue === true) {
      j -= 2;
      while (at(j)?.cue === true) j--;
    }
    // English stacks nouns: "by venture firm X", "technology chief X".
    while (!lex.verbFinal && at(j)?.kind === 'token' && at(j)!.pos === 'NOUN' && /^\p{Ll}/u.test(at(j)!.text)) j--;
    // English "by former Rocket Internet manager X", "by former OpenAI technology chief X": an employer's name (and
    // lower-case words) before the role noun.
    if (!lex.verbFinal && it.cls === 'Person' && at(j)?.kind === 'mention' && at(j)!.cls !== 'Person') {
      let k = j - 1;
      while (at(k)?.kind === 'token' && /^\p{Ll}/u.test(at(k)!.text) && (at(k)!.pos === 'ADJ' || at(k)!.pos === 'NOUN') && k > j - 3) k--;
      if (at(k)?.pos === 'ADP') j = k;
    }
  }
  // "von Finanzvorstand Dirk Wessolek": a role noun the cues do not list, between a preposition and a person.
  if (lex.verbFinal && it.cls === 'Person' && j === i - 1 && at(j)?.kind === 'token' && at(j)!.pos === 'NOUN' && !lex.timeNouns.has(lowerText(at(j)!)) && at(j - 1)?.kind === 'token' && at(j - 1)!.pos === 'ADP') j--;
  // "mit rund 2,4 Millionen Abonnenten": numbers and quantity words between the preposition and the noun.
  // ("with the much larger Orvick Holdings", "mit dem deutlich kleineren Rivalen X": an adverb of degree before an adjective.)
  while (at(j) !== undefined && (at(j)!.pos === 'ADJ' || at(j)!.pos === 'NUM' || originWord(at(j)) || lex.quantityWords.has(lowerText(at(j)!)) || (at(j)!.pos === 'ADV' && at(j + 1)?.pos === 'ADJ' && j + 1 < i))) {
    // "steht seit 2020 Thomas Reiter": a year closes its own phrase; the name after it is bare.
    if (at(j)!.pos === 'NUM' && /^(1[89]|20)\d\d$/.test(at(j)!.text) && j === i - 1) return arg;
    j--;
    // "gegen den in Altona ansässigen Spieleentwickler X": a place phrase inside an attribute before its adjective.
    // ("mit dem ebenfalls in Dornbirn ansässigen Branchenriesen X": an adverb before the place phrase too.)
    if (lex.verbFinal && at(j)?.kind === 'mention' && at(j + 1)?.pos === 'ADJ' && at(j - 1)?.kind === 'token' && at(j - 1)!.pos === 'ADP') {
      if (at(j - 2)?.pos === 'DET') j -= 2;
      else if (at(j - 2)?.pos === 'ADV' && at(j - 3)?.pos === 'DET') j -= 3;
    }
  }
  // "vom Bremer IT-Forensiker Kaldera Security": a town's word of origin and a noun for the firm between the
  // preposition (or article) and the name.
  if (lex.verbFinal && at(j)?.kind === 'token' && (at(j)!.pos === 'NOUN' || at(j)!.pos === 'PROPN') && at(j - 1)?.kind === 'mention' && at(j - 1)!.mention?.source === 'cue:demonym' && (at(j - 2)?.pos === 'ADP' || at(j - 2)?.pos === 'DET')) j -= 2;
  j = prepositionOverJoinedModifiers(at, j, lex);
  // English "by former Google engineers X and Y": a role noun with a name and adjectives before it.
  // ("by former Amazon Web Services engineers X": a plural the tagger read as a verb, after "former" and a name.)
  const pluralVerb = !lex.verbFinal && at(j)?.kind === 'token' && at(j)!.pos === 'VERB' && /^\p{Ll}+s$/u.test(at(j)!.text) && at(j - 1)?.kind === 'mention' && FORMER.has(lowerText(at(j - 2) ?? at(j)!));
  if (!lex.verbFinal && at(j)?.kind === 'token' && (at(j)!.pos === 'NOUN' || pluralVerb) && (at(j - 1)?.kind === 'mention' || at(j - 1)?.pos === 'ADJ')) {
    j--;
    if (at(j)?.kind === 'mention') j--;
    for (let n = 0; n < 2 && at(j) !== undefined && (at(j)!.pos === 'ADJ' || (at(j)!.pos === 'NOUN' && /^\p{Ll}/u.test(at(j)!.text))); n++) j--;
  }
  // English "with Dublin-based lessor X": a name joined to an adjective by a hyphen is part of the phrase.
  if (!lex.verbFinal) {
    let q = j;
    while (at(q)?.kind === 'token' && at(q)!.pos === 'NOUN' && /^\p{Ll}/u.test(at(q)!.text)) q--;
    if (at(q)?.kind === 'token' && at(q)!.text.startsWith('-') && at(q - 1)?.compound === true) j = q - 2;
  }
  const det = at(j);
  if (det !== undefined && det.kind === 'token' && det.pos === 'DET') {
    arg.cases = det.token?.cases ?? lex.determinerCases.get(lowerText(det)) ?? ANY;
    // "Das Auswärtige Amt soll der Außenpolitiker Johann Wadephul übernehmen": "der" before a masculine noun and one
    // person's name is no feminine dative or plural genitive.
    const noun = at(j + 1);
    if (lex.verbFinal && it.cls === 'Person' && lowerText(det) === 'der' && noun !== undefined && noun !== it && noun.kind === 'token' && arg.cases.includes('nom') &&
      ((noun.token?.genders?.length === 1 && noun.token.genders[0] === 'M') || (noun.cue === true && !/(in|en)$/.test(noun.text)))) arg.cases = ['nom'];
    // ("mehrheitlich der Verlegerin X gehört": "der" before a feminine noun is no nominative.)
    else if (lex.verbFinal && lowerText(det) === 'der' && noun !== undefined && noun !== it && noun.kind === 'token' && noun.pos === 'NOUN' &&
      ((noun.token?.genders?.length === 1 && noun.token.genders[0] === 'F') || (it.cls === 'Person' && /\p{Ll}in$/u.test(noun.text)))) arg.cases = arg.cases.filter((c) => c !== 'nom');
    // ("die den Städten X und Y gehören": "den" before a noun in the dative plural is no accusative.)
    else if (lex.verbFinal && lowerText(det) === 'den' && noun !== undefined && noun.kind === 'token' && noun.token?.plural === true && noun.token.cases?.length === 1 && noun.token.cases[0] === 'dat') arg.cases = ['dat'];
    j--;
    // "gegen die beiden Gründer": the article before "beiden".
    if (lex.verbFinal && at(j)?.kind === 'token' && at(j)!.pos === 'DET' && BOTH_WORDS.has(lowerText(det))) j--;
    while (at(j) !== undefined && at(j)!.pos === 'ADJ') j--;
    // "aus dem Traunviertel und dem Salzkammergut": a phrase joined to a prepositional phrase on a plain noun shares
    // its preposition (and is no dative of the clause).
    const joiner = at(j);
    const plain = at(j - 1);
    if (lex.verbFinal && joiner?.kind === 'token' && ['und', 'oder', 'sowie'].includes(lowerText(joiner)) && plain?.kind === 'token') {
      if (plain.pos === 'NOUN' && at(j - 2)?.pos === 'DET' && at(j - 3)?.kind === 'token' && at(j - 3)!.pos === 'ADP') j -= 3;
      // ("mit Brelmo und der Firma X": a capitalised word without article, perhaps a name not recognised, too.)
      else if ((plain.pos === 'NOUN' || plain.pos === 'PROPN') && /^\p{Lu}/u.test(plain.text) && at(j - 2)?.kind === 'token' && at(j - 2)!.pos === 'ADP') j -= 2;
    }
  }
  const before = at(j);
  // English "founded by X and two former colleagues, A and B": an unnamed group after "and" shares the preposition of
  // the name before it.
  if (!lex.verbFinal && before?.kind === 'token' && lowerText(before) === 'and' && at(j - 1)?.kind === 'mention' && it.mention?.source === 'unnamed') {
    const shared = makeArg(items, j - 1, lex, beforeVerb, floor)?.prep;
    if (shared !== undefined) {
      arg.prep = shared;
      arg.joined = true;
      return arg;
    }
  }
  if (before !== undefined && before.kind === 'token' && before.pos === 'ADP') {
    const p = lowerText(before);
    arg.prep = lex.contractions.get(p) ?? p;
    // "mit der Telekom sowie mit Deutsche Glasfaser", "with Klarna and with PayPal": a phrase joined to one before.
    const joiner = at(j - 1);
    if (joiner?.kind === 'token' && (joiner.pos === 'CCONJ' || (joiner.text.toLowerCase() === 'as' && lowerText(at(j - 2) ?? joiner) === 'well'))) arg.joined = true;
    let k = j - 1;
    while (at(k) !== undefined && (at(k)!.pos === 'DET' || at(k)!.pos === 'ADJ')) k--;
    // "Strafe der Kommission gegen X": the phrase hangs on the noun before a genitive.
    while (at(k)?.kind === 'mention' && !at(k)!.compound && !nounItem(at(k))) {
      let g = k - 1;
      if (at(g)?.cue === true || appositive(at(g), at(g - 1), at(g - 2))) g--;
      while (at(g)?.pos === 'ADJ') g--;
      if (at(g)?.pos !== 'DET') break;
      k = g - 1;
      while (at(k) !== undefined && (at(k)!.pos === 'DET' || at(k)!.pos === 'ADJ')) k--;
    }
    // English "a minority stake of about 12.5% in X": a share in per cent between the noun and its phrase.
    k = pastShare(items, k, lex, at);
    // ("seit Herbst von Präsidentin X geführt": a noun of time takes no phrase.)
    if (nounItem(at(k)) && !lex.timeNouns.has(lowerText(at(k)!))) {
      arg.noun = at(k)!.lemma;
      arg.nounHead = at(k)!.head;
      // "Eine Gruppe von US-Investoren hat X verklagt", "a group of investors sued X": the group is the investors.
      // (Not after "und": "the Authors Guild and a group of writers sued X" keeps its first subject.)
      // (Not a noun that points back to a firm: "Geführt wird die Gruppe von Gianni X".)
      if ((arg.prep === 'von' || arg.prep === 'of') && lex.collectiveNouns.has(lowerText(at(k)!)) && at(k)!.mention?.source !== 'coref:description' && (at(k - 1) === undefined || at(k - 1)!.pos === 'DET') && at(k - 2)?.pos !== 'CCONJ') {
        delete arg.prep;
        arg.cases = ANY;
        return arg;
      }
      // "eine Anzeige wegen Amtsmissbrauchs gegen X": the phrase may hang on the noun before another phrase.
      let q = k - 1;
      while (at(q) !== undefined && (at(q)!.pos === 'DET' || at(q)!.pos === 'ADJ')) q--;
      if (at(q)?.kind === 'token' && at(q)!.pos === 'ADP') {
        q--;
        while (at(q) !== undefined && (at(q)!.pos === 'DET' || at(q)!.pos === 'ADJ')) q--;
        if (nounItem(at(q))) arg.outer = [at(q)!.lemma, at(q)!.head];
      }
      // "der Klage des Vereins gegen X": past a description in the genitive, the phrase may hang on the noun before it
      // (as it does past a name, above).
      if (arg.outer === undefined && at(k)!.mention?.source === 'coref:description') {
        let g = k - 1;
        while (at(g) !== undefined && (at(g)!.pos === 'ADJ' || originWord(at(g)) || (at(g)!.kind === 'mention' && at(g)!.mention?.source === 'cue:demonym'))) g--;
        if (at(g)?.kind === 'token' && GENITIVE_ARTICLES.has(lowerText(at(g)!))) {
          g--;
          if (nounItem(at(g)) && at(g)!.kind === 'token') arg.outer = [at(g)!.lemma, at(g)!.head];
        }
      }
    }
  } else if (before !== undefined && nounItem(before) && det?.pos === 'DET' && arg.cases.includes('gen') && !lex.timeNouns.has(lowerText(before))) {
    // "den Aufsichtsrat der Reederei X": also after an unnamed body or a description.
    arg.genitive = true;
    arg.noun = before.lemma;
    arg.nounHead = before.head;
    // "Kritik am Krisenmanagement des Versicherers X": the noun before the phrase that holds the genitive's noun.
    let q = j - 1;
    while (at(q) !== undefined && (at(q)!.pos === 'DET' || at(q)!.pos === 'ADJ')) q--;
    const prep = at(q);
    if (prep?.kind === 'token' && prep.pos === 'ADP') {
      q--;
      while (at(q) !== undefined && (at(q)!.pos === 'DET' || at(q)!.pos === 'ADJ')) q--;
      if (nounItem(at(q))) {
        const p = lowerText(prep);
        arg.phraseOf = [at(q)!.lemma, at(q)!.head, lex.contractions.get(p) ?? p];
      }
    }
  }
  return arg;
}

/** The noun before "of about 12.5%" or "of 20 percent" that ends at `k` (English), else `k`. */
function pastShare(items: Item[], k: number, lex: ClauseLexicon, at: (k: number) => Item | undefined): number {
  const unit = at(k);
  if (lex.verbFinal || unit === undefined || !(unit.text === '%' || lowerText(unit) === 'percent') || at(k - 1)?.pos !== 'NUM') return k;
  let q = k - 2;
  // ("of about 12.5%": hedges before the number, adverbs and prepositions alike.)
  while (at(q) !== undefined && q > k - 5 && (lex.quantityWords.has(lowerText(at(q)!)) || at(q)!.pos === 'ADV' || (at(q)!.pos === 'ADP' && lowerText(at(q)!) !== 'of'))) q--;
  if (at(q) === undefined || lowerText(at(q)!) !== 'of' || !nounItem(at(q - 1))) return k;
  return q - 1;
}

/** An adjective in lower case or a word of origin ("European", "Swiss") before a noun. */
function originOrAdjective(it: Item | undefined): boolean {
  if (it === undefined) return false;
  if (it.kind === 'mention') return it.mention?.source === 'cue:demonym';
  return (it.pos === 'ADJ' && /^\p{Ll}/u.test(it.text)) || (it.pos === 'PROPN' && /^\p{Lu}\p{Ll}+(an|ean|ish|ese|ic|i)$/u.test(it.text));
}

/** "after buying X": an -ing verb right after the preposition at `i`. */
function gerundAfter(items: Item[], i: number): boolean {
  const next = items[i + 1];
  return next?.kind === 'token' && next.pos === 'VERB' && /ing$/.test(next.text);
}

/** "after the giant removed X": a finite verb follows before the next boundary, so a clause starts at the preposition. */
/** A person's role noun among the few items before `at` ("dem Bürgermeister von X"). */
function roleBefore(items: Item[], at: number): boolean {
  // (Up to seven items back: "den Chef des Bundesamts (BSI), X,".)
  for (let k = at - 1; k >= 0 && k >= at - 7; k--) {
    const it = items[k]!;
    if (it.mention?.source === 'coref:description' && it.mention.refersTo === 'Person') return true;
    if (it.kind === 'token' && it.text === ',') return false;
  }
  return false;
}

/** "China's CATL", "Google's Fitbit": a name in the genitive right before another name only modifies it. */
function placeGenitive(items: Item[], i: number): boolean {
  const it = items[i]!;
  const next = items[i + 1];
  // ("to compete with Elon Musk's Starlink": a person's too, before what is not another person.)
  return it.kind === 'mention' && it.mention?.genitive === true && next?.kind === 'mention' && (it.cls !== 'Person' || next.cls !== 'Person');
}

/** Words that open a zu-infinitive of purpose or manner ("um … zu bieten", "ohne … zu zahlen"). */
const PURPOSE_OPENERS = new Set(['um', 'ohne', 'statt', 'anstatt']);
const AMOUNT_WORD = /^([$€£%]|million|billion|Millionen|Milliarden|Mio\.?|Mrd\.?|euros?|Euro|dollars?|Dollar|US-Dollar|Franken|pounds?|Pfund|rund|etwa|about|around|some)$/u;
const POSSESSIVE_RELATIVES = new Set(['whose', 'dessen', 'deren']);
/** Relative words of place: their clause has its own subject and objects ("where Raman led a team"). */
const ADVERBIAL_RELATIVES = new Set(['where', 'wo']);
const NAME_PARTICLES = new Set(['de', 'del', 'da', 'di', 'do', 'du', 'la', 'le']);

const RELATIONAL_AFTER_NAME = new Set(['owner', 'owners', 'parent', 'rival', 'rivals', 'unit', 'subsidiary', 'operator', 'investor', 'investors', 'backer', 'backers', 'shareholder', 'shareholders']);

/** A place's name right before the name of a court or an agency ("the Delaware Court of Chancery"). */
function placeBeforeInstitution(place: Item, name: Item): boolean {
  return place.kind === 'mention' && name.kind === 'mention' && name.tokenStart === place.tokenEnd && PLACE_CLASSES.has(place.cls ?? '') && (name.cls === 'Court' || name.cls === 'GovernmentAgency');
}

/** A finite verb right after the joiner at `i` (English: or after one adverb, "and now operates"). */
/** English "putting her in charge … and replacing X": a gerund after "and" where one opened the segment's clause. */
function gerundsJoined(items: Item[], start: number, i: number, lex: ClauseLexicon): boolean {
  const gerund = (it: Item | undefined): boolean => it?.kind === 'token' && it.pos === 'VERB' && /\p{Ll}ing$/u.test(it.text);
  return !lex.verbFinal && gerund(items[i + 1]) && items.slice(start, i).some(gerund);
}

function finiteAfterJoiner(items: Item[], i: number, lex: ClauseLexicon): boolean {
  return isFinite(items[i + 1]) || (!lex.verbFinal && items[i + 1]?.pos === 'ADV' && isFinite(items[i + 2]));
}

function modifiesNoun(items: Item[], i: number): boolean {
  // "Republican Ashley Marr sued …", "succeeded by fellow Democrat Tom Beyle": a party right before a person's name.
  if (items[i]!.cls === 'PoliticalParty' && items[i + 1]?.kind === 'mention' && items[i + 1]!.cls === 'Person') return true;
  // "the Cambridge, England-based designer": a place before "-based" only says where the noun after it is.
  const based = (it: Item | undefined): boolean => it?.kind === 'token' && /^-(based|headquartered)$/.test(it.text);
  if (based(items[i + 1]) || (items[i + 1]?.text === ',' && items[i + 2]?.kind === 'mention' && based(items[i + 3]))) return true;
  // ("a Cambridge, Massachusetts, biotech developing …": a town and its state between commas before a common noun.)
  if (townStateBeforeNoun(items, i) && items[i + 4]!.kind === 'token' && /^\p{Ll}/u.test(items[i + 4]!.text)) return true;
  let k = i + 1;
  if (items[k]?.kind === 'token' && /^["“”']$/.test(items[k]!.text)) k++;
  const next = items[k];
  if (next !== undefined && next.kind === 'mention' && next.mention?.source === 'coref:description') return true;
  // ("An Ohio judge on Monday ordered …": before a noun that introduces someone unnamed too.)
  if (next !== undefined && next.kind === 'mention' && next.mention?.source === 'unnamed' && /^\p{Ll}/u.test(next.text)) return true;
  // "after the Facebook owner launched the service", "competes with Premier Inn owner Whitbread": a name before a
  // relational noun names another organisation (the one named after the noun, if any, is the phrase's head).
  // A genitive is read by the frames themselves: "Alvona's rivals include X".
  if (next !== undefined && next.kind === 'token' && RELATIONAL_AFTER_NAME.has(next.text) && !/['’]s?$/.test(items[i]!.text)) return true;
  // "former Meta executive Anna Lopez", "Oregon Attorney General Dana Whitcomb": a name before role nouns
  // (a title in capitals may have words that are no cue of their own) and another name.
  // "fined U.S. fitness app maker Brightloop": a place before common nouns that end in a cue and a name.
  let r = k;
  let cue = false;
  let people = false;
  while (items[r]?.kind === 'token') {
    const t = items[r]!;
    const lower = /^\p{Ll}/u.test(t.text) && t.pos === 'NOUN';
    // "U.S. District Judge X": a capitalised word of a title before its cue noun.
    const titleWord = /^\p{Lu}/u.test(t.text) && (t.pos === 'PROPN' || t.pos === 'NOUN') && items[r + 1]?.kind === 'token' && items[r + 1]!.cue === true;
    // ("by former Amazon Web Services engineers X and Y": a plural the tagger read as a verb, after "former" and the name.)
    const pluralVerb = r === k && t.pos === 'VERB' && /^\p{Ll}+s$/u.test(t.text) && FORMER.has(lowerText(items[i - 1] ?? t)) && items[r + 1]?.kind === 'mention' && items[r + 1]!.cls === 'Person';
    if (!(t.cue === true || titleWord || pluralVerb || (cue && /^\p{Lu}/u.test(t.text) && (t.pos === 'PROPN' || t.pos === 'NOUN')) || (lower && !cue))) break;
    if (pluralVerb) people = true;
    if (t.cue === true) cue = true;
    // "University of Texas students Maya Okonkwo and Devin Thrall": people named by a plural noun.
    if (lower && /s$/.test(t.text)) people = true;
    r++;
  }
  const it = items[i]!;
  // "sued him in the Delaware Court of Chancery": a place right before the name of a court or an agency modifies it.
  if (r === k && next !== undefined && placeBeforeInstitution(it, next)) return true;
  // "An Ohio water utility has sued X", "a Texas company": after "a", a place before common nouns only says where the
  // one they introduce is (no reference, and no argument of the verb); so after a number: "40 U.S. states sued X".
  if (r > k && items[r]?.kind !== 'mention' && PLACE_CLASSES.has(it.cls ?? '') && (/^an?$/i.test(items[i - 1]?.text ?? '') || items[i - 1]?.pos === 'NUM') && items.slice(k, r).every((t) => /^\p{Ll}/u.test(t.text))) return true;
  if (items[r]?.kind !== 'mention' || r === k) return false;
  // "U.S. chipmaker Corrigan": a place before common or cue nouns and a name modifies them.
  if (PLACE_CLASSES.has(it.cls ?? '')) return true;
  // "by Harvard neuroscientist Priya Venkatesan": any common noun between a name and a person's name is a role.
  // ("as Brella Corp's chief executive": a genitive before a described person is whose role it is.)
  if ((cue || people || r > k) && items[r]!.cls === 'Person' && !(it.mention?.genitive === true && items[r]!.mention?.source === 'coref:description')) return true;
  // "English Championship club Wexcombe Rovers", "Fortnite maker Epic Games": a name before a cue noun and another
  // organisation's name only says what kind that one is.
  return cue && items[r]!.cls !== undefined && !PLACE_CLASSES.has(items[r]!.cls!) && items[r]!.cls !== 'Person';
}

/** English "a Cambridge, Massachusetts, biotech": a town at `i`, a comma, its state, a comma and a noun, after an article. */
function townStateBeforeNoun(items: Item[], i: number): boolean {
  return (
    ['a', 'an', 'the'].includes(items[i - 1] === undefined ? '' : lowerText(items[i - 1]!)) &&
    PLACE_CLASSES.has(items[i]!.cls ?? '') &&
    items[i + 1]?.text === ',' &&
    ['Region', 'Country'].includes(items[i + 2]?.cls ?? '') &&
    items[i + 3]?.text === ',' &&
    ['NOUN', 'ADJ'].includes(items[i + 4]?.pos ?? '')
  );
}

/** Words before a name and a plural noun for people that say the people came from there ("former X engineers"). */
const FORMER = new Set(['former', 'ex', 'two', 'three', 'four', 'several']);

const SUBJECT_PRONOUNS = new Set(['it', 'he', 'she', 'they', 'we']);

/**
 * English "X said on Monday its board had removed Y", "said the company would appeal": a reported clause without
 * "that" starts at a noun phrase or pronoun with a finite verb of its own, after a reporting verb.
 */
/** "the company he has led": a subject pronoun right after a described organisation or a common noun, before a finite verb. */
function thatLessRelative(items: Item[], i: number): boolean {
  const it = items[i]!;
  const prev = items[i - 1]!;
  const pronoun = it.kind === 'mention' ? it.mention?.source === 'coref:pronoun' : it.pos === 'PRON';
  if (!pronoun || !SUBJECT_PRONOUNS.has(lowerText(it)) || lowerText(it) === 'it') return false;
  if (!(prev.kind === 'mention' && prev.mention?.source === 'coref:description')) return false;
  const next = items[i + 1];
  if (next === undefined || next.kind !== 'token') return false;
  if (next.pos === 'AUX') return items[i + 2]?.kind === 'token' && items[i + 2]!.pos === 'VERB';
  return next.pos === 'VERB' && next.token?.verb?.finite === true;
}

function thatLessReport(items: Item[], start: number, i: number, lex: ClauseLexicon): boolean {
  const it = items[i]!;
  const prev = items[i - 1]!;
  const opener = it.kind === 'token' ? it.pos === 'DET' || (it.pos === 'PRON' && SUBJECT_PRONOUNS.has(lowerText(it))) : it.cls !== undefined;
  if (!opener || prev.pos === 'ADP' || prev.pos === 'DET' || prev.pos === 'CCONJ' || prev.text === ',' || prev.kind === 'mention') return false;
  let reporting = false;
  for (let k = i - 1; k >= start; k--) {
    const x = items[k]!;
    if (x.kind !== 'token' || (x.pos !== 'VERB' && x.pos !== 'AUX')) continue;
    // "told Reuters the company …": the name after "tell" is whom it was told.
    // ("said on Monday it would buy X": a pronoun after a time opens what was said.)
    const pronoun = it.mention?.source === 'coref:pronoun';
    reporting = x.token?.verb?.finite === true && lex.reportingVerbs.has(x.lemma) && !(it.kind === 'mention' && !pronoun && (k !== i - 1 || x.lemma === 'tell'));
    break;
  }
  // ("He said some of them had switched to X": a quantity of a pronoun opens what was said.)
  const partitive = lowerText(items[i + 1] ?? it) === 'of' && /^(them|those|these|us|it)$/.test(lowerText(items[i + 2] ?? it));
  return reporting && finiteAhead(items, partitive ? i + 3 : i + 1, lex);
}

/** A year before 1800 at item i, told as one by "gegründet"/"founded" after it or "seit"/"since" before it. */
function olderYear(items: Item[], i: number): boolean {
  if (!/^1[5-7]\d\d$/.test(items[i]!.text)) return false;
  const after = items[i + 1];
  const before = items[i - 1];
  return (after !== undefined && /^(gegründet|founded)/.test(lowerText(after))) || (before !== undefined && ['seit', 'since', 'jahr', 'year'].includes(lowerText(before)));
}

/**
 * "for current and new Activision games", "für alte und neue Kunden": the preposition before adjectives joined by a
 * conjunction (English adjectives the tagger reads as nouns, in lower case, too: "current", "new"), else `j` itself.
 */
function prepositionOverJoinedModifiers(at: (k: number) => Item | undefined, j: number, lex: ClauseLexicon): number {
  const modifier = (x: Item | undefined): boolean => x?.kind === 'token' && (x.pos === 'ADJ' || (!lex.verbFinal && x.pos === 'NOUN' && /^\p{Ll}+$/u.test(x.text)));
  let k = j;
  while (modifier(at(k)) && k > j - 3) k--;
  if (k === j || at(k)?.kind !== 'token' || at(k)!.pos !== 'CCONJ' || !modifier(at(k - 1))) return j;
  k--;
  while (modifier(at(k)) && k > j - 6) k--;
  return at(k)?.pos === 'ADP' ? k : j;
}

/**
 * English "such as Bergen-based Mowi", "investors including the venture firm X": the index of "as", "including" or
 * "like" before an example described by its town of seat ("-based") or by lower-case nouns and an article; `j` where
 * there is none.
 */
function describedExample(items: Item[], j: number, from: number): number {
  let k = j;
  if (k - 1 >= from && items[k]?.kind === 'token' && /^-(based|headquartered)$/u.test(items[k]!.text) && items[k - 1]?.kind === 'mention') k -= 2;
  while (k >= from && k > j - 4 && items[k]?.kind === 'token' && items[k]!.pos === 'NOUN' && /^\p{Ll}/u.test(items[k]!.text)) k--;
  // ("like the German discounter X": an adjective of origin before the nouns.)
  if (k < j && k >= from && items[k]?.kind === 'mention' && items[k]!.pos === 'ADJ') k--;
  if (k < j && k >= from && items[k]?.kind === 'token' && items[k]!.pos === 'DET') k--;
  if (k === j || k < from) return j;
  const w = lowerText(items[k]!);
  return (w === 'as' && lowerText(items[k - 1] ?? items[k]!) === 'such') || w === 'including' || w === 'like' ? k : j;
}

/** English "players such as X and Y": "as" after "such" introduces examples, never a clause. */
function suchAs(items: Item[], i: number): boolean {
  const before = items[i - 1];
  return before?.kind === 'token' && before.text.toLowerCase() === 'such' && lowerText(items[i]!) === 'as';
}

function finiteAhead(items: Item[], from: number, lex: ClauseLexicon): boolean {
  for (let k = from; k < items.length && k < from + 8; k++) {
    const it = items[k]!;
    if (it.kind === 'token' && (lex.boundaries.has(it.text) || it.pos === 'SCONJ' || it.pos === 'ADP')) return false;
    if (it.kind === 'token' && (it.pos === 'VERB' || it.pos === 'AUX')) return it.token?.verb?.finite === true;
  }
  return false;
}

/** Articles of a German genitive after a noun ("der Klage des Vereins"). */
const GENITIVE_ARTICLES = new Set(['des', 'der', 'eines', 'einer']);

/** A noun, or a role noun that became an unnamed mention ("the CEO of X"). */
function nounItem(it: Item | undefined): boolean {
  if (it === undefined) return false;
  if (it.kind === 'token') return it.pos === 'NOUN' || it.pos === 'PROPN';
  return it.mention?.source === 'unnamed' || it.mention?.source === 'coref:description';
}

/** "Bündner", "Zuger": an unknown capitalised word of origin in -er, used like an adjective. */
function originWord(it: Item | undefined): boolean {
  return it?.kind === 'token' && it.pos === 'PROPN' && /^\p{Lu}\p{Ll}+er$/u.test(it.text);
}

/** "des Fahrradverleihers X": a singular noun after an article, right before a name. */
function appositive(noun: Item | undefined, before: Item | undefined, before2: Item | undefined): boolean {
  if (noun?.kind !== 'token' || noun.pos !== 'NOUN') return false;
  // A plural only with its article: "von den Physikern X und Y" ("von den früheren Unternehmensberatern X und Y": one
  // adjective between).
  if (noun.token?.plural === true) return before?.pos === 'DET' || (before?.pos === 'ADJ' && before2?.pos === 'DET');
  // "der Bündner Informatikerin X": an unknown word of origin in -er stands where an adjective would.
  const origin = originWord(before);
  // "vom Juristen X": a preposition with the article inside stands where the article would.
  const article = (it: Item | undefined): boolean => it?.pos === 'DET' || (it?.kind === 'token' && it.pos === 'ADP' && CONTRACTED_ARTICLES.has(lowerText(it)));
  return article(before) || ((before?.pos === 'ADJ' || origin) && article(before2));
}

/** "die beiden Gründer": words after which the article of the phrase comes one word earlier. */
const BOTH_WORDS = new Set(['beiden', 'beide', 'beider']);
/** Whether `particle` joins the finite verb of the clause before position `i` ("wirft … vor": "vorwerfen"). */
function separableBefore(items: Item[], i: number, particle: Item, join: JoinParticle): boolean {
  if (particle.kind !== 'token' || !(particle.pos === 'ADP' || particle.pos === 'PART' || particle.pos === 'ADV')) return false;
  for (let k = i - 1; k >= 0 && items[k]!.text !== ',' && items[k]!.text !== '.'; k--) {
    const v = items[k]!.token?.verb;
    if (v?.finite === true) return join(lowerText(particle), v.lemma) !== undefined;
  }
  return false;
}

/** Word classes of the verbless middle of a German clause between an apposition and its closing verb. */
const CLAUSE_MIDDLE_POS = new Set(['ADP', 'NUM', 'NOUN', 'ADJ', 'DET', 'ADV', 'PROPN']);

/** Word classes of a German noun phrase in apposition besides its names ("dem Bäckermeister", "A und B"). */
const APPOSITION_POS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'CCONJ']);

const CONTRACTED_ARTICLES = new Set(['vom', 'zum', 'zur', 'beim', 'im', 'am', 'ins', 'ans']);

function assignCore(clause: Clause, freeOrder: boolean, items?: Item[]): void {
  const bare = clause.args.filter((a) => a.prep === undefined && !a.genitive);
  // German allows the subject after the verb; English (subject–verb–object) does not.
  let subject =
    bare.find((a) => a.beforeVerb && a.cases.includes('nom')) ?? (freeOrder ? bare.find((a) => a.cases.includes('nom')) : undefined);
  // "Das Auswärtige Amt soll der Außenpolitiker X übernehmen": a fronted phrase that may be accusative gives way to
  // one that can only be nominative.
  // ("Die Geschäftsführung übernimmt der bisherige Manager X": so does a man after the verb whose article "der" is
  // no accusative, where the fronted phrase is no person.)
  const fronted = subject;
  const nominative =
    freeOrder && fronted !== undefined && fronted.cases.includes('acc')
      ? bare.find((a) => a !== fronted && a.cases.length === 1 && a.cases[0] === 'nom') ?? (items === undefined ? undefined : bare.find((a) => a !== fronted && !a.beforeVerb && masculineNominative(a, fronted, items)))
      : undefined;
  if (nominative !== undefined) subject = nominative;
  // "Ins Leben gerufen hatten das Portal die Studenten X und Y": a finite verb in the plural takes names joined
  // as its subject, not one name.
  const finite = items === undefined || clause.finite === undefined ? undefined : items[clause.finite];
  // (A named subject only, not "die Delegierten", and with the verb before both, not "… verkauft zu haben".)
  const single = subject !== undefined && subject.entities.length === 1 && items?.[subject.item]?.plural !== true && items?.[subject.item]?.cls !== 'Group' && subject.item > clause.finite!;
  if (freeOrder && finite !== undefined && finite.token?.verb?.finite === true && /(en|^sind)$/.test(lowerText(finite)) && single) {
    const joined = bare.find((a) => a !== subject && a.entities.length >= 2 && a.cases.includes('nom') && a.item > clause.finite!);
    if (joined !== undefined) subject = joined;
  }
  if (subject !== undefined) clause.subject = subject;
  const object = pickObject(clause, subject);
  if (object !== undefined) clause.object = object;
  // With the subject taken, an article that allows the dative makes a dative object ("gab der Firma X recht").
  const dative = bare.find((a) => a !== subject && a !== object && a.cases.includes('dat') && (!a.cases.includes('nom') || subject !== undefined));
  if (dative !== undefined) clause.dative = dative;
}

/** A man named after the verb with an article that may be nominative but not accusative ("der Manager X"), beside a fronted phrase that is no person. */
function masculineNominative(a: Arg, fronted: Arg, items: Item[]): boolean {
  const it = items[a.item];
  if (!a.cases.includes('nom') || a.cases.includes('acc') || it?.cls !== 'Person' || it.mention?.gender === 'f' || items[fronted.item]?.cls === 'Person') return false;
  const noun = items[a.item - 1];
  return !(noun?.kind === 'token' && noun.pos === 'NOUN' && (/in(nen)?$/u.test(noun.text) || noun.token?.genders?.includes('F') === true));
}

function pickObject(clause: Clause, subject: Arg | undefined): Arg | undefined {
  const bare = clause.args.filter((a) => a.prep === undefined && !a.genitive && a !== subject);
  return bare.find((a) => a.cases.includes('acc') && !(a.cases.length === 1 && a.cases[0] === 'dat'));
}

function resolveRelative(clause: Clause, antecedent: Arg, items: Item[], lex: ClauseLexicon): void {
  if (clause.relativePrep !== undefined) {
    const { noun: _n, nounHead: _h, ...bare } = antecedent;
    // "Tervani, an dessen Spitze Paolo Grando steht": the antecedent is the genitive of the noun after the pronoun
    // ("an der Spitze Tervanis") and still the object of the preposition; the clause names its own subject.
    const possessed = POSSESSIVE_RELATIVES.has(lowerText(items[clause.from + 1] ?? items[clause.from]!)) ? items[clause.from + 2] : undefined;
    if (possessed?.kind === 'token' && possessed.pos === 'NOUN' && possessed.lemma !== undefined) {
      clause.args.push({ ...bare, prep: clause.relativePrep, noun: possessed.lemma, ...(possessed.head !== undefined ? { nounHead: possessed.head } : {}), genitive: true, beforeVerb: true });
      assignCore(clause, lex.verbFinal);
      return;
    }
    // The antecedent is the object of the preposition; the clause names its own subject.
    // (English "Sweden's Voi and U.S.-based Lime, in which Uber holds a stake": "which" takes the last name only.)
    const own = lex.verbFinal ? bare.entities : bare.entities.slice(-1);
    clause.args.push({ ...bare, entities: own, prep: clause.relativePrep, genitive: false, beforeVerb: true, antecedent: true });
    assignCore(clause, lex.verbFinal);
    return;
  }
  const pronoun = lowerText(items[clause.from]!);
  // "Brightloop, whose European business is run by X", "der Konzern, dessen Chef X ist": the antecedent only
  // owns the noun after the pronoun; it is neither subject nor object of the clause.
  if (POSSESSIVE_RELATIVES.has(pronoun)) {
    assignCore(clause, lex.verbFinal);
    return;
  }
  // ("der Interessengemeinschaft X, der Wimberger angehörte": "der" after a feminine noun is its dative.)
  const cases = pronoun === 'der' && lex.verbFinal && items[antecedent.item]?.feminine === true ? DATIVE : (lex.determinerCases.get(pronoun) ?? ANY);
  // English "which Meta owns": a subject before the verb makes the antecedent the object.
  const ownSubject = lex.verbFinal ? undefined : clause.args.find((a) => a.beforeVerb && a.prep === undefined && !a.genitive);
  if (ownSubject !== undefined) {
    clause.subject = ownSubject;
    clause.object = { ...antecedent, genitive: false, beforeVerb: false };
    return;
  }
  const { prep: _prep, noun: _noun, nounHead: _head, ...rest } = antecedent;
  const ante: Arg = { ...rest, genitive: false, beforeVerb: true };
  // "das Unternehmen, das Strasser 2012 gegründet hat": with "das"/"die" (nominative or accusative) and a
  // bare name of its own, the clause's name is the subject and the antecedent the object.
  // Only a person: "die Firma, die Twitter gekauft hat" is the firm that bought Twitter.
  // One person is no subject of a verb in the plural: "den Grünen, die Aigelsreiter unterstützt hatten"
  // (two are: "die Firma, die Anna Berg und Tom Roth gegründet haben").
  const pluralVerb = lex.verbFinal && closingFinitePlural(clause, items);
  // "Virgin Media O2, das Liberty Global und Telefónica gemeinsam kontrollieren": a singular pronoun is no subject of a
  // plural verb; two names joined are, whatever their class.
  const coordinated =
    pluralVerb && (pronoun === 'das' || pronoun === 'der') ? clause.args.find((a) => a.prep === undefined && !a.genitive && a.cases.includes('nom') && a.entities.length >= 2) : undefined;
  // "zwei Anbietern, die Velodrix übernommen hatte": a noun that can only be plural is no subject of a verb in the
  // singular, so the clause's own name is. (Coordinated names before a singular verb leave the last of them as the
  // antecedent instead, see analyseClauses.)
  const singularVerb = lex.verbFinal && pronoun === 'die' && closingFinite(clause, items) !== undefined && !pluralVerb;
  const pluralAntecedent = singularVerb && items[antecedent.item]?.plural === true;
  const singularOwn = pluralAntecedent
    ? clause.args.find((a) => a.prep === undefined && !a.genitive && a.cases.includes('nom') && a.entities.length === 1 && items[a.item]?.kind === 'mention' && a.item > clause.from)
    : undefined;
  // "Helena Helmersson, die Karl-Johan Persson abgelöst hatte": after a person, the pronoun is most often the subject.
  const personAntecedent = items[antecedent.item]?.cls === 'Person';
  // "das Programm Lernfluss, das Kathedra entwickelt hat", "das Werk, das Ardex betreibt": a product or a site does
  // nothing itself; the clause's own name of an organisation or a person is the subject.
  const thingAntecedent = THINGS.has(items[antecedent.item]?.cls ?? '');
  const own =
    coordinated ??
    singularOwn ??
    // (German only: English word order already told a subject before the verb, "which Meta owns"; in "Vauclair, which
    // owns Maison Ardent" the pronoun is the subject whatever the name after the verb is.)
    (lex.verbFinal && cases.includes('nom') && cases.includes('acc') && !personAntecedent
      ? clause.args.find((a) => a.prep === undefined && !a.genitive && a.cases.includes('nom') && items[a.item]?.cls === 'Person' && !(pluralVerb && a.entities.length === 1))
      : undefined) ??
    (lex.verbFinal && cases.includes('nom') && cases.includes('acc') && thingAntecedent
      ? clause.args.find((a) => a.prep === undefined && !a.genitive && a.cases.includes('nom') && items[a.item]?.kind === 'mention' && !THINGS.has(items[a.item]?.cls ?? '') && !PLACE_CLASSES.has(items[a.item]?.cls ?? '') && !(pluralVerb && a.entities.length === 1))
      : undefined) ??
    // "seine Tochter X, die er 2010 übernommen hatte": a phrase that can only be a nominative ("er") is the subject.
    (cases.includes('acc') && !clause.passive ? clause.args.find((a) => a.prep === undefined && !a.genitive && a.cases.length === 1 && a.cases[0] === 'nom' && a.item > clause.from) : undefined);
  // "die Central Group, der die Warenhauskette X gehört": a verb with a dative and a subject of its own makes "der" the
  // dative.
  const dativeOwner =
    own === undefined && lex.verbFinal && cases.includes('dat') && clause.verbs.some((v) => lex.dativeVerbs.has(v))
      ? clause.args.find(
          // ("Die Gesellschaft, der auch zwei Hotels gehören": "der" is no subject of a verb in the plural, so a plural
          // phrase that might be a dative is the subject.)
          (a) => a.prep === undefined && !a.genitive && a.cases.includes('nom') && (!a.cases.includes('dat') || (pluralVerb && pronoun === 'der')) && items[a.item]?.kind === 'mention',
        )
      : undefined;
  if (own !== undefined && !clause.passive) {
    clause.subject = own;
    clause.object = ante;
  } else if (dativeOwner !== undefined && !clause.passive) {
    clause.subject = dativeOwner;
    clause.dative = ante;
  } else if (cases.includes('nom')) {
    clause.subject = ante;
    const object = pickObject(clause, ante);
    if (object !== undefined) clause.object = object;
    // "das Start-up, das dem Konzern X gehört": a dative of the clause's own.
    // "das mehrheitlich der Granitz Privatstiftung gehört": with the subject taken, "der" is the dative.
    const dative = clause.args.find((a) => a.prep === undefined && !a.genitive && a !== object && a.cases.includes('dat') && !a.cases.includes('acc'));
    if (dative !== undefined) clause.dative = dative;
  } else if (cases.includes('acc')) {
    clause.object = ante;
    const subject = clause.args.find((a) => a.prep === undefined && !a.genitive && a.cases.includes('nom'));
    if (subject !== undefined) clause.subject = subject;
  } else if (cases.includes('dat')) {
    // "Softbank, dem Arm gehört": the clause's own nominative is its subject.
    clause.dative = ante;
    const subject = clause.args.find((a) => a.prep === undefined && !a.genitive && a.cases.includes('nom'));
    if (subject !== undefined) clause.subject = subject;
  }
  if (pronoun === 'dessen' || pronoun === 'deren') clause.subject = undefined;
}

/** Classes of things that act on nothing: a relative pronoun standing for one is no subject when the clause names an agent. */
const THINGS = new Set(['Product', 'Facility']);

/** The finite verb that closes a verb-final clause is a plural form ("… unterstützt hatten", "… sind"). */
function closingFinitePlural(clause: Clause, items: Item[]): boolean {
  const verb = closingFinite(clause, items);
  return verb !== undefined && /(en|^sind)$/.test(lowerText(verb));
}

/** The clause's last verb, when it is finite. */
function closingFinite(clause: Clause, items: Item[]): Item | undefined {
  for (let i = clause.to - 1; i >= clause.from; i--) {
    const it = items[i]!;
    if (it.pos !== 'VERB' && it.pos !== 'AUX') continue;
    return it.token?.verb?.finite === true ? it : undefined;
  }
  return undefined;
}

/** The clause's last verb is finite and in the singular ("…, die 2019 eingestiegen war"). */
function closingFiniteSingular(clause: Clause, items: Item[]): boolean {
  const verb = closingFinite(clause, items);
  return verb !== undefined && !/(en|^sind)$/.test(lowerText(verb));
}

/** In the passive, the grammatical subject is the patient and von/durch X the agent. */
function swapPassive(clause: Clause, lex: ClauseLexicon, items: Item[]): void {
  const patient = clause.subject;
  // "von X" right after a noun belongs to the noun ("der Kanal von X"), not to the verb.
  const byAgent = (a: Arg): boolean => a.prep !== undefined && lex.agentPrepositions.has(a.prep);
  // "Angeführt wurde die Runde vom Investor X": after the finite verb, "von X" is the agent even next to a noun.
  const finite = clause.finite;
  const agent =
    // "von Lechners Vater Anton Lechner": a genitive before the agent's noun is not the agent.
    clause.args.find((a) => byAgent(a) && a.noun === undefined && !a.genitive) ??
    (finite !== undefined && lex.verbFinal && !clause.subordinate && !clause.relative ? clause.args.find((a) => byAgent(a) && a.item > finite && !a.genitive) : undefined) ??
    // English "was bought last year by Nashville-based audio software group X": nouns before the name are its own.
    (!lex.verbFinal ? clause.args.find((a) => byAgent(a) && !a.genitive) : undefined);
  // ("which is owned by Sweden's privately held Norrvik Group": a name in the English genitive after "by" is the
  // agent's, which follows it.)
  const byGenitive = agent === undefined && !lex.verbFinal ? clause.args.find((a) => byAgent(a) && a.genitive && items[a.item]?.mention?.genitive === true) : undefined;
  const owner = byGenitive !== undefined ? clause.args.find((a) => a.item > byGenitive.item && a.prep === undefined && !a.genitive) : undefined;
  if (owner !== undefined) clause.subject = owner;
  else if (agent !== undefined) {
    // English "founded by X and two former colleagues, A and B": phrases joined to the agent's are agents too.
    // (Not German, where "vom Ministerium finanziert und von der Y abgewickelt" joins two participles' agents.)
    const entities = lex.verbFinal ? agent.entities : [...new Set(withJoined(clause.args, clause.args.indexOf(agent), undefined))];
    clause.subject = entities.length === agent.entities.length ? agent : { ...agent, entities };
  } else clause.subject = undefined;
  if (patient !== undefined) clause.object = patient;
  else clause.object = undefined;
}

/**
 * The entities of argument `at` and of the phrases joined to it with its preposition or `own` ("konkurriert mit der
 * Telekom sowie mit Deutsche Glasfaser"; "with specialists such as X, as well as with Y": the preposition of the
 * group's phrase too; "founded by X and two former colleagues, A and B").
 */
export function withJoined(args: Arg[], at: number, own: string | undefined): string[] {
  let entities = args[at]!.entities;
  for (let k = at + 1; k < args.length && args[k]!.joined === true && (args[k]!.prep === args[at]!.prep || args[k]!.prep === own); k++) entities = [...entities, ...args[k]!.entities];
  return entities;
}
