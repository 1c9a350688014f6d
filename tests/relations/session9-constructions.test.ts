// Constructions of everyday agency news that session 9 found missing or
// misread, each on a short text written for this test with invented names.
import { describe, expect, it } from 'vitest';
import { analyse, triples } from './analyse.js';

const en = (text: string) => analyse(text, 'en');
const labels = (doc: ReturnType<typeof analyse>) => doc.entities.map((e) => e.label);

describe('places named by their short form or by an adjective', () => {
  it('names a town that GeoNames qualifies in words by its short form ("Marburg an der Lahn" → Marburg)', () => {
    const doc = analyse('Berlin – Der Maschinenbauer Quellfort mit Sitz in Marburg hat einen neuen Eigentümer. (dpa, 1.2.2025)\n');
    const town = doc.entities.find((e) => e.label === 'Marburg');
    expect(town?.type).toBe('City');
    expect(triples(doc)).toContain('Quellfort locatedIn Marburg');
  });

  it('reads a town\'s adjective of origin as the town and shows its short name ("Kemptener" → Kempten)', () => {
    const doc = analyse('Berlin – Der Kemptener Netzbetreiber Allwerk wurde verkauft. (dpa, 1.2.2025)\n');
    expect(labels(doc)).toContain('Kempten');
    expect(labels(doc)).not.toContain('Kempten (Allgäu)');
  });

  it('reads "im maltesischen X" as a town X in Malta', () => {
    const doc = analyse('Bern – Der Anbieter Vellacore mit Sitz im maltesischen Birkirkara verlor vor Gericht. (SDA, 1.2.2025)\n');
    expect(doc.entities.find((e) => e.label === 'Birkirkara')?.type).toBe('Place');
    const t = triples(doc);
    expect(t).toContain('Vellacore locatedIn Birkirkara');
    expect(t).toContain('Birkirkara locatedIn Malta');
  });

  it('keeps a dictionary noun that opens a foreign company name ending in a legal form', () => {
    const doc = analyse('Bern – Die Firma Sandlow gehört zur zypriotischen Meridian Harbour Group. (SDA, 1.2.2025)\n');
    expect(labels(doc)).toContain('Meridian Harbour Group');
    expect(labels(doc)).toContain('Cyprus');
    expect(triples(doc)).toContain('Sandlow subsidiaryOf Meridian Harbour Group');
  });
});

describe('amounts and English founders', () => {
  it('reads an amount converted in brackets with an abbreviated number word as part of the clause ("(1,9 Mrd. Euro)")', () => {
    const t = triples(analyse('Berlin – Der Softwarekonzern Velmont kauft für 2,5 Milliarden Dollar (1,9 Mrd. Euro) das Spielestudio Brakko. (dpa, 1.2.2025)\n'));
    expect(t).toContain('Velmont acquired Brakko');
  });

  it('reads "Co-founders A, the chief executive, and B" and "The two launched the site … together with C"', () => {
    const doc = en(
      'SAN FRANCISCO (Reuters) - Quorra agreed to buy Clipnest, the video-sharing website, on Monday. Clipnest will keep its brand. ' +
        'Co-founders Dana Hurst, the chief executive, and Steve Marlow, its chief technology officer, will stay on. ' +
        'The two launched the site in February 2019 together with Omar Velic, a former colleague at payments company Paybright.\n',
    );
    const t = triples(doc);
    expect(labels(doc)).not.toContain('Co');
    for (const who of ['Dana Hurst', 'Steve Marlow', 'Omar Velic']) expect(t).toContain(`${who} founded Clipnest`);
    expect(t).toContain('Clipnest foundedIn 2019');
    expect(t).toContain('Dana Hurst ceoOf Clipnest');
  });

  it('reads "the venture firm that put $11.5 million into X" as an investment', () => {
    const t = triples(en('SAN FRANCISCO (Reuters) - Harbor Peak Capital, the venture firm that put $11.5 million into Clipnest, stands to reap a large return.\n'));
    expect(t).toContain('Harbor Peak Capital investedIn Clipnest');
  });

  it('links "the site" to the platform named with the founder in the same sentence, not to a company named earlier', () => {
    const t = triples(
      en(
        'SAN FRANCISCO (Reuters) - Loopbox was bought last year by audio group Corlen Audio. Many sellers have moved to Crateyard, a smaller rival. ' +
          '"We are growing," said Crateyard co-founder Dana Okafor, who set up the site in 2019.\n',
      ),
    );
    expect(t).toContain('Dana Okafor founded Crateyard');
    expect(t).toContain('Crateyard foundedIn 2019');
    expect(t).not.toContain('Corlen Audio foundedIn 2019');
  });
});

