// Constructions of everyday agency news that session 13 found missing or
// misread, each on a short text written for this test with invented names.
import { describe, expect, it } from 'vitest';
import { analyse, entityOf, triples } from './analyse.js';

const en = (text: string) => analyse(text, 'en');

describe('institutions of the state described, not named', () => {
  it('reads "die Regierung" after a regulator as the government, not the regulator', () => {
    const doc = analyse('Ankara – Die Telekom-Behörde BTK hat den Messenger Quellchat gesperrt. Die Regierung wolle Kritiker zum Schweigen bringen, sagte ein Oppositionspolitiker. (dpa, 1.2.2025)\n');
    const government = entityOf(doc, 'Regierung');
    expect(government?.label).toBe('Regierung');
    expect(government?.type).toBe('GovernmentAgency');
  });

  it('still reads "die Regierung" after "die Bundesregierung" as that government', () => {
    const doc = analyse('Berlin – Die Bundesregierung will den Verkauf von Tarnwerk prüfen. Die Regierung habe Bedenken, sagte ein Sprecher. (dpa, 1.2.2025)\n');
    expect(entityOf(doc, 'Regierung')?.aliases).toContain('Bundesregierung');
  });

  it('reads "die Staatskanzlei" as an office of the state, never a company named before', () => {
    const doc = analyse('Kiel – Der Softwarehersteller Quellsoft verliert einen Großkunden. Die Staatskanzlei stellt ihre Rechner auf freie Software um. (dpa, 1.2.2025)\n');
    const office = entityOf(doc, 'Staatskanzlei');
    expect(office?.label).toBe('Staatskanzlei');
    expect(office?.type).toBe('GovernmentAgency');
  });

  it('reads "the police" after a regulator as the police', () => {
    const doc = en('WARSAW (Reuters) - Tarnwerk said it had informed the data protection authority. It had also informed the police. (Reuters, May 5, 2025)\n');
    expect(entityOf(doc, 'police')?.label).toBe('police');
  });
});

describe('ministers and their ministries', () => {
  it('makes "Wirtschaftsminister X" the head of the economy ministry named before', () => {
    const doc = analyse('Berlin – Die Staatssekretärin Anna Quell arbeitet im Bundeswirtschaftsministerium. Wirtschaftsminister Bernd Tarnow will das Gesetz ändern. (dpa, 1.2.2025)\n');
    const t = triples(doc);
    expect(t).toContain('Bernd Tarnow ceoOf Bundeswirtschaftsministerium');
  });

  it('does not make a minister of another portfolio its head', () => {
    const doc = analyse('Berlin – Das Bundeswirtschaftsministerium prüft den Antrag. Finanzminister Bernd Tarnow will das Gesetz ändern. (dpa, 1.2.2025)\n');
    expect(triples(doc)).not.toContain('Bernd Tarnow ceoOf Bundeswirtschaftsministerium');
  });
});

describe('English pronouns', () => {
  it('reads "It has <something> and competes with X" as the company named before', () => {
    const doc = en('TORONTO (Reuters) - Reelmark was started in 2019 by Ana Quell. It has about 900,000 subscribers and competes with Tarnflix. (Reuters, May 5, 2025)\n');
    expect(triples(doc)).toContain('Reelmark competitorOf Tarnflix');
  });

  it('keeps "it has been" a dummy', () => {
    const doc = en('TORONTO (Reuters) - Reelmark was started in 2019 by Ana Quell. It has been said that Tarnflix competes with everyone. (Reuters, May 5, 2025)\n');
    expect(doc.mentions.some((m) => m.text === 'It')).toBe(false);
  });
});

