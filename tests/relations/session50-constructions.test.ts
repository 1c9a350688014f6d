// Constructions of everyday agency news that session 50 found missing or
// misread, each on a short text written for this test with invented names.
import { describe, expect, it } from 'vitest';
import { analyse, entityOf, triples } from './analyse.js';

describe('German names in apposition and lists', () => {
  it('names the firm in apposition to "Österreichs größte Molkerei", and keeps the genitive a country', () => {
    const doc = analyse('Wien (APA) - Die Behörde ermittelt. Auch Zulieferer wie Österreichs größte Molkerei, die Hochalmmilch, mussten bereits Strafen zahlen. (APA, 3.2.2025)\n');
    expect(entityOf(doc, 'Hochalmmilch')?.type).toBe('Company');
    expect(entityOf(doc, 'Österreichs')?.type).toBe('Country');
  });

  it('reads no name into a relative clause after the noun ("die Molkerei, die Milch, Käse und Butter herstellt")', () => {
    const doc = analyse('Wien (APA) - Die Molkerei, die Milch, Käse und Butter herstellt, wächst. (APA, 3.2.2025)\n');
    expect(doc.mentions.find((m) => m.text === 'Milch')).toBeUndefined();
  });

  it('reads no place into "in dem X" that opens a relative clause', () => {
    const doc = analyse('Frankfurt (dpa) - Der Markt für Ferienflüge wächst. Das Geschäft, in dem Brivora seit Jahren führend ist, gilt als hart umkämpft. (dpa, 3.2.2025)\n');
    expect(entityOf(doc, 'Brivora')?.type).not.toBe('Place');
    expect(entityOf(doc, 'Brivora')?.type).not.toBe('City');
  });

  it('reads a town\'s name after a role and before an unlisted surname as a first name ("Allgrava-Chef Brent Tolleck")', () => {
    const doc = analyse('Mailand (APA) - Allgrava-Chef Brent Tolleck will sich auf Markenmedikamente konzentrieren. (APA, 3.2.2025)\n');
    expect(triples(doc)).toContain('Brent Tolleck ceoOf Allgrava');
  });

  it('reads "der Drevinka-Kliniken" as one organisation\'s name, "von Ferienwohnungs-Vermietern" as a group', () => {
    const doc = analyse(
      'Bremen (dpa) - Der bisherige Geschäftsführer der Drevinka-Kliniken, Jens Albrecht, rückt in den Vorstand auf. Die Stadt will die Daten von Ferienwohnungs-Vermietern. (dpa, 3.2.2025)\n',
    );
    expect(triples(doc)).toContain('Jens Albrecht ceoOf Drevinka-Kliniken');
    expect(entityOf(doc, 'Ferienwohnungs-Vermietern')?.type).toBe('Group');
  });
});

describe('German rivals', () => {
  it('reads "nimmt den Wettbewerb mit deutlich größeren Rivalen wie X auf"', () => {
    const doc = analyse('Erfurt (dpa) - Der Chiphersteller Quarnek baut ein Werk. Mit der Fabrik nimmt Quarnek den Wettbewerb mit deutlich größeren Rivalen wie Infineon auf. (dpa, 3.2.2025)\n');
    expect(triples(doc)).toContain('Infineon competitorOf Quarnek');
  });

  it('reads "trifft auf starke Konkurrenz, etwa durch den US-Zahlungsdienstleister X"', () => {
    const doc = analyse('Zürich (sda) - Das Start-up Pelvora wächst. Auf dem Markt trifft Pelvora allerdings auf starke Konkurrenz, etwa durch den US-Zahlungsdienstleister Stripe. (sda, 3.2.2025)\n');
    expect(triples(doc)).toContain('Stripe competitorOf Pelvora');
  });

  it('makes a rival of the firm, not of the authority that reports it', () => {
    const doc = analyse(
      'Bern (sda) - Die Wettbewerbskommission hat gegen die Klinikgruppe Merovant eine Busse verhängt. Das Zuger Unternehmen habe sich über Jahre mit der Lausanner Konkurrentin Santéval SA über die Tarife abgesprochen, teilte die Behörde mit. (sda, 3.2.2025)\n',
    );
    const t = triples(doc);
    expect(t).toContain('Santéval SA competitorOf Merovant');
    expect(t.filter((x) => x.startsWith('Santéval SA competitorOf Wettbewerbskommission'))).toEqual([]);
  });
});

