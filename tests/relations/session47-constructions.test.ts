// Constructions of everyday agency news that session 47 found missing or
// misread, each on a short text written for this test with invented names.
import { describe, expect, it } from 'vitest';
import { analyse, triples } from './analyse.js';

describe('coordinated rivals', () => {
  it('keeps a second rival introduced by a town\'s adjective ("und der Dortmunder Wilo-Gruppe")', () => {
    const doc = analyse('Tuttlingen (dpa) - Die Firma Quembold baut Pumpen. Sie konkurriert mit Konzernen wie Trelsund aus Dänemark und der Kasseler Varnholm-Gruppe. (dpa, 3.4.2024)\n');
    expect(triples(doc)).toEqual(expect.arrayContaining(['Quembold competitorOf Trelsund', 'Quembold competitorOf Varnholm']));
  });

  it('names the rivals after "wie" rivals of the article\'s firm, not of each other ("wo Konkurrenten wie X und Y den Markt dominieren")', () => {
    const doc = analyse('Wattwil (sda) - Die Spielwarenfirma Quembold AG will im Ausland wachsen, wo grosse Konkurrenten wie der dänische Trelsund-Konzern und die deutsche Varnholm-Gruppe den Markt dominieren. (sda, 3.4.2024)\n');
    const t = triples(doc);
    expect(t).toContain('Trelsund competitorOf Quembold AG');
    expect(t).not.toContain('Trelsund competitorOf Varnholm');
  });
});

describe('criticism with the noun fronted', () => {
  it('reads "Kritik übte X auch an Y" as X criticising Y', () => {
    const doc = analyse('Bern (sda) - Die Kommission rügte das Verfahren. Kritik übte die Firma Lumatec auch am Bundesamt für Beschaffung Velvaris. (sda, 3.4.2024)\n');
    expect(triples(doc)).toContain('Lumatec criticized Bundesamt für Beschaffung Velvaris');
  });

  it('does not read "Kritik übte X am Montag" as criticism of a day', () => {
    const doc = analyse('Bern (sda) - Kritik übte die Firma Lumatec am Montag in Bern. (sda, 3.4.2024)\n');
    expect(triples(doc).filter((t) => t.includes('criticized'))).toEqual([]);
  });
});

describe('a parliament inside a closed compound', () => {
  it('finds the parliament in "Bundestagsabgeordnete X" and makes X its member', () => {
    const doc = analyse('Berlin (dpa) - Die Bundestagsabgeordnete Sevina Ortrunsen kritisierte die Firma Lumatec. Auch der Nationalratsabgeordnete Beatus Wengli äußerte sich. (dpa, 3.4.2024)\n');
    const t = triples(doc);
    expect(t).toContain('Sevina Ortrunsen memberOf Bundestag');
    expect(t).toContain('Beatus Wengli memberOf Nationalrat');
  });

  it('leaves an everyday compound before a name whole ("Bahnchef X" names no company by a short first part)', () => {
    const doc = analyse('Berlin (dpa) - Der Bahnchef Ortwin Salbrecht kritisierte die Firma Lumatec. (dpa, 3.4.2024)\n');
    expect(doc.mentions.filter((m) => m.source === 'compound').map((m) => m.text)).toEqual([]);
  });
});

