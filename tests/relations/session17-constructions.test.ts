// Constructions of everyday agency news that session 17 found missing or
// misread, each on a short text written for this test with invented names.
import { describe, expect, it } from 'vitest';
import { analyse, entityOf, triples } from './analyse.js';

describe('football clubs', () => {
  const text =
    'Darmstadt (dpa) - Tilda BSC hat sich nach der Niederlage beim 1. FC Eintracht Velden von Sportdirektor Marek Dostal getrennt. Der Verein stellte den 51-Jährigen frei. Der Stadtrivale Eintracht, der unter Trainer Jonas Wedekamp an der Tabellenspitze steht, zog davon. Am Samstag spielt die Mannschaft gegen den Karlsruher SC. (dpa, 2.2.2025)\n';

  it('reads a first name before letters in capitals as a club, not a person', () => {
    const doc = analyse(text);
    expect(entityOf(doc, 'Tilda BSC')?.type).not.toBe('Person');
    expect(triples(doc)).toContain('Tilda BSC dismissed Marek Dostal');
  });

  it('reads a club prefix before any noun, and an adjective of origin before the prefix alone, as a club\'s name', () => {
    const doc = analyse(text);
    expect(doc.entities.some((e) => e.label === 'FC Eintracht Velden')).toBe(true);
    expect(doc.entities.some((e) => e.label === 'Karlsruher SC')).toBe(true);
  });

  it('gives a coach named in a relative clause on a club to that club, and reads a town rival as a competitor', () => {
    const doc = analyse(text);
    expect(triples(doc)).toContain('Jonas Wedekamp worksFor FC Eintracht Velden');
    expect(triples(doc)).not.toContain('Jonas Wedekamp worksFor Tilda BSC');
    expect(triples(doc)).toContain('FC Eintracht Velden competitorOf Tilda BSC');
  });
});

describe('firm names and their short forms', () => {
  it('reads the short name right before a trade noun and a legal form as one firm, and merges its short form', () => {
    const doc = analyse(
      'Luzern (sda) - Die Luzerner Apothekenkette Quarvena geht an einen Finanzinvestor. Die Velmont Capital übernimmt 80 Prozent der Quarvena Apotheken AG. Quarvena beschäftigt 1100 Mitarbeitende. (sda, 5.3.2024)\n',
    );
    expect(doc.entities.some((e) => e.label === 'Quarvena Apotheken AG')).toBe(true);
    expect(doc.entities.some((e) => e.label === 'Apotheken AG')).toBe(false);
    expect(entityOf(doc, 'Quarvena')?.label).toBe('Quarvena Apotheken AG');
  });

  it('does not read a plural noun of such a name, alone and without its article, as the firm', () => {
    const doc = analyse(
      'Chur (sda) - Die Tarnvik Hotels AG übernimmt drei Häuser der Marlen Gruppe. Mit den neuen Häusern betreibt Tarnvik 14 Hotels in der Schweiz. (sda, 14.5.2024)\n',
    );
    const firm = new Set(doc.entities.filter((e) => e.label.endsWith('Hotels AG')).map((e) => e.key));
    expect(firm.size).toBe(1);
    expect(doc.mentions.some((m) => m.text === 'Hotels' && firm.has(m.entity ?? ''))).toBe(false);
  });

  it('keeps a short name apart from a longer foreign name introduced as a subsidiary', () => {
    const doc = analyse(
      'Zug – Beim Zuger Implantathersteller Quorthel geht eine Ära zu Ende. Die Leitung übernimmt Lara Brisch, die bisher die deutsche Tochter Quorthel Medical GmbH geführt hat. (sda, 18.6.2025)\n',
    );
    expect(entityOf(doc, 'Quorthel')?.label).toBe('Quorthel');
  });

  it('names a listed noun\'s institution with the word after its place ("Flughafen London Quarnby")', () => {
    const doc = analyse('London (dpa) - Die Velmont Group betreibt den Flughafen London Quarnby und die Regionalfluglinie Velmont Air. (dpa, 1.2.2025)\n');
    expect(doc.entities.some((e) => e.label === 'Flughafen London Quarnby')).toBe(true);
    expect(triples(doc)).toContain('Velmont Group owns Velmont Air');
  });

  it('reads no person in "2,5 Mio Euro", but one after a year', () => {
    const doc = analyse('London (dpa) - Die Velmont Group kauft die Airline für knapp 2,5 Mio Euro. Sie hatte im April 2018 Martin Quell an die Spitze geholt. (dpa, 1.2.2025)\n');
    expect(doc.entities.some((e) => e.label === 'Mio Euro' && e.type === 'Person')).toBe(false);
    expect(entityOf(doc, 'Martin Quell')?.type).toBe('Person');
  });

  it('reads no company in "den Flugbetrieb sichern"', () => {
    const doc = analyse('London (dpa) - Die Velmont Group kauft die Airline Tarnair. Um den Flugbetrieb zu sichern, geben die Käufer einen Kredit. (dpa, 1.2.2025)\n');
    expect(doc.mentions.some((m) => m.text === 'Flugbetrieb')).toBe(false);
  });

  it('reads no name in "a Series B funding round"', () => {
    const doc = analyse('EINDHOVEN (Reuters) - Solar start-up Quarvix has raised 62 million euros in a Series B funding round led by Velmont Capital. (Reuters, March 6, 2025)\n', 'en');
    expect(doc.entities.some((e) => e.label === 'B')).toBe(false);
    expect(triples(doc)).toContain('Velmont Capital investedIn Quarvix');
  });
});

