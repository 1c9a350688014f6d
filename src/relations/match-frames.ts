// Matches verb-frame rules against analysed clauses: the verb lemma, required
// words and negation decide whether a rule applies; its roles name the clause's
// arguments (subject, object, dative, a preposition, a noun's attachment).
import type { FrameRule } from './rules.js';
import { type Arg, type Clause, withJoined } from './clauses.js';
import { BoundedMap } from '../data/bounded-map.js';

export interface Binding {
  entities?: string[];
  literal?: { value: string; datatype: string };
}

export type RoleValue = Binding | undefined;

/** Resolves a role name of a rule ("subject", "prep:mit", "noun:Klage/gegen", "gen:Antrag", "year"). */
export interface RoleContext {
  /** Who reports the clause, when it is reported speech. */
  speaker: string[] | undefined;
  /** Entities named earlier in the sentence, latest first. */
  previous: string[];
  /** Entities named later in the sentence, first first. */
  next: string[];
  /** The latest entity of a class named before the clause, in this or an earlier sentence. */
  recent(cls: string): string | undefined;
  /** The entity of a class named most often before the clause. */
  topic(cls: string): string | undefined;
  /** Like `recent`, but up to where the rule matched rather than to the clause's start. */
  focus(cls: string): string | undefined;
  /** The latest entity named before the clause whose label contains a word ("Kommission"). */
  recentLabelled(word: string, most?: boolean, described?: boolean): string | undefined;
  /** The entity of a class named last before the match ("Deren Chef X": the one "deren" points to), of a gender. */
  last(cls: string, gender?: 'm' | 'f', named?: boolean): string | undefined;
  /** The first entity of a class named after the match in its sentence. */
  ahead(cls: string): string | undefined;
  /** The first place of a class the dateline names ("Murbrugg –": the town a mayor elected there heads). */
  dateline(cls: string): string | undefined;
  /** The latest entity named before the clause right after "Noun prep" ("Angriff auf X"). */
  namedAfter(nouns: string[], prep: string): string | undefined;
  /** Whether the entity's class is (a subclass of) `cls`. */
  isOf(key: string, cls: string): boolean;
  /** Whether the entity has a name. */
  isNamed(key: string): boolean;
  /** The subject of the first main clause of the sentence before ("… Its chief executive, X, said"). */
  priorSubject: string[] | undefined;
  /** The subject of the clause before in the same sentence ("X wurde von A gegründet, die Geschäfte führt A"). */
  clauseBeforeSubject: string[] | undefined;
  /** Its object (in a passive clause, what the grammatical subject named: "X wurde von A gegründet"). */
  clauseBeforeObject: string[] | undefined;
  /** The subject of the sentence's first clause, for a clause after it ("Der Verlag wolle …, kritisierte die Gewerkschaft"). */
  openingSubject: string[] | undefined;
  /** What the sentence's first clause is about: its subject, or in the passive what its grammatical subject names. */
  openingTopic: string[] | undefined;
}

/** The alternatives of a role ("prep:gegen|object"), split once per role string of the rules. Read-only. */
export function roleAlternatives(role: string): string[] {
  let alts = alternativesOf.get(role);
  if (alts === undefined) {
    alts = role.split('|');
    alternativesOf.set(role, alts);
  }
  return alts;
}

const alternativesOf = new BoundedMap<string, string[]>(1_000);

/** A role without class filter, cut at its first colon ("noun:Klage/gegen" → noun, Klage/gegen), once per role string. */
interface RoleParts {
  kind: string;
  spec: string | undefined;
  /** `spec` split at "+" (for every kind but noun, whose spec is "nouns/prep"). */
  words: string[];
  /** noun: the nouns (split at "+") and the preposition after "/"; `preps`, that split at "+" ("successor/to+of"). */
  nouns: string[];
  prep: string | undefined;
  preps: string[] | undefined;
}

const partsOf = new BoundedMap<string, RoleParts>(1_000);

