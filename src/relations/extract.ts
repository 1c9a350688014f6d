// The relation stage: per sentence, build items, analyse clauses, decide which
// clauses are reported speech (and whose), then apply frame, pattern and
// compound rules. Negated clauses assert nothing; claims are kept apart from
// facts; a rule can mark an emitted triple as a fact even inside reported
// speech (the act of accusing is itself a fact).
import type { Doc, Entity, Relation, RelationObject } from '../types.js';
import { sentenceRanges } from '../entities/recognize-names.js';
import type { ClauseLexicon } from './clause-lexicon.js';
import { analyseClauses, attributiveClauses, grammaticalSubject, type Clause, type JoinParticle, type ParticipleVerb } from './clauses.js';
import { buildItems, lowerText, mentionsByToken, type HeadOf, type IsCue, type Item } from './items.js';
import { frameApplies, framesFor, resolveRole, roleAlternatives, type RoleContext, type RoleValue } from './match-frames.js';
import { matchPatterns, type IsA } from './match-patterns.js';
import type { Emit, FrameRule, InferenceRule, NameRule, PatternRule, RuleSet } from './rules.js';
import { eventDate } from '../time/event-date.js';
import { entityLookups, type EntityLookups } from './entity-lookups.js';
import { holdingWord, loadCues } from '../entities/cues.js';

export interface RelationContext {
  rules: RuleSet;
  lex: ClauseLexicon;
  headOf: HeadOf;
  /** Whether a noun is a cue noun that stands in apposition before names. */
  isCue: IsCue;
  /**
   * Whether a noun relates a name to another, as a role, maker or partner ("Chef", "Betreiber", "Partner"): a compound
   * on it names another relation ("Projektleiterin", "Netzbetreiber").
   */
  relationalNoun?: (noun: string) => boolean;
  /** The separable verb formed by a particle and a lemma, if the lexicon has it. */
  joinParticle?: JoinParticle;
  /** German: the verb whose participle an adjective's lemma is ("gegründet" → gründen, "kooperierend" → kooperieren), and whether active. */
  participleVerb?: ParticipleVerb;
  isA: IsA;
  /** Keeps a relation only when subject and object fit the property's domain and range. */
  fits(predicate: string, subject: Entity | undefined, object: Entity | undefined): boolean;
}

/** The items of the attributes' own arguments, which no other clause takes. */
function attributeArguments(attributes: Clause[]): Set<number> {
  const out = new Set<number>();
  for (const a of attributes) for (const arg of a.args) out.add(arg.item);
  return out;
}

/** A role context that knows nothing beyond the clause (no speaker, no earlier or later names, no topic), only classes. */
const clauseOnly = (isOf: (key: string, cls: string) => boolean, isNamed: (key: string) => boolean): RoleContext => ({
  speaker: undefined,
  previous: [],
  next: [],
  recent: () => undefined,
  topic: () => undefined,
  focus: () => undefined,
  recentLabelled: () => undefined,
  last: () => undefined,
  ahead: () => undefined,
  dateline: () => undefined,
  namedAfter: () => undefined,
  isOf,
  isNamed,
  priorSubject: undefined,
  clauseBeforeSubject: undefined,
  clauseBeforeObject: undefined,
  openingSubject: undefined,
  openingTopic: undefined,
});

interface ClaimInfo {
  by?: string[];
  cue: string;
  /** Items `[from, to]` of the phrase naming the source ("laut Geschäftsführerin X"): what it says of itself is no claim. */
  source?: [number, number];
}

