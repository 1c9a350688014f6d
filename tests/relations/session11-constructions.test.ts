// Constructions of everyday agency news that session 11 found missing or
// misread, each on a short text written for this test with invented names.
import { describe, expect, it } from 'vitest';
import { analyse, triples } from './analyse.js';

const groups = (doc: ReturnType<typeof analyse>) => doc.entities.filter((e) => e.type === 'Group').map((e) => e.label);
const en = (text: string) => analyse(text, 'en');

describe('groups named by a plural of a role or organisation noun', () => {
  it('makes a group of a plural organisation compound ("die Wettbewerbsbehörden")', () => {
    const doc = analyse('Berlin – Die Wettbewerbsbehörden müssen der Übernahme von Quellbox durch Tarnwerk noch zustimmen. (dpa, 1.2.2025)\n');
    expect(groups(doc)).toContain('Wettbewerbsbehörden');
  });

  it('makes a group of a plural role noun ("den Aktionären")', () => {
    const doc = analyse('Berlin – Tarnwerk bietet den Aktionären von Quellbox 6 Euro je Aktie. (dpa, 1.2.2025)\n');
    expect(groups(doc)).toContain('Aktionären');
  });

  it('reads a form of both numbers as a plural after a quantifier ("mehrere Geldgeber")', () => {
    const doc = analyse('Berlin – Quellbox hat zehn Millionen Euro eingesammelt, beteiligt haben sich mehrere Geldgeber. (dpa, 1.2.2025)\n');
    expect(groups(doc)).toContain('Geldgeber');
    const one = analyse('Berlin – Quellbox hat zehn Millionen Euro eingesammelt, beteiligt hat sich ein Geldgeber. (dpa, 1.2.2025)\n');
    expect(groups(one)).not.toContain('Geldgeber');
  });

  // (Since session 47 the plural is a background group of the article, as the gold files count it; what the old test
  // guarded against still holds: no relation reads it in place of the names.)
  it('lets no relation read the kind of the names after it as a party ("Anbietern wie Spotify")', () => {
    const doc = analyse('Berlin – Der Konzern Quellbox habe Anbietern wie Tarnwerk verboten, günstigere Abos zu bewerben. (dpa, 1.2.2025)\n');
    expect(triples(doc).filter((t) => t.includes('Anbietern'))).toEqual([]);
    const anbieter = doc.entities.find((e) => e.label === 'Anbietern');
    if (anbieter !== undefined) expect(anbieter.unnamed).toBe(true);
  });

  it('makes no group of a bare plural description that refers back to the companies named ("Die Konzerne")', () => {
    const doc = analyse('Berlin – Quellbox und Tarnwerk haben ihre Preise erhöht. Die Konzerne hätten sich abgesprochen, sagte Eva Brandauer. (dpa, 1.2.2025)\n');
    expect(groups(doc)).not.toContain('Konzerne');
  });

  it('makes no group of a singular genitive in -s ("des Düsseldorfer Fintechs")', () => {
    const doc = analyse('Düsseldorf – Das Landgericht wies einen Eilantrag des Düsseldorfer Fintechs Quellbox ab. (dpa, 1.2.2025)\n');
    expect(groups(doc)).not.toContain('Fintechs');
  });

  it('makes no group of things of a named organisation ("die Liftkassen der Bergbahnen AG")', () => {
    const doc = analyse('Innsbruck – Hacker haben die Liftkassen der Quellberg Bergbahnen AG lahmgelegt. (APA, 1.2.2025)\n');
    expect(groups(doc)).not.toContain('Liftkassen');
    expect(groups(doc)).toContain('Hacker');
  });

  it('does not read "zählen zu den Geldgebern" as belonging to a group', () => {
    const doc = analyse('Berlin – Das Start-up Quellbox wurde 2019 gegründet. Zu den Geldgebern des Start-ups zählt die Risikokapitalfirma Tarnwerk Ventures. (dpa, 1.2.2025)\n');
    const t = triples(doc);
    expect(t).toContain('Tarnwerk Ventures investedIn Quellbox');
    expect(t.filter((x) => x.includes('subsidiaryOf'))).toEqual([]);
  });

  it('makes an English group of a plural with a modifier ("internet providers", "British courts")', () => {
    const doc = en('LONDON (Reuters) - Ofwell could ask British courts to order internet providers to block Quellchan. (Reuters, May 5, 2025)\n');
    expect(groups(doc)).toEqual(expect.arrayContaining(['British courts', 'internet providers']));
  });

  it('makes no English group of the kind of the names after it ("providers such as X") nor of a bare "the companies"', () => {
    const doc = en('LONDON (Reuters) - Cloud providers such as Quellhost were named. Tarnwerk and Brellon said the companies would appeal. (Reuters, May 5, 2025)\n');
    expect(groups(doc)).not.toContain('Cloud providers');
    expect(groups(doc)).not.toContain('companies');
  });
});