describe('rivals', () => {
  it('gives a described example after "wie" the preposition of its noun ("gegen Konkurrenten wie den Streamingriesen X")', () => {
    const doc = analyse('Wien – Das Start-up Lauschwerk sammelt Geld ein. Die Plattform tritt gegen weit größere Konkurrenten wie den schwedischen Streamingriesen Tarnify an. (APA, 1.2.2025)\n');
    expect(triples(doc)).toContain('Lauschwerk competitorOf Tarnify');
  });

  it('does not take a news agency that was told something for the company a description means', () => {
    const doc = analyse('Wien – Das Start-up Lauschwerk trennt sich von seiner Chefin Eva Quell. Quell sprach gegenüber der APA von einem Putsch. Die Plattform konkurriert mit Tarnify. (APA, 1.2.2025)\n');
    const t = triples(doc);
    expect(t).toContain('Lauschwerk competitorOf Tarnify');
    expect(t.filter((x) => x.includes('Presse') && x.includes('competitorOf'))).toEqual([]);
  });
});

describe('English loanwords in German text', () => {
  it('reads "Tickets" as a noun, not a name', () => {
    const doc = analyse('Hamburg – Auf der Seite standen Tickets für die Tournee der Band Quellklang zum Verkauf. (dpa, 1.2.2025)\n');
    expect(doc.entities.some((e) => e.label === 'Tickets')).toBe(false);
  });

  it('reads a compound on a loanword as a noun ("die Online-Ticketbörse X") and fines it', () => {
    const doc = analyse('Hamburg – Das Landgericht Hamburg hat gegen die Online-Ticketbörse Tarnix ein Ordnungsgeld von 250.000 Euro verhängt. Ein Sprecher der Ticketbörse kündigte Beschwerde an. (dpa, 1.2.2025)\n');
    const t = triples(doc);
    expect(t).toContain('Landgericht Hamburg ruledAgainst Tarnix');
    expect(t).toContain('Sprecher spokespersonOf Tarnix');
  });

  it('takes hotels and record labels for groups', () => {
    const doc = analyse('Madrid – Die Behörde wirft dem Portal Quellbook vor, Hotels unfaire Bedingungen auferlegt zu haben. (dpa, 1.2.2025)\n');
    expect(doc.entities.find((e) => e.label === 'Hotels')?.type).toBe('Group');
  });
});

describe('roles in apposition', () => {
  it('lets a time adverbial stand before the role after a name ("X, seit 2009 Vorstandsvorsitzender der Y,")', () => {
    const doc = analyse('Linz – Anna Quellhuber, seit 2009 Vorstandsvorsitzende der Sparkasse Tarnbach, geht in Pension. (APA, 1.2.2025)\n');
    expect(triples(doc)).toContain('Anna Quellhuber ceoOf Sparkasse Tarnbach');
  });
});

describe('names of several words', () => {
  // (Clubs the gazetteer does not list: "FC Bayern München" and "FC Schalke 04" are listed since session 31.)
  it('reads a club name after its prefix, places and numbers included ("FC Viktoria Köln", "SC Lindenau 04")', () => {
    const doc = analyse('Berlin – Quellmann hatte mit dem FC Viktoria Köln das Triple gewonnen. Der SC Lindenau 04 verlor. (dpa, 1.2.2025)\n');
    const labels = doc.entities.map((e) => e.label);
    expect(labels).toContain('FC Viktoria Köln');
    expect(labels).toContain('SC Lindenau 04');
  });

  it('names an office with its noun ("die Zentralstelle Cybercrime")', () => {
    const doc = analyse('Passau – Die Ermittlungen führt die Zentralstelle Cybercrime bei der Generalstaatsanwaltschaft Bamberg. (dpa, 1.2.2025)\n');
    expect(doc.entities.map((e) => e.label)).toContain('Zentralstelle Cybercrime');
  });

  it('keeps "and" inside an English office name ("the Patent and Trademark Office")', () => {
    const doc = en('WASHINGTON (Reuters) - The case was paused pending a review by the U.S. Patent and Trademark Office. (Reuters, May 5, 2025)\n');
    const office = doc.entities.find((e) => e.label === 'Patent and Trademark Office');
    expect(office?.type).toBe('GovernmentAgency');
  });

  it('knows seas and lakes as places ("rund um die Ostsee")', () => {
    const doc = analyse('Leer – Die Reederei Quellsand verteilt Container in den Häfen rund um die Ostsee. (dpa, 1.2.2025)\n');
    expect(doc.entities.find((e) => e.label === 'Baltic Sea' || e.aliases.includes('Ostsee'))).toBeDefined();
  });
});

