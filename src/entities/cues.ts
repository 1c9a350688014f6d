// Loads the cue lexicon (data/lexicon/<lang>/cues.yaml): role, organisation,
// product, place and group nouns, legal forms and demonyms that type names.
import { join } from 'node:path';
import { DATA_DIR } from '../paths.js';
import { isRecord, loadYaml } from '../data/load-yaml.js';
import { DataError } from '../errors.js';
import type { Lang } from '../types.js';
import { BoundedMap } from '../data/bounded-map.js';

export interface CueLexicon {
  /** Role noun → role key ("Richterin" → "judge"). */
  person: Map<string, string>;
  /** Noun → class for organisations, products and places. */
  organization: Map<string, string>;
  product: Map<string, string>;
  place: Map<string, string>;
  /** Group compound head → relation key ("Anhänger" → "supporterOf"). */
  group: Map<string, string>;
  placePrepositions: Set<string>;
  /** Office noun → class of the place named after "<office> von/of" ("Bürgermeister von X"). */
  placeOffices: Map<string, string>;
  nameInfixes: Set<string>;
  personParticles: Set<string>;
  neverNames: Set<string>;
  /** Weekdays and parts of the day: "Montagfrüh" is a time. */
  weekdayNames: Set<string>;
  /** Relatives who found family firms: "das von seinem Großvater gegründete Unternehmen". */
  kinshipNouns: Set<string>;
  dayParts: Set<string>;
  /** Abbreviations that before a lower-case noun only modify it ("AI agents", "EV makers"); alone or in names they may be names. */
  modifierWords: Set<string>;
  appositionNouns: Set<string>;
  nameCompoundHeads: Set<string>;
  /** First parts that make a compound on a known name a branch of it ("Landes-CDU"). */
  branchPrefixes: Set<string>;
  /** Last words of newspaper names: one word in quotes ending in one is a name („Volksstimme“). */
  mastheads: Set<string>;
  /** Generic nouns for an authority that refer back even after an adjective of origin ("die französische Behörde"). */
  genericAuthorities: Set<string>;
  /** Heads after a hyphen that make the first part a place ("Herzliya-based"). */
  placeCompoundHeads: Set<string>;
  groupNouns: Set<string>;
  /** Bodies of an organisation ("Aufsichtsrat"): an organisation of their own, never a reference to another. */
  bodies: Set<string>;
  /** Bodies that are one only as a word of their own ("der Bund", not "der Naturschutzbund"). */
  wholeWordBodies: Set<string>;
  /** Nouns for a gathering or meeting ("Parteitag", "summit"): with an article, an unnamed event of the article. */
  eventNouns: Set<string>;
  /** Happenings the news reports ("Klage", "lawsuit"): events of the article added after relations are read. */
  happenings: Set<string>;
  /** Nouns of collectives, by lemma or compound head, that name a group when plural ("Menschen", "Umlandgemeinden", "rivals"). */
  collectives: Set<string>;
  /** Collective nouns in the singular that name a group with an article ("die Branche", "the industry"). */
  collectiveSingulars: Set<string>;
  /** Nouns of sites that name a facility of the article when plural ("mehrere Filialen", "its stores"). */
  collectiveSites: Set<string>;
  /** Nouns of products and works that name a product of the article with an article or in the plural ("die Abfüllanlage"). */
  things: Set<string>;
  /** Nouns of sites and of areas that name a facility or a place of the article with an article ("der Stammsitz", "die Innenstadt"). */
  sitesSingular: Set<string>;
  areas: Set<string>;
  /** Nouns of kin that name a person of the article with an article or a possessive ("ihr Großvater", "his widow"). */
  kin: Set<string>;
  /** Verbs of making and selling whose plural objects are products of the article ("stellt Sofas und Sessel her"). */
  productVerbs: Set<string>;
  /** Particles that make a German verb one of making ("stellt … her": "her" with "stellen"), as "lemma particle". */
  productParticleVerbs: Set<string>;
  /** Nouns after such verbs that name no product: what is sold besides goods ("Anteile", "shares", "prices"). */
  notProducts: Set<string>;
  /** Verbs by which a role at the start of a sentence is given its holder's name ("heißen"). */
  namingVerbs: Set<string>;
  /** Verbs (German lemmas, English participles after "be") by which a new organisation is given its name ("Die neue Bank soll X heißen", "will be called X"). */
  organisationNamingVerbs: Set<string>;
  /** Lower-case words inside a quoted title ("Call of Duty", „Herr der Ringe“). */
  titleWords: Set<string>;
  /** Court nouns that refer to any court ("Gericht"); other court nouns name a court of that level. */
  genericCourts: Set<string>;
  /** First parts of compounds that name nothing ("Tech-Investor"). */
  wordParts: Set<string>;
  /** First parts of authority nouns and the words an antecedent's name may show instead ("wettbewerb" → "kartell|competition"). */
  authorityStems: Map<string, string>;
  /** Institutions of the state that refer back only to one of their own kind ("Regierung" → "regierung|government"). */
  specificAuthorities: Map<string, string>;
  /** Nouns for a rival that refer back to an organisation when no name follows ("den Konkurrenten"). */
  rivalNouns: Set<string>;
  /** Nouns any firm is ("company", "Unternehmen"): an apposition on one introduces nothing particular. */
  genericFirmNouns: Set<string>;
  /** Nouns for a regulator that take one another up ("the data protection authority … the regulator"). */
  regulatorNouns: Set<string>;
  /** Heads of compounds that name an association of its own ("Bauernverband"). */
  associationHeads: Set<string>;
  /** Organisation nouns no person is called: a name described by one in apposition names no person ("X, a paper company"). */
  impersonalNouns: Set<string>;
  /** Compounds on an association head that describe one named before rather than name one of their own ("Traditionsverein"). */
  describingCompounds: Set<string>;
  /** Last words of names of investors ("Capital", "Ventures"): a fund is no rival of the firms it may fund. */
  investorNameEnds: Set<string>;
  /** Endings (lower case) of the last word of a family holding's or foundation's name: no guessed employer. */
  namesakeHoldings: Set<string>;
  /** Nouns before the title of a work in quotation marks ("der Titel „Sternpfad“"), beside the product cues. */
  workNouns: Set<string>;
  /** Endings (lower case) of one-word names of districts and regions ("Ostalbkreis", "Flachgau"). */
  regionWordEndings: string[];
  /** Legal forms that say which association head an organisation is ("eG": Genossenschaft). */
  legalFormHeads: Map<string, string>;
  /** Short forms of an institution's noun ("FH": Fachhochschule): "die FH Mühlviertel" is "die Fachhochschule Mühlviertel". */
  institutionAbbreviations: Map<string, string>;
  /** Nouns for the people who act for an authority ("Wettbewerbshüter"): their plural describes the authority, no group. */
  collectiveAuthorities: Set<string>;
  /** Nouns for kin that also name companies ("Tochter"): before a first name, a person. */
  kinFirmNouns: Set<string>;
  /** Nouns for an authority that is also its holder's office ("Datenschutzbeauftragte"): before a person's name, a person. */
  officeHolders: Set<string>;
  /** A board member's portfolio after the title ("Geschäftsführer Sport"): no surname there. */
  portfolioWords: Set<string>;
  /** Swiss cantons' codes written after a town ("Kerns OW", "Trun GR"): the word before is a town. */
  cantonCodes: Set<string>;
  /** Endings (lower case) of a sports league's name ("liga": "Bundesliga", "die 3. Liga"). */
  leagueEndings: string[];
  /** Generic nouns for a body ("Gremium") that refer back to the body named before. */
  genericBodies: Set<string>;
  /** Nouns for a utility ("the utility", "der Versorger"), which a public body may be when its name says what it supplies. */
  utilityNouns: Set<string>;
  /** Words in the name of a public body that supplies water, power or gas ("Water Authority", "Wasserverband"). */
  utilityNameWords: Set<string>;
  /** Nouns for a site where an organisation works ("Werk"), heads of such compounds ("Fabrik"), and exceptions. */
  facilities: Set<string>;
  facilityHeads: Set<string>;
  notFacilities: Set<string>;
  /** Staff counted as people after a verb of employing ("beschäftigt rund 900 Menschen"): the nouns (lower case), the
   * words for about how many between verb and number ("rund"), and the verbs' stems ("beschäftig"). */
  countedPeople: Set<string>;
  roughly: Set<string>;
  employStems: string[];
  /** Sites counted with a number ("31 Filialen", "58 stores"): the plural nouns, lower case. */
  countedSites: Set<string>;
  /** Adjectives that make a description a new entity, not a reference back ("das fusionierte Unternehmen"). */
  newEntityAdjectives: Set<string>;
  /** Verbs of creating, whose object with an adjective is a new entity ("creating the largest group"). */
  creationVerbs: Set<string>;
  /** First parts of English hyphenated adjectives, no name ("Anglo-Dutch", "Post-Brexit"). */
  hyphenPrefixes: Set<string>;
  /** Adjectives of seat after "in" and a town (lemmas): "die in Kassel ansässige Versicherung". */
  seatAdjectives: Set<string>;
  /** Nouns of associations named with an adjective and a remit after "für" ("die Deutsche Gesellschaft für Ernährung"). */
  remitNamedHeads: Set<string>;
  mergeVerbs: Set<string>;
  /** Organisation nouns whose names are the noun and a place: "Universität Klagenfurt", "Flughafen Wien". */
  placeNamed: Set<string>;
  /** A town's own institutions, named by the town's adjective before the noun ("die Almbrucker Börse"). */
  townInstitutions: Set<string>;
  municipalityNouns: Set<string>;
  /** Compounds on "-bank" that only describe a bank after a word of origin ("die Genfer Privatbank"). */
  describingBanks: Set<string>;
  /** Compounds on "-kasse" that name a bank after a word of origin ("die Kärntner Sparkasse"). */
  bankKassen: Set<string>;
  /** Words after a place's name that make a longer place's name ("Douglas County"), no surname. */
  placeHeads: Set<string>;
  /** Verbs after which a German "Es" opening a sentence is the organisation named before ("Es konkurriert mit …"). */
  esSubjectVerbs: Set<string>;
  /** Last parts of single-word names of stages, zoos and collections ("das Burgtheater", "der Tiergarten"): one with no
   * antecedent is an institution of its own. */
  institutionHeads: string[];
  /** Institutions named by their seat: "die Staatsanwaltschaft X" lies in X. */
  seatNamed: Set<string>;
  /** Nouns of institutions named after people: "das Paul Scherrer Institut". */
  namedAfterPersons: Set<string>;
  /** Nouns of institutions named after people with hyphens: "die Elisabeth-Brandis-Stiftung". */
  namedAfterPersonsJoined: Set<string>;
  /** Nouns that make a company's name after a known place ("Mostviertel Energie"). */
  placeNameNouns: Set<string>;
  /** Prefixes of a place's own institutions ("Stadt" in "Stadtholding"). */
  placeNamedPrefixes: Set<string>;
  /** Nouns of `placeNamed` that only describe a firm whose name has a legal form ("die Liftgesellschaft X GmbH"). */
  placeNamedUnlessForm: Set<string>;
  /** Nouns of regions that follow a town's adjective in an institution's name ("Dasseler Land"). */
  regionNouns: Set<string>;
  /** Endings of town names ("-dorf", "-hausen"): a compound so ending after "in" names a town. */
  townEndings: Set<string>;
  /** Nouns of a seat and legal forms: after them "in"/"aus" and a word the dictionary lacks name a town ("Sitz in Landquart"). */
  seatNouns: Set<string>;
  /** Nouns that are the first word of the name after them: "die Familie Porsche", "die Liste Pilz". */
  nameNouns: Set<string>;
  /** Nouns of groups named by a slogan in quotes ("die Bürgerinitiative „Kreißsaal bleibt“"). */
  sloganNouns: Set<string>;
  /** Short prefixes of club names ("FC", "VfB"): with the capitalised words after them, a club's name. */
  clubPrefixes: Set<string>;
  /** Inflected nouns of districts → the form a district's label takes ("Landkreises" → "Landkreis"). */
  districtNouns: Map<string, string>;
  /** First words of place names before an adjective of origin: "Bad Homburger" is from Bad Homburg, not Homburg. */
  placePrefixes: Set<string>;
  /** Last words of court names that "for the …" continues ("Court of Appeals for the Ninth Circuit"). */
  courtNameEnds: Set<string>;
  /** Prefixes that name a part of a country or region: "Ost" in "Ostdeutschland", "Zentral" in "Zentralschweiz". */
  compassPrefixes: Set<string>;
  /** Heads that make a product's maker of a compound ("ChatGPT-Entwickler"). */
  makers: Set<string>;
  /** Heads of nouns that only a firm is, before whose name a first name is no person's ("Fahrradhersteller X Y"). */
  firmOnlyHeads: Set<string>;
  /** Person roles that companies hold as well ("Investor"). */
  orgRoles: Set<string>;
  /** Titles before a name that are no part of it ("Attorney General", "Dr."). */
  titles: Set<string>;
  /** Titles only a person bears, right before a name ("Governor X", "Attorney General X", "Dr. X"): the name is a person's. */
  personTitles: Set<string>;
  /** Organisation noun → sector ("Lieferdienst" → delivery). */
  sectors: Map<string, string>;
  /** Class → sector its members are in without a noun saying so (a Platform is in "platforms"). */
  classSectors: Map<string, string>;
  /** Sector → family: sectors of one family ("hosting", "software": IT) neither match nor rule each other out. */
  sectorFamilies: Map<string, string>;
  /** Organisation noun → size ("Start-up" → startup, "Konzern" → corporation), matched like sectors. */
  scales: Map<string, string>;
  /** Adjective lemma → size it gives an organisation noun right after it ("das junge Unternehmen" is a start-up). */
  scaleAdjectives: Map<string, string>;
  /** Compounds whose head is a cue noun but which are none ("Datenbank" is no bank). */
  notCues: Set<string>;
  legalForms: Set<string>;
  /** Legal forms that add nothing to a known company's name ("Tencent Holdings" is Tencent; "Guardian Media Group" is no Guardian). */
  bareForms: Set<string>;
  /** English words that end place names ("Thunder Bay", "Sioux Falls"). */
  placeTails: Set<string>;
  /** English words that open place names ("Isle of Mull", "Mount Kenya", "Lake Tanganyika"). */
  placeOpeners: Set<string>;
  /** English nouns after which a capitalised word names a region ("the Cariboo region"). */
  regionNounsAfter: Set<string>;
  /** English legal forms a nation's adjective may open a name with ("Danish Airways", "Latvian Post"). */
  demonymForms: Set<string>;
  /** Capitalised words that open a title before a person cue ("District Judge", "Circuit Judge"). */
  titlePrefixes: Set<string>;
  /** Words after "&" that end a firm's name ("Kessler Raabe & Partner", "& Söhne"). */
  firmTails: Set<string>;
  /** Adjective lemma → place label. */
  demonyms: Map<string, string>;
  /** Capitalised adjective of origin → place label, where the ending does not simply come off ("Zürcher"). */
  placeAdjectives: Map<string, string>;
  /** English agency style's short forms of US states in datelines ("GAINESVILLE, Ga."), to the state's name. */
  stateAbbreviations: Map<string, string>;
  /** Particles only surnames take, after a first name the lists may lack ("van Dalsum"); not articles ("der"). */
  surnameParticles: Set<string>;
  /** Lower-case words after which "in X" names what is invested in, not a place ("a stake in X"). */
  stakeWords: Set<string>;
  /** Nouns of bodies after which "on" joins a name ("Commission on Environmental Quality"). */
  onBodies: Set<string>;
  /** Lower-case nouns of a government after a person's or a place's name ("the Biden administration"). */
  governmentNouns: Set<string>;
}

