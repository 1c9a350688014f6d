// Constructions of everyday agency news that session 38 found missing or
// misread, each on a short text written for this test with invented names.
import { describe, expect, it } from 'vitest';
import { analyse, triples } from './analyse.js';

describe('institutions named by their place', () => {
  it('reads "den Bergbahnen Val Sarena" as one company, not a person named Val', () => {
    const doc = analyse(
      'Chur (sda) - Der Freizeitkonzern Velmora übernimmt die Mehrheit an den Bergbahnen Val Sarena, wie das Unternehmen am Montag mitteilte. (sda, 14.10.2024)\n',
    );
    const firm = doc.entities.find((e) => e.label === 'Bergbahnen Val Sarena');
    expect(firm?.type).toBe('Company');
    expect(doc.entities.filter((e) => e.type === 'Person').map((e) => e.label)).toEqual([]);
    expect(triples(doc)).toContain('Velmora owns Bergbahnen Val Sarena');
  });

  it('keeps the legal form with the name ("die Stadtwerke Lindenau GmbH") and still places it in its town', () => {
    const doc = analyse(
      'Lindenau (dpa) - Der Stadtrat hat den Geschäftsführer der Stadtwerke abberufen. Er soll Thomas Brand von der Spitze der Stadtwerke Lindenau GmbH entfernen. ' +
        'Brand leitete das Unternehmen seit 2015. Die Stadtwerke beschäftigen 300 Menschen. (dpa, 3.3.2024)\n',
    );
    const t = triples(doc);
    expect(t).toContain('Stadtwerke Lindenau GmbH locatedIn Lindenau');
    // "der Stadtwerke" before the name is a description of the same firm, not a firm named "Stadtwerke".
    expect(doc.entities.filter((e) => e.label === 'Stadtwerke')).toEqual([]);
  });
});

describe('descriptions', () => {
  it('takes no bare plural after an adverb ("dem bereits Luxushotels in London gehören") for a description of the hotel group', () => {
    const doc = analyse(
      'Wien (APA) - Die Hotelgruppe Brennhof Hotels geht an den Fonds Velmora Capital, dem bereits Luxushotels in London und Paris gehören, wie beide Seiten mitteilten. (APA, 15.5.2024)\n',
    );
    const t = triples(doc);
    expect(t.filter((x) => /^Brennhof Hotels locatedIn (London|Paris)/.test(x))).toEqual([]);
  });
});

describe('courts, unions and critics', () => {
  it('reads "einen Eilantrag des X gegen Y" as X taking legal action against Y', () => {
    const doc = analyse(
      'Frankfurt (dpa) - Das Arbeitsgericht Frankfurt wies am Donnerstag einen Eilantrag des Abfertigungsdienstleisters Velmora Services gegen die Gewerkschaft Verdi zurück. (dpa, 21.3.2024)\n',
    );
    const t = triples(doc);
    expect(t).toContain('Velmora Services sued Verdi');
    expect(t).toContain('Arbeitsgericht Frankfurt deniedInjunction Velmora Services');
  });

  it('reads "Verdi-Verhandlungsführerin X", "IG-Metall-Bezirksleiter Y" and "NGG-Landesgeschäftsführer Z" as staff of the union', () => {
    const doc = analyse(
      'Frankfurt (dpa) - Verdi-Verhandlungsführerin Sanja Ebert sprach von einer klaren Ansage an die Arbeitgeber. Auch IG-Metall-Bezirksleiter Paul Wernecke äußerte sich. ' +
        'Die Gewerkschaft NGG reagierte skeptisch, warnte NGG-Landesgeschäftsführer Markus Ostheim. (dpa, 21.3.2024)\n',
    );
    const t = triples(doc);
    expect(t).toContain('Sanja Ebert worksFor Verdi');
    expect(t).toContain('Paul Wernecke worksFor IG Metall');
    expect(t.filter((x) => x.startsWith('Markus Ostheim worksFor '))).toHaveLength(1);
  });

  it('does not take the speaker of ", sagte Sprecherin X" for what the subject criticised', () => {
    const doc = analyse(
      'Frankfurt (dpa) - Die Gewerkschaft Tarvia kritisierte den Plan scharf, sagte Sprecherin Monika Stahl am Montag in Frankfurt. (dpa, 21.3.2024)\n',
    );
    expect(triples(doc).filter((x) => x.includes('criticized Monika Stahl'))).toEqual([]);
  });
});

describe('well-known names the dictionary also has as common nouns', () => {
  it('reads "Marken wie Fiat und Opel" and "der Toyota-Konzern" as the car makers', () => {
    const doc = analyse(
      'Mailand (AFP) - Zu dem Konzern Velmora gehören Marken wie Fiat und Opel. Der Toyota-Konzern wächst dagegen kräftig. (AFP, 14.7.2025)\n',
    );
    const t = triples(doc);
    expect(t).toContain('Fiat subsidiaryOf Velmora');
    expect(t).toContain('Opel subsidiaryOf Velmora');
    expect(doc.entities.find((e) => e.label === 'Toyota')?.type).toBe('Company');
  });
});

