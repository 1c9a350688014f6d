// Constructions of everyday agency news that session 20 found missing or
// misread, each on a short text written for this test with invented names.
import { describe, expect, it } from 'vitest';
import { analyse, triples } from './analyse.js';

const groups = (doc: ReturnType<typeof analyse>): string[] => doc.entities.filter((e) => e.type === 'Group').map((e) => e.label);

describe('groups named by a plural of any role noun', () => {
  it('reads German role plurals with no article as groups, but not a singular predicate noun nor "beide Partner"', () => {
    const doc = analyse(
      'Wien (APA) - Das Auktionshaus Felsberg wirbt verstärkt um Sammler aus Osteuropa, zudem geben immer mehr Bieter ihre Gebote online ab. Verkäufer ist der Investor Talbach Capital. An dem Gemeinschaftsunternehmen halten beide Partner je die Hälfte. (APA, 4.3.2025)\n',
    );
    expect(groups(doc)).toEqual(expect.arrayContaining(['Sammler', 'Bieter']));
    expect(groups(doc)).not.toContain('Verkäufer');
    expect(groups(doc)).not.toContain('Partner');
  });

  it('reads English plurals of person nouns from WordNet as groups, also after "while"', () => {
    const doc = analyse('LONDON (Reuters) - Fares rose and riders complained, while pediatricians warned of the risks. (Reuters, March 4, 2025)\n', 'en');
    expect(groups(doc)).toEqual(expect.arrayContaining(['riders', 'pediatricians']));
  });

  it('keeps a possessor\'s roles and machines out of the English groups', () => {
    const doc = analyse("LONDON (Reuters) - Alvona Inc's rivals include Theta Labs. Rova Ltd rents cloud servers from Sigma Corp. (Reuters, March 4, 2025)\n", 'en');
    // (Since session 47 "rivals" before the names it lists is a background group of the article; no relation reads it.)
    expect(triples(doc).filter((t) => t.includes('rivals'))).toEqual([]);
    expect(groups(doc).some((g) => g.endsWith('servers'))).toBe(false);
    expect(triples(doc)).toContain('Theta Labs competitorOf Alvona Inc');
  });
});

describe('English clause structure', () => {
  it('keeps the object of an -ing form after a noun out of the clause: "a union representing drivers sued X"', () => {
    const doc = analyse('LONDON (Reuters) - A union representing delivery drivers sued Parcelo Inc on Monday. (Reuters, March 4, 2025)\n', 'en');
    expect(groups(doc)).toContain('delivery drivers');
    expect(triples(doc).some((x) => x.startsWith('delivery drivers sued'))).toBe(false);
  });

  it('reads "own" after a genitive as no verb, and the genitive still as the owner', () => {
    const t = triples(
      analyse("LONDON (Reuters) - Its backers include venture firm Brandt Ventures and Parcelo's own investment arm. Developers must build on Halvar Inc's own Kestrel engine. (Reuters, March 4, 2025)\n", 'en'),
    );
    expect(t.some((x) => / owns (Brandt Ventures|Parcelo)$/.test(x))).toBe(false);
    expect(t).toContain('Halvar Inc developerOf Kestrel');
  });
});

