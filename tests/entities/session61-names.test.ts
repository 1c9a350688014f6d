// Names of everyday English news that session 61 found mistyped, each on a
// short text written for this test with invented names.
import { describe, expect, it } from 'vitest';
import { analyse, triples } from '../relations/analyse.js';

describe('Scottish given names and firms named for ferries', () => {
  it('reads "Strathgair Ferries … has named Morag Tullochan as its new chief executive" with a firm and a person', () => {
    const doc = analyse('EDINBURGH, Feb 12 (Reuters) - Strathgair Ferries, which runs routes to the islands, has named Morag Tullochan as its new chief executive. Dunmarra had led Strathgair since 2016. (Reuters, 2025-02-12)\n');
    const type = (label: string): string | undefined => doc.entities.find((e) => e.label === label)?.type;
    expect(type('Strathgair Ferries')).toBe('Company');
    expect(type('Morag Tullochan')).toBe('Person');
    expect(triples(doc)).toContain('Morag Tullochan ceoOf Strathgair Ferries');
  });
});

describe('English names that "who" follows', () => {
  it('reads "A B, C D and E F, who met at university, founded the business" as three people who founded the firm', () => {
    const doc = analyse('NAIROBI, Sept 9 (Reuters) - Chakula Haraka has raised $14 million. Akoth Otiende, Kibet Kiprugut and Moraa Nyambane, who met while studying at the University of Nairobi, founded the business in 2020. (Reuters, 2024-09-09)\n');
    for (const p of ['Akoth Otiende', 'Kibet Kiprugut', 'Moraa Nyambane']) {
      expect(doc.entities.find((e) => e.label === p)?.type).toBe('Person');
      expect(triples(doc)).toContain(`${p} founded Chakula Haraka`);
    }
  });
});
