// Constructions of everyday agency news that session 14 found missing or
// misread, each on a short text written for this test with invented names
// (or a real name where the test is about what the name list knows).
import { describe, expect, it } from 'vitest';
import { analyse, entityOf, triples } from './analyse.js';


describe('one sense of a listed name per article', () => {
  it('reads a bare name as the company a noun before it settled elsewhere in the article, not the town of that name', () => {
    const doc = analyse('Madrid – Die spanische Großbank Santander übernimmt einen Zahlungsdienstleister. Ein Sprecher von Santander bestätigte den Kauf. (dpa, 1.2.2025)\n');
    expect(entityOf(doc, 'Santander')?.type).toBe('Company');
    expect(triples(doc)).toContain('Sprecher spokespersonOf Santander');
  });

  it('keeps the town where nothing in the article says otherwise', () => {
    const doc = analyse('Madrid – Der Zahlungsdienstleister Quellpay eröffnet ein Büro in Santander. (dpa, 1.2.2025)\n');
    expect(entityOf(doc, 'Santander')?.type).toBe('City');
  });
});

describe('a subsidiary named beside its parent', () => {
  const text = 'Basel – Die Airline Jurajet konkurriert vor allem mit Quellair Schweiz, der Schweizer Tochter des Billigfliegers Quellair. (sda, 1.2.2025)\n';

  it('keeps the parent, named in the same sentence by the first word of the subsidiary, an entity of its own', () => {
    const doc = analyse(text);
    expect(entityOf(doc, 'Quellair')?.label).toBe('Quellair');
    expect(entityOf(doc, 'Quellair Schweiz')?.label).toBe('Quellair Schweiz');
  });

  it('reads "X, der Schweizer Tochter des Y" as a subsidiary, with a demonym before the noun', () => {
    const t = triples(analyse(text));
    expect(t).toContain('Quellair Schweiz subsidiaryOf Quellair');
    expect(t).not.toContain('Jurajet subsidiaryOf Quellair');
  });

  it('still reads a short form in a later sentence as the full name', () => {
    const doc = analyse('Basel – Die Airline Quellair Schweiz wächst. Quellair will neue Flugzeuge kaufen. (sda, 1.2.2025)\n');
    expect(entityOf(doc, 'Quellair')?.label).toBe('Quellair Schweiz');
  });
});

describe('a family firm named like its founder', () => {
  const text =
    'Haßfurt – Nach 40 Jahren zieht sich Horst Quellmeyer aus dem Geschäft der fränkischen Supermarktkette Quellmeyer zurück. Er übergibt die Geschäftsführung an seine Tochter Anna Quellmeyer-Tarn. Zuvor hatte die Betriebswirtin zehn Jahre lang für den Discounter Tarnido gearbeitet, unter anderem in dessen Zentrale in Neckarsulm. "Ich bleibe", sagte Quellmeyer. Ihr Bruder Jonas hält 30 Prozent der Anteile. (dpa, 1.2.2025)\n';

  it('reads the name after a noun for a firm as the firm, not as the surname of the person named before', () => {
    const doc = analyse(text);
    expect(entityOf(doc, 'Quellmeyer')?.type).toBe('Company');
    expect(entityOf(doc, 'Horst Quellmeyer')?.label).toBe('Horst Quellmeyer');
  });

  it('still reads a bare surname that speaks as the person', () => {
    const doc = analyse(text);
    const said = doc.mentions.filter((m) => m.text === 'Quellmeyer').at(-1);
    expect(doc.entities.find((e) => e.key === said?.entity)?.label).toBe('Horst Quellmeyer');
  });

  it('makes the one who is handed the management the head of the firm', () => {
    expect(triples(analyse(text))).toContain('Anna Quellmeyer-Tarn ceoOf Quellmeyer');
  });

  it('reads a profession as the person named before', () => {
    expect(triples(analyse(text))).toContain('Anna Quellmeyer-Tarn worksFor Tarnido');
  });

  it('reads "in dessen Zentrale in X" as the seat of the organisation just named', () => {
    expect(triples(analyse(text))).toContain('Tarnido locatedIn Neckarsulm');
  });

  it('reads a first name after a noun for kin as a person, not a genitive of a town', () => {
    const doc = analyse(text);
    expect(entityOf(doc, 'Jonas')?.type).toBe('Person');
    expect(triples(doc)).toContain('Jonas owns Quellmeyer');
  });
});