describe('founders, investors, partners and rivals', () => {
  it('reads an English sentence opened by "Founded in … by …," about a subject with a place before it', () => {
    const t = triples(analyse('SAN FRANCISCO (Reuters) - Founded in 2019 by Ravi Kessler and Mona Lind, San Francisco-based Quillbyte has released two models. (Reuters, March 4, 2025)\n', 'en'));
    expect(t).toEqual(expect.arrayContaining(['Ravi Kessler founded Quillbyte', 'Mona Lind founded Quillbyte', 'Quillbyte foundedIn 2019']));
  });

  it('reads the names after "investors including" as the investors', () => {
    const t = triples(analyse('LONDON (Reuters) - Kestrel Labs had raised about $64 million from investors including Halden Ventures and Lux Partners LLC. (Reuters, March 4, 2025)\n', 'en'));
    expect(t).toEqual(expect.arrayContaining(['Halden Ventures investedIn Kestrel Labs', 'Lux Partners LLC investedIn Kestrel Labs']));
  });

  it('reads a German partner named after "und sein(es) Partner(s)", and a rival and partner named by a compound on a country', () => {
    const t = triples(
      analyse(
        'Tokio (dpa) - Die EU-Kommission ließ das Mittel des Pharmakonzerns Okamura und seines US-Partners Brevigen zu. Der US-Konkurrent Lanvix war mit einem ähnlichen Mittel gescheitert. (dpa, 4.3.2025)\n',
      ),
    );
    expect(t.some((x) => x === 'Okamura partnerOf Brevigen' || x === 'Brevigen partnerOf Okamura')).toBe(true);
    expect(t).toEqual(expect.arrayContaining(['Brevigen locatedIn United States', 'Lanvix locatedIn United States']));
    expect(t.some((x) => /^(Lanvix competitorOf Okamura|Okamura competitorOf Lanvix)$/.test(x))).toBe(true);
  });

  it('reads an English partner named after "and its partner"', () => {
    const t = triples(analyse("TOKYO (Reuters) - The drug of Japan's Okamura and its U.S. partner Brevigen was approved on Monday. (Reuters, March 4, 2025)\n", 'en'));
    expect(t.some((x) => x === 'Okamura partnerOf Brevigen' || x === 'Brevigen partnerOf Okamura')).toBe(true);
  });

  it('reads the town of an organisation named with its short form in brackets before "in"', () => {
    const t = triples(analyse('München (dpa) - Der Genossenschaftsverband Oberland (GVO) in München wollte das Ergebnis nicht bewerten. (dpa, 4.3.2025)\n'));
    expect(t).toContain('Genossenschaftsverband Oberland locatedIn Munich');
  });
});

describe('descriptions placed by a town', () => {
  it('takes "the Copenhagen-listed company" for the firm introduced as Danish, not the Greek rival named after it', () => {
    const t = triples(
      analyse(
        'COPENHAGEN (Reuters) - Danish ferry operator Nordvig Shipping on Tuesday named Lena Aspelund, a former executive at Greek rival Kalimera Lines, as its new chief executive. Aspelund will take over from Tore Haldorsen, who has run the Copenhagen-listed company since 2016. (Reuters, March 4, 2025)\n',
        'en',
      ),
    );
    expect(t).toContain('Tore Haldorsen ceoOf Nordvig Shipping');
    expect(t.some((x) => x.endsWith('ceoOf Kalimera Lines'))).toBe(false);
  });
});

describe('compounds and subsidiaries named after their parent', () => {
  it('locates a firm named by a compound on a place whose rest is itself a compound ("US-Chemiekonzern")', () => {
    const t = triples(analyse('Halle (dpa) - Der US-Chemiekonzern Morvane schließt sein Werk. Der US-Cloudanbieter Tessaro baut aus. (dpa, 4.3.2025)\n'));
    expect(t).toEqual(expect.arrayContaining(['Morvane locatedIn United States', 'Tessaro locatedIn United States']));
  });

  it('keeps a subsidiary whose name begins with its parent\'s apart from the parent', () => {
    const doc = analyse('Halle (dpa) - Der Chemiekonzern Morvane schließt sein Werk. Das teilte die deutsche Tochter Morvane Chemie GmbH am Donnerstag mit. (dpa, 4.3.2025)\n');
    expect(doc.entities.some((e) => e.label === 'Morvane')).toBe(true);
    expect(triples(doc)).toContain('Morvane Chemie GmbH subsidiaryOf Morvane');
  });

  it('reads no head of a firm from a compound on a role noun ("Kestrel-Strategiechef")', () => {
    const t = triples(analyse('Berlin (dpa) - Der Softwarekonzern Kestrel wies die Vorwürfe zurück. Kestrel-Strategiechef Jonas Wehling sprach von einem Missverständnis. (dpa, 4.3.2025)\n'));
    expect(t).not.toContain('Jonas Wehling ceoOf Kestrel');
  });
});