export function extractRelations(doc: Doc, ctx: RelationContext): void {
  const classOf = new Map(doc.entities.map((e) => [e.key, e.type]));
  const entityOf = new Map(doc.entities.map((e) => [e.key, e]));
  const starts = mentionsByToken(doc);
  const out: Relation[] = [];
  const fallbackRules = markedIds(ctx.rules.patterns, 'fallback', ctx.rules.frames);
  const placeHeadRules = markedIds(ctx.rules.patterns, 'placeHead', ctx.rules.frames);
  const frameRules = frameIds(ctx.rules.frames);
  const seen = new Map<string, Relation>();
  let carried: { speaker: string[]; sentence: number } | undefined;
  // The subject of the first main clause of the last sentence with one, for "Its chief executive …".
  let priorSubject: string[] | undefined;
  let subjectOf: { sentence: number; entities: string[] } | undefined;
  const lookups = entityLookups(doc, classOf, entityOf, ctx.isA);
  // The news agency of the dateline or byline ("Berlin (dpa) -", "(APA, 3.4.2024)"): "sagte ein Sprecher der dpa" is
  // said to the agency, not by its spokesperson.
  const agencies = new Set<string>();
  // "mit dem Konkurrenten X" after a sentence about an investor: a fund or investment firm is no rival of the firms of a
  // market. An investor is an entity introduced as one ("der Finanzinvestor X") or named so ("X Capital").
  const investorNames = loadCues(doc.article.lang).investorNameEnds;
  const namesakeHoldings = loadCues(doc.article.lang).namesakeHoldings;
  const investors = new Map<string, boolean>();
  const investor = (key: string): boolean => {
    let known = investors.get(key);
    if (known === undefined) {
      const e = entityOf.get(key);
      known =
        e !== undefined &&
        ([e.label, ...e.aliases].some((l) => investorNames.has(l.slice(l.lastIndexOf(' ') + 1))) || e.mentions.some((k) => doc.mentions[k]?.sector === 'investors'));
      investors.set(key, known);
    }
    return known;
  };
  for (const m of doc.mentions) {
    const inDateline = doc.article.dateline !== undefined && m.start < doc.article.dateline.end;
    const inByline = doc.article.byline !== undefined && m.start >= doc.article.byline.start;
    if (m.entity !== undefined && (inDateline || inByline) && classOf.get(m.entity) !== undefined && ctx.isA(classOf.get(m.entity)!, 'MediaOrganization')) agencies.add(m.entity);
  }
  const dates = new Map<number, ReturnType<typeof eventDate>>();
  const dateOf = (s: number): ReturnType<typeof eventDate> => {
    if (!dates.has(s)) {
      const sentence = doc.sentences[s]!;
      dates.set(s, eventDate(doc.article.text.slice(sentence.start, sentence.end), doc.article.published, doc.article.lang));
    }
    return dates.get(s);
  };

  const emit = (e: Emit, s: number, rule: string, bind: (role: string) => RoleValue, claim: ClaimInfo | undefined): void => {
    const subj = bind(e.subject);
    const obj = bind(e.object);
    if (subj?.entities === undefined || obj === undefined) return;
    const sentence = doc.sentences[s]!;
    // (Only for the guesses of fallback rules: "Konzernchef ist Yves Guillemot" names the office of the company
    // talked about, whatever holding bears the family's name.)
    const guessed = fallbackRules.has(rule) && GUESS_ROLE.test(e.object) && NAMESAKE_PREDICATES.has(e.predicate);
    // "in Kesselbach, Aubing und Lorch (Rhein)": a list one of whose names is the other side itself was read wrong (the
    // bracket was the last name's own), and says nothing of the others.
    if (e.subject !== e.object && obj.entities?.length === 1 && subj.entities.length > 1 && subj.entities.includes(obj.entities[0]!)) return;
    for (const subject of subj.entities) {
      // (A guess about someone known only by a noun says too little: "bleibt der Manager Vorstandschef der X".)
      if (guessed && e.predicate === 'ceoOf' && entityOf.get(subject)?.unnamed === true) continue;
      // "Geschäftsführerin Martina Altmüller" in an article about "Altmüller Fenster & Türen": a guessed employer gives
      // way to the organisation named after the person's family.
      const namesake = guessed ? namesakeOf(entityOf.get(subject), doc.entities, namesakeHoldings) : undefined;
      const objects: RelationObject[] = obj.literal
        ? [{ kind: 'literal', value: obj.literal.value, datatype: obj.literal.datatype }]
        : namesake !== undefined
          ? [{ kind: 'entity', key: namesake }]
          : (obj.entities ?? []).map((key) => ({ kind: 'entity', key }));
      for (const object of objects) {
        if (object.kind === 'entity' && object.key === subject) continue;
        // [subject, P, subject] relates the names of one phrase to each other: each pair once, in their order.
        if (e.subject === e.object && object.kind === 'entity' && subj.entities.indexOf(object.key) < subj.entities.indexOf(subject)) continue;
        const objectEntity = object.kind === 'entity' ? entityOf.get(object.key) : undefined;
        // "Democratic Representative X", "the party's official X": a person of a party is its member, not its employee.
        const subjectEntity = entityOf.get(subject);
        // ("Die Gemeinde Trun bleibt mit 15 Prozent beteiligt": a town or state that is a clause's subject holding a stake
        // owns part of the firm; a place a pattern finds beside a name, "der Genfer Unternehmer X", is no investor.)
        const predicate =
          e.predicate === 'worksFor' && objectEntity !== undefined && ctx.isA(objectEntity.type, 'PoliticalParty')
            ? 'memberOf'
            : e.predicate === 'investedIn' && subjectEntity !== undefined && ctx.isA(subjectEntity.type, 'Place') && frameRules.has(rule)
              ? 'owns'
              : e.predicate;
        if (!ctx.fits(predicate, subjectEntity, objectEntity)) continue;
        if (predicate === 'spokespersonOf' && object.kind === 'entity' && agencies.has(object.key)) continue;
        // (A frame names the rivals outright: "Zu den Konkurrenten von Tarlo Capital zählen X und Y".)
        if (predicate === 'competitorOf' && object.kind === 'entity' && !frameRules.has(rule) && (investor(subject) || investor(object.key))) continue;
        // "Auch der Altinvestor X legt Geld nach": money guessed to go to the firm talked about goes to no investor
        // ("… die Lerchenfeld Capital angeführt hat. Auch der Unternehmer X ist eingestiegen": nor a person's).
        if (predicate === 'investedIn' && object.kind === 'entity' && GUESS_ROLE.test(e.object) && investor(object.key)) continue;
        // A town or state has a head only by a rule for offices of the state ("Bürgermeister X"): "US-Präsident Trump"
        // or "CEO Sarandos … Los Gatos" make no one its head.
        if (predicate === 'ceoOf' && objectEntity !== undefined && ctx.isA(objectEntity.type, 'Place') && !placeHeadRules.has(rule)) continue;
        // (Likewise one works for a state only by such a rule, "Sachsens Wirtschaftsminister X": not "für Schweiz
        // Tourismus gearbeitet" where the firm's name went unread. A word only guessed to be a place is none here:
        // "bei Air Berlin gearbeitet".)
        if (predicate === 'worksFor' && objectEntity !== undefined && objectEntity.weakType !== true && ctx.isA(objectEntity.type, 'Place') && !placeHeadRules.has(rule)) continue;
        const asClaim = claim !== undefined && !e.fact;
        const id = `${subject}|${predicate}|${object.kind === 'entity' ? object.key : object.value}|${asClaim}|${s}`;
        const earlier = seen.get(id);
        if (earlier !== undefined) {
          // (The same statement from a rule that found it beside a guess that only agrees: the finding stands.)
          if (fallbackRules.has(earlier.rule) && !fallbackRules.has(rule)) earlier.rule = rule;
          continue;
        }
        const rel: Relation = { subject, predicate, object, sentence: s, span: { start: sentence.start, end: sentence.end }, rule };
        seen.set(id, rel);
        const date = dateOf(s);
        if (date !== undefined) rel.date = date;
        if (asClaim) {
          const by = claim.by?.find((k) => k !== subject);
          rel.claim = by === undefined ? { cue: claim.cue } : { by, cue: claim.cue };
        }
        out.push(rel);
      }
    }
  };

  const datelineEnd = doc.article.dateline?.end ?? 0;
  const bylineStart = doc.article.byline?.start ?? Infinity;
  const ranges = sentenceRanges(doc);
  // "AUSTIN, Texas, Sept 12 (Reuters) -": the dateline's own rules, over its tokens alone.
  if (datelineEnd > 0 && ctx.rules.datelinePatterns.length > 0 && ranges.length > 0) {
    const [first] = ranges[0]!;
    let to = first;
    while (to < doc.tokens.length && doc.tokens[to]!.start < datelineEnd) to++;
    if (linkedMentionIn(starts, first, to)) {
      const items = buildItems(doc, first, to, ctx.headOf, classOf, starts, ctx.isCue, ctx.relationalNoun);
      for (const { rule, match: m } of matchPatterns(ctx.rules.datelinePatterns, items, ctx.isA, ctx.lex.boundaries)) {
        for (const e of rule.emit) emit(e, 0, rule.id, (role) => bindSlot(m.slots, role), undefined);
      }
    }
  }
  for (let s = 0; s < ranges.length; s++) {
    const [first, last] = ranges[s]!;
    let to = last;
    if (doc.sentences[s]!.heading) continue;
    // "SAN JOSE, California (Reuters) - Cisco said …": the dateline takes no part in the sentence's clauses.
    let from = first;
    while (from < to && doc.tokens[from]!.start < datelineEnd) from++;
    // Nor does the closing byline: "(Reuters, May 6, 2025)" has no verb "may".
    while (to > from && doc.tokens[to - 1]!.start >= bylineStart) to--;
    // A sentence gets a mention item exactly when a linked mention starts in it:
    // without one there is nothing to relate, and no need to build its items.
    if (!linkedMentionIn(starts, from, to)) continue;
    const items = buildItems(doc, from, to, ctx.headOf, classOf, starts, ctx.isCue, ctx.relationalNoun);
    if (!items.some((it) => it.kind === 'mention')) continue;
    const attributes = ctx.participleVerb === undefined ? [] : attributiveClauses(items, ctx.lex, ctx.participleVerb);
    const clauses = analyseClauses(items, ctx.lex, ctx.joinParticle, attributes.length === 0 ? undefined : attributeArguments(attributes));
    const reporting = clauses.find((c) => c.reporting && !c.subjunctive && c.subject !== undefined);
    if (carried !== undefined && s - carried.sentence > 2) carried = undefined;
    const claims = clauses.map((c) => claimOf(c, clauses, reporting, carried, items, ctx.lex));
    if (reporting?.subject !== undefined) carried = { speaker: reporting.subject.entities, sentence: s };

    if (subjectOf !== undefined && subjectOf.sentence < s) priorSubject = subjectOf.entities;
    const main = clauses.find((c) => !c.relative && !c.subordinate && c.verbs.length > 0 && c.subject !== undefined && !c.passive);
    if (main?.subject !== undefined) subjectOf = { sentence: s, entities: main.subject.entities };
    const roleContext = (ci: number, at?: number): RoleContext => {
      const clauseStart = items[clauses[ci]!.from]?.start ?? 0;
      return new ClauseRoleContext(lookups, ctx.isA, classOf, clauses, ci, clauseStart, at ?? clauseStart, claims[ci]?.by ?? reporting?.subject?.entities, priorSubject);
    };
    clauses.forEach((clause, ci) => {
      // Built when the first frame applies: most clauses match none.
      let rc: RoleContext | undefined;
      // "Google illegally dominated two markets, a federal judge ruled": the main clause before a reporting clause
      // that closes the sentence after a comma is what was reported (kept a fact, as news states such findings).
      const postposed =
        reporting !== undefined &&
        clauses.indexOf(reporting) === ci + 1 &&
        reporting.object === undefined &&
        !clause.relative &&
        !clause.subordinate &&
        items[reporting.from - 1]?.text === ',';
      const report = claims[ci] === undefined && !postposed ? undefined : reporting;
      for (const rule of framesFor(ctx.rules.frames, clause.verbs)) {
        // A clause of intent ("wants to buy X") states no fact; only frames marked `intent` apply there.
        if (clause.irrealis && rule.intent !== true) continue;
        if (!frameApplies(rule, clause, report)) continue;
        const context = (rc ??= roleContext(ci));
        for (const e of rule.emit) emit(e, s, rule.id, (role) => resolveRole(role, clause, context), claims[ci]);
      }
    });
    // "Das 2017 von drei Chemikern gegründete Start-up X": an attributive participle is a passive clause of its own,
    // read by the same frames; its roles are only what its own phrase names (no subject of the sentence stands in).
    for (const attribute of attributes) {
      const ci = clauses.findIndex((c) => attribute.from >= c.from && attribute.from < c.to);
      if (clauses[ci] === undefined || clauses[ci]!.negated) continue;
      const rc = roleContext(ci);
      const own = clauseOnly((key, cls) => rc.isOf(key, cls), (key) => rc.isNamed(key));
      for (const rule of framesFor(ctx.rules.frames, attribute.verbs)) {
        if (!frameApplies(rule, attribute, undefined)) continue;
        for (const e of rule.emit) emit(e, s, rule.id, (role) => resolveRole(role, attribute, own), claims[ci]);
      }
    }
    for (const { rule, match: m } of matchPatterns(ctx.rules.patterns, items, ctx.isA, ctx.lex.boundaries)) {
      const ci = clauses.findIndex((c) => m.first >= c.from && m.first < c.to);
      const clause = clauses[ci];
      if (clause === undefined || spanNegated(items, m.first, m.last, ctx.lex) || (rule.sentenceStart === true && m.first !== 0) || (rule.sentenceStart === false && m.first === 0)) continue;
      if (rule.unless !== undefined && rule.unless.some((l) => clause.lemmas.has(l))) continue;
      const rc = roleContext(ci, items[m.first]?.start);
      // ("Laut Geschäftsführerin X leidet die Kette …": the source's own role is told by the article, not claimed.)
      const source = claims[ci]?.source;
      const ownSource = source !== undefined && m.first >= source[0] && m.last <= source[1];
      for (const e of rule.emit) {
        // The side bound by the pattern itself is never what the other side falls back to.
        const own = bindSlot(m.slots, e.subject)?.entities ?? bindSlot(m.slots, e.object)?.entities;
        // ("Wirgeler, 1932 von X gegründet, betreibt …": a year inside the match, in a clause of its own, is the one meant.)
        const bind = (role: string): RoleValue =>
          bindSlot(m.slots, role) ??
          (role === 'year' ? yearIn(items, m.first, m.last) : undefined) ??
          (role === AGENCY ? (agencies.size === 1 ? { entities: [...agencies] } : undefined) : role.startsWith(PORTFOLIO) || role.startsWith(INSTITUTION) ? portfolio(role, items, m.first, m.last, rc) : resolveRole(role, clause, rc, own));
        emit(e, s, rule.id, bind, ownSource ? undefined : claims[ci]);
      }
    }
    // The items of compound mentions and the head after the last hyphen of each, cut once for
    // all compound rules (most sentences have none: then no list is made).
    // A name after the noun ("das Landgericht München") has the noun as its head and is marked as such.
    let compoundItems: Array<[Item, string, boolean]> | undefined;
    for (const it of items) {
      const m = it.mention;
      if (m?.modifier === undefined) continue;
      const modifier = doc.mentions[m.modifier]!;
      const after = modifier.start > m.start;
      // ("die Almbrucker Börse": a town's adjective before the noun of one of its institutions, the noun the head.)
      // ("das Audi-Werk in Ingolstadt", named "Werk in Ingolstadt" beside another site's "Werk": a site's head is the
      // compound's, which its name inside the word keeps.)
      const head = after
        ? doc.tokens[m.tokenStart]!.text
        : m.type === 'Facility' && modifier.compoundHead !== undefined
          ? modifier.compoundHead
          : modifier.source === 'cue:demonym' && !m.normalized.includes('-')
            ? // (A listed name by its label in the article's language: "Frankfurter Wertpapierbörse", not "… Exchange".)
              (m.localLabel ?? m.normalized).slice((m.localLabel ?? m.normalized).lastIndexOf(' ') + 1)
            : m.normalized.slice(m.normalized.lastIndexOf('-') + 1);
      (compoundItems ??= []).push([it, head, after]);
    }
    if (compoundItems === undefined) continue;
    for (const rule of ctx.rules.compounds) {
      for (const [it, head, after] of compoundItems) {
        const m = it.mention!;
        if ((rule.after === true) !== after || !(rule.heads.includes(head) || (after && rule.heads.includes('*')) || rule.endings?.some((x) => head.length > x.length && head.endsWith(x)) === true)) continue;
        const modifier = doc.mentions[m.modifier!]?.entity;
        if (modifier === undefined) continue;
        if (rule.modifierClass !== undefined && !ctx.isA(classOf.get(modifier) ?? 'Thing', rule.modifierClass)) continue;
        const slots = new Map([['whole', [it.entity!]], ['modifier', [modifier]]]);
        for (const e of rule.emit) emit(e, s, rule.id, (role) => bindSlot(slots, role), undefined);
      }
    }
  }
  // "Bolt Deutschland" beside "Bolt", "Apple Watch" beside "Apple": names that extend another entity's name.
  for (const rule of ctx.rules.names) {
    for (const [whole, base, s] of extendedNames(doc, rule, ctx.isA)) {
      const slots = new Map([['whole', [whole]], ['base', [base]]]);
      for (const e of rule.emit) emit(e, s, rule.id, (role) => bindSlot(slots, role), undefined);
    }
  }
  // Fallback guesses give way to a rule that names the same subject's object anywhere in the article
  // ("Stadtsprecherin Katrin Weidemann … betonte die Sprecherin": she speaks for the city throughout).
  // A guess that agrees with the other rule stays: it is more evidence for the same triple.
  // (A town's head may chair an association too: "Verbandsobmann X, Bürgermeister der Gemeinde Y" leads both, so a
  // place and an organisation are told apart.)
  const office = (r: Relation): string => {
    const type = r.predicate === 'ceoOf' && r.object.kind === 'entity' ? classOf.get(r.object.key) : undefined;
    return `${r.subject}|${r.predicate}${type !== undefined && ctx.isA(type, 'Place') ? '|place' : ''}`;
  };
  const named = new Map<string, Set<string>>();
  for (const r of out) {
    if (fallbackRules.has(r.rule)) continue;
    const k = office(r);
    const objects = named.get(k) ?? new Set<string>();
    objects.add(objectKey(r.object));
    named.set(k, objects);
  }
  // A guessed subject gives way to a rule that found the subject of the same statement in the same sentence
  // ("des 2012 von X gegründeten Unternehmens": the founding year is the described company's, not the topic's).
  const bySentence = new Set<string>();
  for (const r of out) if (!fallbackRules.has(r.rule)) bySentence.add(`${r.sentence}|${r.predicate}|${objectKey(r.object)}`);
  const keep = (r: Relation): boolean => {
    if (!fallbackRules.has(r.rule)) return true;
    const key = objectKey(r.object);
    const objects = named.get(office(r));
    return objects !== undefined ? objects.has(key) : !bySentence.has(`${r.sentence}|${r.predicate}|${key}`);
  };
  doc.relations = fallbackRules.size === 0 ? out : out.filter(keep);
  // "Das 2009 von X gegründete Unternehmen … Mitgründer X sitzt im Verwaltungsrat": a founder guessed twice founded
  // what the first guess names; the later one repeats who the person is.
  const firstFounded = new Map<string, Relation>();
  for (const r of doc.relations) if (r.predicate === 'founded' && fallbackRules.has(r.rule) && !firstFounded.has(r.subject)) firstFounded.set(r.subject, r);
  if (firstFounded.size > 0) {
    doc.relations = doc.relations.filter((r) => {
      const first = r.predicate === 'founded' && fallbackRules.has(r.rule) ? firstFounded.get(r.subject) : undefined;
      return first === undefined || first === r || first.sentence === r.sentence || objectKey(first.object) === objectKey(r.object);
    });
  }
  // "Gründer Florian Mevissen, der Zinsgarten als Geschäftsführer leitet": a guessed organisation of a founder or
  // employee is the one a rule found the person leading.
  if (fallbackRules.size > 0) {
    for (const r of doc.relations) {
      if (!fallbackRules.has(r.rule) || !LED_BY_GUESS.has(r.predicate) || r.object.kind !== 'entity') continue;
      // The organisation the person leads, or else the one the person founded.
      // (A board seat is not where the person is chief: "Aufsichtsratschef X, der zugleich die Y führt".)
      const leads = r.predicate !== 'memberOf' ? named.get(`${r.subject}|ceoOf`) : undefined;
      const led = leads?.size === 1 ? leads : r.predicate !== 'founded' ? named.get(`${r.subject}|founded`) : undefined;
      if (led === undefined || led.size !== 1) continue;
      const [key] = [...led];
      // ("wechselt an die Spitze des Beirats": a body of the company, no company a founder founded.)
      if (key !== undefined && key !== r.object.key && entityOf.get(key)?.unnamed !== true && ctx.fits(r.predicate, entityOf.get(r.subject), entityOf.get(key))) r.object = { kind: 'entity', key };
    }
  }
  // (The organisation the whole article is about, for rules whose object must be it.)
  if (ctx.rules.inferences.length > 0) doc.relations.push(...infer(doc.relations, ctx.rules.inferences, ctx.fits, entityOf, lookups.topic(doc.article.text.length, 'Organization')));
}