describe('rivals, coordination and accusations', () => {
  it('reads coordinated phrases with the same preposition ("mit X sowie mit Y", "with X and with Y")', () => {
    const t = triples(analyse('Berlin – Im Glasfasermarkt konkurriert Vernetto vor allem mit der Deutschen Telekom sowie mit dem US-Riesen Stellwave. (dpa, 1.2.2025)\n'));
    expect(t).toContain('Vernetto competitorOf Deutsche Telekom');
    expect(t).toContain('Vernetto competitorOf Stellwave');
    const e = triples(en('LONDON (Reuters) - Paylio, which lets shoppers split purchases, competes with Sweden\'s Klarna and with Paybright.\n'));
    expect(e).toContain('Paylio competitorOf Klarna');
    expect(e).toContain('Paylio competitorOf Paybright');
  });

  it('reads a candidate prevailing against another in a vote as rivals, not a court winning against a firm', () => {
    const t = triples(analyse('Steyr – In der Stichwahl setzte sich ÖVP-Kandidat Thomas Aigner gegen die bisherige Vizebürgermeisterin Maria Grubmüller durch. (APA, 1.2.2025)\n'));
    expect(t).toContain('Thomas Aigner competitorOf Maria Grubmüller');
    const c = triples(analyse('Wien – Die Firma Delfon setzte sich vor dem Handelsgericht Wien gegen die Firma Epsilor durch. (APA, 1.2.2025)\n'));
    expect(c.filter((x) => x.includes('competitorOf'))).toEqual([]);
  });

  it('carries the subject into a clause after a comma that opens with its verb, before a dative ("…, warf der Behörde aber vor")', () => {
    const t = triples(analyse('Dublin – Die Datenschutzbehörde DPK hat gegen Jobnetz eine Strafe verhängt. Der Aktivist Lukas Brenner sprach von einem Signal, warf der DPK aber zugleich vor, das Verfahren verschleppt zu haben. (APA, 1.2.2025)\n'));
    expect(t.some((x) => /^Lukas Brenner (accused|criticized) DPK$/.test(x))).toBe(true);
    expect(t).not.toContain('DPK accused Lukas Brenner');
  });

  it('makes a described family with no antecedent a group of its own, not another group named before', () => {
    const doc = analyse('Gießen – Die Beschäftigten des Verlags Lahnmedien bangen um ihre Stellen. Der Journalistenverband warf der Verlegerfamilie vor, zu lange gespart zu haben. (dpa, 1.2.2025)\n');
    const family = doc.entities.find((e) => e.label === 'Verlegerfamilie');
    expect(family?.type).toBe('Group');
    expect(triples(doc).some((x) => x.endsWith('accused Beschäftigten'))).toBe(false);
  });

  it('reads an English gerund as the first part of a German compound ("Hostinganbieter")', () => {
    const t = triples(analyse('Berlin – Der Nürnberger Hostinganbieter Frankwerk expandiert nach Österreich. (dpa, 1.2.2025)\n'));
    expect(t).toContain('Frankwerk locatedIn Nuremberg');
  });
});

