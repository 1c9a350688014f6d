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

describe('English party names and titles before a person', () => {
  it('reads "Republican X" as a member of the party and keeps X the subject or the agent', () => {
    const doc = analyse(
      'WASHINGTON, Nov 19 (Reuters) - Republican Ashley Marr sued Korvell Health Corp on Monday. ' +
        'Ohio Attorney General Dana Whitcomb is leaving office in January and will be succeeded by fellow Democrat Tom Beyle, a former judge.\n',
    );
    const t = triples(doc);
    expect(t).toContain('Ashley Marr sued Korvell Health Corp');
    expect(t).toContain('Ashley Marr memberOf Republican Party');
    expect(t).toContain('Tom Beyle memberOf Democratic Party');
    expect(t).toContain('Tom Beyle succeeded Dana Whitcomb');
    expect(t.filter((x) => x.startsWith('Republican Party') || x.startsWith('Democratic Party'))).toEqual([]);
  });

  it('makes a name after a title only a person bears a person, whatever its first name', () => {
    const doc = analyse(
      'WASHINGTON, Nov 19 (Reuters) - Governor Zorba Brandl, Attorney General Xarvo Pell, Sen. Drubo Kell and Florida Attorney General Pam Quent met Korvell Health Corp officials on Monday.\n',
    );
    const people = doc.entities.filter((e) => e.type === 'Person').map((e) => e.label);
    expect(people).toEqual(expect.arrayContaining(['Zorba Brandl', 'Xarvo Pell', 'Drubo Kell', 'Pam Quent']));
  });
});

describe('a board chair named by a copula', () => {
  it('reads "Verwaltungsratspräsident ist X" as a member of the board of the firm named before', () => {
    const doc = analyse('Zürich (awp/sda) - Der Logistikkonzern Tarvex wurde 1950 gegründet. Verwaltungsratspräsident ist Hans Tarvo. (sda, 3.3.2024)\n');
    expect(triples(doc)).toContain('Hans Tarvo memberOf Tarvex');
  });
});

describe('heads in apposition', () => {
  it('reads a place adjective before the organisation, its short form in brackets and a nationality before the name', () => {
    const doc = analyse(
      'Zürich (sda) - Tarvo kritisierte den Präsidenten der Europäischen Ruderunion (ERU), den Schweden Lennart Jorfeld, scharf. ' +
        'Der Geschäftsführer des englischen Ruderverbands BRA, Adam Crowe, hielt der Führung Versagen vor. (sda, 3.3.2024)\n',
    );
    const t = triples(doc);
    expect(t.some((x) => /^Lennart Jorfeld ceoOf Europäische/.test(x))).toBe(true);
    expect(t).toContain('Adam Crowe ceoOf BRA');
  });
});

describe('offices, nominations and memberships', () => {
  it('reads "X wird neuer Oberbürgermeister von Y" and a party nominating a candidate', () => {
    const doc = analyse(
      'Hannover (dpa) - Der Politiker Belit Onar wird neuer Oberbürgermeister von Aarwil. ' +
        'Er setzte sich gegen den parteilosen Eckhard Scholm durch, der von der CDU nominiert worden war. (dpa, 3.3.2024)\n',
    );
    const t = triples(doc);
    expect(t).toContain('Belit Onar ceoOf Aarwil');
    expect(t.some((x) => x.endsWith('supporterOf Eckhard Scholm') && x.includes('Christ'))).toBe(true);
  });

  it('reads a relative clause whose only verb also reads as a participle ("dem das Institut als Mitglied angehört")', () => {
    const doc = analyse(
      'Osnabrück (dpa) - Die Volksbank Emsmoor wächst. Die Prüfung erfolgte durch den Genossenschaftsverband Weser-Ems, dem das Institut als Mitglied angehört. (dpa, 3.3.2024)\n',
    );
    expect(triples(doc)).toContain('Volksbank Emsmoor memberOf Weser-Ems');
  });

  it('reads "who chairs the X board" as a seat on that board', () => {
    const doc = analyse('STOCKHOLM, July 11 (Reuters) - Kelvra raised money on Monday. Anna Lind, who chairs the Ardentis board, declined to comment.\n');
    expect(triples(doc)).toContain('Anna Lind memberOf Ardentis');
  });
});

describe('names before the person who shares them', () => {
  it('reads a firm introduced by its craft noun, not as a surname of someone named later', () => {
    const doc = analyse(
      'Freiburg (dpa) - Das Sägewerk Tannreiser Holzindustrie übernimmt den Hersteller Kelvo. ' +
        'Das Geschäft sei gut, sagte Tannreiser-Geschäftsführerin Sabine Tannreiser. (dpa, 3.3.2024)\n',
    );
    const t = triples(doc);
    expect(t).toContain('Tannreiser Holzindustrie acquired Kelvo');
    expect(t.filter((x) => x.startsWith('Sabine Tannreiser acquired'))).toEqual([]);
  });
});

describe('English dismissals', () => {
  it('reads "X pushed out Chief Executive Y" as a dismissal of its chief executive', () => {
    const doc = analyse('MELBOURNE, Sept 11 (Reuters) - Miner Kessrow Ltd pushed out Chief Executive Jean Tarrow on Friday. The board forced out Tom Beyle in May.\n');
    const t = triples(doc);
    // (Since session 36 "miner" is a noun for a company, so "Miner" before the name describes it and is no part of it.)
    expect(t).toContain('Kessrow Ltd dismissed Jean Tarrow');
    expect(t).toContain('Jean Tarrow ceoOf Kessrow Ltd');
    expect(t.filter((x) => x.includes('ceoOf board'))).toEqual([]);
  });
});

