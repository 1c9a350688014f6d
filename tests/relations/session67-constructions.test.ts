// Constructions of everyday agency news that session 67 found missing or
// misread, each on a short text written for this test with invented names.
import { describe, expect, it } from 'vitest';
import { analyse, triples } from './analyse.js';

describe('English descriptions with a town before their noun', () => {
  it('keeps the subject across "a Town, State, biotech developing …" before the verb', () => {
    const doc = analyse('BOSTON (AP) — Zenthrox Therapeutics, a Cambridge, Massachusetts, biotech developing treatments for rare liver disorders, has struck a partnership with Harlow Bridge Hospital. (AP, March 3, 2025)\n');
    const t = triples(doc);
    expect(t).toContain('Zenthrox Therapeutics partnerOf Harlow Bridge Hospital');
    expect(t).not.toContain('Cambridge partnerOf Harlow Bridge Hospital');
  });
  it('reads "the Baltimore hospital" after a hospital\'s name as that hospital, which lies in Baltimore', () => {
    const doc = analyse('BALTIMORE (AP) — Zenthrox has signed an agreement with Harlow Bridge Hospital. The Baltimore hospital will run the trial. (AP, March 3, 2025)\n');
    expect(triples(doc)).toContain('Harlow Bridge Hospital locatedIn Baltimore');
  });
  it('makes an unknown word before "-based" a town only before a noun for a firm or someone', () => {
    const doc = analyse('LONDON (Reuters) - Pellivant Labs said regulators cleared the first Corvasse-based coating. Helmquist, a Dornacker-based insurer, welcomed it. (Reuters, 2025-06-11)\n');
    const places = doc.entities.filter((e) => e.type === 'City').map((e) => e.label);
    expect(places).not.toContain('Corvasse');
    expect(places).toContain('Dornacker');
  });
});

describe('English trades before a person, opening a sentence', () => {
  it('reads an unknown word before "economist" and a person as the place the person works for', () => {
    const doc = analyse('LONDON (Reuters) - Brellmoor economist Mara Tilde said the tariffs would hurt exporters. (Reuters, 2025-06-11)\n');
    expect(triples(doc)).toContain('Mara Tilde worksFor Brellmoor');
  });
  it('reads a scientist\'s trade such as "biochemist" the same way', () => {
    const doc = analyse('LONDON (Reuters) - The firm was founded in 2020 by Dornacker biochemist Ada Hollwitz. (Reuters, 2025-06-11)\n');
    expect(triples(doc)).toContain('Ada Hollwitz worksFor Dornacker');
  });
});

describe('German descriptions after a place phrase and their antecedents', () => {
  it('reads "die im Jura ansässige Manufaktur" as a description of the firm named before, seated there', () => {
    const doc = analyse('Genf (sda) – Der Uhrenhersteller Favrelle & Cie hat seinen früheren Zulieferer Pellivant Précision verklagt. Die Klage sei eingereicht worden, teilte die im Jura ansässige Manufaktur mit. (sda, 5.6.2025)\n');
    expect(triples(doc)).toContain('Favrelle & Cie locatedIn Canton of Jura');
  });
  it('reads a country after "in der" the same way', () => {
    const doc = analyse('Genf (sda) – Der Uhrenhersteller Favrelle & Cie hat seinen früheren Zulieferer Pellivant Précision verklagt. Die Klage sei eingereicht worden, teilte die in der Schweiz ansässige Manufaktur mit. Die 1921 gegründete Manufaktur baut Chronometer. (sda, 5.6.2025)\n');
    const favrelle = doc.entities.find((e) => e.label === 'Favrelle & Cie');
    const described = doc.mentions.filter((m) => m.text === 'Manufaktur');
    expect(described).toHaveLength(2);
    expect(described.every((m) => m.entity === favrelle?.key)).toBe(true);
  });
  it('does not let a later apposition\'s noun of size pull an earlier description to another firm', () => {
    const doc = analyse(
      'Genf (sda) – Der Uhrenhersteller Favrelle & Cie hat seinen früheren Zulieferer Pellivant Précision verklagt. Die Klage sei eingereicht worden, teilte die im Jura ansässige Manufaktur mit. Pellivant soll eine Hemmung nachgebaut haben. Konkret geht es um das Kaliber, das die 1921 gegründete Manufaktur seit 2020 verbaut. Pellivant, ein Familienbetrieb aus Sainte-Croix, hatte Bauteile geliefert. (sda, 5.6.2025)\n',
    );
    const t = triples(doc);
    expect(t).toContain('Favrelle & Cie foundedIn 1921');
    expect(t).not.toContain('Pellivant Précision foundedIn 1921');
  });
  it('reads "die Reederei" as the firm named with "Schiffsbetriebe", not the railway that bought it', () => {
    const doc = analyse('Luzern (sda) – Die 1912 gegründete Trollenbahn AG übernimmt die Brienzer Schiffsbetriebe AG. Die Gewerkschaft fordert eine Jobgarantie für die 35 Angestellten der Reederei. (sda, 5.6.2025)\n');
    const t = triples(doc);
    expect(t).toContain('Angestellten worksFor Brienzer Schiffsbetriebe AG');
    expect(t).not.toContain('Angestellten worksFor Trollenbahn AG');
  });
});

