// Constructions of everyday agency news that session 14 found missing or
// misread, each on a short text written for this test with invented names
// (or a real name where the test is about what the name list knows).
import { describe, expect, it } from 'vitest';
import { analyse, triples } from './analyse.js';

const entityOf = (doc: ReturnType<typeof analyse>, surface: string) => {
  const m = doc.mentions.find((x) => x.text === surface);
  return doc.entities.find((e) => e.key === m?.entity);
};

describe('one sense of a listed name per article', () => {
  it('reads a bare name as the company a noun before it settled elsewhere in the article, not the town of that name', () => {
    const doc = analyse('Madrid – Die spanische Großbank Santander übernimmt einen Zahlungsdienstleister. Ein Sprecher von Santander bestätigte den Kauf. (dpa, 1.2.2025)\n');
    expect(entityOf(doc, 'Santander')?.type).toBe('Company');
    expect(triples(doc)).toContain('Sprecher spokespersonOf Santander');
  });

  it('keeps the town where nothing in the article says otherwise', () => {
    const doc = analyse('Madrid – Der Zahlungsdienstleister Quellpay eröffnet ein Büro in Santander. (dpa, 1.2.2025)\n');
    expect(entityOf(doc, 'Santander')?.type).toBe('City');
  });
});

describe('a subsidiary named beside its parent', () => {
  const text = 'Basel – Die Airline Jurajet konkurriert vor allem mit Quellair Schweiz, der Schweizer Tochter des Billigfliegers Quellair. (sda, 1.2.2025)\n';

  it('keeps the parent, named in the same sentence by the first word of the subsidiary, an entity of its own', () => {
    const doc = analyse(text);
    expect(entityOf(doc, 'Quellair')?.label).toBe('Quellair');
    expect(entityOf(doc, 'Quellair Schweiz')?.label).toBe('Quellair Schweiz');
  });

  it('reads "X, der Schweizer Tochter des Y" as a subsidiary, with a demonym before the noun', () => {
    const t = triples(analyse(text));
    expect(t).toContain('Quellair Schweiz subsidiaryOf Quellair');
    expect(t).not.toContain('Jurajet subsidiaryOf Quellair');
  });

  it('still reads a short form in a later sentence as the full name', () => {
    const doc = analyse('Basel – Die Airline Quellair Schweiz wächst. Quellair will neue Flugzeuge kaufen. (sda, 1.2.2025)\n');
    expect(entityOf(doc, 'Quellair')?.label).toBe('Quellair Schweiz');
  });
});
