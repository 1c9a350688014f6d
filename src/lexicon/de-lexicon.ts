// German morphology lookups over the tables generated at install time from
// german-pos-dict data (scripts/resources/de-lexicon.mjs), plus the
// hand-written closed-class lists in data/lexicon/de/closed.yaml.
import { join } from 'node:path';
import { BUILD_RESOURCES_DIR, DATA_DIR } from '../paths.js';
import { isRecord, loadYaml } from '../data/load-yaml.js';
import type { Case, Pos } from '../types.js';
import { SortedTable } from './sorted-table.js';
import { BoundedMap } from '../data/bounded-map.js';

export interface NounReading {
  lemma: string;
  gender: string;
  cases: Case[];
  /** The form can only be plural. */
  plural: boolean;
  /** The form is plural in some case and singular in another ("Kunden": plural nominative, singular dative). */
  pluralToo?: boolean;
}

export interface VerbReading {
  lemma: string;
  finite: boolean;
  participle: boolean;
  infinitive: boolean;
  subjunctive1: boolean;
  past: boolean;
  /** Separable particle this form needs ("kündigte … an"). */
  particle?: string;
}

export interface GermanLexicon {
  noun(form: string): NounReading[];
  isNoun(form: string): boolean;
  verb(form: string): VerbReading[];
  adjective(form: string): string | undefined;
  closedClass(form: string): Pos | undefined;
  /** A bound first part of compounds that is no word of its own ("Agrar", "Bio"). */
  isConfix(form: string): boolean;
  /**
   * A capitalised word the spelling dictionary knows ("Schwund", "Löhne"), without morphology. It spells
   * names too: ask the gazetteer and first names first.
   */
  isSpelled(form: string): boolean;
  /** The cases a personal pronoun shows ("ihm" → dative), from closed.yaml `pronounCases`. */
  pronounCases(form: string): Case[] | undefined;
}

const CASES: Array<[number, Case]> = [
  [1, 'nom'],
  [2, 'gen'],
  [4, 'dat'],
  [8, 'acc'],
];

let lexicon: GermanLexicon | undefined;

