// German relation extraction on sentences written for each construction
// (not taken from any corpus article): verb frames in active and passive,
// separable verbs, relative clauses, dropped subjects, compounds and
// appositions, nominalisations, claims and negation.
import { describe, expect, it } from 'vitest';
import { article, relationsOf } from './helpers.js';
import { analyseArticle } from '../../src/analyse.js';

describe('German relation rules', () => {
  it('active verb frame with accusative object', () => {
    expect(relationsOf('Der Softwarekonzern Nordlicht übernimmt das Start-up Kranich Labs.')).toContain('Nordlicht acquired Kranich Labs');
  });

  it('passive with agent and founding year', () => {
    const r = relationsOf('Das Start-up Wolkenbruch wurde 2016 von Petra Kowalczyk gegründet.');
    expect(r).toContain('Petra Kowalczyk founded Wolkenbruch');
    expect(r).toContain('Wolkenbruch foundedIn 2016');
  });

  it('separable verb: the particle at the clause end decides the lemma', () => {
    const r = relationsOf('Die Richterin Maria Gruber wies den Eilantrag der Firma Silbermond auf eine einstweilige Verfügung ab.');
    expect(r).toContain('Maria Gruber deniedInjunction Silbermond');
  });

  it('relative clause takes its antecedent as subject', () => {
    const r = relationsOf('Der Händler Fernweh, der den Konzern Tannhaus im Mai verklagt hat, sprach von einem Erfolg.');
    expect(r).toContain('Fernweh sued Tannhaus');
  });

  it('coordinated clause without subject keeps the subject before it', () => {
    const r = relationsOf('Die Firma Brückner war Dienstleister von Lumora, kündigte den Vertrag aber im März.');
    expect(r).toContain('Lumora hostedBy Brückner');
    expect(r).toContain('Brückner terminatedContractWith Lumora');
  });

  it('compound and apposition patterns', () => {
    const r = relationsOf('Lumora-Chef Anton Reiter bestätigte den Plan. Die Zentrix-Alternative Fjordpost wächst.');
    expect(r).toContain('Anton Reiter ceoOf Lumora');
    expect(r).toContain('Fjordpost alternativeTo Zentrix');
  });

  it('nominalisation: takeover by', () => {
    expect(relationsOf('Die Übernahme von Kranich Labs durch den Konzern Nordlicht ist abgeschlossen.')).toContain('Nordlicht acquired Kranich Labs');
  });

  it('reported speech becomes a claim; the accusation is a fact', () => {
    const r = relationsOf('Die Firma Silbermond behauptete, der Konzern Tannhaus habe sich mit dem Händler Fernweh abgesprochen.');
    expect(r).toContain('Tannhaus accusedOfColludingWith Fernweh');
    expect(r).toContain('Silbermond accused Tannhaus');
  });

  it('negated statements are not asserted', () => {
    const r = relationsOf('Der Konzern Tannhaus hat das Start-up Kranich Labs nicht übernommen.');
    expect(r.filter((x) => x.includes('acquired'))).toEqual([]);
  });

  it('seat with "mit Sitz in"', () => {
    expect(relationsOf('Gestern meldete sich die Firma Brückner mit Sitz in Graz zu Wort.')).toContain('Brückner locatedIn Graz');
  });
});

describe('German relation rules: selling, parents, succession, allegations, stakes', () => {
  it('selling to someone is their acquisition', () => {
    expect(relationsOf('Der Konzern Nordlicht verkauft seine Tochter Kranich Labs an den Investor Fernweh Capital.')).toContain('Fernweh Capital acquired Kranich Labs');
  });
  it('"X-Mutter Y" makes X a subsidiary of Y', () => {
    expect(relationsOf('Die Zentrix-Mutter Nordlicht meldete einen Gewinn.')).toContain('Zentrix subsidiaryOf Nordlicht');
  });
  it('taking over the succession of someone', () => {
    expect(relationsOf('Anna Berger tritt die Nachfolge von Peter Huber an.')).toContain('Anna Berger succeeded Peter Huber');
  });
  it('allegations against someone are an accusation', () => {
    expect(relationsOf('Die Firma Silbermond erhebt schwere Vorwürfe gegen den Konzern Tannhaus.')).toContain('Silbermond accused Tannhaus');
  });
  it('being involved in a company is an investment', () => {
    expect(relationsOf('Der Investor Fernweh Capital ist an dem Start-up Kranich Labs beteiligt.')).toContain('Fernweh Capital investedIn Kranich Labs');
  });
});