const cache = new Map<Lang, CueLexicon>();

export function loadCues(lang: Lang): CueLexicon {
  const hit = cache.get(lang);
  if (hit) return hit;
  const path = join(DATA_DIR, 'lexicon', lang, 'cues.yaml');
  const raw = loadYaml(path);
  if (!isRecord(raw)) throw new DataError('DATA_INVALID', 'expected a mapping at the top level', path);
  const map = (key: string): Map<string, string> => {
    const value = raw[key] ?? {};
    if (!isRecord(value)) throw new DataError('DATA_INVALID', `'${key}' must be a mapping`, path);
    return new Map(Object.entries(value).map(([k, v]) => [k, String(v)]));
  };
  const list = (key: string): Set<string> => {
    const value = raw[key] ?? [];
    if (!Array.isArray(value)) throw new DataError('DATA_INVALID', `'${key}' must be a list`, path);
    return new Set(value.map(String));
  };
  const cues: CueLexicon = {
    person: map('person'),
    organization: map('organization'),
    product: map('product'),
    place: map('place'),
    group: map('group'),
    placePrepositions: list('placePrepositions'),
    placeOffices: map('placeOffices'),
    nameInfixes: list('nameInfixes'),
    onBodies: list('onBodies'),
    governmentNouns: list('governmentNouns'),
    personParticles: list('personParticles'),
    neverNames: list('neverNames'),
    weekdayNames: list('weekdayNames'),
    kinshipNouns: list('kinshipNouns'),
    dayParts: list('dayParts'),
    modifierWords: list('modifierWords'),
    appositionNouns: list('appositionNouns'),
    nameCompoundHeads: list('nameCompoundHeads'),
    placeCompoundHeads: list('placeCompoundHeads'),
    genericAuthorities: list('genericAuthorities'),
    mastheads: list('mastheads'),
    branchPrefixes: list('branchPrefixes'),
    groupNouns: list('groupNouns'),
    bodies: list('bodies'),
    wholeWordBodies: list('wholeWordBodies'),
    eventNouns: list('eventNouns'),
    happenings: list('happenings'),
    collectives: list('collectives'),
    collectiveSingulars: list('collectiveSingulars'),
    collectiveSites: list('collectiveSites'),
    things: list('things'),
    sitesSingular: list('sitesSingular'),
    areas: list('areas'),
    kin: list('kin'),
    productVerbs: list('productVerbs'),
    productParticleVerbs: list('productParticleVerbs'),
    notProducts: list('notProducts'),
    genericBodies: list('genericBodies'),
    utilityNouns: list('utilityNouns'),
    utilityNameWords: list('utilityNameWords'),
    facilities: list('facilities'),
    facilityHeads: list('facilityHeads'),
    notFacilities: list('notFacilities'),
    countedPeople: list('countedPeople'),
    roughly: list('roughly'),
    employStems: [...list('employStems')],
    countedSites: list('countedSites'),
    newEntityAdjectives: list('newEntityAdjectives'),
    creationVerbs: list('creationVerbs'),
    hyphenPrefixes: list('hyphenPrefixes'),
    seatAdjectives: list('seatAdjectives'),
    remitNamedHeads: list('remitNamedHeads'),
    mergeVerbs: list('mergeVerbs'),
    placeNamed: list('placeNamed'),
    townInstitutions: list('townInstitutions'),
    municipalityNouns: list('municipalityNouns'),
    describingBanks: list('describingBanks'),
    bankKassen: list('bankKassen'),
    placeHeads: list('placeHeads'),
    esSubjectVerbs: list('esSubjectVerbs'),
    institutionHeads: [...list('institutionHeads')].map((h) => h.toLowerCase()),
    seatNamed: list('seatNamed'),
    namedAfterPersons: list('namedAfterPersons'),
    namedAfterPersonsJoined: list('namedAfterPersonsJoined'),
    placeNameNouns: list('placeNameNouns'),
    placeNamedPrefixes: list('placeNamedPrefixes'),
    placeNamedUnlessForm: list('placeNamedUnlessForm'),
    nameNouns: list('nameNouns'),
    sloganNouns: list('sloganNouns'),
    clubPrefixes: list('clubPrefixes'),
    districtNouns: map('districtNouns'),
    placePrefixes: list('placePrefixes'),
    regionNouns: list('regionNouns'),
    townEndings: list('townEndings'),
    seatNouns: list('seatNouns'),
    compassPrefixes: list('compassPrefixes'),
    courtNameEnds: list('courtNameEnds'),
    associationHeads: list('associationHeads'),
    impersonalNouns: list('impersonalNouns'),
    describingCompounds: list('describingCompounds'),
    investorNameEnds: list('investorNameEnds'),
    namesakeHoldings: list('namesakeHoldings'),
    workNouns: list('workNouns'),
    leagueEndings: [...list('leagueEndings')],
    kinFirmNouns: list('kinFirmNouns'),
    collectiveAuthorities: list('collectiveAuthorities'),
    officeHolders: list('officeHolders'),
    portfolioWords: list('portfolioWords'),
    cantonCodes: list('cantonCodes'),
    legalFormHeads: map('legalFormHeads'),
    institutionAbbreviations: map('institutionAbbreviations'),
    regionWordEndings: [...list('regionWordEndings')],
    rivalNouns: list('rivalNouns'),
    genericFirmNouns: list('genericFirmNouns'),
    regulatorNouns: list('regulatorNouns'),
    genericCourts: list('genericCourts'),
    wordParts: list('wordParts'),
    authorityStems: map('authorityStems'),
    specificAuthorities: map('specificAuthorities'),
    titleWords: list('titleWords'),
    namingVerbs: list('namingVerbs'),
    organisationNamingVerbs: list('organisationNamingVerbs'),
    makers: list('makers'),
    firmOnlyHeads: list('firmOnlyHeads'),
    orgRoles: list('orgRoles'),
    titles: list('titles'),
    personTitles: list('personTitles'),
    sectors: sectorMap(raw['sectors'], path),
    classSectors: map('classSectors'),
    sectorFamilies: map('sectorFamilies'),
    scales: sectorMap(raw['scales'], path, 'scales'),
    scaleAdjectives: sectorMap(raw['scaleAdjectives'], path, 'scaleAdjectives'),
    notCues: list('notCues'),
    legalForms: list('legalForms'),
    bareForms: list('bareForms'),
    placeTails: list('placeTails'),
    placeOpeners: list('placeOpeners'),
    regionNounsAfter: list('regionNounsAfter'),
    demonymForms: list('demonymForms'),
    titlePrefixes: list('titlePrefixes'),
    firmTails: list('firmTails'),
    demonyms: map('demonyms'),
    placeAdjectives: map('placeAdjectives'),
    stateAbbreviations: map('stateAbbreviations'),
    surnameParticles: list('surnameParticles'),
    stakeWords: list('stakeWords'),
  };
  cache.set(lang, cues);
  return cues;
}

