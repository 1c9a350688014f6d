// Constructions of everyday agency news that session 44 found missing or
// misread, each on a short text written for this test with invented names.
import { describe, expect, it } from 'vitest';
import { analyse, triples } from './analyse.js';

describe('an organisation named with its town', () => {
  it('places a German firm in a village the gazetteer does not know ("Pirker Guss in Thörlgraben")', () => {
    const doc = analyse('Leoben (APA) - Die Eisengießerei Hollner Guss in Thörlwinkel sperrt mit Ende März zu. (APA, 3.4.2024)\n');
    expect(triples(doc)).toContain('Hollner Guss locatedIn Thörlwinkel');
  });

  it('does not take a region or a country after "in" for the seat ("die Partei in Sachsen" is a branch)', () => {
    const doc = analyse('Dresden (dpa) - Die Ostwerk Guss GmbH in Sachsen streicht wegen der schwachen Nachfrage 40 Stellen, wie das Unternehmen mitteilte. (dpa, 3.4.2024)\n');
    expect(triples(doc).filter((x) => x.startsWith('Ostwerk Guss GmbH locatedIn'))).toEqual([]);
  });

  it('places an English organisation named right before "in" and a town', () => {
    const doc = analyse(
      'LONDON, April 3 (Reuters) - The complaint was backed by researchers at Halvorsen University in Nijmegen, the group said. (Reuters, 2024-04-03)\n',
    );
    expect(triples(doc)).toContain('Halvorsen University locatedIn Nijmegen');
  });
});

describe('firm names with a noun of the trade', () => {
  it('reads "die Hug-Bachmann Backwaren GmbH" and "die Bachmann Backwaren GmbH" as whole names', () => {
    const doc = analyse(
      'Luzern (sda) - Ein viertes Unternehmen, die Hugli-Bachner Backwaren GmbH aus Kriens, hatte das Kartell selbst angezeigt. Auch die Bachner Fleischwaren AG muss zahlen. (sda, 3.4.2024)\n',
    );
    const labels = doc.entities.map((e) => e.label);
    expect(labels).toContain('Hugli-Bachner Backwaren GmbH');
    expect(labels).toContain('Bachner Fleischwaren AG');
    expect(triples(doc)).toContain('Hugli-Bachner Backwaren GmbH locatedIn Kriens');
  });
});

describe('European legal forms in English text', () => {
  it('types "Cerrado Alimentos SA", "Norrvik AB" and "Halvo Oyj" as companies, as "Inc." does', () => {
    const doc = analyse(
      'SAO PAULO, Sept 11 (Reuters) - Cerrado Alimentos SA is seeking to raise $850 million. Its Nordic rivals Norrvik AB and Halvo Oyj declined to comment. (Reuters, 2025-09-11)\n',
    );
    const types = new Map(doc.entities.map((e) => [e.label, e.type]));
    expect(types.get('Cerrado Alimentos SA')).toBe('Company');
    expect(types.get('Norrvik AB')).toBe('Company');
    expect(types.get('Halvo Oyj')).toBe('Company');
  });
});

describe('a first name opening a firm\'s name', () => {
  it('reads "die Kölner Severin Versicherungsgruppe" as a firm in Cologne, not a person', () => {
    const doc = analyse(
      'Köln (dpa) - Führungswechsel bei der Kölner Hubert Versicherungsgruppe: Die frühere Managerin Katharina Oberhäuser soll den Vorstandsvorsitz übernehmen. (dpa, 18.9.2024)\n',
    );
    const firm = doc.entities.find((e) => e.label === 'Hubert Versicherungsgruppe');
    expect(firm?.type).not.toBe('Person');
    expect(triples(doc)).toContain('Hubert Versicherungsgruppe locatedIn Cologne');
  });
});

