import { describe, expect, it } from 'vitest';
import { firstNameGender, isFirstName, isNameParticle, SortedLines, splitNameParticle } from '../../src/entities/names.js';

describe('isFirstName', () => {
  it('knows German and English first names', () => {
    expect(isFirstName('Jan')).toBe(true);
    expect(isFirstName('Ursula', 'de')).toBe(true);
    expect(isFirstName('Michael', 'en')).toBe(true);
    expect(isFirstName('Hans-Peter')).toBe(true);
  });

  it('needs a capitalised word that is not a common word or a known place', () => {
    expect(isFirstName('jan')).toBe(false);
    expect(isFirstName('JAN')).toBe(false);
    expect(isFirstName('Paris')).toBe(false);
    expect(isFirstName('Apple')).toBe(false);
    expect(isFirstName('Bank')).toBe(false);
    expect(isFirstName('Alle')).toBe(false);
  });
});

describe('name particles', () => {
  it('accepts particles, capitalised only where a surname can start with them', () => {
    for (const w of ['von', 'van', 'der', 'bin', 'Van', 'De']) expect(isNameParticle(w), w).toBe(true);
    for (const w of ['Der', 'Das', 'Müller', 'und']) expect(isNameParticle(w), w).toBe(false);
  });

  it('splits hyphenated prefixes', () => {
    expect(splitNameParticle('al-Assad')).toEqual({ particle: 'al-', rest: 'Assad' });
    expect(splitNameParticle('Alster')).toBeUndefined();
    expect(splitNameParticle('al-')).toBeUndefined();
  });
});

describe('SortedLines (first-name lists searched in place)', () => {
  const keys = ['', 'a', 'ab', 'ab-c', 'abc', "d'or", 'zoë', 'zz'];

  it('finds every line of a sorted list and nothing else, at both ends and in between', () => {
    const list = new SortedLines(keys.join('\n'));
    for (const k of keys) expect(list.has(k), k).toBe(true);
    for (const k of ['aa', 'abd', 'b', 'z', 'zzz', 'Ab', 'zoe', '\uffff', 'a\tm']) expect(list.has(k), k).toBe(false);
    const one = new SortedLines('anna');
    expect(one.has('anna')).toBe(true);
    expect(one.has('ann')).toBe(false);
    expect(new SortedLines('').has('x')).toBe(false);
  });

  it('reads the value after the key as a Map of its lines would, against a thousand random lists', () => {
    let seed = 7;
    const rnd = (n: number): number => (seed = (seed * 1103515245 + 12345) % 2147483648) % n;
    for (let round = 0; round < 1000; round++) {
      const map = new Map<string, string>();
      const size = rnd(12);
      for (let i = 0; i < size; i++) map.set('abc'.slice(0, 1 + rnd(3)) + 'xyz'[rnd(3)]!.repeat(rnd(3)), 'mf'[rnd(2)]!);
      const text = [...map].map(([k, v]) => `${k}\t${v}`).sort().join('\n');
      const list = new SortedLines(text);
      for (const probe of ['a', 'b', 'c', 'ax', 'axx', 'by', 'cz', 'czz', 'bx', '', 'd']) expect(list.value(probe), `${text} ${probe}`).toBe(map.get(probe));
    }
  });

  it('gives the genders of the packaged lists', () => {
    expect(firstNameGender('Leonore')).toBe('f');
    expect(firstNameGender('Hans-Peter')).toBe('m');
    expect(firstNameGender('Bank')).toBeUndefined();
  });
});