function sectorMap(value: unknown, path: string, key = 'sectors'): Map<string, string> {
  const out = new Map<string, string>();
  if (value === undefined) return out;
  if (!isRecord(value)) throw new DataError('DATA_INVALID', `'${key}' must map a name to a list of nouns`, path);
  for (const [sector, nouns] of Object.entries(value)) {
    if (!Array.isArray(nouns)) throw new DataError('DATA_INVALID', `'${key}' entry '${sector}' must be a list of nouns`, path);
    // "=Gruppe": the noun itself only, not as the head of a compound ("Spitalgruppe").
    for (const n of nouns) out.set(String(n).startsWith('=') ? `=${String(n).slice(1)}` : String(n), sector);
  }
  return out;
}

/** The sector an organisation noun names, by the noun or its compound head. */
export function sectorOf(cues: CueLexicon, noun: string, head: string | undefined): string | undefined {
  return lookupNoun(cues.sectors, noun, head);
}

/** The size an organisation noun names ("Start-up", "Konzern"), by the noun or its compound head. */
export function scaleOf(cues: CueLexicon, noun: string, head: string | undefined): string | undefined {
  return lookupNoun(cues.scales, noun, head);
}

function lookupNoun(map: Map<string, string>, noun: string, head: string | undefined): string | undefined {
  const hit = map.get(noun) ?? map.get(`=${noun}`) ?? (head === undefined ? undefined : map.get(head));
  if (hit !== undefined) return hit;
  // "das ETH-Spin-off", "der Tech-Konzern": the part after the first hyphen, then after the last.
  const first = noun.indexOf('-');
  if (first <= 0) return undefined;
  return map.get(noun.slice(first + 1)) ?? map.get(noun.slice(noun.lastIndexOf('-') + 1));
}

