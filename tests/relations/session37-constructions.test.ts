// Constructions of everyday agency news that session 37 found missing or
// misread, each on a short text written for this test with invented names.
import { describe, expect, it } from 'vitest';
import { analyse, triples } from './analyse.js';

describe('places', () => {
  it('reads "im tschechischen Dobrany": a town after a country\'s adjective lies in that country', () => {
    const doc = analyse(
      'Nürnberg (dpa) - Der Spielwarenhersteller Kranzler verlagert die Fertigung in das Werk der Tochter Kranzler Hračky im tschechischen Dobrany, wie das Unternehmen am Montag mitteilte. (dpa, 3.2.2024)\n',
    );
    expect(triples(doc)).toContain('Dobrany locatedIn Czech Republic');
  });

  it('reads "in Thalreith (Bezirk Gmünd)" as one place inside another, not as two names of one place', () => {
    const doc = analyse(
      'Zwettl (APA) - Die Genossenschaft Biokorn eGen übernimmt die Kunstmühle in Thalreith (Bezirk Gmünd), wie das Unternehmen am Montag mitteilte. ' +
        'Die Genossenschaft zählt 148 Mitglieder. Nicht alle in Thalreith sind begeistert. (APA, 3.2.2024)\n',
    );
    const t = triples(doc);
    expect(t).toContain('Thalreith locatedIn Bezirk Gmünd');
    // The place stays a place: the description "Die Genossenschaft" is the cooperative, not the village.
    const village = doc.entities.find((e) => e.label === 'Thalreith');
    expect(village?.type).not.toBe('Organization');
  });

  it('does not place a list of towns in the last one when the brackets belong to that last town', () => {
    const doc = analyse(
      'Marburg (dpa) - Die Lokalredaktionen in Kesselbach, Aubing und Homfeld (Ohm) seien nicht betroffen, sagte der Verlagschef am Montag in Marburg. (dpa, 3.2.2024)\n',
    );
    const t = triples(doc);
    expect(t.filter((x) => /^(Kesselbach|Aubing) locatedIn Homfeld/.test(x))).toEqual([]);
  });
});