describe('German copula frames', () => {
  it('"X ist Chef/Gründer/Sprecherin/Tochter von Y"', () => {
    const r = relationsOf('Anna Berger ist seit 2019 Chefin von Velaris. Peter Huber ist Gründer von Kranich Labs. Die Firma Zentrix ist eine Tochter von Velaris.');
    expect(r).toContain('Anna Berger ceoOf Velaris');
    expect(r).toContain('Peter Huber founded Kranich Labs');
    expect(r).toContain('Zentrix subsidiaryOf Velaris');
  });
});

describe('German courts and genitive takeovers', () => {
  it('convicting rules against, "recht geben" rules in favour', () => {
    const r = relationsOf('Das Landgericht Graz verurteilte die Firma Zentrix zu einer Geldstrafe. Das Oberlandesgericht Wien gab der Firma Velaris recht.');
    expect(r).toContain('Landgericht Graz ruledAgainst Zentrix');
    expect(r).toContain('Oberlandesgericht Wien ruledInFavorOf Velaris');
  });
  it('"Xs Übernahme von Y"', () => {
    expect(relationsOf('Amazons Übernahme von Kranich Labs ist abgeschlossen.')).toContain('Amazon acquired Kranich Labs');
  });
});

describe('German descriptions of an organisation named before', () => {
  it('"die Raiffeisenbank" is the one whose name opens with the noun, not the other bank', () => {
    const r = relationsOf('Die Volksbank Lindenau und die Raiffeisenbank Obertal fusionieren. Ihr Kollege Ulrich Wendt, der die Raiffeisenbank seit 2012 führt, wird Stellvertreter.');
    expect(r).toContain('Ulrich Wendt ceoOf Raiffeisenbank Obertal');
    expect(r).not.toContain('Ulrich Wendt ceoOf Volksbank Lindenau');
  });
  it('"Liga-Geschäftsführerin X": a role compound on the last word of a name before it', () => {
    const r = relationsOf('Der Streamingdienst Kickwelt steigt bei der Veltrana Liga aus. Das bestätigte Liga-Geschäftsführerin Nadine Okafor am Montag.');
    expect(r).toContain('Nadine Okafor ceoOf Veltrana Liga');
    expect(r).not.toContain('Nadine Okafor ceoOf Kickwelt');
  });
  it('"Seit 2016 wird es von X geführt": "es" in an inverted passive with its agent is the firm', () => {
    const r = relationsOf('Das Familienunternehmen Grienauer Schuhe ist insolvent. Seit 2016 wird es von Martina Grienauer geführt.');
    expect(r).toContain('Martina Grienauer ceoOf Grienauer Schuhe');
  });
});

describe('German suits against pairs and the top of a management board', () => {
  it('"Klage gegen die beiden Gründer X und Y": the article before "beiden" opens the phrase', () => {
    const r = relationsOf('Eva Lind hat Klage gegen die beiden Gründer Tom Hahn und Ida Berg eingebracht.');
    expect(r).toContain('Eva Lind sued Tom Hahn');
    expect(r).toContain('Eva Lind sued Ida Berg');
  });
  it('"an der Spitze des Vorstands": the company of the board, not the board', () => {
    const r = relationsOf('Vera Holm steht an der Spitze des Vorstands der Nordbank AG. Die Firma Zentrix wächst. An die Spitze des Vorstands rückt Karl Brenner.');
    expect(r).toContain('Vera Holm ceoOf Nordbank AG');
    expect(r.filter((x) => x.endsWith('ceoOf Vorstand'))).toEqual([]);
  });
});

