// Constructions of everyday agency news that session 10 found missing or
// misread, each on a short text written for this test with invented names.
import { describe, expect, it } from 'vitest';
import { analyse, triples } from './analyse.js';

const labels = (doc: ReturnType<typeof analyse>) => doc.entities.map((e) => e.label);
const mentionsOf = (doc: ReturnType<typeof analyse>, label: string) => doc.entities.find((e) => e.label === label)?.mentions.length ?? 0;

describe('party names that are everyday words too', () => {
  it('reads "Linke" coordinated with another party as the party', () => {
    const doc = analyse('Berlin – Für den Antrag stimmten Grüne und Linke, die FDP lehnte ihn ab. (dpa, 1.2.2025)\n');
    expect(labels(doc)).toContain('Die Linke');
  });

  it('reads "die Union" as the CDU/CSU in a text that names another party', () => {
    const doc = analyse('Berlin – Die SPD-Abgeordnete Hanna Quellmann will mit der Union verhandeln. (dpa, 1.2.2025)\n');
    expect(labels(doc)).toContain('CDU/CSU');
  });

  it('leaves "die Union" alone in a text that names no party', () => {
    const doc = analyse('Berlin – Der Verband Quellnetz sieht die Union in der Pflicht. (dpa, 1.2.2025)\n');
    expect(labels(doc)).not.toContain('CDU/CSU');
  });

  it('reads a town whose name is an everyday word when it is coordinated with another town ("Bochum und Essen")', () => {
    const doc = analyse('Berlin – Der Lieferdienst Quellbox startet in Bochum und Essen. (dpa, 1.2.2025)\n');
    expect(labels(doc)).toContain('Essen');
    const food = analyse('Berlin – Der Lieferdienst Quellbox bringt Getränke und Essen. (dpa, 1.2.2025)\n');
    expect(labels(food)).not.toContain('Essen');
  });

  it('keeps a party compound on the party once its short name stood alone ("Linken-Fraktionschefin" … "der Linken")', () => {
    const doc = analyse('Berlin – Die frühere Linken-Fraktionschefin Marta Quellenberg hat eine eigene Partei gegründet, die der Linken Wähler abnimmt. (dpa, 1.2.2025)\n');
    expect(labels(doc)).not.toContain('Linken');
    expect(triples(doc)).toContain('Marta Quellenberg memberOf Die Linke');
  });

  it('reads "die Partei" as the party the article opened on when two were named as often', () => {
    const doc = analyse(
      'Berlin – Die SPD hat einen neuen Chef. Die Delegierten wählten Paul Quellmann. Er gilt als Gegner einer Koalition mit der Union.\n\nQuellmann und Eva Brandauer waren 2019 an die Spitze der Partei gelangt. (dpa, 1.2.2025)\n',
    );
    const t = triples(doc);
    expect(t).toContain('Eva Brandauer ceoOf SPD');
    expect(t).not.toContain('Eva Brandauer ceoOf CDU/CSU');
    expect(mentionsOf(doc, 'CDU/CSU')).toBe(1);
  });
});

const en = (text: string) => analyse(text, 'en');

describe('English names of authorities and firms', () => {
  it('keeps a capitalised adjective inside an English name ("Britain\'s Financial Conduct Authority")', () => {
    const doc = en("LONDON (Reuters) - Britain's Financial Conduct Authority on Thursday banned Mara Quell from working in finance. (Reuters, May 5, 2025)\n");
    expect(labels(doc)).toContain('Financial Conduct Authority');
    expect(triples(doc)).toContain('Financial Conduct Authority banned Mara Quell');
  });

  it('reads an abbreviation that spells an organisation named before as that organisation ("the FCA")', () => {
    const doc = en('LONDON (Reuters) - The Quellshire Lending Authority fined Tallowby. "We act," said Mara Quell, head of enforcement at the QLA. (Reuters, May 5, 2025)\n');
    expect(labels(doc)).not.toContain('QLA');
    expect(triples(doc)).toContain('Mara Quell worksFor Quellshire Lending Authority');
  });

  it('does not read a title word as a repeat of a name that starts with it ("Chief Financial Officer")', () => {
    const doc = en('LONDON (Reuters) - The Financial Conduct Authority fined Tallowby. Chief Financial Officer Anna Quell resigned. (Reuters, May 5, 2025)\n');
    expect(doc.entities.find((e) => e.label === 'Financial Conduct Authority')?.mentions.length).toBe(1);
  });

  it('types firms ending in "Management" and "Research" as companies', () => {
    const doc = en('NEW YORK (Reuters) - Activist investors, among them Quellmark Management, took stakes, said Rachel Voss, an analyst at Calder Hill Research. (Reuters, May 5, 2025)\n');
    expect(doc.entities.find((e) => e.label === 'Quellmark Management')?.type).toBe('Company');
    expect(doc.entities.find((e) => e.label === 'Calder Hill Research')?.type).toBe('Company');
    expect(triples(doc)).toContain('Rachel Voss worksFor Calder Hill Research');
  });
});

