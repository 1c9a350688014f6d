// Constructions of everyday agency news that session 39 found missing or
// misread, each on a short text written for this test with invented names.
import { describe, expect, it } from 'vitest';
import { analyse, triples } from './analyse.js';

describe('firms and their towns', () => {
  it('places a firm whose short name stands in brackets before "aus" ("die Brauerei Holzkamp (BHK) aus Lindau")', () => {
    const doc = analyse(
      'Kempten (dpa) - Die Sparte übernimmt der bayerische Mittelständler Holzkamp Elektronik (HKE) aus Wangenried, wie das Unternehmen mitteilte. (dpa, 3.4.2024)\n',
    );
    expect(triples(doc)).toContain('Holzkamp Elektronik locatedIn Wangenried');
    // ("Mittelständler" describes the firm; it is no word of its name.)
    expect(doc.entities.filter((e) => e.label.includes('Mittelständler'))).toEqual([]);
  });

  it('reads a hyphenated name before "GmbH" as a firm ("die Elbtal-Kalk GmbH aus Wernitz")', () => {
    const doc = analyse(
      'Bonn (dpa) - Gegen die Elbtal-Kalk GmbH aus Wernitz wurden 61 Millionen Euro fällig, wie das Amt mitteilte. (dpa, 3.4.2024)\n',
    );
    expect(doc.entities.find((e) => e.label === 'Elbtal-Kalk GmbH')?.type).toBe('Company');
    expect(triples(doc)).toContain('Elbtal-Kalk GmbH locatedIn Wernitz');
  });

  it('keeps "& Cie." with the name, so the town after it is the firm\'s and the analyst from it works there', () => {
    const doc = analyse(
      'Basel (sda) - Der Umsatz dürfte weiter sinken, sagte Analyst Jonas Kessler von der Privatbank Aarfeld & Cie. in Basel. Die Bank berät Industriekunden. (sda, 3.4.2024)\n',
    );
    const t = triples(doc);
    expect(t).toContain('Jonas Kessler worksFor Aarfeld & Cie.');
    expect(t).toContain('Aarfeld & Cie. locatedIn Basel');
  });

  it('does not take the town of a move "von der Bank X in Y zur Z" for the town closing the clause', () => {
    const doc = analyse(
      'Basel (sda) - Die Managerin Jana Roth wechselte 2019 von der Privatbank Aarfeld in Basel zur Konkurrentin Ostrava Invest. (sda, 3.4.2024)\n',
    );
    // (Where she came from is the job-change frame's to read; the rule for a closing town stays out of it.)
    expect(doc.relations.filter((r) => r.rule === 'de.pattern.person-from-org-in-town')).toEqual([]);
  });
});

describe('museums', () => {
  it('names "das Norddeutsche Technische Museum in Wesselbeck" and places it in its town', () => {
    const doc = analyse(
      'Wesselbeck (dpa) - Das Norddeutsche Technische Museum in Wesselbeck zeigt ab Freitag eine Ausstellung über Dampfmaschinen. Das Museum erwartet 20.000 Gäste. (dpa, 3.4.2024)\n',
    );
    expect(doc.entities.find((e) => e.label === 'Norddeutsche Technische Museum')?.type).toBe('Organization');
    expect(triples(doc)).toContain('Norddeutsche Technische Museum locatedIn Wesselbeck');
  });
});

describe('short names', () => {
  it('knows "die Evangelische Landeskirchenstiftung" by "die Landeskirchenstiftung" later, a name found from cues', () => {
    const doc = analyse(
      'Minden (dpa) - Die Gewerkschaft Verdi kritisierte die Evangelische Landeskirchenstiftung scharf. Die Landeskirchenstiftung zahle zu wenig, sagte ein Sprecher. (dpa, 3.4.2024)\n',
    );
    const org = doc.entities.find((e) => e.label === 'Evangelische Landeskirchenstiftung');
    expect(org).toBeDefined();
    expect(doc.mentions.filter((m) => m.text === 'Landeskirchenstiftung' && m.entity === org!.key)).toHaveLength(1);
  });
});

