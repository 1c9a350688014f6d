// A read-only table of "key<TAB>value" lines sorted by key (code-point order),
// searched by binary search over the raw UTF-8 bytes: loading costs one file
// read plus, when the build wrote one, a ready-made index of line offsets
// (<file>.idx); nothing is decoded until a line is found. This keeps the cold
// start of `kg` short.
import { readFileSync } from 'node:fs';
import { DataError } from '../errors.js';
import { BoundedMap } from '../data/bounded-map.js';

const TAB = 9;
const NEWLINE = 10;
const HASH = 35;

export class SortedTable {
  private readonly bytes: Buffer;
  private readonly starts: Uint32Array;
  private readonly cache = new BoundedMap<string, string | undefined>();

  constructor(path: string) {
    try {
      this.bytes = readFileSync(path);
    } catch {
      throw new DataError('RESOURCE_MISSING', 'generated resource missing; run `npm run build` (or `npm ci`)', path);
    }
    this.starts = readIndex(`${path}.idx`) ?? lineStarts(this.bytes);
  }

  get size(): number {
    return this.starts.length;
  }

  get(key: string): string | undefined {
    if (this.cache.has(key)) return this.cache.get(key);
    const want = Buffer.from(key, 'utf8');
    let lo = 0;
    let hi = this.starts.length - 1;
    let found: string | undefined;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const start = this.starts[mid]!;
      const tab = this.bytes.indexOf(TAB, start);
      const cmp = Buffer.compare(this.bytes.subarray(start, tab), want);
      if (cmp === 0) {
        const nl = this.bytes.indexOf(NEWLINE, tab);
        found = this.bytes.toString('utf8', tab + 1, nl < 0 ? this.bytes.length : nl);
        break;
      }
      if (cmp < 0) lo = mid + 1;
      else hi = mid - 1;
    }
    this.cache.set(key, found);
    return found;
  }
}

/** Offsets of the data lines (not comments) of a table. */
export function lineStarts(bytes: Uint8Array): Uint32Array {
  const starts: number[] = [];
  let at = 0;
  while (at < bytes.length) {
    let nl = bytes.indexOf(NEWLINE, at);
    if (nl < 0) nl = bytes.length;
    if (nl > at && bytes[at] !== HASH) starts.push(at);
    at = nl + 1;
  }
  return Uint32Array.from(starts);
}

function readIndex(path: string): Uint32Array | undefined {
  try {
    const b = readFileSync(path);
    return new Uint32Array(b.buffer, b.byteOffset, b.byteLength / 4).slice();
  } catch {
    return undefined;
  }
}