describe('German founding years, lead investors and released products', () => {
  it('"Das 2023 gegründete Berliner Unternehmen X": a word of origin between participle and noun', () => {
    expect(relationsOf('Das 2023 gegründete Berliner Unternehmen Lumtra hatte erst im Januar Geld eingesammelt.')).toContain('Lumtra foundedIn 2023');
  });
  it('"hat 25 Millionen Euro eingesammelt, angeführt vom Investor X": the lead investor of the round', () => {
    expect(relationsOf('Die Firma Lumtra hat 25 Millionen Euro eingesammelt, angeführt vom Investor Fleetrand Ventures.')).toContain('Fleetrand Ventures investedIn Lumtra');
  });
  it('"X stellte die App Y vor": a firm that presents a product develops it (not a person it presents)', () => {
    const r = relationsOf('Die Firma Velaris stellte am Montag die App Zento vor. Velaris stellte auch den neuen Chef Karl Brenner vor.');
    expect(r).toContain('Velaris developerOf Zento');
    expect(r.filter((x) => x.startsWith('Velaris developerOf Karl'))).toEqual([]);
  });
});

describe('German remaining shares', () => {
  it('"die übrigen Anteile hält X": a stake in the firm of the clause before', () => {
    const r = relationsOf('Der Versorger Almtaler Strom wächst. Er gehört zu 60 Prozent einem Verbund von Gemeinden, die übrigen Anteile hält die Wolkensteiner Beteiligungs GmbH.');
    expect(r).toContain('Wolkensteiner Beteiligungs GmbH investedIn Almtaler Strom');
  });
});

describe('German criticism of what a reported sentence opens with', () => {
  it('"Der Verlag wolle …, ohne mit dem Betriebsrat verhandelt zu haben, kritisierte X": the opening subject', () => {
    const r = relationsOf('Der Spieleverlag Nordwind Games streicht Stellen. Der Verlag wolle 140 Stellen streichen, ohne vorher mit dem Betriebsrat verhandelt zu haben, kritisierte die Gewerkschaft Verdi am Dienstag.');
    expect(r).toContain('Verdi criticized Nordwind Games');
    expect(r.filter((x) => x.startsWith('Verdi criticized Betriebsrat'))).toEqual([]);
  });
  // (Session 35: the organisation merely named before the reported clause is no longer guessed as what is criticised;
  // on the tune split that guess was wrong six times out of seven. Still never the clause's own subject.)
  it('not the clause\'s own subject, nor a guess from before: "X begrüßte die Zusagen, kritisierte aber, dass …"', () => {
    const r = relationsOf('Die Firma Velaris übernimmt die Lumtra AG. Die Betriebsrätin der Lumtra AG, Sabine Ulm, begrüßte die Zusagen, kritisierte aber, dass die Belegschaft erst aus den Medien von dem Verkauf erfahren habe.');
    expect(r.filter((x) => x.startsWith('Sabine Ulm criticized'))).toEqual([]);
  });
});

describe('German sites of organisations (kg:Facility)', () => {
  it('a plant sold, owned by the possessive\'s subject, in the place after it; another place is another plant', () => {
    const text =
      'Der Salzburger Süßwarenhersteller Kornblum verkauft sein Werk in Bad Leonfelden an den Konkurrenten Isarmühle Confiserie. ' +
      'Kornblum will die Herstellung in seinem Stammwerk in Salzburg bündeln. Isarmühle betreibt bereits ein Werk in Altötting. Das Netzwerk wächst.';
    const r = relationsOf(text);
    expect(r).toContain('Isarmühle Confiserie acquired Werk');
    expect(r).toContain('Kornblum owns Werk');
    expect(r).toContain('Kornblum owns Stammwerk');
    expect(r).toContain('Werk locatedIn Bad Leonfelden');
    expect(r).toContain('Stammwerk locatedIn Salzburg');
    expect(r).not.toContain('Werk locatedIn Altötting');
    const doc = analyseArticle(article(text));
    const sites = doc.entities.filter((e) => e.type === 'Facility').map((e) => e.label).sort();
    expect(sites).toEqual(['Stammwerk', 'Werk', 'Werk in Altötting']);
  });
});

describe('German investors adding money and families holding shares', () => {
  it('"Auch die Bestandsinvestoren X und Y legten erneut Geld nach"', () => {
    const r = relationsOf('Das Start-up Kornweg hat 18 Millionen Euro eingesammelt. Auch die Bestandsinvestoren Lotsenhaus Ventures und Brandmoor Capital legten erneut Geld nach.');
    expect(r).toContain('Lotsenhaus Ventures investedIn Kornweg');
    expect(r).toContain('Brandmoor Capital investedIn Kornweg');
  });
  it('"Die Gründerfamilie X hält rund 61 Prozent": a family owns its share', () => {
    const r = relationsOf('Der Maschinenbauer Aebli Technik wählt einen neuen Präsidenten. Die Gründerfamilie Aebli hält über eine Holding rund 61 Prozent der Stimmrechte.');
    expect(r).toContain('Gründerfamilie Aebli owns Aebli Technik');
  });
});

