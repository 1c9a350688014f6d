// Constructions of everyday agency news that session 7 found missing or
// misread, each on a short text written for this test with invented names.
import { describe, expect, it } from 'vitest';
import { analyse, triples } from './analyse.js';

describe('institutions named by their place', () => {
  it('makes the place inside "die Staatsanwaltschaft Bamberg" an entity and the seat of the institution', () => {
    const doc = analyse('Bamberg – Die Ermittlungen gegen die Firma Holmag führt die Generalstaatsanwaltschaft Bamberg. (dpa, 1.2.2025)\n');
    const t = triples(doc);
    expect(doc.entities.find((e) => e.label === 'Generalstaatsanwaltschaft Bamberg')).toBeDefined();
    expect(t).toContain('Generalstaatsanwaltschaft Bamberg locatedIn Bamberg');
  });

  it('keeps the place apart from the institution, also for a university and a court with a chamber number', () => {
    const doc = analyse(
      'Berlin – Das Landgericht München I wies die Klage der Firma Holmag ab. Ein Forscher der Universität Göttingen hatte sie unterstützt. (dpa, 1.2.2025)\n',
    );
    const t = triples(doc);
    expect(t).toContain('Landgericht München I locatedIn Munich');
    expect(t).toContain('Universität Göttingen locatedIn Göttingen');
    const goettingen = doc.entities.find((e) => e.label === 'Göttingen');
    expect(goettingen?.type).not.toBe('Organization');
  });
});

describe('German successions and chairs', () => {
  it('reads "Sein Nachfolger als Konzernchef wird … X" as X succeeding the man just named and leading the firm', () => {
    const t = triples(
      analyse('Berlin – Holmag-Chef Tom Berger tritt zurück. Sein Nachfolger als Konzernchef wird mit sofortiger Wirkung der bisherige Finanzchef Jan Riedl. (dpa, 1.2.2025)\n'),
    );
    expect(t).toContain('Jan Riedl succeeded Tom Berger');
    expect(t).toContain('Jan Riedl ceoOf Holmag');
  });

  it('reads taking over the chair of a body as leading it', () => {
    const t = triples(analyse('Berlin – Der Konzern Holmag baut den Aufsichtsrat um. Den Vorsitz des Gremiums übernimmt Anna Weiss. (dpa, 1.2.2025)\n'));
    expect(t.some((x) => x.startsWith('Anna Weiss ceoOf') && x.endsWith('Aufsichtsrat'))).toBe(true);
  });
});

describe('names of sites and providers', () => {
  it('finds a name after "Onlineforum", a hyphenated name after a cue noun, and the name again at a sentence start', () => {
    const doc = analyse(
      'Berlin – Der Anbieter Holmag hat dem Onlineforum Kiwi Farms gekündigt. Kiwi Farms, das von dem US-Amerikaner Jan Berg betrieben wird, wich zum russischen Anbieter DDoS-Guard aus. (dpa, 1.2.2025)\n',
    );
    const t = triples(doc);
    expect(doc.entities.find((e) => e.label === 'Kiwi Farms')?.type).toBe('Platform');
    expect(doc.entities.some((e) => e.label === 'Onlineforum Kiwi Farms' || e.label === 'Farms')).toBe(false);
    expect(t).toContain('Jan Berg owns Kiwi Farms');
    expect(t).toContain('Kiwi Farms hostedBy DDoS-Guard');
  });

  it('keeps a hyphenated compound on a German noun as a compound ("die Plattform Twitter-Alternative" is no name)', () => {
    const doc = analyse('Berlin – Die Firma lobte die Twitter-Alternative. (dpa, 1.2.2025)\n');
    expect(doc.entities.some((e) => e.label === 'Twitter-Alternative')).toBe(false);
  });

  it('keeps the place of an inhabitant noun before a name ("der Franzose X" names France)', () => {
    const doc = analyse('Berlin – Der Franzose Luc Martin leitet den Konzern Holmag. (dpa, 1.2.2025)\n');
    expect(doc.entities.some((e) => e.wikidata === 'Q142')).toBe(true);
    expect(triples(doc)).toContain('Luc Martin ceoOf Holmag');
  });
});

describe('companies named after people, and words of origin', () => {
  it('reads "Boss-Chef X" after the company "Hugo Boss" as leading it', () => {
    const t = triples(analyse('Berlin – Der Modekonzern Hugo Boss wächst. Boss-Chef Daniel Grieder sprach von einem Rekord. (dpa, 1.2.2025)\n'));
    expect(t.some((x) => x.startsWith('Daniel Grieder ceoOf'))).toBe(true);
  });

  it('reads "Der Berliner Verlag kauft das Unternehmen" as a description of the buyer, not a company called "Berliner Verlag"', () => {
    const doc = analyse(
      'Berlin – Der Medienkonzern Holmag übernimmt das Nachrichtenportal Rydo. Der Berliner Verlag kauft das Unternehmen von dessen Eigentümer Tom Berger. (dpa, 1.2.2025)\n',
    );
    const t = triples(doc);
    expect(doc.entities.some((e) => e.label === 'Berliner Verlag')).toBe(false);
    expect(t).toContain('Holmag acquired Rydo');
    expect(t).not.toContain('Tom Berger owns Holmag');
  });
});