describe('founding stories', () => {
  it('reads "X, 1932 von Bäckermeister Y in der Münsteraner Altstadt gegründet, betreibt …": founder, year and town', () => {
    const doc = analyse(
      'Münster (dpa) - Die Bäckereikette Wirgeler wächst. Wirgeler, 1932 von Bäckermeister Hans Wirgeler in der Münsteraner Altstadt gegründet, betreibt heute 214 Filialen. (dpa, 7.11.2024)\n',
    );
    const t = triples(doc);
    expect(t).toContain('Hans Wirgeler founded Wirgeler');
    expect(t).toContain('Wirgeler foundedIn 1932');
    expect(t).toContain('Wirgeler locatedIn Münster');
  });
});

describe('relative clauses', () => {
  it('reads "die Wartungsfirma X aus Wals-Hallbach, die die Server der Universität betreut" as the firm, not the place', () => {
    const doc = analyse(
      'Salzburg (APA) - Die Universität Salzburg ist Ziel eines Angriffs. Es handelt sich um die Wartungsfirma Servida aus Wals-Hallbach, die die Server der Universität seit 2019 betreut. (APA, 3.3.2024)\n',
    );
    const t = triples(doc);
    expect(t).toContain('Universität Salzburg hostedBy Servida');
    expect(t.filter((x) => x.includes('hostedBy Wals-Hallbach'))).toEqual([]);
  });
});

describe('associations and their criticism', () => {
  it('reads "Die Interessengemeinschaft Heumilch (IG Heumilch) hat die Preissenkung der Molkerei X kritisiert"', () => {
    const doc = analyse(
      'Linz (APA) - Die Interessengemeinschaft Heumilch (IG Heumilch) hat die Preissenkung der Molkerei Aschtaler scharf kritisiert. (APA, 3.3.2024)\n',
    );
    const t = triples(doc);
    expect(t).toContain('IG Heumilch criticized Aschtaler');
    expect(doc.entities.filter((e) => e.label === 'IG' || e.label === 'Heumilch')).toEqual([]);
  });
});

describe("a town's own institutions", () => {
  it('reads "am Hamburger Hafen", "die Zürcher Staatsanwaltschaft", "das Berliner Abgeordnetenhaus" as institutions in those towns', () => {
    const doc = analyse(
      'Frankfurt (dpa) - Am Hamburger Hafen streikten die Arbeiter. Die Zürcher Staatsanwaltschaft ermittelt gegen den Konzern Velmora. Das Berliner Abgeordnetenhaus tagte. (dpa, 3.3.2024)\n',
    );
    const t = triples(doc);
    expect(t).toContain('Hamburger Hafen locatedIn Hamburg');
    expect(t).toContain('Zürcher Staatsanwaltschaft locatedIn Zurich');
    expect(t).toContain('Berliner Abgeordnetenhaus locatedIn Berlin');
    expect(doc.entities.find((e) => e.label === 'Berliner Abgeordnetenhaus')?.type).not.toBe('Company');
  });

  it('leaves "der Hamburger Hafenbetreiber HHLA"-like phrases with a name after them alone', () => {
    const doc = analyse('Hamburg (dpa) - Der Hamburger Flughafen Velmora Air wächst. (dpa, 3.3.2024)\n');
    expect(doc.entities.filter((e) => e.label === 'Hamburger Flughafen')).toEqual([]);
  });
});

describe('surnames the first-name lists carry', () => {
  it('reads "den Automatenbetreiber Huber Vending" as a company, not a person named Huber', () => {
    const doc = analyse('Bielefeld (dpa) - Nach einem Hackerangriff auf den Automatenbetreiber Huber Vending stehen Automaten still. (dpa, 3.3.2024)\n');
    expect(doc.entities.find((e) => e.label === 'Huber Vending')?.type).toBe('Company');
  });
});

describe('English staff', () => {
  it('reads "who heads Marlow\'s power projects division" as working for Marlow', () => {
    const doc = analyse(
      "TOKYO, Sept 12 (Reuters) - Kenji Moriyama, who heads Velmora's power projects division, told reporters the deal was good. (Reuters, 2024-09-12)\n",
      'en',
    );
    expect(triples(doc)).toContain('Kenji Moriyama worksFor Velmora');
  });
});

describe('club names', () => {
  it('reads "Der FC St. Gallen" as one club, though "Gallen" is also a common noun', () => {
    const doc = analyse('St. Gallen (sda) - Der FC St. Gallen hat einen neuen Trainer. (sda, 3.3.2024)\n');
    expect(doc.entities.map((e) => e.label)).toContain('FC St. Gallen');
    expect(doc.entities.map((e) => e.label)).not.toContain('FC St.');
  });
});
