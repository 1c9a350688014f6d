// Constructions of everyday agency news that session 12 found missing or
// misread, each on a short text written for this test with invented names.
import { describe, expect, it } from 'vitest';
import { analyse, triples } from './analyse.js';

const en = (text: string) => analyse(text, 'en');
const typeOf = (doc: ReturnType<typeof analyse>, label: string) => doc.entities.find((e) => e.label === label)?.type;

describe('where organisations sit', () => {
  it('reads an unknown name before "-based" as a town ("the Quellholm-based firm")', () => {
    const doc = en('LONDON (Reuters) - Tarnwerk sued Brisko on Monday, accusing the Quellholm-based firm of copying its software. (Reuters, May 5, 2025)\n');
    expect(typeOf(doc, 'Quellholm')).toBe('City');
    expect(triples(doc)).toContain('Brisko locatedIn Quellholm');
  });

  it('lets several nouns stand between "-based" and the name ("Nashville-based audio software group X")', () => {
    const doc = en('LONDON (Reuters) - Loopvale was bought last year by Nashville-based audio software group Tarnwerk Audio. (Reuters, May 5, 2025)\n');
    expect(triples(doc)).toContain('Tarnwerk Audio locatedIn Nashville');
  });

  it('places a company in the town of "Town, State-based" ("a Burbank, California-based company")', () => {
    const doc = en('LONDON (Reuters) - Reelvale is owned by Tarnwerk Media, a Burbank, California-based company that also runs the podcast network Quellcast. (Reuters, May 5, 2025)\n');
    const t = triples(doc);
    expect(t).toContain('Tarnwerk Media locatedIn Burbank');
    expect(t).toContain('Burbank locatedIn California');
  });

  it('does not take a court before "the Town, State-based" subject of the next clause as being there', () => {
    const doc = en('LONDON (Reuters) - In a complaint filed in the Delaware Court of Chancery, the Boise, Idaho-based grocer Tarnmart accused Quellco of breaching the agreement. (Reuters, May 5, 2025)\n');
    expect(triples(doc).filter((x) => x.startsWith('Court of Chancery locatedIn'))).not.toContain('Court of Chancery locatedIn Boise');
  });

  it('places a court or an authority named with its town ("vor dem Bundesgerichtshof in Karlsruhe", "der Aufsichtsbehörde in Bern")', () => {
    const doc = analyse('Berlin – Quellbox war damit im April vor dem Bundesgerichtshof in Karlsruhe gescheitert. Zu Tarnwerk äußere man sich nicht, sagte eine Sprecherin der Aufsichtsbehörde in Bern. (dpa, 1.2.2025)\n');
    const t = triples(doc);
    expect(t.some((x) => /Court of Justice locatedIn Karlsruhe|Bundesgerichtshof locatedIn Karlsruhe/.test(x))).toBe(true);
    expect(t).toContain('Aufsichtsbehörde locatedIn Bern');
  });

  it('names a court introduced without its name by its town ("ein Gericht im chinesischen Fuzhou")', () => {
    const doc = analyse('Berlin – Vor wenigen Tagen hatte ein Gericht im chinesischen Fuzhou den Verkauf von Geräten der Quellbox AG gestoppt. Das Gericht begründete das nicht. (dpa, 1.2.2025)\n');
    const court = doc.entities.find((e) => e.type === 'Court');
    expect(court?.label).toBe('Gericht in Fuzhou');
    expect(court?.aliases).toContain('Gericht');
    const t = triples(doc);
    expect(t).toContain('Gericht in Fuzhou locatedIn Fuzhou');
    expect(t).toContain('Fuzhou locatedIn China');
  });

  it('keeps the English kind of such a court in its name ("a federal court in Seattle")', () => {
    const doc = en('SEATTLE (Reuters) - Tarnwerk sued Quellbox in a federal court in Seattle on Monday. (Reuters, May 5, 2025)\n');
    expect(triples(doc)).toContain('federal court in Seattle locatedIn Seattle');
  });

  it('places a named company in the town after it ("die Tochter Quellbox Medical GmbH in Tuttlingen")', () => {
    const doc = analyse('Berlin – Die Leitung übernimmt Eva Brandauer, die bisher die deutsche Tochter Quellbox Medical GmbH in Tuttlingen geführt hat. (dpa, 1.2.2025)\n');
    expect(triples(doc)).toContain('Quellbox Medical GmbH locatedIn Tuttlingen');
  });
});

