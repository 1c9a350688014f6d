// Constructions of everyday agency news that session 6 found missing or
// misread, each on a short text written for this test with invented names:
// a role of an organisation followed by the person in apposition, chairing a
// board, kin before a name, and name particles that first-name lists carry.
import { describe, expect, it } from 'vitest';
import { analyse, triples } from './analyse.js';

describe('German appositions after a role of an organisation', () => {
  it('reads "Der Chef des Fahrdienstes X, Y," as Y leading X', () => {
    const t = triples(analyse('Berlin – Der Chef des Fahrdienstes Rydo, Tom Berger, trat zurück. (dpa, 1.2.2025)\n'));
    expect(t).toContain('Tom Berger ceoOf Rydo');
  });

  it('reads founder and chief together, and a spokesperson of a corporation', () => {
    const t = triples(
      analyse(
        'Berlin – Der Gründer und Chef des Messengerdienstes Kallo, Pawel Morin, wurde festgenommen. Der Sprecher des Konzerns Holmag, Jan Riedl, wies das zurück. (dpa, 1.2.2025)\n',
      ),
    );
    expect(t).toContain('Pawel Morin founded Kallo');
    expect(t).toContain('Pawel Morin ceoOf Kallo');
    expect(t).toContain('Jan Riedl spokespersonOf Holmag');
  });

  it('does not make the person criticise the organisation named inside their own apposition', () => {
    const t = triples(analyse('Berlin – Die Gründerin der Plattform Lumio, Anna Weiss, kritisierte die Entscheidung. (dpa, 1.2.2025)\n'));
    expect(t).toContain('Anna Weiss founded Lumio');
    expect(t).not.toContain('Anna Weiss criticized Lumio');
  });
});

describe('German boards, kin and name particles', () => {
  it('reads chairing a company\'s supervisory board as a seat in it, not as leading the board', () => {
    const doc = analyse('Hamburg – Peter Albers leitete zuvor den Aufsichtsrat der Reederei Holmag. (dpa, 1.2.2025)\n');
    const t = triples(doc);
    expect(t).toContain('Peter Albers memberOf Holmag');
    expect(t.filter((x) => x.includes('ceoOf'))).toEqual([]);
  });

  it('makes a name after a kin noun a person', () => {
    const doc = analyse('Paris – Er gründete die Firma gemeinsam mit seinem Bruder Nikolai. (dpa, 1.2.2025)\n');
    expect(doc.entities.find((e) => e.label === 'Nikolai')?.type).toBe('Person');
  });

  it('takes no name particle for a first name ("Flughafen Le Bourget" names no person)', () => {
    const doc = analyse('Paris – Der Jet landete auf dem Flughafen Le Bourget bei Paris. (dpa, 1.2.2025)\n');
    const bourget = doc.entities.find((e) => e.label.includes('Bourget'));
    expect(bourget).toBeDefined();
    expect(bourget?.type).not.toBe('Person');
  });
});

describe('names of firms', () => {
  it('types a name ending in an industry word as a company even when its first word is a first name', () => {
    const doc = analyse('AUSTIN, Texas (Reuters) - U.S. chipmaker Corrigan Semiconductor has agreed to buy a rival, Taliesin Microsystems. (Reuters, May 5, 2025)\n', 'en');
    expect(doc.entities.find((e) => e.label === 'Corrigan Semiconductor')?.type).toBe('Company');
    expect(doc.entities.find((e) => e.label === 'Taliesin Microsystems')?.type).toBe('Company');
  });

  it('keeps "Partners" and "& Partner" inside a firm\'s name', () => {
    const doc = analyse('Wien – Die Investorengruppe Alder Creek Sports Partners übernimmt den Verein. Die Prüfer von Kessler Raabe & Partner prüfen die Bücher. (APA, 1.2.2025)\n');
    const labels = doc.entities.map((e) => `${e.label}/${e.type}`);
    expect(labels).toContain('Alder Creek Sports Partners/Company');
    expect(labels).toContain('Kessler Raabe & Partner/Company');
  });

  it('reads the adjective of a town that GeoNames names with a qualifier ("Kempten (Allgäu)")', () => {
    const doc = analyse('München – Der Investor kaufte das Kemptener Unternehmen Allgäuwerk im Jahr 2019. (dpa, 1.2.2025)\n');
    expect(doc.entities.some((e) => e.label === 'Kemptener')).toBe(false);
    expect(triples(doc)).toContain('Allgäuwerk locatedIn Kempten');
  });
});

describe('ordinary German words the morphology tables lack', () => {
  it('takes a word the spelling dictionary knows with its inflection for a noun, not a name', () => {
    const doc = analyse('Gießen – Als Ursache nannte der Verlag den anhaltenden Schwund an Zustellern. (dpa, 1.2.2025)\n');
    expect(doc.tokens.find((t) => t.text === 'Schwund')?.pos).toBe('NOUN');
    expect(doc.entities.some((e) => e.label === 'Schwund')).toBe(false);
  });

  it('still reads names the dictionary spells without inflection, and words of a multiword name', () => {
    const doc = analyse('Vevey – Der Konzern steht im Wettbewerb mit Danone. Die Spielereihe Call of Duty bleibt bei Xbox. (dpa, 1.2.2025)\n');
    const labels = doc.entities.map((e) => e.label);
    expect(labels).toContain('Danone');
    expect(labels.some((l) => l.startsWith('Call of Duty'))).toBe(true);
  });
});

