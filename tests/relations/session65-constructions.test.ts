// Constructions of everyday agency news that session 65 found missing or
// misread, each on a short text written for this test with invented names.
import { describe, expect, it } from 'vitest';
import { analyse, triples } from './analyse.js';

describe('German municipalities that act', () => {
  it('reads a town named by its lake, after "Gemeinde" or "in", as one town', () => {
    const doc = analyse('Klagenfurt (APA) – Die Kärntner Gemeinde Rauschfeld am See hat den Abfüller Brellquell geklagt. Brellquell beschäftigt in Rauschfeld am See 60 Mitarbeiter. (APA, 5.6.2025)\n');
    const t = triples(doc);
    expect(t).toContain('Rauschfeld am See sued Brellquell');
    expect(t).toContain('Brellquell locatedIn Rauschfeld am See');
  });
  it('reads "die Gemeinde" after "die Gemeinde X" as that town, which may accuse and end a contract', () => {
    const doc = analyse(
      'Villach (APA) – Die Gemeinde Tolmsdorf hat den Abfüller Brellquell geklagt. Die Gemeinde wirft der Brellquell GmbH vor, zu viel Wasser zu entnehmen. Den Vertrag mit dem Unternehmen hat die Gemeinde bereits im Dezember gekündigt. (APA, 5.6.2025)\n',
    );
    const t = triples(doc);
    expect(t).toContain('Tolmsdorf accused Brellquell GmbH');
    expect(t).toContain('Tolmsdorf terminatedContractWith Brellquell GmbH');
  });
  it('lets no town accuse that the text does not name as a municipality', () => {
    const doc = analyse('Wien (APA) – Der Verein Ostwind hat in Villach die Brellquell GmbH kritisiert. Villach wirft der Firma vor, zu viel Wasser zu entnehmen. (APA, 5.6.2025)\n');
    expect(triples(doc)).not.toContain('Villach accused Brellquell GmbH');
  });
  it('keeps the speaker of a verb of saying after reported speech as its subject', () => {
    const doc = analyse(
      'Kassel (dpa) – Die Stadt Tolmsdorf hat den Windpark gestoppt. Die Stadt habe den Artenschutz nur vorgeschoben, kritisierte der Geschäftsführer des Verbands, Gunnar Brellhagen. (dpa, 5.6.2025)\n',
    );
    expect(triples(doc)).not.toContain('Tolmsdorf criticized Gunnar Brellhagen');
  });
});

describe('German names of associations and banks', () => {
  it('reads "der Hauptverband der Deutschen X" as one association', () => {
    const doc = analyse('Bonn (dpa) – Der Hauptverband der Deutschen Ziegelwirtschaft kritisierte die Gsellbrunner Baustoffe AG scharf. (dpa, 5.6.2025)\n');
    expect(triples(doc)).toContain('Hauptverband der Deutschen Ziegelwirtschaft criticized Gsellbrunner Baustoffe AG');
  });
  it('reads an abbreviation before a cooperative bank named by its place as one bank', () => {
    const doc = analyse('Abensberg (dpa) – Bei der VR Genossenschaftsbank Brellachtal mit Sitz in Abensberg ist ein Vorstand zurückgetreten. Die VR Genossenschaftsbank Brellachtal zählt 9.000 Mitglieder. (dpa, 5.6.2025)\n');
    const t = triples(doc);
    expect(t).toContain('VR Genossenschaftsbank Brellachtal locatedIn Abensberg');
    expect(doc.entities.map((e) => e.label)).not.toContain('VR');
  });
});

describe('German firms and their rivals\' brands', () => {
  it('reads "der Flugplatz X-Y" as an airfield named by its towns', () => {
    const doc = analyse('Wien (APA) – Der Flugplatz Brellau-Gsellbrunn in Niederösterreich bekommt eine neue Chefin. Die Managerin Katharina Zirbelmoser übernimmt mit 1. März die Geschäftsführung, wie das Unternehmen mitteilte. (APA, 5.6.2025)\n');
    expect(doc.entities.map((e) => e.label)).toContain('Flugplatz Brellau-Gsellbrunn');
  });
  it('reads a place word after the article that opens a firm\'s name before its legal form as part of it', () => {
    const doc = analyse('Zürich (sda) – Die Albis Brellwerk AG mit Sitz in Zürich-Altstetten will Drohnen bauen. (sda, 5.6.2025)\n');
    expect(doc.entities.map((e) => e.label)).toContain('Albis Brellwerk AG');
  });
  it('reads brands named after "konkurriert mit Marken wie" as rivals, not as the subject\'s brands', () => {
    const doc = analyse('Biel (sda) – Die Uhrenfirma Gsellbrunner wächst. Im mittleren Preissegment konkurriert sie mit Marken wie Zirbelmoser und Ortolfinger. (sda, 5.6.2025)\n');
    const t = triples(doc);
    expect(t).toContain('Gsellbrunner competitorOf Zirbelmoser');
    expect(t).not.toContain('Gsellbrunner owns Zirbelmoser');
  });
});

