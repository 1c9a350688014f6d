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
  /** Offset of the last tab: a line after it has no key end of its own (see compareKey). */
  private readonly lastTab: number;

  constructor(path: string) {
    try {
      this.bytes = readFileSync(path);
    } catch {
      throw new DataError('RESOURCE_MISSING', 'generated resource missing; run `npm run build` (or `npm ci`)', path);
    }
    this.starts = readIndex(`${path}.idx`) ?? lineStarts(this.bytes);
    this.lastTab = this.bytes.lastIndexOf(TAB);
  }

  get size(): number {
    return this.starts.length;
  }

  get(key: string): string | undefined {
    const known = this.cache.get(key);
    if (known !== undefined || this.cache.has(key)) return known;
    const want = Buffer.from(key, 'utf8');
    let lo = 0;
    let hi = this.starts.length - 1;
    let found: string | undefined;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const start = this.starts[mid]!;
      const cmp = this.compareKey(start, want);
      if (cmp === 0) {
        const tab = this.bytes.indexOf(TAB, start);
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

  /**
   * The sign of `Buffer.compare(key, want)` for the key of the line at `start`
   * (its bytes up to the first tab). Compared in place: a subarray per step of
   * the binary search cost more than the comparison, and most forms the stages
   * ask about (compound parts, derived forms) are not in the table.
   */
  private compareKey(start: number, want: Uint8Array): number {
    const bytes = this.bytes;
    // No tab after the line: its key was what indexOf(TAB) = -1 made of it, all bytes but the last.
    if (start > this.lastTab) return Math.sign(Buffer.compare(bytes.subarray(start, -1), want));
    for (let i = start, j = 0; ; i++, j++) {
      const a = bytes[i]!;
      if (a === TAB) return j < want.length ? -1 : 0;
      if (j >= want.length) return 1;
      const b = want[j]!;
      if (a !== b) return a < b ? -1 : 1;
    }
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