describe('English founders and chiefs', () => {
  it('reads "the founder and former chief executive of lending app X" as chief and founder', () => {
    const t = triples(en('LONDON (Reuters) - The regulator banned Callum Quell, the founder and former chief executive of lending app Tallowby, from finance. (Reuters, May 5, 2025)\n'));
    expect(t).toContain('Callum Quell ceoOf Tallowby');
    expect(t).toContain('Callum Quell founded Tallowby');
  });

  it('reads "X set up the company with Y" as both founding it', () => {
    const t = triples(en('LONDON (Reuters) - Tallowby lends money to riders. Quell, who set up the company in 2017 with software developer Owen Brack, was removed. (Reuters, May 5, 2025)\n'));
    expect(t).toContain('Owen Brack founded Tallowby');
  });

  it('reads the head of a unit "at" an organisation as working for it', () => {
    const t = triples(en('LONDON (Reuters) - "We act," said Mara Quell, head of consumer credit enforcement at the Quellshire Authority. (Reuters, May 5, 2025)\n'));
    expect(t).toContain('Mara Quell worksFor Quellshire Authority');
  });

  it('reads "Its chief executive" opening a sentence as the chief of the sentence before\'s subject, not of its object', () => {
    const t = triples(en('LONDON (Reuters) - Tallowby competes with rival app Paycurve. Its chief executive Hannah Quell said the firm had grown. (Reuters, May 5, 2025)\n'));
    expect(t).toContain('Hannah Quell ceoOf Tallowby');
    expect(t).not.toContain('Hannah Quell ceoOf Paycurve');
  });

  it('reads a passive with founders after an apposition of place and state ("X, based in Y, California, was founded by …")', () => {
    const t = triples(en('NEW YORK (Reuters) - Quellware, based in Redwood City, California, was founded in 1993 by Gaurav Quell and Diaz Brack. (Reuters, May 5, 2025)\n'));
    expect(t).toContain('Gaurav Quell founded Quellware');
    expect(t).toContain('Diaz Brack founded Quellware');
    expect(t).toContain('Quellware locatedIn Redwood City');
  });

  it('reads ", the San Francisco-based software maker said" as the sentence\'s subject and its seat', () => {
    const t = triples(en('SAN FRANCISCO (Reuters) - Quellforce has agreed to buy data company Brackmatica for $8 billion, the San Francisco-based software maker said on Tuesday. (Reuters, May 5, 2025)\n'));
    expect(t).toContain('Quellforce locatedIn San Francisco');
    expect(t).not.toContain('Brackmatica locatedIn San Francisco');
  });
});