describe('which company a description means', () => {
  it('counts every earlier mention of a candidate, in whatever order linking met them', () => {
    const doc = analyse('Basel – Der Gründer der Basler Fluggesellschaft Quelljet, Reto Tarnutzer, zieht sich aus dem Verwaltungsrat zurück. Der 61-Jährige stelle sich nicht mehr zur Wahl, teilte die Airline am Mittwoch mit. Als neue Präsidentin schlägt der Verwaltungsrat die frühere Swiss-Managerin Anna Bergli vor. Tarnutzer hatte das Unternehmen 2011 gegründet. Quelljet fliegt 20 Ziele an. (sda, 1.2.2025)\n');
    const t = triples(doc);
    expect(t).toContain('Reto Tarnutzer founded Quelljet');
    expect(t.some((x) => x.startsWith('Reto Tarnutzer founded') && !x.endsWith('Quelljet'))).toBe(false);
  });

  // (A guard: the code of the session start gets this one right too; the preference it describes decided t162.)
  it('takes the company of an English role before a person for what a relative clause on that person describes', () => {
    const doc = en('SAN FRANCISCO (Reuters) - Producers have abandoned Loopvale, one of the largest online marketplaces for beats, since its owner changed the platform\'s terms. Loopvale said on Wednesday that creators could opt out. Most of them have moved to Tarnyard, a smaller rival run as a cooperative out of Montreal. "They are leaving," said Tarnyard co-founder Dana Okafor, who set up the site in 2019 with sound engineer Luc Beaudry. (Reuters, May 5, 2025)\n');
    expect(triples(doc)).toContain('Dana Okafor founded Tarnyard');
  });

  // (A guard for the one before: a former employer gets no such preference.)
  it('does not take a former employer for it ("former Biogen executive X, who runs the company")', () => {
    const doc = en('BOSTON (Reuters) - Vellmark agreed to buy Tarnvantis. Tarnvantis was founded in 2019 by former Quellgen executive Mark Haldane, who runs the company as chief executive. (Reuters, May 5, 2025)\n');
    const t = triples(doc);
    expect(t).not.toContain('Mark Haldane ceoOf Quellgen');
    expect(t).toContain('Mark Haldane ceoOf Tarnvantis');
  });
});

describe('precision on places and names', () => {
  it('never places a country in a town ("die Niederlage gegen Japan in Wolfsburg")', () => {
    const doc = analyse('Frankfurt – Nach der Niederlage gegen Japan in Wolfsburg trennt sich der Verband Quellbund von seinem Trainer. (dpa, 1.2.2025)\n');
    expect(triples(doc)).not.toContain('Japan locatedIn Wolfsburg');
  });

  it('reads a name ending in "Kliniken" as one organisation ("die Klinikgruppe Donaugrund Kliniken")', () => {
    const doc = analyse('Passau – Ein Hackerangriff hat die Klinikgruppe Donaugrund Kliniken lahmgelegt. Die Donaugrund Kliniken gehören der Quellmed Holding. (epd, 1.2.2025)\n');
    expect(doc.entities.map((e) => e.label)).toContain('Donaugrund Kliniken');
    expect(triples(doc)).toContain('Donaugrund Kliniken subsidiaryOf Quellmed Holding');
  });

  it('reads no genitive before a legal form ("die Beteiligungsgesellschaft Albis Capital")', () => {
    const doc = analyse('Basel – Der Gründer hat seine Aktien an die Zuger Beteiligungsgesellschaft Albis Capital abgegeben. (sda, 1.2.2025)\n');
    expect(doc.entities.map((e) => e.label)).toContain('Albis Capital');
  });
});