describe('first names, brands and towns', () => {
  it('reads a first name that a brand shares, before a surname the compound splitter could read as nouns, as a person', () => {
    const doc = analyse('Gießen – Verleger Konrad Brandhorst nannte die Gründe. (dpa, 1.2.2025)\n');
    expect(doc.entities.find((e) => e.label === 'Konrad Brandhorst')?.type).toBe('Person');
  });

  it('knows German cities whose names are also words, and keeps the court named after one apart from it', () => {
    const doc = analyse('Gießen – Der Verlag hat beim Amtsgericht Gießen Insolvenz beantragt. Er hat auch ein Werk in Erlangen. (dpa, 1.2.2025)\n');
    const byLabel = new Map(doc.entities.map((e) => [e.label, e.type]));
    expect(byLabel.get('Amtsgericht Gießen')).toBe('Court');
    expect(doc.entities.find((e) => e.aliases.includes('Gießen') || e.label === 'Gießen')?.type).toBe('City');
    expect(byLabel.get('Erlangen')).toBe('City');
  });
});

describe('names with their own organisation noun', () => {
  it('reads "die Kasseler Kühnemann Mediengruppe" as one company located in Kassel', () => {
    const doc = analyse('Kassel – Die Kasseler Kühnemann Mediengruppe prüft den Kauf der Titel. (dpa, 1.2.2025)\n');
    expect(doc.entities.find((e) => e.label === 'Kühnemann Mediengruppe')?.type).toBe('Company');
    expect(triples(doc)).toContain('Kühnemann Mediengruppe locatedIn Kassel');
  });

  it('does not place an organisation by an adjective of origin before a description of it', () => {
    const doc = analyse('Wien – Die Firma Holmag aus Linz wurde verkauft. Die Grazer Behörde prüft den Verkauf. (APA, 1.2.2025)\n');
    // (Session 7: the authority the description introduces may be placed in Graz; the company may not.)
    expect(triples(doc).filter((t) => t.startsWith('Holmag') && t.includes('locatedIn Graz'))).toEqual([]);
  });
});

describe('insurers and indefinite role nouns', () => {
  it('reads a company health insurer and refers back to it as "die Kasse"', () => {
    const t = triples(
      analyse(
        'Wuppertal – Hacker haben Daten der Betriebskrankenkasse Lindra BKK gestohlen, teilte die Kasse mit Sitz in Wuppertal mit. Der Sozialverband VdK warf der Kasse vor, zu spät informiert zu haben. (dpa, 1.2.2025)\n',
      ),
    );
    expect(t).toContain('Lindra BKK locatedIn Wuppertal');
    expect(t).toContain('VdK accused Lindra BKK');
  });

  it('takes no dictionary noun after an indefinite role noun for a name', () => {
    const doc = analyse('Berlin – Die Täter hatten mit den Daten eines Mitarbeiters Zugriff auf die Plattform. (dpa, 1.2.2025)\n');
    expect(doc.entities.some((e) => e.label === 'Zugriff')).toBe(false);
  });
});

describe('offices, the dateline agency and predicative nouns', () => {
  it('reads taking over an office as leading, not buying', () => {
    const t = triples(
      analyse('Gmunden – Der Fußballklub FC Seewalchen sucht einen Präsidenten. Bis zur Wahl übernimmt Vizepräsidentin Claudia Hörtner die Vereinsführung. (APA, 1.2.2025)\n'),
    );
    expect(t.filter((x) => x.includes('acquired'))).toEqual([]);
    expect(t).toContain('Claudia Hörtner ceoOf FC Seewalchen');
  });

  it('never takes the agency of the dateline for a description, even where the text names it', () => {
    const doc = analyse(
      'Gmunden (APA) – Der Zweitligist FC Seewalchen bekommt einen neuen Eigentümer. Nach Informationen der APA zahlt er zwölf Millionen Euro. Präsident Herbert Wimmer, der den Verein zehn Jahre lang geführt hat, tritt zurück. (APA, 1.2.2025)\n',
    );
    const t = triples(doc);
    expect(t.filter((x) => x.includes('Austria Presse Agentur') && !x.includes('locatedIn'))).toEqual([]);
    expect(t).toContain('Herbert Wimmer ceoOf FC Seewalchen');
  });
});

describe('investigations, dismissals and chiefs named before their company', () => {
  it('reads investigating someone, and opening proceedings against them, as accusing them, for every name of a list', () => {
    const t = triples(
      analyse(
        'Mannheim – Die Staatsanwaltschaft Mannheim ermittelt wegen Betrugs gegen Ralf Steinmüller, Dirk Wessel und einen früheren Bereichsleiter. Das Bundeskartellamt hat ein Verfahren gegen den Händler Korvo eingeleitet. (dpa, 1.2.2025)\n',
      ),
    );
    expect(t).toContain('Staatsanwaltschaft Mannheim accused Ralf Steinmüller');
    expect(t).toContain('Staatsanwaltschaft Mannheim accused Dirk Wessel');
    expect(t).toContain('Federal Cartel Office accused Korvo');
  });

  it('reads "trennte sich von Finanzvorstand X" with a role noun the cues do not list', () => {
    const t = triples(analyse('Mannheim – Die Baumarktkette Hobelwerk trennte sich mit sofortiger Wirkung von Finanzvorstand Dirk Wessel. (dpa, 1.2.2025)\n'));
    expect(t).toContain('Hobelwerk dismissed Dirk Wessel');
  });

  it('gives a chief executive the company the sentence names after the role when none was named before', () => {
    const t = triples(analyse('Mannheim – Nach Manipulationen hat Vorstandschef Ralf Steinmüller die Baumarktkette Hobelwerk verlassen. (dpa, 1.2.2025)\n'));
    expect(t).toContain('Ralf Steinmüller ceoOf Hobelwerk');
  });
});

