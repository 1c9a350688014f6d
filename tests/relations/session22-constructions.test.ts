// Constructions of everyday agency news that session 22 found missing or
// misread, each on a short text written for this test with invented names.
import { describe, expect, it } from 'vitest';
import { analyse, triples } from './analyse.js';

describe('German words the dictionary lacks', () => {
  it('reads a noun made of a particle verb ("Herausgabe", "Weitergabe") as a noun, no name', () => {
    const doc = analyse('Kassel (dpa) - Die Stadt fordert die Herausgabe von Fahrdaten. Die Weitergabe der Daten an Dritte sei verboten. (dpa, 4.3.2025)\n');
    const names = doc.entities.filter((e) => !e.unnamed).map((e) => e.label);
    expect(names).not.toContain('Herausgabe');
    expect(names).not.toContain('Weitergabe');
  });

  it('takes no umlaut plural of a noun whose plural is its singular: "die Brauerei Köffer" is a firm, not "Koffer"', () => {
    const t = triples(analyse('Bamberg (dpa) - Der Münchner Fonds Halvor Capital kauft die Brauerei Köffer. (dpa, 4.3.2025)\n'));
    expect(t).toContain('Halvor Capital acquired Köffer');
  });
});