describe('ownership', () => {
  it('reads more than half of a company bought as ownership, half or less as a stake only', () => {
    const many = triples(analyse('Luzern (sda) - Die Velmont Capital übernimmt 80 Prozent der Quarvena AG. (sda, 5.3.2024)\n'));
    expect(many).toContain('Velmont Capital owns Quarvena AG');
    const half = triples(analyse('Luzern (sda) - Die Velmont Capital übernimmt 50 Prozent der Quarvena AG. (sda, 5.3.2024)\n'));
    expect(half).toContain('Velmont Capital investedIn Quarvena AG');
    expect(half).not.toContain('Velmont Capital owns Quarvena AG');
  });

  it('reads an English majority stake as ownership, a minority stake not', () => {
    const many = triples(analyse('LONDON (Reuters) - Velmont Capital will buy a 60% stake in Quarvena Foods, the companies said. (Reuters, May 3, 2024)\n', 'en'));
    expect(many).toContain('Velmont Capital owns Quarvena Foods');
    const few = triples(analyse('LONDON (Reuters) - Velmont Capital will buy a 25% stake in Quarvena Foods, the companies said. (Reuters, May 3, 2024)\n', 'en'));
    expect(few).not.toContain('Velmont Capital owns Quarvena Foods');
  });

  it('reads a company that belongs to a billionaire\'s empire as his', () => {
    const doc = analyse('London (dpa) - Tarnair, die mehrheitlich zum Imperium des Milliardärs Martin Quell gehört, fliegt ab Mai nach Oslo. (dpa, 1.2.2025)\n');
    expect(triples(doc)).toContain('Martin Quell owns Tarnair');
  });
});

describe('founders and the company a report is about', () => {
  it('reads a founder with a role noun before the name in a participial attribute', () => {
    const doc = analyse('Chur (sda) - Die von der früheren Skirennfahrerin Selina Quadri gegründete Hotelkette Tarnvik expandiert ins Wallis. (sda, 14.5.2024)\n');
    expect(triples(doc)).toContain('Selina Quadri founded Tarnvik');
  });

  it('reads "the company said" after an English dateline as the subject introduced by an adjective of origin and nouns', () => {
    const doc = analyse(
      'EINDHOVEN, Netherlands (Reuters) - Dutch solar start-up Quarvix has raised 62 million euros in a round led by Oslo-based investor Velmont Capital, the company said on Thursday. (Reuters, March 6, 2025)\n',
      'en',
    );
    expect(entityOf(doc, 'company')?.label).toBe('Quarvix');
  });

  it('gives no next-sentence preference to a name only coordinated with another by "and"', () => {
    const doc = analyse(
      'EINDHOVEN (Reuters) - Solar start-up Quarvix has raised 62 million euros from Velmont Capital, the company said. Existing backers Tarnbridge Ventures and Marlen Partners also took part. The company, which was spun out of a university in 2020, makes tandem cells. (Reuters, March 6, 2025)\n',
      'en',
    );
    expect(triples(doc)).toContain('Quarvix foundedIn 2020');
  });
});

