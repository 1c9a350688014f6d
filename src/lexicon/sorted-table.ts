// A read-only table of "key<TAB>value" lines sorted by key, searched by
// binary search over line offsets: loading costs one file read and one scan,
// not a parse of every entry, which keeps the cold start of `kg` short.
import { readFileSync } from 'node:fs';
import { DataError } from '../errors.js';

export class SortedTable {
  private readonly text: string;
  private readonly starts: Uint32Array;
  private readonly cache = new Map<string, string | undefined>();

  constructor(path: string) {
    try {
      this.text = readFileSync(path, 'utf8');
    } catch {
      throw new DataError('RESOURCE_MISSING', 'generated resource missing; run `npm run build` (or `npm ci`)', path);
    }
    const starts: number[] = [];
    let at = 0;
    while (at < this.text.length) {
      const nl = this.text.indexOf('\n', at);
      const end = nl < 0 ? this.text.length : nl;
      if (end > at && this.text.charCodeAt(at) !== 35 /* # */) starts.push(at);
      at = end + 1;
    }
    this.starts = Uint32Array.from(starts);
  }

  get size(): number {
    return this.starts.length;
  }

  get(key: string): string | undefined {
    if (this.cache.has(key)) return this.cache.get(key);
    let lo = 0;
    let hi = this.starts.length - 1;
    let found: string | undefined;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const start = this.starts[mid]!;
      const tab = this.text.indexOf('\t', start);
      const k = this.text.slice(start, tab);
      if (k === key) {
        const nl = this.text.indexOf('\n', tab);
        found = this.text.slice(tab + 1, nl < 0 ? undefined : nl);
        break;
      }
      if (k < key) lo = mid + 1;
      else hi = mid - 1;
    }
    this.cache.set(key, found);
    return found;
  }
}