export type CueKind = 'person' | 'organization' | 'product' | 'place';

/** A compound head that shows its first part is a name ("X-Chef", "X-Alternative"). */
export function revealsName(cues: CueLexicon, head: string): boolean {
  return cues.nameCompoundHeads.has(head) || cues.person.has(head) || cues.group.has(head) || cues.appositionNouns.has(head);
}

/** Whether a lower-case word of a name ends like a family's holding or foundation ("privatstiftung", "beteiligungen"). */
export function holdingWord(word: string, holdings: Set<string>): boolean {
  for (const h of holdings) if (word.endsWith(h)) return true;
  return false;
}

/** The class a cue noun gives, looked up by the noun itself, then by its compound head. */
export type Cue = { kind: CueKind; value: string; cls: string };
// Remembered by noun, then by head: keyed by the strings the tokens already
// hold, a lookup needs no new key string (and no hashing of one) per call.
const cueMemo = new WeakMap<CueLexicon, BoundedMap<string, Map<string | undefined, Cue | null>>>();

/** The memo of the cue lexicon asked last: a run asks one lexicon per language, so this spares the WeakMap lookup. */
let lastCues: CueLexicon | undefined;
let lastMemo: BoundedMap<string, Map<string | undefined, Cue | null>> | undefined;

export function cueFor(cues: CueLexicon, noun: string, head: string | undefined): Cue | undefined {
  let memo = cues === lastCues ? lastMemo : cueMemo.get(cues);
  if (memo === undefined) {
    memo = new BoundedMap<string, Map<string | undefined, Cue | null>>();
    cueMemo.set(cues, memo);
  }
  lastCues = cues;
  lastMemo = memo;
  let byHead = memo.get(noun);
  if (byHead === undefined) {
    byHead = new Map();
    memo.set(noun, byHead);
  }
  const hit = byHead.get(head);
  if (hit !== undefined) return hit ?? undefined;
  const cue = lookupCue(cues, noun, head);
  byHead.set(head, cue ?? null);
  return cue;
}