describe('agreement, party members and place nouns', () => {
  it('does not make one person the subject of a relative clause whose verb is plural', () => {
    const t = triples(
      analyse(
        'Wien – Die SPÖ will ihre Zusammenarbeit mit den NEOS fortsetzen, die Tom Maier offen unterstützt hatten. Die Firma Kalmo, die Anna Berger und Tom Roth gegründet haben, wächst. (APA, 1.2.2025)\n',
      ),
    );
    expect(t).not.toContain('Tom Maier supporterOf NEOS');
    expect(t).toContain('Anna Berger founded Kalmo');
  });

  it('reads "X von der SPÖ" without a comma as membership', () => {
    const t = triples(analyse('Steyr – Gewählt wurde Vizebürgermeisterin Manuela Grubinger von der SPÖ. (APA, 1.2.2025)\n'));
    expect(t).toContain('Manuela Grubinger memberOf SPÖ');
  });

  it('names no place with a dictionary noun after a place noun', () => {
    const doc = analyse('Steyr – Die Partei habe über die Finanzlage der Stadt Stimmung gemacht. (APA, 1.2.2025)\n');
    expect(doc.entities.some((e) => e.label === 'Stimmung')).toBe(false);
  });
});

describe('institutions named by a place', () => {
  it('names two banks of one kind apart, also by a place the gazetteer lacks or with "am"', () => {
    const doc = analyse(
      'Arnsberg – Die Volksbank Lenne-Hönnetal mit Sitz in Menden und die Arnsberger Volksbank am Haarstrang wollen fusionieren. Nach Angaben der Banken stimmen die Gremien zu. (dpa, 1.2.2025)\n',
    );
    const labels = doc.entities.map((e) => e.label);
    expect(labels).toContain('Volksbank Lenne-Hönnetal');
    expect(labels).toContain('Volksbank am Haarstrang');
    expect(labels).not.toContain('Banken');
    expect(triples(doc)).toContain('Volksbank Lenne-Hönnetal locatedIn Menden');
  });
});

describe('boards, compounds of a name and "dessen"/"deren"', () => {
  it('reads leading the management board as leading the company, named in a compound of its place', () => {
    const t = triples(
      analyse(
        'Arnsberg – Die Volksbank am Haarstrang und die Volksbank Lenne wollen fusionieren. An die Spitze soll Matthias Overhoff rücken, der seit 2017 den Vorstand der Haarstrang-Bank führt. Sein Amtskollege Bernd Kamp, Vorstandsvorsitzender der Volksbank Lenne, wird Stellvertreter. (dpa, 1.2.2025)\n',
      ),
    );
    expect(t).toContain('Matthias Overhoff ceoOf Volksbank am Haarstrang');
    expect(t).not.toContain('Matthias Overhoff ceoOf Vorstand');
    expect(t).toContain('Bernd Kamp ceoOf Volksbank Lenne');
  });

  it('lets "dessen" point back past a feminine organisation to a masculine body', () => {
    const t = triples(
      analyse('Arnsberg – Der Betriebsrat der Volksbank am Haarstrang reagierte mit Kritik. Dessen Vorsitzende Sabine Wörde warf dem Vorstand Versäumnisse vor. (dpa, 1.2.2025)\n'),
    );
    expect(t).not.toContain('Sabine Wörde ceoOf Volksbank am Haarstrang');
    expect(t).toContain('Sabine Wörde ceoOf Betriebsrat');
  });

  it('still reads a compound of a product and a company noun as the maker, not the product', () => {
    const doc = analyse('Redmond – Microsoft kauft Activision. Die Behörde fürchtet, dass der Windows-Konzern Spiele exklusiv anbietet. (dpa, 1.2.2025)\n');
    const konzern = doc.mentions.find((m) => m.text.startsWith('Windows-Konzern') || m.text === 'Konzern');
    expect(doc.entities.find((e) => e.key === konzern?.entity)?.label).not.toBe('Windows');
  });
});

describe('associations, licences and examples', () => {
  it('names an association by its place, refers back to it as "der Verband", and reads every example after "wie"', () => {
    const t = triples(
      analyse(
        'München – Die Stadt hat Ärger mit dem Fahrdienst Rydo. Beim Taxiverband München stieß der Schritt auf Zustimmung. Der Verband wirft Plattformen wie Rydo und dem US-Konzern Uber seit Jahren vor, die Preise zu drücken. (dpa, 1.2.2025)\n',
      ),
    );
    expect(t).toContain('Taxiverband München accused Rydo');
    expect(t).toContain('Taxiverband München accused Uber');
  });

  it('reads the owner in the dative of a relative clause, and taking away a licence as a ban', () => {
    const t = triples(
      analyse(
        'Berlin – Die Finanzaufsicht Bafin hat der Kryptobörse Koinly die Lizenz entzogen. Das 2019 gegründete Start-up, das mehrheitlich dem Amsterdamer Konzern Northwind gehört, will klagen. (dpa, 1.2.2025)\n',
      ),
    );
    expect(t).toContain('Bundesanstalt für Finanzdienstleistungsaufsicht banned Koinly');
    expect(t).toContain('Koinly subsidiaryOf Northwind');
  });

  it('takes a compound that its bracketed abbreviation spells for an organisation\'s name', () => {
    const doc = analyse('München – Das Kreisverwaltungsreferat (KVR) begründete den Widerruf. Ein Sprecher des KVR schwieg. (dpa, 1.2.2025)\n');
    const kvr = doc.entities.find((e) => e.label === 'Kreisverwaltungsreferat');
    expect(kvr?.type).toBe('GovernmentAgency');
    expect(kvr?.aliases).toContain('KVR');
  });
});

