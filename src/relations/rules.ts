// Loads and validates the declarative relation rules of a language
// (data/rules/<lang>/*.yaml). Three kinds: token patterns over a sentence,
// verb frames over a clause, and compound rules over one word. Each rule has
// an id that ends up in provenance.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_DIR } from '../paths.js';
import { isRecord, loadYaml } from '../data/load-yaml.js';
import { DataError } from '../errors.js';
import type { Lang } from '../types.js';

/** [subject-role, predicate, object-role]; `fact` asserts it even inside reported speech. */
export interface Emit {
  subject: string;
  predicate: string;
  object: string;
  fact: boolean;
}

export interface PatternElement {
  kind: 'slot' | 'token' | 'gap';
  /** slot: name; class constraint; whether it must be a compound modifier. */
  name?: string;
  cls?: string;
  compound?: boolean;
  /** slot: only a name, not an unnamed or described entity or a pronoun ("@O!"). */
  named?: boolean;
  /** slot: a name in the English genitive ("@O's": "Alphabet's Google"). */
  genitive?: boolean;
  /** slot: this name only, not the names coordinated with it ("@O^": "U.S.-based Westinghouse and KHNP"). */
  single?: boolean;
  /** token: which attribute and its alternatives. */
  attr?: 'lemma' | 'head' | 'tail' | 'text' | 'pos';
  values?: string[];
  optional?: boolean;
  /** token or slot: "!text=von", "!@X" — the next item must not match; nothing is consumed. */
  not?: boolean;
  /** gap: most items to skip. */
  max?: number;
}

export interface PatternRule {
  kind: 'pattern';
  id: string;
  file: string;
  elements: PatternElement[];
  emit: Emit[];
  /**
   * A guess from outside the match ("Geschäftsführer X" → the company talked about): dropped when another
   * rule relates the same subject by the same property in the same sentence ("Bergklang-Geschäftsführer X").
   */
  fallback?: boolean;
  /** true: only a match that opens its sentence counts ("Its chief executive, X, …"; text matching ignores case); false: never one. */
  sentenceStart?: boolean;
  /** true: the rule may make a person the head of a town, region or country ("Bürgermeister X"); no other rule may. */
  placeHead?: boolean;
  /** true: the rule reads the dateline only ("AUSTIN, Texas, Sept 12 (Reuters) -"), which no other rule sees. */
  dateline?: boolean;
  /** Lemmas of the match's clause that stop the rule, as a frame's ("konkurriert mit Marken wie X" names no brands). */
  unless?: string[];
}

export interface FrameRule {
  kind: 'frame';
  id: string;
  file: string;
  /** Verb lemmas, or ["*"] for any verb. */
  verbs: string[];
  /** Lemmas (or compound heads) that must occur in the clause. */
  requires: string[][];
  /** Lemmas that rule the frame out ("block the merger" is no ban). */
  unless: string[];
  /** Lemmas that must occur in the clause that reports this one ("behauptete in der Klage"). */
  reportedWith: string[][];
  /** true: the clause must be negated; false (default): it must not be. */
  negated: boolean;
  /** true: the frame holds in a clause of intent too ("wants to compete with X" names a rival). */
  intent?: boolean;
  /** true: the frame may make someone head of a town or state ("der die Stadt seit 2008 geführt hatte"). */
  placeHead?: boolean;
  /** A guess from outside the clause, as for patterns: it gives way to a rule that relates the same subject so. */
  fallback?: boolean;
  emit: Emit[];
}

export interface CompoundRule {
  kind: 'compound';
  id: string;
  file: string;
  /** Head lemmas of the compound ("Anhänger"). */
  heads: string[];
  /** Endings of heads, written "*bank" in the rule: any head that ends so and is longer ("Eiderbank"). */
  endings?: string[];
  /** Class the entity inside the word must have ("PoliticalParty" for "Mitte-Politiker"). */
  modifierClass?: string;
  /**
   * The rule is about names that follow the noun ("das Landgericht München": `whole` the institution, `modifier`
   * the place), not compound words; `heads` is then `['*']` or the nouns.
   */
  after?: boolean;
  emit: Emit[];
}

