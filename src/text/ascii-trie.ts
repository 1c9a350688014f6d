// A lookup of lower-case ASCII words by the characters of a stretch of text,
// without cutting the stretch out or lower-casing it: language detection looks
// up every short word of every article's beginning in the stopword lists, and
// a new string per word (the slice, then its lower case) cost more than the
// lookup. For a stretch of ASCII letters `find` answers exactly what
// `map.get(text.slice(start, end).toLowerCase())` would, since lower-casing
// ASCII letters is per character; any other stretch is left to that call.
const LETTERS = 26;

export class AsciiWordTrie<T> {
  /** Per node, the child node of each letter a–z (0: none; node 0 is the root, never a child). */
  private next = new Int32Array(LETTERS);
  private values: Array<T | undefined> = [undefined];

  /** `entries`: the words (any that are not all a–z can never be found this way, and are left out). */
  constructor(entries: Iterable<[string, T]>) {
    for (const [word, value] of entries) {
      if (!/^[a-z]+$/.test(word)) continue;
      let node = 0;
      for (let i = 0; i < word.length; i++) {
        const slot = node * LETTERS + word.charCodeAt(i) - 97;
        let child = this.next[slot]!;
        if (child === 0) {
          child = this.values.length;
          this.values.push(undefined);
          if ((child + 1) * LETTERS > this.next.length) {
            const grown = new Int32Array(Math.max(this.next.length * 2, (child + 1) * LETTERS));
            grown.set(this.next);
            this.next = grown;
          }
          this.next[slot] = child;
        }
        node = child;
      }
      this.values[node] = value;
    }
  }

  /**
   * The value of the word text[start, end) lower-cased; undefined when there is
   * none; null when the stretch holds anything but ASCII letters (ask the map).
   */
  find(text: string, start: number, end: number): T | undefined | null {
    let node = 0;
    let missing = false;
    for (let i = start; i < end; i++) {
      let c = text.charCodeAt(i);
      if (c >= 65 && c <= 90) c += 32;
      else if (c < 97 || c > 122) return null;
      // Keep scanning after a miss: a later character that is no ASCII letter still hands the word to the map.
      if (missing) continue;
      node = this.next[node * LETTERS + c - 97]!;
      if (node === 0) missing = true;
    }
    return missing ? undefined : this.values[node];
  }
}