describe('German reported speech after a purpose clause', () => {
  it('gives "sagte X" after "…, um … zu …" its own subject, the one who accuses', () => {
    const doc = analyse('Genf (sda) – Favrelle und Pellivant hätten sich abgesprochen, um die Teile unter eigenem Namen zu verkaufen, sagte Firmenchef Didier Quenallet. (sda, 5.6.2025)\n');
    const t = triples(doc);
    expect(t).toContain('Didier Quenallet accused Pellivant');
    expect(t).not.toContain('Favrelle accused Pellivant');
  });
});

describe('German places, subsidiaries and staff named before', () => {
  it('reads a word of origin and a name after "aus dem" as a town', () => {
    const doc = analyse('Wien (APA) – Die neue Chefin kommt vom Seilbahnhersteller Pellivant aus dem Vorarlberger Zirnau. (APA, 5.6.2025)\n');
    const t = triples(doc);
    expect(t).toContain('Pellivant locatedIn Zirnau');
    expect(doc.entities.find((e) => e.label === 'Zirnau')?.type).not.toBe('Organization');
  });
  it('reads a firm that goes on "als Tochter von X" as X\'s subsidiary', () => {
    const doc = analyse('Hamburg (dpa) – Der Logistikkonzern Trabenau Logistik übernimmt den Hafendienstleister Zirnau Havenbedrijf. Zirnau Havenbedrijf soll als eigenständige Tochter von Trabenau weitergeführt werden. (dpa, 5.6.2025)\n');
    expect(triples(doc)).toContain('Zirnau Havenbedrijf subsidiaryOf Trabenau Logistik');
  });
  it('does not make a speaker for the buyer the parent of the firm it goes on with', () => {
    const doc = analyse('Hamburg (dpa) – Die Trabenau AG übernimmt die Zirnau GmbH. Trabenau-Chef Tom Hollwitz kündigte an, die Zirnau GmbH als eigenständige Tochter weiterzuführen. (dpa, 5.6.2025)\n');
    expect(triples(doc).filter((x) => x.includes('subsidiaryOf Tom Hollwitz'))).toEqual([]);
  });
  it('reads "Ihr Hafensekretär X" opening a sentence as staff of the organisation the sentence before was about', () => {
    const doc = analyse('Rotterdam (dpa) – Die Gewerkschaft Zirnau Bond reagierte skeptisch. Ihr Hafensekretär Tom Hollwitz kritisierte den Verkauf. (dpa, 5.6.2025)\n');
    expect(triples(doc)).toContain('Tom Hollwitz worksFor Zirnau Bond');
  });
  it('reads "den beiden Unternehmen" as the two firms named together, each with its town', () => {
    const doc = analyse(
      'Düsseldorf (dpa) – Das Gericht sah es als erwiesen an, dass die Trabenau Zement AG aus Erwitte und die Zirnau Baustoffe GmbH aus Geseke Preise abgestimmt hatten. Das Bundeskartellamt warf den beiden Unternehmen vor, sich über Preiserhöhungen verständigt zu haben. (dpa, 5.6.2025)\n',
    );
    const t = triples(doc);
    expect(t).toContain('Federal Cartel Office accused Trabenau Zement AG');
    expect(t).toContain('Federal Cartel Office accused Zirnau Baustoffe GmbH');
  });
});