describe('clauses', () => {
  it('reads a place after "in ganz" as the preposition\'s, not as an object ("in ganz Europa")', () => {
    const doc = analyse('Paris – Ein Brand beim Cloudanbieter Quellhost hat am Mittwoch Tausende Websites in ganz Europa lahmgelegt. (AFP, 1.2.2025)\n');
    expect(triples(doc).filter((x) => x.endsWith('attacked Europe'))).toEqual([]);
  });
});

describe('English names, employers and references', () => {
  it('reads "X of CNN" as someone who works there, not as one name', () => {
    const doc = en("LONDON (Reuters) - Those locked out included Dara O'Quell of CNN. Ryan Tarn of Mashable was also affected. (Reuters, May 5, 2025)\n");
    const t = triples(doc);
    expect(doc.entities.find((e) => e.label === "Dara O'Quell")?.type).toBe('Person');
    expect(t).toContain("Dara O'Quell worksFor CNN");
    expect(t).toContain('Ryan Tarn worksFor Mashable');
  });

  it('gives an infinitive on a noun with a genitive owner to the owner ("undercut Musk\'s promise to run Twitter")', () => {
    const doc = en('LONDON (Reuters) - Sally Quell, executive editor of the Post, said the move undercut Tarnwell\'s promise to run Brellon as a haven. (Reuters, May 5, 2025)\n');
    expect(triples(doc).filter((x) => x.startsWith('Sally Quell ceoOf'))).toEqual([]);
  });

  it('resolves "the social media company" to the platform, not to a media company named later', () => {
    const doc = en(
      'SAN FRANCISCO (Reuters) - Twitter suspended reporters of CNN and of Mashable. Elon Musk, who bought the social media company for $44 billion, accused them. (Reuters, May 5, 2025)\n',
    );
    const t = triples(doc);
    expect(t).toContain('Elon Musk acquired Twitter');
    expect(t).not.toContain('Elon Musk acquired Mashable');
  });

  it('reads suspending the account of X as banning X', () => {
    const doc = en('LONDON (Reuters) - Twitter on Thursday suspended several journalists. Twitter also suspended the official account of Quellnet, a decentralized rival. (Reuters, May 5, 2025)\n');
    const t = triples(doc);
    expect(t).toContain('Twitter banned Quellnet');
    expect(t).toContain('Quellnet competitorOf Twitter');
  });
});