function roleParts(role: string): RoleParts {
  let parts = partsOf.get(role);
  if (parts === undefined) {
    const [kind, spec] = role.split(':', 2) as [string, string | undefined];
    const [nouns, prep] = (spec ?? '').split('/') as [string, string | undefined];
    parts = { kind, spec, words: spec === undefined ? [] : spec.split('+'), nouns: nouns.split('+'), prep, preps: prep?.split('+') };
    partsOf.set(role, parts);
  }
  return parts;
}

export function resolveRole(role: string, clause: Clause, ctx: RoleContext, avoid?: string[]): RoleValue {
  for (const alt of roleAlternatives(role)) {
    const value = resolveOne(alt, clause, ctx, avoid !== undefined);
    // An alternative that names the other side of the relation ("X, the rival of X") gives way to the next; so does a
    // phrase that holds it among others ("wo Konkurrenten wie X und Y den Markt dominieren": X's own subject).
    if (value !== undefined && avoid !== undefined && value.entities !== undefined && value.entities.some((k) => avoid.includes(k))) continue;
    if (value !== undefined) return value;
  }
  return undefined;
}

/**
 * One alternative of a role. `inPattern`: the role of a token pattern, whose own entities are avoided by the
 * caller; a topic or recent organisation may then be one the clause names ("Chief Executive X has said the
 * company …" is the chief of the company talked about).
 */
