// Names of everyday English news that session 62 found misread, each on a
// short text written for this test with invented names.
import { describe, expect, it } from 'vitest';
import { analyse } from '../relations/analyse.js';

describe('English number words and place nouns inside organisation names', () => {
  it('reads "Two University of Michigan researchers" without the number in the name', () => {
    const doc = analyse('ANN ARBOR, Mich. (AP) — Two University of Michigan researchers have founded Grantley Robotics. (AP, April 9, 2024)\n');
    const labels = doc.entities.map((e) => e.label);
    expect(labels).toContain('University of Michigan');
    expect(labels).not.toContain('Two University of Michigan');
  });
  it('does not read "Kelbridge’s City Council" as a town named "Council"', () => {
    const doc = analyse('KELBRIDGE, Va. (AP) — Kelbridge\'s City Council voted 6-3 on Tuesday to ban scooters. Cycling groups criticized the council. (AP, September 13, 2023)\n');
    expect(doc.entities.filter((e) => e.label === 'Council' && e.type === 'City')).toEqual([]);
  });
});
