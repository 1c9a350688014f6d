import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '../../src/entities/gazetteer.js';
import { startFilter } from '../../src/entities/gazetteer-starts.js';

const gaz = loadGazetteer();

describe('words that can open a known name', () => {
  it('says yes for the first words of listed names, in any spacing the keys allow', () => {
    for (const w of ['Lidl', 'Frankreich', 'Vereinigte', 'U.S.', 'New']) expect(gaz.mayStart(w), w).toBe(true);
  });

  it('says no where the longest match finds nothing from that word', () => {
    const words = ['Behörde', 'Gericht', 'Strafe', 'xyzzy', 'Die', 'Quuxwerk'];
    // Checked against the lookups themselves, which do not use the filter.
    for (const w of words) {
      if (gaz.mayStart(w)) continue;
      for (const rest of [[], ['Group'], ['Group', 'AG'], ['&', 'Co'], ['-', 'Werke']]) expect(gaz.lookup([w, ...rest].join(' ')), w).toEqual([]);
    }
    expect(words.some((w) => !gaz.mayStart(w))).toBe(true);
  });

  it('follows the keys: joined by punctuation, lower case, loose endings', () => {
    const f = startFilter({ exact: ['AT&T', 'Foo'], lower: ['acme corp', 'e-on'], loose: ['deutsch bank'] });
    expect(f('AT')).toBe(true); // "AT & T"
    expect(f('Foo')).toBe(true);
    expect(f('ACME')).toBe(true);
    expect(f('E')).toBe(true); // "E - ON" → "E-ON"
    expect(f('Deutschen')).toBe(true); // looseKey cuts the ending
    expect(f('Deutsch')).toBe(true);
    expect(f('Bank')).toBe(false);
    expect(f('Fo')).toBe(false);
    // NFKC may make a space: no safe prefix, so yes.
    expect(f('\u00a8')).toBe(true);
  });

  it('asks a listing of starts too, with the prefix each set keeps', () => {
    const asked: string[] = [];
    const listed = (set: string, prefix: string): boolean => {
      asked.push(`${set}:${prefix}`);
      return (set === 'exact' && prefix === 'Quux') || (set === 'loose' && prefix === 'nord');
    };
    const f = startFilter({ exact: [], lower: [], loose: [] }, listed);
    expect(f('Quux')).toBe(true);
    expect(f('Norden')).toBe(true); // the loose set is asked with the ending cut
    expect(f('Zorp')).toBe(false);
    expect(asked).toContain('lower:zorp');
  });
});
