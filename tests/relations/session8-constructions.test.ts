// Constructions of everyday agency news that session 8 found missing or
// misread, each on a short text written for this test with invented names.
import { describe, expect, it } from 'vitest';
import { analyse, triples } from './analyse.js';

const en = (text: string) => analyse(text, 'en');
const labels = (doc: ReturnType<typeof analyse>) => doc.entities.map((e) => e.label);

describe('names in inflected and possessive forms', () => {
  it('reads the German genitive of a country as the country ("Österreichs")', () => {
    const doc = analyse('Wien – Die Inflation Österreichs stieg im März auf vier Prozent. (APA, 1.2.2025)\n');
    expect(doc.entities.find((e) => e.wikidata === 'Q40')?.type).toBe('Country');
  });

  it('does not take a bare "Nationalbank" for the Swiss central bank', () => {
    const doc = analyse('Wien – Die Nationalbank Österreichs warnte vor steigenden Preisen. (APA, 1.2.2025)\n');
    expect(labels(doc)).not.toContain('Swiss National Bank');
  });

  it('reads an English possessive of a country as the country ("Britain\'s")', () => {
    const doc = en("LONDON (Reuters) - Britain's competition watchdog fined Holbrook Systems on Monday.\n");
    expect(doc.entities.find((e) => e.wikidata === 'Q145')?.type).toBe('Country');
    expect(labels(doc)).toContain('Holbrook Systems');
  });

  it('keeps a town that ends an organisation\'s name as a place of its own, without making it the seat', () => {
    const doc = analyse('Berlin – Der Fußballklub RB Leipzig hat den Sponsor Holmag verloren. (dpa, 1.2.2025)\n');
    expect(labels(doc)).toContain('RB Leipzig');
    expect(doc.entities.find((e) => e.label === 'Leipzig')?.type).toBe('City');
    expect(triples(doc)).not.toContain('RB Leipzig locatedIn Leipzig');
  });
});

describe('English names and references', () => {
  it('finds a name that only ever opens sentences, and "It was founded … by"', () => {
    const t = triples(en('SEATTLE (Reuters) - Brightloop sells fitness apps. It was founded in 2020 by Dana Whitcomb and Liam Porter.\n'));
    expect(t).toContain('Dana Whitcomb founded Brightloop');
    expect(t).toContain('Liam Porter founded Brightloop');
    expect(t).toContain('Brightloop foundedIn 2020');
  });

  it('reads "Alphabet\'s Google" as ownership, but not across a coordination ("Microsoft\'s Bing and Brightloop")', () => {
    const t = triples(en("SEATTLE (Reuters) - Alphabet's Google dominates search, while Microsoft's Bing and Brightloop compete for the rest.\n"));
    expect(t).toContain('Alphabet Inc. owns Google');
    expect(t).toContain('Microsoft owns Bing');
    expect(t.filter((x) => x.endsWith('owns Brightloop'))).toEqual([]);
  });

  it('reads "counts X and Y among its investors"', () => {
    const t = triples(en('SEATTLE (Reuters) - Brightloop makes fitness apps. Brightloop counts Holbrook Capital and Pine Ventures among its investors.\n'));
    expect(t).toContain('Holbrook Capital investedIn Brightloop');
    expect(t).toContain('Pine Ventures investedIn Brightloop');
  });

  it('reads "built security firm X and sold it to Y" as founding and a sale', () => {
    const t = triples(en('SEATTLE (Reuters) - Liam Porter, who had built security firm Quellwork and sold it to Holbrook Systems, joined Brightloop.\n'));
    expect(t).toContain('Liam Porter founded Quellwork');
    expect(t).toContain('Holbrook Systems acquired Quellwork');
  });

  it('takes names that open with digits ("4chan") as names', () => {
    const doc = en('SEATTLE (Reuters) - Moderators of 4chan and 8chan were named in the report by Holbrook Media.\n');
    expect(labels(doc)).toEqual(expect.arrayContaining(['4chan', '8chan']));
  });

  it('reads an organisation noun in apposition as the name before it ("X Cloud, the unit run by Y")', () => {
    const t = triples(en('SEATTLE (Reuters) - Brightloop Cloud, the unit run by Dana Whitcomb, lost a client.\n'));
    expect(t).toContain('Dana Whitcomb ceoOf Brightloop Cloud');
  });

  it('reads a relative clause on a common noun ("the lawsuit that X filed against Y")', () => {
    const t = triples(en('SEATTLE (Reuters) - A judge threw out the lawsuit that Brightloop filed against Holbrook Systems.\n'));
    expect(t).toContain('Brightloop sued Holbrook Systems');
  });

  it('reads "its board had removed Chief Executive X" as a dismissal, not a ban', () => {
    const t = triples(en('SEATTLE (Reuters) - Holbrook Systems announced that its board had removed Chief Executive Hollis Crane after a dispute.\n'));
    expect(t).toContain('Hollis Crane ceoOf Holbrook Systems');
    expect(t.filter((x) => x.includes(' banned '))).toEqual([]);
    expect(t.some((x) => x.endsWith('dismissed Hollis Crane'))).toBe(true);
  });

  it('reads being targeted by a named hacker group as an attack', () => {
    const t = triples(en('SEATTLE (Reuters) - Brightloop was targeted by the hacker group Scattered Wolf, Brightloop said.\n'));
    expect(t).toContain('Scattered Wolf attacked Brightloop');
  });

  it('takes no sentence adverb for a name ("Instead of …")', () => {
    const doc = en('SEATTLE (Reuters) - Instead of a payout, Brightloop offered shares to Holbrook Systems.\n');
    expect(labels(doc)).not.toContain('Instead');
  });

  it('reads "chief executive of Coventry-based X" as leading X, seated in the town', () => {
    const t = triples(en('LONDON (Reuters) - Dana Whitcomb, chief executive of Coventry-based Brightloop, said sales rose.\n'));
    expect(t).toContain('Dana Whitcomb ceoOf Brightloop');
    expect(t).toContain('Brightloop locatedIn Coventry');
  });

  it('reads "Hedge fund X disclosed a stake in Y" as an investment', () => {
    const t = triples(en('LONDON (Reuters) - Hedge fund Marlow Peak disclosed a stake in Brightloop on Monday, Brightloop said.\n'));
    expect(t).toContain('Marlow Peak investedIn Brightloop');
  });
});