describe('chief executives named with a genitive', () => {
  it('reads "took over as X\'s chief executive from Y" for both, and "stepped down as X\'s chief executive" for the one who did', () => {
    const t = triples(
      analyse(
        "NEW YORK (Reuters) - The verdict is a setback for Dana Whitcombe, who took over as Brella Corp's chief executive last month from Tom Arkwright. Mona Lind stepped down as Kestrel Inc's chief executive on Monday. (Reuters, March 4, 2025)\n",
        'en',
      ),
    );
    expect(t).toEqual(expect.arrayContaining(['Dana Whitcombe ceoOf Brella Corp', 'Tom Arkwright ceoOf Brella Corp', 'Mona Lind ceoOf Kestrel Inc']));
    expect(t).not.toContain('Dana Whitcombe ceoOf Kestrel Inc');
    expect(t).not.toContain('Mona Lind ceoOf Brella Corp');
  });

  it('reads no chief executive from joining a firm\'s executive team', () => {
    const t = triples(analyse("NEW YORK (Reuters) - Gary Holm will join Brella Corp's executive leadership team, the company said. (Reuters, March 4, 2025)\n", 'en'));
    expect(t).not.toContain('Gary Holm ceoOf Brella Corp');
  });
});

describe('pronouns after a participle', () => {
  it('reads the object of ", accusing it of" as the object before, not the subject the participle shares', () => {
    const t = triples(analyse('Brella Corp and Kestrel Inc sued Halvar Partners in 2019, accusing it of amassing patents.\n\n(Reuters, March 4, 2025)\n', 'en'));
    expect(t).toEqual(expect.arrayContaining(['Brella Corp accused Halvar Partners', 'Kestrel Inc accused Halvar Partners']));
    expect(t.some((x) => /^(Brella Corp|Kestrel Inc) accused (Brella Corp|Kestrel Inc)$/.test(x))).toBe(false);
  });
});

describe('staff named by a compound', () => {
  it('reads "der frühere Halvar-Banker X" and "Kestrel-Trainer Y" as staff of the firm and club', () => {
    const t = triples(
      analyse('Zug (sda) - Die Firma Lorvex wurde 2018 von Lara Vonwil und dem früheren Halvar-Banker Dominik Wyss gegründet. Kestrel-Trainer Reto Imfeld sprach von einem Neuanfang. (sda, 4.3.2025)\n'),
    );
    expect(t).toEqual(expect.arrayContaining(['Dominik Wyss worksFor Halvar', 'Reto Imfeld worksFor Kestrel']));
  });
});

describe('English tagging of names and descriptions', () => {
  it('reads an unknown plural-looking word opening the sentence before a verb as a name, and "the privately held company" as a description', () => {
    const t = triples(
      analyse('SAN FRANCISCO (Reuters) - Quillbricks will buy Morvane for $1.3 billion. The privately held company competes with Kestrel Inc in selling software. (Reuters, March 4, 2025)\n', 'en'),
    );
    expect(t).toContain('Quillbricks acquired Morvane');
    // (Which of the two firms "the company" means, the sentence alone does not say.)
    expect(t.some((x) => /^(Quillbricks|Morvane) competitorOf Kestrel Inc$/.test(x))).toBe(true);
  });
});

describe('English "it" after "said"', () => {
  it('reads "X said it was teaming up with Y" with the speaker named right before the verb, also mid-sentence', () => {
    const t = triples(
      analyse(
        'NEW YORK (Reuters) - Brella Corp had raised money from investors including Halden Ventures. Both companies are holding conferences this week, and Kestrel Inc said on Monday it was teaming up with Nvidia. Morvane Inc said it has acquired Zeta Ltd. (Reuters, March 4, 2025)\n',
        'en',
      ),
    );
    expect(t).toEqual(expect.arrayContaining(['Morvane Inc acquired Zeta Ltd']));
    expect(t.some((x) => x === 'Kestrel Inc partnerOf Nvidia' || x === 'Nvidia partnerOf Kestrel Inc')).toBe(true);
    expect(t.some((x) => /^(Halden Ventures|Brella Corp) partnerOf Nvidia$/.test(x))).toBe(false);
  });
});