describe('English relative clauses after a preposition', () => {
  it('reads "a unit in which X holds a stake" as X\'s stake, and keeps the chief with the company the text is about', () => {
    const doc = analyse(
      'SANTIAGO, Oct 8 (Reuters) - Canadian miner Ulbrin Minerals Corp on Wednesday opened its copper mine in Chile. It is operated by Minera Saldane SpA, a Chilean unit in which Japan\'s Meroway Corp holds a 30% stake. Chief executive Tom Hollwitz told reporters the mine was on budget. (Reuters, 2025-10-08)\n',
      'en',
    );
    const t = triples(doc);
    expect(t).toContain('Meroway Corp investedIn Minera Saldane SpA');
    expect(t).toContain('Tom Hollwitz ceoOf Ulbrin Minerals Corp');
    expect(t).not.toContain('Tom Hollwitz ceoOf Meroway Corp');
  });
  it('gives a passive joined by "and" the subject of the relative clause when nothing before named one', () => {
    const doc = analyse('DUBLIN (Reuters) - The change follows a difficult year in which Ulbrin Air had to ground several jets because of engine problems, and was criticised by the regulator Meroway Authority over slow refunds. (Reuters, 2025-06-11)\n', 'en');
    expect(triples(doc)).toContain('Meroway Authority criticized Ulbrin Air');
  });
  it('does not make workers a firm competes for its members', () => {
    const doc = analyse('SANTIAGO (Reuters) - Ulbrin Minerals will also compete for workers with rival Meroway Mining. Analysts at Saldane Securities cut their rating. (Reuters, 2025-06-11)\n', 'en');
    const t = triples(doc);
    expect(t).not.toContain('workers memberOf Meroway Mining');
    expect(t).toContain('Analysts memberOf Saldane Securities');
  });
});

describe('English places by the shape of their names and by agency style', () => {
  it('reads "the Isle of X" and "Lake X" as places, but not a name before a noun it names', () => {
    const doc = analyse('EDINBURGH (Reuters) - Braemory Smokehouse, a salmon smoker on the Isle of Glenvarra, bought a site on Lake Portnessie. Ulbrin Resources sold its Portnessie Creek mine. (Reuters, 2025-06-11)\n', 'en');
    const type = (label: string): string | undefined => doc.entities.find((e) => e.label === label)?.type;
    expect(type('Isle of Glenvarra')).toBe('Place');
    expect(type('Lake Portnessie')).toBe('Place');
    expect(type('Portnessie Creek')).not.toBe('Place');
  });
  it('reads a town of hyphenated parts before "-based" and a town after "outside"', () => {
    const doc = analyse('PARIS (Reuters) - The deal gives the Boulogne-sur-Mer-based company Braemory its first site, a shed outside Glenvarra. (Reuters, 2025-06-11)\n', 'en');
    const type = (label: string): string | undefined => doc.entities.find((e) => e.label === label)?.type;
    expect(type('Boulogne-sur-Mer')).toBe('City');
    expect(['Place', 'City']).toContain(type('Glenvarra'));
  });
  it('reads a US state\'s short form after the town of a dateline as that state', () => {
    const doc = analyse('GLENVARRA, Ga. (AP) — Braemory Poultry said on Monday that it will cut 200 jobs at the plant. (AP, March 3, 2025)\n', 'en');
    const labels = doc.entities.map((e) => e.label);
    expect(labels).toContain('Georgia');
    expect(labels).not.toContain('Ga');
  });
  it('reads "More than three dozen farmers" after a dateline as the subject, no name "More"', () => {
    const doc = analyse('GLENVARRA, Ga. (AP) — More than three dozen chicken farmers have sued Braemory Poultry, accusing the processor of rigging pay. (AP, March 3, 2025)\n', 'en');
    const t = triples(doc);
    expect(t).toContain('chicken farmers sued Braemory Poultry');
    expect(doc.entities.map((e) => e.label)).not.toContain('More');
  });
  it('does not read "40 U.S. states" as the United States doing what the states do', () => {
    const doc = analyse('NEW YORK (Reuters) - More than 40 U.S. states sued Braemory Platforms in October. (Reuters, 2025-06-11)\n', 'en');
    expect(triples(doc)).not.toContain('United States sued Braemory Platforms');
  });
});