describe('German criticism and leadership', () => {
  it('reads "Kritik am Krisenmanagement des Versicherers X übte Y" as criticism of X', () => {
    const doc = analyse('Zürich (sda) - Beim Versicherer Halvetra sind Daten abgeflossen. Scharfe Kritik am Krisenmanagement des Versicherers Halvetra übte die Stiftung für Konsumentenschutz. (sda, 3.2.2025)\n');
    expect(triples(doc)).toContain('Stiftung für Konsumentenschutz criticized Halvetra');
  });

  it('reads "das in dritter Generation von X geführt wird" as X leading the firm', () => {
    const doc = analyse('Mailand (APA) - Der Eishersteller Tarnello kauft zu. Tarnello, das in dritter Generation von Davide Righetti geführt wird, baut aus. (APA, 3.2.2025)\n');
    expect(triples(doc)).toContain('Davide Righetti ceoOf Tarnello');
  });
});

describe('German party members', () => {
  it('reads "Der Kandidat der Freien Wähler, Apotheker X," as a member of the party', () => {
    const doc = analyse('Landshut (dpa) - Die Stichwahl steht fest. Der Kandidat der Freien Wähler, Apotheker Stefan Kolmbrecht, erreichte 12,5 Prozent. (dpa, 3.2.2025)\n');
    expect(triples(doc)).toContain('Stefan Kolmbrecht memberOf Freie Wähler');
  });

  it('reads the member in "der Gewerkschaft IG BAU, deren Mitglied er seit seiner Lehrzeit ist"', () => {
    const doc = analyse('Kassel (dpa) - Der Parkettleger Jan Quendlin klagte gegen die Firma Tervoll. Unterstützt wurde der Kläger von der Gewerkschaft IG BAU, deren Mitglied er seit seiner Lehrzeit ist. (dpa, 3.2.2025)\n');
    expect(triples(doc)).toContain('Jan Quendlin memberOf IG Bauen-Agrar-Umwelt');
  });

  it('reads the party\'s voice named after "Kritik kam von der SPÖ:"', () => {
    const doc = analyse('Linz (APA) - Das Land fördert die Bergbahnen. Kritik kam hingegen von der SPÖ: Verkehrssprecherin Martina Pfaundler warf dem Land vor, Flüge zu subventionieren. (APA, 3.2.2025)\n');
    expect(triples(doc)).toContain('Martina Pfaundler memberOf SPÖ');
  });
});

describe('English relative clauses after a preposition and -ing clauses', () => {
  it('reads "X, in which Y holds a stake" as an investment of Y in X, and only in the last of two names', () => {
    const doc = analyse("LONDON (Reuters) - The two remaining licence holders, Sweden's Norvesk and U.S.-based Brivo, in which Harvex Technologies holds a stake, are expected to grow. (Reuters, 2025-02-03)\n", 'en');
    const t = triples(doc);
    expect(t).toContain('Harvex Technologies investedIn Brivo');
    expect(t).not.toContain('Harvex Technologies investedIn Norvesk');
  });

  it('reads "became the leader after buying X" as the subject buying X', () => {
    const doc = analyse('LONDON (Reuters) - Dravik became the dominant operator after buying Talmex in 2013. (Reuters, 2025-02-03)\n', 'en');
    expect(triples(doc)).toContain('Dravik acquired Talmex');
  });

  it('gives an -ing clause inside a relative clause the subject of that clause', () => {
    const doc = analyse('LONDON (Reuters) - Consolidation went on in the industry, where Dravik became the dominant operator after buying Talmex in 2013. (Reuters, 2025-02-03)\n', 'en');
    const t = triples(doc);
    expect(t).toContain('Dravik acquired Talmex');
    expect(t.filter((x) => x.startsWith('Talmex acquired'))).toEqual([]);
  });

  it('keeps a gerund after a preposition a noun where no object follows ("after years of buying")', () => {
    const doc = analyse('LONDON (Reuters) - Dravik stopped its expansion after buying. (Reuters, 2025-02-03)\n', 'en');
    expect(doc.tokens.find((t) => t.text === 'buying')?.pos).toBe('NOUN');
  });
});

