// The German analyser: morphology from the generated lexicon, the packaged
// gazetteer, cue nouns, clause words and the rule files under data/.
import { loadGermanLexicon } from '../lexicon/de-lexicon.js';
import { splitCompound } from '../lexicon/de-compound.js';
import { tagGerman } from '../lexicon/de-tagger.js';
import { cueFor, loadCues } from '../entities/cues.js';
import { isFirstName } from '../entities/names.js';
import { loadClauseLexicon } from '../relations/clause-lexicon.js';
import { loadRules } from '../relations/rules.js';
import { loadOntology } from '../rdf/ontology.js';
import { makeTyping } from './typing.js';
import { gazetteerResources } from './shared.js';
import type { Analyser } from './registry.js';
import type { Token } from '../types.js';
import { BoundedMap } from '../data/bounded-map.js';
import { lowerCase } from '../text/lower-case.js';

/** Plurals of nouns derived with -ung, -heit, -keit, -schaft, -tion: no name ends so. */
const DERIVED_PLURAL = /^\p{Lu}\p{Ll}{3,}(ungen|heiten|keiten|schaften|tionen)$/u;

export function createGerman(): Analyser {
  const lex = loadGermanLexicon();
  const ontology = loadOntology();
  const typing = makeTyping(ontology);
  const cues = loadCues('de');
  const gaz = gazetteerResources();
  const isName = (w: string): boolean => gaz.lookup(w).length > 0;
  const nameInfixes = cues.nameInfixes;
  // null: no head (one lookup answers both whether and what).
  const heads = new BoundedMap<string, string | null>();
  const nounHead = (word: string): string | undefined => {
    const known = heads.get(word);
    if (known !== undefined) return known ?? undefined;
    const split = splitCompound(word, lex, { isName });
    const own = lex.noun(word)[0]?.lemma;
    // A known noun with a prefix-like first part keeps its own lemma: "Unternehmen", not "Nehmen".
    const prefixed = split !== undefined && own !== undefined && lex.closedClass(split.modifier.toLowerCase()) !== undefined;
    const head = prefixed ? own : (split?.headLemma ?? own);
    heads.set(word, head ?? null);
    return head;
  };
  // A role noun has a feminine form in -in beside it, in the morphology or (both numbers) in the spelling list.
  const persons = new BoundedMap<string, boolean>();
  const personNoun = (lemma: string): boolean => {
    const known = persons.get(lemma);
    if (known !== undefined) return known;
    let found = false;
    // "Zeug" is no "Zeugin": where the morphology knows the lemma, it must be masculine.
    const own = lex.noun(lemma).filter((r) => r.lemma === lemma);
    if (/^\p{Lu}\p{Ll}{2,}$/u.test(lemma) && !lemma.endsWith('in') && (own.length === 0 || own.some((r) => r.gender.includes('M')))) {
      for (const f of lemma.endsWith('e') ? [lemma.slice(0, -1) + 'in', lemma + 'in'] : [lemma + 'in']) {
        if (lex.noun(f).some((r) => r.lemma === f && r.gender.includes('F')) || (lex.isSpelled(f) && lex.isSpelled(f + 'nen'))) found = true;
      }
    }
    persons.set(lemma, found);
    return found;
  };
  return {
    lang: 'de',
    tag: (doc) => tagGerman(doc.tokens, lex, isName, nameInfixes),
    entities: {
      lang: 'de',
      cues,
      matchAt: gaz.matchAt,
      lookup: gaz.lookup,
      lookupWeak: gaz.lookupWeak,
      lookupContext: gaz.lookupContext,
      lookupBlockedPlace: gaz.lookupBlockedPlace,
      lookupTownWord: gaz.lookupTownWord,
      // ("Förderungen", "Beteiligungen": a plural of a derived noun the tables lack is a common noun too.)
      isCommonNoun: (w) => lex.isNoun(w) || DERIVED_PLURAL.test(w),
      isSpelled: (w) => lex.isSpelled(w),
      nounHead,
      nounLemma: (w) => lex.noun(w)[0]?.lemma,
      isFirstName: (w) => isFirstName(w),
      adjectiveLemma: (w) => lex.adjective(lowerCase(w)),
      personNoun,
    },
    classFit: typing.classFit,
    relations: {
      rules: loadRules('de', ontology.relationProperties, undefined, ontology.classes),
      lex: loadClauseLexicon('de'),
      headOf: (t: Token) => nounHead(t.text),
      participleVerb: (lemma) => {
        // "kooperierend": the present participle is the infinitive with "d".
        if (lemma.endsWith('end') && lex.verb(lemma.slice(0, -1)).some((r) => r.infinitive)) return { lemma: lemma.slice(0, -1), active: true };
        const verb = lex.verb(lemma).find((r) => r.participle && !r.finite)?.lemma;
        return verb === undefined ? undefined : { lemma: verb, active: false };
      },
      joinParticle: (particle, lemma) => (lex.verb(particle + lemma).some((r) => r.infinitive) ? particle + lemma : undefined),
      isCue: (lemma, head) => cueFor(cues, lemma, head) !== undefined || cues.appositionNouns.has(lemma) || cues.appositionNouns.has(head),
      relationalNoun: (noun) => cues.person.has(noun) || cues.makers.has(noun) || cues.appositionNouns.has(noun),
      isA: typing.isA,
      fits: typing.fits,
    },
    retype: typing.retype,
  };
}
