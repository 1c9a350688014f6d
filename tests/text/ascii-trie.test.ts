import { describe, expect, it } from 'vitest';
import { AsciiWordTrie } from '../../src/text/ascii-trie.js';

describe('ASCII word trie', () => {
  const words = new Map([['der', 1], ['die', 2], ['the', 3], ['für', 4], ['Und', 5]]);
  const trie = new AsciiWordTrie(words);
  const get = (text: string) => words.get(text.toLowerCase());

  it('finds what the map finds for a stretch of ASCII letters, in any case', () => {
    for (const w of ['der', 'DER', 'Die', 'the', 'de', 'dies', 'x', 'und']) expect(trie.find(` ${w} `, 1, w.length + 1), w).toBe(get(w));
  });

  it('leaves any other stretch to the map', () => {
    for (const w of ['für', 'FÜR', 'dér', 'de-r', '\u212A']) expect(trie.find(w, 0, w.length), w).toBeNull();
  });
});