describe('German lists, relative clauses and abbreviations', () => {
  it('keeps a list of described names together ("SAP, HPE, die Beratungsfirma X und Y")', () => {
    const doc = analyse(
      'Berlin – Das Start-up Quellbox hat 50 Millionen Euro eingesammelt. Beteiligt sind außerdem der Softwarekonzern Tarnwerk, Brellon Systems, die Beratungsfirma Ostquell Consulting und die Nordbau AG. (dpa, 1.2.2025)\n',
    );
    const t = triples(doc);
    for (const investor of ['Tarnwerk', 'Brellon Systems', 'Ostquell Consulting', 'Nordbau AG']) expect(t).toContain(`${investor} investedIn Quellbox`);
  });

  it('does not read a relative pronoun as the article of a list member ("Die SEC, die X und Y verklagt hatte")', () => {
    const doc = analyse('Berlin – Die Börsenaufsicht Quellamt, die Tarnwerk GmbH und Brellon AG im Juni verklagt hatte, ist nicht beteiligt. (dpa, 1.2.2025)\n');
    const t = triples(doc);
    expect(t).toContain('Quellamt sued Tarnwerk GmbH');
    expect(t).toContain('Quellamt sued Brellon AG');
  });

  it('gives a singular relative pronoun only the last of coordinated names', () => {
    const doc = analyse('Berlin – Quellnet konkurriert mit der Tarnwerk AG sowie mit Brellon Glasfaser, das den Finanzinvestoren Ostquell und Nordfels gehört. (dpa, 1.2.2025)\n');
    const t = triples(doc);
    expect(t).toContain('Brellon Glasfaser subsidiaryOf Ostquell');
    expect(t.filter((x) => x.startsWith('Tarnwerk AG subsidiaryOf'))).toEqual([]);
  });

  it('reads investors standing behind a company ("Hinter X stehen der Risikokapitalgeber Y")', () => {
    const doc = analyse('Wien – Hinter Quellbox stehen der Wiener Risikokapitalgeber Tarnwerk Ventures sowie der Unternehmer Hannes Quell, der früh eingestiegen war. (APA, 1.2.2025)\n');
    expect(triples(doc)).toContain('Tarnwerk Ventures investedIn Quellbox');
  });

  it('extends a name to the words whose initials a bracketed abbreviation written as a word spells ("(Ipai)")', () => {
    const doc = analyse('Heidelberg – Angeführt wird die Runde vom Quellen Park Tarn Intelligence (Qpti) in Heilbronn. (dpa, 1.2.2025)\n');
    expect(doc.entities.map((e) => e.label)).toContain('Quellen Park Tarn Intelligence');
  });
});

describe('names closed by legal forms, courts and company facts (tune batches AC and AE)', () => {
  it('closes a name at its legal form before a common noun ("Calventa Trading AG Anklage erhoben")', () => {
    const doc = analyse('Bern – Die Bundesanwaltschaft hat gegen zwei Manager des Zuger Rohstoffhändlers Quellhandel Trading AG Anklage erhoben. (Keystone-SDA, 1.2.2025)\n');
    const labels = doc.entities.map((e) => e.label);
    expect(labels).toContain('Quellhandel Trading AG');
    expect(labels).not.toContain('Quellhandel Trading AG Anklage');
  });

  it('reads a court noun whose split head ends in "Gericht" as a court of its own ("vor dem Bundesstrafgericht")', () => {
    const doc = analyse('Bern – Der Prozess gegen Quellhandel findet vor dem Bundesstrafgericht in Bellinzona statt. (Keystone-SDA, 1.2.2025)\n');
    expect(doc.entities.find((e) => e.label === 'Bundesstrafgericht')?.type).toBe('Court');
  });

  it('opens no name with an uninflected noun that also reads as an adjective ("das Verfahren Polybond")', () => {
    const doc = analyse('Bonn – Ins Rollen gebracht hatte das Verfahren Quellbond selbst. (dpa, 1.2.2025)\n');
    const labels = doc.entities.map((e) => e.label);
    expect(labels).toContain('Quellbond');
    expect(labels).not.toContain('Verfahren Quellbond');
  });

  it('reads running on a company\'s cloud as being hosted by it', () => {
    const doc = en("NEW YORK (Reuters) - Brindle Labs raised money in May. Brindle Labs now runs its models on Quellcloud's servers. (Reuters, May 5, 2025)\n");
    expect(triples(doc)).toContain('Brindle Labs hostedBy Quellcloud');
  });

  it('reads a bare "an earlier investor" apposition as an investor in the company talked about', () => {
    const doc = en('NEW YORK (Reuters) - Brindle Labs raised $140 million in May. Tidewell Capital, an earlier investor, holds a seat on its board. (Reuters, May 5, 2025)\n');
    expect(triples(doc)).toContain('Tidewell Capital investedIn Brindle Labs');
  });
});