describe('German relative clauses and new entities', () => {
  it('makes two joined names the subject of a plural verb after a singular relative pronoun', () => {
    const t = triples(analyse('London – Der Anbieter Rydo, das Holmag und Tekla gemeinsam kontrollieren, wächst. (dpa, 1.2.2025)\n'));
    expect(t).toContain('Holmag owns Rydo');
    expect(t).toContain('Tekla owns Rydo');
    expect(t).not.toContain('Rydo owns Holmag');
  });

  it('reads "das fusionierte Unternehmen" as a new company, not one of the two that merge', () => {
    const doc = analyse('London – Die Konzerne Holmag und Tekla fusionieren. An dem fusionierten Unternehmen wird Holmag 51 Prozent halten. (dpa, 1.2.2025)\n');
    const t = triples(doc);
    expect(t).not.toContain('Holmag investedIn Tekla');
    expect(t.some((x) => x.startsWith('Holmag investedIn fusionierten Unternehmen'))).toBe(true);
  });
});

describe('two organisations named together, and accusations', () => {
  it('reads "die beiden Rivalen" as the two organisations named together and the zu-infinitive as about them', () => {
    const t = triples(
      analyse(
        'Brüssel – Die Kommission hat ein Verfahren gegen Holmag und den Konzern Tekla eingeleitet. Die Behörde verdächtigt die beiden Rivalen, sich bei der Werbung abgesprochen zu haben. (dpa, 1.2.2025)\n',
      ),
    );
    expect(t.filter((x) => x === 'Holmag accusedOfColludingWith Tekla' || x === 'Tekla accusedOfColludingWith Holmag')).toHaveLength(1);
  });

  it('prefers the pair talked about most over a pair named in passing', () => {
    const t = triples(
      analyse(
        'London – Die Behörde genehmigte die Fusion der Anbieter Holmag und Tekla. Holmag und Tekla wollen sparen. Konkurrenten sind Rydo und Kalmex. Die Gewerkschaft Unite warf den beiden Konzernen vor, Stellen zu streichen. (dpa, 1.2.2025)\n',
      ),
    );
    expect(t).toContain('Unite accused Holmag');
    expect(t).toContain('Unite accused Tekla');
    expect(t).not.toContain('Unite accused Kalmex');
  });

  it('keeps a place and a known company apart where a first name could join them ("von Texas Google verklagt")', () => {
    const doc = analyse('Austin – Zehn Staaten hatten unter Führung von Texas Google bereits verklagt. (dpa, 1.2.2025)\n');
    expect(doc.entities.some((e) => e.label === 'Texas Google')).toBe(false);
    expect(doc.entities.find((e) => e.label === 'Google')?.type).toBe('Company');
  });

  it('reads a company running platforms as owning them, and "zum Mutterkonzern X" as no owner of the next name', () => {
    const t = triples(analyse('Berlin – Holmag gehört zum Mutterkonzern Tekla, Rydo betreibt neben der Plattform Lumo auch die Plattform Kavo. (dpa, 1.2.2025)\n'));
    expect(t).toContain('Holmag subsidiaryOf Tekla');
    expect(t).not.toContain('Tekla owns Rydo');
    expect(t).toContain('Rydo owns Kavo');
    expect(t).toContain('Rydo owns Lumo');
  });
});

describe('start-ups, makers and funding rounds', () => {
  it('reads the short name of a firm named before as that firm, typed by the cue that introduced it, and its own product as its own', () => {
    const doc = analyse(
      'Paris – Der Konzern Microsoft beteiligt sich am KI-Start-up Mistral AI. Der Windows-Hersteller investiert 15 Millionen Euro. Mistral bietet sein neues Sprachmodell Mistral Large über die Plattform Azure an. (dpa, 1.2.2025)\n',
    );
    const t = triples(doc);
    expect(doc.entities.find((e) => e.label === 'Mistral AI')?.type).toBe('Company');
    expect(doc.entities.some((e) => e.label.startsWith('Réseau'))).toBe(false);
    expect(t).toContain('Mistral AI developerOf Mistral Large');
    expect(t).toContain('Microsoft investedIn Mistral AI');
    expect(t).not.toContain('Mistral AI investedIn Microsoft');
  });

  it('reads the leader of a funding round named in the genitive as an investor', () => {
    const t = triples(
      analyse('Berlin – Das Start-up Holmag hatte in einer Finanzierungsrunde unter Führung des US-Wagniskapitalgebers Tekla Capital 85 Millionen Euro eingesammelt. (dpa, 1.2.2025)\n'),
    );
    expect(t).toContain('Tekla Capital investedIn Holmag');
  });
});

