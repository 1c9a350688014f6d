// The German analyser: morphology from the generated lexicon, the packaged
// gazetteer, cue nouns, clause words and the rule files under data/.
import { loadGermanLexicon } from '../lexicon/german.js';
import { splitCompound } from '../lexicon/compound.js';
import { tagGerman } from '../lexicon/tag-de.js';
import { loadCues } from '../entities/cues.js';
import { isFirstName } from '../entities/names.js';
import { loadClauseLexicon } from '../relations/clause-lexicon.js';
import { loadRules } from '../relations/rules.js';
import { loadOntology } from '../rdf/ontology.js';
import { makeTyping } from './typing.js';
import { gazetteerResources } from './shared.js';
import type { Analyser } from './registry.js';
import type { Token } from '../types.js';

export function createGerman(): Analyser {
  const lex = loadGermanLexicon();
  const ontology = loadOntology();
  const typing = makeTyping(ontology);
  const cues = loadCues('de');
  const gaz = gazetteerResources();
  const heads = new Map<string, string | undefined>();
  const nounHead = (word: string): string | undefined => {
    if (heads.has(word)) return heads.get(word);
    let head: string | undefined;
    const reading = lex.noun(word)[0];
    const split = splitCompound(word, lex, { isName: (w: string) => gaz.lookup(w).length > 0 });
    head = split?.headLemma ?? reading?.lemma;
    heads.set(word, head);
    return head;
  };
  return {
    lang: 'de',
    tag: (doc) => tagGerman(doc.tokens, doc.article.text, lex),
    entities: {
      lang: 'de',
      cues,
      matchAt: gaz.matchAt,
      lookup: gaz.lookup,
      isCommonNoun: (w) => lex.isNoun(w),
      nounHead,
      isFirstName: (w) => isFirstName(w),
      adjectiveLemma: (w) => lex.adjective(w.toLowerCase()),
    },
    classFit: typing.classFit,
    relations: {
      rules: loadRules('de', ontology.relationProperties),
      lex: loadClauseLexicon('de'),
      headOf: (t: Token) => nounHead(t.text),
      isA: typing.isA,
      fits: typing.fits,
    },
    retype: typing.retype,
  };
}