describe('German attacks attributed to a group', () => {
  it('"wird der Angriff der Hackergruppe X zugerechnet": the group attacked the target of the attack told before', () => {
    const r = relationsOf('Nach dem Hackerangriff auf das Klinikum Lindenau ermittelt die Polizei. Nach Informationen aus Sicherheitskreisen wird der Angriff der Hackergruppe BlackRook zugerechnet.');
    expect(r).toContain('BlackRook attacked Klinikum Lindenau');
  });
});

describe('German appositions between commas before the closing verb', () => {
  it('"Klage gegen die beiden Gründer, A und B, eingebracht, wie …": the names stay in the clause', () => {
    const r = relationsOf('Florian Ebner hat Klage gegen die beiden Gründer, Miriam Tossek und Daniel Pfauser, eingebracht, wie ein Sprecher sagte.');
    expect(r).toContain('Florian Ebner sued Miriam Tossek');
    expect(r).toContain('Florian Ebner sued Daniel Pfauser');
  });
});

describe('German injunctions obtained', () => {
  it('"X erwirkte beim Landgericht eine einstweilige Verfügung gegen Y"', () => {
    const r = relationsOf('Die Firma Lindrad erwirkte beim Landgericht Köln eine einstweilige Verfügung gegen den Konkurrenten Velaris.');
    expect(r).toContain('Landgericht Köln grantedInjunction Lindrad');
    expect(r).toContain('Landgericht Köln ruledAgainst Velaris');
  });
});

describe('German heads of towns and states', () => {
  it('"wählte X zur neuen Bürgermeisterin": the mayor of the dateline\'s town; "zum Oberbürgermeister von Y": of Y', () => {
    const r = relationsOf('Murbrugg (APA) - Der Gemeinderat wählte am Montag die Spitzenkandidatin Claudia Rauchwenger zur neuen Bürgermeisterin. Anna Berger wurde 2020 zur Oberbürgermeisterin von Kassel gewählt.\n\n(APA, 15.4.2025)\n', 'de', true);
    expect(r).toContain('Claudia Rauchwenger ceoOf Murbrugg');
    expect(r).toContain('Anna Berger ceoOf Kassel');
    expect(r).not.toContain('Anna Berger ceoOf Murbrugg');
  });

  it('"X regiert Bayern seit 2018": the head of the state; "von X geführt" makes no one head of a town', () => {
    expect(relationsOf('Markus Seeler regiert Bayern seit 2018.')).toContain('Markus Seeler ceoOf Bavaria');
    const r = relationsOf('Der Dienst aus dem kalifornischen Los Gatos, der von Co-Chef Tim Sarow geführt wird, wächst.');
    expect(r.filter((x) => x.startsWith('Tim Sarow ceoOf Los Gatos'))).toEqual([]);
  });
});

describe('German staff named by a possessive', () => {
  it('"mit seinem früheren Trainer X", "von ihrem Finanzchef Y": the clause\'s organisation employs them', () => {
    const r = relationsOf('Der Fußballklub FC Lausenbach hat den Rechtsstreit mit seinem früheren Trainer Ronny Pieske verloren. Die Spedition Haller trennte sich von ihrem Finanzchef Tom Berger.');
    expect(r).toContain('Ronny Pieske worksFor FC Lausenbach');
    expect(r).toContain('Tom Berger worksFor Haller');
    expect(r).not.toContain('Tom Berger worksFor FC Lausenbach');
  });
});

describe('German descriptions and names under a preposition', () => {
  it('"Nach einem Datenleck bei der Klinikgruppe X hat die Behörde ein Verfahren gegen den Krankenhausbetreiber eingeleitet"', () => {
    const r = relationsOf('Nach einem Datenleck bei der Klinikgruppe Ruhrsenke hat die Datenschutzaufsicht ein Verfahren gegen den Krankenhausbetreiber eingeleitet.');
    expect(r).toContain('Datenschutzaufsicht accused Ruhrsenke');
  });
});