describe('shares in percent', () => {
  it('reads "knapp 30 Prozent hält der Finanzinvestor X" as an investment in the firm talked about', () => {
    const t = triples(analyse('Verona – Die Supermarktkette Quellmarkt gehört mehrheitlich der Familie Tarn, knapp 30 Prozent hält seit 2020 der Finanzinvestor Isarquell Capital. (dpa, 1.2.2025)\n'));
    expect(t).toContain('Isarquell Capital investedIn Quellmarkt');
  });
});

describe('two nouns before a name', () => {
  it('reads "der Jurist und Aktivist X" as X, not a third person', () => {
    const doc = analyse('Wien – Die Organisation Quellrecht, die der Jurist und Aktivist Max Tarner gegründet hat, klagt gegen die Behörde. (APA, 1.2.2025)\n');
    const t = triples(doc);
    expect(t).toContain('Max Tarner founded Quellrecht');
    expect(t.some((x) => x.startsWith('Jurist '))).toBe(false);
  });
});

describe('a surname after a particle that is also a word', () => {
  it('reads "Beatrix von Storch" as one name', () => {
    const doc = analyse('Berlin – Die Plattform Quellnet hat die Politikerin Beatrix von Storch gesperrt. (AFP, 1.2.2025)\n');
    expect(doc.entities.some((e) => e.label === 'Beatrix von Storch' && e.type === 'Person')).toBe(true);
  });

  it('still stops before a noun in the plural ("Anna von Kollegen")', () => {
    const doc = analyse('Berlin – Lob bekam Anna von Kollegen aus der Firma Quellnet. (AFP, 1.2.2025)\n');
    expect(doc.entities.some((e) => e.label === 'Anna von Kollegen')).toBe(false);
  });
});

describe('a name of a word in -er and a compound on a legal form', () => {
  it('reads "der Donautaler Privatbank" as one name when no known place is called so', () => {
    const doc = analyse('Linz – Der Vorstandschef der Donautaler Privatbank, Herbert Quell, ist zurückgetreten. (APA, 1.2.2025)\n');
    expect(doc.entities.some((e) => e.label === 'Donautaler Privatbank')).toBe(true);
    expect(triples(doc)).toContain('Herbert Quell ceoOf Donautaler Privatbank');
  });

  it('keeps "die Linzer Privatbank" a description: Linz is a known town', () => {
    const doc = analyse('Linz – Die Linzer Privatbank Quellbank AG wächst. (APA, 1.2.2025)\n');
    expect(doc.entities.some((e) => e.label.startsWith('Linzer'))).toBe(false);
  });
});