describe('parents, owners and chiefs named around a firm', () => {
  it('reads the chief a board gathers around, and a parent named without its subsidiary', () => {
    const doc = analyse(
      'Duisburg – Die Velkor Stahl GmbH hat einen neuen Chef. Hintergrund ist ein Machtkampf mit dem Vorstand der Muttergesellschaft Tarnwerk AG um Konzernchef Mario Quellberg. (dpa, 30.8.2024)\n',
    );
    expect(triples(doc)).toContain('Mario Quellberg ceoOf Tarnwerk AG');
    expect(triples(doc)).toContain('Velkor Stahl GmbH subsidiaryOf Tarnwerk AG');
  });

  it('reads "its parent" as the parent of the clause\'s subject, not of the firm in focus', () => {
    const doc = analyse(
      'Düsseldorf – Der Konzern Velkor übernimmt die Werftengruppe Tarnwerk. Im Schiffbau trifft Velkor künftig auf die Kieler Quarnsee Systems (QS), die vor der Abspaltung von ihrem Mutterkonzern Marlen steht. (dpa, 15.9.2025)\n',
    );
    expect(triples(doc)).toContain('Quarnsee Systems subsidiaryOf Marlen');
    expect(triples(doc)).not.toContain('Velkor subsidiaryOf Marlen');
  });

  it('reads a firm of a billionaire as his, with his origin between', () => {
    const doc = analyse('Prag (APA) - Die Holding Velkor des tschechischen Milliardärs Jan Dvorsky übernimmt 20 Prozent an der Sparte. (APA, 1.2.2025)\n');
    expect(triples(doc)).toContain('Jan Dvorsky owns Velkor');
  });

  it('reads a party chief with a second office between the compound and the name', () => {
    const doc = analyse('Berlin – Auch der frühere SPD-Chef und Vizekanzler Tomas Quellmann gab seinen Posten auf. (dpa, 30.8.2024)\n');
    expect(triples(doc)).toContain('Tomas Quellmann ceoOf SPD');
  });

  it('reads "Mehrheitseigentümer ist X" as the owner of the firm the text is about', () => {
    const doc = analyse('Wien (APA) - Der VKI hat den Mobilfunker Quarnfon geklagt. Mehrheitseigentümer ist seit dem Vorjahr der slowenische Konzern Telvek. (APA, 17.4.2024)\n');
    expect(triples(doc)).toContain('Telvek owns Quarnfon');
  });

  it('reads the buyer of a sale "an" a firm, and agreeing on a takeover as acquiring', () => {
    expect(triples(analyse('Wien (APA) - Der Gemeinderat stimmte dem Verkauf der Velkor GmbH an den Konzern Quarvix zu. (APA, 1.2.2025)\n'))).toContain('Quarvix acquired Velkor GmbH');
    const doc = analyse('Düsseldorf – Der Konzern Velkor einigte sich mit der Werftengruppe Tarnwerk auf die Übernahme von deren Marinesparte Quarnsee Naval (QN). (dpa, 15.9.2025)\n');
    expect(triples(doc)).toContain('Velkor acquired Quarnsee Naval');
    expect(triples(doc)).toContain('Quarnsee Naval subsidiaryOf Tarnwerk');
  });

  it('reads an authority that orders what a firm may no longer do as ruling against it', () => {
    const doc = analyse('Rom (APA) - Die Datenschutzbehörde Velgarante ordnete am Freitag an, dass das US-Unternehmen Quarvix keine Daten von Nutzern in Italien mehr verarbeiten darf. (APA, 1.4.2023)\n');
    expect(triples(doc)).toContain('Velgarante ruledAgainst Quarvix');
  });

  it('reads an English "whose chief executive X" as the chief of the firm before it', () => {
    const doc = analyse('LOS ANGELES (Reuters) - Fieldtap rejected the allegations. Harrowdale, whose chief executive Trevor Quill founded Fieldtap in 2017, declined to comment. (Reuters, March 6, 2025)\n', 'en');
    expect(triples(doc)).toContain('Trevor Quill ceoOf Harrowdale');
    expect(triples(doc)).not.toContain('Trevor Quill ceoOf Fieldtap');
  });

  it('reads a union official by a compound on the union', () => {
    const doc = analyse('Bönen – Die Gewerkschaft Verdi hat zum Streik aufgerufen. Bei der Tarnlog GmbH wird gestreikt, sagte Verdi-Streikleiterin Sabine Quellhoff. (dpa, 20.11.2023)\n');
    expect(triples(doc)).toContain('Sabine Quellhoff worksFor Verdi');
  });
});