/**
 * Pairs [whole, base, sentence] of entities of a name rule's classes where the whole's name is the base's name and
 * more words, none of them the rule's exceptions at the end and not legal forms alone; the sentence is the whole's
 * first outside the dateline and byline, or for a rule of one sentence the first that names both.
 */
function extendedNames(doc: Doc, rule: NameRule, isA: RelationContext['isA']): Array<[string, string, number]> {
  const legalForms = loadCues(doc.article.lang).legalForms;
  const except = new Set(rule.except.map((w) => w.toLowerCase()));
  const named = doc.entities.filter((e) => e.unnamed !== true && e.mentions.length > 0);
  // A base known by more than its capital letter, by its name and that name without its legal form ("Google LLC").
  const bases = named
    .filter((e) => isA(e.type, rule.base) && e.weakType !== true)
    .map((e) => {
      const words = e.label.split(' ');
      while (words.length > 1 && legalForms.has(words[words.length - 1]!)) words.pop();
      const known = rule.within ? [e.label, ...e.aliases] : [e.label, words.join(' ')];
      return { e, names: [...new Set(known)].filter((l) => l.length >= 2) };
    });
  // ("Bolt Deutschland GmbH": a legal form may end a name whose further words are a place of the article.)
  const places = new Set(named.filter((e) => isA(e.type, 'Place')).flatMap((e) => [e.label, ...e.aliases]));
  const out: Array<[string, string, number]> = [];
  const datelineEnd = doc.article.dateline?.end ?? 0;
  const bylineStart = doc.article.byline?.start ?? Infinity;
  for (const whole of named) {
    if (!isA(whole.type, rule.whole) || (rule.recurring && whole.mentions.length < 2)) continue;
    const first = whole.mentions.map((k) => doc.mentions[k]!).find((m) => m.start >= datelineEnd && m.start < bylineStart);
    if (first === undefined) continue;
    for (const { e: base, names } of bases) {
      if (base === whole) continue;
      if (rule.within) {
        // ("Stadtwerke Minden", "FC Traunsee Gmunden", "Caldwell Falls Beacon": the base's name among the words.)
        const words = ` ${whole.label} `;
        if (except.has(whole.label.split(' ').pop()!.toLowerCase())) continue;
        if (!names.some((l) => l !== whole.label && words.includes(` ${l} `))) continue;
      } else {
        const name = names.find((l) => whole.label.startsWith(`${l} `));
        if (name === undefined) continue;
        const rest = whole.label.slice(name.length + 1).split(/\s+/);
        if (!/^[\p{Lu}\d]/u.test(rest[0]!) || except.has(rest[rest.length - 1]!.toLowerCase())) continue;
        let end = rest.length;
        while (end > 0 && legalForms.has(rest[end - 1]!)) end--;
        if (end === 0 || (end < rest.length && !places.has(rest.slice(0, end).join(' ')))) continue;
      }
      if (!rule.sameSentence) {
        out.push([whole.key, base.key, first.sentence]);
        continue;
      }
      const sentences = new Set(base.mentions.map((k) => doc.mentions[k]!.sentence));
      const shared = whole.mentions.map((k) => doc.mentions[k]!).find((m) => sentences.has(m.sentence) && m.start >= datelineEnd && m.start < bylineStart);
      if (shared !== undefined) out.push([whole.key, base.key, shared.sentence]);
    }
  }
  return out;
}