describe('words of origin before names', () => {
  it('reads a town adjective right before a company name, a family and an app ("zur Stockholmer Nordvik AB")', () => {
    const t = triples(analyse('Wien – Die Firma Rollmo gehört zur Stockholmer Nordvik AB. Die Linzer Unternehmerfamilie Hametsberger steigt bei der Wiener Einkaufs-App Restolo ein. (APA, 1.2.2025)\n'));
    expect(t).toContain('Nordvik AB locatedIn Stockholm');
    expect(t).toContain('Unternehmerfamilie Hametsberger locatedIn Linz');
    expect(t).toContain('Restolo locatedIn Vienna');
  });

  it('reads the adjective of a town ending in -e ("Karlsruher" → Karlsruhe) and a plural with umlaut the tables lack ("Läden")', () => {
    const doc = analyse('Leipzig – Der Karlsruher Spieleentwickler Sturmwerk Games nimmt das Spiel aus seinen 15 deutschen Läden. (dpa, 1.2.2025)\n');
    expect(triples(doc)).toContain('Sturmwerk Games locatedIn Karlsruhe');
    expect(doc.entities.map((e) => e.label)).not.toContain('Läden');
  });

  it('reads a town\'s name alone after a noun for a company as the company ("zur Düsseldorfer Mediengruppe Velten")', () => {
    const doc = analyse('Bonn – Das Vergleichsportal Tarivo gehört seit 2021 zur Düsseldorfer Mediengruppe Velten. (dpa, 1.2.2025)\n');
    expect(doc.entities.find((e) => e.label === 'Velten')?.type).not.toBe('City');
    expect(triples(doc)).toContain('Tarivo subsidiaryOf Velten');
  });
});

describe('English company names ending in AI', () => {
  it('reads "invest … in Quanta AI" as a company, not a place, and links "the startup" to it', () => {
    const doc = en('SAN FRANCISCO (Reuters) - Orvell Platforms will invest $1.3 billion in Quanta AI and take a 49% stake in the data-labeling startup, the companies said on Thursday.\n');
    expect(doc.entities.find((e) => e.label === 'Quanta AI')?.type).toBe('Company');
    expect(triples(doc)).toContain('Orvell Platforms investedIn Quanta AI');
  });
});

describe('founding idioms, shares and units', () => {
  it('reads "gemeinsam mit X ins Leben gerufen" as founding by both', () => {
    const t = triples(analyse('Linz – Die Handwerkerplattform Baufix24 wächst. Sabine Rauch hatte die Plattform 2017 gemeinsam mit dem Installateur Herbert Gschaider ins Leben gerufen. (APA, 1.2.2025)\n'));
    expect(t).toContain('Sabine Rauch founded Baufix24');
    expect(t).toContain('Herbert Gschaider founded Baufix24');
    expect(t).toContain('Baufix24 foundedIn 2017');
  });

  it('reads "übernimmt 60 Prozent der Anteile" as a stake in the company the text is about', () => {
    const t = triples(analyse('Linz – Die Handwerkerplattform Baufix24 geht in Schweizer Hände über. Die Beteiligungsgesellschaft Limmatberg Capital übernimmt 60 Prozent der Anteile. (APA, 1.2.2025)\n'));
    expect(t.some((x) => /^Limmatberg Capital (investedIn|acquired) Baufix24$/.test(x))).toBe(true);
  });

  it('reads leading a unit of a company as working for it ("das Österreich-Geschäft des Konkurrenten X geleitet")', () => {
    const t = triples(analyse('Linz – Neuer Chef wird Philipp Aigner, der bisher das Österreich-Geschäft des Münchner Konkurrenten Handwerko geleitet hat. (APA, 1.2.2025)\n'));
    expect(t).toContain('Philipp Aigner worksFor Handwerko');
  });
});

describe('staff and names of staff', () => {
  it('reads department roles in German compounds as staff ("Velora-Chefjurist X", "Velora-Strategiechef Y")', () => {
    const t = triples(analyse('Berlin – Velora-Chefjurist Tom Brandl sprach von einem Sieg. Velora-Strategiechef Jens Koller wies die Vorwürfe zurück. (dpa, 1.2.2025)\n'));
    expect(t).toContain('Tom Brandl worksFor Velora');
    expect(t).toContain('Jens Koller worksFor Velora');
    expect(t).not.toContain('Jens Koller ceoOf Velora');
  });

  it('keeps "General" before a legal form in a company name, and a capitalised adjective opening the sentence', () => {
    const doc = en('DETROIT (Reuters) - Priya Raman joined Voltmark from General Motors in 2022.\n');
    expect(labels(doc)).toContain('General Motors');
    const doc2 = en('LONDON (Reuters) - Imperial Sound Group Chief Executive Doug Marlow accused Streamly of copyright infringement.\n');
    expect(labels(doc2)).toContain('Imperial Sound Group');
    expect(triples(doc2)).toContain('Doug Marlow ceoOf Imperial Sound Group');
  });

  it('reads "Jorien van Dalsum" as a person and leading an organisation\'s campaign as working for it', () => {
    const doc = en('AMSTERDAM (Reuters) - "It is bad," said Jorien van Dalsum, who leads the FNV\'s campaign for platform workers.\n');
    expect(doc.entities.find((e) => e.label === 'Jorien van Dalsum')?.type).toBe('Person');
    expect(triples(doc)).toContain('Jorien van Dalsum worksFor FNV');
  });

  it('reads "X, a former Tesla engineer who founded Y" as a person who worked for Tesla', () => {
    const doc = en('AUSTIN, Texas (Reuters) - Halvorsen, a former Tesla engineer who founded Voltmark in 2019, faced criticism.\n');
    expect(doc.entities.find((e) => e.label === 'Halvorsen')?.type).toBe('Person');
    expect(triples(doc)).toContain('Halvorsen worksFor Tesla');
  });
});