describe('buying by paying, owners and places before "-based" (tune batch AE)', () => {
  it('reads paying for a company as buying it, not paying for a stake', () => {
    const t = triples(en('LONDON (Reuters) - Quellcom, which paid $1.4 billion for Tarnwell in 2021, uses its chips. (Reuters, May 5, 2025)\n'));
    expect(t).toContain('Quellcom acquired Tarnwell');
    const stake = triples(en('LONDON (Reuters) - Quellcom paid $1.4 billion for a stake in Tarnwell. (Reuters, May 5, 2025)\n'));
    expect(stake.filter((x) => x.includes('acquired'))).toEqual([]);
  });

  it('reads German "zahlte … für X" as buying X', () => {
    const t = triples(analyse('Berlin – Die Quellhaus AG hatte 2021 rund 300 Millionen Euro für die Tarnwerk GmbH bezahlt. (dpa, 1.2.2025)\n'));
    expect(t).toContain('Quellhaus AG acquired Tarnwerk GmbH');
  });

  it('reads "majority-owned by" as ownership', () => {
    const t = triples(en("LONDON (Reuters) - Quellchip Holdings, which is majority-owned by Japan's Tarnbank Group, said it would appeal. (Reuters, May 5, 2025)\n"));
    expect(t).toContain('Tarnbank Group owns Quellchip Holdings');
  });

  it('keeps a place before "-based" out of the clause ("the Cambridge, England-based designer … sued X")', () => {
    const doc = en(
      'LONDON (Reuters) - Quellchip Holdings, the Cambridge, England-based designer whose architecture underpins most phones, sued Tarnwell Inc in 2022. (Reuters, May 5, 2025)\n',
    );
    const t = triples(doc);
    expect(t).toContain('Quellchip Holdings sued Tarnwell Inc');
    expect(t.filter((x) => x.startsWith('Cambridge sued'))).toEqual([]);
  });
});

describe('a compound on a cue noun before a legal form', () => {
  it('keeps a compound the dictionary lacks in the name before "AG" ("Die Quellbank AG")', () => {
    const doc = analyse('Berlin – Die Quellbank AG hat die Tarnwerk GmbH gekauft. (dpa, 1.2.2025)\n');
    expect(doc.entities.map((e) => e.label)).toContain('Quellbank AG');
    expect(triples(doc)).toContain('Quellbank AG acquired Tarnwerk GmbH');
  });
});

describe('courts introduced without a name, parts of countries, cut relative clauses', () => {
  it('makes a court introduced with an indefinite article an entity ("vor einem Bundesgericht in Seattle")', () => {
    const doc = analyse('Washington – Der frühere Chef Quell Tarnow räumte am Dienstag vor einem Bundesgericht in Seattle seine Schuld ein. (dpa, 1.2.2025)\n');
    // (Since session 12 such a court is named by its town, the bare noun kept as an alias.)
    const named = (d: ReturnType<typeof analyse>, noun: string) => d.entities.find((e) => e.label === noun || e.aliases.includes(noun));
    expect(named(doc, 'Bundesgericht')?.type).toBe('Court');
    const en2 = en('SAN FRANCISCO (Reuters) - A federal court in San Francisco on Tuesday threw out the case. (Reuters, May 5, 2025)\n');
    expect(named(en2, 'court')?.type).toBe('Court');
  });

  it('reads a compass prefix on a known country as a part of it ("Ostdeutschland", "der Zentralschweizer Konkurrent")', () => {
    const doc = analyse('Bern – Die Kette Quellmarkt tritt vor allem in der Zentralschweiz an. Ihr Chef wechselt zum Zentralschweizer Konkurrenten Tarnhof AG. Die Partei setzt auf Ostdeutschland. (Keystone-SDA, 1.2.2025)\n');
    const regions = doc.entities.filter((e) => e.type === 'Region').map((e) => e.label);
    expect(regions).toEqual(expect.arrayContaining(['Zentralschweiz', 'Ostdeutschland']));
    expect(triples(doc)).toContain('Tarnhof AG locatedIn Zentralschweiz');
  });

  it('keeps the subject of a relative clause that an apposition cut from its verb ("that X, the founder of Y, had filed against Y")', () => {
    const doc = en(
      'SAN FRANCISCO (Reuters) - A federal court on Tuesday threw out a lawsuit that Marta Quell, the ousted founder of note-taking startup Tarnstack, had filed against the company. (Reuters, May 5, 2025)\n',
    );
    const t = triples(doc);
    expect(t).toContain('Marta Quell sued Tarnstack');
    expect(t.filter((x) => x.startsWith('court sued'))).toEqual([]);
  });
});