describe('English chief executives named and succeeded', () => {
  const en = (text: string) => analyse(text, 'en');
  const text =
    'LONDON (Reuters) - Quellcom Group named Anna Tarn, the head of rival Tarnet, as its next chief executive on Thursday. Tarn, who has sat on the board since 2019, will take over from Philip Quell by the end of January, the company said. (Reuters, May 5, 2025)\n';

  it('reads "named X, the head of Y, as its chief executive" as head of the one who named her', () => {
    const t = triples(en(text));
    expect(t).toContain('Anna Tarn ceoOf Quellcom Group');
  });

  it('reads "take over from X" as succeeding X, and a first name and surname after "from" as a person', () => {
    const doc = en(text);
    expect(entityOf(doc, 'Philip Quell')?.type).toBe('Person');
    expect(triples(doc)).toContain('Anna Tarn succeeded Philip Quell');
  });

  it('reads "he" after "before" as the person the sentence is about, not the one of the sentence before', () => {
    const doc = en('TAIPEI (Reuters) - The company would defend it, general counsel Joel Tarn said. At the centre of the case is Stephen Quell, who had headed Quellcorp Taiwan before he joined Tarnco in 2015. (Reuters, May 5, 2025)\n');
    expect(triples(doc)).toContain('Stephen Quell worksFor Tarnco');
    expect(triples(doc)).not.toContain('Joel Tarn worksFor Tarnco');
  });

  it('reads the nouns of wire copy ("the insurer") as descriptions of a company named before', () => {
    const doc = en('ZURICH (Reuters) - Quellsure Holdings agreed to buy Tarnco. The insurer said it would pay in cash. (Reuters, May 5, 2025)\n');
    expect(entityOf(doc, 'insurer')?.label).toBe('Quellsure Holdings');
  });
});

describe('central banks', () => {
  const en = (text: string) => analyse(text, 'en');
  it('reads "the Bank of <country>" as an authority, so that "the company" means the firm it punished', () => {
    const doc = en('VILNIUS (AP) - The Bank of Lithuania said Quellpay had ignored its orders. The regulator had already fined the company in 2022. (AP, May 5, 2025)\n');
    expect(entityOf(doc, 'Bank of Lithuania')?.type).toBe('GovernmentAgency');
    expect(entityOf(doc, 'company')?.label).toBe('Quellpay');
    expect(triples(doc)).toContain('Bank of Lithuania ruledAgainst Quellpay');
  });

  it('reads "the central bank" as an authority, not a lender', () => {
    const doc = en('VILNIUS (AP) - Quellpay said the central bank was punishing merchants. (AP, May 5, 2025)\n');
    const bank = entityOf(doc, 'bank');
    expect(bank?.type).toBe('GovernmentAgency');
    expect(bank?.label).toBe('central bank');
  });
});

describe('towns and states as owners', () => {
  it('reads "die mehrheitlich der Stadt X gehört" as the town owning the firm', () => {
    const t = triples(analyse('Hamburg – Die Quellhafen AG, die mehrheitlich der Stadt Hamburg gehört, baut einen Terminal. (dpa, 1.2.2025)\n'));
    expect(t).toContain('Hamburg owns Quellhafen AG');
  });

  it('never makes a place the parent a description guesses', () => {
    const t = triples(analyse('Stockholm – Der Modekonzern Quellmode hat seinen Sitz in Stockholm. Zu der Gruppe gehört auch die Marke Tarnwear. (dpa, 1.2.2025)\n'));
    expect(t.some((x) => / subsidiaryOf Stockholm$/.test(x))).toBe(false);
  });
});

describe('spokespersons of a government', () => {
  it('makes "ein Regierungssprecher" speak for the cabinet, not for the last party named', () => {
    const t = triples(analyse('Berlin – Das Bundeskabinett billigte den Einstieg. Bundeskanzler Olaf Quell (SPD) hatte gedrängt. Ein Regierungssprecher betonte, es gebe keinen Einfluss. (dpa, 1.2.2025)\n'));
    expect(t).toContain('Regierungssprecher spokespersonOf Bundeskabinett');
    expect(t).not.toContain('Regierungssprecher spokespersonOf SPD');
  });
});

