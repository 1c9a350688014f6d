// Constructions of everyday agency news that session 40 found missing or
// misread, each on a short text written for this test with invented names.
import { describe, expect, it } from 'vitest';
import { analyse, triples } from './analyse.js';

describe('parties', () => {
  it('reads "(Linke)" after a person as the party, though "Linke" alone is only a weak name', () => {
    const doc = analyse(
      'Kiel (dpa) - Senatorin Eva Brock (Linke) begrüßte den Plan, wie die Behörde mitteilte. (dpa, 3.4.2024)\n',
    );
    expect(triples(doc)).toContain('Eva Brock memberOf Die Linke');
  });

  it('takes no party from a bracketed word that several parties go by ("(Sozialdemokraten)" in SPD, SPÖ and SP)', () => {
    const doc = analyse(
      'Kiel (dpa) - Stadtrat Jonas Feld (Sozialdemokraten) begrüßte den Plan, wie die Behörde mitteilte. (dpa, 3.4.2024)\n',
    );
    expect(doc.relations.filter((r) => r.predicate === 'memberOf')).toEqual([]);
  });
});
