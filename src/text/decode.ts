// Turns file bytes into text: refuses binary data, strips a UTF-8 BOM, decodes
// UTF-16 with a BOM, and falls back to Windows-1252 (with a warning) for bytes
// that are not valid UTF-8. The decoded text is never otherwise changed:
// every offset kg writes refers to it.
import { InputError } from '../errors.js';

export interface Decoded {
  text: string;
  encoding: string;
  warning?: string;
}

/** NUL bytes, or many control characters in the first 8 KB, mean binary data. */
export function looksBinary(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 8192);
  if (head.length >= 2 && ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff))) return false;
  let control = 0;
  for (const b of head) {
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return head.length > 0 && control / head.length > 0.05;
}

export function decode(bytes: Uint8Array, fileName: string): Decoded {
  if (looksBinary(bytes)) throw new InputError('INPUT_BINARY', 'looks like a binary file, not an article (expected UTF-8 or Windows-1252 text)', fileName);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(start)), encoding: 'utf-8' };
  } catch {
    return {
      text: new TextDecoder('windows-1252').decode(bytes),
      encoding: 'windows-1252',
      warning: `${fileName}: not valid UTF-8, decoded as Windows-1252`,
    };
  }
}