describe('a family brewery changes hands', () => {
  const text =
    'Graz – Die oststeirische Brauerei Quellsteiner wechselt den Besitzer. Die Privatbrauerei Tarnbichler übernimmt sämtliche Anteile des Traditionsbetriebs. Die 1898 von Alois Quellsteiner gegründete Brauerei war zuletzt im Besitz der Geschwister Thomas Quellsteiner und Barbara Tarn. Mit dem Zukauf will Tarnbichler dem Marktführer Brau Union Paroli bieten. (APA, 1.2.2025)\n';

  it('reads "übernimmt sämtliche Anteile des X" as buying X', () => {
    expect(triples(analyse(text))).toContain('Tarnbichler acquired Quellsteiner');
  });

  it('reads a founder whose surname the tagger takes for a noun inside the attribute ("von Alois Quellsteiner gegründete Brauerei")', () => {
    const t = triples(analyse(text));
    expect(t).toContain('Alois Quellsteiner founded Quellsteiner');
    expect(t).toContain('Quellsteiner foundedIn 1898');
  });

  it('ends a name before the idiom "Paroli bieten"', () => {
    const doc = analyse(text);
    expect(doc.entities.some((e) => e.label.endsWith('Paroli'))).toBe(false);
  });

  it('reads "den Betrieb" in a relative clause on a person as the firm named like her', () => {
    const t = triples(
      analyse('Wels – Die Modefirma Quellthaler klagt gegen den Hoster Tarnkamm. Geschäftsführerin Theresa Quellthaler, die den Betrieb in vierter Generation leitet, hält die Forderungen für unberechtigt. (APA, 1.2.2025)\n'),
    );
    expect(t).toContain('Theresa Quellthaler ceoOf Quellthaler');
    expect(t).not.toContain('Theresa Quellthaler ceoOf Tarnkamm');
  });
});

describe('a chip plant and its owners', () => {
  const text =
    'Dresden – Der taiwanische Chipkonzern Quellchip hat den Bau begonnen. Betrieben wird das Werk von der Quell Semiconductor Company (QSC), einem Gemeinschaftsunternehmen, an dem Quellchip 70 Prozent hält. Die EU-Kommission hatte die Beihilfe genehmigt. Kommissionspräsidentin Ursula von der Leyen sagte, Europa müsse unabhängiger werden. Quellchip-Chef C.C. Tarn kündigte an, Chips zu fertigen. (dpa, 1.2.2025)\n';

  it('reads "taiwanisch" as Taiwan', () => {
    expect(triples(analyse(text))).toContain('Quellchip locatedIn Taiwan');
  });

  it('finds the name before an abbreviation in brackets as what a relative clause after an apposition is about', () => {
    expect(triples(analyse(text))).toContain('Quellchip investedIn Quell Semiconductor Company');
  });

  it('makes "Kommissionspräsidentin X" the head of the commission named before', () => {
    expect(triples(analyse(text))).toContain('Ursula von der Leyen ceoOf European Commission');
  });

  it('keeps initials with the surname ("C.C. Tarn"), not a sentence end', () => {
    const doc = analyse(text);
    expect(doc.entities.some((e) => e.label === 'C.C. Tarn' && e.type === 'Person')).toBe(true);
    expect(triples(doc)).toContain('C.C. Tarn ceoOf Quellchip');
  });
});

describe('an institution the name list knows as something else', () => {
  it('reads "die Datenschutzbehörde DSB" as an authority, not the railway the list knows as DSB', () => {
    const doc = analyse('Kopenhagen – Die Datenschutzbehörde DSB prüft den Fall. Behördenchef Max Quell sagte, man prüfe. (dpa, 1.2.2025)\n');
    expect(entityOf(doc, 'DSB')?.type).toBe('GovernmentAgency');
    expect(triples(doc)).toContain('Max Quell ceoOf DSB');
  });
});

describe('English associations and their spokespeople', () => {
  const en = (text: string) => analyse(text, 'en');
  it('reads "Britain\'s Musicians\' Union" as one name, and "the union" as it', () => {
    const doc = en("LONDON (AP) - Britain's Musicians' Union has accused the streaming service Quellify of paying too little. The union said the London-based platform paid 0.2 pence per stream. (AP, May 5, 2025)\n");
    expect(doc.entities.some((e) => e.label === "Musicians' Union")).toBe(true);
    const t = triples(doc);
    expect(t).toContain("Musicians' Union accused Quellify");
    expect(t).toContain('Quellify locatedIn London');
  });

  it('keeps "Epic Games\' Fortnite" two names', () => {
    const doc = en("NEW YORK (Reuters) - Tarn Games' Quellnite is popular. (Reuters, May 5, 2025)\n");
    expect(doc.entities.some((e) => e.label.includes("Games' Quellnite"))).toBe(false);
  });

  it('makes "A spokesman said" speak for the company the text is about', () => {
    const t = triples(en('LONDON (AP) - The streaming service Quellify rejected the accusations. A spokesman said the company paid out 70% of its revenue. (AP, May 5, 2025)\n'));
    expect(t).toContain('spokesman spokespersonOf Quellify');
  });
});