describe('names spelled by their abbreviation, suspensions and heads of associations', () => {
  it('takes the words whose initials an abbreviation in brackets spells for one name', () => {
    const doc = analyse(
      'Wien – Das Österreichische Olympische Comité (ÖOC) nahm die Entscheidung zur Kenntnis. Der Bund der Steuerzahler (BdSt) mahnt. (APA, 1.2.2025)\n',
    );
    const labels = doc.entities.map((e) => e.label);
    expect(labels).toContain('Österreichische Olympische Comité');
    expect(labels).toContain('Bund der Steuerzahler');
    expect(doc.entities.find((e) => e.label === 'Bund der Steuerzahler')?.aliases).toContain('BdSt');
  });

  it('reads a suspension by an ethics committee and the head of an association', () => {
    const t = triples(
      analyse(
        'Wien – Der Österreichische Kanuverband (ÖKV) ist ohne Präsidenten. Die verbandsinterne Ethikkommission hat Verbandspräsident Herbert Tausch suspendiert. Das Gremium wirft ihm Begünstigung vor. (APA, 1.2.2025)\n',
      ),
    );
    expect(t).toContain('Herbert Tausch ceoOf Österreichische Kanuverband');
    expect(t).toContain('Ethikkommission dismissed Herbert Tausch');
    expect(t).toContain('Ethikkommission accused Herbert Tausch');
  });
});

describe('English: places before role nouns, spin-outs and shareholders', () => {
  it('takes a place before a noun before a name as a modifier, not the subject', () => {
    const t = triples(analyse('AUSTIN, Texas (Reuters) - U.S. chipmaker Corrigan Semiconductor has agreed to buy British chip designer Lumivex Systems. (Reuters, May 5, 2025)\n', 'en'));
    expect(t).toContain('Corrigan Semiconductor acquired Lumivex Systems');
  });

  it('reads a spin-out as a founding, and an apposed largest shareholder as an investor', () => {
    const t = triples(
      analyse(
        'LONDON (Reuters) - Cambridge-based Lumivex, which physicist Aoife Brennagh spun out of the University of Cambridge in 2016, makes chips. Venture firm Fenwick Hollow Capital, Lumivex\'s largest shareholder, has agreed to sell its stake. (Reuters, May 5, 2025)\n',
        'en',
      ),
    );
    expect(t).toContain('Aoife Brennagh founded Lumivex');
    expect(t).toContain('Lumivex foundedIn 2016');
    expect(t).toContain('Fenwick Hollow Capital investedIn Lumivex');
  });
});

describe('English: units, appositions of descriptions and places of two words before "-based"', () => {
  it('reads running a company\'s team as working for it, not leading the company', () => {
    const t = triples(analyse('SAN FRANCISCO (Reuters) - He is joined by Mina Seo, who ran Lumenfield\'s reinforcement learning team until last month. (Reuters, May 5, 2025)\n', 'en'));
    expect(t).toContain('Mina Seo worksFor Lumenfield');
    expect(t).not.toContain('Mina Seo ceoOf Lumenfield');
  });

  it('reads a founder of a "San Francisco-based lab" with the lab\'s place', () => {
    const t = triples(
      analyse(
        'SAN FRANCISCO (Reuters) - Tom Weir left artificial intelligence lab Lumenfield. Rachel Hart, Lumenfield\'s chief executive, who started the San Francisco-based lab with Weir in 2021, said she was sad. (Reuters, May 5, 2025)\n',
        'en',
      ),
    );
    expect(t).toContain('Rachel Hart founded Lumenfield');
    expect(t).toContain('Lumenfield foundedIn 2021');
    expect(t).toContain('Lumenfield locatedIn San Francisco');
  });

  it('does not take "the new company, X," for a company named before', () => {
    const doc = analyse('ZURICH (Reuters) - Tom Weir raised money from investors led by Index Ventures. The new company, Sablewood, will be based in Zurich. (Reuters, May 5, 2025)\n', 'en');
    const index = doc.entities.find((e) => e.label === 'Index Ventures');
    expect(index?.mentions.length).toBe(1);
  });
});

describe('English negation scope and participle clauses', () => {
  it('reads "sued X, accusing the service of enrolling customers in charges they never agreed to"', () => {
    const t = triples(
      analyse(
        'WASHINGTON (Reuters) - The Federal Trade Commission sued Reelhaven on Thursday, accusing the streaming service of enrolling customers in charges they never agreed to and then making it hard to cancel. (Reuters, May 5, 2025)\n',
        'en',
      ),
    );
    expect(t).toContain('Federal Trade Commission accused Reelhaven');
    expect(t).not.toContain('Federal Trade Commission accused Federal Trade Commission');
  });

  it('still asserts nothing a later negation denies', () => {
    const t = triples(analyse('LONDON (Reuters) - Getty Images said on Monday that it would not sue Stability AI. (Reuters, May 5, 2025)\n', 'en'));
    expect(t.filter((x) => x.includes('sued'))).toEqual([]);
  });
});

describe('English: an organisation introduced by its kind and named soon after', () => {
  it('links "a union" to the union named in the next sentence, and places a retailer by "Seattle-based online"', () => {
    const t = triples(
      analyse(
        'SEATTLE (Reuters) - A union representing warehouse workers sued Seattle-based online retailer Stockhaven on Tuesday. The lawsuit was filed by the Northwest Warehouse Workers Union. (Reuters, May 5, 2025)\n',
        'en',
      ),
    );
    expect(t).toContain('Northwest Warehouse Workers Union sued Stockhaven');
    expect(t).toContain('Stockhaven locatedIn Seattle');
  });
});

describe('first names of more countries', () => {
  it('reads "dem estnischen Softwareentwickler Rasmus Kõrvits" as a person', () => {
    const doc = analyse('Tallinn – Gegründet wurde die Firma von dem estnischen Softwareentwickler Rasmus Kõrvits. (dpa, 1.2.2025)\n');
    expect(doc.entities.find((e) => e.label === 'Rasmus Kõrvits')?.type).toBe('Person');
  });
});