describe('German people named with where they come from', () => {
  it('"Die Ökonomin X vom Wiener Forschungsinstitut Y", "Analyst Z von der Erste Group"; not "erhielt sie von der IG Metall"', () => {
    const r = relationsOf('Die Ökonomin Teresa Hollweg vom Wiener Forschungsinstitut Ekonova kritisierte das. Der Analyst Peter Maierl von der Erste Group sagte, das sei teuer. Die Betriebsrätin Petra Hagel protestierte. Unterstützung erhielt sie von der IG Metall.');
    expect(r).toContain('Teresa Hollweg worksFor Ekonova');
    expect(r).toContain('Peter Maierl worksFor Erste Group');
    expect(r).not.toContain('Petra Hagel worksFor IG Metall');
  });
});

describe('German investors', () => {
  it('"Der Wagniskapitalgeber Halden Ridge Ventures" is one name; an old investor who adds money adds it to the start-up, not to the new investor', () => {
    const r = relationsOf('Das Berliner Start-up Penvo hat einen neuen Investor. Der US-Wagniskapitalgeber Halden Ridge Ventures aus San Francisco führt eine Finanzierungsrunde über 28 Millionen Euro an. Auch der Berliner Altinvestor Spreeland Capital legt noch einmal Geld nach.');
    expect(r).toContain('Halden Ridge Ventures locatedIn San Francisco');
    expect(r.filter((x) => x.startsWith('Ridge Ventures'))).toEqual([]);
    expect(r).not.toContain('Spreeland Capital investedIn Halden Ridge Ventures');
  });
});

describe('German heads named after "und" with a possessive', () => {
  it('"Konten der Gruppe und ihres Anführers X seien gelöscht worden, bestätigte ein Sprecher": a fact, not a claim', () => {
    const r = relationsOf('Die Plattform Vyndor hat die Gruppe Kameradschaft Elbwind gesperrt. Sämtliche Konten der Gruppe und ihres Anführers Sören Albrecht seien gelöscht worden, bestätigte ein Sprecher. Die Firma Kelvor und ihr Gründer Tom Marek klagen.');
    expect(r).toContain('Sören Albrecht ceoOf Kameradschaft Elbwind');
    expect(r).toContain('Tom Marek founded Kelvor');
  });
});

describe('German towns named with the adjective of their region', () => {
  it('"im steirischen Leoben", "aus dem ungarischen Győr"', () => {
    const r = relationsOf('Der Zulieferer Kornwerk schließt sein Werk im steirischen Leoben. Die Teile kommen künftig aus dem ungarischen Győr.');
    expect(r).toContain('Leoben locatedIn Styria');
    expect(r).toContain('Győr locatedIn Hungary');
  });
});

describe('German lists whose last name has an article and a noun', () => {
  it('"ein Bündnis aus SPÖ, Grünen und der Bürgerliste „Wir für Murbach“": all three are partners', () => {
    const r = relationsOf('Möglich wurde der Machtwechsel durch ein Bündnis aus SPÖ, Grünen und der Bürgerliste „Wir für Murbach“.');
    expect(r).toContain('SPÖ partnerOf Wir für Murbach');
    expect(r.some((x) => /^SPÖ partnerOf .*Grünen$/.test(x))).toBe(true);
  });

  it('"der Gruppe und ihres Anführers X" stays no list: the possessive opens a phrase of its own', () => {
    const r = relationsOf('Die Plattform Vyndor sperrte die Konten der Kameradschaft Elbwind und ihres Anführers Sören Albrecht.');
    expect(r).toContain('Sören Albrecht ceoOf Elbwind');
  });
});

describe('German verbs the dictionary lacks', () => {
  it('"hat eine Kooperation mit X vereinbart": a participle read as the verb it is', () => {
    expect(relationsOf('Der Chiphersteller Lumiqa hat eine Kooperation mit der Fachhochschule Kärnten vereinbart.')).toContain('Lumiqa partnerOf Fachhochschule Kärnten');
  });
});