describe('an English name opening the story', () => {
  it('reads an unknown capitalised word after the dateline, before a finite verb, as a name even when its ending looks like a verb\'s', () => {
    const doc = analyse('LONDON (AP) - Quellify said on Monday it would appeal the fine. (AP, May 5, 2025)\n', 'en');
    expect(doc.entities.some((e) => e.label === 'Quellify')).toBe(true);
  });
});

describe('articles after names and inside phrases', () => {
  it('ends a person\'s name before the dative of "sagte X der APA"', () => {
    const doc = analyse('Wien – Der Konzern habe die Preise erhöht, sagte VKI-Juristin Petra Quell der APA. (APA, 1.2.2025)\n');
    expect(doc.entities.some((e) => e.label === 'Petra Quell')).toBe(true);
    expect(doc.entities.some((e) => e.label.includes('der APA'))).toBe(false);
  });

  it('reads "aus dem X und dem Y" as one prepositional phrase, so that Y is no dative owner', () => {
    const t = triples(analyse('Vorchdorf – Die Molkerei Quellmilch wächst. Die Genossenschaft gehört rund 1.900 Milchbauern aus dem Traunviertel und dem Salzkammergut. (APA, 1.2.2025)\n'));
    expect(t.some((x) => x.startsWith('Salzkammergut owns'))).toBe(false);
  });
});

describe('a minister dismisses the head of an agency', () => {
  const text =
    'Berlin – Innenministerin Anna Quell hat den Chef des Bundesamts für Sicherheit in der Quelltechnik (BSQ), Bernd Tarner, abberufen. Das teilte ein Sprecher des Innenministeriums am Dienstag mit. (dpa, 1.2.2025)\n';

  it('reads "den Chef des X (ABK), Name," as the named person, and the participle after it as the verb of the clause', () => {
    const t = triples(analyse(text));
    expect(t).toContain('Bernd Tarner ceoOf Bundesamt für Sicherheit in der Quelltechnik');
    expect(t).toContain('Anna Quell dismissed Bernd Tarner');
  });

  it('reads "des Innenministeriums" as a ministry of its own, not the agency named before', () => {
    const t = triples(analyse(text));
    expect(t).toContain('Sprecher spokespersonOf Innenministerium');
    expect(t).not.toContain('Sprecher spokespersonOf Bundesamt für Sicherheit in der Quelltechnik');
  });
});

describe('the name list: provinces, clubs and a drugmaker', () => {
  it('knows British Columbia as a region, not the adjective "British" and a town Columbia', () => {
    const doc = analyse('VANCOUVER (Reuters) - The lifts are at Mount Quell Resort in British Columbia. (Reuters, May 5, 2025)\n', 'en');
    expect(doc.entities.some((e) => e.label === 'British Columbia' && e.type === 'Region')).toBe(true);
    expect(doc.entities.some((e) => e.label === 'United Kingdom')).toBe(false);
  });

  it('knows Real Madrid and "Bristol Myers Squibb" without its hyphen', () => {
    const de = analyse('Nyon – Die Super League wird von Real Madrid vorangetrieben. (sda, 1.2.2025)\n');
    expect(de.entities.some((e) => e.label === 'Real Madrid')).toBe(true);
    const en = analyse('NEW YORK (Reuters) - It competes with a drug sold by Bristol Myers Squibb and Pfizer. (Reuters, May 5, 2025)\n', 'en');
    expect(en.entities.some((e) => e.label === 'Bristol Myers Squibb' && e.type === 'Company')).toBe(true);
  });
});