/**
 * A rule over the article's relations: when every triple of `when` holds (as facts, not claims),
 * the triples of `emit` hold too. Terms are variables shared across the triples:
 * `when: [[B, succeeded, A], [A, ceoOf, X]]`, `emit: [[B, ceoOf, X]]`.
 */
export interface InferenceRule {
  kind: 'inference';
  id: string;
  file: string;
  when: Emit[];
  emit: Emit[];
  /** The emitted object must be the organisation the article is about ("replacing Y": the office at that firm). */
  centralObject?: boolean;
}

/**
 * A rule over the names of one article: an entity of class `whole` whose name is the name of an entity of class
 * `base` and more words ("Bolt Deutschland" beside "Bolt", "Apple Watch" beside "Apple"). `except` lists the last
 * words that make the longer name another kind of thing ("X Holding" owns X); legal forms alone never count.
 */
export interface NameRule {
  kind: 'name';
  id: string;
  file: string;
  base: string;
  whole: string;
  except: string[];
  /** Only when both are named in one sentence (its evidence); else anywhere, with the whole's first sentence. */
  sameSentence: boolean;
  /** The base's name may stand anywhere among the whole's words ("Stadtwerke Minden", "FC Traunsee Gmunden"). */
  within: boolean;
  /** Only for a whole the text names more than once (a club named in passing in a list is not what it is about). */
  recurring: boolean;
  emit: Emit[];
}

export type Rule = PatternRule | FrameRule | CompoundRule | InferenceRule | NameRule;

export interface RuleSet {
  lang: Lang;
  patterns: PatternRule[];
  /** Pattern rules marked `dateline: true`, kept apart from `patterns`. */
  datelinePatterns: PatternRule[];
  frames: FrameRule[];
  compounds: CompoundRule[];
  inferences: InferenceRule[];
  names: NameRule[];
  all: Rule[];
}

const cache = new Map<string, RuleSet>();

/**
 * Loads every rule file of a language; `validPredicates` guards against typos, and so does `validClasses` for the
 * classes that roles keep or drop ("object!PoliticalParty", "speaker@Organization!Court").
 */
export function loadRules(lang: Lang, validPredicates: Set<string>, dir = join(DATA_DIR, 'rules', lang), validClasses?: Set<string>): RuleSet {
  const hit = cache.get(dir);
  if (hit) return hit;
  const set: RuleSet = { lang, patterns: [], datelinePatterns: [], frames: [], compounds: [], inferences: [], names: [], all: [] };
  const ids = new Set<string>();
  let files: string[];
  try {
    files = readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)).sort();
  } catch {
    throw new DataError('RESOURCE_MISSING', `no rule directory for language '${lang}'`, dir);
  }
  for (const name of files) {
    const file = join(dir, name);
    const raw = loadYaml(file);
    if (!Array.isArray(raw)) throw new DataError('RULES_INVALID', 'expected a list of rules', file);
    for (const entry of raw) {
      const rule = parseRule(entry, file, validPredicates, validClasses);
      if (ids.has(rule.id)) throw new DataError('RULES_INVALID', `duplicate rule id '${rule.id}'`, file);
      ids.add(rule.id);
      set.all.push(rule);
      if (rule.kind === 'pattern') (rule.dateline === true ? set.datelinePatterns : set.patterns).push(rule);
      else if (rule.kind === 'frame') set.frames.push(rule);
      else if (rule.kind === 'inference') set.inferences.push(rule);
      else if (rule.kind === 'name') set.names.push(rule);
      else set.compounds.push(rule);
    }
  }
  cache.set(dir, set);
  return set;
}