describe('names', () => {
  it('knows a first name written with an accent the lists spell without ("Tomás")', () => {
    const doc = analyse('Berlin – Die Firma wurde 2016 von Tomás Quellreyna in Berlin gegründet. (dpa, 1.2.2025)\n');
    expect(typeOf(doc, 'Tomás Quellreyna')).toBe('Person');
  });

  it('does not strip an umlaut to find a first name ("im Süden Österreichs")', () => {
    const doc = analyse('Linz – Quellbox will seine Präsenz im Süden Österreichs ausbauen. (APA, 1.2.2025)\n');
    expect(doc.entities.filter((e) => e.type === 'Person')).toEqual([]);
  });
});

describe('names and roles next to common nouns', () => {
  it('ends a German first name and surname before a dictionary noun ("Tobias Quellmann Geldwäsche vor")', () => {
    const doc = analyse('Berlin – Die Staatsanwaltschaft wirft dem früheren Finanzvorstand Tobias Quellmann Geldwäsche vor. (dpa, 1.2.2025)\n');
    expect(typeOf(doc, 'Tobias Quellmann')).toBe('Person');
    expect(triples(doc)).toContain('Staatsanwaltschaft accused Tobias Quellmann');
  });

  it('keeps a firm\'s name of several words whole ("Alder Quell Sports Partners")', () => {
    const doc = analyse('Berlin – Die US-Investorengruppe Tarn Creek Sports Partners übernimmt 80 Prozent der Anteile an Quellbox. (dpa, 1.2.2025)\n');
    expect(doc.entities.map((e) => e.label)).toContain('Tarn Creek Sports Partners');
  });

  it('reads a board member by portfolio before a name as a role, and the body alone as a body', () => {
    const role = analyse('Berlin – Quellbox trennt sich von Finanzvorstand Tobias Quellmann. (dpa, 1.2.2025)\n');
    expect(role.entities.map((e) => e.label)).not.toContain('Finanzvorstand');
    const body = analyse('Berlin – Der Vorstand von Quellbox hat die Pläne gebilligt. (dpa, 1.2.2025)\n');
    expect(body.entities.find((e) => e.label === 'Vorstand')?.type).toBe('Organization');
  });

  it('keeps the German dative "der Koalition Merz" apart from a role', () => {
    const doc = analyse('Berlin – Wer aus den Reihen der Koalition Quellmann die Stimme verweigert hatte, blieb offen. (dpa, 1.2.2025)\n');
    expect(doc.entities.map((e) => e.label)).toContain('Koalition');
  });

  it('reads no English genitive without an apostrophe ("Lloyds Banking Group")', () => {
    const doc = en('LONDON (Reuters) - In Britain, customers of Lloyds Banking Group and its Halifax brand reported problems. (Reuters, May 5, 2025)\n');
    expect(doc.entities.map((e) => e.label)).toContain('Lloyds Banking Group');
  });
});