function resolveOne(role: string, clause: Clause, ctx: RoleContext, inPattern = false): RoleValue {
  const speaker = ctx.speaker;
  const fromArg = (a: Arg | undefined): RoleValue => (a === undefined ? undefined : { entities: a.entities });
  // Class filters: "prep:zu@Platform+Product" (any role) and "object:PoliticalParty" keep only entities of
  // those classes, "object!PoliticalParty" drops them ("übernahm die Partei" is no acquisition).
  const filter = classFilter(role);
  // "previous@Company": the latest earlier entity of those classes, not only the latest earlier entity.
  if (filter !== undefined && filter.base === 'previous') {
    const own = new Set(clause.subject?.entities ?? []);
    const other = ctx.previous.find((k) => !own.has(k) && passes(filter, k, ctx));
    return other === undefined ? undefined : { entities: [other] };
  }
  if (filter !== undefined) {
    const value = resolveOne(filter.base, clause, ctx, inPattern);
    const keep = value?.entities?.filter((k) => passes(filter, k, ctx));
    return keep !== undefined && keep.length > 0 ? { entities: keep } : undefined;
  }
  switch (role) {
    case 'subject':
      return fromArg(clause.subject);
    // "Der Verwaltungsrat hat X zur CEO ernannt": a subject with a name, not a body of the organisation talked about.
    case 'namedSubject': {
      const named = clause.subject?.entities.filter((k) => ctx.isNamed(k));
      return named === undefined || named.length === 0 ? undefined : { entities: named };
    }
    case 'object':
      return fromArg(clause.object);
    case 'dative':
      return fromArg(clause.dative);
    case 'speaker':
      return speaker === undefined || speaker.length === 0 ? undefined : { entities: speaker };
    case 'previous': {
      const own = new Set(clause.subject?.entities ?? []);
      const other = ctx.previous.find((k) => !own.has(k));
      return other === undefined ? undefined : { entities: [other] };
    }
    case 'next': {
      const own = new Set(clause.subject?.entities ?? []);
      const other = ctx.next.find((k) => !own.has(k));
      return other === undefined ? undefined : { entities: [other] };
    }
    // The organisation of the last sentences even when the clause names it: "Plenio trennte sich von Vorstandschef X".
    case 'focus':
      return beyond(ctx.focus('Organization'), clause, false);
    case 'topic':
      return beyond(ctx.topic('Organization'), clause, !inPattern);
    case 'recent':
      return beyond(ctx.recent('Organization'), clause, !inPattern);
    // "Its chief executive, Anja Pohl, said": what the sentence before was about.
    // (One entity only: "Fotobeat and Kovalt did not respond. … Chief Executive Dan Ekberg" leads one of them, not both.)
    case 'priorSubject':
      return ctx.priorSubject === undefined || ctx.priorSubject.length !== 1 ? undefined : { entities: ctx.priorSubject };
    case 'clauseBeforeSubject':
      return ctx.clauseBeforeSubject === undefined ? undefined : { entities: ctx.clauseBeforeSubject };
    // (Not the clause's own subject: "X begrüßte die Zusagen, kritisierte aber, dass …" is about someone else.)
    // (Nor from a relative clause: "den Milchpreis, den viele Mitglieder kritisiert hatten" is about the noun before it.)
    case 'openingSubject': {
      if (clause.relative) return undefined;
      const own = new Set(clause.subject?.entities ?? []);
      const other = ctx.openingSubject?.filter((k) => !own.has(k));
      return other === undefined || other.length === 0 ? undefined : { entities: other };
    }
    // "Pecos was acquired by Brazos …, spokeswoman X said": the organisation the sentence opened with.
    case 'openingTopic':
      return ctx.openingTopic === undefined ? undefined : { entities: ctx.openingTopic };
    case 'clauseBeforeObject':
      return ctx.clauseBeforeObject === undefined ? undefined : { entities: ctx.clauseBeforeObject };
    case 'year':
      return clause.years[0] === undefined ? undefined : { literal: { value: clause.years[0], datatype: 'gYear' } };
    default:
      break;
  }
  const { kind, spec, words, nouns: heads, prep, preps } = roleParts(role);
  if (spec === undefined) return undefined;
  // "recent:Person": the most named entity of that class in the last sentences.
  if (kind === 'recent') return beyond(ctx.recent(spec), clause, !inPattern);
  // "topic:Person": the most named entity of that class so far.
  if (kind === 'topic') return beyond(ctx.topic(spec), clause, !inPattern);
  // "focus:Company": like focus, for one class.
  if (kind === 'focus') return beyond(ctx.focus(spec), clause, false);
  // "ahead:Company": what the sentence names after the match, when nothing before fits.
  if (kind === 'ahead') return beyond(ctx.ahead(spec), clause, false);
  // "dateline:City": the town of the dateline, where nothing in the text names one before.
  if (kind === 'dateline') return beyond(ctx.dateline(spec), clause, false);
  // "earlier:Angriff+Hackerangriff/auf": the target of an attack told before ("… bekannte sich zu der Attacke").
  if (kind === 'earlier') {
    const key = prep === undefined ? undefined : ctx.namedAfter(heads, prep);
    return beyond(key, clause, true);
  }
  // "lastMasc:Organization" for "dessen", "lastFem:Organization" for "deren".
  // "lastNamed:Organization": the last one with a name ("Sprecherin X" speaks for no "Parteispitze").
  if (kind === 'last' || kind === 'lastMasc' || kind === 'lastFem' || kind === 'lastNamed') {
    const key = ctx.last(spec, kind === 'lastMasc' ? 'm' : kind === 'lastFem' ? 'f' : undefined, kind === 'lastNamed');
    return key === undefined ? undefined : { entities: [key] };
  }
  // "described:verein+klub": like labelled, or described by a noun that ends in one of the words ("der Verein").
  if (kind === 'labelled' || kind === 'described') {
    for (const word of words) {
      const key = ctx.recentLabelled(word, undefined, kind === 'described');
      if (key !== undefined) return { entities: [key] };
    }
    return undefined;
  }
  if (kind === 'prep') {
    const preps = words;
    let at = clause.args.findIndex((a) => a.prep !== undefined && preps.includes(a.prep) && a !== clause.subject);
    if (at < 0) return undefined;
    // "competes with larger players such as X and Y": the names that exemplify an unnamed group, not the group.
    // ("compete for contracts with retailers such as X": not where the phrase hangs on a noun.)
    const own = clause.args[at]!.prep;
    if (clause.args[at]!.noun === undefined) at = exemplifiedArg(clause, at, ctx);
    return { entities: withJoined(clause.args, at, own) };
  }
  // "verbPrep:an": a phrase with the preposition that hangs on the verb, not on a noun ("verkauft die Anteile an dem
  // Liftbetreiber X an die Y": Y).
  if (kind === 'verbPrep') {
    const at = clause.args.findIndex((a) => a.prep !== undefined && words.includes(a.prep) && a !== clause.subject && a.noun === undefined);
    return at < 0 ? undefined : { entities: withJoined(clause.args, at, clause.args[at]!.prep) };
  }
  if (kind === 'noun') {
    const at = clause.args.findIndex((a) => nounIs(a, heads) && (preps === undefined ? a.genitive : a.prep !== undefined && preps.includes(a.prep)));
    // "competition from online sellers such as X": the names that exemplify the group, as for a preposition.
    if (at < 0) return undefined;
    const named = exemplifiedArg(clause, at, ctx);
    return preps === undefined ? fromArg(clause.args[named]) : { entities: withJoined(clause.args, named, clause.args[at]!.prep) };
  }
  if (kind === 'gen') {
    return fromArg(clause.args.find((a) => a.genitive && nounIs(a, words)));
  }
  // "antecedent:in": what a relative pronoun after the preposition stands for ("Lime, in which Uber holds a stake").
  if (kind === 'antecedent') return fromArg(clause.args.find((a) => a.antecedent === true && a.prep === spec));
  // "genOf:Kritik/an": the genitive on the noun of a phrase that hangs on the noun ("Kritik am Vorgehen des X").
  if (kind === 'genOf') {
    return fromArg(clause.args.find((a) => a.genitive && a.phraseOf !== undefined && a.phraseOf[2] === prep && (heads.includes(a.phraseOf[0]) || heads.includes(a.phraseOf[1]))));
  }
  return undefined;
}