function parseRule(entry: unknown, file: string, predicates: Set<string>, classes?: Set<string>): Rule {
  if (!isRecord(entry) || typeof entry.id !== 'string') {
    throw new DataError('RULES_INVALID', `every rule needs an 'id' (near ${JSON.stringify(entry).slice(0, 60)})`, file);
  }
  const id = entry.id;
  const fail = (what: string): never => {
    throw new DataError('RULES_INVALID', `rule '${id}': ${what}`, file);
  };
  const emit = parseEmit(entry.emit, predicates, fail, 'emit', classes);
  if (Array.isArray(entry.pattern)) {
    const rule: PatternRule = { kind: 'pattern', id, file, elements: entry.pattern.map((e) => parseElement(String(e), fail)), emit };
    if (entry.fallback === true) rule.fallback = true;
    if (entry.placeHead === true) rule.placeHead = true;
    if (entry.sentenceStart === true || entry.sentenceStart === false) rule.sentenceStart = entry.sentenceStart;
    else if (entry.sentenceStart !== undefined) fail('"sentenceStart" must be true or false');
    if (entry.dateline === true) rule.dateline = true;
    else if (entry.dateline !== undefined) fail('"dateline" must be true');
    if (Array.isArray(entry.unless)) rule.unless = entry.unless.map(String);
    else if (entry.unless !== undefined) fail('"unless" must be a list');
    return rule;
  }
  if (entry.verbs !== undefined) {
    const verbs = Array.isArray(entry.verbs) ? entry.verbs.map(String) : [String(entry.verbs)];
    const alternatives = (v: unknown): string[][] => (Array.isArray(v) ? v : []).map((r) => String(r).split('|'));
    const requires = alternatives(entry.requires);
    const reportedWith = alternatives(entry.reportedWith);
    const unless = (Array.isArray(entry.unless) ? entry.unless : []).map(String);
    const frame: FrameRule = { kind: 'frame', id, file, verbs, requires, unless, reportedWith, negated: entry.negated === true, emit };
    if (entry.intent === true) frame.intent = true;
    else if (entry.intent !== undefined) fail('"intent" must be true or absent');
    if (entry.placeHead === true) frame.placeHead = true;
    if (entry.fallback === true) frame.fallback = true;
    return frame;
  }
  if (entry.compound !== undefined) {
    const heads = Array.isArray(entry.compound) ? entry.compound.map(String) : [String(entry.compound)];
    const endings = heads.filter((h) => h.length > 1 && h.startsWith('*')).map((h) => h.slice(1));
    const rule: CompoundRule = { kind: 'compound', id, file, heads: heads.filter((h) => h === '*' || !h.startsWith('*')), emit };
    if (endings.length > 0) rule.endings = endings;
    if (entry.modifier !== undefined) rule.modifierClass = String(entry.modifier);
    if (entry.after === true) rule.after = true;
    return rule;
  }
  if (entry.when !== undefined) {
    const when = parseEmit(entry.when, predicates, fail, 'when', classes);
    if (when.length !== 2) return fail("'when' must list two triples");
    const bound = new Set(when.flatMap((t) => [t.subject, t.object]));
    for (const t of emit) if (!bound.has(t.subject) || !bound.has(t.object)) fail(`'emit' may only use terms bound in 'when'`);
    const rule: InferenceRule = { kind: 'inference', id, file, when, emit };
    if (entry.centralObject !== undefined && typeof entry.centralObject !== 'boolean') return fail(`'centralObject' must be true or false`);
    if (entry.centralObject === true) rule.centralObject = true;
    return rule;
  }
  if (entry.names !== undefined) {
    if (!isRecord(entry.names) || typeof entry.names.base !== 'string' || typeof entry.names.whole !== 'string') fail("'names' needs 'base' and 'whole' classes");
    const names = entry.names as Record<string, unknown>;
    const except = (Array.isArray(names.except) ? names.except : []).map(String);
    for (const t of emit) if (![t.subject, t.object].every((r) => r === 'base' || r === 'whole')) fail("'emit' may only use 'base' and 'whole'");
    for (const flag of ['sameSentence', 'within', 'recurring']) if (names[flag] !== undefined && typeof names[flag] !== 'boolean') fail(`'${flag}' must be true or false`);
    return { kind: 'name', id, file, base: String(names.base), whole: String(names.whole), except, sameSentence: names.sameSentence === true, within: names.within === true, recurring: names.recurring === true, emit };
  }
  return fail("needs one of 'pattern', 'verbs', 'compound', 'when' or 'names'");
}