describe('German descriptions, founders and rivals', () => {
  it('reads "der Busbauer" as a description of the company introduced so', () => {
    const doc = analyse('Graz – Der Busbauer Kainbrook hat seinen Lieferanten Voltwerk verklagt. Bereits im Herbst hatte der Busbauer den Vertrag mit Voltwerk gekündigt. (APA, 1.2.2025)\n');
    expect(triples(doc)).toContain('Kainbrook terminatedContractWith Voltwerk');
  });

  it('reads "Das 1952 als Karosseriewerkstätte gegründete Unternehmen" opening a paragraph as the company the text is about, with its founding year', () => {
    const doc = analyse(
      'Graz – Der Busbauer Kainbrook hat den Hersteller Voltwerk verklagt. Kainbrook fordert 48 Millionen Euro. Der Busbauer hatte den Vertrag gekündigt.\n\nVoltwerk weist die Vorwürfe zurück, erklärte Vorstandschefin Mia Quell.\n\nDas 1952 als Karosseriewerkstätte gegründete Unternehmen aus Köflach gehört der Beteiligungsgesellschaft Brennwald Capital. (APA, 1.2.2025)\n',
    );
    const t = triples(doc);
    expect(t).toContain('Kainbrook foundedIn 1952');
    expect(t).toContain('Kainbrook locatedIn Köflach');
    expect(t).not.toContain('Voltwerk locatedIn Köflach');
  });

  it('reads "war 2017 als Ausgründung der Universität entstanden" as a founding year', () => {
    const t = triples(analyse('Graz – Der Hersteller Voltwerk beschäftigt 80 Mitarbeiter. Voltwerk war 2017 als Ausgründung der Technischen Universität Graz entstanden. (APA, 1.2.2025)\n'));
    expect(t).toContain('Voltwerk foundedIn 2017');
  });

  it('reads "X-Gründer und -Chef Y" as founder and chief', () => {
    const t = triples(analyse('Berlin – Stromquell-Gründer und -Chef Tobias Brack sprach von einem Signal. (dpa, 1.2.2025)\n'));
    expect(t).toContain('Tobias Brack founded Stromquell');
    expect(t).toContain('Tobias Brack ceoOf Stromquell');
  });

  it('reads a rival described without a name as the rival of the clause subject ("warf dem Konkurrenten vor")', () => {
    const t = triples(analyse('Berlin – Der Versorger Filderquell sperrte die Karten. Stromquell warf dem Konkurrenten vor, Kunden zu drängen. (dpa, 1.2.2025)\n'));
    expect(t).toContain('Filderquell competitorOf Stromquell');
  });

  it('does not read "das Start-up" as a utility introduced as "Energieversorger"', () => {
    const doc = analyse(
      'Stuttgart – Der Energieversorger Filderquell muss die Karten des Anbieters Stromquell freischalten. Das Landgericht Stuttgart gab einem Eilantrag des Start-ups statt. (dpa, 1.2.2025)\n',
    );
    const t = triples(doc);
    expect(t).not.toContain('Landgericht Stuttgart grantedInjunction Filderquell');
  });

  it('reads "die Standesvertretung" as the chamber named before', () => {
    const doc = analyse('Wien – Die Österreichische Apothekerkammer hat gegen das Start-up Medquell geklagt. Die Standesvertretung wirft dem Unternehmen vor, Kunden zu verleiten. (APA, 1.2.2025)\n');
    expect(labels(doc)).not.toContain('Standesvertretung');
    expect(triples(doc)).toContain('Österreichische Apothekerkammer accused Medquell');
  });

  it('gives a chief named after a sentence about one company to that company, not to one named two sentences back', () => {
    const doc = analyse(
      'Stuttgart – Das Start-up Stromquell verkauft Strom. Stromquell-Chef Tobias Brack sprach von einem Signal. Die Filderquell AG kündigte Widerspruch an. Man lasse sich nichts vorschreiben, sagte Vorstandschefin Claudia Quell. (dpa, 1.2.2025)\n',
    );
    const t = triples(doc);
    expect(t).toContain('Claudia Quell ceoOf Filderquell AG');
    expect(t).not.toContain('Claudia Quell ceoOf Stromquell');
  });
});

describe('German politics: offices, seats and coalitions', () => {
  it('reads a person taking over a ministry as its head, also with the ministry fronted', () => {
    const t = triples(analyse('Berlin – Die Managerin Karla Quellmann soll das Wirtschaftsministerium übernehmen. Das Auswärtige Amt soll der Außenpolitiker Johann Brack übernehmen. (dpa, 1.2.2025)\n'));
    expect(t.some((x) => /^Karla Quellmann ceoOf .*Wirtschaftsministerium$/.test(x))).toBe(true);
    expect(t).toContain('Johann Brack ceoOf Auswärtige Amt');
  });

  it('reads "stellte X als Nachfolgerin des Y vor" as X succeeding Y', () => {
    const t = triples(analyse('Berlin – CDU-Chef Paul Quellmann stellte die Managerin Karla Brack am Montag als Nachfolgerin des Grünen-Politikers Robert Quell vor. (dpa, 1.2.2025)\n'));
    expect(t).toContain('Karla Brack succeeded Robert Quell');
  });

  it('reads "saß für die CDU im Bundestag" as membership of the party', () => {
    const t = triples(analyse('Berlin – Von 1998 bis 2015 saß Karla Brack für die CDU im Bundestag. (dpa, 1.2.2025)\n'));
    expect(t).toContain('Karla Brack memberOf Christian Democratic Union');
  });

  it('reads "der Koalitionsvertrag mit CSU und SPD" as partners of the party named before, and "die Christdemokraten" as the CDU named in the text', () => {
    const doc = analyse('Berlin – Ein Parteitag der Christdemokraten stimmte dem Koalitionsvertrag mit CSU und SPD zu. CDU-Chef Paul Quellmann sprach von einem guten Tag. (dpa, 1.2.2025)\n');
    const t = triples(doc);
    expect(t).toContain('Christian Democratic Union partnerOf CSU');
    expect(t).toContain('Christian Democratic Union partnerOf SPD');
  });

  it('reads "die Sozialdemokraten" as the social democratic party the text names, not another country\'s', () => {
    const doc = analyse('Wien – SPÖ-Chef Paul Quellmann will verhandeln. Die Sozialdemokraten stimmten zu. (APA, 1.2.2025)\n');
    expect(labels(doc)).not.toContain('SPD');
    expect(doc.entities.find((e) => e.label === 'SPÖ')?.mentions.length).toBeGreaterThanOrEqual(2);
  });
});