/** Relations a guess may give that the organisation a person leads answers better. */
const LED_BY_GUESS = new Set(['founded', 'worksFor', 'memberOf']);

/** Roles that guess an entity from the text around the match rather than find it in the clause. */
const GUESS_ROLE = /(^|\|)(topic|focus|recent|last|ahead|lastMasc|lastFem|lastNamed)(:|\||!|@|$)/;
const NAMESAKE_PREDICATES = new Set(['ceoOf', 'worksFor', 'memberOf']);
const NOT_EMPLOYERS = new Set(['Person', 'Place', 'City', 'Region', 'Country', 'Product', 'Group', 'Event']);

/**
 * The one organisation of the article whose name contains the person's surname ("Altmüller Fenster & Türen"); not
 * the family's foundation or holding ("Rainalter Privatstiftung"), which a chief of the company does not lead.
 */
function namesakeOf(person: Entity | undefined, entities: Entity[], holdings: Set<string>): string | undefined {
  if (person === undefined || person.type !== 'Person') return undefined;
  const words = person.label.split(/\s+/);
  const surname = words[words.length - 1]!;
  if (words.length < 2 || surname.length < 4) return undefined;
  const hits = entities.filter((e) => !NOT_EMPLOYERS.has(e.type) && !e.unnamed && e.label !== person.label && e.label.split(/[\s-]+/).includes(surname));
  if (hits.length !== 1) return undefined;
  const last = hits[0]!.label.split(/[\s-]+/).pop()!.toLowerCase();
  return holdingWord(last, holdings) ? undefined : hits[0]!.key;
}