describe('a noun in apposition says what a name is', () => {
  it('types "Rallyline, a social-media start-up" and resolves "the platform" to it, not to its buyer', () => {
    const t = triples(
      analyse(
        'LONDON (Reuters) - British media group Halberd Media has agreed to buy Rallyline, a social-media start-up set up by two former advisers. Imogen Thackeray will stay on as chief executive and run the platform as a standalone unit within Halberd. (Reuters, May 5, 2025)\n',
        'en',
      ),
    );
    expect(t).toContain('Halberd Media acquired Rallyline');
    expect(t).toContain('Imogen Thackeray ceoOf Rallyline');
    expect(t).not.toContain('Imogen Thackeray ceoOf Halberd Media');
    expect(t.filter((x) => x.startsWith('Imogen Thackeray owns'))).toEqual([]);
  });
});

describe('German: a clause a relative clause interrupts, pronoun cases and rival platforms', () => {
  it('reads "hat den Kanal des Influencers X, der dort … hatte, dauerhaft gesperrt" as a ban', () => {
    const t = triples(
      analyse('Berlin – Die Streamingplattform Twitch hat den Kanal von Niklas Brandt, der dort mehr als eine Million Follower hatte, dauerhaft gesperrt. (dpa, 1.2.2025)\n'),
    );
    expect(t).toContain('Twitch banned Niklas Brandt');
  });

  it('takes "ihm" for the dative, not the subject, and reads a rival platform', () => {
    const t = triples(
      analyse(
        'Berlin – Twitch sperrte Niklas Brandt. Er meldete sich auf der Konkurrenzplattform Kick zurück. Seine Agentur, die Kölner Loudhaus Talents, kündigte ihm am Montag die Zusammenarbeit. (dpa, 1.2.2025)\n',
      ),
    );
    expect(t).toContain('Loudhaus Talents terminatedContractWith Niklas Brandt');
    expect(t).not.toContain('Niklas Brandt terminatedContractWith Loudhaus Talents');
    expect(t).toContain('Kick competitorOf Twitch');
  });
});

describe('German: rivals at the start of an article, the dative "der" and a chair after "deren"', () => {
  it('reads a rival taken over in the first sentence, the owner of a relative clause and a union chair', () => {
    const t = triples(
      analyse(
        'Wien (APA) – Der Linzer Baukonzern Granitz Bau AG übernimmt den steirischen Mitbewerber Pichlmayr Bau. Granitz, das mehrheitlich der Granitz Privatstiftung gehört, wächst. Kritik kam von der Gewerkschaft Bau-Holz (GBH). Deren steirischer Landesvorsitzender Harald Zenz befürchtet Kündigungen. (APA, 1.2.2025)\n',
      ),
    );
    expect(t).toContain('Pichlmayr Bau competitorOf Granitz Bau AG');
    expect(t).toContain('Granitz Bau AG subsidiaryOf Granitz Privatstiftung');
    expect(t).toContain('Harald Zenz ceoOf Gewerkschaft Bau-Holz');
  });
});

describe('German: founding attributes with a place between', () => {
  it('reads "an dem 1958 von Josef Pichl in Graz gegründeten Unternehmen"', () => {
    const t = triples(
      analyse('Graz – Der Baukonzern Pichl Bau wird verkauft. Verkäuferin ist die Familie, die sämtliche Anteile an dem 1958 von Josef Pichl in Graz gegründeten Unternehmen hielt. (APA, 1.2.2025)\n'),
    );
    expect(t).toContain('Josef Pichl founded Pichl Bau');
    expect(t).toContain('Pichl Bau foundedIn 1958');
  });
});

describe('German: the target of an attack told before, and staff named after their organisation', () => {
  it('takes the target named with "Angriff auf" for the attack a group claims later', () => {
    const t = triples(
      analyse(
        'Magdeburg – Nach einem Hackerangriff auf das Universitätsklinikum Magdeburg hat das Landeskriminalamt Sachsen-Anhalt (LKA) die Ermittlungen übernommen. Das LKA prüft Spuren. Am Dienstag bekannte sich die Hackergruppe „Vesper Lynx“ zu der Attacke. Der Ärztliche Direktor des Klinikums, Professor Gunnar Ehle, sprach von Sabotage. (dpa, 1.2.2025)\n',
      ),
    );
    expect(t).toContain('Vesper Lynx attacked Universitätsklinikum Magdeburg');
    expect(t).not.toContain('Vesper Lynx attacked Landeskriminalamt Sachsen-Anhalt');
    expect(t).toContain('Gunnar Ehle worksFor Universitätsklinikum Magdeburg');
  });
});

describe('German: competition "zu", a company\'s own service, regional chiefs and origin in reported speech', () => {
  it('reads them on one short article', () => {
    const doc = analyse(
      'Brüssel – Die EU-Kommission hat gegen den US-Konzern Veltrion eine Geldbuße verhängt. Der Konzern aus dem kalifornischen San José habe Entwicklern Hinweise untersagt, teilte die Kommission mit. Beschwert hatte sich der Musikdienst Klangvik, der in direkter Konkurrenz zu Veltrions eigenem Dienst Orbis Music steht. Europachef Thibault Marchetti widersprach. (dpa, 1.2.2025)\n',
    );
    const t = triples(doc);
    expect(t).toContain('Veltrion locatedIn San José');
    expect(doc.relations.find((r) => r.predicate === 'locatedIn' && r.rule === 'de.pattern.org-from-place')?.claim).toBeUndefined();
    expect(t).toContain('Klangvik competitorOf Veltrion');
    expect(t).toContain('Veltrion owns Orbis Music');
    expect(t).toContain('Thibault Marchetti worksFor Veltrion');
  });

  it('takes a compound of a noun and a spelled word for a noun ("Genossenschaftsbanken"), but not one on a place ("Nordhessen")', () => {
    const doc = analyse('Arnsberg – Zwei Genossenschaftsbanken aus dem Sauerland fusionieren. Die Zeitung erscheint in Nordhessen. (dpa, 1.2.2025)\n');
    expect(doc.tokens.find((t) => t.text === 'Genossenschaftsbanken')?.pos).toBe('NOUN');
    expect(doc.entities.some((e) => e.label === 'Genossenschaftsbanken' && e.unnamed !== true)).toBe(false);
  });
});

