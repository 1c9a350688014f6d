// Words of a cspell dictionary package's trie (cspell-trie-lib 9.8). The
// packages export no paths; their data file sits in the installed package.
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';

export async function* cspellWords(root, pkg, file) {
  const { importTrie, iteratorTrieWords } = await import('cspell-trie-lib');
  const trie = importTrie(gunzipSync(readFileSync(join(root, 'node_modules', ...pkg.split('/'), file))).toString('utf8').split('\n'));
  yield* iteratorTrieWords(trie);
}