/**
 * Relations that follow from two others of the article ("B succeeded A", "A ceoOf X" → "B ceoOf X"),
 * with the evidence of the first premise. Claims and literals take no part; nothing already stated is repeated;
 * the second premise must be its subject's only one by that property; told after the first, it adds nothing to a
 * subject that already has a relation by the concluded property.
 */
function infer(relations: Relation[], rules: InferenceRule[], fits: RelationContext['fits'], entityOf: Map<string, Entity>, central: string | undefined): Relation[] {
  const facts = relations.filter((r) => r.claim === undefined && r.object.kind === 'entity');
  const key = (s: string, p: string, o: string): string => `${s}|${p}|${o}`;
  const known = new Set(facts.map((r) => key(r.subject, r.predicate, (r.object as { key: string }).key)));
  const out: Relation[] = [];
  // The second premise must be the only one of its subject and property: a predecessor who led two
  // organisations leaves it open which office the successor takes.
  const objectsOf = new Map<string, Set<string>>();
  for (const r of facts) {
    const k = `${r.subject}|${r.predicate}`;
    const set = objectsOf.get(k) ?? new Set<string>();
    set.add((r.object as { key: string }).key);
    objectsOf.set(k, set);
  }
  // Facts by property, and by property and subject or object, so that a long article is joined in linear time.
  const byPredicate = new Map<string, Relation[]>();
  const byEnd = new Map<string, Relation[]>();
  const push = (map: Map<string, Relation[]>, k: string, r: Relation): void => {
    const list = map.get(k);
    if (list === undefined) map.set(k, [r]);
    else list.push(r);
  };
  for (const r of facts) {
    push(byPredicate, r.predicate, r);
    push(byEnd, `s|${r.predicate}|${r.subject}`, r);
    push(byEnd, `o|${r.predicate}|${(r.object as { key: string }).key}`, r);
  }
  for (const rule of rules) {
    const [first, second] = rule.when as [Emit, Emit];
    for (const r1 of byPredicate.get(first.predicate) ?? []) {
      // The second premise's candidates: those that share a variable with the first, looked up by it.
      const bound = (name: string): string | undefined =>
        name === first.subject ? r1.subject : name === first.object ? (r1.object as { key: string }).key : undefined;
      const bySubject = bound(second.subject);
      const byObject = bound(second.object);
      const candidates =
        bySubject !== undefined
          ? byEnd.get(`s|${second.predicate}|${bySubject}`)
          : byObject !== undefined
            ? byEnd.get(`o|${second.predicate}|${byObject}`)
            : byPredicate.get(second.predicate);
      for (const r2 of candidates ?? []) {
        // (Unless the sentence of the first premise tells only one: "X übernimmt die Leitung und folgt auf Y" before
        // "X war zuletzt Geschäftsführerin von Z".)
        if (r2 === r1 || (objectsOf.get(`${r2.subject}|${r2.predicate}`)!.size > 1 && !onlyInSentence(candidates!, r2, r1.sentence))) continue;
        const vars = new Map<string, string>([[first.subject, r1.subject]]);
        const bindVar = (name: string, value: string): boolean => {
          const had = vars.get(name);
          if (had !== undefined && had !== value) return false;
          vars.set(name, value);
          return true;
        };
        if (!bindVar(first.object, (r1.object as { key: string }).key)) continue;
        if (!bindVar(second.subject, r2.subject) || !bindVar(second.object, (r2.object as { key: string }).key)) continue;
        for (const e of rule.emit) {
          const subject = vars.get(e.subject)!;
          const object = vars.get(e.object)!;
          if (subject === object || known.has(key(subject, e.predicate, object)) || (rule.centralObject === true && object !== central)) continue;
          // Told only after the first premise, the second one may be an earlier office ("Schneider, who had led
          // Fresenius"): then a subject that already holds such a relation keeps it alone.
          if (r2.sentence > r1.sentence && objectsOf.has(`${subject}|${e.predicate}`)) continue;
          if (!fits(e.predicate, entityOf.get(subject), entityOf.get(object))) continue;
          // ("Hafenecker übergibt an Aichhorn … wechselt an die Spitze des Beirats": a body named without a name
          // is no office the successor takes over.)
          if (entityOf.get(object)?.unnamed === true && r2.sentence > r1.sentence) continue;
          known.add(key(subject, e.predicate, object));
          out.push({ subject, predicate: e.predicate, object: { kind: 'entity', key: object }, sentence: r1.sentence, span: r1.span, rule: rule.id });
        }
      }
    }
  }
  return out;
}