describe('names and words that look like names', () => {
  it('reads "Grüne Veltliner" as a wine, not the Green party, and keeps "die Grünen" the party', () => {
    const doc = analyse(
      'Krems (APA) - Das Weingut ist für Rieslinge und Grüne Veltliner bekannt. Die Grünen im Landtag kritisierten den Verkauf. (APA, 3.4.2024)\n',
    );
    const parties = doc.mentions.filter((m) => doc.entities.find((e) => e.key === m.entity)?.type === 'PoliticalParty').map((m) => m.text);
    expect(parties).toEqual(['Die Grünen']);
  });

  it('keeps "Weingut" in the name of a wine estate ("das Weingut Hallerbichl") and knows it by "das Weingut" later', () => {
    const doc = analyse(
      'Krems (APA) - Der Unternehmer Jens Moerk übernimmt das Weingut Hallerbichl in Spitz. Das Weingut gehört seit 1820 der Familie Hallerbichl. (APA, 3.4.2024)\n',
    );
    expect(doc.entities.find((e) => e.label === 'Weingut Hallerbichl')?.type).toBe('Company');
    expect(triples(doc)).toContain('Jens Moerk acquired Weingut Hallerbichl');
  });

  it('reads "die Oldenburger Heidwald Baustoffe" as a firm from Oldenburg', () => {
    const doc = analyse(
      'Bonn (dpa) - Ins Rollen gebracht hatte das Verfahren ein vierter Hersteller, die Oldenburger Heidwald Baustoffe. Die Preise für Baustoffe stiegen. (dpa, 3.4.2024)\n',
    );
    expect(doc.entities.find((e) => e.label === 'Heidwald Baustoffe')?.type).toBe('Company');
    expect(triples(doc)).toContain('Heidwald Baustoffe locatedIn Oldenburg');
    expect(doc.entities.filter((e) => e.label === 'Baustoffe')).toEqual([]);
  });
});

describe('Swiss office holders', () => {
  it('reads "der Lysser Grossrat X (SVP)" as a person of the party from that town, not as an organisation', () => {
    const doc = analyse('Biel (sda) - Der Seeberger Grossrat Urs Wyttenbach (SVP) bedauerte das Ende der Zeitung. Der Kantonsrat stimmte zu. (sda, 3.4.2024)\n');
    expect(doc.entities.find((e) => e.label === 'Urs Wyttenbach')?.type).toBe('Person');
    expect(doc.entities.filter((e) => e.label.startsWith('Grossrat'))).toEqual([]);
    const t = triples(doc);
    expect(t.filter((x) => x.startsWith('Urs Wyttenbach memberOf '))).toHaveLength(1);
  });
});

describe('verbs with a task or a prospect for object', () => {
  it('does not read taking over a show as buying it, nor ruling out a return as a ban', () => {
    const doc = analyse(
      'Köln (dpa) - Der Sender Domfunk hat den Moderator Jens Heitmann entlassen. Die Sendung „Rhein am Mittag“ hat die Reporterin Lea Ostwald übernommen. ' +
        'Eine Rückkehr Heitmanns vor die Kamera schloss Senderchef Olaf Kramer aus. (dpa, 3.4.2024)\n',
    );
    const t = triples(doc);
    expect(t.filter((x) => / acquired | banned /.test(x))).toEqual([]);
    expect(t).toContain('Domfunk dismissed Jens Heitmann');
  });
});

describe('groups named by a slogan', () => {
  it('takes the whole slogan in quotes after "die Bürgerinitiative" as its name, and its spokeswoman speaks for it', () => {
    const doc = analyse(
      'Gifhorn (dpa) - Auch die Bürgerinitiative "Hebammen bleiben hier", die 6000 Unterschriften gesammelt hatte, protestierte. ' +
        'Ihre Sprecherin Jana Wilke warf dem Landkreis Wortbruch vor. Das Bündnis „Rettet den Hainberg“ kündigte eine Klage an. (dpa, 3.4.2024)\n',
    );
    expect(doc.entities.find((e) => e.label === 'Hebammen bleiben hier')?.type).toBe('Organization');
    expect(doc.entities.find((e) => e.label === 'Rettet den Hainberg')?.type).toBe('Organization');
    expect(triples(doc)).toContain('Jana Wilke spokespersonOf Hebammen bleiben hier');
  });
});

