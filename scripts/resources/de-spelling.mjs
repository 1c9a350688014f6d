// Generates build/resources/de-spelled.tsv: the capitalised words of the
// German spelling dictionary (@cspell/dict-de-de, from igerman98; LGPL-3.0),
// sorted by UTF-8 bytes for binary search, with a line index. The morphology
// tables (de-lexicon.mjs) miss many everyday nouns and most of their plurals
// ("Schwund", "Abonnenten", "Löhne", "Gewahrsam"); without this list the
// tagger takes such words for names. The list has no morphology: it only
// says that a capitalised word is an ordinary German word. It also spells
// names (cities, first names, brands); the tagger asks the gazetteer and the
// first-name lists before it asks this list.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeSortedTable } from '../lib/sorted-table.mjs';
import { cspellWords } from '../lib/cspell-words.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

const NOUN_ENDINGS = ['e', 'en', 'n', 'es', 'nen', 'se', 'sen'];
const UNUMLAUT = { ä: 'a', ö: 'o', ü: 'u', äu: 'au' };

export default async function buildGermanSpelling() {
  const all = new Set();
  for await (const w of cspellWords(root, '@cspell/dict-de-de', 'de_DE.trie.gz')) {
    // Capitalised words without digits or dots: nouns and names.
    if (/^\p{Lu}[\p{L}-]*$/u.test(w) && /\p{Ll}/u.test(w)) all.add(w);
  }
  // The dictionary spells names too (Unilever, Zwettl, Telekom). A common noun shows itself by its
  // inflection: another form of it is spelled too ("Abonnent"/"Abonnenten", "Lohn"/"Löhne"); a name has
  // at most its genitive in -s. Words of origin in -er are no evidence ("Berlin"/"Berliner").
  const inflected = (w) => {
    for (const s of NOUN_ENDINGS) {
      if (all.has(w + s) || (w.endsWith(s) && w.length > s.length + 2 && all.has(w.slice(0, -s.length)))) return true;
    }
    const umlaut = /^(.*?)(äu|ä|ö|ü)([^aeiouäöü]*)(e|er|en|ern)$/.exec(w);
    return umlaut !== null && all.has(umlaut[1] + UNUMLAUT[umlaut[2]] + umlaut[3]);
  };
  // English loanwords have their plural in -s, like a name its genitive ("Ticket"/"Tickets"): a word the
  // English dictionary spells in lower case ("ticket") is a common noun all the same.
  const english = new Set();
  for await (const w of cspellWords(root, '@cspell/dict-en_us', 'en_US.trie.gz')) if (/^\p{Ll}+$/u.test(w)) english.add(w);
  const singular = (w) => all.has(w + 's') && w.length >= 4 && english.has(w.toLowerCase());
  const loanword = (w) => singular(w) || (w.endsWith('s') && singular(w.slice(0, -1)));
  const firstNames = new Set();
  const names = join(root, 'node_modules', 'gender-detection-from-name', 'names');
  for (const lang of ['de', 'en', 'es', 'fr', 'it', 'tr']) {
    for (const m of readFileSync(join(names, `${lang}.js`), 'utf8').matchAll(/\['([^']+)',/g)) firstNames.add(m[1].toLowerCase());
  }
  const words = [...all].filter((w) => (inflected(w) || loanword(w)) && !firstNames.has(w.toLowerCase()));
  const header = '# LGPL-3.0, derived from @cspell/dict-de-de (igerman98)\n';
  writeSortedTable(join(root, 'build', 'resources', 'de-spelled.tsv'), header, words.map((w) => [w, '1']));
}