describe('English firms named by a first name, and taking over', () => {
  it('reads a firm\'s first words before a title as that firm, though a first name opens them, and "Farmer-owned" as no name', () => {
    const doc = analyse(
      'DUBLIN, May 22 (Reuters) - Farmer-owned Nore Glenvarra Co-operative Society will take over its smaller neighbour Braemory Dairies after members voted in favour of a merger. Nore Glenvarra chief executive Declan Portnessie said the enlarged group would grow. (Reuters, 2025-05-22)\n',
      'en',
    );
    const t = triples(doc);
    expect(t).toContain('Declan Portnessie ceoOf Nore Glenvarra Co-operative Society');
    expect(t).toContain('Nore Glenvarra Co-operative Society acquired Braemory Dairies');
    expect(doc.entities.map((e) => e.label)).not.toContain('Farmer');
  });
  it('does not make a person who takes over a firm its buyer', () => {
    const doc = analyse('LONDON (Reuters) - Tallow Ridge named Anna Portnessie chief executive. Portnessie, who took over Braemory Theatres in 2019, starts in May. (Reuters, 2025-05-22)\n', 'en');
    expect(triples(doc).filter((x) => x.includes('acquired'))).toEqual([]);
  });
});

describe('German group nouns after a firm named by a first name', () => {
  it('does not read "die Gruppe" as the short name of a firm whose name is a first name and "Gruppe"', () => {
    const doc = analyse(
      'Innsbruck (APA) – Die Trabenau Kliniken bekommen eine neue Führung. Die Gruppe wird künftig von Anna Zirnau geleitet, die zuletzt für die Wiener Vinzenz Gruppe tätig war. Zur 1997 gegründeten Gruppe gehören das Sanatorium Hollwitz und die Rehaklinik Saldane. (APA, 5.6.2025)\n',
    );
    const t = triples(doc);
    expect(t).toContain('Anna Zirnau ceoOf Trabenau Kliniken');
    expect(t).toContain('Sanatorium Hollwitz subsidiaryOf Trabenau Kliniken');
    expect(t).toContain('Trabenau Kliniken foundedIn 1997');
    expect(doc.entities.map((e) => e.label)).not.toContain('Gruppe');
  });
});

describe('German schools run as firms, and working with investigators', () => {
  it('reads "die Skischule X" as a firm apart from its owner of the same surname, and cooperation with investigators as no partnership', () => {
    const doc = analyse(
      'Innsbruck (APA) – Das Kartellgericht verhängte eine Geldbuße gegen die Skischule Trabenau aus Neustift. Die 1974 gegründete Skischule Trabenau hat mit den Ermittlern kooperiert. Geschäftsführer Markus Trabenau sagte, man habe einen Fehler gemacht. (APA, 5.6.2025)\n',
    );
    const t = triples(doc);
    const firm = doc.entities.find((e) => e.type === 'Company' && /Trabenau/.test(e.label));
    expect(firm).toBeDefined();
    expect(t).toContain(`${firm!.label} foundedIn 1974`);
    expect(t.filter((x) => x.includes('partnerOf Ermittlern'))).toEqual([]);
  });
});