describe('English owners, attacks and lawsuits', () => {
  it('ends a name at an English genitive and types "Co" names as companies ("Walt Disney Co\'s Disney+", "Warner Bros")', () => {
    const doc = en('LOS ANGELES (Reuters) - Streamora must defend its lead against Walt Disney Co\'s Disney+ and Warner Bros Discovery\'s HBO Max.\n');
    // (Session 10: a legal-form name the gazetteer knows without its form is that entry.)
    expect(doc.entities.find((e) => e.label === 'The Walt Disney Company')?.type).toBe('Company');
    expect(labels(doc)).toContain('Disney+');
    expect(labels(doc)).toContain('Warner Bros Discovery');
    expect(labels(doc)).not.toContain('Waren');
    expect(triples(doc)).toContain('The Walt Disney Company owns Disney+');
  });

  it('reads a company reporting that hackers broke into its network as the target, and "filed lawsuits accusing X" as suing X', () => {
    const t = triples(
      en(
        'WARSAW (Reuters) - Video game developer Pixelforge said on Tuesday that hackers had broken into its internal network. ' +
          'Investors in the United States have filed class-action lawsuits accusing Pixelforge of misleading them.\n',
      ),
    );
    expect(t).toContain('hackers attacked Pixelforge');
    expect(t.some((x) => /sued Pixelforge$/.test(x))).toBe(true);
  });

  it('goes on with the main clause after a relative clause, also after an adverb, and types a coordinated name as a person', () => {
    const doc = en('WARSAW (Reuters) - Pixelforge, which was founded in 1994 by Marek Nowicki and Michał Kowalczyk, also owns the online game store Gamevault.\n');
    expect(doc.entities.find((e) => e.label === 'Michał Kowalczyk')?.type).toBe('Person');
    expect(triples(doc)).toContain('Pixelforge owns Gamevault');
    const d2 = en('AUSTIN, Texas (Reuters) - Quadlane, which was founded in 2020 by students Maya Oke and Devin Trall, disclosed last month that a group calling itself GlassRaven had broken into its systems.\n');
    expect(triples(d2)).toContain('GlassRaven attacked Quadlane');
  });

  it('reads a name before a comma and a state as a town ("the Los Gatos, California-based company")', () => {
    const doc = en('NEW YORK (Reuters) - Streamora reported growth. Shares of the Los Gatos, California-based company rose.\n');
    expect(doc.entities.find((e) => e.label === 'Los Gatos')?.type).toBe('City');
  });
});

describe('stakes, appositions with a place and agents around a relative clause', () => {
  it('reads "a stake in X" as a company and "X, a Vancouver streaming service" as seated there', () => {
    const doc = en('TORONTO (Reuters) - Harbourline Communications has agreed to buy a 30% stake in Reelvia, a Vancouver streaming service for independent films.\n');
    expect(doc.entities.find((e) => e.label === 'Reelvia')?.type).not.toBe('Place');
    const t = triples(doc);
    expect(t).toContain('Harbourline Communications investedIn Reelvia');
    expect(t).toContain('Reelvia locatedIn Vancouver');
  });

  it('keeps an adjective of origin after "a stake in" ("a stake in German battery maker X")', () => {
    const t = triples(en('PARIS (Reuters) - French carmaker Dalvane Automobiles will buy a 25% stake in German battery maker Voltmann Zelltechnik.\n'));
    expect(t).toContain('Dalvane Automobiles investedIn Voltmann Zelltechnik');
    expect(t.some((x) => x.endsWith('investedIn German'))).toBe(false);
  });

  it('adds a second agent after a relative clause ("started by X, who runs the company, and Y")', () => {
    const t = triples(en('TORONTO (Reuters) - Reelvia was started in 2019 by former programmer Anika Sorell, who runs the company, and software engineer Tomas Ferlund.\n'));
    expect(t).toContain('Anika Sorell founded Reelvia');
    expect(t).toContain('Tomas Ferlund founded Reelvia');
    expect(t).toContain('Anika Sorell ceoOf Reelvia');
  });
});