describe('parts of a country named with a compass word', () => {
  it('reads the genitive "Westösterreichs" after a noun for firms as the region, not a firm', () => {
    const doc = analyse('Salzburg (APA) - Zwei der größten Medienhäuser Westösterreichs schließen sich zusammen, wie beide am Donnerstag mitteilten. (APA, 3.4.2024)\n');
    const region = doc.entities.find((e) => e.label === 'Westösterreich');
    expect(region?.type).toBe('Region');
    expect(doc.entities.some((e) => e.label === 'Westösterreichs')).toBe(false);
  });

  it('keeps a region that names an association ("der Taxiverband Zentralschweiz") inside its name', () => {
    const doc = analyse('Luzern (sda) - Auch der Taxiverband Zentralschweiz hatte ein härteres Vorgehen gegen die Plattform gefordert. (sda, 3.4.2024)\n');
    expect(doc.entities.find((e) => e.aliases.includes('Taxiverband Zentralschweiz'))?.type).not.toBe('Region');
  });
});

describe('a firm whose short name is an everyday word', () => {
  it('reads "Allianz-Managerin" as someone from the insurer', () => {
    const doc = analyse('Köln (dpa) - Die frühere Allianz-Managerin Katharina Obermaier soll den Vorstandsvorsitz des Versicherers übernehmen. (dpa, 18.9.2024)\n');
    expect(triples(doc)).toContain('Katharina Obermaier worksFor Allianz SE');
  });
});

describe('the organisation a merger forms', () => {
  it('reads "das neue Unternehmen" after "fusionieren zur X" as X', () => {
    const doc = analyse(
      'Graz (APA) - Die Ölmühle Kernwald eGen und die Kernölgenossenschaft Sulmtal fusionieren mit 1. Jänner zur "Steirerland eGen". Das neue Unternehmen mit Sitz in Feldbach zählt 1.400 Mitglieder. Obmann der neuen Genossenschaft wird Franz Wurzer. (APA, 11.3.2025)\n',
    );
    const t = triples(doc);
    expect(t).toContain('Steirerland eGen locatedIn Feldbach');
    expect(t).toContain('Franz Wurzer ceoOf Steirerland eGen');
    expect(doc.entities.some((e) => /neue/.test(e.label))).toBe(false);
  });

  it('finds the verb of merging after "zur" too ("werden … zur X verschmolzen")', () => {
    const doc = analyse(
      'Salzburg (APA) - Die Hochalm Bergbahnen AG und die Gruberkar Lifte GmbH werden mit 1. Mai zur Hochalm-Gruberkar Bergbahnen AG verschmolzen. Das fusionierte Unternehmen führt künftig Hannes Rieder. (APA, 11.3.2025)\n',
    );
    expect(doc.entities.find((e) => e.label === 'Hochalm-Gruberkar Bergbahnen AG')?.aliases).toContain('fusionierte Unternehmen');
  });
});

describe('offices and parties', () => {
  it('reads "X ist seit 2014 Bürgermeister von Y" with a time between the copula and the office', () => {
    const doc = analyse('Potsdam (dpa) - Hans Kahlert ist seit 2014 Bürgermeister von Storkenau und trat nun aus der SPD aus. (dpa, 3.4.2024)\n');
    expect(triples(doc)).toContain('Hans Kahlert ceoOf Storkenau');
  });

  it('reads "X, Vorsitzender des Betriebsrats," as the chair of that body', () => {
    const doc = analyse('Suhl (dpa) - Uwe Hessler, Vorsitzender des Betriebsrats, sprach von einem Schock für die Belegschaft. (dpa, 3.4.2024)\n');
    expect(triples(doc)).toContain('Uwe Hessler ceoOf Betriebsrat');
  });

  it('knows the Austrian KPÖ as a party in brackets', () => {
    const doc = analyse('Graz (APA) - Bürgermeisterin Elke Kranz (KPÖ) lobte den Kauf der Straßenbahnen. (APA, 3.4.2024)\n');
    expect(triples(doc)).toContain('Elke Kranz memberOf Communist Party of Austria');
  });
});