describe('English rulings, lawsuits and rivals', () => {
  it('reads "ruled on Monday that X illegally abused" as ruling against X', () => {
    const t = triples(
      analyse(
        'WASHINGTON (Reuters) - U.S. District Judge Anna Reed ruled on Monday that Holmag illegally abused its dominance. The Justice Department filed the lawsuit in 2020. (Reuters, May 5, 2025)\n',
        'en',
      ),
    );
    expect(t).toContain('Anna Reed ruledAgainst Holmag');
  });

  it('reads "rivals such as X and Y" as rivals of the company talked about, also after a genitive', () => {
    const t = triples(analyse("LONDON (Reuters) - Search company Holmag grew. The deals shut out rivals such as Microsoft's Rydo and Kavo, the judge wrote. (Reuters, May 5, 2025)\n", 'en'));
    expect(t).toContain('Rydo competitorOf Holmag');
    expect(t).toContain('Kavo competitorOf Holmag');
  });

  it('knows English first names that are also places ("Kent Walker")', () => {
    const doc = analyse("LONDON (Reuters) - Kent Walker, Holmag's president of global affairs, said the company would appeal. (Reuters, May 5, 2025)\n", 'en');
    expect(doc.entities.find((e) => e.label === 'Kent Walker')?.type).toBe('Person');
  });
});

describe('German court rulings and relative clauses that go on', () => {
  it('reads a relative clause that goes on after "und" as about the same antecedent', () => {
    const t = triples(analyse('Berlin – Holmag, das 2004 von Tom Berger gegründet wurde und seinen Sitz in Hamburg hat, wächst. (dpa, 1.2.2025)\n'));
    expect(t).toContain('Tom Berger founded Holmag');
    expect(t).toContain('Holmag locatedIn Hamburg');
  });

  it('reads inflicting a defeat and upholding an order of the competition authority', () => {
    const t = triples(
      analyse(
        'Karlsruhe – Der Bundesgerichtshof hat dem Konzern Holmag im Streit mit dem Bundeskartellamt eine Niederlage beigebracht. Die Richter bestätigten eine Anordnung der Wettbewerbsbehörde. (dpa, 1.2.2025)\n',
      ),
    );
    expect(t).toContain('Federal Court of Justice ruledAgainst Holmag');
    expect(t).toContain('Federal Court of Justice ruledInFavorOf Federal Cartel Office');
  });

  it('joins names that each carry a year, and reads subsidiaries named in the plural', () => {
    const t = triples(
      analyse('Berlin – Der Konzern Holmag hatte Rydo 2012 und Kavo 2014 übernommen. Das Bundeskartellamt warf dem Konzern vor, Daten aus den Tochterdiensten Rydo und Kavo zu sammeln. (dpa, 1.2.2025)\n'),
    );
    expect(t).toContain('Holmag acquired Rydo');
    expect(t).toContain('Holmag acquired Kavo');
    expect(t).toContain('Kavo subsidiaryOf Holmag');
  });
});

describe('German leadership changes', () => {
  it('reads "Europas größter Autobauer trennt sich von X" and "Neuer Konzernchef wird Y"', () => {
    const t = triples(
      analyse(
        'Wolfsburg – Paukenschlag bei Holmag: Europas größter Autobauer trennt sich von seinem Vorstandschef Tom Berger. Neuer Konzernchef wird zum 1. September Jan Riedl. (dpa, 1.2.2025)\n',
      ),
    );
    expect(t).toContain('Holmag dismissed Tom Berger');
    expect(t).toContain('Jan Riedl ceoOf Holmag');
  });

  it('reads leaving an employer for another as having worked for it', () => {
    const t = triples(analyse('Wolfsburg – Tom Berger war 2015 vom Rivalen Holmag nach Wolfsburg gewechselt. (dpa, 1.2.2025)\n'));
    expect(t).toContain('Tom Berger worksFor Holmag');
  });
});

describe('German descriptions with a word of origin, short names, groups', () => {
  it('reads "aus dem Wiener Konzern" as the seat of the company it means, and "die Post" after "Österreichische Post"', () => {
    const t = triples(
      analyse(
        'Wien – Die Österreichische Post soll eine Strafe zahlen. Mehrere Betroffene haben die Post auf Schadenersatz geklagt. Das hieß es aus dem Wiener Konzern. (APA, 1.2.2025)\n',
      ),
    );
    expect(t.some((x) => /^Betroffene sued (Österreichische Post|Austrian Post)/.test(x))).toBe(true);
    expect(t.some((x) => /^(Österreichische Post|Austrian Post) locatedIn Vienna$/.test(x))).toBe(true);
  });

  it('does not take an everyday noun without its article for the short name ("Glasfaser verlegt")', () => {
    const t = triples(analyse('Berlin – Die Deutsche Glasfaser wächst. Der Konzern Holmag, der bisher Glasfaser verlegt, kauft zu. (dpa, 1.2.2025)\n'));
    expect(t.filter((x) => x.includes('owns') && x.includes('Glasfaser'))).toEqual([]);
  });

  it('keeps a capitalised adjective inside a sentence with the name after it', () => {
    const doc = analyse('Wien – Andrea Berger leitet zugleich den Europäischen Datenschutzausschuss. (APA, 1.2.2025)\n');
    // (Named in its nominative since session 34: "der Europäische Datenschutzausschuss".)
    expect(doc.entities.some((e) => e.label === 'Europäische Datenschutzausschuss')).toBe(true);
  });
});

