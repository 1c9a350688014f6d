// Loads data/lexicon/<lang>/clauses.yaml: the closed-class words that the
// clause analyser uses (boundaries, negation, passive, reported speech, cases).
import { join } from 'node:path';
import { DATA_DIR } from '../paths.js';
import { isRecord, loadYaml } from '../data/load-yaml.js';
import { DataError } from '../errors.js';
import type { Case, Lang } from '../types.js';

export interface ClauseLexicon {
  boundaries: Set<string>;
  coordinators: Set<string>;
  relativePronouns: Set<string>;
  /** German: relative and subordinate clauses put the finite verb last. */
  verbFinal: boolean;
  negation: Set<string>;
  passiveAuxiliary: string;
  auxiliaries: Set<string>;
  copulas: Set<string>;
  agentPrepositions: Set<string>;
  sourcePrepositions: Set<string>;
  /** Those of them that follow their noun phrase ("X zufolge"). */
  sourcePostpositions: Set<string>;
  reportingVerbs: Set<string>;
  accusingVerbs: Set<string>;
  determinerCases: Map<string, Case[]>;
  contractions: Map<string, string>;
  /** Words that join a noun to the name it introduces ("eine Software namens X"). */
  appositionMarkers: Set<string>;
  /** English prepositions that also open a clause without a comma ("after the giant removed X"). */
  clausePrepositions: Set<string>;
  /** Numbers in words, quantity nouns and their hedges between a preposition and its noun ("rund 2,4 Millionen"). */
  quantityWords: Set<string>;
  /** Words before an employer's name that make it a former one ("former Biogen executive"), lower case. */
  formerWords: Set<string>;
  /** Verb lemmas of founding a company ("gründen", "found"). */
  foundingVerbs: Set<string>;
  /** Words of a time between a verb of saying and what was said ("said on Monday it would …"). */
  reportTimeWords: Set<string>;
  /** Verbs of telling whose addressee is a source ("sagte X der APA", "told Reuters"). */
  tellingVerbs: Set<string>;
  /** Nouns for what someone writes or files, whose -ing form after them speaks for the writer ("lawsuits accusing X"). */
  documentNouns: Set<string>;
  /** Nouns for a report whose source follows ("einen Bericht der Kleinen Zeitung"): the source is only cited there. */
  reportNouns: Set<string>;
  /** Finite verbs that make what their infinitive says an intention or a possibility ("will kaufen"). */
  irrealisVerbs: Set<string>;
  /** Verbs of a phase of what a gerund after them says ("start coming"): no frame of their own there. */
  aspectualVerbs: Set<string>;
  /** Nouns of a collective whose "von/of X" phrase names its members ("eine Gruppe von Investoren"), lower case. */
  collectiveNouns: Set<string>;
  /** Nouns of time ("ab Mai X"): they close a prepositional phrase of their own. */
  timeNouns: Set<string>;
  /** Verbs whose object (or dative) is the subject of the zu-infinitive after them ("verdächtigt X, … zu haben"). */
  objectControl: Set<string>;
  /** English verbs of taking someone's place whose participle after an appointment is the appointee's ("named X,
   * replacing Y"). */
  takingOverVerbs: Set<string>;
  /** Verbs with a dative and no accusative object ("gehören"). */
  dativeVerbs: Set<string>;
  /** English particles that make a phrasal verb with the verb right before them ("take over"), lower case. */
  phrasalParticles: Set<string>;
  /** Forms of verbs of speaking whose bare-surname subject is a person ("sagte Lindemeyer"), lower case. */
  speakingForms: Set<string>;
  /** Words that open a subordinate clause without a comma before them ("before he joined"), lower case. */
  subordinators: Set<string>;
}

const cache = new Map<Lang, ClauseLexicon>();

export function loadClauseLexicon(lang: Lang): ClauseLexicon {
  const hit = cache.get(lang);
  if (hit) return hit;
  const path = join(DATA_DIR, 'lexicon', lang, 'clauses.yaml');
  const raw = loadYaml(path);
  if (!isRecord(raw)) throw new DataError('DATA_INVALID', 'expected a mapping', path);
  const set = (k: string): Set<string> => {
    const v = raw[k] ?? [];
    if (!Array.isArray(v)) throw new DataError('DATA_INVALID', `'${k}' must be a list`, path);
    return new Set(v.map((x) => String(x).toLowerCase()));
  };
  const map = (k: string): Record<string, unknown> => {
    const v = raw[k] ?? {};
    if (!isRecord(v)) throw new DataError('DATA_INVALID', `'${k}' must be a mapping`, path);
    return v;
  };
  const lex: ClauseLexicon = {
    boundaries: set('boundaries'),
    coordinators: set('coordinators'),
    relativePronouns: set('relativePronouns'),
    verbFinal: raw.relativeVerbFinal !== false,
    negation: set('negation'),
    passiveAuxiliary: String(raw.passiveAuxiliary ?? ''),
    auxiliaries: set('auxiliaries'),
    copulas: set('copulas'),
    agentPrepositions: set('agentPrepositions'),
    sourcePrepositions: set('sourcePrepositions'),
    sourcePostpositions: set('sourcePostpositions'),
    reportingVerbs: set('reportingVerbs'),
    accusingVerbs: set('accusingVerbs'),
    determinerCases: new Map(
      Object.entries(map('determinerCases')).map(([k, v]) => [k, (Array.isArray(v) ? v : []).map(String) as Case[]]),
    ),
    appositionMarkers: set('appositionMarkers'),
    clausePrepositions: set('clausePrepositions'),
    irrealisVerbs: set('irrealisVerbs'),
    aspectualVerbs: set('aspectualVerbs'),
    collectiveNouns: set('collectiveNouns'),
    timeNouns: set('timeNouns'),
    objectControl: set('objectControl'),
    takingOverVerbs: set('takingOverVerbs'),
    dativeVerbs: set('dativeVerbs'),
    quantityWords: set('quantityWords'),
    formerWords: set('formerWords'),
    foundingVerbs: set('foundingVerbs'),
    reportTimeWords: set('reportTimeWords'),
    tellingVerbs: set('tellingVerbs'),
    documentNouns: set('documentNouns'),
    reportNouns: set('reportNouns'),
    phrasalParticles: set('phrasalParticles'),
    speakingForms: set('speakingForms'),
    subordinators: set('subordinators'),
    contractions: new Map(Object.entries(map('contractions')).map(([k, v]) => [k, String(v)])),
  };
  cache.set(lang, lex);
  return lex;
}
