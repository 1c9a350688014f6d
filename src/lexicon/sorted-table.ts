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
  /**
   * The first four bytes of each line's key as one number (see keyPrefix), each filled in when a search first
   * reaches its line (computing all of them up front cost the cold start tens of milliseconds).
   */
  private prefixes: Uint32Array | undefined;

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
    // The key's UTF-8 bytes, in a buffer kept for all lookups (Buffer.from made one per lookup).
    if (scratch.length < key.length * 3) scratch = new Uint8Array(key.length * 3);
    const want = scratch;
    const length = encoder.encodeInto(key, want).written;
    // Most steps of the search are decided by the first bytes of the keys, read from one compact array: the line
    // itself, somewhere in megabytes of table, is read only when those are equal. (Not for a key with a zero byte
    // among them, which the padding of shorter keys would not tell apart.)
    const prefixes = (this.prefixes ??= new Uint32Array(this.starts.length));
    const wantPrefix = hasZeroByte(want, Math.min(4, length)) ? -1 : keyPrefix(want, 0, length);
    let lo = 0;
    let hi = this.starts.length - 1;
    let found: string | undefined;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      let prefix = prefixes[mid]!;
      if (prefix === UNKNOWN_PREFIX) prefixes[mid] = prefix = this.keyPrefixAt(this.starts[mid]!);
      const cmp = wantPrefix >= 0 && prefix !== wantPrefix ? (prefix < wantPrefix ? -1 : 1) : this.compareKey(this.starts[mid]!, want, length);
      if (cmp === 0) {
        const start = this.starts[mid]!;
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

  /** keyPrefix of the key of the line at `start`, which ends at the first tab after it (see compareKey). */
  private keyPrefixAt(start: number): number {
    // (The line after the last tab: its key is all bytes but the last.)
    const end = start > this.lastTab ? this.bytes.length - 1 : keyEnd(this.bytes, start);
    return keyPrefix(this.bytes, start, end);
  }

  /**
   * The sign of `Buffer.compare(key, want)` (its first `length` bytes) for the key of the line at `start`
   * (its bytes up to the first tab). Compared in place: a subarray per step of
   * the binary search cost more than the comparison, and most forms the stages
   * ask about (compound parts, derived forms) are not in the table.
   */
  private compareKey(start: number, want: Uint8Array, length: number): number {
    const bytes = this.bytes;
    // No tab after the line: its key was what indexOf(TAB) = -1 made of it, all bytes but the last.
    if (start > this.lastTab) return Math.sign(Buffer.compare(bytes.subarray(start, -1), want.subarray(0, length)));
    for (let i = start, j = 0; ; i++, j++) {
      const a = bytes[i]!;
      if (a === TAB) return j < length ? -1 : 0;
      if (j >= length) return 1;
      const b = want[j]!;
      if (a !== b) return a < b ? -1 : 1;
    }
  }
}

/**
 * A prefix not yet computed: zero, what a new array holds. An empty key (or one of zero bytes, which no word has)
 * has prefix zero too and is computed again on every visit: slower, never wrong.
 */
const UNKNOWN_PREFIX = 0;

const encoder = new TextEncoder();
let scratch = new Uint8Array(256);

function hasZeroByte(bytes: Uint8Array, length: number): boolean {
  for (let i = 0; i < length; i++) if (bytes[i] === 0) return true;
  return false;
}

/** Where the key from `start` ends: at the first tab, looked for among its first four bytes only (keyPrefix reads no more). */
function keyEnd(bytes: Uint8Array, start: number): number {
  for (let i = start; i < start + 4; i++) if (bytes[i] === TAB) return i;
  return start + 4;
}

/**
 * The first four bytes of bytes[start, end) as a big-endian number, zero-padded: two keys whose numbers differ
 * compare as their numbers do (a shorter key pads with zero, below any byte of a longer one); equal numbers
 * say nothing, and the keys are compared in full.
 */
function keyPrefix(bytes: Uint8Array, start: number, end: number): number {
  let prefix = 0;
  for (let i = start; i < start + 4; i++) prefix = prefix * 256 + (i < end ? bytes[i]! : 0);
  return prefix;
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

/** The line offsets the build wrote beside a file (<file>.idx), or undefined. */
export function readIndex(path: string): Uint32Array | undefined {
  try {
    const b = readFileSync(path);
    return new Uint32Array(b.buffer, b.byteOffset, b.byteLength / 4).slice();
  } catch {
    return undefined;
  }
}