describe('German: alternatives, boards and chiefs opening a paragraph', () => {
  it('reads "wird als Alternative zu US-Konzernen wie A, B und C gehandelt" as alternatives and the examples\' seat', () => {
    const t = triples(analyse('Paris – In Frankreich wird das Unternehmen Quellcloud als europäische Alternative zu US-Konzernen wie Brackzon, Quellsoft und Tessavo gehandelt. (APA, 1.2.2025)\n'));
    for (const x of ['Brackzon', 'Quellsoft', 'Tessavo']) {
      expect(t).toContain(`Quellcloud alternativeTo ${x}`);
      expect(t).toContain(`${x} locatedIn United States`);
    }
  });

  it('reads "der dem Verwaltungsrat vorsitzt" as chairing the board', () => {
    const t = triples(analyse('Paris – Firmengründer Octave Quell, der heute dem Verwaltungsrat vorsitzt, rief die Kunden auf. (APA, 1.2.2025)\n'));
    expect(t.some((x) => /^Octave Quell ceoOf .*Verwaltungsrat$/.test(x))).toBe(true);
  });

  it('reads a description inside a relative clause with a quoted title as another company than the clause\'s subject', () => {
    const doc = analyse('Paris – Ein Brand traf den Cloudanbieter Quellcloud. Der Spieleentwickler Brackpunch, der sein Spiel „Rost“ auf Servern des Anbieters betreibt, verlor Daten. (APA, 1.2.2025)\n');
    expect(doc.entities.find((e) => e.label === 'Brackpunch')?.mentions.length).toBe(1);
  });

  it('gives a chief opening a paragraph to the company the text is about, not to the one named last', () => {
    const doc = analyse(
      'Paris – Ein Brand traf den Cloudanbieter Quellcloud. Quellcloud nahm die Rechenzentren vom Netz. Die Kunden von Quellcloud warten.\n\nDer Spieleentwickler Brackpunch meldete den Verlust von Servern. Brackpunch will klagen.\n\nKonzernchef Michel Quell kündigte an, die Ursache aufzuklären. (APA, 1.2.2025)\n',
    );
    const t = triples(doc);
    expect(t).toContain('Michel Quell ceoOf Quellcloud');
    expect(t).not.toContain('Michel Quell ceoOf Brackpunch');
  });
});

describe('German authorities, abbreviations and described seats', () => {
  it('keeps an abbreviation in brackets with the foreign name before it, not with a listed namesake ("Autoriteit Persoonsgegevens (AP)")', () => {
    const doc = analyse('Den Haag – Die niederländische Datenschutzbehörde Autoriteit Persoonsgegevens (AP) hat gegen den Fahrdienst Quellride ein Bußgeld verhängt. Die Behörde sprach von einem Verstoß. (APA, 1.2.2025)\n');
    expect(labels(doc)).not.toContain('Associated Press');
    const ap = doc.entities.find((e) => e.label === 'Autoriteit Persoonsgegevens');
    expect(ap?.type).toBe('GovernmentAgency');
    expect(ap?.mentions.length).toBe(3);
  });

  it('reads "Der US-Konzern" describing a company named before as that company\'s seat', () => {
    const t = triples(analyse('Den Haag – Die Behörde hat gegen den Fahrdienst Quellride ein Bußgeld verhängt. Der US-Konzern habe Daten übertragen. (APA, 1.2.2025)\n'));
    expect(t).toContain('Quellride locatedIn United States');
  });

  it('reads "den Konzern von Chef X" as X heading it', () => {
    const t = triples(analyse('Den Haag – Der Fahrdienst Quellride kündigte Einspruch an. Für den Konzern von Chef Dara Brack ist es nicht der erste Ärger. (APA, 1.2.2025)\n'));
    expect(t).toContain('Dara Brack ceoOf Quellride');
  });

  it('reads "die Haager Behörde" as an authority in The Hague', () => {
    const t = triples(analyse('Den Haag – Die Datenschutzbehörde Quellamt hat ein Bußgeld verhängt. Die Haager Behörde sprach von einem Verstoß. (APA, 1.2.2025)\n'));
    expect(t).toContain('Quellamt locatedIn The Hague');
  });
});