function lookupCue(cues: CueLexicon, noun: string, head: string | undefined): Cue | undefined {
  // A compound the lexicon cannot split still ends in its head: "Musikstreamingdienst".
  const suffix = head === undefined || head === noun ? cueSuffix(cues, noun) : undefined;
  // Lower case too: English cue nouns are lower case but start a sentence capitalised ("Spokesman X said").
  if (cues.notCues.has(noun)) return undefined;
  const lower = noun.toLowerCase();
  // "Tellerbote-Geschäftsführer": the whole part after the hyphen.
  const cut = noun.lastIndexOf('-');
  const tail = cut > 0 && cut < noun.length - 1 ? [noun.slice(cut + 1)] : [];
  // "Agrartechnik-Start-up": a cue that has a hyphen of its own.
  const first = noun.indexOf('-');
  if (first > 0 && first < cut) tail.push(noun.slice(first + 1));
  // Anglicisms take -s in the genitive and plural: "des Start-ups".
  if (cut > 0 && noun.endsWith('s')) tail.push(noun.slice(0, -1));
  for (const word of [noun, ...tail, ...(head !== undefined && head !== noun ? [head] : []), ...(suffix === undefined ? [] : [suffix]), ...(lower !== noun ? [lower] : [])]) {
    const role = cues.person.get(word);
    if (role !== undefined) return { kind: 'person', value: role, cls: 'Person' };
    // ("=Rat": the noun as a word of its own only, never the head of a compound.)
    const org = cues.organization.get(word) ?? (word === noun ? cues.organization.get(`=${noun}`) : undefined);
    if (org !== undefined) return { kind: 'organization', value: org, cls: org };
    const product = cues.product.get(word);
    if (product !== undefined) return { kind: 'product', value: product, cls: product };
    const place = cues.place.get(word);
    if (place !== undefined) return { kind: 'place', value: place, cls: place };
  }
  // "Bundesstrafgericht": a head the lexicon splits off ("Strafgericht") may itself end in a cue noun.
  if (head !== undefined && head !== noun) {
    const inner = cueSuffix(cues, head);
    if (inner !== undefined && !cues.notCues.has(head)) return lookupCue(cues, inner, undefined);
    // "Schienenfahrzeugbauer": a split whose head is no cue ("Bauer") may still end in a longer cue noun ("Fahrzeugbauer").
    const whole = cueSuffix(cues, noun);
    if (whole !== undefined && whole !== noun) return lookupCue(cues, whole, undefined);
  }
  return undefined;
}