describe('coalitions and replacements', () => {
  it('reads parties that seal or form a coalition together as partners', () => {
    const t = triples(analyse('München – Gut zwei Wochen nach der Wahl haben CSU und Freie Wähler ihre Koalition besiegelt. (dpa, 1.2.2025)\n'));
    expect(t).toContain('CSU partnerOf Freie Wähler');
    const ruled = triples(analyse('München – Ein Bündnis mit den Grünen hatte die CSU im Wahlkampf ausgeschlossen. (dpa, 1.2.2025)\n'));
    expect(ruled.filter((x) => x.includes('partnerOf'))).toEqual([]);
  });

  it('reads "die Koalition aus CDU und Grünen" as partners', () => {
    const t = triples(analyse('Kiel – Die Kieler Koalition aus CDU und Grünen will schrittweise vorgehen. (dpa, 1.2.2025)\n'));
    expect(t).toContain('Christian Democratic Union partnerOf Bündnis 90/Die Grünen');
  });

  it('reads software replacing another "durch" as an alternative to it, and a person so replaced as succeeded', () => {
    const t = triples(analyse('Kiel – In weiteren Schritten sollen das E-Mail-Programm Quellmail durch Tarnbird abgelöst werden. (dpa, 1.2.2025)\n'));
    expect(t).toContain('Tarnbird alternativeTo Quellmail');
    const person = triples(analyse('Wien – Der Aufsichtsrat hatte Karl Quell abberufen und durch die Managerin Eva Tarn ersetzt. (APA, 1.2.2025)\n'));
    expect(person).toContain('Eva Tarn succeeded Karl Quell');
    expect(person.filter((x) => x.includes('alternativeTo'))).toEqual([]);
  });
});

describe('English court names', () => {
  it('keeps "for the … Circuit" and "for the … District of X" in a court\'s name', () => {
    const doc = en(
      'WASHINGTON (Reuters) - The ruling affirms a decision by the U.S. Court of Appeals for the District of Columbia Circuit. The case began in the U.S. District Court for the Northern District of California. (Reuters, May 5, 2025)\n',
    );
    const labels = doc.entities.map((e) => e.label);
    expect(labels).toContain('Court of Appeals for the District of Columbia Circuit');
    expect(labels).toContain('District Court for the Northern District of California');
    expect(labels).not.toContain('Circuit');
  });
});

describe('makers the gazetteer knows', () => {
  it('resolves "der iPhone-Hersteller" to Apple, named in the text or not', () => {
    const doc = analyse('Peking – Die Behörde habe die Löschung der Apps des Facebook-Konzerns Meta begründet, teilte der iPhone-Hersteller am Freitag mit. (dpa, 1.2.2025)\n');
    const t = triples(doc);
    expect(t).toContain('Apple developerOf iPhone');
    expect(t).not.toContain('Meta Platforms developerOf iPhone');
  });
});