describe('where staff and sites are', () => {
  it('reads English "X, from Danish lender Y" and "X, a campaigner at the London-based group Y" as working there', () => {
    const doc = analyse(
      'LONDON, May 2 (Reuters) - The deal was led by Peter Holmer, from Danish lender Kattrup Bank. "Investors deserve to know," said Hannah Ruhl, a campaigner at the London-based group Forest Watchers. (Reuters, 2024-05-02)\n',
    );
    const t = triples(doc);
    expect(t).toContain('Peter Holmer worksFor Kattrup Bank');
    expect(t).toContain('Hannah Ruhl worksFor Forest Watchers');
  });

  it('places a firm "mit Standorten in X und Y" in both towns', () => {
    const doc = analyse('Klagenfurt (APA) - Die Firma Brdy Timber mit Standorten in Český Krumlov und Prachatice wird übernommen. (APA, 3.4.2024)\n');
    const t = triples(doc);
    expect(t).toContain('Brdy Timber locatedIn Český Krumlov');
    expect(t).toContain('Brdy Timber locatedIn Prachatice');
  });
});

describe('sellers and shareholders', () => {
  it('does not read the seller in "Verkäufer ist der Finanzinvestor X" as holding a stake any more, but keeps "Größter Aktionär ist X"', () => {
    const doc = analyse(
      'Linz (APA) - Der Maschinenbauer Hörtler AG übernimmt den Fensterbauer Ziherl Okna. Verkäufer ist der Laibacher Finanzinvestor Adria Equity, der den Fensterbauer 2019 erworben hatte. Größter Aktionär der Hörtler AG ist die Familienholding Brandtner. (APA, 3.4.2024)\n',
    );
    const t = triples(doc);
    expect(t).not.toContain('Adria Equity investedIn Ziherl Okna');
    expect(t).toContain('Adria Equity acquired Ziherl Okna');
    expect(t).toContain('Brandtner investedIn Hörtler AG');
  });
});

describe('institutions named by their town', () => {
  it('keeps "die Kernölgenossenschaft Leibnitz" one organisation when the text names the town elsewhere', () => {
    const doc = analyse(
      'Graz (APA) - Die Ölmühle Südwest eGen und die Kernölgenossenschaft Leibnau fusionieren. Die Leibnauer Obfrau Maria Pichl wird Stellvertreterin; die Ölmühle in Leibnau bleibt als Lager erhalten. (APA, 11.3.2025)\n',
    );
    const labels = doc.entities.map((e) => e.label);
    expect(labels).toContain('Kernölgenossenschaft Leibnau');
    expect(doc.entities.find((e) => e.label === 'Leibnau')?.type).not.toBe('Organization');
  });

  it('reads "die Bundesanwaltschaft in Bern" as an authority there', () => {
    const doc = analyse('Bern (sda) - Gegen den früheren Kundenberater führt die Bundesanwaltschaft in Bern ein Strafverfahren. (sda, 3.4.2024)\n');
    expect(triples(doc)).toContain('Bundesanwaltschaft locatedIn Bern');
  });
});

describe('a family firm named after its owner', () => {
  it('reads "Henning Lührs, der das 1889 gegründete Familienunternehmen führt" as leading "Lührs & Co."', () => {
    const doc = analyse(
      'Hamburg (dpa) - Das Kaffeehandelshaus Lührsen & Co. hat vor Gericht gewonnen. Das Gericht verurteilte die Bremer Rösterei Vahrenholt zu Schadenersatz. Henning Lührsen, der das 1889 gegründete Familienunternehmen in vierter Generation führt, zeigte sich erleichtert. (dpa, 6.2.2025)\n',
    );
    const t = triples(doc);
    expect(t).toContain('Henning Lührsen ceoOf Lührsen & Co.');
    expect(t).not.toContain('Henning Lührsen ceoOf Vahrenholt');
  });
});

