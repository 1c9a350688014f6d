// Generates build/resources/en-spelled.tsv: the lower-case words of the US
// English spelling dictionary (@cspell/dict-en_us, from SCOWL; MIT), sorted by
// UTF-8 bytes for binary search. compromise's lexicon is small ("inflation",
// "revenue" are not in it), so a capitalised word opening a sentence could not
// be told from a name the text never writes elsewhere ("Brightloop sells …").
// The list only says that a word is an ordinary English word; words the
// dictionary spells in lower case only are kept (names are spelled capitalised).
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeSortedTable } from '../lib/sorted-table.mjs';
import { cspellWords } from '../lib/cspell-words.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

export default async function buildEnglishSpelling() {
  const words = new Set();
  for await (const w of cspellWords(root, '@cspell/dict-en_us', 'en_US.trie.gz')) {
    // Plain lower-case words (with inner hyphens or apostrophes): no names, no abbreviations.
    if (/^\p{Ll}[\p{Ll}'-]*$/u.test(w)) words.add(w);
  }
  const header = '# MIT, derived from @cspell/dict-en_us (SCOWL)\n';
  writeSortedTable(join(root, 'build', 'resources', 'en-spelled.tsv'), header, [...words].map((w) => [w, '1']));
}