describe('German owners of institutions', () => {
  it('reads "das vom Landkreis X getragen wird" as the district owning the hospital', () => {
    const doc = analyse('Kassel (dpa) - Nach dem Angriff war die Notaufnahme des Kreisklinikums Haltenbrück, das vom Landkreis Ebersfelde getragen wird, abgemeldet. (dpa, 3.2.2025)\n');
    expect(triples(doc).some((x) => /Ebersfelde owns Kreisklinikum Haltenbrück/.test(x))).toBe(true);
  });

  it('reads no owner into "trägt die Kosten"', () => {
    const doc = analyse('Kassel (dpa) - Das Kreisklinikum Haltenbrück wird saniert. Die Stadt Ebersfelde trägt die Kosten. (dpa, 3.2.2025)\n');
    expect(triples(doc).filter((x) => x.includes(' owns '))).toEqual([]);
  });
});

describe('German descriptions and unnamed persons', () => {
  it('links "ein Sprecher der Bank" to the firm whose name ends in "-bank", not to the article\'s topic', () => {
    const doc = analyse('Linz (APA) - Der Räucherfischhersteller Trellnigg wird verkauft. Bisher hielt die Raiffeisenlandesbank Oberösterreich ein Viertel der Anteile an Trellnigg. Ein Sprecher der Bank bestätigte den Verkauf. (APA, 3.2.2025)\n');
    expect(triples(doc)).toContain('Sprecher spokespersonOf Raiffeisenlandesbank Oberösterreich');
  });

  it('makes "einer Kassiererin" a person of the story, whom the court sides with', () => {
    const doc = analyse('Nürnberg (dpa) - Das Landesarbeitsgericht Nürnberg hat einer Kassiererin der Getränkemarktkette Kelmstätt Recht gegeben. (dpa, 3.2.2025)\n');
    expect(entityOf(doc, 'Kassiererin')?.type).toBe('Person');
    expect(triples(doc)).toContain('Landesarbeitsgericht Nürnberg ruledInFavorOf Kassiererin');
  });
});

describe('German posts, dismissals and brands', () => {
  it('reads "X ist derzeit Schauspieldirektorin am Theater Y" as X working there', () => {
    const doc = analyse('Bremen (dpa) - Merit Quendorf wird Intendantin. Quendorf ist derzeit Schauspieldirektorin am Theater Velsbrück. (dpa, 3.2.2025)\n');
    expect(triples(doc)).toContain('Merit Quendorf worksFor Theater Velsbrück');
  });

  it('reads no post into "ist Kunde bei der Firma X"', () => {
    const doc = analyse('Bremen (dpa) - Tom Pirnacher ist seit Jahren Kunde bei der Firma Ralvino. (dpa, 3.2.2025)\n');
    expect(triples(doc).filter((x) => x.includes('worksFor'))).toEqual([]);
  });

  it('reads "hat ihren Vorsitzenden X gestürzt" as a dismissal', () => {
    const doc = analyse('Kiel (dpa) - Nach monatelangem Streit hat die SPD-Fraktion im Landtag ihren Vorsitzenden Gerrit Haldmerk gestürzt. (dpa, 3.2.2025)\n');
    expect(triples(doc)).toContain('SPD-Fraktion dismissed Gerrit Haldmerk');
  });

  it('reads "stellt unter der Marke X … her" as the firm owning the brand', () => {
    const doc = analyse('Kiel (dpa) - Der Küchengerätehersteller Pirnacher stellt unter der Marke Ralvino Dunstabzugshauben her. (dpa, 3.2.2025)\n');
    expect(triples(doc)).toContain('Pirnacher owns Ralvino');
  });
});