describe('authorities described, not named', () => {
  it('gives a bracketed abbreviation after a long description its class and gender, so that "Sie" finds it', () => {
    const doc = analyse('Frankfurt – Das Verfahren führt die bei der Staatsanwaltschaft angesiedelte Zentralstelle zur Bekämpfung der Internetkriminalität (ZQT). Sie wirft dem Gründer Tobias Quellmann Betrug vor. (dpa, 1.2.2025)\n');
    expect(typeOf(doc, 'ZQT')).toBe('GovernmentAgency');
    expect(triples(doc)).toContain('ZQT accused Tobias Quellmann');
  });

  it('names an authority by its description and complement before its abbreviation', () => {
    const doc = analyse('Frankfurt – Die Ermittlungen führt die Zentralstelle zur Bekämpfung der Internetkriminalität (ZQT). (dpa, 1.2.2025)\n');
    const e = doc.entities.find((x) => x.aliases.includes('ZQT') || x.label === 'ZQT');
    expect([e?.label, ...(e?.aliases ?? [])]).toContain('Zentralstelle zur Bekämpfung der Internetkriminalität');
  });

  it('lets "Sie" point to a feminine authority with its short form ("die Datenschutzbehörde (DSB). Sie …")', () => {
    const doc = analyse('Wien – Die Ermittlungen führt die Datenschutzbehörde (DSB). Sie wirft der Firma Quellbox Verstöße vor. (APA, 1.2.2025)\n');
    expect(triples(doc)).toContain('Datenschutzbehörde accused Quellbox');
  });

  it('makes an institution of a country or state its own entity ("der hessischen Polizei"), not the agency named before', () => {
    const doc = analyse('Frankfurt – Beamte des Bundeskriminalamts und der hessischen Polizei durchsuchten die Büros von Quellbox. (dpa, 1.2.2025)\n');
    const t = triples(doc);
    expect(doc.entities.map((e) => e.label)).toContain('hessische Polizei');
    expect(t).toContain('hessische Polizei locatedIn Hesse');
    expect(t.filter((x) => x.includes('Police Office locatedIn') || x.includes('Bundeskriminalamt locatedIn'))).toEqual([]);
  });

  it('lets a town\'s authority or a generic noun refer back ("die Bonner Behörde")', () => {
    const doc = analyse('Bonn – Das Bundeskartellamt hat Quellbox ein Bußgeld auferlegt. Die Bonner Behörde warf der Firma Absprachen vor. (dpa, 1.2.2025)\n');
    expect(doc.entities.map((e) => e.label)).not.toContain('Bonner Behörde');
  });
});

describe('English genitives of owners', () => {
  it('reads a name in "s" with an apostrophe alone as a genitive ("Tarnwerks Games\' Quellnite")', () => {
    const doc = en('LONDON (Reuters) - The fault disrupted everything from Snap\'s Snapchat and Epic Games\' Quellnite to online banking. (Reuters, May 5, 2025)\n');
    expect(triples(doc)).toContain('Epic Games owns Quellnite');
  });

  it('lets a noun for what the company runs stand between owner and name ("PayPal\'s payment app Quellmo")', () => {
    const doc = en('LONDON (Reuters) - Customers hit by the disruption included PayPal\'s payment app Quellmo. (Reuters, May 5, 2025)\n');
    expect(triples(doc)).toContain('PayPal owns Quellmo');
  });
});

describe('descriptions and relative clauses', () => {
  const chain = 'Wels – Die Supermarktkette Quellmann übernimmt 34 Filialen ihres Konkurrenten Tarnfeld. Von den 61 Märkten der Kette sollen zwölf schließen. Mit dem Zukauf wächst die 1953 von Josef Quellmann in Wels gegründete Kette auf 152 Märkte. Sie gehört mehrheitlich der Gründerfamilie, ein Drittel hält seit 2021 die Salzburger Beteiligungsgesellschaft Brisko Capital. (APA, 1.2.2025)\n';

  it('reads a founder and place inside a participle phrase before the noun ("die 1953 von X in Wels gegründete Kette")', () => {
    const t = triples(analyse(chain));
    expect(t).toContain('Josef Quellmann founded Quellmann');
    expect(t).toContain('Quellmann foundedIn 1953');
    expect(t).toContain('Quellmann locatedIn Wels');
    expect(t.filter((x) => x.startsWith('Josef Quellmann founded'))).toEqual(['Josef Quellmann founded Quellmann']);
  });

  it('reads a fraction held as a stake in the company talked about ("ein Drittel hält X")', () => {
    expect(triples(analyse(chain))).toContain('Brisko Capital investedIn Quellmann');
  });

  it('points a masculine relative pronoun past "aus" and a town to the name before ("X aus Osaka, der sich … beteiligt hat")', () => {
    const doc = analyse('Erfurt – Die Scheiben liefert der japanische Konzern Quellmoto Materials aus Osaka, der sich mit 20 Prozent an der Betreibergesellschaft Tarnwerk Erfurt GmbH beteiligt hat. (dpa, 1.2.2025)\n');
    expect(triples(doc)).toContain('Quellmoto Materials investedIn Tarnwerk Erfurt GmbH');
  });

  it('does not read "die Gewerkschaft" as a company', () => {
    const doc = analyse('Erfurt – Der Chiphersteller Quellmann hat ein Werk eröffnet. Kritik kam von der IG Metall: Quellmann verweigere einen Tarifvertrag, warf die Gewerkschaft dem Unternehmen vor. (dpa, 1.2.2025)\n');
    expect(triples(doc)).toContain('IG Metall accused Quellmann');
  });
});

