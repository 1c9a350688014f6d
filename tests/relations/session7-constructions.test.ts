// Constructions of everyday agency news that session 7 found missing or
// misread, each on a short text written for this test with invented names.
import { describe, expect, it } from 'vitest';
import { analyse, triples } from './analyse.js';

describe('institutions named by their place', () => {
  it('makes the place inside "die Staatsanwaltschaft Bamberg" an entity and the seat of the institution', () => {
    const doc = analyse('Bamberg – Die Ermittlungen gegen die Firma Holmag führt die Generalstaatsanwaltschaft Bamberg. (dpa, 1.2.2025)\n');
    const t = triples(doc);
    expect(doc.entities.find((e) => e.label === 'Generalstaatsanwaltschaft Bamberg')).toBeDefined();
    expect(t).toContain('Generalstaatsanwaltschaft Bamberg locatedIn Bamberg');
  });

  it('keeps the place apart from the institution, also for a university and a court with a chamber number', () => {
    const doc = analyse(
      'Berlin – Das Landgericht München I wies die Klage der Firma Holmag ab. Ein Forscher der Universität Göttingen hatte sie unterstützt. (dpa, 1.2.2025)\n',
    );
    const t = triples(doc);
    expect(t).toContain('Landgericht München I locatedIn Munich');
    expect(t).toContain('Universität Göttingen locatedIn Göttingen');
    const goettingen = doc.entities.find((e) => e.label === 'Göttingen');
    expect(goettingen?.type).not.toBe('Organization');
  });
});