/**
 * The argument that names the examples of argument `at` when that one holds only an unnamed group ("players such as
 * X"): the next argument with the same preposition and a named entity, else `at` itself.
 */
function exemplifiedArg(clause: Clause, at: number, ctx: RoleContext): number {
  const arg = clause.args[at]!;
  if (arg.entities.some((k) => ctx.isNamed(k))) return at;
  const named = clause.args.findIndex((a, k) => k > at && a.prep === arg.prep && a.entities.some((e) => ctx.isNamed(e)));
  return named > at ? named : at;
}

/** An entity found beyond the clause; with `notOwn`, none the clause already has as subject or object. */
/** The base role and classes of a filtered role ("prep:zu@Platform", "object!Court", "subject:Person"), if any. */
function classFilter(role: string): ClassFilter | undefined {
  const known = filters.get(role);
  if (known !== undefined) return known ?? undefined;
  const filter = parseClassFilter(role);
  filters.set(role, filter ?? null);
  return filter;
}

/** Class filters per role string of the rules (null: none). Read-only. */
const filters = new BoundedMap<string, ClassFilter | null>(1_000);

/** Keep (or, `keep` false, drop) entities of `classes`; `except` drops some of the kept ones again. */
interface ClassFilter {
  base: string;
  classes: string[];
  keep: boolean;
  except?: string[];
}

function passes(filter: ClassFilter, key: string, ctx: RoleContext): boolean {
  if (filter.classes.some((c) => ctx.isOf(key, c)) !== filter.keep) return false;
  return filter.except === undefined || !filter.except.some((c) => ctx.isOf(key, c));
}

function parseClassFilter(role: string): ClassFilter | undefined {
  const at = role.indexOf('@');
  // "speaker@Organization!GovernmentAgency+Court": an organisation, but no authority nor court.
  const but = at > 0 ? role.indexOf('!', at) : -1;
  if (but > 0) return { base: role.slice(0, at), classes: role.slice(at + 1, but).split('+'), keep: true, except: role.slice(but + 1).split('+') };
  if (at > 0) return { base: role.slice(0, at), classes: role.slice(at + 1).split('+'), keep: true };
  const bang = role.indexOf('!');
  if (bang > 0) return { base: role.slice(0, bang), classes: role.slice(bang + 1).split('+'), keep: false };
  const colon = role.indexOf(':');
  const core = colon > 0 ? role.slice(0, colon) : '';
  if (core === 'subject' || core === 'object' || core === 'dative') return { base: core, classes: role.slice(colon + 1).split('+'), keep: true };
  return undefined;
}

function beyond(key: string | undefined, clause: Clause, notOwn: boolean): RoleValue {
  if (key === undefined) return undefined;
  if (notOwn && [...(clause.subject?.entities ?? []), ...(clause.object?.entities ?? [])].includes(key)) return undefined;
  return { entities: [key] };
}

