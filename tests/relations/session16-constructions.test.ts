// Constructions of everyday agency news that session 16 found missing or
// misread, each on a short text written for this test with invented names.
import { describe, expect, it } from 'vitest';
import { analyse, entityOf, triples } from './analyse.js';


describe('groups named by the plural of any role noun', () => {
  const text =
    'Linz – Die Tarvex AG hat drei Lagerarbeiter entlassen. Spekulanten hätten den Kurs gedrückt, sagten die Staatszensoren. Der Betriebsrat kritisierte die Kündigung der Redakteure. (APA, 1.2.2025)\n';

  it('reads a plural whose singular has a feminine form in -in as a group, also in an unknown compound', () => {
    const doc = analyse(text);
    for (const g of ['Lagerarbeiter', 'Spekulanten', 'Staatszensoren', 'Redakteure']) expect(entityOf(doc, g)?.type, g).toBe('Group');
  });

  it('does not read a plural of a neuter noun whose -in form is another word as a group ("Zeug" is no "Zeugin")', () => {
    const doc = analyse('Linz – Die Tarvex AG hat mehrere Flugzeuge gekauft. (APA, 1.2.2025)\n');
    expect(doc.entities.some((e) => e.type === 'Group')).toBe(false);
  });

  it('leaves people of a place, two partners and the possessor\'s own roles to the rules that read them', () => {
    const doc = analyse(
      'Linz – Der Verlag hat den Stuttgartern vorgeworfen, Fristen verfehlt zu haben. An dem Werk halten beide Partner je die Hälfte. Zu dessen größten Anteilseignern zählt die Velantric Holding. (APA, 1.2.2025)\n',
    );
    for (const g of ['Stuttgartern', 'Partner', 'Anteilseignern']) expect(doc.mentions.some((m) => m.text === g && m.type === 'Group'), g).toBe(false);
  });
});

describe('who a description or pronoun means', () => {
  it('prefers a person who is no object of a preposition for the next sentence\'s description', () => {
    const doc = analyse(
      'Wien (APA) - Neuer Generalsekretär wird mit 1. Juni Tobias Quellbauer, bisher Kabinettschef von Minister Anton Velder. Der 44-jährige Jurist folgt auf Hanna Tarnleitner. (APA, 1.2.2025)\n',
    );
    expect(triples(doc)).toContain('Tobias Quellbauer succeeded Hanna Tarnleitner');
    expect(triples(doc)).not.toContain('Anton Velder succeeded Hanna Tarnleitner');
  });

  it('reads an English name that ends in School as an organisation, whatever first name opens it, so "him" is no school', () => {
    const doc = analyse(
      'NEW YORK (Reuters) - Derek Quellin has claimed that the shooting at Jenny Vale Elementary School was staged. Several parents of the victims are suing him for defamation. (Reuters, Aug. 6, 2024)\n',
    );
    expect(entityOf(doc, 'Jenny Vale Elementary School')?.type).toBe('Organization');
    expect(triples(doc)).toContain('parents sued Derek Quellin');
  });

  it('keeps the English genitive out of the name of "the University of X\'s arm"', () => {
    const doc = analyse('NEW YORK (Reuters) - Tarvex must pay $20 million to the University of Velantria\'s licensing arm. (Reuters, Aug. 6, 2024)\n');
    expect(doc.entities.some((e) => e.label === 'University of Velantria')).toBe(true);
  });
});

describe('English reduced relative clauses', () => {
  it('reads "pages run by X" as about the pages, not the subject of the sentence', () => {
    const doc = analyse('SEATTLE (Reuters) - Velantric Inc took down four pages run by Mara Quellin on Monday. (Reuters, Aug. 6, 2024)\n');
    expect(triples(doc)).not.toContain('Mara Quellin ceoOf Velantric Inc');
  });
});