describe('descriptions kept to one referent', () => {
  it('lets the same description go on meaning the same company ("to run the company … who runs the company")', () => {
    const doc = en("LONDON (Reuters) - Voltbridge, Britain's seventh-biggest energy supplier, was placed into special administration on Wednesday after a court approved the move. The High Court in London appointed advisory firm Quellmark as special administrators to run the company, which will continue to supply its customers. Founded in 2015 by Hayden Tarn, the London-based start-up grew fast. Tarn, who runs the company as chief executive, said it had been hit hard. (Reuters, May 5, 2025)\n");
    const t = triples(doc);
    expect(t).toContain('Hayden Tarn ceoOf Voltbridge');
    expect(t).not.toContain('Hayden Tarn ceoOf Quellmark');
  });

  it('reads "führt das Amt" as holding an office, not leading an authority', () => {
    const doc = analyse('Berlin – Die Partei Quellbund wählt Carsten Tarnemann zum Generalsekretär. Tarnemann führt das Amt bereits seit Juli. (AFP, 1.2.2025)\n');
    expect(triples(doc).filter((x) => x.includes('ceoOf Amt'))).toEqual([]);
  });
});

describe('descriptions after a German dateline', () => {
  it('keeps the company that opened the sentence after the dateline in focus ("Wien (APA) - Der Mobilfunker X kauft Y. Die Tochter der Z übernimmt …")', () => {
    const doc = analyse('Wien (APA) - Der Mobilfunker Quellfunk Austria kauft den Kabelnetzbetreiber Tarnkabel. Die österreichische Tochter der Deutschen Telekom übernimmt das Unternehmen um 1,9 Mrd. Euro vom US-Konzern Liberty Global. (APA, 1.2.2025)\n');
    const t = triples(doc);
    expect(t).not.toContain('Tarnkabel acquired Quellfunk Austria');
    expect(t.filter((x) => x.includes('succeeded'))).toEqual([]);
  });
});

describe('families and groups of companies', () => {
  it('reads "zu der X-Gruppe gehören die Brauereien A und B" as a main clause, not a relative one', () => {
    const doc = analyse('Landshut – Die Brauereigruppe Quellhuber übernimmt die Brauerei Tarnerl. Die Familie hatte das Unternehmen 1902 gegründet, zu der Landshuter Gruppe gehören heute bereits die Brauereien Hofmarkbräu und Seebräu Chiemgau. (dpa, 1.2.2025)\n');
    const t = triples(doc);
    expect(t).toContain('Hofmarkbräu subsidiaryOf Quellhuber');
    expect(t).not.toContain('Quellhuber subsidiaryOf Hofmarkbräu');
  });

  it('takes the company named like its founder for what he founded ("Alois X hatte das Familienunternehmen gegründet")', () => {
    const doc = analyse('Landshut – Die Brauereigruppe Quellhuber übernimmt die Brauerei Tarnerl. Geführt wird die Gruppe von Veronika Quellhuber. Ihr Urgroßvater Alois Quellhuber hatte das Familienunternehmen 1902 gegründet. (dpa, 1.2.2025)\n');
    expect(triples(doc)).toContain('Alois Quellhuber founded Quellhuber');
  });
});

describe('words that name nothing', () => {
  it('reads "Tausende" and "die IT" as no names', () => {
    const doc = analyse('Passau – Die Angreifer legten die IT der Quellkliniken lahm, Tausende Behandlungen fielen aus. (epd, 1.2.2025)\n');
    const labels = doc.entities.map((e) => e.label);
    expect(labels).not.toContain('IT');
    expect(labels).not.toContain('Tausende');
  });

  it('reads a generic authority noun before another authority\'s name as its description ("der Schweizer Finanzmarktaufsicht Finma")', () => {
    const doc = analyse('Berlin – Die Behörde wird von dem früheren Chef der Schweizer Finanzmarktaufsicht Finma, Mark Tarnson, geführt. (dpa, 1.2.2025)\n');
    expect(doc.entities.some((e) => e.label === 'Austrian Financial Market Authority')).toBe(false);
    expect(doc.entities.some((e) => e.aliases.includes('Finma') || e.label === 'Finma')).toBe(true);
  });
});