/** Cue nouns by their lower case, for cueSuffix: the first in its order for each lower case, and the lengths there are, longest first. */
interface Suffixes {
  byLower: Map<string, string>;
  lengths: number[];
}

const suffixCache = new WeakMap<CueLexicon, Suffixes>();

/**
 * The longest cue noun (6+ letters, so that "…bank" names stay names) that a longer capitalised word ends with.
 * The word's endings of each length a cue noun has are looked up, longest first: the same answer as trying every
 * cue noun, longest first and in lexicon order, with endsWith (which cost a pass over all of them per new word).
 * Also the cue noun a compound the lexicon cannot split ends in ("Innenministerium" → "Ministerium").
 */
export function cueSuffix(cues: CueLexicon, word: string): string | undefined {
  let suffixes = suffixCache.get(cues);
  if (suffixes === undefined) {
    const keys = [...cues.person.keys(), ...cues.organization.keys(), ...cues.product.keys()]
      .filter((k) => k.length >= 6 && !k.includes('-'))
      .map((k): [string, string] => [k.toLowerCase(), k])
      .sort((a, b) => b[0].length - a[0].length);
    const byLower = new Map<string, string>();
    for (const [lower, original] of keys) if (!byLower.has(lower)) byLower.set(lower, original);
    suffixes = { byLower, lengths: [...new Set(keys.map(([lower]) => lower.length))] };
    suffixCache.set(cues, suffixes);
  }
  const lower = word.toLowerCase();
  if (!/^\p{Lu}/u.test(word) || word.includes('-')) return undefined;
  // At least two letters before the noun: "Ölkonzern", "Musikstreamingdienst".
  for (const n of suffixes.lengths) {
    if (lower.length < n + 2) continue;
    const original = suffixes.byLower.get(lower.slice(lower.length - n));
    if (original !== undefined) return original;
  }
  return undefined;
}