/** Whether `r` is told in `sentence` and no other object of the same subject and property is. */
function onlyInSentence(candidates: Relation[], r: Relation, sentence: number): boolean {
  if (r.sentence !== sentence) return false;
  const object = (r.object as { key: string }).key;
  return candidates.every((c) => c.sentence !== sentence || c.subject !== r.subject || c.predicate !== r.predicate || (c.object as { key: string }).key === object);
}

function objectKey(o: RelationObject): string {
  return o.kind === 'entity' ? o.key : `"${o.value}`;
}

/**
 * What the roles of a rule applied to clause `ci` may point to beyond it. A
 * class rather than an object literal with getters: one is made for every
 * applying frame and pattern match, and literals with accessors are slow to make.
 */
class ClauseRoleContext implements RoleContext {
  constructor(
    private readonly lookups: EntityLookups,
    private readonly isA: IsA,
    private readonly classOf: Map<string, string>,
    private readonly clauses: Clause[],
    private readonly ci: number,
    /** Where the clause starts in the text. */
    private readonly clauseStart: number,
    /** Where the rule matched (the clause's start for frames), so that the clause's own organisation counts ("Pfeilflug hat seinen Vorstandschef X …"). */
    private readonly at: number,
    readonly speaker: string[] | undefined,
    /** The subject of the first main clause of the sentence before ("Its chief executive, X, …"). */
    readonly priorSubject: string[] | undefined,
  ) {}