describe('German clauses that go on with a verb of accusing', () => {
  it('"X begrüßte die Sperre, warf Y aber vor, …": X accuses Y; "…, warf die Gewerkschaft dem Unternehmen vor" keeps its own subject', () => {
    const r = relationsOf('Der Verein Netzwacht, der Hassinhalte dokumentiert, begrüßte die Sperre, warf Vyndor aber vor, viel zu spät gehandelt zu haben.');
    expect(r).toContain('Netzwacht accused Vyndor');
    const s = relationsOf('Der Chiphersteller Tessmar eröffnet ein Werk. Kritik kam von der IG Metall: Tessmar verweigere einen Tarifvertrag, warf die Gewerkschaft dem Unternehmen vor.');
    expect(s).toContain('IG Metall accused Tessmar');
  });
});

describe('German heads named by a possessive', () => {
  it('"An seiner Spitze bleibt X", "…, deren Direktor Y im Amt bleibt"', () => {
    expect(relationsOf('Der Spielehersteller Gearwerk bleibt eigenständig. An seiner Spitze bleibt Randy Pichler.')).toContain('Randy Pichler ceoOf Gearwerk');
    expect(relationsOf('Die Kliniken werden unter der Marke RehaSilva weitergeführt, deren Direktor Peter Imhof im Amt bleibt.')).toContain('Peter Imhof ceoOf RehaSilva');
  });
});

describe('German object pronouns in relative clauses', () => {
  it('"von X und Y gegründet worden, die ihn heute leiten": "ihn" is not one of the founders', () => {
    const r = relationsOf('Der Modehändler Zelanda wurde 2008 gegründet. Der Konzern war 2008 von Robert Genz und David Schnieder gegründet worden, die ihn heute als Co-Vorstandschefs leiten.');
    expect(r).toContain('Robert Genz ceoOf Zelanda');
    expect(r).toContain('David Schnieder ceoOf Zelanda');
    expect(r).not.toContain('Robert Genz ceoOf David Schnieder');
  });
});

describe('German heads named by a possessive after the subject', () => {
  it('"Der Verein hat sich von seinem Präsidenten X getrennt"; "mit seinem früheren Technikchef Y" makes no head', () => {
    const r = relationsOf('Der Verein Cyberrat Nord hat sich von seinem Präsidenten Hans Dünnwald getrennt.');
    expect(r).toContain('Hans Dünnwald ceoOf Cyberrat Nord');
    const s = relationsOf('Die Firma Pulsbrecht klagt. Die Firma Trainhaus arbeitet mit seinem früheren Technikchef Jonas Rendl zusammen.');
    expect(s).not.toContain('Jonas Rendl ceoOf Trainhaus');
  });
});

describe('German adjectives of a direction and a country', () => {
  it('"Der Hersteller aus dem nordspanischen Saragossa": a town, where the firm is; "nordspanisch" is Spanish', () => {
    const r = relationsOf('Der Zughersteller Veltrano wies das zurück. Der Hersteller aus dem nordspanischen Saragossa wies die Darstellung zurück.');
    expect(r).toContain('Veltrano locatedIn Saragossa');
  });
});

describe('German heads and rivals in the clause after the one about their organisation', () => {
  it('"Der Verein kündigte Widerstand an, seine Vorsitzende X nannte …": the head of the clause before\'s subject', () => {
    const r = relationsOf('Auch der Mieterbund Leinetal kündigte Widerstand an, seine Vorsitzende Gerda Pfannholz nannte die Regel weltfremd.');
    expect(r.filter((t) => t.startsWith('Gerda Pfannholz ceoOf ')).map((t) => t.slice(-8))).toEqual(['Leinetal']);
  });

  it('"Das Unternehmen mit Sitz in Amsterdam, das gegen X antritt": the relative clause is about the firm, not its seat', () => {
    const r = relationsOf('Kritik kam vom Buchungsportal Ferilo. Das Unternehmen mit Sitz in Amsterdam, das in Europa gegen Vacazo und Trivanto antritt, prüft Schritte.');
    expect(r).toEqual(expect.arrayContaining(['Ferilo competitorOf Vacazo', 'Ferilo competitorOf Trivanto']));
    expect(r).not.toContain('Amsterdam competitorOf Vacazo');
  });

  it('"die X-Gruppe, der die Kette Y gehört": "der" is the dative of a verb that takes one, the owner', () => {
    const r = relationsOf('Die Handelsgruppe Ostbrück mit Sitz in Leipzig, der die Warenhauskette Lindhof gehört, wächst.');
    expect(r).toContain('Lindhof subsidiaryOf Ostbrück');
    expect(r).not.toContain('Ostbrück subsidiaryOf Lindhof');
  });

  it('"seit Montagfrüh" names nothing', () => {
    const doc = analyseArticle(article('Seit Montagfrüh sind die Server der Firma Wellgrund abgeschaltet.'));
    expect(doc.entities.map((e) => e.label)).not.toContain('Montagfrüh');
  });
});