describe('German owners behind a firm', () => {
  it('reads "Hinter X steht der Hamburger Reeder Y" as Y owning X', () => {
    const doc = analyse('Hamburg (dpa) - Die Reederei Elbquarn wird verkauft. Hinter Elbquarn steht der Hamburger Reeder Henning Quastmeyer. (dpa, 3.2.2025)\n');
    expect(triples(doc)).toContain('Henning Quastmeyer owns Elbquarn');
  });

  it('makes no owners of the founders "behind" a start-up, named by other nouns', () => {
    const doc = analyse('Bern (sda) - Die Firma Humvelt wächst. Hinter Humvelt stehen die Milchbäuerin Corina Tschiemland und der Ackerbauer Samuel Blaserwil. (sda, 3.2.2025)\n');
    expect(triples(doc).filter((x) => x.includes(' owns '))).toEqual([]);
  });
});

describe('German quotes after a person\'s noun', () => {
  it('reads "warf dem Vizebürgermeister „Freunderlwirtschaft in Reinkultur“ vor" as accusing the man, not a name in quotes', () => {
    const doc = analyse(
      'Klagenfurt (APA) - Die FPÖ kritisiert den Vizebürgermeister von Vellachau, Bernhard Kuchmayr. Deren Spitzenkandidat René Pichlbrand warf dem Vizebürgermeister "Freunderlwirtschaft in Reinkultur" vor. (APA, 3.2.2025)\n',
    );
    const t = triples(doc);
    expect(t).toContain('René Pichlbrand accused Bernhard Kuchmayr');
    expect(doc.entities.some((e) => e.label.startsWith('Freunderlwirtschaft'))).toBe(false);
  });
});

describe('units, seats and party officers', () => {
  it('reads "X, the cyber security unit of Alphabet\'s Google" as a unit of Google', () => {
    const doc = analyse("LONDON (Reuters) - The council has called in Quorlan, the cyber security unit of Alphabet's Google. (Reuters, 2025-02-03)\n", 'en');
    expect(triples(doc)).toContain('Quorlan subsidiaryOf Google');
  });

  it('places a firm after "Leeds-based IT contractor"', () => {
    const doc = analyse('LONDON (Reuters) - The servers were maintained by Leeds-based IT contractor Halvex Systems. (Reuters, 2025-02-03)\n', 'en');
    expect(triples(doc)).toContain('Halvex Systems locatedIn Leeds');
  });

  it('reads "schickt die Volkspartei Gemeinderätin X ins Rennen" as X a member of the party', () => {
    const doc = analyse('Klagenfurt (APA) - Die ÖVP hat einen neuen Kandidaten. Als Ersatz schickt die Volkspartei nun Gemeinderätin Elke Fradlmoos ins Rennen. (APA, 3.2.2025)\n');
    expect(triples(doc)).toContain('Elke Fradlmoos memberOf ÖVP');
  });

  it('reads "Der Bezirksparteiobmann der ÖVP Völkermarkt, X," as a member of the party', () => {
    const doc = analyse('Klagenfurt (APA) - Die ÖVP hat einen neuen Kandidaten. Der Bezirksparteiobmann der ÖVP Völkermarkt, Jakob Strauchwald, sprach von einem richtigen Schritt. (APA, 3.2.2025)\n');
    expect(triples(doc)).toContain('Jakob Strauchwald memberOf ÖVP');
  });
});

describe('English genitives before an adjective of origin', () => {
  it('reads "who heads the company\'s European operations" as working for the company', () => {
    const doc = analyse("DUBLIN (Reuters) - The regulator fined video platform Yelvora. Teodora Marsavka, who heads the company's European operations, said Yelvora would appeal. (Reuters, 2025-02-03)\n", 'en');
    expect(triples(doc)).toContain('Teodora Marsavka worksFor Yelvora');
  });

  it('reads no rivalry into the "is" of a passive ("X\'s German rival Y is led by Z")', () => {
    const doc = analyse("PARIS (Reuters) - Yelvora named a new chief. Yelvora's larger German rival Quandor is led by Oliver Baetke. (Reuters, 2025-02-03)\n", 'en');
    expect(triples(doc).filter((x) => x.startsWith('Oliver Baetke competitorOf'))).toEqual([]);
  });
});