describe('German start-up stories', () => {
  it('reads "Das Lausanner Start-up X" as located in Lausanne, both founders after "und dem früheren Google-Ingenieur", and a staff role with "als"', () => {
    const t = triples(
      analyse(
        'Lausanne – Das Lausanner Start-up Nivolo hat Geld eingesammelt. Gegründet wurde Nivolo 2020 von der Physikerin Léa Dufour und dem früheren Google-Ingenieur Reto Baum. Dufour führt das Unternehmen als Geschäftsführerin, Baum verantwortet als Technikchef die Entwicklung. (sda, 1.2.2025)\n',
      ),
    );
    expect(t).toContain('Nivolo locatedIn Lausanne');
    expect(t).toContain('Reto Baum founded Nivolo');
    expect(t).toContain('Reto Baum worksFor Nivolo');
  });
});

describe('family firms and software houses', () => {
  it('gives a guessed employer way to the firm named after the person, and reads "dem Wiener Softwarehaus" as the IT provider', () => {
    const t = triples(
      analyse(
        'Ried – Der Fensterhersteller Kerbler Fenster hat den Vertrag mit seinem IT-Dienstleister Softnava gekündigt. Geschäftsführerin Martina Kerbler warf dem Wiener Softwarehaus vor, Termine nicht eingehalten zu haben. (APA, 1.2.2025)\n',
      ),
    );
    expect(t).toContain('Martina Kerbler ceoOf Kerbler Fenster');
    expect(t).toContain('Martina Kerbler accused Softnava');
    expect(t).toContain('Softnava locatedIn Vienna');
    expect(t).not.toContain('Martina Kerbler ceoOf Softnava');
  });
});

describe('German participles that share an auxiliary', () => {
  it('gives each participle its own object ("hat die CSU verlassen und eine eigene Wählergruppe gegründet")', () => {
    const t = triples(analyse('Rosenheim – Im Streit hat die Stadträtin Vera Stadl die CSU verlassen und eine eigene Wählergruppe gegründet. (dpa, 1.2.2025)\n'));
    expect(t).not.toContain('Vera Stadl founded CSU');
  });

  it('shares subject and object when the second participle names none ("hatte X abgewählt und durch Y ersetzt")', () => {
    const t = triples(
      analyse('Rosenheim – Die CSU-Fraktion hatte Vera Stadl im Mai als Vorsitzende abgewählt und durch den Bauunternehmer Florian Reisacher ersetzt. (dpa, 1.2.2025)\n'),
    );
    expect(t).toContain('CSU-Fraktion dismissed Vera Stadl');
    expect(t).toContain('Florian Reisacher succeeded Vera Stadl');
    expect(t).not.toContain('CSU-Fraktion succeeded Vera Stadl');
  });

  it('keeps the subject for an accusation after "gekündigt und … vorgeworfen"', () => {
    const t = triples(
      analyse('Wels – Der Anbieter Nordkamm Hosting hatte den Vertrag gekündigt und dem Händler Pernthaler vorgeworfen, Rechnungen nicht beglichen zu haben. (APA, 1.2.2025)\n'),
    );
    expect(t).toContain('Nordkamm Hosting accused Pernthaler');
  });

  it('reads "Die Freien Wähler, deren Ortsvorsitzende X" and no brand in "nach eigenen Worten"', () => {
    const doc = analyse('Rosenheim – Die Freien Wähler, deren Ortsvorsitzende Sabine Hackl zurückhaltend war, schweigen. Das sei nach eigenen Worten klar. (dpa, 1.2.2025)\n');
    expect(triples(doc)).toContain('Sabine Hackl ceoOf Freie Wähler');
    expect(doc.entities.some((e) => e.label === 'Worten')).toBe(false);
  });
});