describe('a regulator\'s fine and an operator described again', () => {
  const text =
    'Wien (APA) - Die Telekom-Control-Kommission (TKK) hat den burgenländischen Mobilfunker Velnaro Mobil wegen mehrerer Netzausfälle zu einer Strafe von 1,2 Millionen Euro verdonnert. Der Betreiber habe gegen seine Pflichten verstoßen, teilte die Behörde mit. Ein Sprecher des Eisenstädter Unternehmens kündigte Einspruch an. Der 2011 gegründete Anbieter hat sich mit günstigen Tarifen vor allem bei Pendlern einen Namen gemacht. Außerhalb des Burgenlands nutzt er das Netz von Magenta Telekom. (APA, 5.3.2024)\n';

  it('reads "zu einer Strafe verdonnert" as a ruling against the firm', () => {
    expect(triples(analyse(text))).toContain('Telekom-Control-Kommission ruledAgainst Velnaro Mobil');
  });

  it('reads "Der Betreiber habe" as the firm, not as a group of operators', () => {
    const doc = analyse(text);
    expect(doc.mentions.find((m) => m.text === 'Betreiber')?.type).not.toBe('Group');
  });

  it('knows a state capital under ten thousand inhabitants and its adjective of origin', () => {
    const t = triples(analyse(text));
    expect(t).toContain('Velnaro Mobil locatedIn Eisenstadt');
    expect(t).toContain('Sprecher spokespersonOf Velnaro Mobil');
  });

  it('takes a year before a participle for no count, so "Der 2011 gegründete Anbieter" and then "er" are the firm', () => {
    const t = triples(analyse(text));
    expect(t).toContain('Velnaro Mobil foundedIn 2011');
    expect(t).toContain('Velnaro Mobil popularAmong Pendlern');
    expect(t).toContain('Velnaro Mobil hostedBy T-Mobile Austria');
  });
});

describe('publishers and their titles', () => {
  it('reads "das Haus" as the firm talked about', () => {
    const doc = analyse('Arnsberg – Der Verlag Quellmann Medien legt zwei Zeitungen zusammen. Verleger Friedrich Quellmann, der das Haus in dritter Generation führt, begründete den Schritt mit Kosten. (dpa, 18.4.2024)\n');
    expect(triples(doc)).toContain('Friedrich Quellmann ceoOf Quellmann Medien');
  });

  it('reads "die zur X gehörende Y" as Y belonging to X, also with a title in quotes', () => {
    const t = triples(analyse('Essen – Tarvex konkurriert mit der zur Velantric AG gehörenden Ostrello. Das gilt auch für die zur Velantric AG gehörende „Ostpost“. (dpa, 18.4.2024)\n'));
    expect(t).toContain('Ostrello subsidiaryOf Velantric AG');
    expect(t).toContain('Ostpost subsidiaryOf Velantric AG');
  });

  it('takes an inflected title ("des „Quellbach-Boten“") for the title named before', () => {
    const doc = analyse('Arnsberg – Künftig erscheint der „Quellbach-Bote“ nur noch online. Die Redaktion des „Quellbach-Boten“ wird aufgelöst. (dpa, 18.4.2024)\n');
    expect(entityOf(doc, 'Quellbach-Boten')?.label).toBe('Quellbach-Bote');
  });
});

describe('founders, new chiefs and the firm described again', () => {
  const text =
    'Allschwil (awp/sda) - Reto Quellmann, Gründer des Basler Biotechunternehmens Velantra Therapeutics, gibt die operative Führung ab. Nachfolgerin wird Carla Tarnutzer, die bisher beim Pharmakonzern Novartis die Entwicklung verantwortete. Bis zu ihrem Amtsantritt führt Finanzchef Daniel Ostrig die Firma ad interim. (awp/sda, 6.5.2024)\n';

  it('splits a compound on a long noun whose first part no dictionary knows, so it stays out of the name', () => {
    const doc = analyse(text);
    expect(doc.entities.some((e) => e.label === 'Velantra Therapeutics')).toBe(true);
    expect(triples(doc)).toContain('Reto Quellmann founded Velantra Therapeutics');
  });

  it('does not take a firm named under a preposition in a relative clause for "die Firma" later', () => {
    const t = triples(analyse(text));
    expect(t).not.toContain('Daniel Ostrig ceoOf Novartis');
    expect(t.some((x) => x.startsWith('Daniel Ostrig') && x.endsWith('Velantra Therapeutics'))).toBe(true);
  });
});