describe('descriptions of a firm by its country and kind', () => {
  it('takes "die deutsche Tochter" for the German firm, not the Dutch parent named last', () => {
    const doc = analyse(
      'Bönen – Die Tarnlog GmbH mit Sitz in Bielefeld wird bestreikt. Tarnlog gehört seit 2021 mehrheitlich zum niederländischen Logistikkonzern Vandermaas Group, geführt wird die deutsche Tochter von Geschäftsführer Jörg Quellhorst. (dpa, 20.11.2023)\n',
    );
    expect(triples(doc)).toContain('Jörg Quellhorst ceoOf Tarnlog GmbH');
    expect(triples(doc)).not.toContain('Jörg Quellhorst ceoOf Vandermaas Group');
  });

  it('reads no man from Lage in "dem Lager"', () => {
    const doc = analyse('Bönen – Es ist bereits der dritte Streik in dem Lager in diesem Jahr. (dpa, 20.11.2023)\n');
    expect(doc.mentions.some((m) => m.text === 'Lager')).toBe(false);
  });

  it('takes "the hospital" for the name a hospital was said to be in apposition', () => {
    const doc = analyse(
      "AMSTERDAM (Reuters) - The Dutch data protection authority has fined Quarnhuis, a hospital in The Hague, 460,000 euros, the regulator said on Tuesday. The Autoriteit Velderdata opened its investigation last year. The watchdog found that the hospital's records were poorly protected. The hospital said it had tightened access controls. (Reuters, July 16, 2019)\n",
      'en',
    );
    expect(entityOf(doc, 'hospital')?.label).toBe('Quarnhuis');
    expect(entityOf(doc, 'regulator')?.label).toBe('Dutch data protection authority');
    expect(triples(doc)).toContain('Dutch data protection authority ruledAgainst Quarnhuis');
  });
});

describe('licences, seats in appositions and names of several kinds', () => {
  it('reads a licence granted to a firm as a partnership, in English and German', () => {
    const en = analyse('LEIDEN (Reuters) - Dutch biotech company Avelux Vaccines said on Tuesday it had granted the Serumtec Institute an exclusive licence to make its vaccine. (Reuters, June 11, 2024)\n', 'en');
    expect(triples(en)).toContain('Avelux Vaccines partnerOf Serumtec Institute');
    const de = analyse('Leiden – Die Avelux AG vergibt an den indischen Hersteller Serumtec eine Exklusivlizenz für ihren Impfstoff. (dpa, 1.2.2025)\n');
    expect(triples(de)).toContain('Avelux AG partnerOf Serumtec');
  });

  it('reads the place after the noun of an English apposition, and a German firm\'s town after its noun and name', () => {
    const en = analyse('AMSTERDAM (Reuters) - The authority has fined Quarnhuis, a hospital in The Hague, 460,000 euros. (Reuters, July 16, 2019)\n', 'en');
    expect(triples(en)).toContain('Quarnhuis locatedIn The Hague');
    const de = analyse('Bönen – Im Zentrallager des Logistikdienstleisters Tarnlog im westfälischen Bönen wird gestreikt. (dpa, 1.2.2025)\n');
    expect(triples(de)).toContain('Tarnlog locatedIn Bönen');
  });

  it('takes "Serum Institute" for the "Serum Institute of India" named before', () => {
    const doc = analyse(
      'LEIDEN (Reuters) - Avelux said it had granted the Quarn Institute of India a licence. Quarn Institute, which is based in Pune, already makes a malaria vaccine. (Reuters, June 11, 2024)\n',
      'en',
    );
    expect(entityOf(doc, 'Quarn Institute')?.label).toBe('Quarn Institute of India');
  });

  it('reads a scholar\'s noun before two capitalised words as a person', () => {
    const doc = analyse('LEIDEN (Reuters) - Avelux was spun out of Leiden University in 2015 by immunologist Femke Quarles. (Reuters, June 11, 2024)\n', 'en');
    expect(entityOf(doc, 'Femke Quarles')?.type).toBe('Person');
  });

  it('reads a firm named by a word whose cue is only its last part, right after the article', () => {
    const doc = analyse('Biel (sda) - Die Seeland Medien AG gibt den Zeitungsdruck auf. (sda, 1.2.2025)\n');
    expect(doc.entities.some((e) => e.label === 'Seeland Medien AG')).toBe(true);
  });

  it('reads no name in a road\'s letter or a number word before a noun', () => {
    const road = analyse('Leipzig – Die Verbindung zwischen der A 7 und der A 96 wird nicht gebaut. (dpa, 1.2.2025)\n');
    expect(road.entities.some((e) => e.label === 'A')).toBe(false);
    const three = analyse('München (dpa) - Drei Investoren haben beim Landgericht eine Klage gegen Florian Quellmayr eingereicht. (dpa, 1.2.2025)\n');
    expect(three.entities.some((e) => e.type !== 'Group' && /^(Drei|Three)/.test(e.label))).toBe(false);
  });

  it('reads a party "mit", "von" or "unter" a politician as that politician\'s', () => {
    const doc = analyse('Graz (APA) - Dritte wurden die Grünen mit Stadträtin Judith Quellner, die FPÖ von Vizebürgermeister Mario Tarnacher kam auf 10,6 Prozent. (APA, 27.9.2021)\n');
    expect(triples(doc).some((t) => /^Judith Quellner memberOf .*Grünen/.test(t))).toBe(true);
    expect(triples(doc)).toContain('Mario Tarnacher memberOf FPÖ');
  });
});

