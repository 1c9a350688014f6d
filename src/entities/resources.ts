// The language resources entity recognition needs, behind one small interface
// so that recognisers do not depend on how lexicons and gazetteers are stored.
import type { Lang } from '../types.js';
import type { CueLexicon } from './cues.js';

export interface KnownEntity {
  id: string;
  label: string;
  type: string;
  wikidata?: string;
  aliases: string[];
  labels?: { de?: string; en?: string };
  /** The entry that makes this product or runs this platform, where the gazetteer knows it. */
  maker?: KnownEntity;
}

export interface EntityResources {
  lang: Lang;
  cues: CueLexicon;
  /** Longest gazetteer match of consecutive words starting at `start`. */
  matchAt(words: string[], start: number): { entries: KnownEntity[]; length: number } | undefined;
  /** Exact gazetteer lookup of one surface form. */
  lookup(surface: string): KnownEntity[];
  /** Like lookup, then the weak aliases: words that name an entity only in compounds and adjectives of origin ("Mitte-Politiker", "Zuger"). */
  lookupWeak(surface: string): KnownEntity[];
  /** Entries for which the word may stand alone after an article when the text names another entity of their class ("die Union"). */
  lookupContext(surface: string): KnownEntity[];
  /** A place whose name is an everyday word, for words of origin only ("Essener" → Essen). */
  lookupBlockedPlace(surface: string): KnownEntity | undefined;
  /** A town whose bare name is an everyday word ("Halle", "Hof"), for places a preposition makes certain ("aus Halle"). */
  lookupTownWord(surface: string): KnownEntity | undefined;
  /** True when the capitalised word is an ordinary noun of the language. */
  isCommonNoun(word: string): boolean;
  /** True when the spelling dictionary knows the capitalised word (German; a surname such as "Weidemann" it does not). */
  isSpelled(word: string): boolean;
  /** Lemma of a noun form ("Anhängern" → "Anhänger"), without splitting compounds. */
  nounLemma(word: string): string | undefined;
  /** Lemma of the head noun of a (compound) noun, e.g. "Softwarekonzern" → "Konzern". */
  nounHead(word: string): string | undefined;
  isFirstName(word: string): boolean;
  /** Adjective lemma, for demonyms ("chinesischen" → "chinesisch"). */
  adjectiveLemma(word: string): string | undefined;
  /**
   * True when the noun lemma names a person by its role: German has a feminine form in -in beside it ("Spekulant" →
   * "Spekulantin", "Kollege" → "Kollegin"); English nouns are looked up in WordNet's list of person nouns ("rider").
   */
  personNoun(lemma: string): boolean;
}