describe('heads of towns and states', () => {
  it('makes "Northeims Bürgermeister X" the head of the town', () => {
    const t = triples(analyse('Northeim – Im Streit um das Gelände wirft Northeims Bürgermeister Jens Quell dem Investor Vertragsbruch vor. (dpa, 1.2.2025)\n'));
    expect(t).toContain('Jens Quell ceoOf Northeim');
  });

  it('makes "Bürgermeister X" the head of the town just named', () => {
    const t = triples(analyse('Bayrischzell – Die Gemeinde Bayrischzell kauft die Bergbahn. Der Gemeinderat stimmte zu, wie Bürgermeister Georg Tarn (Freie Wähler) mitteilte. (dpa, 1.2.2025)\n'));
    expect(t).toContain('Georg Tarn ceoOf Bayrischzell');
  });

  it('makes "Paris Mayor X" the head of Paris, but a chief executive of no town', () => {
    const en = analyse('PARIS (Reuters) - Paris Mayor Anne Quell said the ban would start in September. Tarnco, based in Los Gatos, California, is led by Chief Executive Ted Tarn. (Reuters, May 5, 2025)\n', 'en');
    const t = triples(en);
    expect(t).toContain('Anne Quell ceoOf Paris');
    expect(t.some((x) => x.startsWith('Ted Tarn ceoOf Los Gatos'))).toBe(false);
  });
});

describe('rivals', () => {
  it('reads "um dem Weltmarktführer X Paroli zu bieten" as competing, with the subject of the clause before', () => {
    const t = triples(analyse('Herzogenaurach – Die Firma Quelldas hatte Reebok 2006 übernommen, um dem Weltmarktführer Nike in Nordamerika Paroli zu bieten. (dpa, 1.2.2025)\n'));
    expect(t).toContain('Quelldas competitorOf Nike');
  });

  it('reads "tritt als Herausforderer von X und Y an" as a rival of both', () => {
    const t = triples(analyse('Heidelberg – Die Firma Quellalpha tritt als europäischer Herausforderer von OpenAI und Google an. (dpa, 1.2.2025)\n'));
    expect(t).toContain('Quellalpha competitorOf OpenAI');
    expect(t).toContain('Quellalpha competitorOf Google');
  });

  it('reads "Wichtigster Konkurrent ist das im Innviertel ansässige Unternehmen X" as the rival of the firm talked about', () => {
    const t = triples(analyse('Ried – Die Firma Quellido wächst. Wichtigster Konkurrent ist das im Innviertel ansässige Unternehmen Tarnido. (APA, 1.2.2025)\n'));
    expect(t).toContain('Tarnido competitorOf Quellido');
  });
});

describe('the second half of a relative clause', () => {
  it('gives "und bis heute führt" the subject of the first half when the pronoun was its object', () => {
    const t = triples(analyse('Toronto – Die Firma Tarnabg, die der Kanadier Jamie Quell 2010 gegründet hat und bis heute führt, kauft Markenrechte. (dpa, 1.2.2025)\n'));
    expect(t).toContain('Jamie Quell founded Tarnabg');
    expect(t).toContain('Jamie Quell ceoOf Tarnabg');
  });

  it('keeps the antecedent as subject after a passive first half or a pronoun of its own', () => {
    const t = triples(analyse('Berlin – Die Plattform Quellbook, die 2004 von Mark Tarn gegründet wurde und ihren Sitz im kalifornischen Menlo Park hat, wehrt sich. (dpa, 1.2.2025)\n'));
    expect(t).toContain('Quellbook locatedIn Menlo Park');
    expect(t).not.toContain('Mark Tarn locatedIn Menlo Park');
  });
});