describe('German towns and the regions after "im"', () => {
  it('keeps a known region after "im" apart from a town the gazetteer lacks', () => {
    const doc = analyse('Linz (APA) - Die Gruppe erwirbt den Familienbetrieb Helmquarz aus Ordenzigau im Mühlviertel. (APA, 3.2.2025)\n');
    expect(triples(doc)).toContain('Ordenzigau locatedIn Mühlviertel');
  });

  it('still names a town on a river with "an der" ("Kirchdorf an der Krems")', () => {
    const doc = analyse('Linz (APA) - Die Firma Helmquarz hat ihren Sitz in Ordenbach an der Krems. (APA, 3.2.2025)\n');
    expect(doc.entities.some((e) => e.label === 'Ordenbach an der Krems')).toBe(true);
  });
});

describe('German seats after "am"', () => {
  it('places an organisation named after "am" with its town ("am Forschungsinstitut X in Kiel")', () => {
    const doc = analyse('Kiel (dpa) - Die beiden Gründer hatten jahrelang am Forschungsinstitut Kalmora in Kiel gearbeitet. (dpa, 3.2.2025)\n');
    expect(triples(doc)).toContain('Kalmora locatedIn Kiel');
  });
});

describe('the town a text is about', () => {
  it('does not make a mayor the head of a court\'s seat named in passing', () => {
    const doc = analyse('Ansbach (dpa) - Im Streit um ein Windrad bei Lenzbachried ist eine Bürgerinitiative gescheitert. Man prüfe eine Beschwerde beim Bundesverwaltungsgericht in Leipzig, sagte ihr Sprecher. Bürgermeister Tobias Hainzmeier hatte das Vorhaben unterstützt. (dpa, 3.2.2025)\n');
    expect(triples(doc)).not.toContain('Tobias Hainzmeier ceoOf Leipzig');
  });
});

describe('English bodies named before', () => {
  it('reads "the council" after "Quernshaw County Council" as that council, not a body of its own', () => {
    const doc = analyse('LONDON (Reuters) - Quernshaw County Council said it had been hit by a ransomware attack. Chief executive Martin Fawlmoor said the council had shut down its network. (Reuters, 2025-02-03)\n', 'en');
    expect(entityOf(doc, 'council')?.label).toBe('Quernshaw County Council');
  });

  it('keeps a board owned by a firm named in the genitive its own ("Kalgara\'s board")', () => {
    const doc = analyse("LONDON (Reuters) - Quernshaw Investment Board bought a stake in Kalgara. Kalgara's board has recommended the offer. (Reuters, 2025-02-03)\n", 'en');
    expect(entityOf(doc, 'board')?.label).not.toBe('Quernshaw Investment Board');
  });
});

describe('possessives and units', () => {
  it('reads "Ihr steirischer Landessekretär X warf Y vor" with "Ihr" as a possessive, Y as the accused', () => {
    const doc = analyse('Graz (APA) - Die Lebensmittelgruppe Orvandel übernimmt eine Rösterei. Kritik kam von der Gewerkschaft PRO-GE. Ihr steirischer Landessekretär Hubert Zwanzbichl warf Orvandel vor, Teile der Produktion verlagert zu haben. (APA, 3.2.2025)\n');
    const t = triples(doc);
    expect(t).toContain('Hubert Zwanzbichl accused Orvandel');
    expect(t).not.toContain('Hubert Zwanzbichl accused PRO-GE');
  });

  it('reads "X, a unit of San Jose, California-based Y" as a unit of Y', () => {
    const doc = analyse('DUBLIN (Reuters) - The regulator fined messaging app Plintvora. Plintvora, a unit of San Jose, California-based Kerbessa Inc, said it would appeal. (Reuters, 2025-02-03)\n', 'en');
    expect(triples(doc)).toContain('Plintvora subsidiaryOf Kerbessa Inc');
  });
});