describe('word parts, relative clauses after a person, sizes of known firms', () => {
  it('takes no company for "Tech" in "Tech-Investor X"', () => {
    const doc = analyse('Berlin – Zu den Geldgebern zählt der Tech-Investor Peter Thiel. (dpa, 1.2.2025)\n');
    expect(doc.entities.some((e) => /^(Tech|TEC)/.test(e.label))).toBe(false);
  });

  it('reads the pronoun after a person as the subject ("Helena Helmersson, die Karl-Johan Persson abgelöst hatte")', () => {
    const t = triples(analyse('Stockholm – Der Konzern wird von Helena Helmersson geführt, die Karl-Johan Persson abgelöst hatte. (dpa, 1.2.2025)\n'));
    expect(t).toContain('Helena Helmersson succeeded Karl-Johan Persson');
  });

  it('lets the noun before a known name give its size ("Der Sportartikelkonzern Adidas … bei dem Start-up")', () => {
    const t = triples(
      analyse('Linz – Der Sportartikelkonzern Adidas übernimmt den Fitness-App-Entwickler Runtastic. Der Medienkonzern Axel Springer war 2013 bei dem Start-up eingestiegen. (APA, 1.2.2025)\n'),
    );
    expect(t).toContain('Axel Springer investedIn Runtastic');
    expect(t).not.toContain('Axel Springer investedIn Adidas AG');
  });
});

describe('words of origin and clauses a relative clause interrupts', () => {
  it('reads "Der Sauerländer Pumpenhersteller X" and "der Essener Finanzinvestor Y" as places of origin', () => {
    const t = triples(
      analyse(
        'Meschede – Der Sauerländer Pumpenhersteller Kemperdick übernimmt seinen Konkurrenten Brauckmann Hydraulik. Verkäufer ist der Essener Finanzinvestor Ruhrtal Capital. (dpa, 1.2.2025)\n',
      ),
    );
    expect(t).toContain('Kemperdick locatedIn Sauerland');
    expect(t).toContain('Kemperdick acquired Brauckmann Hydraulik');
    expect(t.some((x) => x.startsWith('Ruhrtal Capital locatedIn') && x.endsWith('Essen'))).toBe(true);
  });

  it('gives the clause a relative clause interrupted the name before the relative clause as its subject', () => {
    const t = triples(
      analyse(
        'Meschede – Zugleich kündigte das Familienunternehmen Kemperdick einen Wechsel an: Ulrike Sauer, die die Firma seit 2003 führt, übergibt den Vorsitz der Geschäftsführung an Jens Hollenbeck. (dpa, 1.2.2025)\n',
      ),
    );
    expect(t).toContain('Jens Hollenbeck succeeded Ulrike Sauer');
    expect(t).not.toContain('Jens Hollenbeck succeeded Kemperdick');
  });
});

describe('parties, youth organisations and name particles', () => {
  it('takes no particle into a name before a role noun ("Felix Banaszak zu Vorsitzenden")', () => {
    const doc = analyse('Wiesbaden – Der Parteitag wählte Franziska Brantner und Felix Banaszak zu Vorsitzenden der Partei. (dpa, 1.2.2025)\n');
    expect(doc.entities.some((e) => e.label === 'Felix Banaszak')).toBe(true);
    expect(doc.entities.some((e) => e.label.includes('Vorsitzenden'))).toBe(false);
  });

  it('reads spokespersons named after the organisation they speak for ("der Grünen Jugend um die Sprecherinnen X und Y")', () => {
    const t = triples(
      analyse('Berlin – Der gesamte Bundesvorstand der Grünen Jugend um die Sprecherinnen Katharina Stolla und Svenja Appuhn war aus der Partei ausgetreten. (dpa, 1.2.2025)\n'),
    );
    expect(t).toContain('Katharina Stolla spokespersonOf Grüne Jugend');
    expect(t).not.toContain('Katharina Stolla spokespersonOf Bündnis 90/Die Grünen');
  });
});

describe('"die beiden" without a noun', () => {
  it('reads "gründeten die beiden X" as both people named together before founding X', () => {
    const t = triples(
      analyse('Winterthur – Auf die Idee kamen Nadja Caflisch und Samuel Oberholzer 2021. Noch im selben Jahr gründeten die beiden das Start-up Fundgrüebli. (sda, 1.2.2025)\n'),
    );
    expect(t).toContain('Nadja Caflisch founded Fundgrüebli');
    expect(t).toContain('Samuel Oberholzer founded Fundgrüebli');
  });
});