describe('English places the gazetteer lacks', () => {
  it('reads "Thunder Bay" after "in … and" as a town, not a person named Thunder', () => {
    const doc = analyse('MONTREAL (AP) - Freight moves from the Prairies to ports in Vancouver and Thunder Bay, the railway said. (AP, 2025-03-05)\n');
    const types = new Map(doc.entities.map((e) => [e.label, e.type]));
    expect(types.get('Thunder Bay')).toBe('City');
    expect(types.get('Canadian Prairies')).toBe('Region');
  });
});

describe('appositions and short association names', () => {
  it('reads "Der Bürgermeister der Stadt X im Landkreis Y, Name (CDU)," as the mayor of X', () => {
    const doc = analyse('Hannover (dpa) - Der Bürgermeister der Stadt Wittenbrück im Landkreis Cloppenburg, Heiko Brinkhaus (CDU), hat dem Ministerium Versäumnisse vorgeworfen. (dpa, 3.4.2024)\n');
    expect(triples(doc)).toContain('Heiko Brinkhaus ceoOf Wittenbrück');
  });

  it('reads German "X, Österreichs größte Molkerei mit Sitz in Y," as X seated in Y, not the firm talked about before', () => {
    const doc = analyse(
      'Mattighofen (APA) - Die Molkerei Mattigau senkt den Milchpreis. Zudem zahle Konkurrent Bergmilch, Österreichs größte Molkerei mit Sitz in Pasching, derzeit mehr. (APA, 10.6.2024)\n',
    );
    const t = triples(doc);
    expect(t).toContain('Bergmilch locatedIn Pasching');
    expect(t).not.toContain('Mattigau locatedIn Pasching');
  });

  it('reads "die IG-Milch" as an association and "IG-Milch-Sprecher X" as its spokesperson, but not "RB-Geschäftsführer"', () => {
    const doc = analyse(
      'Linz (APA) - Das hat die IG-Milch auf den Plan gerufen. IG-Milch-Sprecher Herbert Kaltenbach sagte, man werde protestieren. RB-Geschäftsführer Oliver Mintz schwieg. (APA, 10.6.2024)\n',
    );
    expect(triples(doc)).toContain('Herbert Kaltenbach spokespersonOf IG-Milch');
    expect(doc.entities.some((e) => e.label === 'RB-Geschäftsführer')).toBe(false);
  });
});

describe('names of people and places that are also words', () => {
  it('reads "Gesundheitsstadtrat Peter Hacker (SPÖ)" as one person, a party member', () => {
    const doc = analyse('Wien (APA) - Im Büro von Gesundheitsstadtrat Peter Hackl (SPÖ) und Stadträtin Anna Hacker (SPÖ) hieß es, man werde die Fusion beobachten. (APA, 3.4.2024)\n');
    expect(triples(doc)).toContain('Anna Hacker memberOf SPÖ');
  });

  it('reads the Irish "Ballina, County Mayo" as a town in its county, and "X, the Dublin-based exporter behind Y," as seated in Dublin', () => {
    const doc = analyse(
      'DUBLIN, May 2 (Reuters) - Carrowglen, based in Ballina, County Mayo, turns milk into cheese. Ornova, the Dublin-based exporter behind the Kerrygold brand, welcomed the deal. (Reuters, 2024-05-02)\n',
    );
    const t = triples(doc);
    expect(t).toContain('Ballina locatedIn County Mayo');
    expect(t).toContain('Ornova locatedIn Dublin');
  });
});

describe('a relative possessive after a plural name', () => {
  it('reads "zu den Freien Wählern, deren Bundesvorsitzender X" as X heading that party, not the one named before', () => {
    const doc = analyse(
      'Berlin (dpa) - Gespräche mit der CDU habe es nicht gegeben, sagte er. Einen Wechsel zu den Freien Wählern, deren Bundesvorsitzender Hubert Aiwanger um Liberale wirbt, wies er zurück. (dpa, 27.2.2024)\n',
    );
    const t = triples(doc);
    expect(t).toContain('Hubert Aiwanger memberOf Freie Wähler');
    expect(t).not.toContain('Hubert Aiwanger memberOf Christian Democratic Union');
    expect(t).not.toContain('Hubert Aiwanger ceoOf Christian Democratic Union');
  });
});