describe('English chiefs', () => {
  it('does not make a "chief privacy officer" the chief executive', () => {
    const doc = en('LOS ANGELES (Reuters) - Tarndr was fined. Shane Quill, Tarndr\'s chief privacy officer, said the company disagreed. (Reuters, May 5, 2025)\n');
    const t = triples(doc);
    expect(t).not.toContain('Shane Quill ceoOf Tarndr');
    expect(t).toContain('Shane Quill worksFor Tarndr');
  });

  it('still makes "X, Y\'s chief executive officer" the chief executive', () => {
    const doc = en('LOS ANGELES (Reuters) - Tarndr was fined. Shane Quill, Tarndr\'s chief executive officer, said it disagreed. (Reuters, May 5, 2025)\n');
    expect(triples(doc)).toContain('Shane Quill ceoOf Tarndr');
  });
});

describe('English agents with their employers', () => {
  it('takes the people, not their employers, as founders ("by Harvard neuroscientist X and former Biogen executive Y, who runs the company")', () => {
    const doc = en('BOSTON (Reuters) - Vellmark agreed to buy Tarnvantis. Tarnvantis was founded in 2019 by Harvard neuroscientist Priya Quell and former Biogen executive Mark Tarnby, who runs the company as chief executive. (Reuters, May 5, 2025)\n');
    const t = triples(doc);
    expect(t).toContain('Priya Quell founded Tarnvantis');
    expect(t).toContain('Mark Tarnby founded Tarnvantis');
    expect(t.filter((x) => x.includes('Harvard founded') || x.includes('Biogen founded'))).toEqual([]);
    expect(t).not.toContain('Priya Quell ceoOf Tarnvantis');
  });
});

describe('people described by their party', () => {
  it('takes "der Grünen-Politiker" for the person named with the Greens, not another politician', () => {
    const doc = analyse('Innsbruck (APA) - Johann Quellgruber hat die Stichwahl gewonnen, auf Amtsinhaber Georg Tarnwilli von den Grünen entfielen 40 Prozent. Der frühere Staatssekretär Florian Brettner blieb chancenlos. Sein Kontrahent habe profitiert, meinte der Grünen-Politiker. (APA, 1.2.2025)\n');
    const described = doc.mentions.find((x) => x.text === 'Grünen-Politiker');
    expect(doc.entities.find((e) => e.key === described?.entity)?.label).toBe('Georg Tarnwilli');
  });
});

describe('more descriptions and frames from fresh articles', () => {
  it('reads "X said on Monday it would buy Y" as X buying Y', () => {
    const doc = en('COPENHAGEN (Reuters) - Danish drugmaker Vellmark Pharma said on Monday it would buy U.S. start-up Tarnvantis Therapeutics for $1.9 billion. (Reuters, May 5, 2025)\n');
    expect(triples(doc)).toContain('Vellmark Pharma acquired Tarnvantis Therapeutics');
  });

  it('takes "the council\'s director" for the council named before ("the Norwegian Consumer Council")', () => {
    const doc = en('OSLO (AP) - The regulator fined the dating app Tarndr. The case goes back to a complaint by the Norwegian Consumer Council. Finn Quellstad, the council\'s director of digital policy, welcomed the decision. (AP, Dec. 15, 2021)\n');
    const t = triples(doc);
    // (Since session 23 the adjective of a nation opens the name of an association: "Norwegian Consumer Council".)
    expect(t).toContain('Finn Quellstad worksFor Norwegian Consumer Council');
    expect(t).not.toContain('Finn Quellstad worksFor Tarndr');
  });

  it('reads "X von seinen Aufgaben entbunden" as a dismissal', () => {
    const doc = analyse('Frankfurt – Der Verband Quellbund hat Trainer Hansi Tarnick mit sofortiger Wirkung von seinen Aufgaben entbunden. (SID, 1.2.2025)\n');
    expect(triples(doc)).toContain('Quellbund dismissed Hansi Tarnick');
  });
});

