// Constructions of everyday agency news that session 52 found missing or
// misread, each on a short text written for this test with invented names.
import { describe, expect, it } from 'vitest';
import { analyse, entityOf, triples } from './analyse.js';

describe('abbreviations in capitals that spell a closed-class word', () => {
  it('reads "Indian IT services company X" as a firm from India, and makes no entity of "IT"', () => {
    const doc = analyse('PUNE, March 3 (Reuters) - Indian IT services company Vardhelo Systems said on Tuesday it had won the contract. Corvistan, a Kolkata-based IT contractor, lost it. (Reuters, 2025-03-03)\n');
    const t = triples(doc);
    expect(t).toContain('Vardhelo Systems locatedIn India');
    expect(doc.entities.map((e) => e.label)).not.toContain('IT');
  });

  it('reads "IT firms" at a sentence start as a plural noun, not a name', () => {
    const doc = analyse('LONDON (Reuters) - The ministry said so. IT firms said the rules were too strict. (Reuters, 2025-03-03)\n');
    expect(doc.entities.map((e) => e.label)).not.toContain('IT');
  });
});