describe('implied countries', () => {
  it('adds the country of a region or town the article names ("die oberösterreichische Molkerei" → Österreich)', () => {
    const doc = analyse('Wels (APA) - Die oberösterreichische Molkerei Quendlmilch senkt den Milchpreis. Ein zweites Werk steht in Chur. (APA, 3.4.2024)\n');
    const countries = doc.entities.filter((e) => e.type === 'Country');
    expect(countries.map((e) => e.label).sort()).toEqual(['Austria', 'Switzerland']);
    expect(countries.find((e) => e.label === 'Austria')!.aliases).toContain('Österreich');
    expect(countries.find((e) => e.label === 'Austria')!.wikidata).toBe('Q40');
  });

  it('adds none for the dateline\'s town alone, and no second node for a country the text names', () => {
    const dateline = analyse('Wels (APA) - Die Molkerei Quendlmilch senkt den Milchpreis, teilte sie am Montag mit. (APA, 3.4.2024)\n');
    expect(dateline.entities.filter((e) => e.type === 'Country')).toEqual([]);
    const named = analyse('Wels (APA) - Die Molkerei Quendlmilch aus Linz ist die größte in Österreich. (APA, 3.4.2024)\n');
    expect(named.entities.filter((e) => e.type === 'Country')).toHaveLength(1);
  });

  it('relates nothing to an implied country', () => {
    const doc = analyse('Wels (APA) - Die oberösterreichische Molkerei Quendlmilch senkt den Milchpreis. (APA, 3.4.2024)\n');
    expect(triples(doc)).toContain('Quendlmilch locatedIn Upper Austria');
    const austria = doc.entities.find((e) => e.type === 'Country')!;
    expect(austria.label).toBe('Austria');
    expect(doc.relations.filter((r) => r.subject === austria.key || (r.object.kind === 'entity' && r.object.key === austria.key))).toEqual([]);
  });
});

describe('a town inside a listed name', () => {
  it('names the town of a listed institution that opens with its word of origin ("an der Frankfurter Wertpapierbörse")', () => {
    const doc = analyse('Frankfurt (dpa) - Die Firma Quembold will an die Frankfurter Wertpapierbörse. Ihr Kredit kommt von der Hamburger Sparkasse. (dpa, 3.4.2024)\n');
    const t = triples(doc);
    expect(t).toContain('Frankfurt Stock Exchange locatedIn Frankfurt');
    expect(doc.entities.map((e) => e.label)).toContain('Hamburg');
    // (Only the institutions the compound rules list lie in their town by the name alone; since session 66 they list
    // banks named by a word of origin.)
    expect(t.filter((x) => x.startsWith('Hamburger Sparkasse '))).toEqual(['Hamburger Sparkasse locatedIn Hamburg']);
  });

  it('labels St. Gallen as German-language news writes it', () => {
    const doc = analyse('Zürich (sda) - Die St. Galler Privatbank Quemboldt wurde verkauft. (sda, 3.4.2024)\n');
    expect(triples(doc)).toContain('Quemboldt locatedIn St. Gallen');
  });
});

describe('a brand named by a copula', () => {
  it('reads "X ist eine Marke des Konzerns Y" as X belonging to Y', () => {
    const doc = analyse('Berlin (dpa) - Foodora gehört zu Delivery Hero, Quemboldo ist eine Marke des Amsterdamer Konzerns Trelsa Takeaway. (dpa, 3.4.2024)\n');
    expect(triples(doc)).toContain('Quemboldo subsidiaryOf Trelsa Takeaway');
  });
});

describe('firms named with their trade, and their subsidiaries', () => {
  it('keeps the trade noun in a name introduced as "die X Fruchtmanufaktur", which the noun later refers to', () => {
    const doc = analyse('Graz (APA) - Der Konzern Trelsamer übernimmt die Quembichler Fruchtmanufaktur aus Leutschach. Die Fruchtmanufaktur war 1987 von der Bäuerin Aloisia Quembichler gegründet worden. (APA, 14.1.2025)\n');
    const t = triples(doc);
    expect(t).toContain('Trelsamer acquired Quembichler Fruchtmanufaktur');
    expect(t).toContain('Aloisia Quembichler founded Quembichler Fruchtmanufaktur');
  });

  it('keeps a subsidiary introduced by "Vertriebstochter" apart from the parent its name opens with', () => {
    const doc = analyse('Graz (APA) - Der Grazer Konzern Trelsamer übernimmt die Firma Quembold. Die Ware soll über die deutsche Vertriebstochter Trelsamer Feinkost GmbH in Passau in den Handel kommen. (APA, 14.1.2025)\n');
    const t = triples(doc);
    expect(t).toContain('Trelsamer acquired Quembold');
    expect(t).not.toContain('Trelsamer Feinkost GmbH acquired Quembold');
  });

  it('reads a firm attacking a firm as a rival, and hackers attacking one as an attack', () => {
    const doc = analyse('Graz (APA) - Mit dem Zukauf greift der Konzern Trelsamer den Tiroler Branchenprimus Quembold an. Im Mai hatten Hacker die Firma Vellmoor angegriffen. (APA, 14.1.2025)\n');
    const t = triples(doc);
    expect(t).toContain('Trelsamer competitorOf Quembold');
    expect(t).not.toContain('Trelsamer attacked Quembold');
    expect(t).toContain('Hacker attacked Vellmoor');
  });
});