describe('German references and adverbs', () => {
  it('does not take a source named after "laut" for the antecedent of "die Gruppe"', () => {
    const t = triples(
      analyse(
        'Wien – Die Holmag Gruppe ist pleite. Laut dem Kreditschützer Krevis sind 200 Gläubiger betroffen. Die Gruppe hat ihren Sitz in Linz. (APA, 1.2.2025)\n',
      ),
    );
    expect(t).toContain('Holmag Gruppe locatedIn Linz');
    expect(t).not.toContain('Krevis locatedIn Linz');
  });

  it('takes no capitalised sentence adverb for a name ("Besonders beliebt ist …")', () => {
    const doc = analyse('Graz – Besonders beliebt ist die App Ratschli bei Lehrkräften. (APA, 1.2.2025)\n');
    expect(labels(doc)).not.toContain('Besonders');
    expect(labels(doc)).toContain('Ratschli');
  });

  it('finds a town whose name is an everyday word after a bare "aus"/"in", and not elsewhere', () => {
    const doc = analyse(
      'Magdeburg – Der Dienstleister Saalewerk aus Halle betreut die Klinik. Die Firma Brella sitzt in Hof. Ein Sturm zieht nach Norden, im Hof steht ein Auto. (dpa, 1.2.2025)\n',
    );
    const t = triples(doc);
    expect(t.some((x) => x.startsWith('Saalewerk locatedIn Halle'))).toBe(true);
    expect(t).toContain('Brella locatedIn Hof');
    expect(doc.entities.filter((e) => e.type === 'City').map((e) => e.label).sort()).toEqual(expect.arrayContaining(['Hof', 'Magdeburg']));
    expect(doc.entities.some((e) => e.label === 'Norden')).toBe(false);
    expect(doc.entities.filter((e) => e.label === 'Hof')).toHaveLength(1);
  });

  it('reads a company whose name opens with a known place after a cue noun, "es" after the verb and an X-Gruppe', () => {
    const doc = analyse(
      'Linz – Der Stahlverarbeiter Donau Profil hat einen neuen Eigentümer. Der Grazer Berater Lindhof hatte dem Stahlverarbeiter zuvor den Verkauf empfohlen.\n\nDas 1981 von Karl Brunnhuber gegründete Unternehmen fertigt Träger für Hallen. Seit März gehört es zur Passauer Falkenried-Gruppe. (APA, 1.2.2025)\n',
    );
    const t = triples(doc);
    expect(doc.entities.find((e) => e.label === 'Donau Profil')?.type).toBe('Company');
    expect(t).toContain('Karl Brunnhuber founded Donau Profil');
    expect(t).toContain('Donau Profil foundedIn 1981');
    expect(t.some((x) => x.startsWith('Donau Profil subsidiaryOf Falkenried'))).toBe(true);
    expect(t.filter((x) => x.startsWith('Lindhof') && x.includes('founded'))).toEqual([]);
  });

  it('reads the new leaders of a party elected by delegates, "Die beiden folgen auf", and founding after leaving', () => {
    const doc = analyse(
        'Erfurt – Die Partei Volksforum hat eine neue Doppelspitze. Die Delegierten wählten am Samstag die Juristin Hanna Ostrowski und den früheren Landrat Peter Gerlach zu Vorsitzenden. Die beiden folgen auf Marta Lind und Uwe Brenner.\n\nIm Herbst hatte der frühere Fraktionschef Kai Sommer die Partei verlassen und im Januar den Verein Bürgerbund Thüringen (BBT) gegründet. (dpa, 1.2.2025)\n',
    );
    const t = triples(doc);
    expect(t).toContain('Hanna Ostrowski ceoOf Volksforum');
    expect(t).toContain('Peter Gerlach ceoOf Volksforum');
    expect(t).toContain('Peter Gerlach succeeded Uwe Brenner');
    expect(t).toContain('Kai Sommer founded Bürgerbund Thüringen');
    expect(t).not.toContain('Kai Sommer founded Volksforum');
    expect(doc.entities.find((e) => e.label === 'Bürgerbund Thüringen')?.aliases).toContain('BBT');
  });
});