describe('a founder described by her former job', () => {
  const text =
    'Köln (dpa) - Der Kölner Streamingdienst Quellwerk zeigt künftig alle Spiele der Liga. Der Westdeutsche Tennisverband (WTV) hat dem Start-up die Rechte zugesprochen. Quellwerk setzte sich gegen MagentaSport durch, den Sportkanal der Deutschen Telekom. „Wir sind stolz“, sagte Quellwerk-Chefin Lea Tarnhoff. Die frühere Sportreporterin hatte das Unternehmen 2019 mit dem Softwareentwickler Tarik Ostrig gegründet. (dpa, 14.5.2024)\n';

  it('reads a sentence that opens on any role noun and a verb as about the person named before', () => {
    const doc = analyse(text);
    expect(entityOf(doc, 'Sportreporterin')?.label).toBe('Lea Tarnhoff');
  });

  it('takes the firm in that person\'s role compound for "das Unternehmen" she founded', () => {
    const t = triples(analyse(text));
    expect(t).toContain('Lea Tarnhoff founded Quellwerk');
    expect(t).toContain('Tarik Ostrig founded Quellwerk');
    expect(t).toContain('Quellwerk foundedIn 2019');
    expect(t).not.toContain('Lea Tarnhoff founded Deutsche Telekom');
  });

  it('does not let a bracket after a name end the clause, so "dem Start-up" is not the subject', () => {
    const doc = analyse(text);
    expect(entityOf(doc, 'Start-up')?.label).toBe('Quellwerk');
  });
});

describe('an attribute with prepositional phrases before the noun', () => {
  const text =
    'Graz (APA) - Das Grazer Start-up Quellvision zieht vor Gericht. Das auf Bildverarbeitung für die industrielle Qualitätskontrolle spezialisierte Unternehmen wirft Stefan Tarnig vor, Quellcode kopiert zu haben. Auf Antrag des Start-ups hat das Landesgericht bereits eine einstweilige Verfügung erlassen. (APA, 23.1.2025)\n';

  it('finds the article that opens a long participle attribute, so its noun describes the firm and is the subject', () => {
    expect(triples(analyse(text))).toContain('Quellvision accused Stefan Tarnig');
  });

  it('reads an injunction issued "auf Antrag des X" as granted to X', () => {
    expect(triples(analyse(text)).some((t) => t.endsWith('grantedInjunction Quellvision'))).toBe(true);
  });

  it('keeps an article after a preposition as the opener when the attribute follows it ("für den von X entwickelten Y")', () => {
    const t = triples(analyse('Karlsruhe – Die Softwarefirma Zielquell verkauft Zusatzprogramme für den von Sturmtal Games entwickelten Online-Shooter „Aschquell“. (dpa, 6.9.2024)\n'));
    expect(t).not.toContain('Zielquell developerOf Aschquell');
  });
});

describe('names with a plus', () => {
  it('keeps "Quell+Tarn" and "Velantra+" whole as names', () => {
    const doc = analyse('Hamburg – Gebaut werden die Schiffe bei der Hamburger Werft Quell+Tarn, die zur Bremer Ostrig-Gruppe gehört. Der Dienst Velantra+ wächst. (dpa, 13.3.2020)\n');
    expect(doc.tokens.some((t) => t.text === 'Quell+Tarn')).toBe(true);
    expect(doc.tokens.some((t) => t.text === 'Velantra+')).toBe(true);
    expect(triples(doc)).toContain('Quell+Tarn locatedIn Hamburg');
  });
});

describe('an airline fine', () => {
  const text =
    'Madrid/Wien (APA) - Spanien hat fünf Billigfluglinien zu Strafen verdonnert, wie das spanische Verbraucherschutzministerium am Freitag mitteilte. Die zum britisch-spanischen Luftfahrtkonzern Tarvia gehörende Quellflug soll 39 Millionen Euro zahlen, kleinere Beträge entfallen auf Ostrair und Velotair. Die Behörde wirft den Airlines unzulässige Gebühren vor. Die Entscheidung sei ein Signal, sagte der Politiker des Linksbündnisses Sumar, Pablo Bustinduy. Die Airline Quellflug Europe mit Sitz auf Malta fliegt ab Wien. (APA, 22.11.2024)\n';

  it('takes adjectives in "die zum britisch-spanischen Konzern X gehörende Y"', () => {
    expect(triples(analyse(text))).toContain('Quellflug subsidiaryOf Tarvia');
  });

  it('does not resolve "Die Behörde" to an airline typed by its capital letter alone', () => {
    const doc = analyse(text);
    expect(entityOf(doc, 'Behörde')?.type).toBe('GovernmentAgency');
  });

  it('reads "sagte der Politiker des Linksbündnisses X" as one person, a member of the party', () => {
    const doc = analyse(text);
    expect(doc.mentions.find((m) => m.text === 'Politiker')?.type).toBe('Person');
    expect(triples(doc)).toContain('Pablo Bustinduy memberOf Sumar');
  });

  it('reads "mit Sitz auf Malta" as the seat', () => {
    expect(triples(analyse(text))).toContain('Quellflug Europe locatedIn Malta');
  });
});