describe('founders, exchanges, providers and shared surnames', () => {
  it('reads "Gründer und Firmenchef X" of the exchange talked about, and where a person lives', () => {
    const t = triples(
      analyse(
        'Seattle – Die Kryptobörse Coinvale hat sich schuldig bekannt. Gründer und Firmenchef Tom Berg räumte ebenfalls seine Schuld ein. Der 46-Jährige, der in Dubai lebt, tritt zurück. (dpa, 1.2.2025)\n',
      ),
    );
    expect(t).toContain('Tom Berg founded Coinvale');
    expect(t).toContain('Tom Berg ceoOf Coinvale');
    expect(t).toContain('Tom Berg locatedIn Dubai');
  });

  it('gives two first names joined before one surname that surname, and reads a chosen cloud provider and money put in', () => {
    const t = triples(
      analyse(
        'Seattle – Anthropic wurde 2021 von den Geschwistern Dario und Daniela Amodei gegründet. Das Start-up macht die Amazon-Cloudsparte AWS zu seinem wichtigsten Cloud-Anbieter. Auch Google hatte einen Millionenbetrag in Anthropic gesteckt. (dpa, 1.2.2025)\n',
      ),
    );
    expect(t).toContain('Dario Amodei founded Anthropic');
    expect(t).toContain('Daniela Amodei founded Anthropic');
    expect(t.some((x) => /^Anthropic hostedBy (AWS|Amazon Web Services)$/.test(x))).toBe(true);
    expect(t.some((x) => /^(AWS|Amazon Web Services) subsidiaryOf Amazon$/.test(x))).toBe(true);
    expect(t).toContain('Google investedIn Anthropic');
  });
});

describe('sellers, contracts and objects of a first conjunct', () => {
  it('reads "Verkäufer von X ist Y" as Y owning X, and a contract closed with a firm as a partnership', () => {
    const t = triples(
      analyse(
        'Brüssel – Der Konzern Holmag übernimmt den Anbieter Rydo. Verkäufer von Rydo ist der niederländische Telekomkonzern Tekla. Einen Vertrag hat Holmag bereits mit dem Discounter Kavo geschlossen. (dpa, 1.2.2025)\n',
      ),
    );
    expect(t).toContain('Tekla owns Rydo');
    expect(t).toContain('Holmag partnerOf Kavo');
  });

  it('lets "dem Konzern" after "und" mean the object of the first verb, never the shared subject', () => {
    const t = triples(
      analyse(
        'Washington – Der Softwarehersteller Oracle hatte den Konzern Google 2010 verklagt und dem Konzern vorgeworfen, Code kopiert zu haben. Der Hersteller Sennhoff hatte Klage eingereicht und dem Rivalen Tevanor vorgeworfen, ein Patent verletzt zu haben. (dpa, 1.2.2025)\n',
      ),
    );
    expect(t).toContain('Oracle accused Google');
    expect(t).toContain('Sennhoff accused Tevanor');
    expect(t).not.toContain('Oracle accused Oracle');
  });
});

describe('investors described and chiefs removed', () => {
  it('reads "dem Investor" as the investment firm named before, and removing someone as managing director as his having led the firm', () => {
    const t = triples(
      analyse(
        'Innsbruck – Das Start-up Hüttenglück hat Mitgründer Florian Mairhofer als Geschäftsführer abberufen. Dahinter steht der Münchner Wagniskapitalgeber Isarwerk Ventures. Mairhofer wirft dem Investor vor, ihn hintergangen zu haben. (APA, 1.2.2025)\n',
      ),
    );
    expect(t).toContain('Hüttenglück dismissed Florian Mairhofer');
    expect(t).toContain('Florian Mairhofer ceoOf Hüttenglück');
    expect(t).toContain('Florian Mairhofer accused Isarwerk Ventures');
  });
});

describe('Swiss towns, founders on boards, apps of platforms', () => {
  it('reads "Zuger" as the town Zug, a guessed board seat as the firm the person founded, and an app that runs on another\'s servers', () => {
    const t = triples(
      analyse(
        'Zug – Die Finanzmarktaufsicht FINMA hat über die Zuger Kryptoplattform Tresorix den Konkurs eröffnet. Gegen Mitgründer und Verwaltungsratspräsident Marco Bärtschi verhängte die Aufsicht ein Berufsverbot. Tresorix war 2019 von Bärtschi gegründet worden. Beliebt war die App bei jungen Anlegerinnen. Bereits im Sommer hatte der Rechenzentrumsbetreiber Lémanic Cloud, auf dessen Servern die Tresorix-App lief, den Vertrag gekündigt. (dpa, 1.2.2025)\n',
      ),
    );
    expect(t).toContain('Tresorix locatedIn Zug');
    expect(t).toContain('Marco Bärtschi memberOf Tresorix');
    expect(t).not.toContain('Marco Bärtschi memberOf Swiss Financial Market Supervisory Authority');
    expect(t).toContain('Tresorix popularAmong Anlegerinnen');
    expect(t).toContain('Tresorix hostedBy Lémanic Cloud');
  });
});