describe('German founders and shareholders', () => {
  it('reads a noun for a firm that also names its owner before a first name and a surname as a person', () => {
    const doc = analyse('Wien (APA) – Das Unternehmen Paketwiesel wurde 2011 von dem Tiroler Spediteur Gernot Zirbelmoser gegründet. (APA, 5.6.2025)\n');
    const t = triples(doc);
    expect(t).toContain('Gernot Zirbelmoser founded Paketwiesel');
    expect(doc.entities.find((e) => e.label === 'Gernot Zirbelmoser')?.type).toBe('Person');
  });
  it('reads "größter X-Aktionär ist Y" as a stake of Y in X, not in the firm talked about', () => {
    const doc = analyse(
      'Zürich (awp) – Der Softwarekonzern Ortolfinger übernimmt die Firma Gsellbrunner. Für den in Austin ansässigen Konzern Ortolfinger ist es die größte Übernahme in Europa. Größter Gsellbrunner-Aktionär ist die Zuger Beteiligungsgesellschaft Brellhag Capital, die 2017 investiert hatte. (sda, 5.6.2025)\n',
    );
    const t = triples(doc);
    expect(t).toContain('Brellhag Capital investedIn Gsellbrunner');
    expect(t).not.toContain('Brellhag Capital investedIn Ortolfinger');
  });
  it('keeps a founder named later as "Mitgründer X" with what the text said the person founded', () => {
    const doc = analyse(
      'Baar (awp/sda) – Der US-Softwarekonzern Ortolfinger übernimmt die Zuger Lohnsoftware-Firma Gsellbrunner. Der Verwaltungsrat von Gsellbrunner empfiehlt das Angebot zur Annahme. Das 2009 von den ETH-Absolventen Reto Brellhag und Corinne Lanzig gegründete Unternehmen mit Sitz in Baar beschäftigt rund 260 Mitarbeitende.\n\n' +
        'Lanzig soll das Geschäft auch unter dem neuen Eigentümer leiten. «Mit Ortolfinger im Rücken können wir in Europa wachsen», sagte sie. Mitgründer Brellhag hatte sich bereits 2021 aus dem operativen Geschäft zurückgezogen. (sda, 5.6.2025)\n',
    );
    const t = triples(doc);
    expect(t).toContain('Reto Brellhag founded Gsellbrunner');
    expect(t).not.toContain('Reto Brellhag founded Ortolfinger');
  });
});

describe('English subsidiaries', () => {
  it('reads "against X and its subsidiary Y" as a subsidiary of X, not of the clause\'s subject', () => {
    const doc = analyse('VANCOUVER (AP) — The Brellhag Lake First Nation filed the lawsuit against Zannerow Minerals Corp. and its subsidiary Ortolfinger Mining Ltd., which holds the claims. (AP, March 3, 2025)\n');
    const t = triples(doc);
    expect(t).toContain('Ortolfinger Mining Ltd. subsidiaryOf Zannerow Minerals Corp.');
    expect(t).not.toContain('Ortolfinger Mining Ltd. subsidiaryOf Brellhag Lake First Nation');
  });
});

describe('English short forms of railroads', () => {
  it('reads a firm\'s name without "Railroad" as that firm, so a deal is not made with itself', () => {
    const doc = analyse(
      'WASHINGTON, Sept 17 (Reuters) - Regulators will review Brellhag & Lakes Railroad\'s planned takeover of Zannerow & Atlantic Railway. Springfield, Missouri-based Brellhag & Lakes agreed in June to buy the Roanoke, Virginia-based carrier. (Reuters, 2024-09-17)\n',
    );
    const t = triples(doc);
    expect(t).toContain('Brellhag & Lakes Railroad acquired Zannerow & Atlantic Railway');
    expect(t).toContain('Brellhag & Lakes Railroad locatedIn Springfield');
  });
});