describe('authorities with "and" in their names, continents with a compass prefix', () => {
  it('joins "and" inside an authority\'s name, not between two firms', () => {
    const doc = en('WASHINGTON (Reuters) - Reports went to the U.S. Food and Drug Administration. Quellbell and Tarnwell Communications agreed. (Reuters, May 5, 2025)\n');
    const labels = doc.entities.map((e) => e.label);
    expect(labels).toContain('Food and Drug Administration');
    expect(labels).toContain('United States');
    expect(labels).not.toContain('Quellbell and Tarnwell Communications');
  });

  it('reads a compass prefix on a continent as a part of it ("in Westafrika")', () => {
    const doc = analyse('Bern – Beamte einer Ölgesellschaft in Westafrika wurden bestochen. (Keystone-SDA, 1.2.2025)\n');
    expect(doc.entities.find((e) => e.label === 'Westafrika')?.type).toBe('Region');
  });
});

describe('attributive participles, game titles and investors named in passing', () => {
  it('reads a title after "den Online-Shooter" as a product', () => {
    const doc = analyse('Karlsruhe – Das Studio Quellhaus hat den Online-Shooter „Tarnland“ verkauft. (dpa, 1.2.2025)\n');
    expect(doc.entities.find((e) => e.label === 'Tarnland')?.type).toBe('Product');
  });

  it('keeps an inflected participle between an article and its noun out of the clause ("den von X entwickelten Y")', () => {
    const doc = analyse(
      'Karlsruhe – Das Gericht erließ eine Verfügung gegen die Softwarefirma Zielquell, die Zusatzprogramme für das von Quellhaus Games entwickelte Spiel „Tarnland“ verkauft. (dpa, 1.2.2025)\n',
    );
    expect(triples(doc)).not.toContain('Zielquell developerOf Tarnland');
  });

  it('makes no investor of someone who made statements to investors', () => {
    const doc = en('BOSTON (Reuters) - Quellmed was bought in 2023. Daniel Quell is also charged with securities fraud over statements he made to investors. (Reuters, May 5, 2025)\n');
    expect(triples(doc).filter((x) => x.includes('investedIn'))).toEqual([]);
  });
});

describe('labels of institutions named in the genitive', () => {
  it('labels "des Landgerichts Hamburg" as "Landgericht Hamburg"', () => {
    const doc = analyse('Hamburg – Das Urteil des Landgerichts Hamburg gegen die Quellbox GmbH wurde bestätigt. (dpa, 1.2.2025)\n');
    const court = doc.entities.find((e) => e.type === 'Court');
    expect(court?.label).toBe('Landgericht Hamburg');
    expect(court?.aliases).toContain('Landgerichts Hamburg');
  });
});

describe('relative clauses after a short form in brackets', () => {
  it('takes the name before "(WKStA)" as the antecedent of the relative clause after it', () => {
    const doc = analyse('Wien – Angeklagt hatte ihn die Quellstaatsanwaltschaft Nord (QSN), die dem Manager Karl Tarnow vorwarf, das Parlament getäuscht zu haben. (APA, 1.2.2025)\n');
    expect(triples(doc)).toContain('Quellstaatsanwaltschaft Nord accused Karl Tarnow');
  });
});

describe('the company of a person introduced with its name', () => {
  it('resolves "die Firma" in a relative clause on "X-Geschäftsführer Y" to X, not to a company named since', () => {
    const doc = analyse(
      'Linz – Hacker haben den Linzer Kassenanbieter Quellkasse angegriffen. Die Server liegen beim Hosting-Anbieter Tarnhost, sagte Quellkasse-Geschäftsführer Florian Brunner. Tarnhost selbst sei nicht angegriffen worden. Ein Lösegeld werde man nicht zahlen, betonte Brunner, der die Firma 2016 gegründet hat. (APA, 1.2.2025)\n',
    );
    const t = triples(doc);
    expect(t).toContain('Florian Brunner founded Quellkasse');
    expect(t).not.toContain('Florian Brunner founded Tarnhost');
  });

  it('does not read "Co-Trainer" as a company named "Co"', () => {
    const doc = analyse('Augsburg – Mit dem Trainer muss auch Co-Trainer Sven Quell gehen, teilte der Verein mit. (dpa, 1.2.2025)\n');
    expect(doc.entities.map((e) => e.label)).not.toContain('Co');
  });
});