describe('more ways to name a chief executive', () => {
  it('German: copula, "unter der Führung von", "hat mit X einen neuen Chef", "mit X übernimmt … die Leitung", CEO before a name', () => {
    const t = triples(
      analyse(
        'Wien – Unter der Führung von Tom Kurz hat die Brella AG stark expandiert. Die Delta AG hat mit Paul Stern einen neuen Vorstandschef. Mit Ines Roth übernimmt eine Juristin die Leitung der Epsilon GmbH. Der neue CEO Max Ried der Zeta GmbH kündigte Einschnitte an. (APA, 1.2.2025)\n',
      ),
    );
    expect(t).toContain('Tom Kurz ceoOf Brella AG');
    expect(t).toContain('Paul Stern ceoOf Delta AG');
    expect(t).toContain('Ines Roth ceoOf Epsilon GmbH');
    expect(t.some((x) => x.startsWith('CEO Max Ried'))).toBe(false);
  });

  it('English: took over as, became, founder and chief executive of, led by, genitive apposition, whose chief executive is', () => {
    const t = triples(
      analyse(
        'LONDON (Reuters) - Tom Kurz took over as chief executive of Brella last year. Lisa Maier, the founder and chief executive of Corvix, declined to comment. Ines Roth, Epsilon\'s CEO, said the deal was good. Theta Inc, whose chief executive is Eva Holt, declined to comment. (Reuters, May 5, 2025)\n',
        'en',
      ),
    );
    expect(t).toContain('Tom Kurz ceoOf Brella');
    expect(t).toContain('Lisa Maier ceoOf Corvix');
    expect(t).toContain('Lisa Maier founded Corvix');
    expect(t).toContain('Ines Roth ceoOf Epsilon');
    expect(t).toContain('Eva Holt ceoOf Theta Inc');
  });
});

describe('more ways to name competitors', () => {
  it('German: apposition, rivals named together, fighting for customers', () => {
    const t = triples(
      analyse(
        'Berlin – Die Firma Alvona wächst. Brella, ein Konkurrent von Alvona, verliert Kunden. Die Firmen Alvona und Corvix sind seit Jahren Konkurrenten. Alvona kämpft mit der Firma Zeta um Kunden. (APA, 1.2.2025)\n',
      ),
    );
    expect(t).toContain('Brella competitorOf Alvona');
    expect(t.some((x) => x === 'Alvona competitorOf Corvix' || x === 'Corvix competitorOf Alvona')).toBe(true);
    expect(t).toContain('Alvona competitorOf Zeta');
  });

  it('English: rivals named together, a genitive competitor, competition from, rivals include', () => {
    const t = triples(
      analyse(
        "LONDON (Reuters) - Alvona Inc and Corvix Ltd have been competitors for years. Brella Corp is Alvona Inc's biggest competitor. Alvona faces competition from Kappa Ltd. Alvona's rivals include Theta Labs and Iota Systems. (Reuters, May 5, 2025)\n",
        'en',
      ),
    );
    expect(t.some((x) => x === 'Alvona Inc competitorOf Corvix Ltd' || x === 'Corvix Ltd competitorOf Alvona Inc')).toBe(true);
    expect(t).toContain('Brella Corp competitorOf Alvona Inc');
    expect(t).toContain('Alvona Inc competitorOf Kappa Ltd');
    expect(t).toContain('Theta Labs competitorOf Alvona Inc');
    expect(t).not.toContain('Brella Corp competitorOf Corvix Ltd');
  });
});

describe('more ways to name founders', () => {
  it('German: aus der Taufe heben, a participle in apposition, a founder copula', () => {
    const t = triples(
      analyse('Wien – Anna Berg hob die Firma Brella im Jahr 2015 aus der Taufe. Die Firma Corvix, 2018 von Tom Kurz gegründet, wächst. Lisa Maier ist Gründerin der Firma Delfon. (APA, 1.2.2025)\n'),
    );
    expect(t).toContain('Anna Berg founded Brella');
    expect(t).toContain('Brella foundedIn 2015');
    expect(t).toContain('Tom Kurz founded Corvix');
    expect(t).toContain('Lisa Maier founded Delfon');
  });

  it('English: the founder of X in apposition, co-founder of X, set up', () => {
    const t = triples(
      analyse(
        'LONDON (Reuters) - Anna Berg, the founder of Brella Ltd, declined to comment. Ines Roth, co-founder of Zeta Systems, declined to comment. Paul Stern set up Epsilon Ltd in 1990. (Reuters, May 5, 2025)\n',
        'en',
      ),
    );
    expect(t).toContain('Anna Berg founded Brella Ltd');
    expect(t).toContain('Ines Roth founded Zeta Systems');
    expect(t).toContain('Paul Stern founded Epsilon Ltd');
    expect(t).toContain('Epsilon Ltd foundedIn 1990');
  });
});

describe('more ways to accuse', () => {
  it('German: a formal warning, a complaint to an authority, no accused common noun after an authority', () => {
    const t = triples(
      analyse(
        'Berlin – Die Verbraucherzentrale Hamburg hat die Firma Brella abgemahnt. Die Firma Lambda reichte eine Beschwerde gegen die Firma Mykon bei der EU-Kommission ein. Die Grünen warfen der Regierung Versagen vor. (APA, 1.2.2025)\n',
      ),
    );
    expect(t).toContain('Verbraucherzentrale Hamburg accused Brella');
    expect(t).toContain('Lambda accused Mykon');
    expect(t).not.toContain('Lambda sued Mykon');
    expect(t.some((x) => x.endsWith('accused Versagen'))).toBe(false);
  });

  it('English: facing allegations from someone, opening an investigation into someone', () => {
    const t = triples(
      analyse('LONDON (Reuters) - Delta Labs faces allegations from the union Unite that it spied on workers. The FTC has opened an investigation into Kappa Ltd. (Reuters, May 5, 2025)\n', 'en'),
    );
    expect(t).toContain('Unite accused Delta Labs');
    expect(t).toContain('Federal Trade Commission accused Kappa Ltd');
  });
});