  get clauseBeforeSubject(): string[] | undefined {
    return this.ci > 0 ? this.clauses[this.ci - 1]!.subject?.entities : undefined;
  }

  get openingSubject(): string[] | undefined {
    return this.ci > 0 ? this.clauses[0]!.subject?.entities : undefined;
  }

  get openingTopic(): string[] | undefined {
    if (this.ci === 0) return undefined;
    const first = this.clauses[0]!;
    const topic = first.relative ? undefined : grammaticalSubject(first)?.entities;
    if (topic === undefined) return undefined;
    // ("The FBI is investigating, and the company has hired Mandiant, spokeswoman X said": none where another main
    // clause is about something else.)
    for (let k = 1; k < this.ci; k++) {
      const c = this.clauses[k]!;
      const other = c.relative || c.subordinate || c.reporting ? undefined : grammaticalSubject(c)?.entities;
      if (other !== undefined && other.some((e) => !topic.includes(e))) return undefined;
    }
    return topic;
  }

  get clauseBeforeObject(): string[] | undefined {
    return this.ci > 0 ? this.clauses[this.ci - 1]!.object?.entities : undefined;
  }

  recent(cls: string): string | undefined {
    return this.lookups.recent(this.clauseStart, cls);
  }

  focus(cls: string): string | undefined {
    return this.lookups.focus(this.at, cls);
  }

  topic(cls: string): string | undefined {
    return this.lookups.topic(this.clauseStart, cls);
  }

  recentLabelled(word: string, most?: boolean, described?: boolean): string | undefined {
    return this.lookups.labelled(this.clauseStart, word, most, described);
  }

  isOf(key: string, cls: string): boolean {
    return this.isA(this.classOf.get(key) ?? 'Thing', cls);
  }

  isNamed(key: string): boolean {
    return this.lookups.named(key);
  }

  last(cls: string, gender?: 'm' | 'f', named?: boolean): string | undefined {
    return this.lookups.last(this.at, cls, gender, named);
  }

  ahead(cls: string): string | undefined {
    return this.lookups.ahead(this.at, cls);
  }

  dateline(cls: string): string | undefined {
    return this.lookups.dateline(cls);
  }

  namedAfter(nouns: string[], prep: string): string | undefined {
    return this.lookups.namedAfter(this.clauseStart, nouns, prep);
  }

  // Computed only when a rule asks: long sentences have many clauses.
  get previous(): string[] {
    // Verbless pieces just before that carry the clause's own subject are its subject's noun phrase split at an
    // apposition's commas ("Die Gründerin der Plattform X, Anna Weiss, kritisierte …"): what they name is no other party.
    let end = this.ci;
    const own = this.clauses[this.ci]!.subject?.entities;
    while (end > 0 && own !== undefined && ownPiece(this.clauses[end - 1]!, own)) end--;
    return this.clauses
      .slice(0, end)
      .flatMap((c) => c.args.flatMap((a) => a.entities))
      .reverse();
  }

  // (Not the speaker of a reporting clause after it: "Die IG Metall kritisierte den Plan, sagte Sprecherin X".)
  // (Nor a relative clause about the speaker: "…, kritisierte Nadine Brühlmann, die bei der SKS zuständig ist".)
  get next(): string[] {
    const subject = this.clauses[this.ci]!.subject;
    const aboutSubject = (c: Clause, k: number): boolean => k === 0 && c.relative && subject !== undefined && c.from > subject.item && c.from - subject.item <= 2;
    return this.clauses.slice(this.ci + 1).flatMap((c, k) => (aboutSubject(c, k) ? [] : c.args.flatMap((a) => (c.reporting && a === c.subject ? [] : a.entities))));
  }
}

/** The first year written inside items `first`..`last` of a pattern's match, if any. */
function yearIn(items: Item[], first: number, last: number): RoleValue {
  for (let i = first; i <= last; i++) {
    const it = items[i]!;
    if (it.kind === 'token' && it.text.length === 4 && /^(1[5-9]|20)\d\d$/.test(it.text)) return { literal: { value: it.text, datatype: 'gYear' } };
  }
  return undefined;
}

/** A clause without a verb whose subject is `subject` (one piece of a noun phrase with an apposition). */
function ownPiece(clause: Clause, subject: string[]): boolean {
  const its = clause.subject?.entities;
  return clause.verbs.length === 0 && its !== undefined && its.length === subject.length && its.every((k, i) => k === subject[i]);
}

function linkedMentionIn(starts: Map<number, number[]>, from: number, to: number): boolean {
  for (let t = from; t < to; t++) if ((starts.get(t)?.length ?? 0) > 0) return true;
  return false;
}

const PORTFOLIO = 'portfolio:';
const INSTITUTION = 'institution:';
/** The role of the one news agency of the dateline or byline ("(Reporting by X; Editing by Y)" credits its staff). */
const AGENCY = 'agency';

/**
 * "portfolio:Ministerium": the entity named before whose label holds the first part of the matched role noun with
 * one of these nouns: "Wirtschaftsminister X" heads the "Bundeswirtschaftsministerium" the article named. With
 * "institution:", the first part must itself be one of the nouns, and the entity with it named most often is taken.
 */
