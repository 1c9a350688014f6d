// Turns the bytes of an input file into text: BOM detection (UTF-8, UTF-16),
// strict UTF-8 with a Windows-1252 fallback, and refusal of binary files.
// The only change ever made to the text is dropping the BOM.
import { InputError } from '../errors.js';

export interface Decoded {
  text: string;
  encoding: string;
  warnings: string[];
}

const SNIFF_BYTES = 8 * 1024;
/** Share of control bytes above which a file is taken as binary. */
const MAX_CONTROL_SHARE = 0.1;

// Node 20's TextDecoder('windows-1252') decodes 0x80–0x9F as Latin-1 C1
// controls, so the typographic quotes, dashes and € of Windows-1252 are mapped here.
const CP1252_HIGH: Record<number, string> = {
  0x80: '€', 0x82: '‚', 0x83: 'ƒ', 0x84: '„', 0x85: '…', 0x86: '†', 0x87: '‡', 0x88: 'ˆ', 0x89: '‰',
  0x8a: 'Š', 0x8b: '‹', 0x8c: 'Œ', 0x8e: 'Ž', 0x91: '‘', 0x92: '’', 0x93: '“', 0x94: '”', 0x95: '•',
  0x96: '–', 0x97: '—', 0x98: '˜', 0x99: '™', 0x9a: 'š', 0x9b: '›', 0x9c: 'œ', 0x9e: 'ž', 0x9f: 'Ÿ',
};

export function decodeWindows1252(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    .toString('latin1')
    .replace(/[\x80-\x9f]/g, (c) => CP1252_HIGH[c.charCodeAt(0)] ?? c);
}

/** NUL bytes or many control characters near the start mean the file is not text. */
export function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, SNIFF_BYTES);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d && b !== 0x1b) || b === 0x7f) control++;
  }
  return n > 0 && control / n > MAX_CONTROL_SHARE;
}

export function decode(bytes: Uint8Array, fileName: string): Decoded {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le', warnings: [] };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be', warnings: [] };
  }
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  if (looksBinary(body)) {
    throw new InputError('INPUT_BINARY', 'looks like a binary file, not text; kg reads plain-text articles (.txt, .md)', fileName);
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body), encoding: 'utf-8', warnings: [] };
  } catch {
    return {
      text: decodeWindows1252(body),
      encoding: 'windows-1252',
      warnings: [`${fileName}: not valid UTF-8, decoded as Windows-1252`],
    };
  }
}
