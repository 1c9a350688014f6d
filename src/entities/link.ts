// Links mentions into entities within one article: gazetteer identity, equal
// names, surnames and short forms of a longer name, descriptions and pronouns
// resolved to the closest fitting entity before them, and unnamed people by
// role. Sets mention.entity and fills doc.entities.
import type { Doc, Entity, Mention, Token } from '../types.js';
import { BoundedMap } from '../data/bounded-map.js';
import { firstNameGender, isNameParticle } from './names.js';
import { loadClauseLexicon } from '../relations/clause-lexicon.js';
import { cueFor, holdingWord, loadCues, scaleOf, sectorOf } from './cues.js';
import { loadGazetteer } from './gazetteer.js';
import { PLACE_CLASSES } from '../place-classes.js';
import { countedGroup } from './background.js';
import { lowerCase } from '../text/lower-case.js';

/** A name written like an abbreviation ("FTC"); tested only for a name in brackets after another. */
const ABBREVIATION = /^[\p{Lu}\d&.-]{2,8}$/u;
/** "der 58-Jährige", "the 58-year-old": a person described by age. */
const AGE_DESCRIPTION = /^\d{1,3}-(?:Jährige[rn]?|year-old)$/;

/** Classes a description of class `want` may point to. */
export type ClassFit = (entityClass: string, want: string) => number;

/** Core class that organisation descriptions share (ontology local name). */
const BROAD_ORG = 'Organization';
/** Descriptions of institutions name an entity even when nothing before fits ("das Handelsministerium"). */
const INSTITUTIONS = ['GovernmentAgency', 'Court', 'PoliticalParty'];
const BUSINESSES = new Set(['Company', 'Platform', 'MediaOrganization']);

/** The sector of the cue lexicons' association nouns ("Verband", "Gewerkschaft", "association"). */
const ASSOCIATIONS = 'associations';

const PRIORITY: Record<string, number> = {
  gazetteer: 5,
  'cue:demonym': 5,
  'cue:compass': 5,
  // A word cut before a hyphen that the gazetteer knows with the ending of the next name ("Ober- und Niederösterreich").
  'cue:truncated': 5,
  'cue:dateline': 5,
  'cue:abbreviated': 4,
  'cue:role': 4,
  'cue:noun': 4,
  'cue:legal-form': 4,
  'cue:first-name': 3,
  compound: 2,
  genitive: 2,
  repeat: 0,
  'compound:group': 4,
  unnamed: 4,
  'cue:capitalised': 1,
  'cue:preposition': 1,
  // A member of a list of places ("in Gerlos, Zell am See und Krimml"): typed by its neighbours, not by a guess.
  'cue:place-list': 2,
  // The town an institution is named by ("das Landgericht Kesselfurt").
  'cue:seat': 2,
  // A product model named by its line and number ("iPhone 6s").
  'cue:model': 3,
};

const normalized = new BoundedMap<string, string>();

export function normalizeLabel(s: string): string {
  let n = normalized.get(s);
  if (n === undefined) {
    // "Nordlight Corp." and "Nordlight Corp" (before a comma) are one name.
    n = s.normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase().replace(/\.$/, '');
    normalized.set(s, n);
  }
  return n;
}

const labelWordLists = new BoundedMap<string, string[]>();

/** The words of a normalised label, remembered: short forms compare every name with every entity's words. Read-only. */
function labelWords(label: string): string[] {
  let words = labelWordLists.get(label);
  if (words === undefined) {
    words = normalizeLabel(label).split(' ');
    labelWordLists.set(label, words);
  }
  return words;
}