describe('studios, publishers and their games', () => {
  it('reads the inhabitants of a town in the plural as the firm from there, working on a game as developing it, and rights held as ownership', () => {
    const t = triples(
      analyse(
        'Hamburg – Das Stuttgarter Spielestudio Kesselbach Games streitet mit dem Hamburger Spieleverlag Nordlicht Interactive um das Rollenspiel „Eisenschleier“, an dem das Studio seit vier Jahren arbeitet. Die Rechte an dem Spiel liegen bei Nordlicht. Der Verlag hatte den Vertrag gekündigt und den Stuttgartern vorgeworfen, Termine verfehlt zu haben. (dpa, 1.2.2025)\n',
      ),
    );
    expect(t).toContain('Kesselbach Games developerOf Eisenschleier');
    expect(t).toContain('Nordlicht Interactive owns Eisenschleier');
    expect(t).toContain('Nordlicht Interactive accused Kesselbach Games');
  });

  it('takes "den Konzern" for no inhabitants of a town', () => {
    const doc = analyse('Berlin – Der Manager, der den Konzern seit 2021 führt, sprach. (dpa, 1.2.2025)\n');
    expect(doc.entities.some((e) => e.label.startsWith('Konz'))).toBe(false);
  });
});

describe('an organisation introduced and then described', () => {
  it('reads "Das Unternehmen …" opening a sentence as the organisation the sentence before introduced', () => {
    const t = triples(
      analyse(
        'Toronto – Der Konzern Halvora startet eine App. Entwickelt wurde sie von der Firma Halvora Media. Die Infrastruktur liefert die Videoplattform Rumbly, die bei Konservativen beliebt ist. Das Unternehmen mit Sitz in Toronto wurde 2013 von Chris Pavlo gegründet. (dpa, 1.2.2025)\n',
      ),
    );
    expect(t).toContain('Chris Pavlo founded Rumbly');
    expect(t).not.toContain('Chris Pavlo founded Halvora Media');
  });
});

describe('suits named with a possessive', () => {
  it('reads "mit seiner Patentklage gegen X einen Erfolg erzielt" as suing X', () => {
    const t = triples(analyse('München – Der Chipkonzern Holmag hat mit seiner Patentklage gegen den Konzern Tekla einen Erfolg erzielt. (dpa, 1.2.2025)\n'));
    expect(t).toContain('Holmag sued Tekla');
  });
});

describe('hyphenated places, stakes raised and chiefs named by a copula', () => {
  it('reads "mit Sitz in Saint-Mandé", "in der Bretagne", a stake raised, and "Konzernchef ist X" after the company the sentence named', () => {
    const t = triples(
      analyse(
        'Paris – Der Internetkonzern Tencent darf seine Beteiligung am Videospielhersteller Ubisoft auf zehn Prozent aufstocken. Ubisoft wurde 1986 in der Bretagne gegründet, Konzernchef ist bis heute Yves Guillemot. Das Unternehmen mit Sitz in Saint-Mandé ist bekannt. (APA, 1.2.2025)\n',
      ),
    );
    expect(t).toContain('Tencent investedIn Ubisoft');
    expect(t).toContain('Yves Guillemot ceoOf Ubisoft');
    expect(t).toContain('Ubisoft locatedIn Saint-Mandé');
  });
});

describe('business cut off, blacklists and companies of a country', () => {
  it('reads cutting business ties, a blacklist, "der US-Internetkonzern X" and two nouns of origin before a name', () => {
    const t = triples(
      analyse(
        'Shenzhen – Der US-Internetkonzern Google kappt einen Großteil seiner Geschäftsbeziehungen zum chinesischen Netzwerkausrüster und Smartphone-Hersteller Huawei. Das Handelsministerium hatte Huawei auf eine schwarze Liste gesetzt. (dpa, 1.2.2025)\n',
      ),
    );
    expect(t).toContain('Google terminatedContractWith Huawei');
    expect(t).toContain('Google locatedIn United States');
    expect(t).toContain('Huawei locatedIn China');
    expect(t.some((x) => x.endsWith('banned Huawei'))).toBe(true);
  });
});

describe('English pairs and "including"', () => {
  it('reads "accusing the two companies of" as both sued, and a subject "including X" as no object', () => {
    const t = triples(
      analyse(
        'NEW YORK (Reuters) - The New York Times sued OpenAI and Microsoft on Wednesday, accusing the two companies of using its articles. In September, the Authors Guild and a group of writers including John Grisham sued OpenAI in the same court. (Reuters, May 5, 2025)\n',
        'en',
      ),
    );
    expect(t.filter((x) => / accused (OpenAI|Microsoft)$/.test(x))).toHaveLength(2);
    expect(t).toContain('Authors Guild sued OpenAI');
    expect(t).not.toContain('Authors Guild sued John Grisham');
  });
});

describe('time nouns before a name', () => {
  it('keeps a name after "ab Mai" out of the time phrase ("An der Spitze von X steht ab Mai Y")', () => {
    const t = triples(analyse('Bonn – An der Spitze von Holmag steht ab Mai Mike Sievert. (dpa, 1.2.2025)\n'));
    expect(t).toContain('Mike Sievert ceoOf Holmag');
  });
});

