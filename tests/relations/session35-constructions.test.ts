// Constructions of everyday agency news that session 35 found missing or
// misread, each on a short text written for this test with invented names.
import { describe, expect, it } from 'vitest';
import { analyse, triples } from './analyse.js';

describe('rivals named outright', () => {
  it('keeps the rivals a text lists for a firm whose name ends like an investor\'s', () => {
    const doc = analyse(
      'München (dpa) - Der Vermögensverwalter Tarlo Capital wurde 2016 gegründet. ' +
        'Zu den Konkurrenten von Tarlo zählen etwa Quandor, eine Tochter der Berliner Falk Privatbank, und das Frankfurter Start-up Melvo. (dpa, 4.3.2024)\n',
    );
    const t = triples(doc);
    expect(t).toContain('Quandor competitorOf Tarlo Capital');
    expect(t).toContain('Melvo competitorOf Tarlo Capital');
  });
});

describe('a possessive relative after a preposition', () => {
  it('reads "X, an dessen Spitze Y steht" as Y heading X', () => {
    const doc = analyse(
      'Wien (APA) - Die Firma Tervani, an deren Spitze Paolo Grando steht, beschäftigt weltweit 30.000 Menschen. ' +
        'Der Konzern Kelvo, an dessen Spitze seit 2019 Anna Maurer steht, wächst. (APA, 3.3.2024)\n',
    );
    const t = triples(doc);
    expect(t).toContain('Paolo Grando ceoOf Tervani');
    expect(t).toContain('Anna Maurer ceoOf Kelvo');
  });
});

describe('nouns of time', () => {
  it('lets no noun of time take the agent of a passive ("seit Herbst von X geführt")', () => {
    const doc = analyse(
      'Wien (APA) - Beim Skiverband Morava, der seit Herbst von Präsidentin Roswitha Stadler geführt wird, prüft man das Verfahren genau. ' +
        'Die Firma Kelvo, die seit Jahren von Anna Maurer geführt wird, wächst. (APA, 3.3.2024)\n',
    );
    const t = triples(doc);
    expect(t).toContain('Roswitha Stadler ceoOf Morava');
    expect(t).toContain('Anna Maurer ceoOf Kelvo');
  });
});