describe('labels', () => {
  it('reads "das Label X" as a company named X, not "Label X"', () => {
    const doc = analyse('Berlin – Zum Konzern Spielwerk gehört auch das Label Nachtfalter Games. (dpa, 1.2.2025)\n');
    expect(labels(doc)).toContain('Nachtfalter Games');
    expect(labels(doc)).not.toContain('Label Nachtfalter Games');
  });
});

describe('fines on firms with attributes, and own products in quotes', () => {
  it('reads "gegen den in Altona ansässigen Spieleentwickler X ein Bußgeld verhängt" as a ruling against X', () => {
    const t = triples(analyse('Hamburg – Die Hamburger Datenschutzbehörde hat gegen den in Altona ansässigen Spieleentwickler Nordlicht Games ein Bußgeld von 2,4 Millionen Euro verhängt. (dpa, 1.2.2025)\n'));
    expect(t.some((x) => /^Hamburger Datenschutzbehörde ruledAgainst Nordlicht Games$|ruledAgainst Nordlicht Games$/.test(x))).toBe(true);
  });

  it('reads "in seinem Online-Rollenspiel „X“" as the subject\'s product', () => {
    const t = triples(analyse('Hamburg – Das Studio Nordlicht Games hat die Sprachchats in seinem Online-Rollenspiel „Sturmriff“ mitgeschnitten. (dpa, 1.2.2025)\n'));
    expect(t).toContain('Nordlicht Games developerOf Sturmriff');
  });
});

describe('hosting by renting servers', () => {
  it('reads "mietet seine Server bei X" as being hosted by X', () => {
    expect(triples(analyse('Berlin – Der Onlinehändler Kellbrand mietet seine Server bei dem Anbieter Hostwerk. (dpa, 1.2.2025)\n'))).toContain('Kellbrand hostedBy Hostwerk');
  });
});

describe('English sales, hosts and shareholders in appositions', () => {
  const text =
    'WILMINGTON, Delaware (Reuters) - Neighborly is in trouble. A U.S. bankruptcy judge on Thursday approved the sale of Neighborly, the insolvent social app, to its Denver-based rival Blockway for $41 million. ' +
    'Cloudnest, Neighborly\'s hosting provider and its largest creditor, had objected. Blockway, whose largest shareholder is venture firm Tideline Ventures, plans to move the users.\n';
  it('reads "the sale of X, the … app, to its Denver-based rival Y" as Y buying its rival X', () => {
    const t = triples(en(text));
    expect(t).toContain('Blockway acquired Neighborly');
    expect(t.some((x) => x === 'Blockway competitorOf Neighborly' || x === 'Neighborly competitorOf Blockway')).toBe(true);
  });
  it('reads "X, Y\'s hosting provider" and "Y, whose largest shareholder is X"', () => {
    const t = triples(en(text));
    expect(t).toContain('Neighborly hostedBy Cloudnest');
    expect(t).toContain('Tideline Ventures investedIn Blockway');
  });
});

describe('operators in compounds', () => {
  it('reads "Der X-Betreiber Y" as Y owning X', () => {
    const t = triples(analyse('Bellevue – Die Spieleplattformen Steamly und Itchbox entfernen Titel. Der Steamly-Betreiber Ventura aus Bellevue hatte seine Regeln verschärft. (APA, 1.2.2025)\n'));
    expect(t).toContain('Ventura owns Steamly');
  });
});

describe('coordinated names after a plural noun', () => {
  it('types both names after "die Spieleplattformen X und Y" as platforms', () => {
    const doc = analyse('Bellevue – Die Spieleplattformen Steamly und Itchbox haben Titel entfernt. (APA, 1.2.2025)\n');
    expect(doc.entities.find((e) => e.label === 'Itchbox')?.type).toBe(doc.entities.find((e) => e.label === 'Steamly')?.type);
    expect(doc.entities.find((e) => e.label === 'Itchbox')?.type).toBe('Platform');
  });
});