describe('German institutions and their descriptions', () => {
  it('"die Stadtpolizei St. Gallen" lies in the town the gazetteer knows; "den Verbund" describes the hospital group', () => {
    expect(relationsOf('Bei der Stadtpolizei St. Gallen gingen Meldungen ein.')).toContain('Stadtpolizei St. Gallen locatedIn St. Gallen');
    const r = relationsOf('Der Klinikverbund Ameria Kliniken wird verkauft. Den Rest hält die Stiftung Lentzhof, die den Verbund 1962 gegründet hatte.');
    expect(r).toContain('Ameria Kliniken foundedIn 1962');
  });
});

describe('German courts and associations named in parts', () => {
  it('"Das Oberlandesgericht (OLG) Hamm": the place after the short form is part of the name and the seat', () => {
    const doc = analyseArticle(article('Das Oberlandesgericht (OLG) Hamm gab der Klage des Mietervereins Ruhrbogen statt. Dies sei richtig.'));
    expect(doc.entities.map((e) => e.label)).toContain('Oberlandesgericht Hamm');
    expect(doc.entities.map((e) => e.label)).not.toContain('Dies');
    expect(relationsOf('Das Oberlandesgericht (OLG) Hamm gab der Klage statt.')).toContain('Oberlandesgericht Hamm locatedIn Hamm');
  });

  it('"der Mieterverein X … die Vorsitzende des Mietervereins, Y": the association named before, with its noun as an alias', () => {
    const text = 'Der Mieterverein Ruhrbogen hat gewonnen. "Ein großer Tag", sagte die Vorsitzende des Mietervereins, Birgit Kolbeck.';
    expect(relationsOf(text)).toContain('Birgit Kolbeck ceoOf Ruhrbogen');
    expect(analyseArticle(article(text)).entities.find((e) => e.label === 'Ruhrbogen')?.aliases).toContain('Mieterverein Ruhrbogen');
  });

  it('"die Vorsitzende Richterin" presides over a court: no chair of the union talked about', () => {
    const r = relationsOf('Die Gewerkschaft Verdana hatte zum Streik aufgerufen. Der Streik sei rechtens, begründete die Vorsitzende Richterin die Entscheidung.');
    expect(r.filter((t) => t.endsWith('ceoOf Verdana'))).toEqual([]);
  });
});

describe('German rivals by example and by market', () => {
  it('"konkurriert mit Angeboten wie X", "kämpft gegen die Konkurrenz chinesischer Hersteller wie Y"', () => {
    expect(relationsOf('Die App Kurzlage konkurriert mit Angeboten wie Newsora.')).toContain('Kurzlage competitorOf Newsora');
    expect(relationsOf('Der Autobauer Ljungmark kämpft in Europa gegen die wachsende Konkurrenz chinesischer Hersteller wie Tianlong.')).toContain('Ljungmark competitorOf Tianlong');
  });

  it('"In der Schweiz trifft X auf den Hoster Y": firms meeting in a market; not a union at a meeting', () => {
    expect(relationsOf('In der Schweiz trifft der Hoster Limmatnetz vor allem auf den Berner Hoster Aarehost.')).toContain('Limmatnetz competitorOf Aarehost');
    expect(relationsOf('Der Konzern Velmar trifft am Montag auf die Gewerkschaft Verdana.').filter((t) => t.includes('competitorOf'))).toEqual([]);
  });
});