describe('firms named before a known legal name', () => {
  it('reads "eine Tochter der Mühlkreis Energie AG" as a company of its own, and "Klage … eingebracht" as suing', () => {
    const doc = analyse(
      'Linz – Der Anbieter Nordkamm Hosting ist eine Tochter der Mühlkreis Energie AG. Das Familienunternehmen Pernthaler hat Klage auf Schadenersatz gegen Nordkamm eingebracht. (APA, 1.2.2025)\n',
    );
    expect(doc.entities.some((e) => e.label === 'Mühlkreis Energie AG')).toBe(true);
    expect(triples(doc)).toContain('Pernthaler sued Nordkamm Hosting');
  });
});

describe('bids and sentence-opening adverbs', () => {
  it('reads "greift nach dem Anbieter X" as a takeover and takes no name from "Diesmal"', () => {
    const doc = analyse('Zürich – Der Kabelnetzbetreiber Liberty Global greift nach dem Schweizer Telekomanbieter Sunrise. Diesmal hat sich Freenet verpflichtet. (sda, 1.2.2025)\n');
    expect(triples(doc)).toContain('Liberty Global acquired Sunrise');
    expect(doc.entities.some((e) => e.label === 'Diesmal')).toBe(false);
  });
});

describe('English agents named by a plural noun', () => {
  it('reads "founded by University of Texas students X and Y" as founded by the students', () => {
    const t = triples(
      analyse('AUSTIN, Texas (Reuters) - Quadswap, which was founded in 2020 by University of Texas students Maya Okonkwo and Devin Thrall, grew fast. (Reuters, May 5, 2025)\n', 'en'),
    );
    expect(t).toContain('Maya Okonkwo founded Quadswap');
    expect(t).toContain('Devin Thrall founded Quadswap');
    expect(t.some((x) => x.startsWith('University of Texas founded'))).toBe(false);
  });
});

describe('department chiefs, nouns for people before names, verb-final clauses joined', () => {
  it('takes no chief of the company from "OpenAI-Strategiechef X", no "Provokateur" into a name, and reads "der X gegründet hat und den Konzern leitet"', () => {
    const doc = analyse(
      'San Francisco – OpenAI-Strategiechef Jason Kwon wies die Vorwürfe zurück. Zu ihnen gehört der britische Provokateur Milo Yiannopoulos. Er wird an Marc Benioff berichten, der Salesforce 1999 gegründet hat und den Konzern bis heute leitet. (dpa, 1.2.2025)\n',
    );
    const t = triples(doc);
    expect(t).not.toContain('Jason Kwon ceoOf OpenAI');
    expect(doc.entities.some((e) => e.label === 'Milo Yiannopoulos')).toBe(true);
    expect(t).toContain('Marc Benioff ceoOf Salesforce');
  });
});

describe('chiefs of the company inside the word, by a copula', () => {
  it('reads "Neuer Github-Chef wird Nat Friedman"', () => {
    const t = triples(analyse('Redmond – Der Konzern Microsoft kauft die Plattform Github. Neuer Github-Chef wird Nat Friedman, der bisher bei Microsoft arbeitete. (dpa, 1.2.2025)\n'));
    expect(t).toContain('Nat Friedman ceoOf GitHub');
  });
});

describe('chip designers', () => {
  it('reads a name after "Chipdesigner" as a company even when it is a dictionary noun ("Arm")', () => {
    const t = triples(analyse('Tokio – Der Konzern Nvidia verzichtet auf den Kauf des britischen Chipdesigners Arm, der dem Investor Softbank gehört. (dpa, 1.2.2025)\n'));
    expect(t.some((x) => /^Arm subsidiaryOf (SoftBank Group|Softbank)$/.test(x))).toBe(true);
  });
});

describe('makers named with "deren" and alternatives given as examples', () => {
  it('reads "die App Apollo, deren Entwickler X" and "zu Alternativen wie Y und Z"', () => {
    const t = triples(
      analyse(
        'San Francisco – Das Onlineforum Reddit erhöht die Preise. Betroffen ist die beliebte iPhone-App Apollo, deren Entwickler Christian Selig aufgibt. Viele Nutzer wandern zu Alternativen wie Lemmy und Kbin ab. (APA, 1.2.2025)\n',
      ),
    );
    expect(t).toContain('Christian Selig developerOf Apollo');
    expect(t).toContain('Lemmy alternativeTo Reddit');
    expect(t).toContain('Kbin alternativeTo Reddit');
  });
});

describe('plural "sie"', () => {
  it('reads "Sie werfen dem Unternehmen vor" after a group as that group accusing', () => {
    const t = triples(
      analyse('San Francisco – Das Onlineforum Reddit erhöht die Preise. Die ehrenamtlichen Moderatoren machten ihre Seiten zu. Sie werfen dem Unternehmen vor, Apps verdrängen zu wollen. (APA, 1.2.2025)\n'),
    );
    expect(t.some((x) => /Moderatoren accused Reddit$/.test(x))).toBe(true);
  });
});