describe('more ways to name owners, parents and makers', () => {
  it('German: majority held by, owner copula, a holding in apposition, a product from its maker', () => {
    const t = triples(
      analyse(
        'Berlin – Die Firma Alvona wächst. Die Mehrheit an der Kappa GmbH liegt bei der Lambda Holding. Alvona ist Mehrheitseigentümer der Mykon AG. Die Firma Nexa, eine Beteiligung der Lambda Holding, wächst. Die Software Rova stammt von der Firma Sigma. (APA, 1.2.2025)\n',
      ),
    );
    expect(t).toContain('Lambda Holding owns Kappa GmbH');
    expect(t).not.toContain('Lambda Holding owns Alvona');
    expect(t).toContain('Alvona owns Mykon AG');
    expect(t).toContain('Lambda Holding investedIn Nexa');
    expect(t).toContain('Sigma developerOf Rova');
  });

  it('English: part of a group, a majority of, the acquisition of X by Y', () => {
    const t = triples(
      analyse(
        'LONDON (Reuters) - Corvix Ltd is part of the Alvona group. Lambda Holdings owns a majority of Kappa Ltd. The acquisition of Pelton Ltd by Alvona Inc closed in May. (Reuters, May 5, 2025)\n',
        'en',
      ),
    );
    expect(t.some((x) => x.startsWith('Corvix Ltd subsidiaryOf Alvona'))).toBe(true);
    expect(t).toContain('Lambda Holdings owns Kappa Ltd');
    expect(t).toContain('Alvona Inc acquired Pelton Ltd');
  });
});

describe('own servers and anglicisms', () => {
  it('reads no hosting when a company runs its own servers, and no name in "Chats"', () => {
    const doc = analyse(
      'Bern – Der Bund empfiehlt die App Threema. Das Amt hatte bemängelt, dass Chats bei Telegram nicht verschlüsselt seien. Die Firma Threema betreibt ihre Server ausschliesslich in der Schweiz. (sda, 1.2.2025)\n',
    );
    expect(triples(doc).filter((x) => x.includes('hostedBy'))).toEqual([]);
    expect(doc.entities.some((e) => e.label === 'Chats')).toBe(false);
  });
});

describe('inhabitants and indefinite courts', () => {
  it('takes no dictionary noun for an inhabitant of a town it resembles, but keeps "Hamburger"', () => {
    const doc = analyse('München – Die Kammer entschied gegen die Hamburger Firma Holmag. Ein Bundesgericht in New York wies die Klage ab. (dpa, 1.2.2025)\n');
    const labels = doc.entities.map((e) => e.label);
    expect(labels.some((l) => l === 'Kamen')).toBe(false);
    expect(triples(doc)).toContain('Holmag locatedIn Hamburg');
    expect(labels.some((l) => l.includes('Switzerland'))).toBe(false);
  });
});

describe('associations by their noun', () => {
  it('refers to a compound association as "der Verband" and relates its board member to it', () => {
    const t = triples(
      analyse(
        'Bonn – Das Bundeskartellamt ermittelt gegen Amazon. Ausgelöst wurde die Prüfung durch eine Beschwerde des Händlerbunds. Der Verband mit Sitz in Leipzig wirft Amazon vor, Preise zu drücken, sagte Verbandsvorständin Katrin Heim. (dpa, 1.2.2025)\n',
      ),
    );
    expect(t).toContain('Händlerbund accused Amazon');
    expect(t).toContain('Händlerbund locatedIn Leipzig');
    expect(t).not.toContain('Amazon locatedIn Leipzig');
    expect(t).toContain('Katrin Heim memberOf Händlerbund');
  });
});

describe('courts and judges', () => {
  it('German: judges, winning and losing in court, a suit upheld against the defendant', () => {
    const t = triples(
      analyse(
        'München – Das Landgericht München I hat der Klage der GEMA gegen Spotify stattgegeben. Die Vorsitzende Richterin Cornelia Haberl führte aus, die Musik stehe im Vordergrund. Richter Tom Kurz vom Landgericht Hamburg sah das anders. Die Firma Delfon unterlag vor dem Landgericht Köln gegen die Firma Epsilon. Das Oberlandesgericht verurteilte die Firma Corvix zu einer Strafe. (dpa, 1.2.2025)\n',
      ),
    );
    expect(t).toContain('Landgericht München I ruledAgainst Spotify');
    expect(t).toContain('Cornelia Haberl worksFor Landgericht München I');
    expect(t).toContain('Tom Kurz worksFor Landgericht Hamburg');
    expect(t).toContain('Landgericht Köln ruledAgainst Delfon');
    expect(t).toContain('Landgericht Köln ruledInFavorOf Epsilon');
    expect(t.some((x) => x.includes('criticized Corvix'))).toBe(false);
  });

  it('English: titles in capitals before a judge, siding with a party, dismissing a genitive lawsuit', () => {
    const t = triples(
      analyse(
        "NEW YORK (Reuters) - U.S. District Judge Anna Berg in Manhattan ruled against Alvona Inc on Monday. Judge Tom Kurz of the Delaware Chancery Court sided with Brella Ltd in its dispute with Corvix Ltd. The court dismissed Delta Labs' lawsuit against Epsilon Corp. (Reuters, May 5, 2025)\n",
        'en',
      ),
    );
    expect(t).toContain('Anna Berg ruledAgainst Alvona Inc');
    expect(t).toContain('Tom Kurz ruledInFavorOf Brella Ltd');
    expect(t).toContain('Tom Kurz worksFor Delaware Chancery Court');
    expect(t).toContain('Delta Labs sued Epsilon Corp');
  });
});