export function loadGermanLexicon(): GermanLexicon {
  if (lexicon) return lexicon;
  const nouns = new SortedTable(join(BUILD_RESOURCES_DIR, 'de-nouns.tsv'));
  const verbs = new SortedTable(join(BUILD_RESOURCES_DIR, 'de-verbs.tsv'));
  const adjectives = new SortedTable(join(BUILD_RESOURCES_DIR, 'de-adjectives.tsv'));
  const spelled = new SortedTable(join(BUILD_RESOURCES_DIR, 'de-spelled.tsv'));
  const closed = loadClosed();
  const pronounCases = loadPronounCases();
  const noun = readings(nouns, (entry): NounReading => {
    const [lemma, gender, bits] = entry.split(',') as [string, string, string];
    const n = Number(bits);
    const r: NounReading = { lemma, gender, cases: CASES.filter(([b]) => n & b).map(([, c]) => c), plural: (n & 16) !== 0 && (n & 32) === 0 };
    if ((n & 16) !== 0 && (n & 32) !== 0) r.pluralToo = true;
    return r;
  });
  const verb = readings(verbs, (entry): VerbReading => {
    const [lemma, flags, particle] = entry.split(',') as [string, string, string];
    const f = Number(flags);
    const r: VerbReading = {
      lemma,
      finite: (f & 1) !== 0,
      participle: (f & 2) !== 0,
      infinitive: (f & 4) !== 0,
      subjunctive1: (f & 8) !== 0,
      past: (f & 16) !== 0,
    };
    if (particle) r.particle = particle;
    return r;
  });
  // The fallbacks try many lookups per unknown form: remember their answers.
  const derivedVerbs = new BoundedMap<string, VerbReading[]>();
  const adjectiveCache = new BoundedMap<string, string | null>();
  const supplement = loadYaml(join(DATA_DIR, 'lexicon', 'de', 'nouns.yaml'));
  const extra = loadExtraNouns(supplement);
  const confixes = loadConfixes(supplement);
  const nounOf = (form: string): NounReading[] => {
    const own = noun(form);
    return own.length > 0 ? own : (extra.get(form) ?? own);
  };
  const verbOf = (form: string): VerbReading[] => {
    const own = verb(form);
    // ("vorstand": the dictionary knows it only as "stand … davor" with a particle "da"; joined, it is "vorstehen"'s.)
    // ("angehört": the dictionary lists only the participle; in a clause with the verb last it is also "gehört an".)
    const participleOnly = own.length > 0 && own.every((r) => r.participle && !r.finite && r.particle === undefined);
    if (own.length > 0 && !own.every((r) => r.particle !== undefined) && !participleOnly) return own;
    let derived = derivedVerbs.get(form);
    if (derived === undefined) {
      derived = participleOnly
        ? [...own, ...(joinedParticleVerb(form, verb) ?? []).filter((r) => r.finite && own.some((o) => o.lemma === r.lemma))]
        : own.length > 0
          ? [...(joinedParticleVerb(form, verb) ?? []), ...own]
          : (joinedParticleVerb(form, verb) ?? prefixedVerb(form, verb));
      derivedVerbs.set(form, derived);
    }
    return derived;
  };
  const adjectiveOf = (form: string): string | undefined => {
    // null: known not to be an adjective (one lookup answers both whether and what).
    const known = adjectiveCache.get(form);
    if (known !== undefined) return known ?? undefined;
    const hit = adjectives.get(form) ?? degreeBase(form, (f) => adjectives.get(f));
    adjectiveCache.set(form, hit ?? null);
    return hit;
  };
  const isNounForm = (form: string): boolean => nouns.get(form) !== undefined || extra.has(form);
  const isSpelledForm = (form: string): boolean => spelled.get(form) !== undefined;
  // (The lookups and tests are made once here, not as new closures on each of the many calls per token.)
  lexicon = {
    noun: (form) => swissFallback(form, nounOf, hasAny) ?? [],
    isNoun: (form) => swissFallback(form, isNounForm, isTrue) ?? false,
    verb: (form) => swissFallback(form, verbOf, hasAny) ?? [],
    adjective: (form) => swissFallback(form, adjectiveOf, isDefined),
    // ("Gemäss", "ausserdem": Swiss spelling of function words too.)
    closedClass: (form) => closed.get(form) ?? (form.includes('ss') ? closed.get(form.replace(/ss/g, 'ß')) : undefined),
    isConfix: (form) => confixes.has(form.toLowerCase()),
    isSpelled: (form) => swissFallback(form, isSpelledForm, isTrue) ?? false,
    pronounCases: (form) => pronounCases.get(form),
  };
  return lexicon;
}

/** Parsed readings of a table's "a;b;c" values, cached per form. */
function readings<T extends { lemma: string }>(table: SortedTable, parse: (entry: string) => T): (form: string) => T[] {
  const cache = new BoundedMap<string, T[]>();
  return (form) => {
    let hit = cache.get(form);
    if (hit === undefined) {
      hit = (table.get(form) ?? '').split(';').filter((x) => x !== '').map(parse);
      // The dictionary spells ß where the reformed spelling has ss ("muß", "Beschluß").
      if (hit.length === 0 && form.includes('ss')) {
        hit = (table.get(form.replace(/ss/g, 'ß')) ?? '')
          .split(';')
          .filter((x) => x !== '')
          .map(parse)
          .map((r) => ({ ...r, lemma: reformed(r.lemma) }));
      }
      cache.set(form, hit);
    }
    return hit;
  };
}

/** Reformed spelling of a lemma: ß after a short vowel became ss ("Beschluß" → "Beschluss"); after long vowels and diphthongs it stays ("Straße", "heißen"). */
function reformed(lemma: string): string {
  return lemma.replace(/([^aeiouäöüAEIOUÄÖÜ]|^)([aeiouäöü])ß(?![aeiouäöü])/g, '$1$2ss');
}

