// Constructions of everyday agency news that session 68 found missing or
// misread, each on a short text written for this test with invented names.
import { describe, expect, it } from 'vitest';
import { analyse, triples } from './analyse.js';

describe('German inhabitants of a country for the firm from there', () => {
  const opening = 'Köln (dpa) – Der japanische Konzern Tessany Kogyo übernimmt den Kölner Pumpenhersteller Grauwald Technik. ';
  it('reads "die Japaner" in the nominative as the Japanese firm', () => {
    const doc = analyse(`${opening}Die Japaner kaufen sämtliche Anteile des 1961 gegründeten Unternehmens. (dpa, 3.4.2025)\n`);
    const japanese = doc.mentions.find((m) => m.text === 'Japaner' && m.type === 'Organization');
    expect(doc.entities.find((e) => e.key === japanese?.entity)?.label).toBe('Tessany Kogyo');
  });
  it('reads "den Norwegern" through the adjective of the country, which the dictionary lists as a noun', () => {
    const doc = analyse('Frankfurt (dpa) – Der norwegische Arzneimittelhändler Fennrik Pharma übernimmt den hessischen Großhändler Harlund. Die Gewerkschaft Verdi warf den Norwegern vor, Lager zusammengelegt zu haben. (dpa, 3.4.2025)\n');
    expect(triples(doc)).toContain('Verdi accused Fennrik Pharma');
  });
  it('reads "den Schweden" as the Swedish firm, not as the country', () => {
    const doc = analyse('Köln (dpa) – Der schwedische Möbelhändler Kallmar AB übernimmt den Kölner Versender Talwick Direkt. Die Gewerkschaft Verdi warf den Schweden vor, Stellen streichen zu wollen. (dpa, 3.4.2025)\n');
    const t = triples(doc);
    expect(t).toContain('Verdi accused Kallmar AB');
    expect(doc.mentions.filter((m) => m.text === 'Schweden' && m.type === 'Country' && m.source === 'gazetteer')).toHaveLength(0);
  });
  it('reads a genitive plural after a noun ("der Einstieg der Amerikaner") as the firm, not as one person', () => {
    const doc = analyse('Gmunden (APA) – Der US-Investor Brintley Partners steigt beim Traditionsverein ein. Mit dem Einstieg der Amerikaner endet eine Ära. (APA, 21.1.2025)\n');
    const americans = doc.mentions.filter((m) => m.text === 'Amerikaner');
    expect(americans.some((m) => m.type === 'Person')).toBe(false);
    expect(americans.some((m) => doc.entities.find((e) => e.key === m.entity)?.label === 'Brintley Partners')).toBe(true);
  });
});

describe('German names and places', () => {
  it('reads "das Saatenkontor" after "Loddenauer Saatenkontor" as that firm', () => {
    const doc = analyse('Gießen (dpa) – Der Großhändler Loddenauer Saatenkontor aus Loddenau beliefert 900 Betriebe. Das Saatenkontor wurde 1950 von dem Landwirt Emil Quorrin gegründet. (dpa, 3.4.2025)\n');
    expect(triples(doc)).toContain('Emil Quorrin founded Loddenauer Saatenkontor');
  });
  it('knows the Baltic states and Scandinavia as regions', () => {
    const doc = analyse('Oslo (dpa) – Die Firma Dellmoor ist bislang vor allem in Skandinavien und im Baltikum tätig. (dpa, 3.4.2025)\n');
    const regions = doc.entities.filter((e) => e.type === 'Region').map((e) => e.label);
    expect(regions).toEqual(expect.arrayContaining(['Scandinavia', 'Baltic states']));
  });
  it('reads "der Standort X" as a town', () => {
    const doc = analyse('Wetzlar (dpa) – Die Firma Dellmoor wird verkauft. Der Standort Morvalden werde nicht angetastet, sagte ein Sprecher. (dpa, 3.4.2025)\n');
    expect(doc.entities.find((e) => e.label === 'Morvalden')?.type).toBe('City');
  });
  it('keeps a town named from a cue a town in its genitive, so that no description of a firm refers to it', () => {
    const doc = analyse('Graz (APA) – Die Glasfabrik Kavanek Glas schließt ihr Werk. Ein Betrieb in der Gemeinde Pellmannsberg sei nicht mehr möglich. Pellmannsbergs Bürgermeister Johann Vorwaldner sprach von einem schwarzen Tag. Die Glashütte war 1923 von Franz Kavanek gegründet worden. (APA, 21.1.2025)\n');
    const t = triples(doc);
    expect(t).toContain('Franz Kavanek founded Kavanek Glas');
    expect(doc.mentions.find((m) => m.text === 'Pellmannsbergs')?.type).toBe('City');
  });
  it('joins "van der" and a surname to an unknown first name', () => {
    const doc = analyse('Amsterdam (dpa) – „Das wird billiger“, sagte WBV-Direktorin Marjelien van der Holst. (dpa, 3.4.2025)\n');
    expect(doc.entities.find((e) => e.type === 'Person')?.label).toBe('Marjelien van der Holst');
  });
  it('still reads "X von der Y" with an unknown X as two names', () => {
    const doc = analyse('Berlin (dpa) – Die Mehrheit an Tessanova von der Familienholding Brintley Capital ging an den Konzern. (dpa, 3.4.2025)\n');
    expect(doc.entities.some((e) => e.label.includes('von der'))).toBe(false);
  });
  it('reads a first name and a word after "der Genossenschaft" as the cooperative\'s name', () => {
    const doc = analyse('Amsterdam (dpa) – Die Veiling konkurriert mit der Genossenschaft Royal Milchland aus Edam. (dpa, 3.4.2025)\n');
    expect(doc.entities.find((e) => e.label === 'Royal Milchland')?.type).not.toBe('Person');
  });
});