describe('rivals', () => {
  it('reads "wants to compete with rivals such as X and Y" as rivals, though the clause states an intent', () => {
    const t = triples(en('TOKYO (Reuters) - Quellkawa wants to compete with rivals such as Brackware and Tessavo Associates. (Reuters, May 5, 2025)\n'));
    expect(t).toContain('Quellkawa competitorOf Brackware');
    expect(t).toContain('Quellkawa competitorOf Tessavo Associates');
  });

  it('still reads no acquisition from a clause of intent ("wants to buy X")', () => {
    const t = triples(en('TOKYO (Reuters) - Quellkawa wants to buy Brackware. (Reuters, May 5, 2025)\n'));
    expect(t).not.toContain('Quellkawa acquired Brackware');
  });

  it('reads "…, es konkurriert mit Anbietern wie X und Y" with "es" as the company before', () => {
    const t = triples(analyse('Nürnberg – Der Hoster Pegnitzquell hat 45.000 Kunden, es konkurriert mit Anbietern wie Stratoquell und Ionquell. (dpa, 1.2.2025)\n'));
    expect(t).toContain('Pegnitzquell competitorOf Stratoquell');
    expect(t).toContain('Pegnitzquell competitorOf Ionquell');
  });

  it('reads "Crave, the streaming service owned by Bell Media" as Bell Media owning Crave, not the subject', () => {
    const t = triples(en('TORONTO (Reuters) - Reelquell competes with Mubi and with Cravequell, the streaming service owned by Bell Quell Media. (Reuters, May 5, 2025)\n'));
    expect(t).toContain('Bell Quell Media owns Cravequell');
    expect(t).not.toContain('Bell Quell Media owns Reelquell');
  });
});

describe('English chiefs, predecessors and names with titles', () => {
  it('reads "X ousted Chief Executive Y and brought back his predecessor Z" as Y heading X and succeeding Z', () => {
    const t = triples(en('BURBANK, California (Reuters) - Quellworks Co on Sunday ousted Chief Executive Bob Brack and brought back his predecessor Bob Quell to run the company. (Reuters, November 20, 2022)\n'));
    expect(t).toContain('Bob Brack ceoOf Quellworks Co');
    expect(t).toContain('Bob Brack succeeded Bob Quell');
    expect(t).not.toContain('Bob Quell succeeded Bob Brack');
  });

  it('reads a legal-form name the gazetteer knows without its form as that entry ("Walt Disney Co")', () => {
    const doc = en('BURBANK, California (Reuters) - Walt Disney Co on Sunday named a new chief. (Reuters, November 20, 2022)\n');
    expect(labels(doc)).toContain('The Walt Disney Company');
    expect(labels(doc)).not.toContain('Walt Disney Co');
  });

  it('splits a place and a title from the person\'s name ("Florida Governor Ron Quell", "Board Chair Susan Brack")', () => {
    const doc = en('MIAMI (Reuters) - Florida Governor Ron Quell criticised the plan. Board Chair Susan Brack said in a statement that directors agreed. (Reuters, November 20, 2022)\n');
    expect(labels(doc)).toContain('Ron Quell');
    expect(labels(doc)).toContain('Susan Brack');
    expect(doc.entities.find((e) => e.label === 'Susan Brack')?.type).toBe('Person');
    expect(doc.entities.find((e) => e.label === 'Florida')?.type).toBe('Region');
  });

  it('reads a relative clause after an age in commas as about the person ("Iger, 71, who led Disney")', () => {
    const t = triples(en('BURBANK, California (Reuters) - The board brought back Bob Quell. Quell, 71, who led Quellworks for 15 years, has agreed to serve. (Reuters, November 20, 2022)\n'));
    expect(t).toContain('Bob Quell ceoOf Quellworks');
  });

  it('reads "The company" after a list of acquisitions as the buyer the text is about, not the last one listed', () => {
    const t = triples(en('BURBANK, California (Reuters) - Quellworks Inc brought back Bob Quell. During his first stint, Quell expanded Quellworks through the purchases of Pixbrook, Marvane, Lucasquell and most of Brackfield Media\'s assets. The company was founded in 1923 by Walt Quell and his brother Roy. (Reuters, November 20, 2022)\n'));
    expect(t).toContain('Quellworks Inc foundedIn 1923');
    expect(t).not.toContain('Brackfield Media foundedIn 1923');
  });
});