describe('seats with a canton code or an adjective before the town', () => {
  it('reads "die in Wil SG ansässige Gesellschaft" and "aus dem baden-württembergischen Tuttlingen"', () => {
    const doc = analyse(
      'Zürich (awp/sda) - Der Maschinenbauer Schmolli Präzision lehnt ab. Die Offerte sei zu tief, teilte die in Wil SG ansässige Gesellschaft am Montag mit. ' +
        'Die Brenzel Werkzeugmaschinen GmbH aus dem baden-württembergischen Tuttlingen hatte die Offerte lanciert. (sda, 3.3.2024)\n',
    );
    const t = triples(doc);
    expect(t).toContain('Schmolli Präzision locatedIn Wil');
    expect(t).toContain('Brenzel Werkzeugmaschinen GmbH locatedIn Tuttlingen');
  });
});

describe('broadcasting councils', () => {
  it('reads "Der Fernsehrat des X hat Y zum Intendanten gewählt" as Y heading X, not the council', () => {
    const doc = analyse('Mainz (dpa) - Der Fernsehrat des Senders Kanal Neun hat Programmdirektor Norbert Hilmer zum neuen Intendanten gewählt. (dpa, 3.3.2024)\n');
    const t = triples(doc);
    expect(t).toContain('Norbert Hilmer ceoOf Kanal Neun');
    expect(t.filter((x) => x.includes('ceoOf Fernsehrat'))).toEqual([]);
  });
});

describe('Swiss spelling of function words', () => {
  it('reads "Gemäss" and "Ausserdem" opening a sentence as words, not names', () => {
    const doc = analyse(
      'Chur (sda) - Gemäss übereinstimmenden Berichten werfen Eltern dem Trainer Beat Tschanz vor, die Jugendlichen unter Druck gesetzt zu haben. ' +
        'Ausserdem kritisierte die Firma Kelvo das Vorgehen. (sda, 3.3.2024)\n',
    );
    const names = doc.entities.map((e) => e.label);
    expect(names).not.toContain('Gemäss');
    expect(names).not.toContain('Ausserdem');
    expect(triples(doc)).toContain('Eltern accused Beat Tschanz');
  });

  it('reads "Heuer", "Da" and "Wann" opening a sentence as words, not names', () => {
    const doc = analyse('Wien (APA) - Heuer will die Firma Kelvo expandieren. Da die Firma Kelvo wächst, stellt sie ein. Wann die Firma zahlt, ist offen. (APA, 3.3.2024)\n');
    const names = doc.entities.map((e) => e.label);
    for (const w of ['Heuer', 'Da', 'Wann']) expect(names).not.toContain(w);
  });
});

describe('what a critic criticises', () => {
  it('does not guess the organisation named before when the reported clause names none', () => {
    const doc = analyse(
      'Rostock (dpa) - Die Reederei Kelvo bestellt zwei Fähren. Kritik kam vom Umweltverband Meerwacht: Dessen Vorsitzender Stefan Kreil bemängelte, dass die Schiffe weiter mit Flüssigerdgas fahren sollen. (dpa, 3.3.2024)\n',
    );
    const t = triples(doc);
    expect(t).toContain('Stefan Kreil ceoOf Meerwacht');
    expect(t.filter((x) => x.includes('criticized Meerwacht'))).toEqual([]);
  });
});

describe('plural nouns after an institution in the genitive', () => {
  it('reads "beim Neubau der Klinik Kosten von …" as costs, not a clinic named Kosten', () => {
    const doc = analyse(
      'Hannover (dpa) - Demnach sind beim Neubau der Klinik Mehrkosten von rund 48 Millionen Euro aufgelaufen. Auch beim Umbau der Klinik Kosten entstanden. (dpa, 3.3.2024)\n',
    );
    const names = doc.entities.map((e) => e.label);
    expect(names).not.toContain('Mehrkosten');
    expect(names).not.toContain('Kosten');
  });
});

describe('adjectives of states and regions written with a hyphen', () => {
  it('reads "aus dem baden-württembergischen Tuttlingen", "im waadtländischen Villeneuve", "der oststeirische Betrieb X"', () => {
    const doc = analyse(
      'Stuttgart (dpa) - Die Firma Kelvo aus dem baden-württembergischen Tuttlingen wächst. Gefertigt wird im waadtländischen Villeneuve. ' +
        'Der oststeirische Betrieb Tarno liefert zu. (dpa, 3.3.2024)\n',
    );
    const t = triples(doc);
    expect(t).toContain('Tuttlingen locatedIn Baden-Württemberg');
    expect(t).toContain('Villeneuve locatedIn Canton of Vaud');
    expect(t).toContain('Tarno locatedIn Eastern Styria');
  });
});

describe('verdicts', () => {
  it('reads "sprach X schuldig" as ruling against X and "sprach Y frei" as ruling for Y', () => {
    const doc = analyse(
      'Osnabrück (dpa) - Das Landgericht Osnabrück sprach den ehemaligen Geschäftsführer Heinz Kröll am Mittwoch des Betrugs schuldig. Den Mitangeklagten Tom Berg sprach das Gericht frei. (dpa, 3.3.2024)\n',
    );
    const t = triples(doc);
    expect(t).toContain('Landgericht Osnabrück ruledAgainst Heinz Kröll');
    expect(t).toContain('Landgericht Osnabrück ruledInFavorOf Tom Berg');
  });
});