describe('English clubs, deals and what was said', () => {
  const club = 'LONDON (Reuters) - English Championship club Quellcombe Rovers have ended their shirt sponsorship with online bookmaker Brisbay a year early and signed a three-year deal with heat-pump installer Tarnstone Energy, the club said on Thursday. The club, which was bought in 2023 by U.S. investment firm Vellport Sports Partners, lost in the play-off semi-finals. Malta-based Brisbay said it was disappointed and accused Quellcombe of putting short-term money first. (Reuters, June 26, 2025)\n';

  it('ends a sponsorship and signs a deal: terminatedContractWith and partnerOf, with the club as subject', () => {
    const t = triples(en(club));
    expect(t).toContain('Quellcombe Rovers terminatedContractWith Brisbay');
    expect(t).toContain('Quellcombe Rovers partnerOf Tarnstone Energy');
    expect(t.filter((x) => x.startsWith('English Championship'))).toEqual([]);
  });

  it('keeps "by" for an agent after a place and nouns ("bought by U.S. investment firm X")', () => {
    expect(triples(en(club))).toContain('Vellport Sports Partners acquired Quellcombe Rovers');
  });

  it('reads "X said it was …" as X speaking of itself', () => {
    expect(triples(en(club))).toContain('Brisbay accused Quellcombe Rovers');
  });

  it('does not read "accused him of" as the speaker', () => {
    const doc = en('LONDON (Reuters) - Mark Tarnwell, who bought the company in 2022, called Justice Peter Quellmoore an "evil dictator" and accused him of censoring speech. (Reuters, June 26, 2025)\n');
    expect(triples(doc).filter((x) => x.startsWith('Mark Tarnwell accused'))).toEqual(['Mark Tarnwell accused Peter Quellmoore']);
  });
});

describe('newspapers in quotes', () => {
  it('reads one quoted word that ends in a newspaper word as a name ("der Magdeburger „Volksstimme“", "den „Lahn-Kurier“")', () => {
    const doc = analyse('Gießen – Der Zeitungsverlag Quellhorst Medien ist zahlungsunfähig. Das Unternehmen, das den „Tarn-Kurier“, das „Vogelsberger Quellblatt“ und drei kostenlose Anzeigenblätter herausgibt, hat Insolvenz beantragt. Zuvor hatte die Magdeburger „Volksstimme“ berichtet. (dpa, 1.2.2025)\n');
    const labels = doc.entities.map((e) => e.label);
    expect(labels).toEqual(expect.arrayContaining(['Tarn-Kurier', 'Volksstimme']));
    const t = triples(doc);
    expect(t).toContain('Quellhorst Medien owns Tarn-Kurier');
    expect(t).toContain('Quellhorst Medien owns Vogelsberger Quellblatt');
  });

  it('leaves a single quoted word of the dictionary that names no newspaper alone ("die „Zeitenwende“")', () => {
    const doc = analyse('Berlin – Der Kanzler hat die „Zeitenwende“ ausgerufen. (dpa, 1.2.2025)\n');
    expect(doc.entities.map((e) => e.label)).not.toContain('Zeitenwende');
  });
});