describe('German verbs of presiding', () => {
  it('"die bisher dem Landverband X vorstand" (the joined form of "vorstehen"), "der den Verwaltungsrat präsidiert hatte"', () => {
    expect(relationsOf('Neue Präsidentin wird Monika Stalder, die bisher dem Landverband Napfgrund vorstand.')).toContain('Monika Stalder ceoOf Napfgrund');
    expect(relationsOf('Die Firma Obrecht meldet, dass Urs Landolt die Genossenschaft Reusswald seit 2017 präsidiert.')).toContain('Urs Landolt ceoOf Reusswald');
  });
});

describe('German generic nouns of a body', () => {
  it('"beim Stammverein … im Aufsichtsrat … der das Gremium geführt hatte": the body named last', () => {
    const r = relationsOf('Die Mehrheit bleibt beim Stammverein. Den Vorsitz im Aufsichtsrat übernimmt Evelyn Rainer. Sie folgt auf Herbert Klotz, der das Gremium zwölf Jahre lang geführt hatte.');
    expect(r).toContain('Herbert Klotz ceoOf Aufsichtsrat');
    expect(r).not.toContain('Herbert Klotz ceoOf Stammverein');
  });
});

describe('German names given and people described by their trade', () => {
  it('"Ab Januar tritt die vereinte Genossenschaft unter dem Namen X auf": the name, whatever its words, and the description after', () => {
    const text = 'Die Surtal Agrar übernimmt den Landverband Napfgrund. Ab Januar tritt die vereinte Genossenschaft unter dem Namen Hinterland Agrar auf. Beim Einkauf arbeitet die neue Genossenschaft weiterhin mit dem Agrarkonzern Fenvaco zusammen.';
    expect(analyseArticle(article(text)).entities.map((e) => e.label)).toContain('Hinterland Agrar');
    expect(relationsOf(text)).toContain('Hinterland Agrar partnerOf Fenvaco');
  });

  it("\"um den Ufhuser Milchbauern Anton X\": a word of origin and a trade before a person's name are no part of it", () => {
    const doc = analyseArticle(article('Eine Gruppe von Landwirten um den Ufhuser Milchbauern Anton Kneuberger kritisierte den Entscheid.'));
    expect(doc.entities.find((e) => e.label === 'Anton Kneuberger')?.type).toBe('Person');
  });
});

describe('German relative clauses on a common noun', () => {
  it('"aus einer Seed-Runde über 2,1 Millionen Euro, die der Risikokapitalgeber X angeführt hat": the round is a word of the clause', () => {
    const r = relationsOf('Das Studio Mooskamm Games wurde gegründet. Die Entwicklung wird aus einer Seed-Runde über 2,1 Millionen Euro bezahlt, die der Risikokapitalgeber Lerchwald Capital angeführt hat.');
    expect(r).toContain('Lerchwald Capital investedIn Mooskamm Games');
  });

  it('a guessed target of an investment is no investor: "Auch der Unternehmer X ist eingestiegen" after a round led by Y Capital', () => {
    const r = relationsOf('Die Runde hat der Risikokapitalgeber Lerchwald Capital angeführt. Auch der Unternehmer Harald Pötzl ist eingestiegen.');
    expect(r).not.toContain('Harald Pötzl investedIn Lerchwald Capital');
  });
});

describe('German parties: spokespeople and campaigning', () => {
  it('"wie eine Parteisprecherin mitteilte" speaks for the party, not its court; "für Kandidaten der X geworben" supports them', () => {
    const r = relationsOf('Die Freie Liste Havelland (FLH) hat ihren Abgeordneten Gerd Wollmann ausgeschlossen. Das Landesschiedsgericht der Partei gab einem Antrag statt, wie eine Parteisprecherin mitteilte. Wollmann hatte offen für die konkurrierende Heimatpartei Ostmark geworben.');
    expect(r).toContain('Parteisprecherin spokespersonOf Freie Liste Havelland');
    expect(r.filter((t) => t.includes('spokespersonOf Landesschiedsgericht'))).toEqual([]);
    expect(r).toContain('Gerd Wollmann supporterOf Ostmark');
  });

  it('"wirbt mit günstigen Tarifen für Studierende" is advertising, no support', () => {
    expect(relationsOf('Die Firma Fonara wirbt vor allem mit günstigen Tarifen für Studierende und Pensionisten.').filter((t) => t.includes('supporterOf'))).toEqual([]);
  });
});
