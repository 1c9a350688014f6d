// Constructions of everyday agency news that session 48 found missing or
// misread, each on a short text written for this test with invented names.
import { describe, expect, it } from 'vitest';
import { analyse, triples } from './analyse.js';

describe('first names that are also function words', () => {
  it('reads English "with Per Lindqvar" as a co-founder, not the preposition "per"', () => {
    const doc = analyse('LONDON (Reuters) - Annika Sjoberd co-founded Kronvald with Per Lindqvar in 2016. (Reuters, 2024-03-02)\n');
    expect(triples(doc)).toContain('Per Lindqvar founded Kronvald');
  });

  it('still reads a lower-case "per" as the preposition', () => {
    const doc = analyse('LONDON (Reuters) - The company said that Kronvald charges its customers 30 pounds per Lindqvar subscription and that it will not change the price. (Reuters, 2024-03-02)\n');
    expect(doc.entities.map((e) => e.label)).not.toContain('per Lindqvar');
  });

  it('reads German "Anders als X" opening a sentence as the adverb, not a name', () => {
    const doc = analyse('Wien (APA) - Anders als die Konkurrenz hat die Firma Kornwalder keine Filialen geschlossen. (APA, 2.3.2024)\n');
    expect(doc.entities.map((e) => e.label)).not.toContain('Anders');
  });

  it('keeps "Anders" opening a sentence before a surname as the first name', () => {
    const doc = analyse('Wien (APA) - Anders Holmquarz übernimmt die Firma Kornwalder. (APA, 2.3.2024)\n');
    expect(triples(doc)).toContain('Anders Holmquarz acquired Kornwalder');
  });
});