describe('known names in inflected and compound forms', () => {
  it('finds a two-word name in the genitive with "-es" ("des Weißen Hauses")', () => {
    const doc = analyse('Washington – Die Behörde sei vor dem Druck des Weißen Hauses eingeknickt, sagte Quellmann. (dpa, 1.2.2025)\n');
    expect(doc.entities.find((e) => e.label === 'White House')?.aliases).toContain('Weißen Hauses');
  });

  it('reads the rest of a compound on a name as a role before a person ("mit der früheren McKinsey-Beraterin X gegründet")', () => {
    const doc = analyse('Bremen – Olaf Quellmann hatte die Firma Tarnkontor 2016 gemeinsam mit der früheren McKinsey-Beraterin Jana Brisk gegründet. (dpa, 1.2.2025)\n');
    const t = triples(doc);
    expect(t).toContain('Jana Brisk worksFor McKinsey & Company');
    expect(t).toContain('Olaf Quellmann founded Tarnkontor');
  });

  it('does not let an app refer back to a product seen only inside a compound ("auf Bitcoin-Guthaben … die App")', () => {
    const doc = analyse('Zürich – Die Kryptoplattform Quellrix warb mit Zinsen auf Bitcoin-Guthaben. Beliebt war die App vor allem bei jungen Anlegern. (SDA, 1.2.2025)\n');
    const app = doc.mentions.find((m) => m.text === 'App');
    expect(doc.entities.find((e) => e.key === app?.entity)?.label).not.toBe('Bitcoin');
  });
});

describe('heads of broadcasters', () => {
  it('reads "Intendant" as the head of a broadcaster, in a compound and under its organisation', () => {
    const doc = analyse('Berlin – Den Senderverbund führt WDR-Intendant Tom Quellrow. Danach soll der Südwestrundfunk (SWR) unter seinem Intendanten Kai Tarnke übernehmen. (dpa, 1.2.2025)\n');
    const t = triples(doc);
    expect(t).toContain('Tom Quellrow ceoOf Westdeutscher Rundfunk');
    expect(t).toContain('Kai Tarnke ceoOf Südwestrundfunk');
  });

  it('reads leaving or taking an office "als Intendantin des X"', () => {
    const doc = analyse('Potsdam – Patricia Quellinger ist als Intendantin des Senders Tarnfunk zurückgetreten. (dpa, 1.2.2025)\n');
    expect(triples(doc)).toContain('Patricia Quellinger ceoOf Tarnfunk');
  });
});

describe('groups named by bare plurals', () => {
  it('makes a group of a plural compound on a group noun after a number or a verb ("rund 4.000 Handwerksbetriebe")', () => {
    const doc = analyse('Wien – Über Quellzeit schreiben Privatkunden Aufträge aus, um die sich derzeit rund 4.000 Handwerksbetriebe bewerben. (APA, 1.2.2025)\n');
    const groups = doc.entities.filter((e) => e.type === 'Group').map((e) => e.label);
    expect(groups).toEqual(expect.arrayContaining(['Privatkunden', 'Handwerksbetriebe']));
  });

  it('makes an English group of a group noun after a number ("about 2.1 million households")', () => {
    const doc = en('TORONTO (Reuters) - The deal gives Quellcove access to about 2.1 million households in Ontario. (Reuters, May 5, 2025)\n');
    expect(doc.entities.filter((e) => e.type === 'Group').map((e) => e.label)).toContain('households');
  });

  it('keeps a role pattern on the body it names, not on a group whose name contains it ("Betriebsratsmitglieder")', () => {
    const doc = analyse('Berlin – Der Betriebsrat des Lieferdiensts Quellbote protestiert. Die Firma hat drei Betriebsratsmitglieder entlassen. Der Betriebsratsvorsitzende Deniz Tarnsoy sprach von Zermürbung. (dpa, 1.2.2025)\n');
    expect(triples(doc).filter((t) => t.startsWith('Deniz Tarnsoy ceoOf'))).toEqual(['Deniz Tarnsoy ceoOf Betriebsrat']);
  });
});

