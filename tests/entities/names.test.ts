import { describe, expect, it } from 'vitest';
import { isFirstName, isNameParticle, splitNameParticle } from '../../src/entities/names.js';

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