describe('firm names with "&" and chairs of management boards', () => {
  it('reads "der Handelskonzern Kassel & Lenz" as one firm even where its first name is a town\'s', () => {
    const doc = analyse(
      'Wels (APA) - Die Drogeriekette Helmrath gehört seit 2019 dem Handelskonzern Kassel & Lenz aus Düsseldorf. Zwischen Hamburg & Berlin fahren Züge. (APA, 3.4.2024)\n',
    );
    const t = triples(doc);
    expect(t).toContain('Helmrath subsidiaryOf Kassel & Lenz');
    expect(t).toContain('Kassel & Lenz locatedIn Düsseldorf');
    expect(doc.entities.filter((e) => e.label === 'Hamburg & Berlin')).toEqual([]);
  });

  it('takes the chair of "der Geschäftsführung" for heading the company, not the board', () => {
    const doc = analyse(
      'Kufstein (APA) - Beim Skihersteller Wallmann Sports übernimmt der Manager Tobias Ebner den Vorsitz der Geschäftsführung von Georg Wallmann. ' +
        'Anna Berg übernimmt den Vorsitz des Vorstands der Kellner Bank AG. (APA, 3.4.2024)\n',
    );
    const t = triples(doc);
    expect(t).toContain('Tobias Ebner ceoOf Wallmann Sports');
    expect(t).toContain('Anna Berg ceoOf Kellner Bank AG');
    expect(t.filter((x) => / ceoOf (Geschäftsführung|Vorstand)/.test(x))).toEqual([]);
  });
});

describe('chairs of councils and boards', () => {
  it('reads "Aufsichtsratschefin X", "Personalratsvorsitzender Y" and "Verwaltungsratspräsident Z" as chairs of the board or council named', () => {
    const doc = analyse(
      'Wien (APA) - Die Kestelbank sucht einen Chef, bis der Aufsichtsrat einen Nachfolger bestellt hat. Aufsichtsratschefin Brigitte Hollmann schwieg. ' +
        'Der Personalrat der Bank protestierte, sagte Personalratsvorsitzender Uwe Kaltner. Auch der Verwaltungsrat der Tochter tagte, sagte Verwaltungsratspräsident Reto Caflisch. (APA, 3.4.2024)\n',
    );
    const t = triples(doc);
    expect(t).toContain('Brigitte Hollmann ceoOf Aufsichtsrat');
    expect(t).toContain('Uwe Kaltner ceoOf Personalrat');
    expect(t).toContain('Reto Caflisch ceoOf Verwaltungsrat');
  });
});

describe('union officials', () => {
  it('reads "X, Erste Bevollmächtigte der IG Metall Y" as staff of the union', () => {
    const doc = analyse(
      'Schweinfurt (dpa) - Der E-Bike-Hersteller Hallwig streicht Stellen. Das sei bitter, sagte Claudia Wehrle, Erste Bevollmächtigte der IG Metall Schweinfurt. (dpa, 3.4.2024)\n',
    );
    expect(triples(doc)).toContain('Claudia Wehrle worksFor IG Metall');
  });
});

describe('English utilities', () => {
  it('reads "Marlow Water" as a water company, not a person, so its owner and chief are found', () => {
    const doc = analyse(
      'LONDON, Aug 8 (Reuters) - Britain\'s water regulator Ofwat fined Marlow Water 42.6 million pounds on Thursday. ' +
        'Marlow, which is owned by Sydney-based Kestrel Infrastructure Partners, said it accepted the findings. (Reuters, 2024-08-08)\n',
      'en',
    );
    expect(doc.entities.find((e) => e.label === 'Marlow Water')?.type).toBe('Company');
    expect(triples(doc)).toContain('Kestrel Infrastructure Partners owns Marlow Water');
  });
});

describe('descriptions with the dateline town', () => {
  it('takes "das Münchner Unternehmen" for the firm that opens a Munich story, not the investor named last', () => {
    const doc = analyse(
      'München (dpa) - Der Zahlungsdienstleister Velvio hat den Vermögensverwalter Kestrova als Investor gewonnen. Kestrova übernimmt zehn Prozent. ' +
        'Beobachter werten den Einstieg von Kestrova als Signal für das Münchner Unternehmen. (dpa, 3.4.2024)\n',
    );
    const t = triples(doc);
    expect(t).toContain('Velvio locatedIn Munich');
    expect(t.filter((x) => x.startsWith('Kestrova locatedIn'))).toEqual([]);
  });
});

describe('relative clauses after coordinated names', () => {
  it('takes only the last name for "die" before a verb in the singular ("X und Y sowie Z, die 2017 eingestiegen war")', () => {
    const doc = analyse(
      'Wien (APA) - Der Konzern Dolmara übernimmt den Skihersteller Wildmoos. Verkäufer sind die Gründer Florian Haidler und Sandra Kienberg sowie die Beteiligungsgesellschaft Donaukai Capital, die 2017 bei Wildmoos eingestiegen war. (APA, 3.4.2024)\n',
    );
    const t = triples(doc);
    expect(t).toContain('Donaukai Capital investedIn Wildmoos');
    expect(t.filter((x) => /^(Florian Haidler|Sandra Kienberg) investedIn/.test(x))).toEqual([]);
  });
});