describe('founders, owners and names in lists', () => {
  it('reads every founder of a list with role nouns ("von der Materialwissenschaftlerin X, dem Physiker Y und dem Betriebswirt Z")', () => {
    const doc = analyse('Karlsruhe – Das Start-up Quellcell sammelt Geld ein. Gegründet wurde das Unternehmen 2022 von der Materialwissenschaftlerin Jana Tarnović, dem Physiker Tobias Quellerer und dem Betriebswirt Henrik Tarnele. (dpa, 1.2.2025)\n');
    const t = triples(doc);
    for (const p of ['Jana Tarnović', 'Tobias Quellerer', 'Henrik Tarnele']) expect(t).toContain(`${p} founded Quellcell`);
  });

  it('reads "X ist im Besitz der Familie Y" as ownership', () => {
    const doc = analyse('Bonn – Die Hörgeräteketten Quellix und Tarnvix wollen fusionieren. Quellix gehört dem Investor Harwell Partners, Tarnvix ist im Besitz der Gründerfamilie Tebbe. (dpa, 1.2.2025)\n');
    expect(triples(doc)).toContain('Gründerfamilie Tebbe owns Tarnvix');
  });

  it('reads a compound-looking word joined to a company\'s name as another company ("der Hörgeräteketten Hörwerk und Audiovita")', () => {
    const doc = analyse('Bonn – Das Bundeskartellamt hat den Zusammenschluss der Hörgeräteketten Quellwerk und Audiovita untersagt. (dpa, 1.2.2025)\n');
    const audiovita = doc.entities.find((e) => e.label === 'Audiovita');
    expect(audiovita).toBeDefined();
    expect(audiovita?.type).not.toBe('Product');
  });
});

describe('mergers blocked, rivals and buyers in the genitive', () => {
  it('reads a blocked merger as a decision against both parties', () => {
    const doc = analyse('Bonn – Das Bundeskartellamt hat den geplanten Zusammenschluss der Hörgeräteketten Quellix und Tarnvix untersagt. (dpa, 1.2.2025)\n');
    const t = triples(doc);
    expect(t).toContain('Federal Cartel Office ruledAgainst Quellix');
    expect(t).toContain('Federal Cartel Office ruledAgainst Tarnvix');
  });

  it('reads "Klarna\'s U.S. rival Affirm" and "bought by Jack Dorsey\'s payments company Block"', () => {
    const doc = en("STOCKHOLM (Reuters) - Providers, including Quelna's U.S. rival Tarnfirm and Australia's Afterpin, which was bought by Jack Tarnsey's payments company Blockwell this year, face scrutiny. (Reuters, March 28, 2022)\n");
    const t = triples(doc);
    expect(t).toContain('Tarnfirm competitorOf Quelna');
    expect(t).toContain('Blockwell acquired Afterpin');
  });
});

describe('bodies are no companies', () => {
  it('does not take the advisory board a founder moves to for the company he founded or for his successor\'s office', () => {
    const doc = analyse('Linz (APA) - Beim Linzer Softwarehersteller Quellana kommt es zu einem Wechsel an der Spitze. Firmengründer Gernot Tarnecker übergibt die Geschäftsführung an Birgit Quellhorn. Tarnecker wechselt an die Spitze des Beirats. Das Unternehmen beschäftigt 240 Mitarbeiter. Seit 2021 hält die Beteiligungsgesellschaft Tarnberg Capital 40 Prozent der Anteile, den Rest besitzt weiterhin die Familie des Gründers. (APA, 12.3.2024)\n');
    const t = triples(doc);
    expect(t).not.toContain('Gernot Tarnecker founded Beirat');
    expect(t).not.toContain('Birgit Quellhorn ceoOf Beirat');
    expect(t.some((x) => /^Familie.* owns Quellana$/.test(x))).toBe(true);
  });
});