export function linkMentions(doc: Doc, fit: ClassFit): void {
  const entities: Entity[] = [];
  const byLabel = new Map<string, Entity>();
  const byWikidata = new Map<string, Entity>();
  const byKey = new Map<string, Entity>();
  const typeVotes = new Map<Entity, Map<string, number>>();
  const vote = (e: Entity, m: Mention): void => raiseVote(typeVotes, e, m.type, PRIORITY[m.source] ?? 0);
  const add = (m: Mention, index: number, key: string, unnamed = false): Entity => {
    // All fields at once, in the order they were always added (so entities serialise as before):
    // entities of one shape keep the linker's reads of them monomorphic.
    const e: Entity = { key, label: m.normalized, aliases: [], type: m.type, mentions: [index], wikidata: undefined, unnamed: undefined, weakType: undefined };
    if (m.wikidata !== undefined) e.wikidata = m.wikidata;
    if (unnamed) e.unnamed = true;
    entities.push(e);
    byLabel.set(normalizeLabel(m.normalized), e);
    byKey.set(key, e);
    noteRole(e, m);
    if (e.wikidata !== undefined) byWikidata.set(e.wikidata, e);
    return e;
  };
  const surfaceAlias = (e: Entity, m: Mention): void => {
    // A group named with its adjectives ("viele Nutzer") keeps that wording as an alias.
    // ("die vereinte Genossenschaft", named later "unter dem Namen X": the description is an alias of the name.)
    // ("Ein Sprecher des sächsischen Wirtschaftsministeriums": an authority named by its state's adjective keeps the
    // words as written, with the adjective.)
    if (m.source === 'unnamed' && (m.type === 'Group' || m.type === 'Event' || m.type === 'Court' || m.type === 'Facility' || m.type === 'GovernmentAgency') && m.text !== m.normalized) {
      if (!e.aliases.includes(m.text)) e.aliases.push(m.text);
      const before = doc.tokens[m.tokenStart - 1];
      const written = before?.pos === 'ADJ' && before.sentence === m.sentence && m.normalized.includes(' ') ? doc.article.text.slice(before.start, m.end) : undefined;
      if (written !== undefined && !e.aliases.includes(written)) e.aliases.push(written);
    }
    // ("rund 140 Mitarbeitende", "about 1,900 workers": a group counted in the text keeps its count as written.)
    if (m.source === 'unnamed' && m.type === 'Group') for (const written of countedGroup(doc, m.tokenStart, m.end)) if (!e.aliases.includes(written)) e.aliases.push(written);
    // ("a processing plant near Timaru", "its paper mill", "das neue Werk": a site keeps the words before its noun.)
    if (m.source === 'unnamed' && m.type === 'Facility') {
      let k = m.tokenStart;
      while (k > m.tokenStart - 3 && siteModifier(doc.tokens[k - 1], m.sentence)) k--;
      const written = k < m.tokenStart ? doc.article.text.slice(doc.tokens[k]!.start, doc.tokens[m.tokenStart]!.end) : undefined;
      if (written !== undefined && !e.aliases.includes(written)) e.aliases.push(written);
    }
    if (m.source === 'unnamed' && m.namedAt !== undefined && !e.unnamed && normalizeLabel(m.text) !== normalizeLabel(e.label) && !e.aliases.includes(m.text)) e.aliases.push(m.text);
    // The list's name in the article's language ("Österreich" for Austria) is a label even when the text inflects it.
    if (m.localLabel !== undefined && normalizeLabel(m.localLabel) !== normalizeLabel(e.label) && !e.aliases.includes(m.localLabel)) e.aliases.push(m.localLabel);
    // "ein Sprecher der Gewerkschaft": an unnamed person keeps the phrase that says whose role it is.
    const phrase = m.source === 'unnamed' && m.type === 'Person' ? complementOf(doc, m)?.phrase : undefined;
    if (phrase !== undefined && !e.aliases.includes(phrase)) e.aliases.push(phrase);
    if (m.source.startsWith('coref') || m.source === 'unnamed') return;
    // "Britain's": the English possessive is the name with a clitic; a German genitive ("Europas") is an inflected form.
    if (m.genitive && !/['’]s$/.test(m.text)) return;
    const surface = m.genitive ? m.text.replace(/\s+/g, ' ').replace(/['’]s$/, '') : m.text.replace(/\s+/g, ' ');
    // (A list's "Otto." written "Otto" is the same name, which the text's way of writing makes a label too.)
    if ((normalizeLabel(surface) !== normalizeLabel(e.label) || e.label.endsWith('.') !== surface.endsWith('.')) && !e.aliases.includes(surface)) e.aliases.push(surface);
    // "die Mediengruppe Brenning", "die Brauerei Zötler", "der Mieterverein Emscherbogen": a noun that firms or
    // associations put in their names, before the name, is how the article names it in full.
    const noun = doc.article.lang === 'de' ? doc.tokens[m.tokenStart - 1] : undefined;
    if (
      noun !== undefined && noun.kind === 'word' && noun.pos === 'NOUN' && (noun.lemma === undefined || noun.lemma === noun.text) && /\p{Ll}/u.test(noun.text) &&
      (m.source === 'cue:noun' || m.source === 'cue:legal-form') && (namingNoun(noun.text) || institutionNoun(noun.text))
    ) {
      const full = `${noun.text} ${surface}`;
      if (!e.aliases.includes(full)) e.aliases.push(full);
    }
  };
  const roles: RoleIndex = new Map();
  const noteRole = (e: Entity, m: Mention): void => {
    // "Die Luxemburger Richter" may speak for their court; that makes the court no judge.
    if (m.role === undefined || (e.type !== 'Person' && !e.unnamed)) return;
    const entry = roles.get(m.role) ?? { named: new Set<Entity>(), unnamed: [] };
    roles.set(m.role, entry);
    if (e.unnamed) {
      if (!entry.unnamed.includes(e)) entry.unnamed.push(e);
    } else entry.named.add(e);
  };
  const attach = (e: Entity, m: Mention, index: number): void => {
    // "Mira Schöneberg … nach Schönebergs Angaben": a place the gazetteer knows, linked as a named person's surname, is
    // that person; its class and its Wikidata id are the place's, not the person's.
    // ("Ilona Grimminger … Grimmingers Anwalt": so is a brand the gazetteer knows, named in the genitive of the surname.)
    if (m.gazetteerId !== undefined && m.type !== 'Person' && (PLACE_CLASSES.has(m.type) || isSurnameGenitive(e.label, m.text)) && (typeVotes.get(e)?.get('Person') ?? 0) >= PRIORITY['cue:first-name']! && labelWords(e.label).length >= 2) {
      const { wikidata: _w, gazetteerId: _g, ...plain } = m;
      m = doc.mentions[index] = PLACE_CLASSES.has(m.type) ? { ...plain, type: 'Person' } : { ...plain, type: 'Person', normalized: e.label.slice(e.label.lastIndexOf(' ') + 1) };
    }
    e.mentions.push(index);
    if (m.source === 'coref:description') describedAs(e).add(m.normalized.toLowerCase());
    m.entity = e.key;
    noteRole(e, m);
    surfaceAlias(e, m);
    if (!m.source.startsWith('coref') && m.source !== 'unnamed') {
      if (m.normalized.length > e.label.length && !e.unnamed) {
        if (!e.aliases.includes(e.label)) e.aliases.push(e.label);
        e.label = m.normalized;
      } else if (normalizeLabel(m.normalized) !== normalizeLabel(e.label) && !e.aliases.includes(m.normalized)) {
        e.aliases.push(m.normalized);
      }
      byLabel.set(normalizeLabel(m.normalized), e);
      if (e.wikidata === undefined && m.wikidata !== undefined) {
        e.wikidata = m.wikidata;
        byWikidata.set(m.wikidata, e);
      }
    }
    vote(e, m);
  };

  const order = doc.mentions.map((_, i) => i);
  // Named mentions first, so that references can point forward to a name in
  // the same article ("Eine Richterin … Richterin Anna Muster").
  const isRef = (m: Mention): boolean => m.source.startsWith('coref') || m.source === 'unnamed';
  const refs = doc.mentions.map((m) => Number(isRef(m)));
  order.sort((a, b) => refs[a]! - refs[b]! || a - b);

  /** A type that no cue stronger than a capital letter voted for (every vote at most 1). */
  const weak = (e: Entity): boolean => {
    const votes = typeVotes.get(e);
    if (votes !== undefined) for (const v of votes.values()) if (!(v <= 1)) return false;
    return true;
  };
  const endAt = new Map<number, Mention>();
  const startAt = new Map<number, Mention>();
  const compoundAt = new Map<number, Mention>();
  for (const o of doc.mentions) if (o.compoundHead !== undefined) compoundAt.set(o.tokenStart, o);
  // The longest name ending at a token: "Bürgerbund Thüringen (BBT)", not the region inside it.
  for (const o of doc.mentions) {
    if (o.source.startsWith('coref') || o.source === 'unnamed') continue;
    const there = endAt.get(o.tokenEnd);
    if (there === undefined || o.tokenStart <= there.tokenStart) endAt.set(o.tokenEnd, o);
  }
  for (const o of doc.mentions) if (!o.source.startsWith('coref') && o.source !== 'unnamed') startAt.set(o.tokenStart, o);
  // Abbreviations the article defines in brackets after a name, by their text: later uses name the same entity.
  const defined = new Map<string, Entity>();
  for (const index of order) {
    const m = doc.mentions[index]!;
    // "The Civil Aviation Authority (CAA) … a CAA spokesperson": a listed name of another entity that the article gave
    // to a name in brackets is that name's.
    const givenTo = m.gazetteerId !== undefined && ABBREVIATION.test(m.text) ? defined.get(m.text) : undefined;
    if (givenTo !== undefined && !isRef(m)) {
      const { wikidata: _w, gazetteerId: _g, localLabel: _l, ...plain } = m;
      doc.mentions[index] = { ...plain, normalized: m.text, type: givenTo.type };
      attach(givenTo, doc.mentions[index]!, index);
      continue;
    }
    // "Federal Trade Commission (FTC)": a name in brackets right after a name is its alias.
    const before = bracketedAfter(doc, m, endAt);
    // "Karl Muster (ÖVP)": a party or employer after a person is no alias of them.
    // "LONDON (Reuters)": a known name of another kind is no alias either.
    const bothOrgs = before !== undefined && fit(before.type, BROAD_ORG) === 2 && fit(m.type, BROAD_ORG) === 2;
    // A known name in brackets is an alias only when written like an abbreviation ("(FTC)", not "(Reuters)").
    // "Thalreith (Bezirk Gmünd)", "Kremsdorf (Unterkärnten)": a place in brackets after a place is the larger place
    // it lies in, not its alias (a pattern relates the two).
    const placeInPlace = before !== undefined && PLACE_CLASSES.has(before.type) && PLACE_CLASSES.has(m.type) && !ABBREVIATION.test(m.text);
    // (And the place named so is a place, as a member of a list of places is: no description's firm.)
    if (placeInPlace && before.entity !== undefined && byKey.has(before.entity)) raiseVote(typeVotes, byKey.get(before.entity)!, before.type, PRIORITY['cue:place-list']!);
    // ("Gemeindeammann Peter Hunziker (SVP)": a known abbreviation after a name only capitals made is that name's only
    // when it starts with the name's first letter.)
    const initial = m.gazetteerId === undefined || before?.gazetteerId !== undefined || before?.text.charAt(0).toUpperCase() === m.text.charAt(0).toUpperCase();
    const compatible = before !== undefined && !placeInPlace && initial && (m.gazetteerId === undefined || ((bothOrgs || fit(before.type, m.type) > 0 || fit(m.type, before.type) > 0) && (before.gazetteerId !== undefined || ABBREVIATION.test(m.text))));
    if (before !== undefined && compatible && before.entity !== undefined && byKey.has(before.entity) && (before.type !== 'Person' || m.type === 'Person')) {
      const e = byKey.get(before.entity)!;
      const { wikidata: _w, gazetteerId: _g, localLabel: _l, ...plain } = m;
      // "Autoriteit Persoonsgegevens (AP)": the abbreviation is the name before it, not the list's "AP".
      doc.mentions[index] = { ...plain, normalized: m.gazetteerId !== undefined && before.gazetteerId === undefined ? m.text : m.normalized, type: e.type };
      attach(e, doc.mentions[index]!, index);
      if (ABBREVIATION.test(m.text) && !defined.has(m.text)) defined.set(m.text, e);
      // "ETH Lausanne (EPFL)": a name with its abbreviation in brackets is an organisation, not just a capitalised word.
      if (ABBREVIATION.test(m.text) && e.type === 'Organization') raiseVote(typeVotes, e, 'Organization', 2);
      continue;
    }
    // "Tom Reed, a lawyer representing X," / "Jana Korte, Sprecherin von X,": the role in
    // apposition is the person just named.
    // (A name in apposition that capitals typed counts only while no stronger cue typed it; else the other readings.)
    const inApposition = m.role !== undefined ? appositionOf(doc, m, endAt) : undefined;
    const apposedPerson = inApposition !== undefined && (inApposition.type === 'Person' || (inApposition.entity !== undefined && byKey.has(inApposition.entity) && weak(byKey.get(inApposition.entity)!))) ? inApposition : undefined;
    const named =
      m.role !== undefined
        ? (apposedPerson ?? appositionBefore(doc, m, startAt) ?? namedByCopula(m, startAt))
        : m.source === 'coref:description'
          ? (appositionBefore(doc, m, startAt) ?? namedByCopula(m, startAt))
          : m.fresh === true
            ? namedByCopula(m, startAt)
            : undefined;
    // ("Wei-Jen Lo, a former senior vice president": a name only its capital letters typed is the person in apposition.)
    if (named?.entity !== undefined && byKey.has(named.entity) && (fit(byKey.get(named.entity)!.type, m.type) > 0 || (named === apposedPerson && m.type === 'Person'))) {
      const e = byKey.get(named.entity)!;
      attach(e, m, index);
      // (And types it: "Gurbir Grewal, the agency's enforcement director" is a person.)
      if (named === apposedPerson && m.type === 'Person' && e.type !== 'Person' && weak(e)) {
        const votes = typeVotes.get(e) ?? new Map<string, number>();
        votes.set('Person', 2);
        typeVotes.set(e, votes);
      }
      continue;
    }
    // "Google Cloud, the unit run by X": any organisation noun fits an organisation's name in apposition.
    const apposed = m.source === 'coref:description' ? organisationApposition(doc, m, endAt) : undefined;
    if (apposed?.entity !== undefined && byKey.has(apposed.entity) && fit(byKey.get(apposed.entity)!.type, 'Organization') > 0 && fit(m.type, 'Organization') > 0) {
      attach(byKey.get(apposed.entity)!, m, index);
      continue;
    }
    if (!isRef(m)) {
      let existing =
        (m.wikidata !== undefined ? byWikidata.get(m.wikidata) : undefined) ??
        byLabel.get(normalizeLabel(m.normalized)) ??
        shortFormOf(entities, m, doc);
      // "sagte Lindemeyer" beside "Horst Lindemeyer" and "die Supermarktkette Lindemeyer": a surname read as a person's
      // is the person's.
      const speaking = loadClauseLexicon(doc.article.lang).speakingForms;
      const speaks = speaking.has(doc.tokens[m.tokenStart - 1]?.text ?? '') || speaking.has(doc.tokens[m.tokenEnd]?.text ?? '');
      if (existing !== undefined && speaks && m.type === 'Person' && existing.type !== 'Person' && m.gazetteerId === undefined && !m.normalized.includes(' ')) {
        const person = shortFormOf(entities, m, doc);
        if (person !== undefined && person.type === 'Person') existing = person;
      }
      if (existing !== undefined) attach(existing, m, index);
      else {
        const e = add(m, index, m.wikidata ?? m.normalized);
        m.entity = e.key;
        surfaceAlias(e, m);
        vote(e, m);
      }
      continue;
    }
    // "der iPhone-Hersteller": the maker the gazetteer knows for the product in the word, named in the text or not.
    if (m.maker !== undefined) {
      const known = (m.maker.wikidata !== undefined ? byWikidata.get(m.maker.wikidata) : undefined) ?? byLabel.get(normalizeLabel(m.maker.label));
      if (known !== undefined) attach(known, m, index);
      else {
        const named: Mention = { ...m, normalized: m.maker.label, type: m.maker.type, source: 'gazetteer' };
        if (m.maker.wikidata !== undefined) named.wikidata = m.maker.wikidata;
        const e = add(named, index, m.maker.wikidata ?? m.maker.label);
        m.entity = e.key;
        vote(e, named);
      }
      continue;
    }
    // "der Siemens-Konzern": an organisation noun whose first part names an organisation is that organisation.
    const own = m.source === 'coref:description' ? (ownModifier(m, compoundAt, byKey) ?? makerByName(m, compoundAt, byKey, entities)) : undefined;
    // "die Tresorix-App" is the platform Tresorix too.
    const appOf = own !== undefined && fit(own.type, 'Platform') === 2 && APP_NOUNS.has(m.normalized.slice(m.normalized.lastIndexOf('-') + 1));
    if (own !== undefined && (fit(own.type, m.refersTo ?? m.type) > 0 || appOf)) {
      attach(own, m, index);
      continue;
    }
    if (m.both === true) {
      const two = lastTwo(doc, index, byKey, fit, m.type === 'Thing' ? undefined : 'Organization');
      if (two !== undefined) {
        attach(two[0], m, index);
        m.pair = two[1].key;
      }
      continue;
    }
    if (m.demonstrative === true) {
      const e = lastNamed(doc, index, byKey);
      if (e !== undefined) attach(e, m, index);
      continue;
    }
    // "das Staatstheater" after "des Staatstheaters Torgelhain": a one-word stage, zoo or collection refers back only to
    // a name that opens with it ("das Burgtheater" is not the "Theater Basel" named before it).
    const stageWord =
      m.source === 'coref:description' && m.role === undefined && m.type === 'Organization' && !m.normalized.includes(' ') && loadCues(doc.article.lang).institutionHeads.some((h) => m.normalized.toLowerCase().endsWith(h));
    const stageNamed = stageWord ? nameOpenedBy(doc, index, m.normalized, byKey) : undefined;
    if (stageNamed !== undefined) {
      attach(stageNamed, m, index);
      continue;
    }
    const target = m.fresh === true || stageWord ? undefined : resolveReference(doc, index, byKey, roles, m, fit, weak);
    if (target !== undefined) {
      attach(target, m, index);
      // "Fortnite … the popular game": a description types a name that only its capital letter had typed.
      // (Not an entity known only by a noun, which typed it: "beim Oberverwaltungsgericht … Die Richter".)
      if (m.source === 'coref:description' && weak(target) && target.unnamed !== true && fit(target.type, m.type) <= 0) {
        const votes = typeVotes.get(target) ?? new Map<string, number>();
        votes.set(m.type, 2);
        typeVotes.set(target, votes);
      }
      continue;
    }
    const institution = m.source === 'coref:description' && INSTITUTIONS.some((c) => fit(m.type, c) === 2);
    // "Australia's consumer watchdog sued Corvell … The Federal Consumer Commission (FCC) said": a regulator
    // described in the lead before anything fits it is the one institution of its kind that the next sentence names.
    // (Only a generic noun, by its head: "das Wirtschaftsministerium" or "the government" is an institution of its own.)
    const ahead =
      institution && m.role === undefined && m.sentence <= 1 && loadCues(doc.article.lang).regulatorNouns.has(m.normalized.toLowerCase().split(' ').pop()!) ? namedNext(doc, index, m, byKey, fit) : undefined;
    if (ahead !== undefined) {
      attach(ahead, m, index);
      continue;
    }
    // "warf der Verlegerfamilie vor": a group described with no antecedent is one of its own, as an unnamed one is.
    const group = m.source === 'coref:description' && m.type === 'Group';
    // ("Die Stadtwerke im ostthüringischen Leutenfeld erhöhen ihre Preise": so is a town's own institution.)
    // (Not when a later name opens with the noun: "den Geschäftsführer der Stadtwerke … der Stadtwerke Lindenau GmbH".)
    const townInstitution =
      m.source === 'coref:description' && m.role === undefined && m.type === 'Company' && loadCues(doc.article.lang).townInstitutions.has(m.normalized) && !namedLater(doc, index, m.normalized);
    // ("neuer Direktor des Burgtheaters": so is a stage, zoo or collection named by one word.)
    const stage = stageWord && !namedLater(doc, index, m.normalized);
    if (m.source === 'unnamed' || m.role !== undefined || institution || group || townInstitution || stage) {
      let key = `${doc.article.id}/${m.normalized}`;
      let same = byKey.get(key);
      // "ein Sprecher der Anklagebehörde … ein Sprecher der Gewerkschaft": someone new each time an indefinite role
      // is said of another organisation.
      for (let n = 2; same !== undefined && m.source === 'unnamed' && m.type === 'Person' && otherComplement(doc, m, doc.mentions[same.mentions[0]!]!); n++) {
        key = `${doc.article.id}/${m.normalized}~${n}`;
        same = byKey.get(key);
      }
      if (same !== undefined) {
        attach(same, m, index);
        continue;
      }
      // (A town's utility or airport is a firm a text may be about, as a named one is.)
      const e = add(m, index, key, !townInstitution);
      m.entity = e.key;
      surfaceAlias(e, m);
      vote(e, m);
    }
  }
  const cues = loadCues(doc.article.lang);
  for (const [from, into] of shortFormMerges(entities, typeVotes, doc.mentions, doc.tokens, cues.bareForms, cues.namesakeHoldings, cues.placePrepositions, cues.districtNouns)) {
    for (const i of from.mentions) doc.mentions[i]!.entity = into.key;
    into.mentions.push(...from.mentions);
    into.mentions.sort((a, b) => a - b);
    for (const alias of [from.label, ...from.aliases]) {
      if (normalizeLabel(alias) !== normalizeLabel(into.label) && !into.aliases.includes(alias)) into.aliases.push(alias);
    }
    const votes = typeVotes.get(into) ?? new Map<string, number>();
    for (const [t, p] of typeVotes.get(from) ?? []) votes.set(t, Math.max(votes.get(t) ?? 0, Math.min(p, 2)));
    typeVotes.set(into, votes);
    if (into.wikidata === undefined && from.wikidata !== undefined) into.wikidata = from.wikidata;
    entities.splice(entities.indexOf(from), 1);
  }
  clubOfTown(doc, entities, cues);
  officeOfPlace(doc, byKey, typeVotes, cues);
  for (const e of entities) {
    if (e.wikidata !== undefined && e.key !== e.wikidata) {
      for (const i of e.mentions) doc.mentions[i]!.entity = e.wikidata;
      e.key = e.wikidata;
    }
    const votes = [...(typeVotes.get(e) ?? new Map<string, number>()).entries()];
    votes.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    if (votes[0] !== undefined) e.type = votes[0][0];
    if ((votes[0]?.[1] ?? 0) <= 1) e.weakType = true;
    e.aliases.sort();
  }
  doc.entities = entities;
}

/** Raises the vote of an entity for a class to at least a priority. */
function raiseVote(typeVotes: Map<Entity, Map<string, number>>, e: Entity, cls: string, priority: number): void {
  const votes = typeVotes.get(e) ?? new Map<string, number>();
  votes.set(cls, Math.max(votes.get(cls) ?? 0, priority));
  typeVotes.set(e, votes);
}

/**
 * "Lafnitzdorfs Bürgermeister Johann X", "Almtals Bürgermeisterin Y": a name in the German genitive right before an
 * office held over a place (`placeOffices`) is that place, however its capital letter alone typed it.
 */
function officeOfPlace(doc: Doc, byKey: Map<string, Entity>, typeVotes: Map<Entity, Map<string, number>>, cues: ReturnType<typeof loadCues>): void {
  if (doc.article.lang !== 'de') return;
  for (const m of doc.mentions) {
    if ((m.source !== 'cue:capitalised' && m.source !== 'genitive') || m.entity === undefined || !/\p{Ll}s$/u.test(m.text)) continue;
    const office = doc.tokens[m.tokenEnd];
    if (office === undefined || office.sentence !== m.sentence || office.kind !== 'word') continue;
    const cls = cues.placeOffices.get(office.lemma ?? office.text) ?? cues.placeOffices.get(office.text);
    const e = byKey.get(m.entity);
    if (cls !== undefined && PLACE_CLASSES.has(cls) && e !== undefined) raiseVote(typeVotes, e, cls, PRIORITY['cue:place-list']!);
  }
}

/**
 * "Salzburg-Geschäftsführer X" in a text about "FC Red Bull Salzburg": a town before a person's role in a compound
 * is the one organisation the text names with that town's name as one of its words (a club, a theatre), not the
 * town. The mention moves to that organisation.
 */
function clubOfTown(doc: Doc, entities: Entity[], cues: ReturnType<typeof loadCues>): void {
  let byKey: Map<string, Entity> | undefined;
  // The organisations by the words of their names of several words, made once (a long article stays linear).
  let byWord: Map<string, Set<Entity>> | undefined;
  for (let i = 0; i < doc.mentions.length; i++) {
    const m = doc.mentions[i]!;
    if (m.compoundHead === undefined || m.entity === undefined || cueFor(cues, m.compoundHead, undefined)?.kind !== 'person') continue;
    byKey ??= new Map(entities.map((e) => [e.key, e]));
    const town = byKey.get(m.entity);
    if (town === undefined || (town.type !== 'City' && town.type !== 'Region')) continue;
    if (byWord === undefined) {
      byWord = new Map();
      for (const f of entities) {
        if (f.unnamed || f.type === 'Person' || PLACE_CLASSES.has(f.type)) continue;
        for (const l of [f.label, ...f.aliases]) {
          const words = labelWords(l);
          if (words.length < 2) continue;
          for (const w of words) {
            const set = byWord.get(w) ?? new Set<Entity>();
            set.add(f);
            byWord.set(w, set);
          }
        }
      }
    }
    // (By the word the text wrote too: "Bayern-Vorstandschef" beside "FC Bayern München", where the place is Bavaria.)
    const orgs = new Set([...(byWord.get(normalizeLabel(town.label)) ?? []), ...(byWord.get(normalizeLabel(m.text)) ?? [])]);
    if (orgs.size !== 1) continue;
    const org = [...orgs][0]!;
    town.mentions.splice(town.mentions.indexOf(i), 1);
    org.mentions.push(i);
    org.mentions.sort((a, b) => a - b);
    m.entity = org.key;
    if (town.mentions.length === 0) entities.splice(entities.indexOf(town), 1);
  }
}

/**
 * The one named entity of the description's exact class in the rest of its sentence and the next, when the
 * description is definite (not "a regulator", "eine Behörde"); see linkMentions.
 */
function namedNext(doc: Doc, index: number, m: Mention, byKey: Map<string, Entity>, fit: ClassFit): Entity | undefined {
  for (let t = Math.max(0, m.tokenStart - 3); t < m.tokenStart; t++) {
    if (INDEFINITE.has(doc.tokens[t]!.text.toLowerCase())) return undefined;
  }
  let found: Entity | undefined;
  for (let j = index + 1; j < doc.mentions.length && j <= index + WINDOW; j++) {
    const o = doc.mentions[j]!;
    if (o.sentence > m.sentence + 1) break;
    if (o.source.startsWith('coref') || o.source === 'unnamed' || o.entity === undefined) continue;
    const e = byKey.get(o.entity);
    if (e === undefined || e.unnamed === true || fit(e.type, m.type) !== 2) continue;
    if (found !== undefined && found !== e) return undefined;
    found = e;
  }
  return found;
}

const INDEFINITE = new Set(['a', 'an', 'ein', 'eine', 'einer', 'einem', 'einen', 'eines']);

/**
 * One-word entities that are the surname of a person, the first word of a
 * longer name, or a genitive of another entity, when exactly one fits:
 * "Trump" and "Trumps" beside "Donald Trump".
 */
function shortFormMerges(
  entities: Entity[],
  typeVotes: Map<Entity, Map<string, number>>,
  mentions: Mention[],
  tokens: Token[],
  forms: Set<string>,
  holdings: Set<string>,
  placePrepositions: Set<string>,
  districtNouns: Map<string, string>,
): Array<[Entity, Entity]> {
  const merges: Array<[Entity, Entity]> = [];
  for (const e of entities) {
    if (e.unnamed || e.wikidata !== undefined) continue;
    const word = normalizeLabel(e.label);
    if (word.includes(' ')) {
      const longer = multiWordShortForm(e, word, entities, typeVotes, mentions, tokens);
      if (longer !== undefined) merges.push([e, longer]);
      continue;
    }
    const base = word.endsWith('s') ? word.slice(0, -1) : undefined;
    const record = gazetteerRecord(e, mentions);
    const fits = entities.filter((f) => {
      if (f === e || f.unnamed) return false;
      // ("Steiermark" beside "Oststeiermark", "Styria" beside "Eastern Styria": two places the gazetteer holds apart are
      // two places, whatever their labels share.)
      if (record !== undefined && PLACE_CLASSES.has(e.type) && PLACE_CLASSES.has(f.type)) {
        const other = gazetteerRecord(f, mentions);
        if (other !== undefined && other !== record) return false;
      }
      const label = normalizeLabel(f.label);
      if (base !== undefined && label === base) return true;
      const parts = labelWords(f.label);
      if (parts.length < 2) return false;
      // ("die Bundesliga" beside "die 2. Bundesliga": a name opened by an ordinal names another thing than its rest.)
      if (/^\d+\.\s/.test(f.label)) return false;
      const last = parts[parts.length - 1]!;
      // ("mit Sitz in Vorderau" after "im Landkreis Vorderau": a town is no short form of the district named after it.)
      if (e.type === 'City' && districtNouns.has(f.label.split(' ')[0]!)) return false;
      // "Bamberg" after "Generalstaatsanwaltschaft Bamberg": the place an institution is named by is no short form of it.
      const seat = PLACE_CLASSES.has(e.type) && !PLACE_CLASSES.has(f.type);
      // ("Taiwan" beside "Taiwan Semiconductor Manufacturing Co": nor the place a firm's name opens with, when known.)
      // ("Gemeindepräsident von Alpwiesen" beside "Alpwiesen Tourismus": nor a place a noun of its own typed firmly.)
      // ("mit Sitz in Vorderstein" before "die gemeindeeigene Vorderstein Infrastruktur GmbH": nor a town the text
      // named after "in" or "aus" before the firm.)
      const known = seat && (e.mentions.some((k) => mentions[k]!.gazetteerId !== undefined) || (typeVotes.get(e)?.get(e.type) ?? 0) >= PRIORITY['cue:noun']! || placedBefore(e, f, mentions, tokens, placePrepositions));
      // ("Die Redaktion des "Stadtblatts"" after "das Villacher Stadtblatt": the last word's genitive after "des".)
      // ("in den Vorstand des Veltlinerhofs" after "der Veltlinerhof Weinviertel": the first word's, too.)
      const genitive = e.mentions.every((k) => GENITIVE_ARTICLES.has(tokenBefore(tokens, mentions[k]!.tokenStart)?.text ?? ''));
      const genitiveOfLast = last === base && genitive;
      const genitiveOfFirst = parts[0] === base && genitive && f.type !== 'Person' && e.type !== 'Person';
      return (f.type === 'Person' && (last === word || last === base)) || ((parts[0] === word || genitiveOfFirst) && !known) || (f.type !== 'Person' && e.type !== 'Person' && !seat && (last === word || genitiveOfLast || beforeEnding(parts, word)));
    });
    // Only a short form used after the full name: "Lumora" before "Lumora Grid" is its own entity.
    // A person's surname may come first ("Trump-Anhänger … Donald Trump") unless cues typed it
    // firmly as something else.
    const first = (x: Entity): number => Math.min(...x.mentions);
    // "Aebischer" (an organisation) after "Chocolat Aebischer" and "Claudine Aebischer": the one of its own kind.
    // ("Stadtblatts" beside "Villacher Stadtblatt" and "Stadtblatt": the short form that will merge into the longer
    // name is the same one.)
    const merging = fits.length > 1 ? fits.filter((f) => !fits.some((g) => shortOf(f, g))) : fits;
    let sameKind = merging.length > 1 ? merging.filter((f) => (f.type === 'Person') === (e.type === 'Person')) : merging;
    // ("Wimberger" beside "Wimberger GmbH" and "Familie Wimberger": the name with only a legal form added.)
    if (sameKind.length > 1 && e.type !== 'Person') {
      const formed = sameKind.filter((f) => { const parts = labelWords(f.label); return parts.length === 2 && parts[0] === word && forms.has(f.label.slice(f.label.indexOf(' ') + 1)); });
      if (formed.length === 1) sameKind = formed;
    }
    // ("Hegnar" beside "Hegnar Pharma AG" and the family's "Hegnar Beteiligungen AG": not the holding.)
    if (sameKind.length > 1 && e.type !== 'Person') {
      const operating = sameKind.filter((f) => !labelWords(f.label).some((w) => holdingWord(w, holdings)));
      if (operating.length === 1) sameKind = operating;
    }
    // ("Zaugg" beside "Zaugg Chocolatier AG" and "Familie Zaugg": a firm's name is no family's.)
    if (sameKind.length > 1 && e.type !== 'Person' && e.type !== 'Group') {
      const firms = sameKind.filter((f) => f.type !== 'Group');
      if (firms.length === 1) sameKind = firms;
    }
    const fit = sameKind[0];
    if (sameKind.length !== 1 || fit === undefined) continue;
    // "mit Easyjet Switzerland, der Schweizer Tochter des Billigfliegers Easyjet": a short form that the text only
    // uses in sentences naming the full form beside it is another entity.
    if (e.type !== 'Person' && fit.type !== 'Person' && e.mentions.every((k) => fullNameIn(fit, mentions[k]!.sentence, mentions))) continue;
    const strongest = Math.max(0, ...(typeVotes.get(e)?.values() ?? []));
    // "die Supermarktkette Lindemeyer" beside "Horst Lindemeyer": a name a noun typed firmly as a firm is no surname.
    if (fit.type === 'Person' && e.type !== 'Person' && (typeVotes.get(e)?.get(e.type) ?? 0) >= PRIORITY['cue:noun']! && e.mentions.some((k) => mentions[k]!.source === 'cue:noun')) continue;
    // ("Die Bremer Brüggemann-Gruppe … Vorstandschef Henrik Brüggemann": nor a name whose compound with a noun for a
    // firm is the firm's whole name.)
    const firmCompound = e.mentions.some((k) => mentions[k]!.source === 'compound' && mentions[k]!.compoundHead === undefined && mentions[k]!.text !== mentions[k]!.normalized);
    const surnameFirst = fit.type === 'Person' && normalizeLabel(fit.label).endsWith(` ${word}`) && (e.type === 'Person' || (strongest <= PRIORITY.compound! && !firmCompound));
    // "Korbly" before "Korbly SE": the name without its legal form is the same company, whichever comes first
    // ("Arvena" before "Arvena Apotheken AG": a word of the trade between too).
    const label = normalizeLabel(fit.label);
    const withForm =
      label.startsWith(`${word} `) &&
      fit.type !== 'Person' &&
      fit.mentions.some((k) => mentions[k]?.source === 'cue:legal-form' && (!label.slice(word.length + 1).includes(' ') || tradeBetween(mentions[k]!, tokens, forms)));
    // ("Der US-Konzern Velmont … die deutsche Tochter Velmont Chemie GmbH": the parent, not the full form.)
    if (fit.type !== 'Person' && namedAsSubsidiary(fit, mentions, tokens)) continue;
    // ("Der Regionalflughafen Kornweser … der Flughafen Kornweser GmbH": the noun that introduced the short form
    // is, or ends in, the first word of the full one.)
    // ("… der Flughafen X GmbH": a legal form after it too.)
    const opener = labelWords(fit.label)[0]!.toLowerCase();
    const formAt = fit.label.lastIndexOf(' ');
    const unformed = formAt > 0 && forms.has(fit.label.slice(formAt + 1)) ? normalizeLabel(fit.label.slice(0, formAt)) : label;
    const introduced =
      fit.type !== 'Person' &&
      unformed === `${opener} ${word}` &&
      e.mentions.some((k) => !mentions[k]!.source.startsWith('coref') && tokens[mentions[k]!.tokenStart - 1]?.pos === 'NOUN' && tokens[mentions[k]!.tokenStart - 1]!.text.toLowerCase().endsWith(opener));
    // ("den Tiroler Kristallzulieferer Pittracher … Die Kristall Pittracher GmbH": a firm a noun introduced by the word
    // before the legal form of the full name, which comes later.)
    const parts = labelWords(fit.label);
    const beforeForm =
      fit.type !== 'Person' && e.type !== 'Person' && beforeEnding(parts, word) && forms.has(fit.label.slice(fit.label.lastIndexOf(' ') + 1)) &&
      fit.mentions.some((k) => mentions[k]?.source === 'cue:legal-form') && e.mentions.some((k) => mentions[k]!.source === 'cue:noun');
    if (first(fit) < first(e) || surnameFirst || withForm || introduced || beforeForm) merges.push([e, fit]);
  }
  return merges;
}

/** A lower-case adjective or noun (or an ordinal) that modifies a site's noun after it: "processing", "second", "neue". */
function siteModifier(t: Token | undefined, sentence: number): boolean {
  return t !== undefined && t.sentence === sentence && /^\p{Ll}[\p{L}-]*$/u.test(t.text) && (t.pos === 'ADJ' || t.pos === 'NOUN' || (t.pos === 'VERB' && t.text.endsWith('ing')));
}

/** Whether the entity's first mention is a place guessed after a preposition of place ("in", "aus") before the other entity's first mention. */
function placedBefore(e: Entity, f: Entity, mentions: Mention[], tokens: Token[], prepositions: Set<string>): boolean {
  const at = Math.min(...e.mentions);
  const m = mentions[at]!;
  return at < Math.min(...f.mentions) && m.source === 'cue:preposition' && PLACE_CLASSES.has(m.type) && prepositions.has(tokenBefore(tokens, m.tokenStart)?.text.toLowerCase() ?? '');
}

/**
 * "Harpeth Valley Health … Harpeth Valley hospitals": a name of several words that only its capital letters made,
 * used after the one longer name of the article it opens, is that name's short form (not where the text names both
 * in one sentence, nor the full name of one named as a subsidiary).
 */
function multiWordShortForm(e: Entity, word: string, entities: Entity[], typeVotes: Map<Entity, Map<string, number>>, mentions: Mention[], tokens: Token[]): Entity | undefined {
  // "Pieter van Heerden … Van Heerden said": a surname with its particle, capitalised where it opens the name.
  if (!PLACE_CLASSES.has(e.type) && isNameParticle(e.label.slice(0, e.label.indexOf(' '))) && /^\p{Lu}/u.test(e.label)) {
    const people = entities.filter((f) => f.type === 'Person' && !f.unnamed && normalizeLabel(f.label).endsWith(` ${word}`));
    if (people.length === 1 && Math.min(...people[0]!.mentions) < Math.min(...e.mentions)) return people[0];
  }
  if (e.type === 'Person' || PLACE_CLASSES.has(e.type) || Math.max(0, ...(typeVotes.get(e)?.values() ?? [])) > PRIORITY['cue:capitalised']!) return undefined;
  const fits = entities.filter((f) => f !== e && !f.unnamed && f.type !== 'Person' && f.type !== 'Product' && f.type !== 'Event' && !PLACE_CLASSES.has(f.type) && normalizeLabel(f.label).startsWith(`${word} `));
  const fit = fits.length === 1 ? fits[0]! : undefined;
  if (fit === undefined || Math.min(...fit.mentions) > Math.min(...e.mentions) || namedAsSubsidiary(fit, mentions, tokens)) return undefined;
  if (e.mentions.every((k) => fullNameIn(fit, mentions[k]!.sentence, mentions))) return undefined;
  return fit;
}

/** Whether the eight words after the entity's first mention have one that starts with `word` ("hospitals" for "hospital"). */
function introducedWith(doc: Doc, e: Entity, word: string): boolean {
  const first = doc.mentions[e.mentions[0] ?? -1];
  if (first === undefined) return false;
  for (let k = first.tokenEnd; k < first.tokenEnd + 8 && k < doc.tokens.length && doc.tokens[k]!.sentence === first.sentence; k++) {
    const t = doc.tokens[k]!.text.toLowerCase();
    if (t.startsWith(word) && t.length <= word.length + 2) return true;
  }
  return false;
}

/** A sentence that is a quotation of its own: it opens with a quotation mark and names no speaker after it. */
function quotationSentence(doc: Doc, index: number): boolean {
  const sentence = doc.sentences[index];
  if (sentence === undefined) return false;
  const text = doc.article.text.slice(sentence.start, sentence.end).trim();
  return /^["„“»«]/u.test(text) && /["“”«»]$/u.test(text);
}

/** A name introduced by a noun for a subsidiary right before it: "die deutsche Tochter X", "its German unit X". */
function namedAsSubsidiary(e: Entity, mentions: Mention[], tokens: Token[]): boolean {
  return e.mentions.some((k) => !mentions[k]!.source.startsWith('coref') && SUBSIDIARY_NOUN.test(tokens[mentions[k]!.tokenStart - 1]?.text ?? ''));
}

/** "Arvena Apotheken AG", "Basislager Hotels AG": a German name of three words whose middle one is a dictionary noun (the trade). */
function tradeBetween(m: Mention, tokens: Token[], forms: Set<string>): boolean {
  const middle = tokens[m.tokenStart + 1];
  // ("Hegnar Pharma AG": a trade word the tagger read as part of the name counts too.)
  return m.tokenEnd - m.tokenStart === 3 && (middle?.pos === 'NOUN' || middle?.pos === 'PROPN') && !forms.has(middle.text);
}

/** Whether `f` is the one word that ends or opens `g`'s longer name (so merges into `g`), `g` no person. */
function shortOf(f: Entity, g: Entity): boolean {
  const words = labelWords(g.label);
  return g !== f && g.type !== 'Person' && words.length > 1 && (words.at(-1) === normalizeLabel(f.label) || words[0] === normalizeLabel(f.label));
}

/** The gazetteer record an entity's first mention matched, if any. */
function gazetteerRecord(e: Entity, mentions: Mention[]): string | undefined {
  for (const k of e.mentions) if (mentions[k]!.gazetteerId !== undefined) return mentions[k]!.gazetteerId;
  return undefined;
}

/** German articles of the genitive singular of a masculine or neuter noun: "des Stadtblatts". */
const GENITIVE_ARTICLES = new Set(['des', 'eines', 'dieses']);

/** The token before index `i`, past an opening quotation mark. */
function tokenBefore(tokens: Token[], i: number): Token | undefined {
  const before = tokens[i - 1];
  return before !== undefined && /^["„“”»«‚‘']$/.test(before.text) ? tokens[i - 2] : before;
}

/** "Taihong" for "Ningbo Taihong Group": the word before the last of a name of three words or more (its legal form). */
function beforeEnding(parts: string[], word: string): boolean {
  return parts.length >= 3 && parts[parts.length - 2] === word;
}

/** "Koum" after "Jan Koum", "Activision" after "Activision Blizzard". */
/** A name of several words of the entity stands in the sentence (not a description or a pronoun). */
function fullNameIn(e: Entity, sentence: number, mentions: Mention[]): boolean {
  return e.mentions.some((i) => mentions[i]!.sentence === sentence && mentions[i]!.text.includes(' ') && !mentions[i]!.source.startsWith('coref') && mentions[i]!.source !== 'unnamed');
}

/** Where the entity is first named. */
function firstMention(e: Entity, mentions: Mention[]): number {
  return Math.min(...e.mentions.map((i) => mentions[i]!.start));
}

function shortFormOf(entities: Entity[], m: Mention, doc: Doc): Entity | undefined {
  const mentions = doc.mentions;
  const word = normalizeLabel(m.normalized);
  // "Schwarzachtal Bergbahnen" after "Schwarzachtal Bergbahnen AG": the name without its legal form.
  if (word.includes(' ')) {
    if (m.type === 'Person' || m.gazetteerId !== undefined) return undefined;
    const forms = loadCues(doc.article.lang).legalForms;
    return entities.find((e) => {
      if (e.unnamed || e.type === 'Person') return false;
      const label = normalizeLabel(e.label);
      const rest = label.slice(word.length + 1);
      // ("Serum Institute" after "Serum Institute of India": without its "of" and the place.)
      // ("Ozark & Lakes" after "Ozark & Lakes Railroad": without a longer word that ends firms' names.)
      // ("Ofori Bean" after "Ofori Bean Exports": nor without a plural word of its trade.)
      const last = e.label.slice(e.label.lastIndexOf(' ') + 1);
      return label.startsWith(`${word} `) && (/^\S{1,5}\.?$/.test(rest) || /^(of|für) \S+( \S+)?$/.test(rest) || (!rest.includes(' ') && (forms.has(last) || (/^\p{Lu}\p{Ll}{3,}s$/u.test(last) && !PLACE_CLASSES.has(e.type)))));
    });
  }
  const fits = entities.filter((e) => {
    if (e.unnamed) return false;
    // "Google" after "Google Play Store": two different known entities, not a name and its short form.
    if (m.gazetteerId !== undefined && e.mentions.some((i) => mentions[i]!.gazetteerId !== undefined && mentions[i]!.gazetteerId !== m.gazetteerId)) return false;
    // "Taiwan's court" after "Taiwan Semiconductor Manufacturing Co": a place the gazetteer knows is no short form of
    // a firm named after it.
    // ("Gemeindepräsident von Alpwiesen" after "Alpwiesen Tourismus": nor one a noun for an office over a place typed.)
    if ((m.gazetteerId !== undefined || m.source === 'cue:noun') && PLACE_CLASSES.has(m.type) && !PLACE_CLASSES.has(e.type)) return false;
    const parts = labelWords(e.label);
    if (parts.length < 2) return false;
    // ("the iPhone maker" after "iPhone 6s": a product line is no short form of one of its models.)
    if (e.mentions.some((i) => mentions[i]!.source === 'cue:model')) return false;
    // ("die Supermarktkette Lindemeyer" is no short form of "Horst Lindemeyer".)
    if (e.type === 'Person') return parts[parts.length - 1] === word && !(m.source === 'cue:noun' && m.type !== 'Person');
    if (!(parts[0] === word || beforeEnding(parts, word))) return false;
    // "Der US-Konzern Velmont … die deutsche Tochter Velmont Chemie GmbH": a name introduced as a subsidiary that
    // begins with another name is the subsidiary of the one so named, not that name's full form.
    if (parts[0] === word && namedAsSubsidiary(e, mentions, doc.tokens)) return false;
    // "mit Easyjet Switzerland, der Schweizer Tochter des Billigfliegers Easyjet": a short form in the sentence that
    // names the full form is another entity.
    return !fullNameIn(e, m.sentence, mentions);
  });
  // "Die Steixner Holding des Unternehmers Markus Steixner … Steixner, dessen Firmengruppe …": where a person and an
  // organisation both fit, the one of the mention's kind.
  if (fits.length > 1) {
    // "Bauunternehmer Georg Loichinger … die Loichinger Bau GmbH … Loichinger, der die Firma führte": a surname alone
    // is the person named first, not a firm whose longer name it opens.
    const person = m.source === 'repeat' ? fits.find((e) => e.type === 'Person') : undefined;
    if (person !== undefined && fits.every((e) => e === person || (labelWords(e.label).length >= 3 && firstMention(e, mentions) > firstMention(person, mentions)))) return person;
    return fits.find((e) => (e.type === 'Person') === (m.type === 'Person')) ?? fits[0];
  }
  return fits[0];
}

/** The tokens between two names from "und"/"and" on, when they open with a preposition of origin and a town's name. */
function afterOwnTown(gap: Token[]): Token[] {
  if (gap.length < 3 || gap.length > 5 || !['aus', 'in', 'from'].includes(gap[0]!.text.toLowerCase())) return gap;
  for (let k = 1; k < gap.length; k++) {
    const lower = gap[k]!.text.toLowerCase();
    if (lower === 'und' || lower === 'and') return k > 1 ? gap.slice(k) : gap;
    if (!/^\p{Lu}/u.test(gap[k]!.text)) return gap;
  }
  return gap;
}

/**
 * "Kritik kommt vom Verein «Pro Val». Dieser wirft X vor": the person, organisation or group a demonstrative opening a
 * sentence points to, the one named last in the sentence before (of the demonstrative's gender, for a person).
 */
function lastNamed(doc: Doc, index: number, byKey: Map<string, Entity>): Entity | undefined {
  const m = doc.mentions[index]!;
  for (let j = index - 1; j >= 0; j--) {
    const other = doc.mentions[j]!;
    if (other.sentence < m.sentence - 1) break;
    const e = other.entity === undefined ? undefined : byKey.get(other.entity);
    if (e === undefined || other.compoundHead !== undefined || PLACE_CLASSES.has(e.type) || e.type === 'Product' || e.type === 'Event' || e.type === 'Thing') continue;
    if (genderClash(e, m, doc.mentions)) continue;
    return e;
  }
  return undefined;
}

/**
 * The two organisations a plural "die beiden Konzerne" means: of the pairs named together before it ("gegen Google
 * und den Facebook-Konzern Meta"; two names joined by "und" or "sowie", perhaps with an article and a noun before the
 * second), the pair mentioned most often so far, the later one on a tie. None when no pair was named.
 */
function lastTwo(doc: Doc, index: number, byKey: Map<string, Entity>, fit: ClassFit, cls: string | undefined): [Entity, Entity] | undefined {
  const m = doc.mentions[index]!;
  // Without a noun ("die beiden"), two people or two organisations.
  const fits = (e: Entity): boolean => (cls === undefined ? e.type === 'Person' || fit(e.type, 'Organization') > 0 : fit(e.type, cls) > 0);
  const org = (k: number): Entity | undefined => {
    const other = doc.mentions[k]!;
    const e = other.entity === undefined ? undefined : byKey.get(other.entity);
    return e !== undefined && !e.unnamed && other.compoundHead === undefined && fits(e) ? e : undefined;
  };
  const count = new Map<Entity, number>();
  const pairs: Array<[Entity, Entity]> = [];
  let best: [Entity, Entity] | undefined;
  let bestScore = 0;
  let previous = -1;
  for (let j = 0; j < doc.mentions.length; j++) {
    const second = doc.mentions[j]!;
    if (second.start >= m.start) break;
    const b = org(j);
    if (b === undefined) continue;
    count.set(b, (count.get(b) ?? 0) + 1);
    const first = previous >= 0 ? doc.mentions[previous]! : undefined;
    const a = previous >= 0 ? org(previous) : undefined;
    // "Chad Hurley, the chief executive, and Steve Chen": the apposition is the same person; the pair counts from the name.
    if (a === b && first !== undefined && first.sentence === second.sentence && second.source === 'coref:description') continue;
    previous = j;
    if (first === undefined || a === undefined || a === b || first.sentence !== second.sentence || first.end > second.start || (a.type === 'Person') !== (b.type === 'Person')) continue;
    let gap = doc.tokens.slice(first.tokenEnd, second.tokenStart);
    // "Co-founders Chad Hurley, the chief executive, and Steve Chen": an apposition of the first before "and".
    const n = gap.length;
    if (n >= 4 && n <= 9 && gap[0]!.text === ',' && gap[n - 2]!.text === ',' && ['and', 'und'].includes(gap[n - 1]!.text.toLowerCase()) && gap.slice(1, n - 2).every((t) => t.text !== ',' && t.pos !== 'VERB' && t.pos !== 'AUX')) gap = gap.slice(n - 1);
    // ("die X AG aus Erwitte und die Y GmbH aus Geseke": the first one's town after it.)
    else gap = afterOwnTown(gap);
    const between = gap.map((t) => t.text.toLowerCase());
    if (between.length < 1 || (between[0] !== 'und' && between[0] !== 'sowie' && between[0] !== 'and')) continue;
    // "X und den früheren Bundestagsabgeordneten Y": an article, adjectives and a role noun before the second name.
    if (between.length > 3 && (between.length > 6 || !gap.slice(1).every((t) => t.pos === 'DET' || t.pos === 'ADJ' || t.pos === 'NOUN'))) continue;
    pairs.push([a, b]);
  }
  // Counted up to the plural, not up to where each pair was named.
  for (const [a, b] of pairs) {
    const score = (count.get(a) ?? 0) + (count.get(b) ?? 0);
    if (score >= bestScore) {
      best = [a, b];
      bestScore = score;
    }
  }
  // "Brackwell sued Tarnfield … The two firms compete": never named together, the two the text keeps naming
  // (each at least twice, and clearly ahead of a third).
  if (best === undefined && cls !== undefined) {
    const ranked = [...count].filter(([e]) => e.type !== 'Person').sort((x, y) => y[1] - x[1]);
    const [first, second, third] = ranked;
    if (first !== undefined && second !== undefined && second[1] >= 2 && (third === undefined || third[1] < second[1])) best = [first[0], second[0]];
  }
  return best;
}

/** How many mentions back a description or pronoun looks for its antecedent. */
const WINDOW = 300;

/**
 * The genitive or "von"/"of" phrase right after a mention ("der Gewerkschaft"): its words in lower case, and the
 * mention with it as the text writes them ("Sprecher der Gewerkschaft").
 */
function complementOf(doc: Doc, m: Mention): { words: string; phrase: string } | undefined {
  const first = doc.tokens[m.tokenEnd];
  if (first === undefined || first.sentence !== m.sentence || !/^(der|des|von|vom|of)$/i.test(first.text)) return undefined;
  const words: string[] = [];
  let end = first.end;
  for (let k = m.tokenEnd + 1; k < m.tokenEnd + 4; k++) {
    const t = doc.tokens[k];
    if (t === undefined || t.sentence !== m.sentence || t.kind !== 'word' || t.verb?.finite === true || t.pos === 'CCONJ' || t.pos === 'ADP') break;
    words.push(t.text.toLowerCase());
    end = t.end;
    if (t.pos === 'NOUN' || t.pos === 'PROPN') break;
  }
  return words.length > 0 ? { words: words.join(' '), phrase: doc.article.text.slice(m.start, end).replace(/\s+/g, ' ') } : undefined;
}

/** "Die Richter", "den Höchstrichtern", "the justices": judges in the plural, who speak for their court. */
function pluralJudges(doc: Doc, m: Mention): boolean {
  const head = doc.tokens[m.tokenEnd - 1]!;
  if (head.plural === true || /(judges|justices|richtern|richterinnen)$/i.test(head.text)) return true;
  // ("die Richter": a masculine noun after the feminine or plural article; "nach Ansicht der Höchstrichter": after
  // "der" that follows a noun, a genitive, which a masculine noun has only in the plural.)
  const det = doc.tokens[m.tokenStart - 1]?.text ?? '';
  return /richter$/i.test(head.text) && (/^(die|den)$/i.test(det) || (det === 'der' && doc.tokens[m.tokenStart - 2]?.pos === 'NOUN'));
}

/** Both mentions have a complement ("ein Sprecher der X"), and not the same one. */
function otherComplement(doc: Doc, m: Mention, before: Mention): boolean {
  const a = complementOf(doc, m)?.words;
  const b = complementOf(doc, before)?.words;
  return a !== undefined && b !== undefined && a !== b;
}

/** Entities that mentions with a role ("judge", "ceo") were linked to, named and unnamed. */
type RoleIndex = Map<string, { named: Set<Entity>; unnamed: Entity[] }>;

/** Person roles so wide that sharing one says little about being the same person. */
const WIDE_ROLES = new Set(['employee', 'person']);
/** How many sentences after an unnamed person of another role the name that reveals them may come. */
const FAR_ROLE_NAME = 5;

function resolveReference(
  doc: Doc,
  index: number,
  byKey: Map<string, Entity>,
  roles: RoleIndex,
  m: Mention,
  fit: ClassFit,
  weak: (e: Entity) => boolean,
): Entity | undefined {
  const want = m.refersTo ?? m.type;
  // The loops below walk the linked mentions before this one, closest first, within
  // the window (j from index - 1 down to `last`); plain loops, not a generator of
  // [mention, entity] pairs: this runs for every reference, over up to WINDOW mentions.
  const last = Math.max(0, index - WINDOW);
  /** The entity of mention `other` when it is linked and starts before this one. */
  // "SAN FRANCISCO (Reuters) - … ran it": the agency in the dateline is no antecedent (its place may be).
  const datelineEnd = doc.article.dateline?.end ?? 0;
  // "Gmunden (APA) – … nach Informationen der APA … der Verein": the agency stays out even where the text names it.
  const agency = datelineAgency(doc, datelineEnd);
  const linkedBefore = (other: Mention): Entity | undefined => {
    const e = other.entity === undefined ? undefined : byKey.get(other.entity);
    return e !== undefined && other.start < m.start && (other.start >= datelineEnd || PLACE_CLASSES.has(e.type)) && e.key !== agency ? e : undefined;
  };
  if (m.role !== undefined) {
    const known = roles.get(m.role);
    // An indefinite "a judge" introduces someone new unless the name follows ("Eine Richterin … Richterin Anna Muster").
    // ("Die Koalition wirft dem Stadtchef vor … Geschäftsführer X": a definite description points back, not to a
    // person first named after it.)
    const named = [...(known?.named ?? [])].filter((e) => !genderClash(e, m, doc.mentions) && (m.source !== 'unnamed' ? m.source !== 'coref:description' || (e.mentions[0] ?? index) < index : (e.mentions[0] ?? -1) > index));
    // "meinte der Grünen-Politiker": the one person named with that party, whatever role the text gave him.
    const party = m.source === 'coref:description' ? partyInside(doc, m, index) : undefined;
    if (party !== undefined) {
      const partisans = [...byKey.values()].filter((e) => e.type === 'Person' && !genderClash(e, m, doc.mentions) && namedWithParty(doc, e, party, index));
      if (partisans.length === 1) return partisans[0];
    }
    // ("hat einen neuen Cheftrainer gefunden … Auch Sportdirektor X war beteiligt": an indefinite description of a
    // role as wide as "employee" is a person named later only when the name comes soon after it.)
    // ("wie ein Gerichtssprecher bestätigte … kritisierte VC-Sprecher X" eight sentences on: any other role only when
    // the name comes within a few sentences.)
    if (named.length === 1 && (m.source !== 'unnamed' || doc.mentions[named[0]!.mentions[0] ?? index]!.sentence - m.sentence <= (WIDE_ROLES.has(m.role) ? 2 : FAR_ROLE_NAME))) return named[0];
    // "a federal judge ruled … U.S. District Judge Leonie Brinkema found …": of several named later, the one named
    // in the next sentence.
    if (m.source === 'unnamed' && named.length > 1) {
      const next = named
        .map((e) => ({ e, first: e.mentions[0] ?? -1 }))
        .filter(({ first }) => first > index && doc.mentions[first]!.sentence - m.sentence <= 1)
        .sort((a, b) => a.first - b.first)[0];
      if (next !== undefined) return next.e;
    }
    if (m.source === 'unnamed') return undefined;
    // "beim Stammverein … im Aufsichtsrat … das Gremium": a body's generic noun means the body named last.
    if (m.role === 'body' && known !== undefined && known.unnamed.length > 1) {
      const latest = latestBefore(known.unnamed, index);
      if (latest !== undefined) return latest;
    }
    if (known?.unnamed[0] !== undefined) return known.unnamed[0];
    // "Die Richter wiesen … ab": judges without a name speak for the court named before.
    if (m.role === 'judge') {
      // ("Die zuständige Richterin gab dem Antrag statt": one judge with no name is a person of their own.)
      if (!pluralJudges(doc, m)) return undefined;
      for (let j = index - 1; j >= last; j--) {
        const e = linkedBefore(doc.mentions[j]!);
        if (e !== undefined && fit(e.type, 'Court') === 2) return e;
      }
    }
  }
  // "die Stadtwerke Wellbach … dem Aufsichtsrat der Stadtwerke": a noun that opens the name of an institution named
  // by its place means that institution however far back in the window, when it opens one name only.
  // (Only nouns that open names of institutions named by their place: "die Airline" is not "Airline for Norden".)
  const placeNamed = loadCues(doc.article.lang).placeNamed;
  if (m.source === 'coref:description' && m.role === undefined && m.relational !== true && (placeNamed.has(m.normalized) || placeNamed.has(m.text))) {
    const named = new Set<Entity>();
    // (Within the window, as everywhere here: a long article stays linear.)
    for (let j = index - 1; j >= last; j--) {
      const e = linkedBefore(doc.mentions[j]!);
      if (e !== undefined && !e.unnamed && nameStartsWith(e, m.normalized)) named.add(e);
    }
    if (named.size === 1) return [...named][0];
  }
  // "Der Lieferdienst wurde … gegründet. Seit 2022 gehört er …": German "er" may
  // point to a masculine description that opened the sentence before.
  if (m.source === 'coref:pronoun' && m.text.toLowerCase() === 'er') {
    const opener = masculineOpener(doc, index, byKey);
    if (opener !== undefined) return opener;
  }
  // "who had built security firm Adallom and sold it to Microsoft": an object "it" of a verb coordinated with one
  // before is that verb's object.
  // "who started Quintarc … and has run it ever since": an auxiliary may come between.
  // ("co-founded X and later sold it": an adverb too.)
  let andAt = m.tokenStart - 2;
  while (andAt > m.tokenStart - 4 && (doc.tokens[andAt]?.pos === 'AUX' || doc.tokens[andAt]?.pos === 'ADV')) andAt--;
  // (Not a subject of its own clause: "accused MedSpire of … and said it had terminated the contract".)
  const subjectIt = doc.tokens[m.tokenEnd]?.pos === 'AUX' || doc.tokens[m.tokenEnd]?.pos === 'VERB';
  if (m.source === 'coref:pronoun' && m.text === 'it' && !subjectIt && doc.tokens[m.tokenStart - 1]?.pos === 'VERB' && doc.tokens[andAt]?.text === 'and') {
    for (let j = index - 1; j >= last; j--) {
      const other = doc.mentions[j]!;
      if (other.sentence !== m.sentence) break;
      const e = linkedBefore(other);
      if (e === undefined || e.type === 'Person' || other.source.startsWith('coref') || fit(e.type, want) <= 0) continue;
      let t = other.tokenStart - 1;
      // ("co-founded Brazilian broadband provider X": a word of origin too.)
      const demonyms = loadCues(doc.article.lang).demonyms;
      while (t > 0 && (doc.tokens[t]!.pos === 'DET' || doc.tokens[t]!.pos === 'ADJ' || (doc.tokens[t]!.pos === 'NOUN' && /^\p{Ll}/u.test(doc.tokens[t]!.text)) || demonyms.has(doc.tokens[t]!.text))) t--;
      if (doc.tokens[t]?.pos === 'VERB') return e;
      break;
    }
  }
  const specific = m.specific;
  // "die Website Infowars … sie hat ihren Sitz in Austin": with no woman named in the sentence before,
  // German "sie" points to what a feminine noun introduced.
  if (m.source === 'coref:pronoun' && m.gender === 'f' && (m.text.toLowerCase() === 'sie' || m.text.toLowerCase() === 'ihr')) {
    let woman = false;
    let thing: Entity | undefined;
    let opener: Entity | undefined;
    const own = new Set<Entity>();
    for (let j = index - 1; j >= last; j--) {
      const other = doc.mentions[j]!;
      const e = linkedBefore(other);
      if (e === undefined) continue;
      if (m.sentence - other.sentence > 1) break;
      // "Wutte leitet sie": the subject of the pronoun's own clause is not what it points to.
      if (other.sentence === m.sentence && sameClause(doc, other, m) && !inPrepositionalPhrase(doc, other)) own.add(e);
      if (own.has(e)) continue;
      if (e.type === 'Person' && !genderClash(e, m, doc.mentions)) woman = true;
      if (thing === undefined && e.type !== 'Person' && other.gender === 'f') thing = e;
      // ("Die Aufsicht wirft der Firma vor, … Gegen X verhängte sie ein Berufsverbot": what opened the sentence before
      // rather than what came later in it.)
      if (e.type !== 'Person' && other.gender === 'f' && other.sentence === m.sentence - 1 && opensSentence(doc, other)) opener = e;
    }
    if (!woman && thing !== undefined) return opener ?? thing;
  }
  // "A Minneapolis start-up … has raised $38 million, with most of the money from drugmaker X, the company said.
  // NephroLume was founded …": a lead whose subject is an organisation described with an indefinite article reports
  // about that one, which the next sentence names first; never about an organisation the lead named after it.
  const lead = m.source === 'coref:description' && m.relational !== true && fit(want, BROAD_ORG) === 2 && reportsAtEnd(doc, m) ? indefiniteOrgOpens(doc, m) : undefined;
  if (lead !== undefined) {
    // (The lead's noun describes the firm as the description does: "the start-up" later prefers it.)
    const cues = loadCues(doc.article.lang);
    const noun = doc.article.lang === 'en' ? lead.text.toLowerCase() : (lead.lemma ?? lead.text);
    const scale = scaleOf(cues, noun, undefined);
    const sector = sectorOf(cues, noun, undefined);
    if (m.scale === undefined && scale !== undefined) m.scale = scale;
    if (m.sector === undefined && sector !== undefined) m.sector = sector;
    for (let k = index + 1; k < doc.mentions.length && doc.mentions[k]!.sentence <= m.sentence + 1; k++) {
      const o = doc.mentions[k]!;
      if (o.sentence !== m.sentence + 1 || o.entity === undefined || o.source.startsWith('coref') || o.source === 'unnamed') continue;
      const e = byKey.get(o.entity);
      // (The name that opens the next sentence, named there for the first time.)
      if (e !== undefined && opensSentence(doc, o) && e.mentions[0] === k && fit(e.type, BROAD_ORG) === 2 && !PLACE_CLASSES.has(e.type)) return e;
      break;
    }
    return undefined;
  }
  // "Kassarei-Geschäftsführer Florian Grubmüller … Grubmüller, der die Firma 2016 gegründet hat": a company
  // described in a sentence about a person introduced with a company's name in a role compound is that company.
  let employer: Entity | undefined;
  if (m.source === 'coref:description' && m.role === undefined && m.relational !== true) {
    // (Only in a relative clause on the person, with nothing named between: "Grubmüller, der die Firma …".)
    const j = index - 1;
    const other = doc.mentions[j];
    const comma = other === undefined ? undefined : doc.tokens[other.tokenEnd];
    const pronoun = other === undefined ? undefined : doc.tokens[other.tokenEnd + 1];
    const relative = comma?.text === ',' && pronoun !== undefined && PERSON_RELATIVES.has(pronoun.text.toLowerCase()) && m.tokenStart - other!.tokenEnd <= 5;
    // ("Die frühere Sportreporterin hatte das Unternehmen 2019 gegründet": the person opening the sentence too, with
    // only a verb and words between.)
    const opening =
      other !== undefined && opensSentence(doc, other) && m.tokenStart - other.tokenEnd <= 4 && doc.tokens.slice(other.tokenEnd, m.tokenStart).every((t) => t.kind !== 'punct') && doc.tokens[other.tokenEnd]?.verb?.finite === true;
    if (other !== undefined && other.sentence === m.sentence && (relative || opening) && j >= last) {
      const person = linkedBefore(other);
      for (const k of person?.type === 'Person' ? person.mentions : []) {
        const before = doc.mentions[k - 1];
        const named = doc.mentions[k]!;
        // (English writes the role apart: "Sampleyard co-founder Dana Okafor, who set up the site", "Masimo Chief
        // Executive Joe Kiani, who founded the company".)
        const roleBetween = doc.article.lang === 'en' && before !== undefined && named.tokenStart > before.tokenEnd && named.tokenStart - before.tokenEnd <= 3 && doc.tokens.slice(before.tokenEnd, named.tokenStart).every((t) => /^\p{Ll}[\p{Ll}-]*$/u.test(t.text) || loadCues('en').titles.has(t.text));
        if (before === undefined || (!roleBetween && (before.compoundHead === undefined || before.tokenEnd !== named.tokenStart)) || k >= index) continue;
        // "former Biogen executive Mark Haldane, who runs the company": a former employer is not the company described.
        if (loadClauseLexicon(doc.article.lang).formerWords.has(doc.tokens[before.tokenStart - 1]?.text.toLowerCase() ?? '')) continue;
        const org = before.entity === undefined ? undefined : byKey.get(before.entity);
        if (org !== undefined && org.type !== 'Person' && !PLACE_CLASSES.has(org.type) && fit(org.type, BROAD_ORG) === 2) {
          employer = org;
          break;
        }
      }
      // "Geschäftsführerin Theresa Pernthaler, die den Betrieb in vierter Generation leitet": a firm named like the
      // person is the family's firm.
      if (employer === undefined && person?.type === 'Person' && person.label.includes(' ')) {
        const surname = normalizeLabel(person.label.slice(person.label.lastIndexOf(' ') + 1));
        for (const e of byKey.values()) {
          // ("Henning Lührs, der das 1889 gegründete Familienunternehmen führt": "Lührs & Co.", a name the surname opens.)
          const label = normalizeLabel(e.label);
          if (e !== person && !e.unnamed && fit(e.type, BROAD_ORG) === 2 && !PLACE_CLASSES.has(e.type) && (label === surname || (relative && label.startsWith(`${surname} `)))) {
            employer = e;
            break;
          }
        }
      }
    }
  }
  const sentence = doc.sentences[m.sentence];
  // ("der Velantric-Tochter": the owner named inside the compound too.)
  const ownerNamed = m.relational === true && ((['der', 'des'].includes(doc.tokens[m.tokenEnd]?.text ?? '') && doc.mentions[index + 1]?.tokenStart === m.tokenEnd + 1) || (m.modifier !== undefined && /tochter/i.test(m.text)));
  const paragraphOpener =
    m.source === 'coref:description' && sentence !== undefined && m.sentence > 0 && doc.sentences[m.sentence - 1]!.paragraph !== sentence.paragraph && (opensSentence(doc, m) || afterOpeningParticiple(doc, m));
  // "Waze hat eine App entwickelt … Gegründet wurde die Firma von …": the name that opens the description's paragraph,
  // one or more sentences back, is what the paragraph goes on about.
  const paragraphSubject = m.source === 'coref:description' && m.role === undefined && m.relational !== true && !paragraphOpener ? paragraphOpening(doc, index, m) : undefined;
  // The organisation with the most mentions before this one (ties: none), computed once when asked.
  let most: Entity | null | undefined;
  const mostNamed = (): Entity | null => {
    if (most !== undefined) return most;
    const counts = new Map<Entity, number>();
    for (let j = last; j < index; j++) {
      const e = linkedBefore(doc.mentions[j]!);
      if (e !== undefined && !e.unnamed && fit(e.type, BROAD_ORG) === 2) counts.set(e, (counts.get(e) ?? 0) + 1);
    }
    let top = 0;
    most = null;
    for (const [e, n] of counts) {
      // On a tie, the one named first: an article opens on what it is about.
      if (n > top) [top, most] = [n, e];
    }
    return most;
  };
  // "Alois Kastenhuber hatte das Familienunternehmen gegründet": the surname of a founder right before, once.
  const founder = m.source === 'coref:description' ? founderSurname(doc, m, index) : undefined;
  // The closest preceding mention of an entity whose class fits best.
  let best: { e: Entity; score: number } | undefined;
  // The best of another entity than the best one's, for a close call a later description decides.
  let runnerUp: { e: Entity; score: number } | undefined;
  const vetoed = new Set<Entity>();
  const origin = originAt(doc, index);
  const families = loadCues(doc.article.lang).sectorFamilies;
  const regulators = loadCues(doc.article.lang).regulatorNouns;
  // Once per reference: whether it is a description of an organisation that a subsidiary's introduction argues
  // against, and per entity (many mentions of one entity are candidates) whether it was introduced so.
  const wantsFirm = m.source === 'coref:description' && m.relational !== true && fit(want, BROAD_ORG) === 2 && !/tochter/i.test(m.normalized);
  const introducedAsSubsidiary = new Map<Entity, boolean>();
  // Other questions about a candidate entity alone, not about the mention of it at hand: asked again for each of its
  // mentions in the window, answered once per entity (a long article names the same few entities hundreds of times).
  const introducedAsApp = perEntity((e) => introducedBy(doc, e, index, (t) => APP_NOUNS.has(t.text.slice(t.text.lastIndexOf('-') + 1))));
  const introducedByNoun = perEntity((e) => introducedBy(doc, e, index, (t) => t.lemma === m.normalized || t.text === m.normalized));
  const introducedByCompound = perEntity((e) => introducedBy(doc, e, index, (t) => compoundOn(t.lemma ?? t.text, m.normalized)));
  // "des westfälischen Stahlproduzenten Lippewalz … der Stahlhersteller": compounds on the same first word.
  const introducedBySameModifier = perEntity((e) => doc.article.lang === 'de' && introducedBy(doc, e, index, (t) => sameModifier(t.lemma ?? t.text, m.normalized)));
  const description = m.normalized.toLowerCase();
  const modifierInName = perEntity(
    (e) => doc.article.lang === 'de' && !e.unnamed && e.type !== 'Person' && (BUSINESSES.has(e.type) || !BUSINESSES.has(m.type)) && labelWords(e.label).slice(1).some((w) => w.length >= 5 && description.length - w.length >= 4 && description.startsWith(w)),
  );
  // ("die Tramsegg Bergbahnen … die Bergbahnen": the written form too, where the lemma is the singular; only as the
  // name's last word of its own, not "Heineken-Konzerns" for "des Konzerns".)
  const written = m.source === 'coref:description' && m.text !== m.normalized && m.text.length >= 4 ? ` ${lowerCase(m.text)}` : undefined;
  const nameEndsInNoun = perEntity((e) => nameEndsIn(e, m.normalized) || (written !== undefined && endsInWord(e, written)));
  const modifierToken = doc.tokens[m.tokenStart - 1];
  const descriptionModifier =
    m.source === 'coref:description' && doc.article.lang === 'en' && modifierToken !== undefined && modifierToken.sentence === m.sentence && modifierToken.pos === 'NOUN' && /^\p{Ll}{4,}$/u.test(modifierToken.text)
      ? modifierToken.text
      : undefined;
  const nameStartsWithNoun = perEntity((e) => placeNamed.has(m.normalized) && nameStartsWith(e, m.normalized));
  const onlyNamedAsSource = perEntity((e) => onlyASource(doc, e, index));
  const onlyNamedAsFormerEmployer = perEntity((e) => onlyAFormerEmployer(doc, e, index));
  const investorEnds = loadCues(doc.article.lang).investorNameEnds;
  // ("High-Tech Gründerfonds": a German compound on one of the words too.)
  const investorNamed = perEntity((e) => !e.unnamed && e.label.includes(' ') && investorEnding(e.label.slice(e.label.lastIndexOf(' ') + 1), investorEnds));
  const onlyInCompounds = perEntity((e) => e.mentions.every((k) => k >= index || doc.mentions[k]!.compoundHead !== undefined));
  // English "X said it …": the reporting verb before a pronoun, and whether a name or description ends right before it.
  const saidVerb = m.source === 'coref:pronoun' ? reportingVerbBefore(doc, m) : undefined;
  let speakerBefore = false;
  for (let k = index - 1; saidVerb !== undefined && k >= 0 && doc.mentions[k]!.sentence === m.sentence; k--) if (doc.mentions[k]!.tokenEnd === saidVerb) speakerBefore = true;
  // (Whether a person with a name came before: asked at most once per mention, see the ages below.)
  let personNamed: boolean | undefined;
  for (let j = index - 1; j >= last; j--) {
    const other = doc.mentions[j]!;
    const e = linkedBefore(other);
    if (e === undefined) continue;
    // A description may point back to an institution that was itself only described, by the same head:
    // "die Datenschutzbehörde … die Behörde".
    // ("the Dutch data protection authority … the regulator": in English, by another noun for an authority too.)
    const describedBefore =
      e.unnamed && m.source === 'coref:description' && m.role === undefined && (sameHead(e.label, m.normalized) || (regulators.has(m.normalized) && regulators.has(e.label.slice(e.label.lastIndexOf(' ') + 1))));
    // A description also follows a chain through earlier descriptions of a named entity ("das Unternehmen … Der Lieferdienst").
    const chained = !e.unnamed && m.source === 'coref:description' && other.source === 'coref:description';
    // A pronoun follows a chain of pronouns: "Er hatte behauptet … Eltern haben ihn verklagt".
    // So does it through a description of a named person: "Der gebürtige Deutsche … Zuvor hatte er …".
    const pronounChain = m.source === 'coref:pronoun' && other.source.startsWith('coref') && !e.unnamed;
    // A rival or partner named by a relational noun ("seiner Konkurrentin") is no unnamed body such as "der Bundesvorstand".
    if ((other.source.startsWith('coref') && !describedBefore && !chained && !pronounChain) || ((m.role !== undefined || m.relational === true) && e.unnamed) || vetoed.has(e)) continue;
    // "Der Verwaltungsrat hat X ernannt, wie das Unternehmen mitteilte": a body without a name is no firm.
    if (m.source === 'coref:description' && e.unnamed && !describedBefore && BUSINESSES.has(want)) continue;
    // "Jörn X … Ein Ermittlungsrichter erließ Haftbefehl. Die Ermittler werfen dem 58-Jährigen vor": an age describes
    // a person the text has named, not a role without a name (where the text has named a person before: "einer
    // Kassiererin … die Klage der 54-Jährigen" is about the one unnamed).
    if (m.source === 'coref:description' && e.unnamed && e.type === 'Person' && AGE_DESCRIPTION.test(m.text) && (personNamed ??= namedPersonBefore(doc, index))) continue;
    // "Der Stiftungsrat wählte … wie die Stiftung mitteilte": nor is a board the organisation another noun describes
    // (an association named by its noun may be: "des Händlerbunds … Der Verband").
    if (m.source === 'coref:description' && e.unnamed && !describedBefore && m.role === undefined && doc.mentions[e.mentions[0] ?? -1]?.role === 'body' && doc.mentions[e.mentions[0] ?? -1]?.sector !== ASSOCIATIONS) continue;
    // "Die Basis in Ostdeutschland. Er warf seiner Konkurrentin vor …": a rival or partner is no place.
    if (m.relational === true && PLACE_CLASSES.has(e.type)) continue;
    // "die Post-Tochter": the subsidiary of the one the first part names is not that one, named inside or not.
    if (m.relational === true && m.source === 'coref:description' && namedByFirstPart(m, e)) continue;
    // "Spinbay said it was disappointed": an English pronoun opening what was said is most often the speaker.
    // ("… and Snowflake said on Monday it was teaming up with X": the name right before the reporting verb, where there is one.)
    const reported = m.source === 'coref:pronoun' && other.sentence === m.sentence && saidVerb !== undefined && (speakerBefore ? other.tokenEnd === saidVerb : opensSentence(doc, other) || followsDateline(doc, other, 3));
    // Subject and object of one clause do not corefer: "X warf dem Start-up vor", "Kurz warf er vor".
    if (
      !reported &&
      (m.source === 'coref:description' || m.source === 'coref:pronoun') &&
      other.sentence === m.sentence &&
      other.compoundHead === undefined &&
      !modifiesRoleHolder(doc, j) &&
      sameClause(doc, other, m) &&
      // ("Nach einem Datenleck bei der Klinikgruppe X hat die Behörde ein Verfahren gegen den Betreiber eingeleitet":
      // German names under a preposition over the noun before them; English "after activist fund X disclosed" has a
      // subordinator where German would have a preposition.)
      !(doc.article.lang === 'de' ? underPreposition(doc, other) : inPrepositionalPhrase(doc, other))
    ) {
      vetoed.add(e);
      continue;
    }
    // "von X und Y gegründet, die ihn heute leiten": an object pronoun of a relative clause is not the relative
    // pronoun's antecedent, which is the clause's subject.
    if (m.source === 'coref:pronoun' && OBJECT_PRONOUNS.has(m.text.toLowerCase()) && other.sentence === m.sentence && relativeAntecedent(doc, m, other)) {
      vetoed.add(e);
      continue;
    }
    // "Intel and Apple sued Fortress, accusing it (or the firm) of …": the object of a participle after a comma is not the subject
    // the participle shares with its sentence.
    if ((m.source === 'coref:pronoun' || m.source === 'coref:description') && other.sentence === m.sentence && participleObject(doc, m) && beforeFirstVerb(doc, other)) {
      vetoed.add(e);
      continue;
    }
    // ("…, sagte Sprecherin X. „Wenn …“ Sie warf der Kette vor": a quotation between counts for no sentence.)
    if (m.source === 'coref:pronoun' && m.sentence - other.sentence > 1 && (m.sentence - other.sentence > 2 || !quotationSentence(doc, m.sentence - 1))) break;
    if (genderClash(e, m, doc.mentions)) continue;
    // "das Oberlandesgericht" after "Landgericht Hamburg": a specific institution noun names its own institution.
    // An authority's noun may list words its antecedent's name may show instead ("kartell|wettbewerb").
    if (specific && ![e.label, ...e.aliases].some((l) => specific.split('|').some((w) => l.toLowerCase().includes(w)))) continue;
    // "der Verlegerfamilie" is no group named before by another noun ("die Beschäftigten"): a group description
    // points back only to a group its own noun ends a name or label of ("die Familie" → "Familie Porsche").
    if (want === 'Group' && m.source === 'coref:description' && !groupNamedBy(doc, e, index, m.normalized)) continue;
    // "die Gruppe" is no court and no authority.
    if (want === BROAD_ORG && m.source === 'coref:description' && INSTITUTIONS.some((c) => fit(e.type, c) === 2)) continue;
    // "warf die Gewerkschaft dem Unternehmen vor": an association is no company.
    if (m.sector === ASSOCIATIONS && m.source === 'coref:description' && BUSINESSES.has(e.type)) continue;
    // "Die Österreichische Verkehrspilotenvereinigung … warf Airline-Chef X vor": nor is an association named so a firm.
    if (m.source === 'coref:description' && BUSINESSES.has(m.type) && !BUSINESSES.has(e.type) && associationName(doc, e)) continue;
    let score = fit(e.type, want);
    const typeFit = score;
    // "sagte er den „Kieler Nachrichten“. Der Betrieb …": a paper named only as the one told is no firm described next.
    if (m.source === 'coref:description' && want !== 'MediaOrganization' && e.type === 'MediaOrganization' && toldOnly(doc, e, index)) continue;
    // "die Wettbewerbsbehörde" is no organisation known to be something else ("den Konkurrenten X").
    if (score === 1 && m.source === 'coref:description' && INSTITUTIONS.includes(want) && (!weak(e) || m.sentence - other.sentence > 1)) continue;
    // "das Unternehmen" may point to any organisation, a Company best.
    // (Not "das Blatt", "die Zeitung": a paper is no publishing firm named as such.)
    const paper = m.source === 'coref:description' && want === 'MediaOrganization' && loadCues(doc.article.lang).mastheads.has(m.normalized);
    if (score <= 0 && !paper && !INSTITUTIONS.includes(want) && !INSTITUTIONS.some((c) => fit(e.type, c) === 2) && fit(want, BROAD_ORG) === 2 && fit(e.type, BROAD_ORG) === 2) {
      // Platforms and media houses are companies too: "Uber … the company".
      score = BUSINESSES.has(want) && BUSINESSES.has(e.type) ? 1.75 : 0.5;
    }
    // "the Wescombe Valley Water Authority … the utility": a public body named for what it supplies is a utility.
    if (score <= 0 && m.source === 'coref:description' && e.type === 'GovernmentAgency' && utilityBody(doc, m, e)) score = 2;
    // "Sampleyard … the site": in English, an organisation known only by its capital letter fits a business
    // description as well as a company does (German capitalises every noun: there that says much less).
    if (score === 1 && doc.article.lang === 'en' && e.type === BROAD_ORG && weak(e) && BUSINESSES.has(want) && m.source === 'coref:description') score = 1.5;
    // "die Kryptoplattform Tresorix … die App": an app or software may be the platform it runs.
    if (score <= 0 && m.source === 'coref:description' && want === 'Product' && fit(e.type, 'Platform') === 2 && APP_NOUNS.has(m.normalized)) score = 1;
    // "die Lebensmittelretter-App Resteleo … des Start-ups": an app introduced by name may be the company behind it.
    if (score <= 0 && m.source === 'coref:description' && e.type === 'Product' && fit(want, BROAD_ORG) === 2 && !INSTITUTIONS.includes(want) && introducedAsApp(e)) score = 1;
    // A name typed only by its capital letter may turn out to be a product or a place.
    // Only one named just before: "Fortnite … das beliebte Spiel", not a name sentences back.
    // ("Die Molkerei in Zwettlbach … das Unternehmen": not a place a noun before it was said to be in.)
    if (score <= 0 && m.source === 'coref:description' && want !== 'Person' && !INSTITUTIONS.includes(want) && e.type !== 'Person' && weak(e) && m.sentence - other.sentence <= 1 && !placeOfNoun(doc, e)) score = 0.4;
    if (score <= 0) continue;
    // "Airline-Chef X" after „Lohndumping“ and Karawanken Air: a description's own class, more specific than what it
    // must fit, prefers an entity of that class to one its capital letter alone made an organisation.
    if (m.source === 'coref:description' && m.type !== want && fit(e.type, m.type) === 2 && BUSINESSES.has(m.type)) score += 0.25;
    if (normalizeLabel(e.label) === normalizeLabel(m.normalized)) score += 2;
    // "der Kunststoffverarbeiter Rheintal Polymer … des Kunststoffverarbeiters": the noun that introduced a name.
    else if (m.source === 'coref:description' && introducedByNoun(e)) score += 1.5;
    // "die Pinzgauer Hotelgruppe Tauernfels … die Gruppe": a compound on the description's noun introduced it.
    // (Not the nouns every firm is: "das Medienunternehmen Helvetmedia" is not what "das Unternehmen" means.)
    else if (m.source === 'coref:description' && m.normalized.length >= 4 && !ANY_FIRM.has(m.normalized) && introducedByCompound(e)) score += 1;
    // "the Norwegian Consumer Council … the council's director": a name that ends in the description's noun.
    // ("the company" is no more "Brookwell & Company" than any other firm: not the nouns every firm is.)
    else if (m.source === 'coref:description' && m.role === undefined && !ANY_FIRM.has(m.normalized) && nameEndsInNoun(e)) score += 2;
    // "die Raiffeisenbank Obertal … die Raiffeisenbank", "der Flughafen Lindenau … des Flughafens": a name that opens
    // with the description's noun.
    else if (m.source === 'coref:description' && m.role === undefined && nameStartsWithNoun(e)) score += 2;
    if (m.source === 'coref:description' && want !== 'Person' && m.relational !== true && introducedBySameModifier(e)) score += 1;
    // "die Isartal Immobilien GmbH … Die Immobiliengesellschaft": a compound that opens with a word of the name (a firm's
    // noun of a firm: "der Technologiekonzern" is no "Institut für Technologie").
    else if (m.source === 'coref:description' && want !== 'Person' && m.relational !== true && modifierInName(e)) score += 2;
    if (m.source === 'coref:description' && want !== 'Person' && onlyNamedAsSource(e)) score -= 1;
    // "founded Corrib Air together with two former Aer Lingus pilots and ran it": an English name that only modifies
    // the noun after it is seldom what a pronoun points back to.
    if (m.source === 'coref:pronoun' && doc.article.lang === 'en' && modifiesNoun(doc, other)) score -= 0.5;
    // "Draycott, a former finance director at British regional airline Pennine Airways, … the airline's base": a
    // firm named only as someone's former employer is background, seldom what a later description means.
    if (m.source === 'coref:description' && want !== 'Person' && onlyNamedAsFormerEmployer(e)) score -= 1.5;
    // "from Comcast Corp's Universal Television": an English owner named only in the genitive before another name is
    // seldom what a later description means.
    if (m.source === 'coref:description' && want !== 'Person' && doc.article.lang === 'en' && onlyOwnerOfName(doc, e, index)) score -= 1;
    // "auf Bitcoin-Guthaben … die App": a product seen only inside compounds is seldom what a description means.
    if (m.source === 'coref:description' && want === 'Product' && onlyInCompounds(e)) score -= 1;
    if (employer !== undefined && e === employer) score += 1.5;
    // "Belegwerk wurde 2016 von Verena X gegründet, die das Unternehmen bis heute leitet", "Deliveroo was founded by
    // Will Shu, who still runs the company": the firm whose founding opens the sentence.
    if (m.source === 'coref:description' && want !== 'Person' && m.relational !== true && other.sentence === m.sentence && opensSentence(doc, other) && foundingBetween(doc, other, m)) score += 2;
    // "Harpeth Valley Health, which runs 11 hospitals … the hospital operator's": an English description's noun
    // before its head that the sentence introducing a candidate uses too.
    if (descriptionModifier !== undefined && typeFit >= 1 && introducedWith(doc, e, descriptionModifier)) score += 1;
    // "Veloso Capital and Lantern Row Capital put money into the round … set up the company": an investor named as
    // one ("X Capital", "Y Ventures") is seldom what "the company" or "the start-up" means.
    // ("Der Finanzinvestor Alpenrand … übernimmt den Maschinenbauer X … den Wert des Familienbetriebs": nor one
    // introduced by a noun for investors, nor what a small firm's noun means.)
    if (m.source === 'coref:description' && (COMPANY_NOUNS.has(m.normalized) || m.scale === 'startup') && (investorNamed(e) || sectorsOf(doc, e).has('investors'))) score -= 1;
    // "to run the company … Wood, who runs the company": the same description goes on meaning the same company.
    if (m.source === 'coref:description' && want !== 'Person' && sameDescriptionBefore(e, m)) score += SAME_DESCRIPTION;
    // "teilte die Spitalgruppe mit … die Gruppe, die Spitäler betreibt": described before by a compound on the noun.
    // ("die Logistiktochter X … der Tochter": a relational noun too.)
    else if (m.source === 'coref:description' && want !== 'Person' && describedByCompoundOn(e, m)) score += SAME_DESCRIPTION;
    else if (m.source === 'coref:description' && want !== 'Person' && wordEndsIn(e, m)) score += 1;
    // "die 1953 von Josef Brandl gegründete Kette": a founder named inside the description whose surname is the name.
    if (m.source === 'coref:description' && (founderInside(doc, m, e) || (founder !== undefined && labelWords(e.label).includes(founder.toLowerCase())))) score += 2;
    // "Peter Kranewitter, der das 1958 von seinem Großvater gegründete Unternehmen führt": the family's firm.
    if (m.source === 'coref:description' && want !== 'Person' && familyFirm(doc, m, e)) score += 2;
    // "der Lieferdienst" prefers the one introduced as "Essenszusteller", not the "Hostinganbieter".
    if (m.sector !== undefined) {
      const known = sectorsOf(doc, e);
      // ("der IT-Dienstleister" after "der Cloud-Anbieter X": a sector of the same family says nothing either way.)
      const family = families.get(m.sector);
      const related = family !== undefined && [...known].some((k) => families.get(k) === family);
      if (known.size > 0) score += known.has(m.sector) ? 1 : related ? 0 : -1.5;
    }
    // "das Start-up" is not the one introduced as "der US-Konzern", nor "der Konzern" the start-up.
    if (m.scale !== undefined) {
      // (Only the nouns up to this one's sentence: "Jornod, ein Familienbetrieb", an apposition linked early, says
      // nothing about "die Manufaktur" two sentences before it.)
      const known = scalesBefore(doc, e, m.sentence);
      if (known.size > 0) score += known.has(m.scale) ? 0.5 : -1.5;
    }
    // "die Grazer Firma" is the one introduced as "die Grazer Routimo", not "das Wiener Unternehmen Paketly". Two
    // different towns rule each other out; a town and a region do not: "der Linzer Verlag" may be the one
    // introduced as "die oberösterreichische X" (the gazetteer does not say which towns lie in which region).
    const beforeOrigin = score;
    let otherCountry = false;
    if (origin !== undefined && m.source === 'coref:description') {
      const known = originsOf(doc, e);
      const town = (k: string): boolean => byKey.get(k)?.type === 'City';
      // "das Düsseldorfer Gericht" is the "Oberlandesgericht Düsseldorf": a place in the name counts as its origin.
      const place = byKey.get(origin);
      // ("die österreichische Behörde" is the "Austrian Financial Market Authority": the place's adjective counts too.)
      const inName = (word: string, l: string): boolean =>
        word === l || (Math.min(word.length, l.length) >= 5 && Math.abs(word.length - l.length) <= 3 && (word.startsWith(l) || l.startsWith(word)));
      const named = place !== undefined && [place.label, ...place.aliases].some((l) => l.length >= 3 && [e.label, ...e.aliases].some((n) => n.split(/\s+/).some((w) => inName(w, l))));
      if (known.has(origin) || named) score += 1;
      else if (known.size > 0 && town(origin) && [...known].every(town)) score -= 1.5;
      // ("die oberösterreichische Gruppe" is not the one introduced as "der steirische X": nor do two states; a state
      // and a region may, "der Innviertler Betrieb" lies in Upper Austria.)
      else if (isState(byKey.get(origin)) && regionsOf(doc, e).size > 0 && [...regionsOf(doc, e)].every((k) => k !== origin && isState(byKey.get(k)))) score -= 1.5;
      // ("die deutsche Tochter" is not the one introduced as "der niederländische Konzern": nor do two countries.)
      else if (want !== 'Person' && byKey.get(origin)?.type === 'Country' && [...known].some((k) => byKey.get(k)?.type === 'Country')) {
        score -= 1.5;
        otherCountry = introducedElsewhere(doc, e, place, byKey);
      }
      // "the Copenhagen-listed company" is the one introduced as "Danish", not the "Greek rival": a town and a country
      // agree when the town lies in it.
      else if (want !== 'Person' && known.size > 0) {
        const here = countryOf(doc, place);
        const theirs = [...known].map((k) => countryOf(doc, byKey.get(k)));
        if (here !== undefined && theirs.includes(here)) score += 0.5;
        else if (here !== undefined && theirs.every((c) => c !== undefined && c !== here)) {
          score -= 1.5;
          otherCountry = introducedElsewhere(doc, e, place, byKey);
        }
      }
    }
    // "The Dutch data protection authority … Norway's data protection authority": a place that rules a candidate out
    // rules it out for good when the candidate is known only by its description or the description is of an
    // institution (after a Dutch and an Irish authority, Norway's is neither).
    // ("Der Bonner Konzern" after "der britische Konzern Vodafone … des Rivalen Deutsche Telekom": nor is a firm of another
    // country the one a town's adjective places.)
    if (score < beforeOrigin && (e.unnamed || INSTITUTIONS.includes(want) || otherCountry)) continue;
    // Subjects stay in focus: prefer what opened its sentence over what came later in it
    // (an object pronoun, "entließ ihn", rather continues the object before).
    // A relational description ("der Mutterkonzern", "der Konkurrent") means another company than the one in focus.
    // ("Die Tochter der Deutschen Telekom" names its owner: it describes the company itself, which may be in focus.)
    if (((m.source === 'coref:description' && (m.relational !== true || ownerNamed)) || (m.source === 'coref:pronoun' && !OBJECT_PRONOUNS.has(m.text.toLowerCase()))) && m.sentence - other.sentence <= 1 && (opensSentence(doc, other) || (basedAt(doc, m) && followsDateline(doc, other, 3)))) score += 0.5;
    // "AUSTIN, Texas (Reuters) - Email-security provider Strelvane … The Texas-based company": a description based where
    // the dateline places the story is the company its lead opens with.
    if (m.source === 'coref:description' && basedAt(doc, m) && followsDateline(doc, other, 3) && basedInDateline(doc, m)) score += 1.5;
    // "München (dpa) - Der Neobroker Velvio … das Münchner Unternehmen": so is a German description whose word of origin
    // names the dateline's town, when the company opens the lead.
    // (Not one introduced with another town's word of origin: "Das Wiener Unternehmen X und die Grazer Y … die Grazer
    // Firma" in a story from Graz is Y.)
    if (m.source === 'coref:description' && origin !== undefined && want !== 'Person' && opensLead(doc, other) && datelinePlace(doc, origin) && ![...originsOf(doc, e)].some((k) => k !== origin && byKey.get(k)?.type === 'City')) score += 1.5;
    // "Salesforce has agreed to buy Informatica …, the San Francisco-based software maker said": a description that
    // reports at the end of the sentence is the subject that opened it.
    // ("SAN FRANCISCO (Reuters) - Salesforce …": after an English dateline's hyphen too.)
    // ("EINDHOVEN (Reuters) - Dutch solar start-up Perovia has raised …, the company said": over the words before the name
    // too, up to five: "Danish container shipping line X".)
    if (m.source === 'coref:description' && other.sentence === m.sentence && (opensSentence(doc, other) || followsDateline(doc, other, 5)) && reportsAtEnd(doc, m)) score += 1;
    // "… liefert die Videoplattform Rumble. Das Unternehmen mit Sitz in Toronto …": an organisation introduced in the
    // sentence before is what a description opening the next one most often goes on about.
    // (Not one of a list of names: "through the purchases of Pixar, Marvel, Lucasfilm and Fox. The company was …".)
    // ("Die Behörde" is no airline the capital letter alone typed: an institution's noun takes one of its class.)
    if (score >= 1 && m.source === 'coref:description' && m.relational !== true && m.sentence - other.sentence === 1 && want !== 'Person' && !(INSTITUTIONS.includes(want) && typeFit < 2) && doc.mentions[e.mentions[0]!]?.sentence === other.sentence && opensSentence(doc, m) && !listed(doc, doc.mentions[e.mentions[0]!]!) && !inIndefiniteApposition(doc, doc.mentions[e.mentions[0]!]!)) score += 1;
    // "Runtastic wurde 2009 von X gegründet … Das Unternehmen mit Sitz in Pasching …": a description opening a
    // sentence continues the name that opened the sentence before, as its subject, over one the text named more.
    else if (score >= 1 && m.source === 'coref:description' && m.relational !== true && !other.source.startsWith('coref') && m.sentence - other.sentence === 1 && want !== 'Person' && !(INSTITUTIONS.includes(want) && typeFit < 2) && opensSentence(doc, other) && opensSentence(doc, m) && !paragraphOpener) score += 0.5;
    // "a project inside Twitter championed by the company's co-founder": an organisation named earlier in the
    // description's own sentence (and not its subject or object, vetoed above) is the nearest candidate by far.
    if (m.source === 'coref:description' && want !== 'Person' && /['’]s$/.test(m.text) && other.sentence === m.sentence && score >= 1) score += 0.4;
    if (paragraphSubject !== undefined && other === paragraphSubject && want !== 'Person' && score >= 1) score += 0.6;
    // A described person is most often the one the text keeps naming.
    if (reported) score += 1;
    if (m.source === 'coref:description' && want === 'Person') {
      score += 0.3 * namedBefore(e, index);
      // "X, bisher Kabinettschef von Minister Y. Der 44-jährige Jurist …": a person named inside a prepositional
      // phrase is seldom what the next description is about.
      if (underPreposition(doc, other)) score -= 0.4;
    }
    // "Der Konzern mit Sitz in Vevey …" opening a paragraph: a company described there is most often the one the
    // text keeps naming, not the last one named in the paragraph before.
    else if (paragraphOpener && m.role === undefined && m.relational !== true && fit(want, BROAD_ORG) === 2 && (want === 'PoliticalParty' || !INSTITUTIONS.includes(want))) {
      score += 0.3 * namedBefore(e, index);
      // The organisation named most so far (descriptions and pronouns included) is what the article is about.
      if (e === mostNamed()) score += 0.5;
    }
    // "an die Spitze der Partei" after "die große Koalition mit der Union": a party described anywhere is most often
    // the one the article is about.
    else if (m.source === 'coref:description' && m.role === undefined && m.relational !== true && want === 'PoliticalParty') {
      score += 0.3 * namedBefore(e, index);
      if (e === mostNamed()) score += 0.5;
    }
    // Elsewhere a slight preference for it too: "the Seattle-based company" after a sentence that ended on its host.
    else if (m.source === 'coref:description' && m.role === undefined && m.relational !== true && fit(want, BROAD_ORG) === 2 && !INSTITUTIONS.includes(want)) score += 0.1 * namedBefore(e, index);
    // "…, die bisher beim Pharmakonzern Novartis arbeitete. … führt Finanzchef X die Firma": an organisation named
    // under a preposition is seldom what a later description means.
    // (So is one that says where a person named just before works: "die Anwältin X von der Kanzlei Y".)
    if (m.source === 'coref:description' && want !== 'Person' && other.sentence < m.sentence && underPreposition(doc, other) && (inRelativeClause(doc, other) || personsAffiliation(doc, other))) score -= 0.4;
    // ("X, one of the largest freight forwarders at Britain's Port of Felixstowe, said … The Ipswich-based company": in
    // English, so is one under a preposition in a sentence before, unless an apposition introduces it: "a funding
    // round in Voltaro, a Munich-based startup … The company".)
    // (And for a pronoun: "X, a forwarder at Britain's Port of Y, said a ransomware attack forced it to halt …".)
    else if (doc.article.lang === 'en' && fit(want, BROAD_ORG) === 2 && ((m.source === 'coref:description' && other.sentence < m.sentence) || m.source === 'coref:pronoun') && underPreposition(doc, other, true) && !appositionAfter(doc, other)) score -= 0.4;
    // "die Kaffeetochter Nespresso … des Konzerns": a company introduced as someone's subsidiary is seldom what a
    // later description of a company means (unless it says "die Tochter" itself). (A penalty only lowers a score:
    // looked up only where it could change the choice.)
    if (wantsFirm && (best === undefined || score > best.score)) {
      let subsidiary = introducedAsSubsidiary.get(e);
      if (subsidiary === undefined) introducedAsSubsidiary.set(e, (subsidiary = introducedBy(doc, e, index, (t) => /tochter(firma|gesellschaft|unternehmen)?$/i.test(t.text))));
      if (subsidiary) score -= 0.5;
    }
    if (best === undefined || score > best.score) {
      if (best !== undefined && best.e !== e) runnerUp = best;
      best = { e, score };
    } else if (e !== best.e && (runnerUp === undefined || score > runnerUp.score)) runnerUp = { e, score };
  }
  // "X geht an den Snackkonzern Y. Die Salzburger Gruppe übernimmt sämtliche Anteile des Familienbetriebs": in a close
  // call between two firms, a later description of the sentence whose scale only the first fits (a small firm's, where
  // the second was introduced as a large one) leaves the first to it.
  if (best !== undefined && runnerUp !== undefined && best.score - runnerUp.score < 1 && m.source === 'coref:description' && m.scale === undefined) {
    const later = scaleLater(doc, index, m);
    if (later !== undefined && scalesOf(doc, best.e).size === 0 && scalesOf(doc, runnerUp.e).size > 0 && !scalesOf(doc, runnerUp.e).has(later)) return runnerUp.e;
  }
  return best?.e;
}

/** The scale of a description later in the sentence of the one at `index` ("… übernimmt … des Familienbetriebs"). */
function scaleLater(doc: Doc, index: number, m: Mention): string | undefined {
  for (let k = index + 1; k < doc.mentions.length && doc.mentions[k]!.sentence === m.sentence; k++) {
    const n = doc.mentions[k]!;
    if (n.source === 'coref:description' && n.scale !== undefined) return n.scale;
  }
  return undefined;
}

/**
 * English "Sampleyard co-founder Dana Okafor", "Loopcrate Chief Executive Ravi Menon": a name right before the role
 * nouns of a person's name only modifies them; it is neither subject nor object of the clause.
 */
function modifiesRoleHolder(doc: Doc, j: number): boolean {
  const other = doc.mentions[j]!;
  const next = doc.mentions[j + 1];
  if (doc.article.lang !== 'en' || next === undefined || next.type !== 'Person' || next.sentence !== other.sentence) return false;
  const between = doc.tokens.slice(other.tokenEnd, next.tokenStart);
  return between.length >= 1 && between.length <= 3 && between.every((t) => t.pos === 'NOUN' || (t.pos === 'PROPN' && /^\p{Lu}\p{Ll}+$/u.test(t.text)));
}

/**
 * The entity of a description opened by "Der" at the start of the previous
 * sentence, when no person is named between it and the pronoun at `index`.
 */
function masculineOpener(doc: Doc, index: number, byKey: Map<string, Entity>): Entity | undefined {
  const m = doc.mentions[index]!;
  for (let j = index - 1; j >= 0 && doc.mentions[j]!.sentence >= m.sentence - 1; j--) {
    const other = doc.mentions[j]!;
    if (other.type === 'Person' && other.sentence === m.sentence) return undefined;
    // ("Der 2011 gegründete Anbieter …": over the adjectives and numbers before the noun.)
    let k = other.tokenStart - 1;
    while (k > 0 && doc.tokens[k]!.sentence === other.sentence && (doc.tokens[k]!.pos === 'ADJ' || doc.tokens[k]!.pos === 'NUM') && k > other.tokenStart - 4) k--;
    const det = doc.tokens[k];
    const first = doc.tokens[k - 1];
    // "In Deutschland ist der Konzern mit seiner Tochter X vertreten, die er 2010 übernommen hatte": a masculine
    // description earlier in the pronoun's own sentence, with no person named since.
    const noun = doc.tokens[other.tokenEnd - 1];
    const ownSentence = other.sentence === m.sentence && det?.text.toLowerCase() === 'der' && noun?.genders?.length === 1 && noun.genders[0] === 'M';
    if (
      other.source === 'coref:description' &&
      ((other.sentence === m.sentence - 1 && det?.text === 'Der' && (first === undefined || first.sentence !== det.sentence)) || ownSentence)
    ) {
      const e = other.entity === undefined ? undefined : byKey.get(other.entity);
      return e !== undefined && e.type !== 'Person' ? e : undefined;
    }
  }
  return undefined;
}

/** The organisation named by the first part of the compound a description is ("Siemens" in "Siemens-Konzern"). */
function ownModifier(m: Mention, compoundAt: Map<number, Mention>, byKey: Map<string, Entity>): Entity | undefined {
  const o = compoundAt.get(m.tokenStart);
  if (m.role !== undefined || m.relational === true || o?.entity === undefined) return undefined;
  const e = byKey.get(o.entity);
  // Only a name known as such: "der Dax-Konzern" is no company called Dax.
  const known = e !== undefined && (e.wikidata !== undefined || e.mentions.length >= 2);
  return known && e.type !== 'Person' && e.type !== 'Product' && !PLACE_CLASSES.has(e.type) ? e : undefined;
}

/**
 * "der Windows-Hersteller" after "Microsoft": the maker of a product whose name starts with the name of an
 * organisation of the article ("Microsoft Windows") is that organisation.
 */
function makerByName(m: Mention, compoundAt: Map<number, Mention>, byKey: Map<string, Entity>, entities: Entity[]): Entity | undefined {
  const o = compoundAt.get(m.tokenStart);
  if (m.role !== undefined || o?.entity === undefined) return undefined;
  const product = byKey.get(o.entity);
  if (product === undefined || product.type !== 'Product') return undefined;
  const label = normalizeLabel(product.label);
  const makers = entities.filter((e) => !e.unnamed && e !== product && e.type !== 'Person' && e.type !== 'Product' && !PLACE_CLASSES.has(e.type) && label.startsWith(`${normalizeLabel(e.label)} `));
  return makers.length === 1 ? makers[0] : undefined;
}

/** Sectors of the nouns that introduced or described an entity so far (cached by mention count). */
/** Whether a mention before `index` is linked to a person with a name. */
function namedPersonBefore(doc: Doc, index: number): boolean {
  for (let k = 0; k < index; k++) {
    const o = doc.mentions[k]!;
    if (o.type === 'Person' && o.source !== 'unnamed' && !o.source.startsWith('coref') && o.entity !== undefined) return true;
  }
  return false;
}

/** A person named between the description's article and its noun whose last word is the entity's name or a word of it. */
function founderInside(doc: Doc, m: Mention, e: Entity): boolean {
  // ("Das 1987 von Sven Kjellberg und Hinrich Voss gegründete Maklerhaus": a surname that is a word of a longer name.)
  const words = e.label.includes(' ') ? labelWords(e.label) : undefined;
  for (let k = m.tokenStart - 1; k >= 0 && k >= m.tokenStart - 10; k--) {
    const t = doc.tokens[k]!;
    if (t.pos === 'DET' || t.sentence !== m.sentence || t.text === ',') return false;
    if (words === undefined ? t.text !== e.label : !words.includes(t.text.toLowerCase())) continue;
    // ("von ihrem Großvater Wilhelm Hülsbrock gegründete": a first name the tagger took for a noun too.)
    if (doc.mentions.some((o) => o.type === 'Person' && o.tokenStart < k && o.tokenEnd === k + 1)) return true;
  }
  return false;
}

/**
 * Whether the description is "das von seinem Großvater gegründete Unternehmen" (a relative of a person named before
 * in the sentence founded it) and the person's surname is a word of the entity's name.
 */
function familyFirm(doc: Doc, m: Mention, e: Entity): boolean {
  const kin = loadCues(doc.article.lang).kinshipNouns;
  if (kin.size === 0) return false;
  for (let k = m.tokenStart - 2; k >= 1 && k >= m.tokenStart - 8; k--) {
    const t = doc.tokens[k]!;
    if (t.sentence !== m.sentence) return false;
    if (!kin.has(t.text) || doc.tokens[k - 1]!.pos !== 'DET' || doc.tokens[k - 2]?.text !== 'von') continue;
    let person: Mention | undefined;
    for (const o of doc.mentions) if (o.type === 'Person' && o.sentence === m.sentence && o.tokenEnd <= k - 2 && o.text.includes(' ')) person = o;
    const surname = person?.text.split(/\s+/).at(-1);
    return surname !== undefined && labelWords(e.label).includes(surname.toLowerCase());
  }
  return false;
}

/** Whether a name of several words of `e` ends in the noun ("Consumer Council" for "council"). */
/** `ask`, answered once per entity (resolveReference does not change entities while it weighs them). */
/** A German noun that organisations put in their names: a legal form ("Mediengruppe") or an association's noun. */
function namingNoun(word: string): boolean {
  const cues = loadCues('de');
  if (cues.legalForms.has(word) || cues.associationHeads.has(word)) return true;
  for (const head of cues.associationHeads) if (word.length > head.length + 2 && word.endsWith(head.toLowerCase())) return true;
  return false;
}

/**
 * "die Schlossbrauerei Eggendorf", "der Skiclub Crestasut", "die Gemeinde Rüeggwil": the cue noun a name was found by,
 * when it names an institution or a municipality (not what a firm does, "der Hersteller X", nor what any firm is,
 * "das Unternehmen X").
 */
function institutionNoun(word: string): boolean {
  return !loadCues('de').genericFirmNouns.has(word) && !/(er|or|ent|eur|ist|up)$/.test(word);
}

/** Of the entities, the one with the latest mention before `index`. */
function latestBefore(entities: Entity[], index: number): Entity | undefined {
  let best: { e: Entity; at: number } | undefined;
  for (const e of entities) {
    let at = -1;
    for (const i of e.mentions) if (i < index && i > at) at = i;
    if (at >= 0 && (best === undefined || at > best.at)) best = { e, at };
  }
  return best?.e;
}

/** "die Molkerei in Zwettlbach": every name of the entity is a place guessed after a noun and a preposition of place. */
function placeOfNoun(doc: Doc, e: Entity): boolean {
  let named = 0;
  for (const i of e.mentions) {
    const m = doc.mentions[i]!;
    if (m.source.startsWith('coref') || m.source === 'unnamed') continue;
    named++;
    const preposition = doc.tokens[m.tokenStart - 1];
    if (m.source !== 'cue:preposition' || !PLACE_CLASSES.has(m.type) || preposition === undefined || !/^(in|aus)$/.test(preposition.text) || doc.tokens[m.tokenStart - 2]?.pos !== 'NOUN') return false;
  }
  return named > 0;
}

function perEntity(ask: (e: Entity) => boolean): (e: Entity) => boolean {
  let answers: Map<Entity, boolean> | undefined;
  return (e) => {
    let answer = answers?.get(e);
    if (answer === undefined) (answers ??= new Map()).set(e, (answer = ask(e)));
    return answer;
  };
}

function nameEndsIn(e: Entity, noun: string): boolean {
  const n = noun.toLowerCase().replace(/['’]s?$/u, '');
  // (A word of its own: the last of the name's words split at whitespace, with another before it.)
  if (n.length < 4 || /\s/.test(n)) return false;
  return lastWordIs(e.label, n) || e.aliases.some((l) => lastWordIs(l, n));
}

/** Whether the entity's name or an alias, lower-cased, ends in `word` (" bergbahnen"). */
function endsInWord(e: Entity, word: string): boolean {
  if (lowerCase(e.label).endsWith(word)) return true;
  for (const l of e.aliases) if (lowerCase(l).endsWith(word)) return true;
  return false;
}

/** Whether the entity's name (or an alias) is the noun followed by more words: "Raiffeisenbank Obertal" for "Raiffeisenbank". */
function nameStartsWith(e: Entity, noun: string): boolean {
  const n = noun.toLowerCase();
  if (n.length < 4 || /\s/.test(n)) return false;
  const opens = (name: string): boolean => {
    const lower = lowerCase(name);
    const space = lower.indexOf(' ');
    // (The first word may show the plural the lemma has not: "Stadtwerke Lindenau" for "Stadtwerk".)
    return space > 0 && lower.startsWith(n) && space - n.length <= 1;
  };
  return opens(e.label) || e.aliases.some(opens);
}

/** Whether `word` (lower case, no whitespace) is the last of the whitespace-separated words of `name`, not its only one. */
function lastWordIs(name: string, word: string): boolean {
  // (Remembered: every reference asks again of each entity before it.)
  const lower = lowerCase(name);
  if (lower.length <= word.length || !lower.endsWith(word)) return false;
  const before = lower.charAt(lower.length - word.length - 1);
  // ("die Gruppe" for "Kranzbichler Brauereigruppe": or the head of a compound that ends a name of several words;
  // "die Stiftung" for "Elisabeth-Brandis-Stiftung": or the noun after a name's last hyphen.)
  return /[\s-]/.test(before) || (/\p{Ll}/u.test(before) && lower.lastIndexOf(' ') > 0 && lower.length - lower.lastIndexOf(' ') - 1 > word.length + 2);
}

/** The party inside a person description's word ("Grünen-Politiker"), if any. */
function partyInside(doc: Doc, m: Mention, index: number): string | undefined {
  // (The name inside the word is the mention after it, at the same start.)
  const inner = m.modifier !== undefined ? doc.mentions[m.modifier] : doc.mentions[index + 1]?.start === m.start ? doc.mentions[index + 1] : undefined;
  return inner?.type === 'PoliticalParty' ? inner.entity : undefined;
}

/** Whether a person was named with that party before ("Georg Willi von den Grünen", "X (Grüne)"). */
function namedWithParty(doc: Doc, e: Entity, party: string, index: number): boolean {
  for (const k of e.mentions) {
    if (k >= index) continue;
    const named = doc.mentions[k]!;
    for (let j = k + 1; j < doc.mentions.length && j <= k + 2; j++) {
      const o = doc.mentions[j]!;
      if (o.sentence !== named.sentence || o.tokenStart - named.tokenEnd > 4) break;
      if (o.entity === party) return true;
    }
  }
  return false;
}

/** "Alois Kastenhuber hatte das Familienunternehmen 1902 gegründet": the surname of a founder right before a description. */
function founderSurname(doc: Doc, m: Mention, index: number): string | undefined {
  let founder: Mention | undefined;
  for (let j = index - 1; j >= 0 && j >= index - 4; j--) {
    const o = doc.mentions[j]!;
    if (o.sentence !== m.sentence) break;
    if (o.type === 'Person' && o.tokenEnd <= m.tokenStart && m.tokenStart - o.tokenEnd <= 3 && o.tokenEnd - o.tokenStart >= 2) {
      founder = o;
      break;
    }
  }
  if (founder === undefined) return undefined;
  const sentence = doc.sentences[m.sentence]!;
  const founding = loadClauseLexicon(doc.article.lang).foundingVerbs;
  // "Das 1953 von Leopold Kramer gegründete Familienunternehmen": a founding participle used as an adjective between.
  for (let k = founder.tokenEnd; k < m.tokenStart; k++) {
    const participle = /^(\p{Ll}*?)ge(\p{Ll}+?)e?t$/u.exec(doc.tokens[k]!.pos === 'ADJ' ? (doc.tokens[k]!.lemma ?? '') : '');
    if (participle !== null && founding.has(`${participle[1]}${participle[2]}en`)) return doc.tokens[founder.tokenEnd - 1]!.text;
  }
  for (let k = m.tokenEnd; k < doc.tokens.length && doc.tokens[k]!.start < sentence.end; k++) {
    if (founding.has(doc.tokens[k]!.verb?.lemma ?? '')) return doc.tokens[founder.tokenEnd - 1]!.text;
  }
  return undefined;
}

/**
 * A name whose first or last word ends in a noun of an association ("Österreichische Verkehrspilotenvereinigung",
 * "Vereinigung Cockpit", "Mieterverein X"; not "Klinikverbund").
 */
function associationName(doc: Doc, e: Entity): boolean {
  const key = `${doc.article.lang}\u0000${e.label}`;
  let known = associationNames.get(key);
  if (known === undefined) {
    const first = e.label.split(' ', 1)[0]!.toLowerCase();
    const last = e.label.slice(e.label.lastIndexOf(' ') + 1).toLowerCase();
    known = associationNouns(doc.article.lang).some((noun) => last.endsWith(noun) || first.endsWith(noun));
    associationNames.set(key, known);
  }
  return known;
}

/** Whether a label names an association, per language and label (asked for every candidate of a description). */
const associationNames = new BoundedMap<string, boolean>();
const associationNounLists = new Map<string, string[]>();

/** The association nouns of the cue lexicon's sectors, lower-cased, six letters or more. */
function associationNouns(lang: string): string[] {
  let nouns = associationNounLists.get(lang);
  if (nouns === undefined) {
    nouns = [...loadCues(lang as Doc['article']['lang']).sectors].filter(([noun, sector]) => sector === ASSOCIATIONS && noun.length >= 6).map(([noun]) => noun.toLowerCase());
    associationNounLists.set(lang, nouns);
  }
  return nouns;
}

function sectorsOf(doc: Doc, e: Entity): Set<string> {
  return mentionValues(doc, e, (i) => doc.mentions[i]?.sector, sectorCache);
}

/** Sizes ("startup", "corporation") of the nouns that introduced or described an entity so far. */
function scalesOf(doc: Doc, e: Entity): Set<string> {
  return mentionValues(doc, e, (i) => doc.mentions[i]?.scale, scaleCache);
}

/** The sizes of the nouns that described an entity up to sentence `last`. */
function scalesBefore(doc: Doc, e: Entity, last: number): Set<string> {
  // (Each size's first sentence, read from the mentions appended since the last call: a long article stays linear.)
  const hit = scaleSentenceCache.get(e) ?? { n: 0, first: new Map<string, number>() };
  for (let i = hit.n; i < e.mentions.length; i++) {
    const m = doc.mentions[e.mentions[i]!];
    if (m?.scale !== undefined && m.sentence < (hit.first.get(m.scale) ?? Infinity)) hit.first.set(m.scale, m.sentence);
  }
  hit.n = e.mentions.length;
  scaleSentenceCache.set(e, hit);
  const out = new Set<string>();
  for (const [scale, sentence] of hit.first) if (sentence <= last) out.add(scale);
  return out;
}

const scaleSentenceCache = new WeakMap<Entity, { n: number; first: Map<string, number> }>();

/** Whether the gazetteer knows the place as a state, canton or province of its country ("Styria", "Bavaria"). */
function isState(e: Entity | undefined): boolean {
  return e !== undefined && e.type === 'Region' && loadGazetteer().lookup(e.label).some((g) => g.type === 'Region' && /\b(state|canton|province)\b/.test(g.description ?? ''));
}

/** The place of an adjective of origin right before mention `index` ("die Grazer Firma", "Das Wiener Unternehmen X"). */
function originAt(doc: Doc, index: number): string | undefined {
  const m = doc.mentions[index]!;
  // "ein Sprecher des Unternehmens aus Hamm", "der Konzern aus Frohnleiten": a town after "aus".
  const next = doc.mentions[index + 1];
  if (doc.article.lang === 'de' && next !== undefined && next.sentence === m.sentence && next.tokenStart === m.tokenEnd + 1 && doc.tokens[m.tokenEnd]?.text === 'aus' && next.type === 'City') return next.entity;
  const prev = doc.mentions[index - 1];
  if (prev === undefined || prev.sentence !== m.sentence || m.tokenStart - prev.tokenEnd > 2) return undefined;
  // ("dem in Gänserndorf ansässigen Familienbetrieb": a town before an adjective of seat, after "in".)
  if (doc.article.lang === 'de' && prev.type === 'City' && m.tokenStart === prev.tokenEnd + 1 && ['in', 'im'].includes(doc.tokens[prev.tokenStart - 1]?.text ?? '')) {
    const attr = doc.tokens[prev.tokenEnd]!;
    if (loadCues('de').seatAdjectives.has(attr.lemma ?? attr.text)) return prev.entity;
  }
  // English "the Copenhagen-listed company", "San Francisco-based X": a place before "-based" or "-listed" too.
  const based = prev.source === 'compound' && PLACE_CLASSES.has(prev.type) && /-(based|listed|headquartered)$/i.test(doc.tokens[prev.tokenEnd - 1]?.text ?? '');
  // ("Norway's data protection authority": a place in the genitive before the description.)
  const genitive = doc.article.lang === 'en' && PLACE_CLASSES.has(prev.type) && /['’]s$/.test(prev.text);
  if (prev.source !== 'cue:demonym' && !based && !genitive) return undefined;
  return prev.entity;
}

/**
 * Whether the entity was introduced with a word of origin ("der britische Mobilfunkkonzern Vodafone") of another
 * country than the place, a country or a town whose name the gazetteer gives no other country ("Neuenburg" is a
 * Swiss and a German town).
 */
function introducedElsewhere(doc: Doc, e: Entity, place: Entity | undefined, byKey: Map<string, Entity>): boolean {
  const first = e.mentions[0];
  if (first === undefined || place === undefined) return false;
  const theirs = countryOf(doc, byKey.get(originAt(doc, first) ?? ''));
  const here = countryOf(doc, place);
  if (theirs === undefined || here === undefined || theirs === here) return false;
  if (place.type !== 'City') return true;
  return loadGazetteer().lookup(place.label).every((g) => g.type !== 'City' || g.country === here);
}

/** ISO code of a country's gazetteer id: "country:FR" from the ISO list, "country-gb" from the curated file. */
function isoOf(id: string): string | undefined {
  return /^country[:-]([a-z]{2})$/i.exec(id)?.[1]!.toUpperCase();
}

/** ISO code of the country a place entity is or lies in, from the gazetteer (its cities carry their country). */
function countryOf(doc: Doc, e: Entity | undefined): string | undefined {
  if (e === undefined || !PLACE_CLASSES.has(e.type)) return undefined;
  for (const k of e.mentions) {
    const id = doc.mentions[k]?.gazetteerId;
    if (id === undefined) continue;
    const country = isoOf(id) ?? loadGazetteer().byId(id)?.country;
    if (country !== undefined) return country;
  }
  // ("britische" names the United Kingdom by a word of origin, with no entry of its own: the country's label.)
  if (e.type === 'Country') return loadGazetteer().lookup(e.label).map((g) => isoOf(g.id)).find((c) => c !== undefined);
  return undefined;
}

/** Whether a name's last word is one of investors' name endings, or a compound on one ("Gründerfonds" on "Fonds"). */
function investorEnding(last: string, ends: ReadonlySet<string>): boolean {
  if (ends.has(last)) return true;
  const lower = last.toLowerCase();
  for (const end of ends) if (end.length >= 5 && lower.length > end.length + 2 && lower.endsWith(end.toLowerCase())) return true;
  return false;
}

/** Places of the adjectives of origin before an entity's mentions so far. */
function originsOf(doc: Doc, e: Entity): Set<string> {
  return mentionValues(doc, e, (i) => originAt(doc, i), originCache);
}

type MentionValueCache = WeakMap<Entity, { n: number; values: Set<string> }>;

/** The values `valueOf` gives for an entity's mentions so far, cached by mention count. */
function mentionValues(doc: Doc, e: Entity, valueOf: (mention: number) => string | undefined, cache: MentionValueCache): Set<string> {
  // Mentions are only appended while linking: read the new ones.
  const hit = cache.get(e) ?? { n: 0, values: new Set<string>() };
  for (let i = hit.n; i < e.mentions.length; i++) {
    const v = valueOf(e.mentions[i]!);
    if (v !== undefined) hit.values.add(v);
  }
  hit.n = e.mentions.length;
  cache.set(e, hit);
  return hit.values;
}

const sectorCache: MentionValueCache = new WeakMap();
const scaleCache: MentionValueCache = new WeakMap();
const originCache: MentionValueCache = new WeakMap();
const regionCache: MentionValueCache = new WeakMap();

/** Regions of the adjectives of origin right before an entity's mentions so far ("der steirische Hersteller X"). */
function regionsOf(doc: Doc, e: Entity): Set<string> {
  return mentionValues(
    doc,
    e,
    (i) => {
      const m = doc.mentions[i]!;
      const prev = doc.mentions[i - 1];
      return prev !== undefined && prev.sentence === m.sentence && m.tokenStart - prev.tokenEnd <= 2 && prev.source === 'cue:demonym' && prev.type === 'Region' ? prev.entity : undefined;
    },
    regionCache,
  );
}

/**
 * The entity of the news agency named in the dateline ("Gmunden (APA) –"), or else in the closing byline ("(dpa,
 * 8.11.2024)"), if any.
 */
function datelineAgency(doc: Doc, datelineEnd: number): string | undefined {
  for (const other of doc.mentions) {
    if (other.start >= datelineEnd) break;
    if (other.entity !== undefined && other.type === 'MediaOrganization') return other.entity;
  }
  const byline = doc.article.byline;
  if (byline === undefined) return undefined;
  for (let i = doc.mentions.length - 1; i >= 0 && doc.mentions[i]!.start >= byline.start; i--) {
    const other = doc.mentions[i]!;
    if (other.entity !== undefined && other.type === 'MediaOrganization' && other.end <= byline.end) return other.entity;
  }
  return undefined;
}

/**
 * A person whose first name tells a gender other than the one the description or pronoun asks for; for a first name
 * the lists do not know, the gender of the role noun the person was named with ("Finanzministerin Jorinde X").
 */
function genderClash(e: Entity, m: Mention, mentions: Mention[]): boolean {
  if (m.gender === undefined || e.type !== 'Person' || e.unnamed) return false;
  let g = genders.get(e);
  if (g === undefined) {
    g = firstNameGender(e.label.split(' ')[0]!) ?? null;
    genders.set(e, g);
  }
  if (g === null) return mentions[e.mentions[0] ?? -1]?.source === 'cue:role' && roleGender(e, mentions) === (m.gender === 'f' ? 'm' : 'f');
  return g !== m.gender;
}

/** The gender of the role nouns of a person's named mentions, when they agree. */
function roleGender(e: Entity, mentions: Mention[]): 'm' | 'f' | undefined {
  let found: 'm' | 'f' | undefined;
  for (const k of e.mentions) {
    const n = mentions[k];
    if (n === undefined || n.source !== 'cue:role' || n.gender === undefined) continue;
    if (found !== undefined && found !== n.gender) return undefined;
    found = n.gender;
  }
  return found;
}

const genders = new WeakMap<Entity, 'm' | 'f' | null>();

/** The mention is the first words of its sentence, maybe after an article. */
/** English "the Princeton, New Jersey-based company": a description after a place's "-based". */
function basedAt(doc: Doc, m: Mention): boolean {
  return doc.article.lang === 'en' && /-(based|headquartered)$/.test(doc.tokens[m.tokenStart - 1]?.text ?? '');
}

/** The place of a "<Place>-based" description is one the dateline names ("AUSTIN, Texas (Reuters)"). */
function basedInDateline(doc: Doc, m: Mention): boolean {
  const dateline = doc.article.dateline;
  if (dateline === undefined) return false;
  const based = doc.tokens[m.tokenStart - 1]!;
  let place: string | undefined;
  const inDateline = new Set<string>();
  for (const o of doc.mentions) {
    if (o.entity === undefined || !PLACE_CLASSES.has(o.type)) continue;
    if (o.end <= dateline.end) inDateline.add(o.entity);
    // (The place's mention starts inside the "-based" word: "Texas" of "Texas-based", "New Jersey" of "New Jersey-based".)
    if (o.sentence === m.sentence && o.end > based.start && o.start < based.end) place = o.entity;
  }
  return place !== undefined && inDateline.has(place);
}

/** Whether an entity is a place the dateline names ("München (dpa) -"). */
function datelinePlace(doc: Doc, key: string): boolean {
  const dateline = doc.article.dateline;
  if (dateline === undefined) return false;
  for (const o of doc.mentions) {
    if (o.start >= dateline.end) break;
    if (o.entity === key) return true;
  }
  return false;
}

/** The entity of the last name before mention `index` that opens with the noun ("Staatstheater Torgelhain" for "das Staatstheater"). */
function nameOpenedBy(doc: Doc, index: number, noun: string, byKey: Map<string, Entity>): Entity | undefined {
  const prefix = `${noun} `;
  for (let j = index - 1; j >= 0 && j >= index - 200; j--) {
    const o = doc.mentions[j]!;
    if (!o.source.startsWith('coref') && o.entity !== undefined && o.normalized.startsWith(prefix)) return byKey.get(o.entity);
  }
  return undefined;
}

/** Whether one of the next mentions names something whose name opens with `noun` ("Stadtwerke Lindenau GmbH"). */
function namedLater(doc: Doc, index: number, noun: string): boolean {
  const prefix = `${noun} `;
  // (A bounded look ahead, as coreference's window looks back: a long text stays linear.)
  for (let j = index + 1; j < doc.mentions.length && j <= index + 200; j++) if (!doc.mentions[j]!.source.startsWith('coref') && doc.mentions[j]!.normalized.startsWith(prefix)) return true;
  return false;
}

/** The mention is the first name after the dateline, among its first six words ("München (dpa) - Der Zahlungsdienstleister Velvio hat …"). */
function opensLead(doc: Doc, m: Mention): boolean {
  const dateline = doc.article.dateline;
  if (dateline === undefined || m.start < dateline.end || m.source.startsWith('coref')) return false;
  // (The words first: they bound the walk over the mentions before it to the lead's first words.)
  let words = 0;
  for (let t = m.tokenStart - 1; t >= 0 && doc.tokens[t]!.end > dateline.end; t--) {
    if (['-', '–', '—'].includes(doc.tokens[t]!.text)) break;
    if (doc.tokens[t]!.kind === 'word') words++;
    if (words > 6) return false;
  }
  for (const o of doc.mentions) {
    if (o.start >= m.start) break;
    if (o.start >= dateline.end && !o.source.startsWith('coref') && !PLACE_CLASSES.has(o.type)) return false;
  }
  return true;
}

/** The mention comes right after the dateline ("SAN FRANCISCO (Reuters) - Salesforce"). */
function followsDateline(doc: Doc, m: Mention, words = 0): boolean {
  // ("SEATTLE (Reuters) - Danish drugmaker X said": up to `words` adjectives and nouns between.)
  let t = m.tokenStart - 1;
  // (An adjective of origin may be read as a name: "Dutch solar start-up X".)
  for (let n = 0; n < words && (doc.tokens[t]?.pos === 'ADJ' || doc.tokens[t]?.pos === 'NOUN' || (doc.tokens[t]?.pos === 'PROPN' && loadCues(doc.article.lang).demonyms.has(doc.tokens[t]!.text))); n++) t--;
  // ("Gänserndorf – Das Busunternehmen X": and an article that opens them.)
  if (t < m.tokenStart - 1 && doc.tokens[t]?.pos === 'DET' && doc.tokens[t - 1] !== undefined && ['-', '–', '—'].includes(doc.tokens[t - 1]!.text)) t--;
  const before = doc.tokens[t];
  const dateline = doc.article.dateline;
  return before !== undefined && dateline !== undefined && ['-', '–', '—'].includes(before.text) && before.end <= dateline.end;
}

/**
 * The sentence of `m` opens, after the dateline if any, with an indefinite article, at most five words and a noun for an
 * organisation ("A Minneapolis start-up", "Ein Wiener Softwarehaus").
 */
function indefiniteOrgOpens(doc: Doc, m: Mention): Token | undefined {
  const sentence = m.sentence;
  const datelineEnd = doc.article.dateline?.end ?? 0;
  // (Back from the description to its sentence's first token after the dateline: no scan of the whole text.)
  let t = m.tokenStart;
  while (t > 0 && doc.tokens[t - 1]!.sentence === sentence && doc.tokens[t - 1]!.start >= datelineEnd) t--;
  if (['-', '–', '—'].includes(doc.tokens[t]!.text)) t++;
  if (!/^(A|An|Ein|Eine)$/.test(doc.tokens[t]?.text ?? '')) return undefined;
  const cues = loadCues(doc.article.lang);
  for (let k = t + 1; k <= t + 6 && k < doc.tokens.length && doc.tokens[k]!.sentence === sentence; k++) {
    const x = doc.tokens[k]!;
    if (x.kind !== 'word' || x.verb?.finite === true) return undefined;
    const cue = x.pos === 'NOUN' ? cueFor(cues, doc.article.lang === 'en' ? x.text.toLowerCase() : (x.lemma ?? x.text), undefined) : undefined;
    if (cue !== undefined) return cue.kind === 'organization' && cue.cls !== 'Person' ? x : undefined;
  }
  return undefined;
}

/** English ", the … maker said", German ", teilte der Konzern mit": a description right after a comma and its verb of saying. */
function reportsAtEnd(doc: Doc, m: Mention): boolean {
  const lex = loadClauseLexicon(doc.article.lang);
  const after = doc.tokens[m.tokenEnd];
  const before = doc.tokens[m.tokenStart - 1];
  if (doc.article.lang === 'en') {
    let k = m.tokenStart - 1;
    while (k >= 0 && doc.tokens[k]!.sentence === m.sentence && doc.tokens[k]!.text !== ',' && k > m.tokenStart - 8) k--;
    const verb = after?.verb;
    return doc.tokens[k]?.text === ',' && after !== undefined && after.sentence === m.sentence && verb !== undefined && lex.reportingVerbs.has(verb.lemma.toLowerCase());
  }
  // German: the verb before the description's article, the comma before the verb.
  const det = before?.pos === 'DET' ? m.tokenStart - 1 : m.tokenStart;
  const verb = doc.tokens[det - 1];
  return verb?.verb !== undefined && lex.reportingVerbs.has(verb.verb.lemma.toLowerCase()) && doc.tokens[det - 2]?.text === ',';
}

/**
 * English "said it would", "said that it had": the pronoun is the subject of the words of a verb of saying; the
 * token of that verb, if any.
 */
/**
 * Whether every mention of a medium before mention `index` names whom something was said to or who reported it: a
 * saying verb right before it ("sagte er den „Kieler Nachrichten“", "told Reuters") or "laut" ("laut „Spiegel“").
 */
function toldOnly(doc: Doc, e: Entity, index: number): boolean {
  const { reportingVerbs: said, reportNouns } = loadClauseLexicon(doc.article.lang);
  let any = false;
  for (const k of e.mentions) {
    if (k >= index) break;
    const o = doc.mentions[k]!;
    let told = false;
    for (let t = o.tokenStart - 1; t >= 0 && t >= o.tokenStart - 4 && doc.tokens[t]!.sentence === o.sentence; t--) {
      const tok = doc.tokens[t]!;
      // ("bestätigte einen Bericht der Kleinen Zeitung": the noun of a report before the source too.)
      if (tok.text.toLowerCase() === 'laut' || (tok.verb !== undefined && said.has(tok.verb.lemma.toLowerCase())) || reportNouns.has(tok.text.toLowerCase())) {
        told = true;
        break;
      }
    }
    if (!told) return false;
    any = true;
  }
  return any;
}

function reportingVerbBefore(doc: Doc, m: Mention): number | undefined {
  if (doc.article.lang !== 'en') return undefined;
  // ("accused him of …": an object, not the subject of what was said.)
  const next = doc.tokens[m.tokenEnd];
  if (next === undefined || (next.pos !== 'VERB' && next.pos !== 'AUX')) return undefined;
  let k = m.tokenStart - 1;
  if (doc.tokens[k]?.text.toLowerCase() === 'that') k--;
  // "said on Monday it would …", "said late on Friday that it …": a time between the verb and what was said.
  const times = loadClauseLexicon('en').reportTimeWords;
  for (let n = 0; n < 4 && k > 0 && times.has(doc.tokens[k]!.text.toLowerCase()); n++) k--;
  const verb = doc.tokens[k]?.verb;
  return verb !== undefined && doc.tokens[k]!.sentence === m.sentence && loadClauseLexicon('en').reportingVerbs.has(verb.lemma.toLowerCase()) ? k : undefined;
}

/** The name opening the first sentence of the paragraph of mention `index`, when that sentence is before the description's. */
function paragraphOpening(doc: Doc, index: number, m: Mention): Mention | undefined {
  const paragraph = doc.sentences[m.sentence]?.paragraph;
  let first = m.sentence;
  while (first > 0 && doc.sentences[first - 1]!.paragraph === paragraph) first--;
  if (m.sentence - first < 1) return undefined;
  // (Within the linking window, as everywhere here: a long paragraph stays linear.)
  const last = Math.max(0, index - WINDOW);
  // ("Bluesky began as a project inside Twitter championed by the company's co-founder": not over a name in the
  // description's own sentence.)
  for (let j = index - 1; j >= last && doc.mentions[j]!.sentence === m.sentence; j--) {
    const o = doc.mentions[j]!;
    if (!o.source.startsWith('coref') && o.source !== 'unnamed' && o.type !== 'Person' && !PLACE_CLASSES.has(o.type)) return undefined;
  }
  for (let j = index - 1; j >= last; j--) {
    const o = doc.mentions[j]!;
    if (o.sentence < first) return undefined;
    if (o.sentence > first) continue;
    const earlier = doc.mentions[j - 1];
    if (earlier !== undefined && earlier.sentence === first) continue;
    // (Not a name inside a compound: "Bergklang-Geschäftsführer X wirft …" is about the person; nor the subject of
    // reported speech: "Norvask habe weniger geliefert, sagte Vorstandschefin X".)
    if (o.source.startsWith('coref') || o.source === 'unnamed' || o.source === 'compound' || o.compoundHead !== undefined || !opensSentence(doc, o)) return undefined;
    const verb = doc.tokens.slice(o.tokenEnd, o.tokenEnd + 4).find((t) => t.verb?.finite === true);
    return verb?.verb?.subjunctive1 === true ? undefined : o;
  }
  return undefined;
}

/**
 * "Founded in 2020 by X and Y, the Greenville-based firm …", "Gegründet 1998, beschäftigt das Unternehmen …": a
 * description right after a participle phrase that opens its sentence, and a comma (adjectives and an article between).
 */
function afterOpeningParticiple(doc: Doc, m: Mention): boolean {
  let t = m.tokenStart - 1;
  while (t > m.tokenStart - 5 && doc.tokens[t] !== undefined && (doc.tokens[t]!.pos === 'ADJ' || doc.tokens[t]!.pos === 'DET' || doc.tokens[t]!.pos === 'VERB' || doc.tokens[t]!.pos === 'AUX' || /-(based|headquartered)$/.test(doc.tokens[t]!.text))) t--;
  if (doc.tokens[t]?.text !== ',' || doc.tokens[t]!.sentence !== m.sentence) return false;
  let first = t;
  while (first > 0 && doc.tokens[first - 1]!.sentence === m.sentence) first--;
  const opener = doc.tokens[first]!;
  return opener.pos === 'VERB' && (doc.article.lang === 'en' ? /^\p{Lu}\p{Ll}+ed$/u.test(opener.text) : /^Ge\p{Ll}+(t|en)$/u.test(opener.text));
}

function opensSentence(doc: Doc, m: Mention): boolean {
  let t = m.tokenStart - 1;
  // "Der Chiphersteller Infineon …": the describing noun and its article open the sentence with the name.
  if (doc.tokens[t]?.pos === 'NOUN' && doc.tokens[t]!.sentence === m.sentence) t--;
  // "Das Kärntner Start-up X", "Die 1956 gegründete Partei": adjectives, of origin too, and numbers.
  // "Das 1974 von Ernst Fussenegger gegründete Unternehmen": an agent phrase inside the attribute.
  const attribute = (k: number): boolean => {
    const x = doc.tokens[k];
    if (x === undefined) return false;
    if (x.pos === 'ADJ' || x.pos === 'NUM' || /^\p{Lu}\p{Ll}+er$/u.test(x.text)) return true;
    const participleAfter = doc.tokens[m.tokenStart - 1]?.pos === 'ADJ' || doc.tokens[m.tokenStart - 2]?.pos === 'ADJ';
    // "Das 1952 als Karosseriewerkstätte gegründete Unternehmen": an "als" phrase too.
    return participleAfter && (x.pos === 'PROPN' || x.text === 'von' || x.text === 'vom' || x.text === 'als' || (x.pos === 'NOUN' && /^\p{Lu}/u.test(x.text) && (doc.tokens[k + 1]?.pos === 'PROPN' || doc.tokens[k - 1]?.text === 'als')));
  };
  while (attribute(t) && doc.tokens[t]!.sentence === m.sentence) t--;
  if (doc.tokens[t]?.pos === 'DET' && doc.tokens[t]!.sentence === m.sentence) t--;
  const before = doc.tokens[t];
  // (After a dateline: "Wien (APA) - Der Mobilfunker X kauft …".)
  return before === undefined || before.sentence !== m.sentence || before.text === '–' || before.text === '—' || (before.text === '-' && doc.article.lang === 'de' && before.end <= (doc.article.dateline?.end ?? 0) + 2);
}

/** "Datenschutzbehörde" and "Behörde": one noun ends with the other. */
/** Whether the group `e` goes by the head of `noun` ("Familie" in "Verlegerfamilie") in a label or an introducing noun. */
function groupNamedBy(doc: Doc, e: Entity, index: number, noun: string): boolean {
  const head = noun.toLowerCase().slice(-6);
  if (head.length < 4) return false;
  if ([e.label, ...e.aliases].some((l) => l.toLowerCase().includes(head))) return true;
  return introducedBy(doc, e, index, (t) => t.text.toLowerCase().includes(head));
}

function sameHead(label: string, noun: string): boolean {
  const a = label.toLowerCase();
  const b = noun.toLowerCase();
  return b.length >= 4 && (a === b || a.endsWith(b));
}

/**
 * How many of the entity's mentions come before mention `index`, up to 3.
 * Named mentions are attached first and in text order, so the scan stops at
 * the first later one.
 */
/** How many of an entity's first mentions may introduce it with a noun. */
const INTRODUCTIONS = 8;

/**
 * Whether a name of `e` before mention `index` came right after a noun that `fits` ("der Kunststoffverarbeiter X",
 * "die Lebensmittelretter-App X"). The first few names only: an introduction comes early (and a long article must
 * not make this quadratic).
 */
/** Nouns any firm is, too general for a compound on them to tell which firm a description means. */
const ANY_FIRM = new Set(['Unternehmen', 'Firma', 'company', 'firm', 'business']);
/** Nouns for a company that makes or sells something (not "the firm", which an investment firm is too). */
const COMPANY_NOUNS = new Set(['Unternehmen', 'Firma', 'Start-up', 'Startup', 'Jungunternehmen', 'company', 'start-up', 'startup', 'business']);

/** Nouns that end many firms' names, which a description by them does not single out ("Gruppe", "Holding", "group"). */
const GENERIC_NAME_ENDS = new Set(['gruppe', 'group', 'holding', 'konzern', 'corporation', 'corp', 'partners', 'capital', 'werke', 'werk', 'plant', 'haus', 'house']);

/** "Hotelgruppe" on "Gruppe", "Softwarekonzern" on "Konzern": a longer compound whose last part is the noun. */
function compoundOn(word: string, noun: string): boolean {
  if (word.length < noun.length + 3) return false;
  const tail = word.slice(word.length - noun.length);
  return tail.toLowerCase() === noun.toLowerCase() && (tail === noun.toLowerCase() || word[word.length - noun.length - 1] === '-');
}

/** Between a name and a description of its sentence, the participle of founding ("gegründet", "founded"). */
function foundingBetween(doc: Doc, name: Mention, m: Mention): boolean {
  for (let k = name.tokenEnd; k < m.tokenStart; k++) if (FOUNDED.has(doc.tokens[k]!.text)) return true;
  return false;
}

const FOUNDED = new Set(['gegründet', 'founded', 'co-founded', 'cofounded']);

/** Two different compounds that open with the same word of five letters or more ("Stahlproduzent", "Stahlhersteller"). */
function sameModifier(a: string, b: string): boolean {
  if (a === b || a.length < 9 || b.length < 9) return false;
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  // (A shared word of five letters or more, and at least four letters of a different head after it in each.)
  return n >= 5 && a.length - n >= 4 && b.length - n >= 4;
}

function introducedBy(doc: Doc, e: Entity, index: number, fits: (noun: Token) => boolean): boolean {
  for (let n = 0; n < e.mentions.length && n < INTRODUCTIONS; n++) {
    const k = e.mentions[n]!;
    if (k >= index) break;
    const m = doc.mentions[k]!;
    if (m.source.startsWith('coref')) continue;
    // ("der Bürgerinitiative „Lebenswerte Geest“": the noun before a name in quotation marks.)
    const t = doc.tokens[m.tokenStart - (QUOTE_MARKS.has(doc.tokens[m.tokenStart - 1]?.text ?? '') ? 2 : 1)];
    if (t !== undefined && t.sentence === m.sentence && fits(t)) return true;
    // "HagaZiekenhuis, a hospital in The Hague": the noun of an indefinite apposition right after the name.
    if (doc.tokens[m.tokenEnd]?.text === ',' && INDEFINITE_APPOSITION.has(doc.tokens[m.tokenEnd + 1]?.text ?? '')) {
      let head: Token | undefined;
      for (let j = m.tokenEnd + 2; j < m.tokenEnd + 6; j++) {
        const w = doc.tokens[j];
        if (w === undefined || w.sentence !== m.sentence || (w.pos !== 'NOUN' && w.pos !== 'ADJ')) break;
        if (w.pos === 'NOUN') head = w;
      }
      // (Not a noun any firm is: "Northcove, a Toronto-based telecommunications company … who runs the company".)
      if (head !== undefined && !loadCues(doc.article.lang).genericFirmNouns.has(head.lemma ?? head.text) && fits(head)) return true;
    }
  }
  return false;
}

/** "the Galway-based insurer, a subsidiary of London-listed Thamesgate Insurance Group, had …": a name inside an
 * apposition that an indefinite article opens, with no verb between. */
function inIndefiniteApposition(doc: Doc, m: Mention): boolean {
  for (let t = m.tokenStart - 1; t >= 1 && t >= m.tokenStart - 8; t--) {
    const tok = doc.tokens[t]!;
    if (tok.sentence !== m.sentence || tok.pos === 'VERB' || tok.pos === 'AUX') return false;
    if (INDEFINITE_APPOSITION.has(tok.text) && doc.tokens[t - 1]?.text === ',') return true;
  }
  return false;
}

/** Indefinite articles that open an apposition describing a name ("X, a hospital in …", "X, ein Hersteller von …"). */
const INDEFINITE_APPOSITION = new Set(['a', 'an', 'ein', 'eine', 'einem', 'einer', 'eines']);

function namedBefore(e: Entity, index: number): number {
  // (Not in text order while linking: names are linked before the references between them.)
  let n = 0;
  for (const k of e.mentions) if (k < index && ++n === 3) break;
  return n;
}

/** An English name right before a lower-case noun of its phrase ("Aer Lingus pilots"). */
function modifiesNoun(doc: Doc, m: Mention): boolean {
  const next = doc.tokens[m.tokenEnd];
  // ("Seattle-based Alaska last made": not a word the tagger only guessed a noun before the clause's verb.)
  const after = doc.tokens[m.tokenEnd + 1];
  return next !== undefined && next.sentence === m.sentence && next.pos === 'NOUN' && /^\p{Ll}+$/u.test(next.text) && !/['’]s$/.test(m.text) && after?.pos !== 'VERB' && after?.pos !== 'AUX';
}

/** Words that make a post someone held in the past: "a former director at X", "zuvor Finanzchef bei X". */
const FORMER = new Set(['former', 'formerly', 'previously', 'ex', 'zuvor', 'früher', 'ehemalige', 'ehemaliger', 'ehemaligen', 'vormals', 'einstige', 'einstiger', 'einstigen']);
/** Prepositions of a post's employer: "director at X", "Chef bei X". */
const EMPLOYER_PREPOSITIONS = new Set(['at', 'of', 'with', 'bei', 'von', 'vom', 'des', 'der']);

/** Every mention of `e` before `index` names a post's former employer (a past word, a few words before "at X"). */
function onlyAFormerEmployer(doc: Doc, e: Entity, index: number): boolean {
  let seen = false;
  for (const k of e.mentions) {
    if (k >= index) break;
    const m = doc.mentions[k]!;
    if (m.source.startsWith('coref')) return false;
    let t = m.tokenStart - 1;
    while (t >= 0 && t > m.tokenStart - 5 && doc.tokens[t]!.sentence === m.sentence && !EMPLOYER_PREPOSITIONS.has(doc.tokens[t]!.text.toLowerCase())) t--;
    if (t < 0 || !EMPLOYER_PREPOSITIONS.has(doc.tokens[t]!.text.toLowerCase()) || doc.tokens[t]!.sentence !== m.sentence) return false;
    let past = false;
    for (let j = t - 1; j >= 0 && j >= t - 4 && doc.tokens[j]!.sentence === m.sentence && doc.tokens[j]!.kind === 'word'; j--) if (FORMER.has(doc.tokens[j]!.text.toLowerCase())) past = true;
    if (!past) return false;
    seen = true;
  }
  return seen;
}

/**
 * "Laut dem Kreditschützer KSV1870 …", "according to Moody's": an entity named so far only as the source of a figure
 * or a claim is seldom what a later description of the article's company means.
 */
function onlyASource(doc: Doc, e: Entity, index: number): boolean {
  let seen = false;
  for (const k of e.mentions) {
    if (k >= index) break;
    const m = doc.mentions[k]!;
    if (m.source.startsWith('coref')) continue;
    let t = m.tokenStart - 1;
    while (t >= 0 && t > m.tokenStart - 4 && doc.tokens[t]!.sentence === m.sentence && (doc.tokens[t]!.pos === 'DET' || doc.tokens[t]!.pos === 'ADJ' || doc.tokens[t]!.pos === 'NOUN')) t--;
    const w = doc.tokens[t];
    const source = w !== undefined && w.sentence === m.sentence && (w.text.toLowerCase() === 'laut' || (w.text === 'to' && doc.tokens[t - 1]?.text.toLowerCase() === 'according'));
    if (!source && !toldTo(doc, m)) return false;
    seen = true;
  }
  return seen;
}

const SAME_DESCRIPTION = 1;

/**
 * The nouns of the descriptions linked to an entity so far. References are linked in text order, so what a
 * reference finds here was said before it (kept as linking goes: scanning an entity's mentions for each
 * candidate made long articles quadratic).
 */
const descriptions = new WeakMap<Entity, Set<string>>();

function describedAs(e: Entity): Set<string> {
  let set = descriptions.get(e);
  if (set === undefined) descriptions.set(e, (set = new Set()));
  return set;
}

/** Whether an earlier description by the same noun already means `e`. */
function sameDescriptionBefore(e: Entity, m: Mention): boolean {
  return descriptions.get(e)?.has(m.normalized.toLowerCase()) === true;
}

/** Mention k is an English genitive right before another name: "Comcast Corp's Universal Television". */
export function ownerOfNextName(doc: Doc, k: number): boolean {
  const own = doc.mentions[k]!;
  const next = doc.mentions[k + 1];
  return doc.article.lang === 'en' && own.genitive === true && next !== undefined && next.tokenStart === own.tokenEnd && !next.source.startsWith('coref') && next.source !== 'unnamed';
}

/** Every mention of the entity before `index` is an owner in the genitive before another name. */
function onlyOwnerOfName(doc: Doc, e: Entity, index: number): boolean {
  let any = false;
  for (const k of e.mentions) {
    if (k >= index) break;
    if (!ownerOfNextName(doc, k)) return false;
    any = true;
  }
  return any;
}

/** "Post-Tochter" and the Österreichische Post ("Post"): the part before the hyphen is the entity's name or alias. */
function namedByFirstPart(m: Mention, e: Entity): boolean {
  const cut = m.text.lastIndexOf('-');
  if (cut < 2) return false;
  const first = m.text.slice(0, cut).toLowerCase();
  return [e.label, ...e.aliases].some((l) => l.toLowerCase() === first);
}

/** An earlier description of the entity was a compound on this description's noun ("Spitalgruppe" for "Gruppe"). */
function describedByCompoundOn(e: Entity, m: Mention): boolean {
  const noun = m.normalized.toLowerCase();
  if (noun.length < 4) return false;
  for (const d of descriptions.get(e) ?? []) if (d.length > noun.length + 2 && d.endsWith(noun)) return true;
  return false;
}

/**
 * "die Raiffeisenlandesbank Oberösterreich … ein Sprecher der Bank", "die Deutsche Bank … die Bank": a name that ends
 * in the description's noun, as a word or as a compound's head (not a noun any firm's name may end in: "the
 * company" is no more "The Walt Disney Company" than another firm).
 */
function wordEndsIn(e: Entity, m: Mention): boolean {
  const noun = m.normalized.toLowerCase();
  if (e.unnamed || noun.length < 4 || COMPANY_NOUNS.has(m.normalized) || GENERIC_NAME_ENDS.has(noun)) return false;
  for (const w of e.label.toLowerCase().split(/[\s-]+/)) if (w === noun || (w.length > noun.length + 2 && w.endsWith(noun))) return true;
  return false;
}

/** "sagte Kogler der APA", "Thibodeau told Reuters", "gegenüber der APA": a name told something. */
function toldTo(doc: Doc, m: Mention): boolean {
  let t = m.tokenStart - 1;
  if (doc.tokens[t]?.pos === 'DET') t--;
  // "sprach gegenüber der APA von einem Putsch".
  if (doc.tokens[t]?.text.toLowerCase() === 'gegenüber') return true;
  // The speaker between verb and addressee: a name or a pronoun ("sagte er der dpa").
  for (let k = 0; k < 3 && t >= 0 && (doc.tokens[t]!.pos === 'PROPN' || doc.tokens[t]!.pos === 'PRON'); k++) t--;
  const verb = doc.tokens[t];
  return verb !== undefined && verb.sentence === m.sentence && verb.verb !== undefined && loadClauseLexicon(doc.article.lang).tellingVerbs.has(verb.verb.lemma);
}

/** "bei OpenAI": a name right after a preposition is no subject or object of its clause. */
/** The mention is one of a list of three or more names ("Pixar, Marvel, Lucasfilm and Fox"), or of two joined by "and". */
function listed(doc: Doc, m: Mention): boolean {
  const joiner = (t: Token | undefined): boolean => t !== undefined && t.sentence === m.sentence && (t.text === ',' || t.pos === 'CCONJ');
  let names = 1;
  let joined = false;
  for (const step of [-1, 1]) {
    let k = m.sentence >= 0 ? doc.mentions.indexOf(m) : -1;
    while (k >= 0) {
      const here = doc.mentions[k]!;
      const next = doc.mentions[k + step];
      if (next === undefined || next.sentence !== m.sentence || next.source.startsWith('coref')) break;
      const gap = step < 0 ? doc.tokens.slice(next.tokenEnd, here.tokenStart) : doc.tokens.slice(here.tokenEnd, next.tokenStart);
      if (gap.length === 0 || gap.length > 4 || !joiner(gap[0]) || !gap.every((t) => joiner(t) || t.pos === 'ADJ' || t.pos === 'DET' || t.pos === 'NUM' || /^\d/.test(t.text) || /^(most|part|all|of)$/.test(t.text))) break;
      if (gap.some((t) => t.pos === 'CCONJ')) joined = true;
      names++;
      k += step;
    }
  }
  return names >= 3 || (names === 2 && joined);
}

function inPrepositionalPhrase(doc: Doc, m: Mention): boolean {
  const before = doc.tokens[m.tokenStart - 1];
  return before?.pos === 'ADP' && before.sentence === m.sentence;
}

/** English "in Voltaro, a Munich-based startup": an apposition with an article or adjective follows `m`. */
function appositionAfter(doc: Doc, m: Mention): boolean {
  const next = doc.tokens[m.tokenEnd + 1];
  return doc.tokens[m.tokenEnd]?.text === ',' && next !== undefined && next.sentence === m.sentence && (next.pos === 'DET' || next.pos === 'ADJ' || next.pos === 'NUM');
}

/** A mention a preposition governs, over the article, adjectives and title nouns before it ("von Minister X"), and English genitives when `genitives`. */
function underPreposition(doc: Doc, m: Mention, genitives = false): boolean {
  for (let t = m.tokenStart - 1; t >= 0 && t >= m.tokenStart - 4; t--) {
    const tok = doc.tokens[t]!;
    if (tok.sentence !== m.sentence) return false;
    if (tok.pos === 'ADP') return true;
    // (English "at Britain's Port of X": a genitive name before it, when asked.)
    if (genitives && tok.pos === 'PROPN' && /['’]s$/.test(tok.text)) continue;
    if (tok.pos !== 'DET' && tok.pos !== 'ADJ' && tok.pos !== 'NOUN') return false;
  }
  return false;
}

/** A mention after "von"/"bei" (English "of", "at") right after a person's name: "die Anwältin X von der Kanzlei Y". */
function personsAffiliation(doc: Doc, m: Mention): boolean {
  let t = m.tokenStart - 1;
  while (t > 0 && t >= m.tokenStart - 4 && doc.tokens[t]!.pos !== 'ADP') t--;
  const adp = doc.tokens[t];
  if (adp === undefined || adp.pos !== 'ADP' || adp.sentence !== m.sentence || !AFFILIATION_PREPOSITIONS.has(adp.text.toLowerCase())) return false;
  let ends = personEnds.get(doc);
  if (ends === undefined) {
    // (Where names of people end, once per text: this runs for candidates of every description.)
    ends = new Set<number>();
    for (const p of doc.mentions) if (p.type === 'Person' && !p.source.startsWith('coref')) ends.add(p.tokenEnd);
    personEnds.set(doc, ends);
  }
  return ends.has(t) && doc.tokens[t - 1]?.sentence === m.sentence;
}

/** The token ends of the names of people in a text (see personsAffiliation). */
const personEnds = new WeakMap<Doc, Set<number>>();

/** A mention after a relative pronoun that a comma opens, in its own sentence ("…, die bisher bei X arbeitete"). */
function inRelativeClause(doc: Doc, m: Mention): boolean {
  for (let t = m.tokenStart - 1; t > 0; t--) {
    const tok = doc.tokens[t]!;
    if (tok.sentence !== m.sentence) return false;
    if (RELATIVE_PRONOUNS.has(tok.text) && doc.tokens[t - 1]?.text === ',') return true;
  }
  return false;
}

/**
 * `m` stands in a relative clause ("…, die ihn leiten") opened right after `other`'s noun phrase or the list it ends
 * (a few words back: "von X und Y gegründet worden, die …").
 */
function relativeAntecedent(doc: Doc, m: Mention, other: Mention): boolean {
  for (let t = m.tokenStart - 1; t > 0 && t >= m.tokenStart - 6; t--) {
    const tok = doc.tokens[t]!;
    if (tok.sentence !== m.sentence) return false;
    if (!RELATIVE_PRONOUNS.has(tok.text) || doc.tokens[t - 1]?.text !== ',') continue;
    const comma = t - 1;
    // The antecedent ends before the comma, maybe with the verbs that close its clause ("gegründet worden").
    let end = comma;
    while (end > 0 && (doc.tokens[end - 1]!.pos === 'VERB' || doc.tokens[end - 1]!.pos === 'AUX')) end--;
    return other.tokenEnd === end || (other.tokenEnd < end && end - other.tokenEnd <= 5 && doc.tokens.slice(other.tokenEnd, end).every((x) => x.kind !== 'punct' || x.text === ','));
  }
  return false;
}

/** No punctuation between two mentions of one sentence. */
const QUOTE_MARKS = new Set(['„', '“', '”', '"', '«', '»', '‚', '‘', '’']);

/**
 * English ", accusing it of …": a pronoun right after an -ing form that follows a comma, or after a verb that "and"
 * joins to the one before; also a description with its article and adjectives (", accusing the Herzliya-based firm of …").
 */
function participleObject(doc: Doc, m: Mention): boolean {
  if (doc.article.lang !== 'en') return false;
  let at = m.tokenStart - 1;
  if (m.source === 'coref:description') while (at > m.tokenStart - 4 && (doc.tokens[at]?.pos === 'ADJ' || doc.tokens[at]?.pos === 'DET')) at--;
  const verb = doc.tokens[at];
  // ("X has terminated its contract with Y and accused the supplier of …": so is the object of a verb joined by "and"
  // that shares the sentence's subject.)
  return verb?.pos === 'VERB' && ((/ing$/.test(verb.text) && doc.tokens[at - 1]?.text === ',') || (doc.tokens[at - 1]?.text === 'and' && (m.source === 'coref:description' || OBJECT_PRONOUNS.has(m.text.toLowerCase()))));
}

/** No verb between the start of the mention's sentence and the mention: it is (part of) the sentence's subject. */
function beforeFirstVerb(doc: Doc, m: Mention): boolean {
  for (let t = m.tokenStart - 1; t >= 0 && doc.tokens[t]!.sentence === m.sentence; t--) if (doc.tokens[t]!.pos === 'VERB' || doc.tokens[t]!.pos === 'AUX') return false;
  return true;
}

function sameClause(doc: Doc, a: Mention, b: Mention): boolean {
  // "Stephen Chen, who had headed X before he joined Y": a subordinator right before `b` opens a clause whose subject it is.
  // ("… by the FCA after the regulator found": an article and adjectives may come between.)
  // ("because the Austin, Texas-based company has": over a town and its state before "-based" too.)
  let sub = b.tokenStart - 1;
  const basedAhead = (k: number): boolean => /^\p{Lu}.*-(based|headquartered)$/u.test(doc.tokens[k]?.text ?? '');
  while (
    sub > a.tokenEnd &&
    sub > b.tokenStart - 7 &&
    (doc.tokens[sub]!.pos === 'DET' || doc.tokens[sub]!.pos === 'ADJ' || basedAhead(sub) || (doc.tokens[sub]!.text === ',' && basedAhead(sub + 1)) || (/^\p{Lu}/u.test(doc.tokens[sub]!.text) && doc.tokens[sub + 1]?.text === ',' && basedAhead(sub + 2)))
  )
    sub--;
  if (sub >= a.tokenEnd && loadClauseLexicon(doc.article.lang).subordinators.has(doc.tokens[sub]!.text.toLowerCase())) return false;
  // English "she says Tillmore fired her": a second finite verb after a word that is no verb opens a clause of its own.
  // (Without punctuation between; commas are read below: "X, which runs …, terminated …".)
  let finite = false;
  let gap = false;
  for (let t = a.tokenEnd; doc.article.lang === 'en' && t < b.tokenStart; t++) {
    const tok = doc.tokens[t]!;
    if (tok.kind === 'punct') break;
    const verb = (tok.pos === 'VERB' || tok.pos === 'AUX') && tok.verb?.finite === true;
    if (verb && finite && gap) return false;
    if (verb) finite = true;
    else if (finite && tok.kind === 'word' && tok.pos !== 'ADV' && tok.pos !== 'PART') gap = true;
  }
  for (let t = a.tokenEnd; t < b.tokenStart; t++) {
    // "who started Quillstack in 2018 and ran it": a conjunction before a verb opens a clause of its own.
    if (doc.tokens[t]?.pos === 'CCONJ' && (doc.tokens[t + 1]?.pos === 'VERB' || doc.tokens[t + 1]?.pos === 'AUX')) return false;
    // "Oracle hatte Google verklagt und dem Konzern vorgeworfen": a conjunction after a verb too, for an object of
    // the first verb (after the finite verb); the subject before it is the subject of both.
    // In a verb-final clause the finite verb ends it: "der Salesforce gegründet hat und den Konzern leitet".
    const ender = doc.tokens[t - 1];
    if (doc.tokens[t]?.pos === 'CCONJ' && t > a.tokenEnd && (ender?.pos === 'VERB' || ender?.pos === 'AUX') && (finiteBefore(doc, a) || ender.verb?.finite === true)) return false;
    if (doc.tokens[t]?.kind !== 'punct') continue;
    // "Der Westdeutsche Fußballverband (WDFV) hat dem Start-up …": a bracket after a name ends no clause.
    if (doc.tokens[t]!.text === '(' && t === a.tokenEnd) {
      let close = t + 1;
      while (close < b.tokenStart && close < t + 6 && doc.tokens[close]!.text !== ')') close++;
      if (doc.tokens[close]?.text === ')' && close < b.tokenStart) {
        t = close;
        continue;
      }
    }
    // "sein Onlinespiel „Rust“ auf Servern des Anbieters": quotation marks around a title end no clause.
    if (QUOTE_MARKS.has(doc.tokens[t]!.text)) continue;
    // "Alpenkapital, der bei dem Unternehmen einstieg": the relative clause is about `a`.
    if (t === a.tokenEnd && doc.tokens[t]!.text === ',' && RELATIVE_PRONOUNS.has(doc.tokens[t + 1]?.text ?? '')) {
      // ("Tweedmouth, which runs 14 wind farms, terminated an agreement with the company": past the relative clause, a
      // verb goes on with the clause of `a`.)
      let close = t + 2;
      while (close < b.tokenStart && doc.tokens[close]!.text !== ',') close++;
      const after = doc.tokens[close + 1];
      if (close < b.tokenStart && (after?.pos === 'VERB' || after?.pos === 'AUX')) t = close;
      continue;
    }
    // "pay its Irvine, California-based rival": the comma between a town and its state before "-based" ends none.
    if (doc.tokens[t]!.text === ',' && /^\p{Lu}/u.test(doc.tokens[t - 1]?.text ?? '') && basedAhead(t + 1)) continue;
    return false;
  }
  return true;
}

/** A finite verb comes before the mention in its sentence. */
function finiteBefore(doc: Doc, m: Mention): boolean {
  for (let t = m.tokenStart - 1; t >= 0 && doc.tokens[t]!.sentence === m.sentence; t--) {
    const tok = doc.tokens[t]!;
    if ((tok.pos === 'VERB' || tok.pos === 'AUX') && tok.verb?.finite === true) return true;
  }
  return false;
}

const OBJECT_PRONOUNS = new Set(['ihn', 'ihm', 'him', 'her', 'them', 'ihnen']);

/** Product nouns that may describe a platform ("die App", "the app"). */
const APP_NOUNS = new Set(['App', 'app', 'Software', 'software', 'Anwendung', 'application']);

const AFFILIATION_PREPOSITIONS = new Set(['von', 'vom', 'bei', 'beim', 'of', 'at']);
const RELATIVE_PRONOUNS = new Set(['der', 'die', 'das', 'dessen', 'deren', 'dem', 'den', 'welche', 'welcher', 'welches', 'which', 'who', 'that']);

/** Articles that may open an apposition ("X, a lawyer", "X, eine Sprecherin"). */
const APPOSITION_ARTICLES = new Set(['a', 'an', 'the', 'ein', 'eine', 'einer', 'der', 'die', 'das']);

/** The named person mention right before ", (article)" when `m` is a role in apposition to it. */
function appositionOf(doc: Doc, m: Mention, endAt: Map<number, Mention>): Mention | undefined {
  let t = m.tokenStart - 1;
  // "Halvorsen, a former Tesla engineer": adjectives, lower-case words and a name modifying the role (up to three).
  for (let n = 0; n < 3 && t >= 0; n++) {
    const w = doc.tokens[t]!;
    const modifier = w.pos === 'ADJ' || (doc.article.lang === 'en' && w.kind === 'word' && (/^\p{Ll}/u.test(w.text) ? w.pos === 'NOUN' : w.pos === 'PROPN'));
    if (!modifier || APPOSITION_ARTICLES.has(w.text.toLowerCase())) break;
    t--;
  }
  while (t >= 0 && doc.tokens[t]?.pos === 'ADJ') t--;
  if (APPOSITION_ARTICLES.has(doc.tokens[t]?.text.toLowerCase() ?? '')) t--;
  if (doc.tokens[t]?.text !== ',') return undefined;
  const before = endAt.get(t);
  // (A name only its capital letters typed may be the person too: the caller checks that no stronger cue typed it.)
  return before !== undefined && (before.type === 'Person' || before.source === 'cue:capitalised') && before.sentence === m.sentence ? before : undefined;
}

/** Verbs after which "X, the company said" is a reporting clause, not an apposition. */
const REPORTING = new Set(['said', 'says', 'told', 'added', 'wrote', 'announced', 'confirmed', 'sagte', 'teilte', 'erklärte', 'hieß']);

/**
 * "Google Cloud, the unit run by Thomas Kurian": a description of an organisation in apposition right after its name
 * is that organisation (not one talked about before). "…, the company said" is a reporting clause instead.
 */
function organisationApposition(doc: Doc, m: Mention, endAt: Map<number, Mention>): Mention | undefined {
  // A relational noun in apposition is the name too: "Meta, the parent of Instagram".
  if (m.type === 'Person') return undefined;
  // ("Gurbir Grewal, the agency's enforcement director": a description in the genitive names the owner of what
  // follows, not the name before.)
  if (doc.article.lang === 'en' && /['’]s$/u.test(m.text)) return undefined;
  let t = m.tokenStart - 1;
  // ("Crave, the streaming service owned by Bell Media": English nouns before the head too.)
  const modifier = (tok: Token | undefined): boolean =>
    tok !== undefined && (tok.pos === 'ADJ' || (doc.article.lang === 'en' && /^\p{Ll}/u.test(tok.text) && (tok.pos === 'NOUN' || /ing$/.test(tok.text))));
  // ("Quellair, der Schweizer Tochter des …": a demonym before the noun too; "Redwood Materials, the U.S. company
  // founded by …": English, a country's name.)
  const demonym = (k: number): boolean => {
    const d = endAt.get(k + 1);
    return d !== undefined && d.tokenStart === k && (d.source === 'cue:demonym' || (doc.article.lang === 'en' && PLACE_CLASSES.has(d.type) && !/['’]s$/u.test(d.text)));
  };
  while (t >= 0 && t > m.tokenStart - 4 && (modifier(doc.tokens[t]) || demonym(t))) t--;
  // ("Ryanair, Europe's largest airline by passenger numbers,": English, a place in the genitive for the article;
  // German "Berglandmilch, Österreichs größte Molkerei mit Sitz in Pasching," too.)
  const place = endAt.get(t + 1);
  const placeGenitive = (doc.article.lang === 'en' ? /['’]s$/ : /\p{Ll}s$/u).test(doc.tokens[t]?.text ?? '') && place !== undefined && place.tokenStart === t && PLACE_CLASSES.has(place.type);
  if (!placeGenitive && !APPOSITION_ARTICLES.has(doc.tokens[t]?.text.toLowerCase() ?? '')) return undefined;
  if (doc.tokens[t - 1]?.text !== ',') return undefined;
  const after = doc.tokens[m.tokenEnd];
  if (after === undefined || after.sentence !== m.sentence || REPORTING.has(after.text.toLowerCase()) || after.text === '.') return undefined;
  const before = endAt.get(t - 1);
  return before !== undefined && before.type !== 'Person' && !before.source.startsWith('coref') && before.sentence === m.sentence ? before : undefined;
}

/**
 * The named person right after a role with an optional genitive or "von"
 * complement and a comma, closed by a comma or the sentence's end: "Die
 * Leiterin der Wahlkommission, Michaela Grubesa, trat zurück".
 */
/** Words of "then known as", "formerly called": another name of the same thing in apposition. */
const KNOWN_AS = new Set(['then', 'formerly', 'previously', 'now', 'also', 'once', 'still', 'known', 'called', 'named', 'renamed', 'as']);

/** A capitalised noun that may stand as a title before a name ("Primar", "Chefarzt"). */
function titleBeforeName(t: Token | undefined): boolean {
  return t !== undefined && (t.pos === 'NOUN' || t.pos === 'PROPN') && /^\p{Lu}\p{Ll}+$/u.test(t.text);
}

function appositionBefore(doc: Doc, m: Mention, startAt: Map<number, Mention>): Mention | undefined {
  const person = m.type === 'Person';
  const english = doc.article.lang === 'en';
  let open = m.tokenStart - 1;
  // ("Acme's chief executive, John Smith,": English stacks lower-case nouns before the role's noun.)
  while (open >= 0 && (doc.tokens[open]?.pos === 'ADJ' || (english && person && doc.tokens[open]?.pos === 'NOUN' && /^\p{Ll}/u.test(doc.tokens[open]!.text)))) open--;
  const opener = doc.tokens[open]?.text.toLowerCase() ?? '';
  // A person in the dative or accusative may have an apposition ("dem Bürgermeister von X, Name,");
  // "des Unternehmens, die Firma X" is no apposition of the genitive.
  // ("Harwick's chairman, Graham Pettifer,": in English after an organisation's genitive too.)
  const genitive = english && person && (/^\p{Lu}.*['’]s$/u.test(doc.tokens[open]?.text ?? '') || POSSESSIVES.has(opener));
  if (!genitive && !(person ? DEFINITE_OPENERS : NOMINATIVE_OPENERS).has(opener)) return undefined;
  let t = m.tokenEnd;
  // ("den Chef des Bundesamts für Sicherheit in der Informationstechnik (BSI), Arne Schönbohm,": a long name, maybe
  // with its abbreviation in brackets.)
  // (For a person only: an organisation's description reaches no name past a verb, "the agency sued X over … Y".)
  const reach = person ? 9 : 6;
  for (let n = 0; n < reach && doc.tokens[t] !== undefined && (doc.tokens[t]!.kind !== 'punct' || (person && doc.tokens[t]!.text === '(' && doc.tokens[t + 2]?.text === ')')); n++) {
    t += doc.tokens[t]!.text === '(' ? 3 : 1;
  }
  if (doc.tokens[t]?.text !== ',') return undefined;
  // Persons follow the comma at once; an organisation may come with its own
  // article and description: "der Hostinganbieter des Unternehmens, die Linzer Firma Datenhof, …".
  let at = t + 1;
  if (!person) {
    // "the platform, then known as Twitter,": an earlier or other name in apposition.
    if (doc.article.lang === 'en') {
      let k = at;
      while (k < at + 4 && KNOWN_AS.has(doc.tokens[k]?.text.toLowerCase() ?? '')) k++;
      if (k > at && (/^(known|called|named|renamed)$/.test(doc.tokens[k - 1]?.text ?? '') || doc.tokens[k - 1]?.text === 'as')) at = k;
    }
    if (APPOSITION_ARTICLES.has(doc.tokens[at]?.text.toLowerCase() ?? '')) at++;
    for (let n = 0; n < 4; n++) {
      const here = startAt.get(at);
      // Adjectives, demonyms ("Linzer") and the describing noun before the name.
      if (here !== undefined && PLACE_CLASSES.has(here.type)) at = here.tokenEnd;
      else if (here === undefined && (doc.tokens[at]?.pos === 'ADJ' || doc.tokens[at]?.pos === 'NOUN')) at++;
      else break;
    }
  }
  // ("Harwick's chairman, local haulage entrepreneur Graham Pettifer,": English lower-case words describing him first.)
  if (person && english) for (let n = 0; n < 4 && startAt.get(at) === undefined && /^\p{Ll}[\p{Ll}-]*$/u.test(doc.tokens[at]?.text ?? '') && (doc.tokens[at]!.pos === 'ADJ' || doc.tokens[at]!.pos === 'NOUN'); n++) at++;
  // ("Meridian's chief executive, Dr. Carla Whitfield,": a person's title right before the name.)
  if (person && english && startAt.get(at) === undefined && loadCues('en').personTitles.has(doc.tokens[at]?.text ?? '') && startAt.get(at + 1)?.type === 'Person') at++;
  // ("Der Aufsichtsratsvorsitzende, Bevernburgs Bürgermeister Hartmut Lienemann (SPD),": a German place's genitive and
  // a noun for the person's office before the name, and the party in brackets after it.)
  let office = false;
  if (person && !english) {
    const genitive = startAt.get(at);
    if (genitive !== undefined && genitive.type !== 'Person' && /s$/.test(genitive.text) && genitive.tokenEnd - genitive.tokenStart === 1) at = genitive.tokenEnd;
    const noun = startAt.get(at);
    if (at > t + 1 && (noun === undefined ? doc.tokens[at]?.pos === 'NOUN' : noun.source === 'coref:description' && noun.type === 'Person')) {
      at = noun?.tokenEnd ?? at + 1;
      office = true;
    } else if (noun === undefined && at === t + 1 && (titleBeforeName(doc.tokens[at]) || loadCues('de').titles.has(doc.tokens[at]?.text ?? '')) && startAt.get(at + 1)?.type === 'Person') {
      // ("den Leiter der Chirurgie, Primar Heinrich Wallner,", "die Leiterin der Klinik, Dr. Anna Berger,": a title right
      // before the name.)
      at++;
    }
  }
  const named = startAt.get(at);
  if (named === undefined || (named.sentence !== m.sentence && m.namedBefore !== true)) return undefined;
  if (person ? named.type !== 'Person' : named.type === 'Person' || PLACE_CLASSES.has(named.type)) return undefined;
  let after = doc.tokens[named.tokenEnd];
  if (office && after?.text === '(' && doc.tokens[named.tokenEnd + 2]?.text === ')') after = doc.tokens[named.tokenEnd + 3];
  return after === undefined || after.sentence !== m.sentence || after.text === ',' || after.text === '.' ? named : undefined;
}

/** Nouns that introduce a name as a subsidiary of another ("die deutsche Tochter X", "its German unit X"). */
// (Closed compounds too: "die deutsche Vertriebstochter X".)
const SUBSIDIARY_NOUN = /^(\p{L}*-)?(\p{L}*(tochter|tochtergesellschaft|tochterfirma|tochterunternehmen)|Landesgesellschaft|Vertriebsgesellschaft|subsidiary|unit)$/iu;
/** Relative pronouns that open a clause on the person before them. */
const PERSON_RELATIVES = new Set(['der', 'die', 'who']);

const DEFINITE_OPENERS = new Set(['der', 'die', 'dem', 'den', 'the']);
/** "its chief executive, Michael O'Leary,": English possessives that open a role in apposition to a name. */
const POSSESSIVES = new Set(['its', 'their', 'his', 'her']);
const NOMINATIVE_OPENERS = new Set(['der', 'die', 'the']);

/**
 * "Der neue Vorsitzende der SPÖ heißt Andreas Babler", "Die neue Bank soll X heißen": the person a copula names the
 * role after, or the name a new organisation is given (found by recognition).
 */
function namedByCopula(m: Mention, startAt: Map<number, Mention>): Mention | undefined {
  const named = m.namedAt === undefined ? undefined : startAt.get(m.namedAt);
  if (named === undefined || (named.sentence !== m.sentence && m.namedBefore !== true)) return undefined;
  return (named.type === 'Person') === (m.role !== undefined) ? named : undefined;
}

/** The named mention right before "(", when `m` stands alone between brackets. */
function bracketedAfter(doc: Doc, m: Mention, endAt: Map<number, Mention>): Mention | undefined {
  const open = doc.tokens[m.tokenStart - 1];
  const close = doc.tokens[m.tokenEnd];
  if (open?.text !== '(' || close?.text !== ')') return undefined;
  // "Schwetzingen (SID) -": the agency in the dateline is no name of the place.
  if (m.end <= (doc.article.dateline?.end ?? 0)) return undefined;
  return endAt.get(m.tokenStart - 1);
}

/** "Grimmingers", "Grimminger's": the genitive of the last word of a person's name of two words or more. */
function isSurnameGenitive(label: string, text: string): boolean {
  const space = label.lastIndexOf(' ');
  if (space < 0) return false;
  const surname = label.slice(space + 1);
  return text === `${surname}s` || text === `${surname}'s` || text === `${surname}’s`;
}

/** A description by a utility's noun ("the utility") of a public body whose name holds a word of supply ("Water Authority"). */
function utilityBody(doc: Doc, m: Mention, e: Entity): boolean {
  const cues = loadCues(doc.article.lang);
  if (!cues.utilityNouns.has(m.normalized)) return false;
  return [e.label, ...e.aliases].some((l) => l.split(/[\s-]+/u).some((w) => cues.utilityNameWords.has(w)));
}
