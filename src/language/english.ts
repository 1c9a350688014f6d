// The English analyser. English morphology is light: a closed-class word list
// and capitalisation decide names; rules live in data/rules/en.
import { cueFor, loadCues } from '../entities/cues.js';
import { isFirstName } from '../entities/names.js';
import { loadClauseLexicon } from '../relations/clause-lexicon.js';
import { loadRules } from '../relations/rules.js';
import { loadOntology } from '../rdf/ontology.js';
import { makeTyping } from './typing.js';
import { gazetteerResources } from './shared.js';
import { tagEnglish } from '../lexicon/tag-en.js';
import type { Analyser } from './registry.js';
import { join } from 'node:path';
import { BUILD_RESOURCES_DIR } from '../paths.js';
import { SortedTable } from '../lexicon/sorted-table.js';

export function createEnglish(): Analyser {
  const ontology = loadOntology();
  const typing = makeTyping(ontology);
  const gaz = gazetteerResources();
  const cues = loadCues('en');
  const rules = loadRules('en', ontology.relationProperties, undefined, ontology.classes);
  // Verbs the rules name, and those that decide whether a clause reports or only intends something.
  const clauseLex = loadClauseLexicon('en');
  const knownVerbs = new Set([...rules.frames.flatMap((f) => f.verbs), ...clauseLex.irrealisVerbs, ...clauseLex.reportingVerbs]);
  // Role nouns from WordNet's noun.person file (build/resources/en-person-nouns.tsv), opened on first use.
  let persons: SortedTable | undefined;
  const personNoun = (lemma: string): boolean => (persons ??= new SortedTable(join(BUILD_RESOURCES_DIR, 'en-person-nouns.tsv'))).get(lemma.toLowerCase()) !== undefined;
  const nounHead = (word: string): string | undefined => {
    const cut = word.lastIndexOf('-');
    return cut > 0 ? word.slice(cut + 1) : undefined;
  };
  return {
    lang: 'en',
    tag: (doc) => tagEnglish(doc.tokens, knownVerbs, doc.article.text, doc.sentences),
    entities: {
      lang: 'en',
      cues,
      matchAt: gaz.matchAt,
      lookup: gaz.lookup,
      lookupWeak: gaz.lookupWeak,
      lookupContext: gaz.lookupContext,
      lookupBlockedPlace: gaz.lookupBlockedPlace,
      lookupTownWord: gaz.lookupTownWord,
      isCommonNoun: () => false,
      isSpelled: () => false,
      nounHead,
      nounLemma: (w) => w.replace(/s$/, ''),
      isFirstName: (w) => isFirstName(w),
      adjectiveLemma: () => undefined,
      personNoun,
    },
    classFit: typing.classFit,
    relations: {
      rules,
      lex: loadClauseLexicon('en'),
      headOf: (t) => nounHead(t.text) ?? t.lemma ?? t.text,
      isCue: (lemma, head) => cueFor(cues, lemma, head) !== undefined || cues.appositionNouns.has(lemma) || cues.appositionNouns.has(head),
      relationalNoun: (noun) => cues.person.has(noun) || cues.makers.has(noun) || cues.appositionNouns.has(noun),
      isA: typing.isA,
      fits: typing.fits,
    },
    retype: typing.retype,
  };
}