describe('leading a firm as its chief', () => {
  it('reads "…, die es seither als Geschäftsführerin leitet" as leading the firm of the clause before', () => {
    const t = triples(analyse('Wien – Gegründet hat Tom Quellner das Start-up Quellmed 2022 gemeinsam mit der Pharmazeutin Eva Tarnleit, die es seither als Geschäftsführerin leitet. Gegründet wurde die Firma Tarvex 2021 von Konstantin Ostrig, der sie als Vorstandschef führt. (APA, 1.2.2025)\n'));
    expect(t).toContain('Eva Tarnleit ceoOf Quellmed');
    expect(t).toContain('Konstantin Ostrig ceoOf Tarvex');
    expect(t).not.toContain('Tom Quellner ceoOf Quellmed');
  });
});

describe('brands of a group and its subsidiary described', () => {
  const text =
    'Vevey – Der Nahrungsmittelkonzern Quellé hat Konzernchef Laurent Tarnier entlassen. Neuer Chef wird Philipp Ostrig, der bisher die Kaffeetochter Velpresso geleitet hat. Für das Unternehmen aus Vevey, zu dem Marken wie Quellmo, Ostrella und Velantra gehören, kommt der Wechsel zur Unzeit. (sda, 1.9.2025)\n';

  it('takes the noun before "aus Town" for the antecedent of "zu dem", whatever the gender', () => {
    const t = triples(analyse(text));
    for (const brand of ['Quellmo', 'Ostrella', 'Velantra']) expect(t).toContain(`${brand} subsidiaryOf Quellé`);
  });

  it('does not take a company introduced as someone\'s subsidiary for a later "das Unternehmen"', () => {
    const doc = analyse(text);
    expect(entityOf(doc, 'Unternehmen')?.label).toBe('Quellé');
  });
});

describe('a subsidiary named by its parent in a compound', () => {
  const text =
    'Klagenfurt (APA) - Der Diskonter Tarvo beendet die Zusammenarbeit mit der Molkerei Quellhof. Der Vertrag werde nicht verlängert, bestätigte eine Sprecherin der Velantric-Tochter am Dienstag. Quellhof-Gründer und Geschäftsführer Herwig Ostrig zeigte sich enttäuscht. (APA, 14.1.2025)\n';

  it('reads "der Velantric-Tochter" as the subsidiary talked about, owned by Velantric', () => {
    const t = triples(analyse(text));
    expect(t).toContain('Tarvo subsidiaryOf Velantric');
    expect(t).toContain('Sprecherin spokespersonOf Tarvo');
    expect(t).not.toContain('Sprecherin spokespersonOf Velantric');
  });

  it('knows "Diskonter" as a noun for a firm, not part of its name', () => {
    expect(analyse(text).entities.some((e) => e.label === 'Tarvo')).toBe(true);
  });

  it('reads "X-Gründer und Geschäftsführer P" as P leading X', () => {
    expect(triples(analyse(text))).toContain('Herwig Ostrig ceoOf Quellhof');
  });
});

describe('an English hack report', () => {
  const text =
    'VILNIUS (Reuters) - Hackers linked to the Belarusian government broke into the Lithuanian news website Quellas.lt, the agency said. The group was tied to Minsk by researchers at Google\'s Tarvant unit. The website is owned by Ostrava Media. (Reuters, Feb. 12, 2025)\n';

  it('knows more adjectives of nations ("Belarusian") and country domains (".lt")', () => {
    const doc = analyse(text);
    expect(entityOf(doc, 'Belarusian')?.label).toBe('Belarus');
    expect(doc.entities.some((e) => e.label === 'Quellas.lt')).toBe(true);
    expect(triples(doc)).toContain('Ostrava Media owns Quellas.lt');
  });

  it('reads "Google\'s X unit" as X owned by Google, not Google owned by X', () => {
    const t = triples(analyse(text));
    expect(t).toContain('Google owns Tarvant');
    expect(t).not.toContain('Google subsidiaryOf Tarvant');
  });
});