/** Separable particles that a subordinate clause joins to the finite verb ("mitteilten"). */
const PARTICLES = ['zurück', 'gegenüber', 'entgegen', 'zurecht', 'vorbei', 'voran', 'kennen', 'inne', 'zusammen', 'weiter', 'wieder', 'heraus', 'herein', 'bekannt', 'statt', 'fest', 'fort', 'frei', 'hoch', 'nach', 'teil', 'ab', 'an', 'auf', 'aus', 'bei', 'dar', 'ein', 'her', 'hin', 'los', 'mit', 'vor', 'weg', 'zu'];

function joinedParticleVerb(form: string, verb: (f: string) => VerbReading[]): VerbReading[] | undefined {
  for (const p of PARTICLES) {
    if (!form.startsWith(p) || form.length - p.length < 3) continue;
    const rest = form.slice(p.length);
    const hits = verb(rest).filter((r) => r.particle === p);
    if (hits.length > 0) return hits.map(({ particle: _p, ...r }) => ({ ...r }));
    // "mitgegründet": a particle before the ge-participle of a known verb, when the dictionary lacks the particle verb.
    if (rest.startsWith('ge')) {
      const participles = verb(rest).filter((r) => r.participle && r.particle === undefined);
      if (participles.length > 0) return participles.map((r) => ({ ...r, lemma: p + r.lemma }));
    }
  }
  return undefined;
}

/** Inseparable prefixes that form verbs the dictionary may lack ("übersiedeln", "verlagern"). */
const INSEPARABLE_PREFIXES = ['über', 'unter', 'durch', 'wider', 'hinter', 'miss', 'zer', 'ver', 'ent', 'be'];

/**
 * A verb the dictionary lacks, read as an inseparable prefix plus a verb it
 * knows: "übersiedelt" = über + siedelt (also the participle, since
 * inseparable verbs take no ge-: gesiedelt → übersiedelt).
 */
function prefixedVerb(form: string, verb: (f: string) => VerbReading[]): VerbReading[] {
  for (const prefix of INSEPARABLE_PREFIXES) {
    if (!form.startsWith(prefix) || form.length - prefix.length < 4) continue;
    const rest = form.slice(prefix.length);
    const base = verb(rest).filter((r) => r.particle === undefined && !r.participle);
    if (base.length === 0) continue;
    const participle = verb(`ge${rest}`).some((r) => r.participle);
    return base.map((r) => ({ ...r, lemma: prefix + r.lemma, participle: participle || r.participle }));
  }
  return [];
}

const UMLAUT: Record<string, string> = { ä: 'a', ö: 'o', ü: 'u' };

/**
 * Comparatives and superlatives the dictionary lacks: "frühere" → früh,
 * "größter" → groß, "wichtigsten" → wichtig, "neueste" → neu.
 */
/** Comparatives and superlatives whose stem is not the positive's (without their endings). */
const IRREGULAR_DEGREES = new Map([
  ['höher', 'hoch'],
  ['besser', 'gut'],
  ['best', 'gut'],
  ['näher', 'nah'],
  ['nächst', 'nah'],
  ['meist', 'viel'],
]);

function degreeBase(form: string, base: (f: string) => string | undefined): string | undefined {
  if (form.length < 5) return undefined;
  // "zweitgrößter", "drittwichtigste".
  const ordinal = /^(zweit|dritt|viert|fünft)(.{5,})$/.exec(form);
  if (ordinal !== null) return degreeBase(ordinal[2]!, base);
  for (const ending of ['', 'e', 'er', 'en', 'em', 'es']) {
    if (!form.endsWith(ending)) continue;
    const stem = form.slice(0, form.length - ending.length);
    // "Höhere Abschlüsse", "bessere", "nächste": degrees with a stem of their own.
    const irregular = IRREGULAR_DEGREES.get(stem);
    if (irregular !== undefined) return base(irregular);
    for (const degree of ['er', 'est', 'st', 't']) {
      if (!stem.endsWith(degree) || stem.length - degree.length < 3) continue;
      const root = stem.slice(0, stem.length - degree.length);
      if (degree === 't' && !/[ßsz]$/.test(root)) continue;
      const plain = root.replace(/[äöü]/g, (c) => UMLAUT[c]!);
      const hit = base(root) ?? (plain !== root ? base(plain) : undefined);
      if (hit !== undefined) return hit;
    }
  }
  return undefined;
}