describe('English relative clauses without a pronoun and chiefs named without a company', () => {
  it('reads "the streaming company he has led" as a relative clause, keeping the main clause\'s subject', () => {
    const t = triples(en('LOS ANGELES (Reuters) - Shares of the streaming service Streamora rose. Streamora co-founder Rick Halvorsen is stepping down as co-chief executive of the streaming company he has led for two decades.\n'));
    expect(t).toContain('Rick Halvorsen ceoOf Streamora');
  });

  it('reads "X was named co-CEO in July 2020" as chief of the company the text is about', () => {
    const t = triples(en('LOS ANGELES (Reuters) - Shares of the streaming service Streamora rose. Tom Sarrell, a former video store clerk, was named co-CEO in July 2020.\n'));
    expect(t).toContain('Tom Sarrell ceoOf Streamora');
  });
});

describe('criminal complaints', () => {
  it('reads "hat gegen die Betreiber Strafanzeige erstattet" as accusing the operators', () => {
    const t = triples(analyse('Köln – Der Sender Tribünenfunk hat gegen die Betreiber der Seite Strafanzeige erstattet. (dpa, 1.2.2025)\n'));
    expect(t).toContain('Tribünenfunk accused Betreiber');
  });
});

describe('a group of people as the subject', () => {
  it('reads "Eine Gruppe von US-Investoren hat X verklagt" and "A group of investors sued X" as the investors suing', () => {
    expect(triples(analyse('Zürich – Eine Gruppe von US-Investoren hat die Privatbank Sternwald vor einem Bundesgericht in New York verklagt. (SDA, 1.2.2025)\n'))).toContain('US-Investoren sued Sternwald');
    expect(triples(en('NEW YORK (Reuters) - A group of investors sued Pixelforge in federal court.\n'))).toContain('investors sued Pixelforge');
  });
});

describe('makers of named products', () => {
  it('reads "den ChatGPT-Entwickler OpenAI" and "dem iPhone-Hersteller Apple" as the makers', () => {
    const t = triples(analyse('Berlin – Der Investor Kellmann hat den Chatbot-Entwickler Talvion verklagt. Talvion liegt vor dem iPhone-Hersteller Brightcore. (dpa, 1.2.2025)\n'));
    expect(t).toContain('Brightcore developerOf iPhone');
  });

  it('reads "recalling its Ridgeback sport utility vehicles" as the company\'s product', () => {
    const t = triples(en('AUSTIN, Texas (Reuters) - Electric-vehicle start-up Voltmark Motors is recalling about 14,300 of its Ridgeback sport utility vehicles.\n'));
    expect(t).toContain('Voltmark Motors developerOf Ridgeback');
  });
});

describe('companies running named websites', () => {
  it('reads "X, which runs the SpinBay and Lucky Reef casino websites" as X owning both', () => {
    const t = triples(en('LONDON (Reuters) - The regulator said Harbourbet, which runs the SpinBay and Lucky Reef casino websites, had failed to protect customers.\n'));
    expect(t).toContain('Harbourbet owns SpinBay');
    expect(t).toContain('Harbourbet owns Lucky Reef');
  });
});

describe('popularity among groups', () => {
  it('reads "ist vor allem unter Studierenden und Journalisten verbreitet" and "bei jungen Männern beliebt"', () => {
    const t = triples(analyse('Istanbul – Der Messenger Kuvix ist vor allem unter Studierenden und Journalisten verbreitet. Die Plattform Kickly ist vor allem bei jungen Männern beliebt. (dpa, 1.2.2025)\n'));
    expect(t).toContain('Kuvix popularAmong Studierenden');
    expect(t).toContain('Kuvix popularAmong Journalisten');
    expect(t).toContain('Kickly popularAmong Männern');
  });

  it('reads "X, a marketplace app popular with U.S. college students"', () => {
    const t = triples(en('AUSTIN, Texas (Reuters) - Apple has removed Swapnest, a secondhand marketplace app popular with U.S. college students, from its App Store.\n'));
    expect(t).toContain('Swapnest popularAmong students');
  });
});