describe('German successions', () => {
  it('gives the predecessor the office the successor takes even when she held another one before', () => {
    const doc = analyse('Salzburg (APA) – Die Grauwald Seilbahnen AG bekommt eine neue Chefin. Verena Ostlechner übernimmt die Leitung des Liftbetreibers und folgt auf Alois Pellmann, der in Pension geht. Ostlechner war zuletzt Geschäftsführerin der Talwick Lifte GmbH in Lech. (APA, 21.1.2025)\n');
    expect(triples(doc)).toContain('Alois Pellmann ceoOf Grauwald Seilbahnen AG');
  });
});

describe('English currencies, regions and places', () => {
  it('reads "C$145 million" as an amount, not a firm called "C"', () => {
    const doc = analyse('VANCOUVER, April 24 (Reuters) - Talwick Timber has agreed to buy Dellmoor Lumber for C$145 million ($105 million), the companies said. (Reuters, 2025-04-24)\n');
    const labels = doc.entities.map((e) => e.label);
    expect(labels).not.toContain('C');
    expect(labels).toContain('Dellmoor Lumber');
    expect(triples(doc)).toContain('Talwick Timber acquired Dellmoor Lumber');
  });
  it('reads a capitalised word before "region" as a region, which lies in the place of the genitive before it', () => {
    const doc = analyse('VANCOUVER, April 24 (Reuters) - Talwick Timber has agreed to buy Dellmoor Lumber, a sawmill in British Columbia\'s Quorrin region. (Reuters, 2025-04-24)\n');
    expect(doc.entities.find((e) => e.label === 'Quorrin')?.type).toBe('Region');
    expect(triples(doc)).toContain('Quorrin locatedIn British Columbia');
  });
  it('reads "the Permian Basin" and "the city\'s Southwest Side" as places, and "the CEO\'s grandfather" names no firm', () => {
    const doc = analyse('CHICAGO (AP) — Founded in 1958 by immigrant Emil Quorrin, the current CEO\'s grandfather, as a meat wholesaler on the city\'s Southwest Side, the family-owned company Kavanek Provisions now supplies drillers in the Permian Basin. (AP, May 9, 2023)\n');
    const types = new Map(doc.entities.map((e) => [e.label, e.type]));
    expect(types.get('Southwest Side')).toBe('Place');
    expect(types.get('Permian Basin')).toBe('Place');
    expect(types.has('CEO')).toBe(false);
    expect(triples(doc)).toContain('Emil Quorrin founded Kavanek Provisions');
  });
});

describe('English fronted participles and spokespeople', () => {
  const text =
    'HOUSTON (Reuters) - Founded in 1997 as a small outfit in Odessa, Pecorin Flowline was acquired by Brintley Energy in 2012 and has since grown to about 2,300 employees, spokeswoman Dana Ostlechner said. ' +
    'The FBI is investigating, and the company has hired Tessany Labs to restore its systems, spokesman Tom Pellmann said. (Reuters, 2025-06-11)\n';
  it('gives a fronted participle the subject of a passive main clause', () => {
    expect(triples(analyse(text))).toContain('Pecorin Flowline foundedIn 1997');
  });
  it('makes a spokesperson at the end of a sentence speak for the organisation the sentence opened with', () => {
    const t = triples(analyse(text));
    expect(t).toContain('Dana Ostlechner spokespersonOf Pecorin Flowline');
    expect(t).not.toContain('Dana Ostlechner spokespersonOf Brintley Energy');
  });
  it('does not do so where another main clause is about someone else', () => {
    expect(triples(analyse(text))).not.toContain('Tom Pellmann spokespersonOf Federal Bureau of Investigation');
  });
});

