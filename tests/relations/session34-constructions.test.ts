// Constructions of everyday agency news that session 34 found missing or
// misread, each on a short text written for this test with invented names.
import { describe, expect, it } from 'vitest';
import { analyse, triples } from './analyse.js';

describe('English seats in an apposition', () => {
  it('reads "a Miami-based fund that …" with the fund as a noun', () => {
    const doc = analyse('MIAMI, May 2 (Reuters) - Existing investor Tarlow Bay Capital, a Miami-based fund that backs young companies, also joined the round.\n');
    expect(triples(doc)).toContain('Tarlow Bay Capital locatedIn Miami');
  });

  it('places a firm "registered in" or "incorporated in" a country', () => {
    const doc = analyse(
      'LONDON, May 2 (Reuters) - The suit names Quorvane Digital Ltd, a company registered in the Seychelles, and Belvix Holdings Inc, which is incorporated in Delaware.\n',
    );
    const t = triples(doc);
    expect(t).toContain('Quorvane Digital Ltd locatedIn Seychelles');
    expect(t).toContain('Belvix Holdings Inc locatedIn Delaware');
  });
});