function portfolio(role: string, items: Item[], first: number, last: number, rc: RoleContext): RoleValue {
  const own = role.startsWith(INSTITUTION);
  const nouns = role.slice(own ? INSTITUTION.length : PORTFOLIO.length).split('+');
  for (let i = first; i <= last; i++) {
    const it = items[i]!;
    if (it.kind !== 'token' || it.pos !== 'NOUN') continue;
    const word = lowerText(it);
    const head = it.head.toLowerCase();
    // ("Wirtschaftsministerin": the head lemma may be the masculine form.)
    const at = word.lastIndexOf(head);
    if (at < 3) continue;
    const stem = word.slice(0, at).replace(/-$/, '');
    // "institution:Zoo+Spital": the first part is itself one of the nouns ("Zoodirektorin", "Museumsdirektor" with
    // its joining "s"), and the entity named before with it heads the role.
    if (own) {
      const noun = nouns.find((n) => { const l = n.toLowerCase(); return stem === l || stem === `${l}s`; });
      const key = noun === undefined ? undefined : rc.recentLabelled(noun.toLowerCase(), true);
      if (key !== undefined) return { entities: [key] };
      continue;
    }
    for (const noun of nouns) {
      const key = rc.recentLabelled(stem + noun.toLowerCase());
      if (key !== undefined) return { entities: [key] };
    }
  }
  return undefined;
}

function bindSlot(slots: Map<string, string[]>, role: string): RoleValue {
  for (const alt of roleAlternatives(role)) {
    const entities = slots.get(alt);
    if (entities !== undefined) return { entities };
  }
  return undefined;
}

function spanNegated(items: Item[], first: number, last: number, lex: ClauseLexicon): boolean {
  for (let i = first; i <= last; i++) if (lex.negation.has(lowerText(items[i]!))) return true;
  return false;
}

/** Reported speech: Konjunktiv I, a clause governed by a reporting verb, or "laut X". */
function claimOf(
  clause: Clause,
  clauses: Clause[],
  reporting: Clause | undefined,
  carried: { speaker: string[] } | undefined,
  items: Item[],
  lex: ClauseLexicon,
): ClaimInfo | undefined {
  const source = clause.args.find((a) => a.prep !== undefined && lex.sourcePrepositions.has(a.prep));
  if (source !== undefined) {
    const isCue = (k: number): boolean => items[k]?.kind === 'token' && lex.sourcePrepositions.has(lowerText(items[k]!));
    // "Konzernchef Lind zufolge": the postposition after the name, the role nouns before it.
    const after = items[source.item + 1];
    if (after?.kind === 'token' && lex.sourcePostpositions.has(lowerText(after))) {
      let first = source.item;
      while (first > clause.from && items[first - 1]!.kind === 'token' && (items[first - 1]!.pos === 'NOUN' || items[first - 1]!.pos === 'ADJ' || items[first - 1]!.pos === 'DET')) first--;
      return { by: source.entities, cue: items[source.item + 1]!.text, source: [first, source.item + 1] };
    }
    let at = source.item - 1;
    while (at >= clause.from && !isCue(at)) at--;
    return at >= clause.from ? { by: source.entities, cue: items[at]!.text, source: [at, source.item] } : { by: source.entities, cue: items[source.item - 1]?.text ?? 'laut' };
  }
  // "Analysten zufolge", "laut Medienberichten": a source that is no named entity still makes a claim.
  for (let i = clause.from; i < clause.to; i++) {
    const it = items[i]!;
    if (it.kind !== 'token' || !lex.sourcePrepositions.has(lowerText(it))) continue;
    const before = items[i - 1];
    if (before?.kind === 'mention' && before.entity !== undefined) return { by: [before.entity], cue: it.text };
    // ("According to chief executive X, …": the first name after the cue, with no comma between, ends the source.)
    let end = i + 1;
    while (end < clause.to && end <= i + 5 && items[end]!.kind !== 'mention' && items[end]!.text !== ',') end++;
    const named = end < clause.to ? items[end]! : undefined;
    if (named?.kind !== 'mention') return { cue: it.text };
    return named.entity === undefined ? { cue: it.text, source: [i, end] } : { by: [named.entity], cue: it.text, source: [i, end] };
  }
  if (clause === reporting || clause.reporting) return undefined;
  const finite = clause.finite === undefined ? undefined : items[clause.finite];
  if (clause.subjunctive) {
    const by = reporting?.subject?.entities ?? carried?.speaker;
    return by === undefined ? { cue: finite?.text ?? '' } : { by, cue: finite?.text ?? '' };
  }
  if (reporting !== undefined && clause.subordinate && clauses.indexOf(clause) > clauses.indexOf(reporting)) {
    const by = reporting.subject?.entities;
    const cue = reporting.verbs.find((v) => lex.reportingVerbs.has(v)) ?? '';
    return by === undefined ? { cue } : { by, cue };
  }
  return undefined;
}

const frameMemo = new WeakMap<FrameRule[], Set<string>>();

/** The ids of the verb-frame rules (they bind a clause's arguments, not words beside a name). */
function frameIds(frames: FrameRule[]): Set<string> {
  let ids = frameMemo.get(frames);
  if (ids === undefined) frameMemo.set(frames, (ids = new Set(frames.map((f) => f.id))));
  return ids;
}

const markedMemo = new WeakMap<PatternRule[], Map<'fallback' | 'placeHead', Set<string>>>();

/**
 * Ids of the pattern rules marked `fallback: true` or `placeHead: true` (and of the frames marked `placeHead: true`,
 * when given), once per rule set and mark.
 */
function markedIds(patterns: PatternRule[], mark: 'fallback' | 'placeHead', frames: FrameRule[] = []): Set<string> {
  let byMark = markedMemo.get(patterns);
  if (byMark === undefined) markedMemo.set(patterns, (byMark = new Map()));
  let ids = byMark.get(mark);
  if (ids === undefined) {
    ids = new Set(patterns.filter((p) => p[mark] === true).map((p) => p.id));
    for (const f of frames) if (f[mark] === true) ids.add(f.id);
    byMark.set(mark, ids);
  }
  return ids;
}
