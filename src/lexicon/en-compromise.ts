// English word knowledge from compromise (MIT, a maintained rule-based
// tagger with its own lexicon): verb roots for any inflected form ("took" →
// take, "founded" → found) and the part of speech of the word that opens a
// sentence, where capitalisation says nothing ("Cloud software maker X",
// "Last year …"). The light tagger in tag-en.ts asks it per sentence.
import { createRequire } from 'node:module';
import type { Pos } from '../types.js';

export interface EnglishTerm {
  /** Root of a verb form, as compromise computes it. */
  root?: string;
  tags: Set<string>;
}

type Nlp = typeof import('compromise/two').default;
let nlp: Nlp | undefined;

/**
 * compromise, loaded on the first English sentence (its lexicon takes a while to unpack). Its second level, the
 * tagger: the third adds phrase and sentence methods this module does not call, and its tags and roots are the same
 * (compared on every sentence of the English tune articles) at less time per sentence.
 */
function load(): Nlp {
  nlp ??= createRequire(import.meta.url)('compromise/two') as Nlp;
  return nlp;
}

/** Terms of one sentence by their start offset in the article. */
export function compromiseTerms(text: string, offset: number): Map<number, EnglishTerm> {
  const out = new Map<number, EnglishTerm>();
  const doc = load()(text);
  doc.compute('root');
  const json = doc.json({ offset: true, terms: { offset: true } }) as Array<{ terms: Array<{ tags: string[]; root?: string; offset?: { start: number } }> }>;
  for (const sentence of json) {
    for (const term of sentence.terms) {
      if (term.offset === undefined) continue;
      out.set(offset + term.offset.start, { tags: new Set(term.tags), ...(term.root === undefined ? {} : { root: term.root }) });
    }
  }
  return out;
}

// Adverbs and conjunctions ("So far X", "Yet") are left as they were: the clause analyser reads them well enough.
const NOT_A_NAME = ['Verb', 'Adjective', 'Preposition', 'Determiner', 'Pronoun', 'QuestionWord', 'Value', 'Auxiliary', 'Copula', 'Modal'];
const NAME = ['ProperNoun', 'Person', 'Organization', 'Place'];

/** Whether a capitalised sentence-opening word is a common word, not a name. */
export function opensAsCommonWord(term: EnglishTerm | undefined, word = '', next = ''): boolean {
  if (term === undefined) return false;
  // "Separately, …", "Meanwhile, …": sentence adverbs too.
  // ("More than 4,000 workers", "Rather than …": an adverb that compares.)
  const adverb = term.tags.has('Adverb') && (/ly$/.test(word) || next === ',' || next === 'than');
  // "Robotics startup X said": a common noun before another lower-case word.
  // ("Health Minister X said": a portfolio before a minister's or secretary's title.)
  const commonNoun = term.tags.has('Noun') && (/^\p{Ll}/u.test(next) || next === 'Minister' || next === 'Secretary');
  return (adverb || commonNoun || NOT_A_NAME.some((t) => term.tags.has(t))) && !NAME.some((t) => term.tags.has(t));
}

const POS_OF: Array<[string, Pos]> = [
  ['Adverb', 'ADV'],
  ['Adjective', 'ADJ'],
  ['Conjunction', 'CCONJ'],
  ['Preposition', 'ADP'],
  ['Determiner', 'DET'],
  ['Pronoun', 'PRON'],
];

/** Our part of speech for a word compromise knows as a function word, adverb or adjective. */
export function commonPos(term: EnglishTerm): Pos | undefined {
  if (term.tags.has('Noun') && !term.tags.has('Pronoun')) return undefined;
  return POS_OF.find(([tag]) => term.tags.has(tag))?.[1];
}