describe('German firms, spokespeople and bans', () => {
  it('makes a "Konzernsprecherin" speak for the firm the text introduced as a group', () => {
    const doc = analyse(
      'Klagenfurt (APA) – Der schwedische Forstkonzern Storlund Skog übernimmt das Lavanttaler Sägewerk Holzindustrie Drossberg. Das 1958 gegründete Familienunternehmen beschäftigt 240 Mitarbeiter. Geführt wird der Betrieb seit 1997 von Gerhard Drossberg. ' +
        'Weil keines seiner Kinder die Firma übernehmen wolle, habe er einen Partner gesucht, sagte der 63-Jährige. Der in Umeå ansässige Konzern will das Werk als Tochter weiterführen. Kündigungen seien nicht geplant, betonte Konzernsprecherin Karin Fennholt. (APA, 16.5.2023)\n',
    );
    const t = triples(doc);
    expect(t).toContain('Karin Fennholt spokespersonOf Storlund Skog');
    expect(t).not.toContain('Karin Fennholt spokespersonOf Holzindustrie Drossberg');
  });
  it('reads "die Bezahl-App" as a product noun, not a firm "Bezahl"; "der Schwarz-Gruppe" still names one', () => {
    const doc = analyse('Zürich (sda) – Steinwald entwickelt die Bezahl-App Steinwald Go. Der Rivale Kaltenbrun gehört zur Schwarz-Gruppe. (sda, 8.10.2024)\n');
    const labels = doc.entities.map((e) => e.label);
    expect(labels).not.toContain('Bezahl');
    expect(labels).toContain('Schwarz');
  });
  it('reads a firm named before and a surname named before side by side as two names', () => {
    const doc = analyse(
      'Zürich (awp/sda) – Die Finanzmarktaufsicht (Finma) hat beim Zürcher Zahlungsdienstleister Payrock schwere Mängel festgestellt. Gegen den Mitgründer und früheren Geschäftsführer Reto Kaltenbrun verhängte sie ein Berufsverbot. ' +
        'Payrock, das die Bezahl-App Payrock Go entwickelt, akzeptiert die Verfügung nicht. Gegründet hatten Payrock Kaltenbrun und die Informatikerin Seraina Drossberg. (sda, 8.10.2024)\n',
    );
    const t = triples(doc);
    expect(t).toContain('Reto Kaltenbrun founded Payrock');
    expect(t).toContain('Seraina Drossberg founded Payrock');
    expect(doc.entities.map((e) => e.label)).not.toContain('Payrock Kaltenbrun');
  });
  it('reads imposing a professional ban on someone as banning them', () => {
    const doc = analyse('Bern (sda) – Die Finanzaufsicht Finma hat gegen den früheren Chef Reto Kaltenbrun ein Berufsverbot verhängt. (sda, 8.10.2024)\n');
    expect(triples(doc)).toContain('Swiss Financial Market Supervisory Authority banned Reto Kaltenbrun');
  });
  it('reads "sie" as the feminine organisation that opened the sentence before, not one named later in it', () => {
    const doc = analyse('Bern (sda) – Die Aufsichtsbehörde Finma prüft den Fall. Die Aufsicht wirft der Firma Steinwald vor, das Wachstum über die Sorgfaltspflichten gestellt zu haben. Gegen den Gründer Reto Kaltenbrun verhängte sie ein Berufsverbot. (sda, 8.10.2024)\n');
    const t = triples(doc);
    expect(t).not.toContain('Steinwald banned Reto Kaltenbrun');
    expect(t.some((x) => / banned Reto Kaltenbrun$/.test(x))).toBe(true);
  });
  it('merges a firm introduced by a noun with the later full name that has its word before the legal form', () => {
    const doc = analyse('Wien (APA) – Die Behörde ermittelt gegen den Tiroler Kristallzulieferer Kaltenbrun. Die Kristall Kaltenbrun GmbH aus Fritzens soll Preise abgesprochen haben. (APA, 5.11.2021)\n');
    const firms = doc.entities.filter((e) => e.type === 'Company' || e.type === 'Organization').map((e) => e.label);
    expect(firms).toEqual(['Kristall Kaltenbrun GmbH']);
  });
});