describe('towns named by what they are for visitors', () => {
  it('reads "das Ostseebad X" as a town, whose mayor the text names', () => {
    const doc = analyse('Schleswig (AFP) - Das Ostseebad Quillmünde darf die Vermietung nicht verbieten. Bürgermeister Jannik Ohlsdorp (SPD) zeigte sich enttäuscht. (AFP, 3.4.2024)\n');
    expect(triples(doc)).toContain('Jannik Ohlsdorp ceoOf Quillmünde');
  });
});

describe('a title of two role nouns before a name', () => {
  it('keeps the second role noun out of the name ("Der Vorsitzende Richter X")', () => {
    const doc = analyse('Celle (dpa) - Das Sozialgericht Quernheim hatte die Klage abgewiesen. Der Vorsitzende Richter Jendrik Abelschmidt sagte, die Belastung sei dokumentiert. (dpa, 3.4.2024)\n');
    expect(doc.entities.filter((e) => e.type === 'Person').map((e) => e.label)).toEqual(['Jendrik Abelschmidt']);
    expect(triples(doc)).toContain('Jendrik Abelschmidt worksFor Sozialgericht Quernheim');
  });
});

describe('the region an article talks about', () => {
  it('makes "in der Region" a place of the article, but not the noun before a region\'s name', () => {
    const doc = analyse('Linz (APA) - Die Firma Quembold baut im Mühlviertel ein Werk und will 200 Arbeitsplätze in der Region schaffen. (APA, 3.4.2024)\n');
    expect(doc.entities.filter((e) => e.label === 'Region').map((e) => e.type)).toEqual(['Place']);
    const named = analyse('Linz (APA) - Die Region Mühlviertel profitiere von dem Werk der Firma Quembold. (APA, 3.4.2024)\n');
    expect(named.entities.map((e) => e.label)).not.toContain('Region');
  });
});

describe('units, parts and attacks claimed', () => {
  it('reads "X, a unit of Antwerp-based logistics group Y" and "X, part of Alphabet\'s Google," as subsidiaries', () => {
    const doc = analyse('AMSTERDAM (Reuters) - Zendvaart, a unit of Antwerp-based logistics group Orvellis since 2021, said it would appeal. It hired cybersecurity firm Quellmark, part of Alphabet\'s Google, to investigate. (Reuters, 2024-03-02)\n');
    const t = triples(doc);
    expect(t).toContain('Zendvaart subsidiaryOf Orvellis');
    expect(t).toContain('Quellmark subsidiaryOf Google');
  });

  it('makes a group that claims the attack the attacker of the firm the article reports on', () => {
    const en = analyse('DALLAS (Reuters) - Hackers attacked the dealer group Tarrowvane. A hacking group calling itself NightLoomer claimed responsibility for the attack on its leak site on Monday. (Reuters, 2024-03-02)\n');
    expect(triples(en)).toContain('NightLoomer attacked Tarrowvane');
    const de = analyse('Linz (APA) - Hacker haben die Stadtwerke Quembold angegriffen. Die Gruppe Nachtfalke reklamierte den Angriff auf ihrer Darknet-Seite für sich. (APA, 3.4.2024)\n');
    expect(triples(de)).toContain('Nachtfalke attacked Stadtwerke Quembold');
  });

  it('reads no attack into a person claiming responsibility for a decision', () => {
    const doc = analyse('DALLAS (Reuters) - The dealer group Tarrowvane closed two stores. Chief Executive Lyle Ambersmoor claimed responsibility for the decision on Monday. (Reuters, 2024-03-02)\n');
    expect(triples(doc).filter((x) => x.includes(' attacked '))).toEqual([]);
  });
});

