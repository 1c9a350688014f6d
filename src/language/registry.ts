// Registry of language analysers: one per supported language, created on first
// use so that a German-only build never loads English resources.
import type { Doc, Lang } from '../types.js';
import type { EntityResources } from '../entities/resources.js';
import type { ClassFit } from '../entities/link.js';
import type { RelationContext } from '../relations/extract.js';
import { createGerman } from './german.js';
import { createEnglish } from './english.js';

export interface Analyser {
  lang: Lang;
  /** Fills part of speech, lemma, case and verb features of the tokens. */
  tag(doc: Doc): void;
  entities: EntityResources;
  classFit: ClassFit;
  relations: RelationContext;
  /** Gives guessed entity types the class their relations demand. */
  retype(doc: Doc): void;
}

const FACTORIES: Record<Lang, () => Analyser> = { de: createGerman, en: createEnglish };
const cache = new Map<Lang, Analyser>();

export function getAnalyser(lang: Lang): Analyser {
  let analyser = cache.get(lang);
  if (analyser === undefined) {
    analyser = FACTORIES[lang]();
    cache.set(lang, analyser);
  }
  return analyser;
}