describe('parties, ministries and titles in quotes', () => {
  it('reads a branch of a known party as the party ("an der Spitze der Landes-CDU")', () => {
    const doc = analyse('Magdeburg – Holger Quellknecht, der seit 2018 an der Spitze der Landes-CDU stand, trat zurück. (dpa, 1.2.2025)\n');
    expect(triples(doc)).toContain('Holger Quellknecht ceoOf Christian Democratic Union');
  });

  it('does not read taking over a ministry\'s portfolio as buying it ("das Innenressort übernehmen")', () => {
    const doc = analyse('Magdeburg – Finanzminister Michael Quellter soll das Innenressort zusätzlich übernehmen. (dpa, 1.2.2025)\n');
    expect(triples(doc).filter((t) => t.includes(' acquired '))).toEqual([]);
  });

  it('places a newspaper in quotes after a town\'s adjective ("der Magdeburger „Volksstimme“")', () => {
    const doc = analyse('Magdeburg – Auslöser war ein Interview mit der Magdeburger „Volksstimme“, das der Minister nicht abgesprochen hatte. (dpa, 1.2.2025)\n');
    expect(triples(doc)).toContain('Volksstimme locatedIn Magdeburg');
    expect(doc.entities.filter((e) => e.type === 'Person').map((e) => e.label)).not.toContain('Magdeburger');
  });
});

describe('acting against and speaking through', () => {
  it('does not read a raid "gegen X vorgegangen" as a lawsuit, but legal action as one', () => {
    const raid = analyse('Frankfurt – Mit einer Razzia sind Ermittler am Dienstag gegen die Kryptobörse Quellbit vorgegangen. (dpa, 1.2.2025)\n');
    expect(triples(raid).filter((t) => t.includes(' sued '))).toEqual([]);
    const suit = analyse('Frankfurt – Die Firma Tarnwerk ist im März rechtlich gegen die Kryptobörse Quellbit vorgegangen. (dpa, 1.2.2025)\n');
    expect(triples(suit)).toContain('Tarnwerk sued Quellbit');
  });

  it('reads "X ließ … über einen Sprecher zurückweisen" as X\'s spokesperson', () => {
    const doc = analyse('Frankfurt – Die Finanzaufsicht BaFin prüft die Firma Quellbit. Gründer Dominik Tarnscher ließ die Vorwürfe über einen Sprecher zurückweisen. (dpa, 1.2.2025)\n');
    const t = triples(doc);
    expect(t).toContain('Sprecher spokespersonOf Dominik Tarnscher');
    expect(t.filter((x) => x.startsWith('Sprecher spokespersonOf')).length).toBe(1);
  });
});

describe('competitors', () => {
  it('reads an adverb before a place phrase inside an attribute ("mit dem ebenfalls in Dornbirn ansässigen Branchenriesen X")', () => {
    const doc = analyse('Dornbirn – Der Hersteller Quellstein konkurriert mit dem ebenfalls in Dornbirn ansässigen Branchenriesen Tarntobel. (APA, 1.2.2025)\n');
    expect(triples(doc)).toContain('Quellstein competitorOf Tarntobel');
  });

  it('does not read "has been trying to compete" as a passive', () => {
    const doc = en('TOKYO (Reuters) - Quellkawa has been trying to expand its software business to compete with rivals such as Germany\'s SAP and U.S.-based Tarnhattan Associates. (Reuters, May 5, 2025)\n');
    expect(triples(doc)).toContain('Quellkawa competitorOf Tarnhattan Associates');
  });

  it('reads catching up with and closing the gap with as competing, not for a person', () => {
    const doc = en('NEW YORK (Reuters) - Google agreed to buy Quellwiz on Tuesday. Google is trying to catch up with Amazon and Microsoft in cloud computing. Meta Chief Executive Mark Zuckerberg tries to close the gap with rivals such as OpenAI. (Reuters, May 5, 2025)\n');
    const t = triples(doc);
    expect(t).toContain('Google competitorOf Microsoft');
    expect(t.filter((x) => x.startsWith('Mark Zuckerberg competitorOf'))).toEqual([]);
  });
});

describe('coordinated rivals', () => {
  it('keeps coordinating past where the first is from ("mit dem Hersteller X aus Weiterstadt und dem Unternehmen Y")', () => {
    const doc = analyse('Bremen – Das Start-up Quellwerk konkurriert unter anderem mit dem hessischen Hersteller Tarncopter aus Weiterstadt und dem kalifornischen Unternehmen Brisline. (dpa, 1.2.2025)\n');
    const t = triples(doc);
    expect(t).toContain('Quellwerk competitorOf Tarncopter');
    expect(t).toContain('Quellwerk competitorOf Brisline');
  });
});