describe('English organisations named after a company or a trust', () => {
  it('keeps "X Media Group" apart from a known "X", reads "the Y Trust" as an organisation, and "then known as"', () => {
    const doc = en(
      'LONDON (Reuters) - The Guardian is owned by the Scott Trust through Guardian Media Group. Elon Musk, who bought the platform, then known as Twitter, in 2022, criticised the paper.\n',
    );
    const t = triples(doc);
    expect(doc.entities.find((e) => e.label === 'Guardian Media Group')).toBeDefined();
    expect(doc.entities.find((e) => e.label === 'Scott Trust')?.type).not.toBe('Person');
    expect(t).toContain('Elon Musk acquired Twitter');
  });

  it('reads a finding reported after the clause ("X illegally dominated …, a judge ruled") and the judge named next', () => {
    const t = triples(
      en(
        'SEATTLE (Reuters) - Brightloop illegally dominated the market for fitness apps, a federal judge ruled on Thursday, handing the Federal Trade Commission a victory. U.S. District Judge Anna Berg found that Brightloop had built a monopoly. In May, Judge Tom Reyes had dismissed a similar case.\n',
      ),
    );
    expect(t).toContain('Anna Berg ruledAgainst Brightloop');
    expect(t.some((x) => x.startsWith('Anna Berg ruledInFavorOf Federal Trade Commission'))).toBe(true);
    expect(t).not.toContain('Tom Reyes ruledAgainst Brightloop');
  });

  it('reads "ihrer Tochter X" as a name, "geht an" as a sale and "die von X kontrollierte Y" as ownership', () => {
    const t = triples(
      analyse(
        'Bern – Der Konzern Alpwerk trennt sich von seiner Softwaretochter Kompass. Kompass geht an die Firma Nordholz. Die von der Familie Brunner kontrollierte Nordholz zahlt 40 Millionen Franken. (sda, 1.2.2025)\n',
      ),
    );
    expect(t).toContain('Kompass subsidiaryOf Alpwerk');
    expect(t).toContain('Nordholz acquired Kompass');
    expect(t).toContain('Familie Brunner owns Nordholz');
  });

  it('reads "X, a Boston-based maker" and "who started X and has run it", so the successor leads X', () => {
    const t = triples(
      en(
        'BOSTON (Reuters) - Quillon Systems, a Boston-based maker of billing software, agreed to be sold. Ana Ruiz, who started Quillon in 2014 and has run it since, will step down as chief executive. She will be replaced by Tom Hale.\n',
      ),
    );
    expect(t).toContain('Quillon Systems locatedIn Boston');
    expect(t).toContain('Ana Ruiz ceoOf Quillon Systems');
    expect(t).toContain('Tom Hale ceoOf Quillon Systems');
  });

  it('reads the target of an attack claimed later past a word of origin, and "Tausende X" as a plural noun', () => {
    const doc = analyse(
      'Kassel – Ein Hackerangriff auf den Kasseler Webhoster Brellnet hat Tausende Webshops lahmgelegt. Zu der Attacke bekannte sich die Ransomware-Gruppe Nachtkauz. (dpa, 1.2.2025)\n',
    );
    const t = triples(doc);
    expect(t).toContain('Nachtkauz attacked Brellnet');
    expect(t).not.toContain('Nachtkauz attacked Kassel');
    expect(doc.entities.some((e) => e.label === 'Webshops' || e.label === 'Webshop')).toBe(false);
  });

  it('reads "übernimmt ihre Konkurrentin X" as rivals and "X, Präsident der Y" as leading Y', () => {
    const t = triples(
      analyse(
        'Zürich – Die Bank Alpenkredit übernimmt ihre angeschlagene Konkurrentin Seebank AG. Sein Gegenüber Urs Meili, Präsident der Seebank AG, sprach von einem traurigen Tag. (sda, 1.2.2025)\n',
      ),
    );
    expect(t).toContain('Alpenkredit acquired Seebank AG');
    expect(t.some((x) => x === 'Seebank AG competitorOf Alpenkredit' || x === 'Alpenkredit competitorOf Seebank AG')).toBe(true);
    expect(t).toContain('Urs Meili ceoOf Seebank AG');
  });

  it('completes a clause a relative clause interrupted when the rest ends in an ambiguous participle ("abberufen")', () => {
    const t = triples(
      analyse(
        'Graz – Beim Grazer Start-up Klangwerk gibt es Streit. Der Aufsichtsrat hat Mira Holzer, die das Unternehmen 2019 gegründet hatte, am Freitag als Geschäftsführerin abberufen. (APA, 1.2.2025)\n',
      ),
    );
    expect(t.some((x) => x.endsWith('dismissed Mira Holzer'))).toBe(true);
    expect(t).toContain('Mira Holzer ceoOf Klangwerk');
    expect(t).toContain('Mira Holzer founded Klangwerk');
  });

  it('reads "…, die Geschäfte führt heute X" as a main clause about the company of the clause before', () => {
    const t = triples(
      analyse(
        'Hamburg – Die Firma Brella verklagt ihren Rivalen Corvix. Brella wurde 2016 von den Geschwistern Jana und Felix Weber gegründet, die Geschäfte führt heute Jana Weber. Corvix-Chef Tom Kurz weist die Vorwürfe zurück. (dpa, 1.2.2025)\n',
      ),
    );
    expect(t).toContain('Jana Weber ceoOf Brella');
    expect(t).not.toContain('Felix Weber ceoOf Brella');
    expect(t).not.toContain('Jana Weber ceoOf Corvix');
  });

  it('reads "the Bank of X" and "the Y Party" as names, and winning the leadership of a party', () => {
    const doc = en(
      'OTTAWA (Reuters) - Anna Berg won the leadership of the ruling Progress Party on Sunday. Berg headed the Bank of Ruritania for five years.\n',
    );
    const t = triples(doc);
    expect(doc.entities.find((e) => e.label === 'Progress Party')?.type).toBe('PoliticalParty');
    expect(t).toContain('Anna Berg ceoOf Progress Party');
    expect(t).toContain('Anna Berg ceoOf Bank of Ruritania');
  });

  it('reads bare plural groups ("targeted by hackers"), "The Co-op Group" and "Britain\'s National Crime Agency"', () => {
    const doc = en(
      'LONDON (Reuters) - The Fenwick Group said hackers broke into its systems. The Co-op Group, run by Chief Executive Ana Ruiz, was also targeted by hackers. Britain\'s National Crime Agency is investigating, as are Germany\'s Halbrook AG and Norway\'s Fjordly.\n',
    );
    const t = triples(doc);
    expect(t).toContain('hackers attacked Fenwick Group');
    expect(t).toContain('hackers attacked Co-op Group');
    expect(t).toContain('Ana Ruiz ceoOf Co-op Group');
    expect(t).toContain('National Crime Agency locatedIn United Kingdom');
    expect(t).not.toContain('Norway locatedIn Germany');
  });

  it('reads "Spielerinnen und Spielern" as one group', () => {
    const doc = analyse('Bern – Das Online-Casino Glückstal war vor allem bei Spielerinnen und Spielern in der Westschweiz beliebt. (sda, 1.2.2025)\n');
    expect(doc.entities.some((e) => e.label === 'Spielerinnen und Spielern' && e.type === 'Group')).toBe(true);
    expect(triples(doc)).toContain('Glückstal popularAmong Spielerinnen und Spielern');
  });

  it('makes a court named by its kind without an article an entity ("filed in federal court in Los Angeles")', () => {
    const doc = en('LOS ANGELES (Reuters) - The agency sued Brightloop in federal court in Los Angeles on Monday.\n');
    expect(doc.entities.find((e) => e.label === 'federal court')?.type).toBe('Court');
    const other = en('SAN FRANCISCO (Reuters) - Brightloop sued Holbrook Systems in a U.S. federal court, accusing it of fraud.\n');
    expect(other.entities.some((e) => e.label === 'federal court')).toBe(false);
  });

  it('reads person nouns the dictionary lacks by their suffix ("mit der Pharmazeutin X")', () => {
    const t = triples(analyse('Wien – Gegründet hat Tom Kurz die Firma Brella 2022 gemeinsam mit der Pharmazeutin Eva Lind. (APA, 1.2.2025)\n'));
    expect(t).toContain('Eva Lind founded Brella');
    expect(t).toContain('Tom Kurz founded Brella');
  });

  it('reads "lost ground to larger rivals X and Y" and "für den Wettbewerb mit X" as rivalry', () => {
    const t = triples(en('CHICAGO (Reuters) - Brightloop has lost ground to larger rivals Holbrook Systems and Fenwick Labs, analysts said.\n'));
    expect(t).toContain('Holbrook Systems competitorOf Brightloop');
    expect(t).toContain('Fenwick Labs competitorOf Brightloop');
    const d = triples(analyse('Berlin – Mit dem Kauf rüstet sich die Firma Brella für den Wettbewerb mit Corvix. (dpa, 1.2.2025)\n'));
    expect(d.some((x) => x === 'Corvix competitorOf Brella' || x === 'Brella competitorOf Corvix')).toBe(true);
  });

  it('locates a company "mit Sitz im kalifornischen Palo Alto" in the town, and the town in the region', () => {
    const t = triples(analyse('Berlin – Die Firma Brella mit Sitz im kalifornischen Palo Alto übernimmt Corvix. (dpa, 1.2.2025)\n'));
    expect(t).toContain('Brella locatedIn Palo Alto');
    expect(t).toContain('Palo Alto locatedIn California');
  });

  it('makes elections and advisory boards entities of the article', () => {
    const doc = analyse('Berlin – Nach der Bundestagswahl wechselt Tom Kurz in den Beirat der Firma Brella. (dpa, 1.2.2025)\n');
    expect(doc.entities.find((e) => e.label === 'Bundestagswahl')?.type).toBe('Event');
    expect(doc.entities.some((e) => e.label === 'Beirat')).toBe(true);
  });

  it('reads a capitalised auxiliary inside a sentence as a first name ("WhatsApp head Will Cathcart")', () => {
    const doc = en('SEATTLE (Reuters) - "This is a win," Brightloop head Will Harmon said on Monday.\n');
    expect(doc.entities.find((e) => e.label === 'Will Harmon')?.type).toBe('Person');
    expect(triples(doc)).toContain('Will Harmon ceoOf Brightloop');
  });

  it('reads "X, who co-founded Y in 2016 and is its chief executive"', () => {
    const t = triples(en('SEATTLE (Reuters) - Dana Whitcomb, who co-founded Brightloop in 2016 and is its chief executive, said sales rose.\n'));
    expect(t).toContain('Dana Whitcomb founded Brightloop');
    expect(t).toContain('Dana Whitcomb ceoOf Brightloop');
  });

  it('reads "Gegründet wurde X von Y, der bis heute an seiner Spitze steht"', () => {
    const t = triples(analyse('Husum – Gegründet wurde die Firma Nordwind 2004 von dem Landwirt Jens Boysen, der bis heute an ihrer Spitze steht. (dpa, 1.2.2025)\n'));
    expect(t).toContain('Jens Boysen founded Nordwind');
    expect(t).toContain('Jens Boysen ceoOf Nordwind');
  });
});