describe('a brewery and what it sells', () => {
  const text =
    'Straubing (dpa) - Die Privatbrauerei Quellecker hat einen neuen Geschäftsführer. Tobias Ostrig war zuletzt bei der Münchner Tarvaner Brauerei Gruppe. Die 1861 gegründete Brauerei setzte zuletzt etwa 180.000 Hektoliter Bier ab. (dpa, 3.2.2025)\n';

  it('does not take a noun for any firm inside another firm\'s name for a repeat of that name', () => {
    const doc = analyse(text);
    const brauerei = doc.mentions.find((m) => m.text === 'Brauerei');
    expect(brauerei?.source).toBe('coref:description');
  });

  it('reads a spelled word after a number as what it counts, not as a name that is dismissed', () => {
    const doc = analyse(text);
    expect(doc.entities.some((e) => e.label.startsWith('Hektoliter'))).toBe(false);
    expect(triples(doc).some((x) => x.includes('dismissed'))).toBe(false);
  });
});

describe('English genitives and nouns after adjectives of nation', () => {
  it('keeps the genitive out of a name that grows from a listed one ("Amazon.com Inc\'s cloud unit")', () => {
    const doc = analyse('SEATTLE (Reuters) - Amazon.com Inc\'s cloud computing unit has agreed to buy Vantaquell, the companies said. (Reuters, June 17, 2025)\n');
    expect(doc.entities.some((e) => /['’]s$/.test(e.label))).toBe(false);
  });

  it('reads "Danish fund X" as a noun, so no group of shareholders funds anyone', () => {
    const t = triples(analyse('COPENHAGEN (Reuters) - Its largest shareholders are venture capital firm Quellzone and Danish fund Tarvegat Capital, which led a funding round in Vantaquell in 2024. (Reuters, June 17, 2025)\n'));
    expect(t.some((x) => x.startsWith('shareholders investedIn'))).toBe(false);
  });
});

describe('staff named with their organisation', () => {
  it('reads "Die Chefjuristin des X aus Town, P" as P working for X', () => {
    const t = triples(analyse('Austin – Der Softwarekonzern Tarvacle verliert vor Gericht. Die Chefjuristin des Softwarekonzerns Tarvacle aus Austin, Dorian Quelley, kritisierte das Urteil. (dpa, 5.4.2021)\n'));
    expect(t).toContain('Dorian Quelley worksFor Tarvacle');
  });

  it('reads a name after "a partner at" as an organisation, and a firm\'s name without its legal form as that firm', () => {
    const doc = analyse('BOSTON (Reuters) - Private equity firm Harlow Quintridge Capital has agreed to buy Tarvexa. Harlow Quintridge will pay $31 per share. He is to be replaced by Lauren Ostrig, an operating partner at Harlow Quintridge. (Reuters, Sept. 2, 2025)\n');
    expect(entityOf(doc, 'Harlow Quintridge')?.label).toBe('Harlow Quintridge Capital');
    expect(triples(doc)).toContain('Lauren Ostrig worksFor Harlow Quintridge Capital');
  });
});

describe('a firm named by a word of origin and dictionary nouns', () => {
  it('keeps "die Kieler Hafen und Logistik AG" whole', () => {
    const doc = analyse('Hamburg (dpa) - Die Stadt hält Anteile an der Kieler Hafen und Logistik AG. Die Firma wächst. (dpa, 13.9.2023)\n');
    expect(doc.entities.some((e) => e.label === 'Kieler Hafen und Logistik AG')).toBe(true);
    expect(doc.entities.some((e) => e.label === 'Logistik AG')).toBe(false);
  });
});

describe('regional heads of an organisation', () => {
  it('reads "der bayerische GDL-Bezirksvorsitzende X" as a member of the union named before, not its chief', () => {
    const t = triples(analyse('Würzburg – Die Lokführergewerkschaft Quellgdl streikt. Der bayerische Quellgdl-Bezirksvorsitzende Uwe Tarnböck nannte das Urteil einen Angriff. (AFP, 13.11.2024)\n'));
    expect(t).toContain('Uwe Tarnböck memberOf Quellgdl');
    expect(t).not.toContain('Uwe Tarnböck ceoOf Quellgdl');
  });
});

describe('a description after a compound on its noun', () => {
  it('takes "die Gruppe" for the one described before as "die Spitalgruppe"', () => {
    const doc = analyse('Aarau (sda) - Die Aargauer Spitalgruppe Quellstal hat den Krankenversicherer Tarvalia verklagt, teilte die Spitalgruppe mit. Der Versicherer weigere sich zu zahlen. Die Gruppe betreibt zwei Spitäler. (sda, 27.8.2024)\n');
    expect(entityOf(doc, 'Gruppe')?.label).toBe('Quellstal');
  });
});