describe('towns and their states', () => {
  it('reads "Based in the suburb of X, Washington, Y runs …" as the seat of Y, the state being no argument', () => {
    const t = triples(analyse('SEATTLE (Reuters) - Based in the Seattle suburb of Issaquah, Washington, Kestrel Inc runs nearly 600 warehouses worldwide. (Reuters, March 4, 2025)\n', 'en'));
    expect(t.some((x) => x.startsWith('Washington') && x.includes(' locatedIn '))).toBe(false);
    expect(t.some((x) => /^Kestrel Inc locatedIn (Seattle|Issaquah)$/.test(x))).toBe(true);
  });
});

describe('founding years', () => {
  it('reads "war 2012 aus der Pleite von X hervorgegangen" as the founding year', () => {
    const t = triples(analyse('Nürnberg (dpa) - Die Airline Norvia war 2012 aus der Pleite einer fränkischen Chartergesellschaft hervorgegangen. (dpa, 4.3.2025)\n'));
    expect(t).toContain('Norvia foundedIn 2012');
  });
});

describe('districts', () => {
  it('reads the name after "Landkreis" or "Bezirk" as a region', () => {
    const doc = analyse('Hannover (dpa) - Er bildet im Landkreis Kaltenau eine Fraktion. Die Firma sitzt im Bezirk Wolfsgrub. (dpa, 4.3.2025)\n');
    // (Since session 28 the district keeps its noun in its label: "Landkreis Oldenburg" is not the town Oldenburg.)
    expect(doc.entities.filter((e) => e.type === 'Region').map((e) => e.label)).toEqual(expect.arrayContaining(['Landkreis Kaltenau', 'Bezirk Wolfsgrub']));
  });
});

describe('German passives sharing their auxiliary', () => {
  it('reads "war 2014 von X gegründet und 2020 von Y übernommen worden" with each participle\'s own agent', () => {
    const t = triples(analyse('Köln (dpa) - Das Studio Rheinpixel war 2014 von Max Muster gegründet und 2020 von der Firma Kestrel übernommen worden. Die Firma Zeta war 2011 von Anna Berg gegründet. (dpa, 4.3.2025)\n'));
    expect(t).toEqual(expect.arrayContaining(['Max Muster founded Rheinpixel', 'Kestrel acquired Rheinpixel', 'Anna Berg founded Zeta']));
    expect(t).not.toContain('Max Muster acquired Rheinpixel');
  });
});

describe('offices and place genitives', () => {
  it('reads no purchase in "Das Präsidium übernimmt X"', () => {
    const t = triples(analyse('Bern (sda) - Die beiden Genossenschaften fusionieren. Das Präsidium übernimmt Käthi Wyssbrod, bisher Präsidentin der Landi Moosegg. (sda, 4.3.2025)\n'));
    expect(t.some((x) => x.includes(' acquired '))).toBe(false);
  });

  it('reads an English state\'s genitive as the state, not a brand named after it', () => {
    const doc = analyse("HELENA (Reuters) - Montana's Republican Governor Greg Gianforte signed the measure into law last week. (Reuters, May 22, 2023)\n", 'en');
    expect(doc.entities.some((e) => e.label === 'Montana' && e.type === 'Region')).toBe(true);
    expect(doc.entities.some((e) => /BBQ/.test(e.label))).toBe(false);
  });
});

describe('surnames that are places', () => {
  it('keeps a person whose surname the gazetteer knows as a town a person, also in the genitive', () => {
    const doc = analyse('Köln (dpa) - Das Studio Kranwerk Games wurde gegründet, wie dessen Geschäftsführer Tobias Bruchsal sagte. Die Brüder haben sich nach Bruchsals Angaben beteiligt. (dpa, 4.3.2025)\n');
    const person = doc.entities.find((e) => e.label === 'Tobias Bruchsal');
    expect(person?.type).toBe('Person');
    expect(person?.wikidata).toBeUndefined();
  });
});
