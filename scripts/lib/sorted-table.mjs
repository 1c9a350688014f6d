// Writes a "key<TAB>value" table sorted by UTF-8 bytes (the order the runtime's
// binary search compares in, src/lexicon/sorted-table.ts) with a header comment,
// and beside it the index of its data lines' offsets (<file>.idx), so that
// loading needs no scan.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export function writeSortedTable(file, header, lines) {
  mkdirSync(dirname(file), { recursive: true });
  // (Each key encoded once, not at every comparison.)
  const keyed = lines.map((line) => [Buffer.from(line[0], 'utf8'), line]);
  keyed.sort((a, b) => Buffer.compare(a[0], b[0]));
  keyed.forEach(([, line], i) => (lines[i] = line));
  const text = header + lines.map(([k, v]) => `${k}\t${v}`).join('\n') + '\n';
  writeFileSync(file, text);
  const bytes = Buffer.from(text, 'utf8');
  const starts = [];
  for (let at = 0; at < bytes.length; ) {
    let nl = bytes.indexOf(10, at);
    if (nl < 0) nl = bytes.length;
    if (nl > at && bytes[at] !== 35) starts.push(at);
    at = nl + 1;
  }
  writeFileSync(`${file}.idx`, Buffer.from(Uint32Array.from(starts).buffer));
}