describe('places and names in company news', () => {
  it('reads "aus St. Gallen" as the town the lists spell "Sankt Gallen"', () => {
    const t = triples(analyse('Dornbirn – Ein Viertel gehört der Toggenquell Invest aus St. Gallen, die 2019 eingestiegen war. (APA, 1.2.2025)\n'));
    expect(t.some((x) => /^Toggenquell Invest locatedIn (Sankt|St\.) Gallen$/.test(x))).toBe(true);
    expect(t).not.toContain('Toggenquell Invest locatedIn St.');
  });

  it('does not read a move "aus X in die Slowakei" as X lying in Slovakia', () => {
    const t = triples(analyse('Dornbirn – Der Chef wollte die Fertigung aus Hohenems in die Slowakei verlagern. (APA, 1.2.2025)\n'));
    expect(t).not.toContain('Hohenems locatedIn Slovakia');
  });

  it('reads a word of origin of a town the article names but no list knows ("Kufstein – … das Kufsteiner Unternehmen")', () => {
    const doc = analyse('Kufstein – Der Hersteller Kaltenquell Kältetechnik fusioniert. Vorstandschef wird Martin Quell, der das Kufsteiner Unternehmen führt. (APA, 1.2.2025)\n');
    expect(labels(doc)).not.toContain('Kufsteiner');
    expect(triples(doc)).toContain('Kaltenquell Kältetechnik locatedIn Kufstein');
  });

  it('keeps the first word of a company name after a word of origin ("die Rosenheimer Eiswerk Quellbauer GmbH")', () => {
    const doc = analyse('Rosenheim – Der Tiroler Hersteller Kaltenquell und die Rosenheimer Eiswerk Quellbauer GmbH bündeln ihre Geschäfte. (dpa, 1.2.2025)\n');
    expect(labels(doc)).toContain('Eiswerk Quellbauer GmbH');
  });

  it('does not take a genitive name inside a list as a member of it ("HelloFresh and Montreal\'s Goodfood Market")', () => {
    const t = triples(en("TORONTO (Reuters) - Quellkit competes with Berlin-based Freshquell and Montreal's Goodquell Market. (Reuters, May 5, 2025)\n"));
    expect(t).not.toContain('Montreal locatedIn Berlin');
    expect(t).toContain('Freshquell locatedIn Berlin');
  });
});

describe('brands, portfolios and subsidiaries', () => {
  it('reads "seiner US-Tochter X" as a subsidiary and "die Marke" as a description of a company', () => {
    const t = triples(analyse('Herzogenaurach – Der Sportartikelkonzern Quellsport trennt sich von seiner US-Tochter Brackbok. Der Konzern verkauft die Marke an die amerikanische Authentic Quell Group (AQG). (dpa, 1.2.2025)\n'));
    expect(t).toContain('Brackbok subsidiaryOf Quellsport');
    expect(t).toContain('Authentic Quell Group acquired Brackbok');
  });

  it('reads "Zum Portfolio des New Yorker Unternehmens gehören A und B" as the company owning both, in New York', () => {
    const t = triples(analyse('Berlin – Die Markenfirma Quellbrands Group stellt selbst keine Waren her. Zum Portfolio des New Yorker Unternehmens gehören die Marke Sports Quellustrated und die Modemarke Brack Brothers. (dpa, 1.2.2025)\n'));
    expect(t).toContain('Quellbrands Group owns Sports Quellustrated');
    expect(t).toContain('Quellbrands Group owns Brack Brothers');
    expect(t).toContain('Quellbrands Group locatedIn New York City');
  });
});