/**
 * Nouns the dictionary lacks (anglicisms, newer words): data/lexicon/de/nouns.yaml,
 * gender → lemmas, each written "Lemma" or "Lemma/Plural" (default plural: -s).
 */
function loadExtraNouns(raw: unknown): Map<string, NounReading[]> {
  const map = new Map<string, NounReading[]>();
  if (!isRecord(raw)) return map;
  for (const [gender, words] of Object.entries(raw)) {
    if (!Array.isArray(words) || gender === 'confixes') continue;
    for (const w of words) {
      const [lemma, plural = `${String(w)}s`] = String(w).split('/') as [string, string?];
      const add = (form: string, reading: NounReading): void => {
        map.set(form, [...(map.get(form) ?? []), reading]);
      };
      // ("des Versicherers", "den Servern": the genitive singular of masculine and neuter nouns, the dative plural.)
      const genitive = gender !== 'F' && !/[sßxz]$/.test(lemma) ? `${lemma}s` : undefined;
      const dative = /[ns]$/.test(plural) ? undefined : `${plural}n`;
      add(lemma, { lemma, gender, cases: gender === 'F' ? ['nom', 'gen', 'dat', 'acc'] : ['nom', 'dat', 'acc'], plural: false });
      if (genitive !== undefined && genitive !== plural) add(genitive, { lemma, gender, cases: ['gen'], plural: false });
      add(plural, { lemma, gender, cases: dative === undefined ? ['nom', 'gen', 'dat', 'acc'] : ['nom', 'gen', 'acc'], plural: true });
      if (dative !== undefined) add(dative, { lemma, gender, cases: ['dat'], plural: true });
    }
  }
  return map;
}

/** First parts of compounds that are no words of their own: data/lexicon/de/nouns.yaml, key "confixes". */
function loadConfixes(raw: unknown): Set<string> {
  const list = isRecord(raw) ? raw['confixes'] : undefined;
  return new Set(Array.isArray(list) ? list.map((w) => String(w).toLowerCase()) : []);
}

function loadClosed(): Map<string, Pos> {
  const raw = loadYaml(join(DATA_DIR, 'lexicon', 'de', 'closed.yaml'));
  const map = new Map<string, Pos>();
  if (!isRecord(raw)) return map;
  for (const [pos, words] of Object.entries(raw)) {
    if (!Array.isArray(words) || pos === 'pronounCases') continue;
    for (const w of words) if (!map.has(String(w))) map.set(String(w), pos as Pos);
  }
  return map;
}

/** Cases of personal pronouns by form (closed.yaml `pronounCases`). */
function loadPronounCases(): Map<string, Case[]> {
  const raw = loadYaml(join(DATA_DIR, 'lexicon', 'de', 'closed.yaml'));
  const map = new Map<string, Case[]>();
  const table = isRecord(raw) ? raw['pronounCases'] : undefined;
  if (!isRecord(table)) return map;
  for (const [form, cases] of Object.entries(table)) {
    if (Array.isArray(cases)) map.set(form, cases.map(String) as Case[]);
  }
  return map;
}

/** What counts as found, for swissFallback. */
const hasAny = (answer: readonly unknown[]): boolean => answer.length > 0;
const isTrue = (answer: boolean): boolean => answer;
const isDefined = (answer: string | undefined): boolean => answer !== undefined;

/**
 * Swiss German writes "ss" for "ß" ("grösste", "heisst", "Massnahmen"): a form with "ss" that the tables lack is
 * looked up with "ß" in place of one "ss" (the later ones first: "Schlossstrasse"), then of all. The answer for the
 * form as written, when it has none of these.
 */
function swissFallback<T>(form: string, look: (form: string) => T, found: (answer: T) => boolean): T {
  const own = look(form);
  if (found(own) || !form.includes('ss')) return own;
  for (let at = form.lastIndexOf('ss'); at >= 0; at = at === 0 ? -1 : form.lastIndexOf('ss', at - 1)) {
    const answer = look(`${form.slice(0, at)}ß${form.slice(at + 2)}`);
    if (found(answer)) return answer;
  }
  const all = look(form.replaceAll('ss', 'ß'));
  return found(all) ? all : own;
}
