// The sorted table finds keys by binary search over bytes, with or without a
// prebuilt line index, including keys with umlauts and ß.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SortedTable, lineStarts } from '../../src/lexicon/sorted-table.js';
import { loadGermanLexicon } from '../../src/lexicon/de-lexicon.js';

const keys = ['Apfel', 'Bär', 'Straße', 'Zug', 'abend', 'über', 'ölig'];
const text = `# comment line\n${[...keys].sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b))).map((k) => `${k}\tv-${k}`).join('\n')}\n`;

describe('SortedTable', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kg-table-'));
  const file = join(dir, 't.tsv');
  writeFileSync(file, text);

  it('finds every key without an index file', () => {
    const t = new SortedTable(file);
    expect(t.size).toBe(keys.length);
    for (const k of keys) expect(t.get(k)).toBe(`v-${k}`);
    expect(t.get('Baer')).toBeUndefined();
    expect(t.get('')).toBeUndefined();
  });

  it('uses a prebuilt index of line offsets', () => {
    const file2 = join(dir, 'u.tsv');
    writeFileSync(file2, text);
    writeFileSync(`${file2}.idx`, Buffer.from(lineStarts(Buffer.from(text)).buffer));
    const t = new SortedTable(file2);
    for (const k of keys) expect(t.get(k)).toBe(`v-${k}`);
  });

  it('serves the generated German lexicon', () => {
    const lex = loadGermanLexicon();
    expect(lex.noun('Konzerns')[0]?.lemma).toBe('Konzern');
    expect(lex.verb('übernimmt').some((r) => r.lemma === 'übernehmen' && r.finite)).toBe(true);
    expect(lex.verb('habe').some((r) => r.subjunctive1)).toBe(true);
    expect(lex.verb('kündigte').some((r) => r.lemma === 'ankündigen' && r.particle === 'an')).toBe(true);
    expect(lex.verb('gegründet').some((r) => r.lemma === 'gründen' && r.participle)).toBe(true);
  });
});