describe('English staff, relative clauses after "led by", and names in small letters', () => {
  it('reads "workers at X" as people who work for X', () => {
    const doc = analyse('WARREN, Ohio (AP) — About 900 workers at Fennholt Steel walked off the job early Monday after contract talks broke down. (AP, October 14, 2024)\n');
    expect(triples(doc)).toContain('workers worksFor Fennholt Steel');
  });
  it('reads "that" after a person in a participle\'s "by" phrase as about what the participle describes', () => {
    const doc = analyse('CLEVELAND (AP) — Larger rivals such as Storlund Steel, the Cleveland-based steelmaker led by Tom Drossberg that bought Kaltenbrun Metals in 2020, have idled capacity. (AP, October 14, 2024)\n');
    const t = triples(doc);
    expect(t).toContain('Storlund Steel acquired Kaltenbrun Metals');
    expect(t).not.toContain('Tom Drossberg acquired Kaltenbrun Metals');
  });
  it('reads "At home the group competes" as no name "At Home"', () => {
    const doc = analyse('MUMBAI, Feb 19 (Reuters) - Fennholt Ispat bought a mill in Belgium in 2021. At home the group competes with the much larger Storlund Steel. (Reuters, 2025-02-19)\n');
    expect(doc.entities.map((e) => e.label)).not.toContain('At Home');
    expect(triples(doc)).not.toContain('At Home competitorOf Storlund Steel');
  });
  it('reads "the U.S. steel industry" as the country before a phrase, not the firm U.S. Steel', () => {
    const doc = analyse('WARREN, Ohio (AP) — The walkout comes as the U.S. steel industry struggles with weak demand and cheap imports. (AP, October 14, 2024)\n');
    const labels = doc.entities.map((e) => e.label);
    expect(labels).toContain('United States');
    expect(labels).not.toContain('U.S. Steel');
  });
});

describe('More names and relations of session 68', () => {
  it('joins a plural\'s apostrophe before a legal form into the name ("Supporters\' Trust")', () => {
    const doc = analyse('MANCHESTER, England (AP) — The Fennholt Supporters\' Trust criticized owner Derek Storlund for agreeing the sale. (AP, August 2, 2024)\n');
    expect(triples(doc)).toContain("Fennholt Supporters' Trust criticized Derek Storlund");
  });
  it('keeps the first words of a firm\'s name the text gave before a firm, though they end in "Bay"', () => {
    const doc = analyse('MANCHESTER, England (AP) — Drossberg Bay Sports Capital bought a stake in the club. Drossberg Bay will join the board, owner Derek Storlund said. (AP, August 2, 2024)\n');
    expect(doc.entities.filter((e) => e.label.startsWith('Drossberg Bay')).map((e) => e.type)).toEqual(['Company']);
  });
  it('reads "Bayern Kapital" as a firm, not the state, and a sale ruled out as no sale', () => {
    const doc = analyse('Würzburg (dpa) – Der Softwareanbieter Fennholt steigt bei dem Start-up Kaltenbrun ein. Neben Fennholt beteiligt sich auch der Wagniskapitalgeber Bayern Kapital an der Runde. Einen Verkauf des Start-ups an Fennholt schlossen beide Seiten aus. (dpa, 18.11.2024)\n');
    const t = triples(doc);
    expect(doc.entities.map((e) => e.label)).toContain('Bayern Kapital');
    expect(t).not.toContain('Fennholt acquired Kaltenbrun');
  });
  it('reads "im Münchner Norden" as a direction, not the town Norden', () => {
    const doc = analyse('München (dpa) – Die Kosten beim Wohnprojekt der Storlund Bau im Münchner Norden steigen. (dpa, 18.11.2024)\n');
    expect(doc.entities.map((e) => e.label)).not.toContain('Norden');
  });
  it('reads "owned by Hamburg investment firm X" as owned by the firm, not the town', () => {
    const doc = analyse('AMARILLO, Texas (AP) — A quarter of the company Fennholt Windtechnik is owned by Hamburg investment firm Storlund Capital. (AP, September 10, 2024)\n');
    const t = triples(doc);
    expect(t).toContain('Storlund Capital owns Fennholt Windtechnik');
    expect(t).not.toContain('Hamburg owns Fennholt Windtechnik');
  });
  it('reads "Argyll and Bute Council" as one council, not a place and another council', () => {
    const doc = analyse('OBAN, Scotland (Reuters) - The order drew criticism from Ailsa Storlund, a member of Argyll and Bute Council, who accused the operator of sending work abroad. (Reuters, 2025-03-04)\n');
    expect(triples(doc)).toContain('Ailsa Storlund memberOf Argyll and Bute Council');
  });
  it('reads "X of the Missoula law firm Y" as working for the firm, not the town', () => {
    const doc = analyse('BILLINGS, Mont. (AP) — The tribe is represented by Teresa Storlund of the Missoula law firm Redhawk & Fennholt. (AP, October 8, 2024)\n');
    const t = triples(doc);
    expect(t).toContain('Teresa Storlund worksFor Redhawk & Fennholt');
    expect(t).not.toContain('Teresa Storlund worksFor Missoula');
  });
});