describe('the federal state', () => {
  it('reads "dem Bund" as an institution of its own, and "der Naturschutzbund" not as it', () => {
    const doc = analyse('München – Die Flughafengesellschaft gehört zu 51 Prozent dem Freistaat Bayern und zu 26 Prozent dem Bund. Der Naturschutzbund kritisierte das Projekt. (dpa, 1.2.2025)\n');
    expect(doc.entities.filter((e) => e.label === 'Bund')).toHaveLength(1);
    const association = doc.mentions.find((x) => x.text === 'Naturschutzbund');
    expect(doc.entities.find((e) => e.key === association?.entity)?.label).toBe('Naturschutzbund');
  });
});

describe('courts bar, platforms ban', () => {
  it('reads a court barring a company as a ruling against it, not a ban', () => {
    const doc = en('WASHINGTON (Reuters) - The U.S. Supreme Court on Friday upheld a law. The court barred Tarntok from operating in the country. (Reuters, May 5, 2025)\n');
    const t = triples(doc);
    expect(t.filter((x) => x.includes('banned Tarntok'))).toEqual([]);
    expect(t.some((x) => x.endsWith('ruledAgainst Tarntok'))).toBe(true);
  });
});

describe('chiefs named by their sector', () => {
  it('reads "Brauereichef X" as the chief of the brewery the text is about', () => {
    const doc = analyse('Neumarkt – Die Brauereigruppe Quellhuber übernimmt die Familienbrauerei Tarnerl. Brauereichef Josef Tarnerl hat keinen Nachfolger gefunden. (dpa, 1.2.2025)\n');
    expect(triples(doc)).toContain('Josef Tarnerl ceoOf Tarnerl');
  });

  it('makes the director of an authority its head ("der Direktor der Landesanstalt für Medien, X")', () => {
    const doc = analyse('Düsseldorf – Das Verbot sei nötig, sagte der Direktor der Landesanstalt für Medien, Tobias Quellmid. (epd, 1.2.2025)\n');
    expect(triples(doc).some((x) => x.startsWith('Tobias Quellmid ceoOf Landesanstalt'))).toBe(true);
  });
});

describe('parties to a contract', () => {
  it('reads no party name after "die Parteien" when a dictionary noun follows ("vereinbarten die Parteien Stillschweigen")', () => {
    const doc = analyse('Landshut – Über den Kaufpreis vereinbarten die Parteien Stillschweigen. (dpa, 1.2.2025)\n');
    expect(doc.entities.some((e) => e.label === 'Stillschweigen')).toBe(false);
  });
});

describe('old founding years', () => {
  it('reads a year before 1800 right before "gegründet" ("Die 1789 gegründete Brauerei")', () => {
    const doc = analyse('Neumarkt – Die Brauereigruppe Quellhuber übernimmt die Familienbrauerei Tarnerl. Die 1789 gegründete Brauerei wird von der Familie Tarnerl geführt. (dpa, 1.2.2025)\n');
    expect(triples(doc)).toContain('Tarnerl foundedIn 1789');
  });

  it('does not read a bare number of that size as a year ("1500 Beschäftigte")', () => {
    const doc = analyse('Linz – Die Quellbau GmbH wurde von Anna Tarn gegründet und hat 1500 Beschäftigte. (APA, 1.2.2025)\n');
    expect(triples(doc).filter((x) => x.includes('foundedIn 1500'))).toEqual([]);
  });
});