describe('an English regulator named with "of" and a firm inside an apposition', () => {
  const text =
    'DUBLIN (Reuters) - The regulator fined motor insurer Quarrib Direct 7.3 million euros on Wednesday. The Central Bank of Ireland said the Galway-based insurer, a subsidiary of London-listed Tamesgate Insurance Group, had overcharged policyholders. The company has since refunded 11.2 million euros, the regulator said. (Reuters, Nov 20, 2024)\n';

  it('reads "The Central Bank of Ireland" whole, typed by "central bank"', () => {
    const doc = analyse(text, 'en');
    expect(doc.entities.find((e) => e.label === 'Central Bank of Ireland')?.type).toBe('GovernmentAgency');
  });

  it('gives no next-sentence preference to a firm named only inside an apposition', () => {
    const doc = analyse(text, 'en');
    expect(entityOf(doc, 'company')?.label).toBe('Quarrib Direct');
  });
});

describe('names that end before a trade noun or go on after a legal form', () => {
  it('ends a name before a noun for a person\'s trade that a first name follows', () => {
    const doc = analyse('Hollfeld – An dessen Spitze steht die Hollfelder Steuerberaterin Claudia Quellinger, die die Initiative gegründet hatte. (dpa, 1.2.2025)\n');
    expect(entityOf(doc, 'Claudia Quellinger')?.type).toBe('Person');
    expect(doc.entities.some((e) => e.label.includes('Steuerberaterin'))).toBe(false);
  });

  it('goes on a name that a legal form would close with places joined by a hyphen', () => {
    const doc = analyse('Hollfeld – Den Rest des Kaufpreises finanziert die VR Bank Bayreuth-Hof. (dpa, 1.2.2025)\n');
    expect(doc.entities.some((e) => e.label === 'VR Bank Bayreuth-Hof')).toBe(true);
  });
});

describe('a subsidiary by a compound on a longer name, and a shareholder by a copula', () => {
  it('reads "der Siemens-Energy-Tochter X" as the subsidiary of the name of several words', () => {
    const doc = analyse('Rendsburg (dpa-AFX) - Die 49-Jährige kommt von der Siemens-Quellenergie-Tochter Tarnwind Systems, wo sie das Controlling verantwortete. (dpa-AFX, 8.7.2024)\n');
    expect(triples(doc)).toContain('Tarnwind Systems subsidiaryOf Siemens Quellenergie');
  });

  it('reads "Größter Einzelaktionär ist X" as an investor in the firm talked about', () => {
    const doc = analyse('Rendsburg (dpa-AFX) - Der Hersteller Quarnwerk bekommt eine neue Finanzchefin. Größter Einzelaktionär ist mit knapp 30 Prozent die Velmont Holding. (dpa-AFX, 8.7.2024)\n');
    expect(triples(doc)).toContain('Velmont Holding investedIn Quarnwerk');
  });
});