describe('an institution named after a country\'s genitive', () => {
  it('labels "Italy\'s antitrust authority" by the words that say what it is', () => {
    const doc = analyse('MILAN (Reuters) - Italy\'s antitrust authority has fined Quarzevia 4 million euros. The regulator said the claims were false. (Reuters, 2025-09-23)\n');
    expect(triples(doc)).toContain('antitrust authority ruledAgainst Quarzevia');
    expect(doc.entities.map((e) => e.label)).not.toContain('authority');
  });
});

describe('products of a verb of making or selling', () => {
  it('makes the plural nouns after "stellt … her", "fertigt", "sells" products of the article', () => {
    const de = analyse('Linz (APA) - Die Firma Quembold stellt Einbaubacköfen und Dunstabzugshauben her. Sie produziert jährlich 2,4 Millionen Flaschen. (APA, 3.4.2024)\n');
    const products = de.entities.filter((e) => e.type === 'Product').map((e) => e.label);
    expect(products).toEqual(expect.arrayContaining(['Einbaubacköfen', 'Dunstabzugshauben', 'Flaschen']));
    expect(products).not.toContain('Millionen');
    const en = analyse('LONDON (Reuters) - Quembold makes sofas and armchairs, and it sold shares to 300 investors. (Reuters, 2024-03-02)\n');
    const enProducts = en.entities.filter((e) => e.type === 'Product').map((e) => e.label);
    expect(enProducts).toEqual(expect.arrayContaining(['sofas', 'armchairs']));
    expect(enProducts).not.toContain('shares');
  });

  it('relates nothing to such a product', () => {
    const doc = analyse('Linz (APA) - Die Firma Quembold stellt Einbaubacköfen und Dunstabzugshauben her. (APA, 3.4.2024)\n');
    expect(triples(doc).filter((t) => t.includes('Einbaubacköfen'))).toEqual([]);
  });
});

describe('a group before the names it lists', () => {
  it('makes "Konkurrenten wie X und Y" and "rivals such as X" groups of the article, and the names stay rivals', () => {
    const de = analyse('Hamburg (dpa) - Die Rösterei Quembold konkurriert mit Konkurrenten wie Trelsa und Vellmoor. (dpa, 3.4.2024)\n');
    expect(de.entities.filter((e) => e.type === 'Group').map((e) => e.label)).toContain('Konkurrenten');
    expect(triples(de)).toEqual(expect.arrayContaining(['Quembold competitorOf Trelsa', 'Quembold competitorOf Vellmoor']));
    expect(triples(de).filter((t) => t.includes('Konkurrenten'))).toEqual([]);
    const en = analyse('DUBAI (Reuters) - Qantivo Air competes with larger rivals such as Trelsa Airways. (Reuters, 2024-03-02)\n');
    expect(en.entities.filter((e) => e.type === 'Group').map((e) => e.label)).toContain('rivals');
    expect(triples(en)).toContain('Qantivo Air competitorOf Trelsa Airways');
  });
});

describe('kin of the people in the news', () => {
  it('makes "ihrem Großvater" and "his widow" persons of the article, but not "Sohn Florian" before a name', () => {
    const de = analyse('Linz (APA) - Die Firma Quembold wurde von ihrem Großvater gegründet. Sohn Florian führt sie heute. (APA, 3.4.2024)\n');
    const persons = de.entities.filter((e) => e.type === 'Person').map((e) => e.label);
    expect(persons).toContain('Großvater');
    expect(persons).not.toContain('Sohn');
    const en = analyse('LONDON (Reuters) - Quembold founder Arthur Vellin died in May. His widow now owns the firm. (Reuters, 2024-03-02)\n');
    expect(en.entities.filter((e) => e.type === 'Person').map((e) => e.label)).toContain('widow');
  });
});