describe('spokespeople of firms', () => {
  it('takes "ein Firmensprecher" for the company\'s, not for the union named last', () => {
    const doc = analyse(
      'Bersenbrück (dpa) - Der Landtechnikhersteller Stallmann baut ein Werk in Ungarn. Die Gewerkschaft Metallbund kritisierte den Schritt scharf. ' +
        'Ein Firmensprecher wies die Sorgen zurück. (dpa, 3.4.2024)\n',
    );
    const t = triples(doc);
    expect(t.filter((x) => x.includes(' spokespersonOf '))).toEqual(['Firmensprecher spokespersonOf Stallmann']);
  });
});

describe('papers told something', () => {
  it('does not take the paper someone spoke to for "der Betrieb" in the next sentence', () => {
    const doc = analyse(
      'Neumünster (dpa) - Nach dem Großbrand in einem Recyclingbetrieb hat die Staatsanwaltschaft Ermittlungen aufgenommen. Das Feuer war in einer Lagerhalle der Firma Krögmann Wertstoffe ausgebrochen. ' +
        'Verletzt wurde niemand. Krögmann-Geschäftsführer Jens Paulsen wies Vorwürfe zurück. Die Halle sei erst 2022 modernisiert worden, sagte er den "Holsteiner Nachrichten". ' +
        'Der Betrieb, der seit 2019 zum Hamburger Entsorgungskonzern Nordwert gehört, beschäftigt rund 90 Menschen. (dpa, 3.4.2024)\n',
    );
    const t = triples(doc);
    expect(t.filter((x) => x.endsWith(' subsidiaryOf Nordwert') && x.startsWith('Krögmann'))).toHaveLength(1);
    expect(t.filter((x) => x.startsWith('Holsteiner Nachrichten '))).toEqual([]);
  });
});

describe('compounds on a plural first part', () => {
  it('reads "des indischen Generikakonzerns X" as the noun and the name, not one name', () => {
    const doc = analyse(
      'Halle (dpa) - Saalmed, eine Tochter des indischen Generikakonzerns Varuna Lifesciences mit Sitz in Hyderabad, stellt Schmerzmittel her. (dpa, 3.4.2024)\n',
    );
    const t = triples(doc);
    expect(t).toContain('Saalmed subsidiaryOf Varuna Lifesciences');
    expect(t).toContain('Varuna Lifesciences locatedIn Hyderabad');
  });
});

describe('associations described by their kind', () => {
  it('takes "dem Umweltverband" for the conservation group named before, not a new body', () => {
    const doc = analyse(
      'Lüneburg (dpa) - Das Gericht gab einer Klage des Naturschutzvereins Wesergrün statt. Der Projektierer Geestwind zeigte sich enttäuscht und warf dem Umweltverband vor, den Ausbau zu blockieren. (dpa, 3.4.2024)\n',
    );
    expect(triples(doc)).toContain('Geestwind accused Wesergrün');
  });
});

describe('English names before a title', () => {
  it('reads an unspelled first word before "chief executive" as the firm the chief heads', () => {
    const doc = analyse(
      'BRUSSELS (AFP) - The European Commission fined Corvella Semiconductor 412 million euros. Brightloop chief executive Tom Hale welcomed the fine. (AFP, 2024-04-03)\n',
      'en',
    );
    const t = triples(doc);
    expect(t).toContain('Tom Hale ceoOf Brightloop');
    expect(t.filter((x) => x.startsWith('Tom Hale ceoOf Corvella'))).toEqual([]);
  });
});

describe('English "set up"', () => {
  it('founds a firm, not a contest ("setting up a three-way contest with X and Y")', () => {
    const doc = analyse(
      'LISBON, Nov 20 (Reuters) - Germany\'s Velmar Air has submitted an offer for a stake in Atlantica Airways, the airline group said on Thursday, setting up a three-way contest with Norvia and Sudwing owner Castellan Aviation Group. ' +
        'Paul Stern set up Epsilora in 1990. (Reuters, 2024-11-20)\n',
      'en',
    );
    const t = triples(doc);
    expect(t.filter((x) => x.includes(' founded ') && !x.startsWith('Paul Stern'))).toEqual([]);
    expect(t).toContain('Paul Stern founded Epsilora');
  });
});