describe('party offices and lists', () => {
  it('reads "Parteichef X" and "ÖVP-Obmann Y" as chiefs of their parties', () => {
    const t = triples(analyse('Wien – Die Grünen haben zugestimmt. Das Programm hatte Parteichef Werner Quell mit ÖVP-Obmann Sebastian Brack ausverhandelt. (APA, 1.2.2025)\n'));
    expect(t.some((x) => /^Werner Quell ceoOf .*Grünen/.test(x))).toBe(true);
    expect(t).toContain('Sebastian Brack ceoOf ÖVP');
  });

  it('reads "die für die Liste X in den Nationalrat eingezogen war" as member of the list and of parliament', () => {
    const doc = analyse('Wien – Justizministerin wird Alma Quell, die 2017 für die Liste Brack in den Nationalrat eingezogen war. (APA, 1.2.2025)\n');
    expect(labels(doc)).toContain('Liste Brack');
    const t = triples(doc);
    expect(t).toContain('Alma Quell memberOf Liste Brack');
    expect(t).toContain('Alma Quell memberOf Nationalrat');
  });

  it('reads "X, dessen Koalition mit der FPÖ zerbrochen war" as a coalition partner', () => {
    const t = triples(analyse('Wien – Sebastian Brack wird Kanzler. Brack, dessen Koalition mit der FPÖ im Mai zerbrochen war, regiert nun mit den Grünen. (APA, 1.2.2025)\n'));
    expect(t).toContain('Sebastian Brack partnerOf FPÖ');
  });
});

describe('games and their makers', () => {
  it('reads English titles in German quotes as one work ("Slay the Spire") and who stands behind it', () => {
    const doc = analyse('San Francisco – Das Studio Quellcrit, das hinter dem Kartenspiel "Slay the Quell" steht, kündigte einen Wechsel an. (APA, 1.2.2025)\n');
    expect(labels(doc)).toContain('Slay the Quell');
    expect(triples(doc)).toContain('Quellcrit developerOf Slay the Quell');
  });

  it('reads "Die Macher von „X“, das Studio Y" as Y making X', () => {
    const t = triples(analyse('San Francisco – Die Macher von "Cult of the Quell", das Studio Brackmonster, drohten mit einem Rückzug. (APA, 1.2.2025)\n'));
    expect(t).toContain('Brackmonster developerOf Cult of the Quell');
  });

  it('reads "die quelloffene Alternative X" as an alternative to the company the text is about, without the noun in the name', () => {
    const doc = analyse('San Francisco – Der Softwarekonzern Quellity verlangt neue Gebühren. Zahlreiche Entwickler erwogen einen Umstieg auf die quelloffene Alternative Brackdot. (APA, 1.2.2025)\n');
    expect(labels(doc)).toContain('Brackdot');
    expect(triples(doc)).toContain('Brackdot alternativeTo Quellity');
  });
});

describe('founders and predicative roles', () => {
  it('reads "des Firmengründers X" after a sentence about another firm as the founder of the firm the text is about', () => {
    const t = triples(analyse('Dornbirn – Der Leuchtenhersteller Vallquell hat seinen Chef abberufen. Vallquell beschäftigt 900 Mitarbeiter. Der Manager war vom Lichtkonzern Brackram gekommen. Aufsichtsratschef ist Elmar Quell, ein Enkel des Firmengründers Anton Quell. (APA, 1.2.2025)\n'));
    expect(t).toContain('Anton Quell founded Vallquell');
    expect(t).not.toContain('Anton Quell founded Brackram');
  });

  it('reads no new person from "stayed on as a director", so "him" stays with the named man', () => {
    const t = triples(en('TORONTO (Reuters) - Quellkit brought back Ravi Quell. Quell stepped down as CEO in 2021 but stayed on as a director. Dana Brack succeeded him that year. (Reuters, May 5, 2025)\n'));
    expect(t).toContain('Dana Brack succeeded Ravi Quell');
    expect(t.some((x) => /succeeded director$/.test(x))).toBe(false);
  });
});