describe('English places before "-based" descriptions', () => {
  const en = (text: string) => analyse(text, 'en');
  it('reads "the Los Gatos, California-based company" as the company named before, based there', () => {
    const t = triples(en('LOS GATOS, California (Reuters) - Quellflix Inc reported results on Thursday. Shares of the Los Gatos, California-based company rose in extended trading. (Reuters, May 5, 2025)\n'));
    expect(t).toContain('Quellflix Inc locatedIn Los Gatos');
  });

  it('reads "rose" after a noun as the verb, and "the Basel-based parent" as a company', () => {
    const doc = en('BASEL (Reuters) - Quellmed AG sold its unit. The Basel-based parent fired both executives. (Reuters, May 5, 2025)\n');
    expect(triples(doc)).toContain('Quellmed AG locatedIn Basel');
  });
});

describe('towns with a first word', () => {
  it('reads "aus Bad Ischl" as a town the list lacks, and the seat of the firm before it', () => {
    const doc = analyse('Wien – Angestoßen hatte das Verfahren eine Beschwerde des Internetanbieters Quellnet aus Bad Ischl. (APA, 1.2.2025)\n');
    expect(doc.entities.some((e) => e.label === 'Bad Ischl' && e.type === 'City')).toBe(true);
    expect(triples(doc)).toContain('Quellnet locatedIn Bad Ischl');
  });
});

describe('people who work for a firm', () => {
  it('reads "hatte bei der Google-Tochter X geforscht" as working for X', () => {
    const t = triples(analyse('London – Der Forscher Max Quell hatte zuvor bei der Google-Tochter Tarnmind geforscht. (dpa, 1.2.2025)\n'));
    expect(t).toContain('Max Quell worksFor Tarnmind');
  });

  it('reads "leitete das Marketing des X" as working for X', () => {
    const t = triples(analyse('Graz – Der Manager Max Quell leitete zuletzt das Marketing des Online-Supermarkts Hofquell. (APA, 1.2.2025)\n'));
    expect(t).toContain('Max Quell worksFor Hofquell');
  });

  it('reads "Tevanors Entwicklungschef X" as working for the firm in the genitive', () => {
    const t = triples(analyse('Erlangen – Die Medizintechnikfirma Tarnovor wächst. Pikant ist, dass Tarnovors Entwicklungschef Jörg Quell bis 2020 dort gearbeitet hatte. (dpa, 1.2.2025)\n'));
    expect(t).toContain('Jörg Quell worksFor Tarnovor');
  });
});

describe('makers of products', () => {
  it('reads "des von X entwickelten Betriebssystems Y" with the participle the tagger takes for a finite verb', () => {
    const t = triples(analyse('Berlin – Neue Handys sollen keine Updates des von Google entwickelten Betriebssystems Android mehr erhalten. (dpa, 1.2.2025)\n'));
    expect(t).toContain('Google developerOf Android');
  });

  it('reads "Mit dem Chatbot X gilt die Firma als …" as the subject\'s product', () => {
    const t = triples(analyse('San Francisco – Die Firma Quellthropic wächst. Mit dem Chatbot Tarnaude gilt die Firma als Herausforderer von OpenAI. (dpa, 1.2.2025)\n'));
    expect(t).toContain('Quellthropic developerOf Tarnaude');
  });

  it('reads English "X\'s Y models" as X\'s product', () => {
    const t = triples(analyse('MENLO PARK (Reuters) - The gap widened after the latest version of Quellmeta\'s Tarnama models drew a lukewarm response. (Reuters, May 5, 2025)\n', 'en'));
    expect(t).toContain('Quellmeta developerOf Tarnama');
  });
});

describe('English investors', () => {
  it('reads "backed by the U.S. venture capital firm X" with the article before the place', () => {
    const t = triples(analyse('LONDON (AP) - The streaming service Quellenzo, which is backed by the U.S. venture capital firm Tarnridge Partners, says it has 28 million users. (AP, May 5, 2025)\n', 'en'));
    expect(t).toContain('Tarnridge Partners investedIn Quellenzo');
  });
});
