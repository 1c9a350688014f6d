// Constructions of everyday agency news that session 57 found missing or
// misread, each on a short text written for this test with invented names.
import { describe, expect, it } from 'vitest';
import { analyse, triples } from './analyse.js';

describe('German participle phrases after a name', () => {
  it('reads "X, 2019 vom Konzern Y übernommen, baut …" and "X, 2014 von A in B gegründet, …" as passives about X', () => {
    const doc = analyse('Tartu (dpa) - Die Firma Ternwald, 2019 vom Konzern Brakhane übernommen, baut Sensoren. Die Firma Kelmfors, 2014 von Jaan Olvesund in Tartu gegründet, entwickelt Software. (dpa, 5.6.2025)\n');
    const t = triples(doc);
    expect(t).toContain('Brakhane acquired Ternwald');
    expect(t).toContain('Jaan Olvesund founded Kelmfors');
    expect(t).toContain('Kelmfors foundedIn 2014');
    expect(t).toContain('Kelmfors locatedIn Tartu');
  });

  it('leaves a relative clause and an apposition inside a clause to their own readings', () => {
    const doc = analyse('Tallinn (dpa) - Die Firma Ternwald, die zum Konzern Brakhane gehört, baut Sensoren. Das Gericht habe die Vorinstanz, das Landgericht Tartu, korrigiert, kritisierte Olvesund. (dpa, 5.6.2025)\n');
    const t = triples(doc);
    expect(t).toContain('Ternwald subsidiaryOf Brakhane');
    expect(t.filter((x) => x.startsWith('Landgericht Tartu criticized'))).toEqual([]);
    expect(t).toContain('Olvesund criticized Gericht');
  });
});