describe('company names and their seats', () => {
  it('keeps a compound on a legal form in a company name ("Saalequell Medizinsysteme aus Halle")', () => {
    const doc = analyse('Magdeburg – Die Täter kamen über einen Zugang des IT-Dienstleisters Saalequell Medizinsysteme aus Halle. (dpa, 1.2.2025)\n');
    expect(labels(doc)).toContain('Saalequell Medizinsysteme');
    expect(triples(doc).some((x) => /^Saalequell Medizinsysteme locatedIn Halle/.test(x))).toBe(true);
  });

  it('reads "X Schweiz aus Wallisellen" as X having its seat there', () => {
    const t = triples(analyse('Zürich – Sunquell soll mit der Tochter Brack Schweiz aus Wallisellen zusammengeführt werden. (SDA, 1.2.2025)\n'));
    expect(t.some((x) => /^Brack( Schweiz)? locatedIn Wallisellen$/.test(x))).toBe(true);
  });
});

describe('English allegations in a lawsuit', () => {
  it('reads "sued X and Y, alleging that Y had copied files" as accusing Y', () => {
    const t = triples(en('LONDON (Reuters) - Brackwheel sued both Tarnquell and the engineer, Daniel Quell, at the High Court in July, alleging that Quell had copied some 4,000 files. (Reuters, May 5, 2025)\n'));
    expect(t).toContain('Brackwheel accused Daniel Quell');
    expect(t).toContain('Brackwheel sued Tarnquell');
  });
});

describe('heads named by their office', () => {
  it('reads "Kartellamtspräsident X" as the head of the cartel office named before', () => {
    const t = triples(analyse('Bonn – Das Bundeskartellamt hat dem Händler Quellzon Preisvorgaben untersagt. Kartellamtspräsident Andreas Quell sagte, das sei ein wichtiges Signal. (dpa, 1.2.2025)\n'));
    expect(t).toContain('Andreas Quell ceoOf Federal Cartel Office');
  });

  it('reads "Quellkawa President Kenji Brack" as the company\'s head', () => {
    const t = triples(en('TOKYO (Reuters) - "We will change nothing," said Quellkawa President Kenji Brack. (Reuters, May 5, 2025)\n'));
    expect(t).toContain('Kenji Brack ceoOf Quellkawa');
  });
});

describe('coalitions as bodies', () => {
  it('reads "die Koalition" as an unnamed body, named again by the same noun', () => {
    const doc = analyse('Berlin – Die Koalition stimmte dem Gesetz zu. Olaf Quell lobte die Koalition. (dpa, 1.2.2025)\n');
    const coalition = doc.entities.find((e) => e.label === 'Koalition');
    expect(coalition?.type).toBe('Organization');
    expect(coalition?.mentions.length).toBe(2);
  });
});

describe('English passives with modifiers and fronted participles', () => {
  it('reads "which was bought last year by Nashville-based audio software group X" as X buying it', () => {
    const t = triples(en('NEW YORK (Reuters) - The sample platform Loopquell changed its terms. Loopquell, which was bought last year by Nashville-based audio software group Brackveth Audio for $310 million, said the changes applied. (Reuters, May 5, 2025)\n'));
    expect(t).toContain('Brackveth Audio acquired Loopquell');
  });

  it('reads "Founded in 2022 by X and Y, …, Z lets users …" as X and Y founding Z', () => {
    const t = triples(en('LONDON (Reuters) - The app Rallyquell is popular. Founded in 2022 by Imogen Quell and Callum Brack, who both worked for a minister, Rallyquell lets users follow politicians. (Reuters, May 5, 2025)\n'));
    expect(t).toContain('Imogen Quell founded Rallyquell');
    expect(t).toContain('Callum Brack founded Rallyquell');
    expect(t).toContain('Rallyquell foundedIn 2022');
  });
});

describe('English agents with an employer before the role', () => {
  it('reads "founded in 2014 by former Rocket Internet manager X" as X founding it', () => {
    const t = triples(en('BERLIN (Reuters) - Snelquell is owned by Orvquell. Orvquell, which was founded in 2014 by former Brackket Internet manager Fabian Quell, competes with Uber Eats. (Reuters, May 5, 2025)\n'));
    expect(t).toContain('Fabian Quell founded Orvquell');
  });
});

describe('English titles of several words before a name', () => {
  it('reads "replaced founder X with Chief Operating Officer Y" as Y succeeding X', () => {
    const t = triples(en('AUSTIN, Texas (Reuters) - Voltquell recalled cars. Hours later, its board replaced founder and Chief Executive Derek Quell with Chief Operating Officer Anjali Brack. (Reuters, May 5, 2025)\n'));
    expect(t).toContain('Anjali Brack succeeded Derek Quell');
  });
});