describe('English genitive owners named only by the text', () => {
  it('reads an organisation in the genitive before a company\'s name as its owner ("BCE\'s Bell Quellmedia Inc.")', () => {
    const doc = en('TORONTO (Reuters) - Northcove competes with Tarnco\'s Quellbell Media Inc. and Rogers Communications. (Reuters, May 5, 2025)\n');
    expect(triples(doc)).toContain('Tarnco owns Quellbell Media Inc.');
  });
});

describe('members of a parliament named by a compound', () => {
  it('makes a group of "Mehrere EU-Abgeordnete", but reads "der CHP-Abgeordnete X" as one person', () => {
    const group = analyse('Brüssel – Mehrere EU-Abgeordnete warfen Quellstral vor, Ausnahmen erkämpft zu haben. (dpa, 1.2.2025)\n');
    expect(triples(group)).toContain('EU-Abgeordnete accused Quellstral');
    const one = analyse('Istanbul – Das sei Zensur, sagte der CHP-Abgeordnete Emre Quelloğlu. (dpa, 1.2.2025)\n');
    expect(one.entities.filter((e) => e.type === 'Group')).toEqual([]);
  });
});

describe('English owners and nouns after adjectives', () => {
  it('reads no owner in "the Chinese-owned video app" and no verb in "the parental controls"', () => {
    const doc = en('LONDON (Reuters) - Britain\'s media regulator Ofcom fined Quelltok for inaccurate information about the parental controls on the Chinese-owned video app. (Reuters, May 5, 2025)\n');
    expect(triples(doc).filter((t) => t.includes(' owns '))).toEqual([]);
  });

  it('still reads a person or company before "-owned" as the owner ("Musk-owned X")', () => {
    const doc = en('LONDON (Reuters) - Advertisers left the Tarnco-owned platform Quellchat last year. (Reuters, May 5, 2025)\n');
    expect(triples(doc)).toContain('Tarnco owns Quellchat');
  });
});

describe('selling a share of a company', () => {
  it('reads "verkauft 51 Prozent seiner Tochter X an Y" as Y acquiring X', () => {
    const doc = analyse('Bonn – Der Konzern Quellkom verkauft 51 Prozent seiner Tochter Tarn Towers an die Finanzinvestoren Briskbridge und Vellfield. (dpa, 1.2.2025)\n');
    const t = triples(doc);
    expect(t).toContain('Briskbridge acquired Tarn Towers');
    expect(t).toContain('Vellfield acquired Tarn Towers');
  });

  it('reads the publisher of a magazine as its head ("Hafenblick-Herausgeberin X")', () => {
    const doc = analyse('Hamburg – Das Online-Magazin Quellblick hatte berichtet. Quellblick-Herausgeberin Marlene Tarnjen kritisierte die Entscheidung. (dpa, 1.2.2025)\n');
    expect(triples(doc)).toContain('Marlene Tarnjen ceoOf Quellblick');
  });
});

describe('authorities in descriptions and rounds', () => {
  it('reads "die österreichische Behörde" as the authority whose name holds the country\'s adjective', () => {
    const doc = analyse('Wien – Die Europäische Zentralbank (EZB) hat dem Fintech Quellmeno die Banklizenz entzogen. Die Entscheidung sei auf Antrag der Finanzmarktaufsicht (FMA) gefallen, teilte die österreichische Behörde mit. (APA, 1.2.2025)\n');
    const t = triples(doc);
    expect(t.filter((x) => x.startsWith('European Central Bank locatedIn'))).toEqual([]);
  });

  it('relates no investor to an authority through a funding round', () => {
    const doc = analyse('Wien – Die Aufsicht habe die Fortschritte ignoriert, sagte Quellmeno-Chef Clemens Tarnauer. Größter Einzelaktionär ist der Berliner Wagniskapitalgeber Brisk Ventures, der 2021 eine Finanzierungsrunde angeführt hatte. (APA, 1.2.2025)\n');
    expect(triples(doc).filter((x) => x.startsWith('Brisk Ventures investedIn') && x.includes('Aufsicht'))).toEqual([]);
  });
});