describe('suits, hosting, partners named together and successors', () => {
  it('German', () => {
    const t = triples(
      analyse(
        'Berlin – Gegen die Firma Delfon reichte die Firma Epsilon Klage ein. Die Plattform Pelto läuft auf Servern der Firma Quanta. Die Firma Rova nutzt die Cloud der Firma Sigma. Die Firma Vexa und die Firma Wolta arbeiten künftig zusammen. Nachfolger wird der bisherige Chief Operating Officer Tim Kurz. (dpa, 1.2.2025)\n',
      ),
    );
    expect(t).toContain('Epsilon sued Delfon');
    expect(t).toContain('Pelto hostedBy Quanta');
    expect(t).toContain('Rova hostedBy Sigma');
    expect(t.some((x) => x === 'Vexa partnerOf Wolta' || x === 'Wolta partnerOf Vexa')).toBe(true);
    expect(t.some((x) => x.startsWith('Chief'))).toBe(false);
  });

  it('English', () => {
    const t = triples(
      analyse(
        'LONDON (Reuters) - Zeta Inc took Kappa Ltd to court. Pelto Inc runs on Amazon Web Services. Rova Ltd uses cloud servers from Sigma Corp. Vexa Corp and Wolta Ltd signed a partnership. Lisa Maier replaced Paul Stern in May. (Reuters, May 5, 2025)\n',
        'en',
      ),
    );
    expect(t).toContain('Zeta Inc sued Kappa Ltd');
    expect(t.some((x) => x.startsWith('Pelto Inc hostedBy Amazon Web Services'))).toBe(true);
    expect(t).toContain('Rova Ltd hostedBy Sigma Corp');
    expect(t.some((x) => x === 'Vexa Corp partnerOf Wolta Ltd' || x === 'Wolta Ltd partnerOf Vexa Corp')).toBe(true);
    expect(t).toContain('Lisa Maier succeeded Paul Stern');
  });
});

describe('investors and parents', () => {
  it('English: raised from, whose parent is, a genitive parent in apposition, owned by, participation from', () => {
    const t = triples(
      analyse(
        "LONDON (Reuters) - Brella Ltd raised $50 million from Corvix Capital. Zeta Inc, whose parent company is Kappa Holdings, declined to comment. Lambda Corp's parent, Mykon Group, owns 80% of it. Rova Ltd is majority-owned by Sigma Partners. (Reuters, May 5, 2025)\n",
        'en',
      ),
    );
    expect(t).toContain('Corvix Capital investedIn Brella Ltd');
    expect(t).toContain('Zeta Inc subsidiaryOf Kappa Holdings');
    expect(t).toContain('Lambda Corp subsidiaryOf Mykon Group');
    expect(t).toContain('Sigma Partners owns Rova Ltd');
  });

  it('German: money collected from an investor, a share taken over, a parent named with "deren"', () => {
    const t = triples(
      analyse(
        'Berlin – Die Firma Brella sammelte 50 Millionen Euro bei der Corvix Capital ein. Die Firma Zetron, deren Muttergesellschaft die Kappa Holding ist, schweigt. Die Firma Pelto übernimmt 20 Prozent der Firma Quanta. (dpa, 1.2.2025)\n',
      ),
    );
    expect(t).toContain('Corvix Capital investedIn Brella');
    expect(t).toContain('Zetron subsidiaryOf Kappa Holding');
    expect(t).toContain('Pelto investedIn Quanta');
    expect(t).not.toContain('Pelto acquired Quanta');
  });
});

describe('politicians and their parties', () => {
  it('English: a party adjective before a title, a party in apposition, a party official is a member', () => {
    const t = triples(
      analyse(
        "WASHINGTON (Reuters) - Republican Senator Anna Berg criticized the plan. Democratic Representative Tom Kurz backed it. Lisa Maier, a Republican from Texas, voted against it. (Reuters, May 5, 2025)\n",
        'en',
      ),
    );
    expect(t).toContain('Anna Berg memberOf Republican Party');
    expect(t).toContain('Tom Kurz memberOf Democratic Party');
    expect(t).not.toContain('Tom Kurz worksFor Democratic Party');
    expect(t).toContain('Lisa Maier memberOf Republican Party');
  });
});

describe('English appositions after the subject', () => {
  it('keeps the subject past "the Silicon Valley designer of AI chips," and reads a genitive unit', () => {
    const t = triples(
      analyse(
        "SAN FRANCISCO (Reuters) - Cerebras Systems, the Silicon Valley designer of wafer-sized AI chips, has sued Amazon's chip unit Annapurna Labs in a U.S. federal court. (Reuters, May 5, 2025)\n",
        'en',
      ),
    );
    expect(t).toContain('Cerebras Systems sued Annapurna Labs');
    expect(t.some((x) => x.startsWith('Silicon Valley sued'))).toBe(false);
    expect(t).toContain('Annapurna Labs subsidiaryOf Amazon');
  });
});

describe('chairs, publishers and towns of employers', () => {
  it('reads an association chair, a publisher owning its titles and an employer named with its town', () => {
    const t = triples(
      analyse(
        'Gießen – Der Zeitungsverlag Brandhorst Medien, der das „Vogelsberger Tageblatt“ herausgibt, ist zahlungsunfähig. Beim Taxiverband München stieß das auf Zustimmung, erklärte der Vorsitzende Gregor Stadl. Der Verwalter war zuvor zwölf Jahre bei der DZ Bank in Frankfurt tätig. (dpa, 1.2.2025)\n',
      ),
    );
    expect(t).toContain('Brandhorst Medien owns Vogelsberger Tageblatt');
    expect(t).toContain('Gregor Stadl ceoOf Taxiverband München');
    expect(t.some((x) => x.startsWith('DZ Bank locatedIn Frankfurt'))).toBe(true);
  });
});