function nounIs(a: Arg, nouns: string[]): boolean {
  return (
    (a.noun !== undefined && (nouns.includes(a.noun) || (a.noun.includes(' ') && nouns.includes(a.noun.slice(a.noun.lastIndexOf(' ') + 1))))) ||
    (a.nounHead !== undefined && nouns.includes(a.nounHead)) ||
    (a.outer !== undefined && (nouns.includes(a.outer[0]) || nouns.includes(a.outer[1])))
  );
}

export function frameApplies(rule: FrameRule, clause: Clause, report: Clause | undefined): boolean {
  if (rule.reportedWith.length > 0 && (report === undefined || !allPresent(rule.reportedWith, report.lemmas))) return false;
  if (rule.negated !== clause.negated) return false;
  const anyVerb = rule.verbs.includes('*');
  if (!anyVerb && !sharesVerb(rule.verbs, clause.verbs)) return false;
  if (anyVerb && clause.verbs.length === 0) return false;
  // A clause makes its lemma set on first use: only ask for it when the rule has words to test.
  if (rule.requires.length === 0 && rule.unless.length === 0) return true;
  return allPresent(rule.requires, clause.lemmas) && !anyPresent(rule.unless, clause.lemmas);
}

/** Whether the clause has one of the rule's verbs (a loop, not a closure: this runs for every candidate frame). */
function sharesVerb(ruleVerbs: string[], clauseVerbs: string[]): boolean {
  for (const v of clauseVerbs) if (ruleVerbs.includes(v)) return true;
  return false;
}

/** One of `words` is in `lemmas` ("block the merger": the frame's `unless`). */
function anyPresent(words: string[], lemmas: Set<string>): boolean {
  for (const w of words) if (lemmas.has(w)) return true;
  return false;
}

/** Every group of alternatives has one in `lemmas` (loops, not closures: this runs for every candidate frame of every clause). */
function allPresent(groups: string[][], lemmas: Set<string>): boolean {
  for (const alts of groups) {
    let any = false;
    for (const w of alts) {
      if (lemmas.has(w)) {
        any = true;
        break;
      }
    }
    if (!any) return false;
  }
  return true;
}

/** Frame rules by verb lemma, and those for any verb ("*"), as positions in the rule list. */
interface FrameIndex {
  byVerb: Map<string, number[]>;
  anyVerb: number[];
  /** Answers per list of clause verbs: few combinations recur throughout a text. */
  answers: BoundedMap<string, FrameRule[]>;
}

const frameIndexes = new WeakMap<FrameRule[], FrameIndex>();

/**
 * The frame rules that can apply to a clause with these verbs, in rule order
 * (the order decides which of two equal relations is kept). A clause has a
 * verb or two and most rules name other verbs: indexing them by lemma spares
 * testing every rule on every clause. frameApplies still decides. The list
 * returned is shared between calls with the same verbs: read it, do not change it.
 */
export function framesFor(rules: FrameRule[], verbs: string[]): FrameRule[] {
  if (verbs.length === 0) return [];
  let index = frameIndexes.get(rules);
  if (index === undefined) {
    index = { byVerb: new Map(), anyVerb: [], answers: new BoundedMap() };
    for (let r = 0; r < rules.length; r++) {
      const rule = rules[r]!;
      if (rule.verbs.includes('*')) index.anyVerb.push(r);
      else {
        for (const v of new Set(rule.verbs)) {
          const list = index.byVerb.get(v);
          if (list === undefined) index.byVerb.set(v, [r]);
          else list.push(r);
        }
      }
    }
    frameIndexes.set(rules, index);
  }
  const key = verbs.join('\u0001');
  let out = index.answers.get(key);
  if (out === undefined) {
    const wanted = new Uint8Array(rules.length);
    for (const r of index.anyVerb) wanted[r] = 1;
    for (const v of verbs) for (const r of index.byVerb.get(v) ?? []) wanted[r] = 1;
    out = [];
    for (let r = 0; r < rules.length; r++) if (wanted[r] === 1) out.push(rules[r]!);
    index.answers.set(key, out);
  }
  return out;
}
