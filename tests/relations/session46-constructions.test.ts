// Constructions of everyday agency news that session 46 found missing or
// misread, each on a short text written for this test with invented names.
import { describe, expect, it } from 'vitest';
import { analyse, triples } from './analyse.js';

describe('towns the gazetteer lacks', () => {
  it('reads any unknown word after a seat or a legal form and "in"/"aus" as a town ("mit Sitz in Landquart")', () => {
    const doc = analyse('Chur (sda) - Die Firma Mirola mit Sitz in Wolfratsgrün übernimmt einen Anteil an der Brisel Lifttechnik AG in Tarnquart. (sda, 3.4.2024)\n');
    expect(triples(doc)).toContain('Mirola locatedIn Wolfratsgrün');
    expect(triples(doc)).toContain('Brisel Lifttechnik AG locatedIn Tarnquart');
  });

  it('does not read a noun after a legal form and "in" as a town ("die Mirola AG in Gründung")', () => {
    const doc = analyse('Chur (sda) - Die Mirola AG in Gründung sucht für ihre neue Sesselbahn noch einen Geldgeber, sagte der Firmenchef am Montag. (sda, 3.4.2024)\n');
    expect(doc.entities.map((e) => e.label)).not.toContain('Gründung');
  });
});
