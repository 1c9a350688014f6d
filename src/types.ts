// Shared data model of the pipeline. Every stage reads and extends a `Doc`;
// all offsets are UTF-16 code units into the untouched article text.

export type Lang = 'de' | 'en';

export interface Span {
  start: number;
  end: number;
}

/** A message is a non-fatal problem found by a stage (vfile style). */
export interface Message {
  stage: string;
  rule?: string;
  level: 'info' | 'warning';
  text: string;
  span?: Span;
}

/** The article as read from disk or stdin, before any analysis. */
export interface Article {
  /** Stable id derived from the content hash (first 16 hex chars of sha256). */
  id: string;
  /** Display name: file path relative to where it was found, or "stdin". */
  fileName: string;
  text: string;
  /** sha256 of the UTF-8 bytes of `text`, hex. */
  hash: string;
  lang: Lang;
  /** ISO date (YYYY-MM-DD) from the byline, when present. */
  published?: string;
  /** Agency or author tag from the byline, e.g. "APA", "red". */
  source?: string;
  /** Place names from the dateline ("Washington/Seattle –"). */
  datelinePlaces: string[];
  /** Spans of the dateline and byline, so later stages may skip or use them. */
  dateline?: Span;
  byline?: Span;
  /** Encoding the bytes were decoded from ("utf-8", "windows-1252"). */
  encoding: string;
}

export interface Sentence extends Span {
  index: number;
  paragraph: number;
  /** True for a line that looks like a heading (no final punctuation, short). */
  heading: boolean;
}

export type Pos =
  | 'NOUN'
  | 'PROPN'
  | 'VERB'
  | 'AUX'
  | 'ADJ'
  | 'ADV'
  | 'ADP'
  | 'DET'
  | 'PRON'
  | 'CCONJ'
  | 'SCONJ'
  | 'PART'
  | 'NUM'
  | 'PUNCT'
  | 'X';

export type Case = 'nom' | 'gen' | 'dat' | 'acc';

export interface Token extends Span {
  index: number;
  sentence: number;
  text: string;
  kind: 'word' | 'number' | 'punct' | 'symbol';
  /**
   * Filled by morphology. tokenize() creates every token with all of these
   * fields (undefined until the tagger sets them), see makeToken there.
   */
  lemma?: string | undefined;
  pos?: Pos | undefined;
  /** Possible cases (nouns, determiners, adjectives). */
  cases?: readonly Case[] | undefined;
  /** A noun form that can only be plural. */
  plural?: boolean | undefined;
  /** Some readings of the noun form are plural, others not ("Patente": the plural of "Patent", or the noun "Patente"). */
  maybePlural?: boolean | undefined;
  /** German: a reading of the form, or of its compound's head, is plural in some cases ("Kunden", "Netzbetreiber"). */
  pluralToo?: boolean | undefined;
  /** A capitalised dictionary noun right after an indefinite article or possessive ("einem wichtigen Signal"): no name. */
  common?: boolean | undefined;
  /** German: a word in small letters that no table of the language knows ("vida", "notebooksbilliger.de"). */
  unknown?: boolean | undefined;
  /** Grammatical genders of a German noun's readings ("M", "F", "N"). */
  genders?: readonly string[] | undefined;
  /** Verb features, when a verb form. */
  verb?: VerbFeatures | undefined;
}

export interface VerbFeatures {
  lemma: string;
  finite: boolean;
  participle: boolean;
  /** Konjunktiv I: marks reported speech. */
  subjunctive1: boolean;
  subjunctive2: boolean;
  tense: 'present' | 'past' | 'none';
  /** Separable particle the verb needs at the clause end ("kündigte … an"). */
  particleLemmas?: Readonly<Record<string, string>> | undefined;
  /** Other lemmas the form can have ("geleitet": leiten, geleiten). */
  altLemmas?: readonly string[] | undefined;
  /** The form is also an infinitive ("übergeben"), so "wird übergeben" may be future, not passive. */
  infinitive?: boolean;
  /** Infinitive with zu ("anzukündigen"). */
  zuInfinitive?: boolean;
  /** Person and number of the finite readings ("3sg", "1pl"), for subject agreement. */
  persons?: string[];
}

/** Top-level classes of the ontology (local names). */
export type EntityClass =
  | 'Organization'
  | 'Person'
  | 'Place'
  | 'Group'
  | 'Product'
  | 'Event'
  | (string & {});

