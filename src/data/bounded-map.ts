// A memo map that forgets everything when it grows past a limit. The
// pipeline memoises pure lookups (lexicon readings, gazetteer windows,
// compound heads); unbounded, those maps grow with every article a worker
// sees, and a corpus build's memory would grow with the corpus.
export class BoundedMap<K, V> extends Map<K, V> {
  constructor(private readonly limit = 10_000) {
    super();
  }

  override set(key: K, value: V): this {
    if (this.size >= this.limit && !this.has(key)) this.clear();
    return super.set(key, value);
  }
}
