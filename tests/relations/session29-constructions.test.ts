// Constructions of everyday agency news that session 29 found missing or
// misread, each on a short text written for this test with invented names.
import { describe, expect, it } from 'vitest';
import { analyse, triples } from './analyse.js';

describe('places', () => {
  it('reads a word cut before a hyphen as the place it names with the next name\'s ending ("Ober- und Niederösterreich")', () => {
    const doc = analyse(
      'Wien (APA) - Die Behörde durchsuchte Büros von Zementherstellern in Ober- und Niederösterreich. Die Kette Feldmark betreibt Märkte in Unter- und Oberfranken. (APA, 1.2.2024)\n',
    );
    const labels = doc.entities.map((e) => e.label);
    expect(labels).toEqual(expect.arrayContaining(['Upper Austria', 'Lower Austria', 'Lower Franconia', 'Upper Franconia']));
    expect(doc.entities.find((e) => e.label === 'Upper Austria')?.type).toBe('Region');
  });

  it('leaves a cut word alone when no place of that name is known ("Bundes- und Landesbehörden")', () => {
    const doc = analyse('Berlin (dpa) - Bundes- und Landesbehörden prüfen den Fall der Firma Ostwerk. (dpa, 1.2.2024)\n');
    expect(doc.entities.filter((e) => e.label.startsWith('Bundes'))).toEqual([]);
  });
});

describe('towns whose names are everyday words', () => {
  it('reads "die Staatsanwaltschaft Essen" as an authority in the town of Essen', () => {
    const doc = analyse('Düsseldorf (dpa) - Gegen den Betreiber der Seite ermittelt die Staatsanwaltschaft Essen. (dpa, 1.2.2024)\n');
    expect(doc.entities.map((e) => e.label)).toContain('Staatsanwaltschaft Essen');
    expect(triples(doc)).toContain('Staatsanwaltschaft Essen locatedIn Essen');
  });

  it('reads "im Schweizer Zug" as the town, and "im Zug" later as a train', () => {
    const doc = analyse(
      'Wien (APA) - Der Gashändler Norgas mit Sitz im Schweizer Zug wies die Vorwürfe zurück. Im Zug nach Wien saßen Reisende. (APA, 1.2.2024)\n',
    );
    const t = triples(doc);
    expect(t).toContain('Norgas locatedIn Zug');
    const zug = doc.entities.find((e) => e.label === 'Zug');
    expect(zug?.mentions.length).toBe(1);
  });
});

describe('chiefs named without their company', () => {
  it('gives "Konzernchef X" to the company, not to the family foundation that bears his name', () => {
    const t = triples(
      analyse(
        'Linz (APA) - Der Linzer Konzern Traunwerk Chemie AG verkauft seine Lacksparte. Käufer ist der Investor Nordlicht Capital.\n\nKonzernchef Herbert Lindorfer begründete den Schritt mit der Strategie. Größter Aktionär ist die Lindorfer Privatstiftung. (APA, 14.5.2024)\n',
      ),
    );
    expect(t).toContain('Herbert Lindorfer ceoOf Traunwerk Chemie AG');
    expect(t).not.toContain('Herbert Lindorfer ceoOf Lindorfer Privatstiftung');
  });
});