describe('mayors', () => {
  it('reads "der Bürgermeister des niederbayerischen Marktes X" as the mayor of X, a town in that region', () => {
    const doc = analyse('Hirschau (dpa) - Nach wochenlanger Kritik tritt der Bürgermeister des niederbayerischen Marktes Hirschau zurück. (dpa, 3.4.2024)\n');
    const t = triples(doc);
    expect(t).toContain('Bürgermeister ceoOf Hirschau');
    expect(t).toContain('Hirschau locatedIn Lower Bavaria');
  });

  it('does not read "führt der Zweite Bürgermeister X die Amtsgeschäfte" as running a firm', () => {
    const doc = analyse(
      'Landshut (dpa) - Die Lindner Bau GmbH hat das Grundstück gekauft. Bis zur Neuwahl führt der Zweite Bürgermeister Michael Rausch (SPD) die Amtsgeschäfte. (dpa, 3.4.2024)\n',
    );
    expect(triples(doc)).not.toContain('Michael Rausch ceoOf Lindner Bau GmbH');
  });
});

describe('sites listed after "darunter"', () => {
  it('places the chain in the towns of "darunter Standorte in Leoben und Weiz"', () => {
    const doc = analyse('Graz (APA) - Die Bäckereikette Brotwerk Pölzl betreibt 31 Filialen in der Steiermark, darunter Standorte in Leoben und Weiz. (APA, 3.4.2024)\n');
    const t = triples(doc);
    expect(t).toContain('Brotwerk Pölzl locatedIn Leoben');
    expect(t).toContain('Brotwerk Pölzl locatedIn Weiz');
  });
});

describe('district offices', () => {
  it('reads "das Landratsamt" as an authority, and "die Bezirkshauptmannschaft Vöcklabruck" as one seated there', () => {
    const doc = analyse('Linz (APA) - Der vom Landratsamt erteilte Bescheid sei rechtswidrig. Die Bezirkshauptmannschaft Vöcklabruck prüft den Antrag. (APA, 3.4.2024)\n');
    expect(doc.entities.find((e) => e.label === 'Landratsamt')?.type).toBe('GovernmentAgency');
    expect(triples(doc)).toContain('Bezirkshauptmannschaft Vöcklabruck locatedIn Vöcklabruck');
  });
});

describe('English relative clauses', () => {
  it('keeps the pronoun the subject in "X, which owns Y," even when Y reads as a person\'s name', () => {
    const doc = analyse(
      'MILAN, Oct 8 (Reuters) - Vauclair, which owns couture label Maison Ardent and jeweller Roche & Fils, will acquire 85% of Bellandi. (Reuters, 2024-10-08)\n',
    );
    const t = triples(doc);
    expect(t).not.toContain('Maison Ardent owns Vauclair');
    expect(t).toContain('Vauclair owns Roche & Fils');
  });
});

describe('a firm named by a plural in -er', () => {
  it('reads "die Herrenhäuser Versicherung" as one firm that "der Versicherer" refers back to', () => {
    const doc = analyse(
      'Hannover (dpa) - Bei einem Hackerangriff auf die Herrenwälder Versicherung sind Daten erbeutet worden, teilte der Versicherer am Dienstag mit. Die Angreifer kamen über das Hamburger Softwarehaus Nordlicht Data. (dpa, 3.4.2024)\n',
    );
    expect(doc.entities.find((e) => e.label === 'Herrenwälder Versicherung')?.type).toBe('Company');
    const insurer = doc.mentions.find((m) => m.text === 'Versicherer');
    expect(insurer?.entity).toBe(doc.mentions.find((m) => m.text === 'Herrenwälder Versicherung')?.entity);
  });
});