/** A stretch of text that names (or refers to) an entity. */
export interface Mention extends Span {
  sentence: number;
  text: string;
  /** Canonical surface form, e.g. genitive -s stripped ("Amazons" → "Amazon"). */
  normalized: string;
  type: EntityClass;
  /** Which mechanism found it: "gazetteer", "cue:<rule-id>", "coref:<kind>"… */
  source: string;
  /** Entity key after linking; set by the linking stage. */
  entity?: string;
  /** A place named or described as a municipality ("die Gemeinde Wildbichl", "die Gemeinde"): a body that acts. */
  municipal?: boolean | undefined;
  /** Index of the first and one-past-last token covered. */
  tokenStart: number;
  tokenEnd: number;
  /** Gazetteer record id, when matched against the gazetteer. */
  gazetteerId?: string;
  /** Wikidata QID from the gazetteer, when known. */
  wikidata?: string;
  /** The gazetteer's name for it in the article's language ("Kanton Zug" beside "Canton of Zug"). */
  localLabel?: string;
  /** Role key of a person cue ("judge", "ceo"), from data/lexicon/<lang>/cues.yaml. */
  role?: string;
  /** For a name inside a compound ("Parler" in "Parler-Chef"): the head noun lemma. */
  compoundHead?: string;
  /** For a group compound ("Trump-Anhänger"): index of the mention of its modifier. */
  modifier?: number;
  /** While mentions are recognised: the name mention a description is built on ("iPhone" in "the iPhone maker"); turned into `modifier`. */
  modifierMention?: Mention;
  /** While names are recognised: a place named inside a longer name ("Leipzig" in "RB Leipzig"), an entity of its own but no seat. */
  innerMention?: Mention;
  /** A description whose noun relates it to the name inside the word without being it ("Google-Tochter", "ChatGPT-Entwickler"). */
  relational?: boolean;
  /** "der iPhone-Hersteller": the maker the gazetteer knows for the product inside the word (label, class, QID). */
  maker?: { label: string; type: string; wikidata?: string };
  /** A role that opens its sentence and a copula names ("Der Vorsitzende … heißt X"): the token where X starts. */
  namedAt?: number;
  /** `namedAt` points to the name a merger gave earlier in the text, not to one in the mention's own sentence. */
  namedBefore?: boolean;
  /** A court described by its level ("das Oberlandesgericht"): the lower-cased noun an antecedent's name must contain. */
  specific?: string;
  /** Sector of the organisation noun that introduced or describes it ("Lieferdienst" → delivery). */
  sector?: string;
  /** Size of the organisation noun that introduced or describes it ("Start-up" → startup, "Konzern" → corporation). */
  scale?: string;
  /** "die beiden Konzerne": a plural description of the two organisations named last; `pair` is the second. */
  both?: boolean;
  /** "Dieser wirft X vor": a German demonstrative opening a sentence, the person or organisation named last. */
  demonstrative?: boolean;
  pair?: string;
  /** A description that introduces an entity of its own, never one named before ("das fusionierte Unternehmen"). */
  fresh?: boolean;
  /** The mention is a genitive form ("Amazons"). */
  genitive?: boolean;
  /** For descriptions and pronouns: the class the antecedent must fit. */
  refersTo?: string;
  /** Grammatical gender of a person description or pronoun ("Ministerin", "er"), when it tells the person's. */
  gender?: 'm' | 'f';
}

export interface Entity {
  /** Key unique within one build (QID if known, else normalised label). */
  key: string;
  label: string;
  aliases: string[];
  type: EntityClass;
  wikidata?: string | undefined;
  /** Indexes into Doc.mentions. */
  mentions: number[];
  /** True for unnamed entities ("ein Richter"), labelled by their description. */
  unnamed?: boolean | undefined;
  /** True when the type is only a default guess (no gazetteer entry or cue). */
  weakType?: boolean | undefined;
}

export type RelationObject =
  | { kind: 'entity'; key: string }
  | { kind: 'literal'; value: string; datatype: string };

export interface Relation {
  subject: string;
  predicate: string;
  object: RelationObject;
  /** Sentence index and the evidence span (normally the sentence). */
  sentence: number;
  span: Span;
  rule: string;
  /** Present when the statement is a claim reported by someone, not a fact. */
  claim?: { by?: string; cue: string };
  /** When the reported event happened, when the sentence says. */
  date?: { value: string; datatype: 'date' | 'gYearMonth' };
}

export interface Doc {
  article: Article;
  sentences: Sentence[];
  tokens: Token[];
  mentions: Mention[];
  entities: Entity[];
  relations: Relation[];
  messages: Message[];
}