function parseEmit(raw: unknown, predicates: Set<string>, fail: (w: string) => never, key = 'emit', classes?: Set<string>): Emit[] {
  if (!Array.isArray(raw) || raw.length === 0) return fail(`'${key}' must be a non-empty list of [subject, predicate, object]`);
  return raw.map((triple) => {
    if (!Array.isArray(triple) || triple.length < 3) return fail(`each '${key}' entry must be [subject, predicate, object]`);
    const [subject, predicate, object, flag] = triple.map(String) as [string, string, string, string?];
    if (!predicates.has(predicate)) return fail(`predicate '${predicate}' is not defined by the ontology`);
    if (classes !== undefined) for (const c of filterClasses(subject).concat(filterClasses(object))) if (!classes.has(c)) return fail(`class '${c}' is not defined by the ontology`);
    return { subject, predicate, object, fact: flag === 'fact' };
  });
}

/** The classes a role keeps or drops after "@" or "!", in each of its alternatives ("a@X+Y!Z|b!W" → X, Y, Z, W). */
function filterClasses(role: string): string[] {
  const out: string[] = [];
  for (const alt of role.split('|')) {
    const at = alt.search(/[@!]/);
    if (at > 0) out.push(...alt.slice(at + 1).split(/[+!]/));
  }
  return out;
}

function parseElement(text: string, fail: (w: string) => never): PatternElement {
  let s = text.trim();
  const optional = s.startsWith('?');
  if (optional) s = s.slice(1);
  const gap = /^\.\.\.(\d+)$/.exec(s);
  if (gap) return { kind: 'gap', max: Number(gap[1]) };
  const not = s.startsWith('!');
  if (not) s = s.slice(1);
  const slot = /^@(\w+)(~)?(!)?('s)?(\^)?(?::(\w+))?(?:\/(lemma|head|pos)=(.+))?$/.exec(s);
  if (slot) {
    const el: PatternElement = { kind: 'slot', name: slot[1]!, compound: slot[2] === '~', optional };
    // "@O!": a name, not an unnamed entity or a description ("die Brüsseler Behörde").
    if (slot[3] !== undefined) el.named = true;
    // "!@X": the next item must not be such an entity; nothing is consumed and nothing is bound.
    if (not) el.not = true;
    if (slot[4] !== undefined) el.genitive = true;
    if (slot[5] !== undefined) el.single = true;
    if (slot[6] !== undefined) el.cls = slot[6];
    // "@S:Person/head=Sprecher": an unnamed or described entity named by that noun; "@P:Place/pos=ADJ": a name
    // written as an adjective ("Stockholmer").
    if (slot[7] !== undefined && slot[8] !== undefined) {
      el.attr = slot[7] as 'head' | 'pos';
      el.values = slot[8].split('|');
    }
    return el;
  }
  // ("tail=Expertin": the last part of a compound even where its head is the whole word, "WWF-Gewässerexpertin".)
  const tok = /^(lemma|head|tail|text|pos)=(.+)$/.exec(s);
  if (tok) return { kind: 'token', attr: tok[1] as 'lemma', values: tok[2]!.split('|'), optional, ...(not ? { not } : {}) };
  return fail(`cannot read pattern element '${text}'`);
}