describe('a body named inside a role\'s word', () => {
  it('makes the Betriebsrat of "Betriebsratsvorsitzender X" an organisation of the article, once', () => {
    const doc = analyse('Linz (APA) - Die Firma Quembold schließt ihr Werk. Betriebsratsvorsitzender Christian Mayrhofer kritisierte das. (APA, 3.4.2024)\n');
    const body = doc.entities.filter((e) => e.label === 'Betriebsrat');
    expect(body).toHaveLength(1);
    expect(body[0]!.aliases).toEqual([]);
    const both = analyse('Linz (APA) - Betriebsratsvorsitzender Christian Mayrhofer kritisierte das. Der Betriebsrat will klagen. (APA, 3.4.2024)\n');
    expect(both.entities.filter((e) => e.label === 'Betriebsrat')).toHaveLength(1);
  });
});

describe('listed institutions of German-language news', () => {
  it('knows dpa\'s regional services by their dateline codes, and the Bund der Steuerzahler as one name', () => {
    const doc = analyse('München (dpa/lby) - Kritik kam vom Bund der Steuerzahler. Dessen Präsident Rainer Quellmann sprach von Verschwendung. (dpa, 3.4.2024)\n');
    const labels = doc.entities.map((e) => e.label);
    expect(labels).toEqual(expect.arrayContaining(['dpa-Landesdienst Bayern', 'Bund der Steuerzahler']));
    expect(triples(doc)).toContain('Rainer Quellmann ceoOf Bund der Steuerzahler');
  });
});

describe('a firm in a town after an adjective the lists lack', () => {
  it('reads "auf der Quembold Werft im emsländischen Papenburg" as the yard lying in the town, not the firm named before', () => {
    const doc = analyse('Papenburg (dpa) - Die Schiffe der Trelsa AG wurden auf der Quembold Werft im emsländischen Papenburg gebaut. Durchsucht wurden die Räume der Trelsa AG sowie der Vellmoor GmbH im nahen Emden. (dpa, 3.4.2024)\n');
    const t = triples(doc);
    expect(t).toContain('Quembold Werft locatedIn Papenburg');
    expect(t).toContain('Vellmoor GmbH locatedIn Emden');
    expect(t).not.toContain('Trelsa AG locatedIn Emden');
  });
});

describe('founders named after their former employer', () => {
  it('reads "founded by former Amazon Web Services engineers X and Y" as X and Y founding it, not the employer', () => {
    const doc = analyse('LONDON (Reuters) - Quembridge, founded in 2019 by former Amazon Web Services engineers Jason Whitmore and Priya Ramlal, sells software. (Reuters, 2024-03-02)\n', 'en');
    const t = triples(doc);
    expect(t).toEqual(expect.arrayContaining(['Jason Whitmore founded Quembridge', 'Priya Ramlal founded Quembridge']));
    expect(t).not.toContain('Amazon Web Services founded Quembridge');
  });
});

describe('a politician described by party before a relative clause', () => {
  it('keeps the named person the subject of "X, a Republican whose district …, criticized Y"', () => {
    const doc = analyse('HARRISBURG (Reuters) - State Senator Rowan Feldmore, a Republican whose district includes the area, criticized the utility Conewagle. (Reuters, 2024-03-02)\n', 'en');
    const t = triples(doc);
    expect(t).toContain('Rowan Feldmore criticized Conewagle');
    expect(t).not.toContain('Republican Party criticized Conewagle');
  });
});

describe('a clause resumed after a relative clause', () => {
  it('keeps the opening "Zu der Gruppe" for the verb after the interruption', () => {
    const doc = analyse('Stuttgart (dpa) - Der Konzern Korvenhaag kauft die Firma Quembold. Zu der Gruppe, an der der Finanzinvestor Trelsa Capital beteiligt ist, gehören bereits der belgische Gurkenhersteller Vlaskorb und eine Essigfabrik im polnischen Posen. (dpa, 3.4.2024)\n');
    expect(triples(doc)).toContain('Vlaskorb subsidiaryOf Korvenhaag');
  });
});
