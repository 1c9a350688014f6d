// Constructions of everyday agency news that session 15 found missing or
// misread, each on a short text written for this test with invented names
// (or a real name where the test is about what the name list knows).
import { describe, expect, it } from 'vitest';
import { readMetadata } from '../../src/text/metadata.js';
import { analyse, entityOf, triples } from './analyse.js';


describe('datelines and names of firms', () => {
  it('reads a town whose name has two linking words as one dateline place, and the agency as the source', () => {
    const meta = readMetadata('Kremsau/Neudorf an der Quell (APA) - Der Versorger meldet einen Ausfall.\n');
    expect(meta.datelinePlaces).toEqual(['Kremsau', 'Neudorf an der Quell']);
    expect(meta.source).toBe('APA');
  });

  it('does not make the last word of such a town an organisation named by the agency', () => {
    const doc = analyse('Neudorf an der Quell (APA) - Der Energieversorger Quelltal-Werke ist Opfer eines Hackerangriffs geworden. (APA, 1.2.2025)\n');
    expect(entityOf(doc, 'Neudorf an der Quell')?.type).toBe('City');
    expect(doc.entities.some((e) => e.label === 'Quell')).toBe(false);
  });

  it('reads a hyphenated compound of an unknown word after a noun for a firm as the firm\'s name', () => {
    const doc = analyse('Linz – Der Energieversorger Quelltal-Werke ist Opfer eines Hackerangriffs geworden, teilte Geschäftsführerin Sabine Tarnleitner mit. (APA, 1.2.2025)\n');
    expect(entityOf(doc, 'Quelltal-Werke')?.type).toBe('Company');
    expect(triples(doc)).toContain('Sabine Tarnleitner ceoOf Quelltal-Werke');
  });

  it('does not read a compound on a role after such a noun as a firm', () => {
    const doc = analyse('Linz – Der Konzern Quelltal-Chef Max Tarn sagte nichts. (APA, 1.2.2025)\n');
    expect(doc.entities.some((e) => e.label === 'Quelltal-Chef')).toBe(false);
  });

  it('keeps a listed authority\'s abbreviation apart from a firm that a legal-form word after it names', () => {
    const doc = analyse('Wien – Der Versorger wird vom Wiener Sicherheitsunternehmen SEC Consult unterstützt. (APA, 1.2.2025)\n');
    const firm = entityOf(doc, 'SEC Consult');
    expect(firm?.label).toBe('SEC Consult');
    expect(firm?.type).not.toBe('GovernmentAgency');
  });
});

describe('English names that open a sentence', () => {
  const text =
    'SAN FRANCISCO (Reuters) - Thinking Quanta Lab, the artificial intelligence start-up founded by former OpenAI technology chief Mara Quellin, has raised $2 billion. Chipmakers Nvidia and AMD also took part. Safe Quantumware, founded by Ilan Tarnov, was valued at $3 billion. (Reuters, July 1, 2025)\n';

  it('keeps an opening -ing word or adjective in an unknown name that an apposition or a participle follows', () => {
    const doc = analyse(text);
    expect(entityOf(doc, 'Thinking Quanta Lab')?.label).toBe('Thinking Quanta Lab');
    expect(entityOf(doc, 'Safe Quantumware')?.label).toBe('Safe Quantumware');
    expect(triples(doc)).toContain('Ilan Tarnov founded Safe Quantumware');
  });

  it('leaves an opening plural noun for a kind of firm out of the name after it', () => {
    const doc = analyse(text);
    expect(entityOf(doc, 'Nvidia')?.label).toBe('Nvidia');
    expect(doc.entities.some((e) => e.label.startsWith('Chipmakers'))).toBe(false);
  });

  it('still reads an opening adjective before a sentence without apposition as no part of a name', () => {
    const doc = analyse('LONDON (Reuters) - Former Quellbank chief Ilan Tarnov joined Verdix on Monday, the company said in a statement that was sent to the press. (Reuters, July 1, 2025)\n');
    expect(doc.entities.some((e) => e.label.startsWith('Former'))).toBe(false);
  });
});

describe('English staff and founders', () => {
  it('finds the founder behind a role phrase with an employer and two nouns after "founded by"', () => {
    const t = triples(analyse('SAN FRANCISCO (Reuters) - Quanta Lab, the artificial intelligence start-up founded by former Verdix technology chief Mara Quellin, has raised $2 billion. (Reuters, July 1, 2025)\n'));
    expect(t).toContain('Mara Quellin founded Quanta Lab');
    expect(t).not.toContain('Verdix founded Quanta Lab');
    expect(t).toContain('Mara Quellin worksFor Verdix');
  });

  it('reads "X, himself a Y co-founder," as a founder of Y', () => {
    expect(triples(analyse('LONDON (Reuters) - Jon Quellman, himself a Verdix co-founder, joined the start-up in May. (Reuters, July 1, 2025)\n'))).toContain('Jon Quellman founded Verdix');
  });

  it('reads "Y\'s former chief scientist X" as staff of Y', () => {
    expect(triples(analyse('LONDON (Reuters) - Quantumware was founded by Verdix\'s former chief scientist Ilan Tarnov in 2024. (Reuters, July 1, 2025)\n'))).toContain('Ilan Tarnov worksFor Verdix');
  });

  it('reads time spent at a firm as employment', () => {
    expect(triples(analyse('LONDON (Reuters) - Jon Quellman had spent six years at Verdix before joining Quantumware. (Reuters, July 1, 2025)\n'))).toContain('Jon Quellman worksFor Verdix');
  });
});

describe('German heads and staff', () => {
  it('reads the Austrian "Generaldirektor" before a name as the chief of the firm talked about', () => {
    const t = triples(analyse('Innsbruck (APA) - Die Quellversicherung tauscht ihre Führung aus. Der Aufsichtsrat des Versicherers Quellversicherung AG hat sich am Montag von Generaldirektor Reinhard Tarnstein getrennt. (APA, 1.2.2025)\n'));
    expect(t).toContain('Reinhard Tarnstein ceoOf Quellversicherung AG');
  });

  it('reads "die Behörde unter Generaldirektorin X" as the head of the authority, without a possessive', () => {
    const t = triples(analyse('Wien – Die Bundeswettbewerbsbehörde (BWB) hat Büros des Zementherstellers Quellzement AG durchsucht. Die Behörde unter Generaldirektorin Natalie Tarnberg prüft seit Jahren die Branche. (APA, 1.2.2025)\n'));
    expect(t).toContain('Natalie Tarnberg ceoOf Bundeswettbewerbsbehörde');
    expect(t).not.toContain('Natalie Tarnberg ceoOf Quellzement AG');
  });

  it('reads a name in quotes joined by a hyphen to a title as a compound, so the person is the object', () => {
    const t = triples(analyse('Berlin (dpa) - Der Medienkonzern Quellverlag hat „Quellbote“-Chefredakteur Julian Tarnelt von seinen Aufgaben entbunden. (dpa, 1.2.2025)\n'));
    expect(t).toContain('Quellverlag dismissed Julian Tarnelt');
    expect(t).not.toContain('Quellverlag dismissed Quellbote');
  });

  it('finds the predecessor of "Nachfolger an der Spitze von <place\'s> …" among the people named before', () => {
    const t = triples(analyse('Berlin (dpa) - Der Medienkonzern Quellverlag hat Chefredakteur Julian Tarnelt entlassen. Nachfolger an der Spitze von Deutschlands größter Boulevardzeitung wird Johannes Quellboie. (dpa, 1.2.2025)\n'));
    expect(t).toContain('Johannes Quellboie succeeded Julian Tarnelt');
  });

  it('reads a post held at an organisation in apposition after a name as employment', () => {
    const t = triples(analyse('Berlin (dpa) - Nachfolgerin wird Anna Tarnberg, bisher Finanzchefin der Großbank Quellbank. Neuer Leiter wird Max Tarn, zuvor Chefredakteur der Zeitung „Quellbote“. (dpa, 1.2.2025)\n'));
    expect(t).toContain('Anna Tarnberg worksFor Quellbank');
    expect(t).toContain('Max Tarn worksFor Quellbote');
  });

  it('reads "es" as the subject of a passive with an agent as the firm talked about', () => {
    const fronted = triples(analyse('Lage – Das 1958 gegründete Familienunternehmen Quellkamp beschäftigt rund 1300 Menschen. Geführt wird es von Henrik Tarnkamp, einem Enkel des Firmengründers. (red, 1.2.2025)\n'));
    expect(fronted).toContain('Henrik Tarnkamp ceoOf Quellkamp');
    const opening = triples(analyse('Lage – Das Familienunternehmen Quellkamp beschäftigt rund 1300 Menschen. Es wird von Henrik Tarnkamp geführt. (red, 1.2.2025)\n'));
    expect(opening).toContain('Henrik Tarnkamp ceoOf Quellkamp');
  });

  it('leaves an impersonal "es wird … erwartet" alone', () => {
    const doc = analyse('Lage – Das Familienunternehmen Quellkamp beschäftigt rund 1300 Menschen. Es wird erwartet, dass Henrik Tarnkamp bleibt. (red, 1.2.2025)\n');
    expect(doc.mentions.some((m) => m.text === 'Es' && m.entity !== undefined)).toBe(false);
  });
});

describe('clubs, coaches and legal names', () => {
  it('reads a coach named without a club as staff of the club talked about, but not a national coach', () => {
    const t = triples(analyse('München (dpa) - Der FC Quellbach hat einen neuen Trainer gefunden. Trainer Julian Tarnmann unterschreibt bis 2026. Bundestrainer Joachim Quelllöw lobte die Wahl. (dpa, 1.2.2025)\n'));
    expect(t).toContain('Julian Tarnmann worksFor FC Quellbach');
    expect(t).not.toContain('Joachim Quelllöw worksFor FC Quellbach');
  });

  it('reads a move "von X zu Y" as employment at a club left behind', () => {
    const t = triples(analyse('München (dpa) - Julian Tarnmann wechselt zur kommenden Saison vom FC Quellbach zum SV Tarnfeld, wie der Verein mitteilte. (dpa, 1.2.2025)\n'));
    expect(t).toContain('Julian Tarnmann worksFor FC Quellbach');
  });

  it('gives an abbreviation in brackets to the name right before it, even where a legal form ends that name', () => {
    const doc = analyse('Andermatt (sda) - Der Betreiber Quellberg Resorts erwirbt 55 Prozent der Andermatt-Sedrun Sport AG von der Andermatt Swiss Alps AG (ASA), wie die beiden Unternehmen mitteilten. Die ASA bleibt mit 45 Prozent beteiligt. (sda, 1.2.2025)\n');
    const asa = doc.mentions.filter((m) => m.text === 'ASA').map((m) => doc.entities.find((e) => e.key === m.entity)?.label);
    expect(asa).toEqual(['Andermatt Swiss Alps AG', 'Andermatt Swiss Alps AG']);
    expect(entityOf(doc, 'Andermatt-Sedrun Sport AG')?.aliases ?? []).not.toContain('ASA');
  });

  it('reads "Resorts" as a word ending a firm\'s name, even after a first name', () => {
    const doc = analyse('Andermatt (sda) - Der Skigebietsbetreiber Vail Resorts übernimmt die Mehrheit am Skigebiet. (sda, 1.2.2025)\n');
    expect(entityOf(doc, 'Vail Resorts')?.type).toBe('Company');
  });
});

describe('partners and councils', () => {
  it('reads firms that build something "gemeinsam mit" others as partners of each', () => {
    const t = triples(analyse('Dresden – Der taiwanische Auftragsfertiger Velantric baut gemeinsam mit Tarvex, Infineon und NXP ein weiteres Werk. (AFP, 1.2.2025)\n'));
    expect(t).toContain('Velantric partnerOf Tarvex');
    expect(t).toContain('Velantric partnerOf Infineon');
    expect(t).toContain('Velantric partnerOf NXP');
  });

  it('does not make a person a firm\'s partner for working on something together', () => {
    const t = triples(analyse('Dresden – Die Firma Quellchip entwickelt gemeinsam mit Anna Tarnberg eine App. (AFP, 1.2.2025)\n'));
    expect(t.some((x) => x.includes('partnerOf'))).toBe(false);
  });

  it('reads the chair of a works council in apposition as staff, not as the chief of the company', () => {
    const t = triples(analyse('Graz – Die Betriebsratsvorsitzende der Quellkliniken AG, Sabine Tarnurl, begrüßte die Zusagen. Die Vorsitzende der Quellpartei, Anna Tarnberg, sprach. (red, 1.2.2025)\n'));
    expect(t).toContain('Sabine Tarnurl worksFor Quellkliniken AG');
    expect(t).not.toContain('Sabine Tarnurl ceoOf Quellkliniken AG');
    expect(t).toContain('Anna Tarnberg ceoOf Quellpartei');
  });
});

describe('English places in apposition', () => {
  it('does not read the subject after a participle phrase as an apposition of the name that closes the phrase', () => {
    const t = triples(analyse('BRUSSELS (Reuters) - Tarvex Software has filed a complaint against Velantric. In the complaint, submitted on Monday and seen by Reuters, the Oslo-based company says the rules are too costly. (Reuters, Sept. 16, 2025)\n'));
    expect(t).not.toContain('Reuters locatedIn Oslo');
  });

  it('still reads "X, a Y-based maker of …" and "X, the Y-based company," as the seat of X', () => {
    const t = triples(analyse('BOSTON (Reuters) - Harlow Capital has agreed to buy Tarvex Security, a Boston-based maker of email-security software, for about $2 billion. Velantric, the Oslo-based company, declined to comment. (Reuters, Sept. 16, 2025)\n'));
    expect(t).toContain('Tarvex Security locatedIn Boston');
    expect(t).toContain('Velantric locatedIn Oslo');
  });
});

describe('English unknown names opening a sentence before an apposition', () => {
  it('reads an unknown word before ", the <place>-based company," as the company\'s name', () => {
    const doc = analyse('BOSTON (Reuters) - Velantric, the Oslo-based company, declined to comment on Monday. (Reuters, Sept. 16, 2025)\n');
    expect(entityOf(doc, 'Velantric')?.type).toBe('Company');
    expect(triples(doc)).toContain('Velantric locatedIn Oslo');
  });

  it('does not make a word of time opening a sentence a company', () => {
    const doc = analyse('BOSTON (Reuters) - Yesterday, the company, which makes chips, said nothing about the deal. (Reuters, Sept. 16, 2025)\n');
    expect(doc.entities.some((e) => e.label === 'Yesterday')).toBe(false);
  });
});

describe('English rivals and genitive owners', () => {
  it('gives the preposition of a person\'s genitive to the name after it ("compete with Elon Musk\'s Starlink")', () => {
    const t = triples(analyse('LUXEMBOURG (Reuters) - Tarvex wants to compete with Ilan Quell\'s Velantric, the company said on Monday. (Reuters, April 30, 2024)\n'));
    expect(t).toContain('Tarvex competitorOf Velantric');
    expect(t).not.toContain('Tarvex competitorOf Ilan Quell');
  });

  it('reads "agreed to buy U.S. rival X" as a rival of the buyer', () => {
    const t = triples(analyse('LUXEMBOURG (Reuters) - Tarvex agreed on Tuesday to buy U.S. rival Velantric for $3.1 billion in cash. (Reuters, April 30, 2024)\n'));
    expect(t).toContain('Velantric competitorOf Tarvex');
  });

  it('does not make a rival of a person who worked at the rival', () => {
    const t = triples(analyse('LONDON (Reuters) - Jon Quellman had spent only a few months at rival Velantric before joining Tarvex. (Reuters, April 30, 2024)\n'));
    expect(t.some((x) => x.includes('competitorOf'))).toBe(false);
  });
});

describe('English complaints and relative clauses of place', () => {
  it('reads a complaint filed with an authority as no lawsuit, one filed in court as a lawsuit', () => {
    const t = triples(analyse('BRUSSELS (Reuters) - Spotify has filed an antitrust complaint with the European Commission against Apple. Microsoft filed a complaint in federal court against Google on Monday. (Reuters, Sept. 16, 2025)\n'));
    expect(t).not.toContain('Spotify sued Apple');
    expect(t).toContain('Microsoft sued Google');
  });

  it('skips a relative clause opened by "where" when finding the subject of the main clause', () => {
    const t = triples(analyse('BRUSSELS (Reuters) - The European Commission, where Executive Vice-President Teresa Quellvera oversees competition policy, fined Apple 500 million euros in April. (Reuters, Sept. 16, 2025)\n'));
    expect(t).toContain('European Commission ruledAgainst Apple');
    expect(t).not.toContain('Teresa Quellvera ruledAgainst Apple');
  });

  it('does not make the place a "where" clause hangs on the object of its verb', () => {
    const t = triples(analyse('LONDON (Reuters) - Priya Quellram had spent a decade at Google DeepMind, where she led a team working on protein models. (Reuters, Sept. 16, 2025)\n'));
    expect(t).not.toContain('Priya Quellram ceoOf Google DeepMind');
  });
});

describe('English party and committee appositions', () => {
  it('reads "X, a Massachusetts Democrat," and "X, a member of the Y Committee," as memberships', () => {
    const t = triples(analyse('WASHINGTON (AP) - Sen. Ed Quellmarkey, a Massachusetts Democrat, said on Tuesday the app shared data. Quellmarkey, a member of the Senate Commerce Committee, asked questions. (AP, March 12, 2024)\n'));
    expect(t).toContain('Ed Quellmarkey memberOf Democratic Party');
    expect(t).toContain('Ed Quellmarkey memberOf Senate Commerce Committee');
  });
});

describe('plural groups', () => {
  it('reads a compound plural the tables do not mark, after a plural word, as a group', () => {
    const doc = analyse('Berlin – Mehrere Baufirmen klagen gegen die Vergabe. Viele Taxifahrer protestierten am Montag. (dpa, 1.2.2025)\n');
    expect(entityOf(doc, 'Baufirmen')?.type).toBe('Group');
    expect(entityOf(doc, 'Taxifahrer')?.type).toBe('Group');
  });

  it('keeps a singular compound a description', () => {
    const doc = analyse('Berlin – Die Baufirma Quellbau klagt. Der Taxifahrer protestierte am Montag. (dpa, 1.2.2025)\n');
    expect(doc.entities.some((e) => e.type === 'Group')).toBe(false);
  });

  it('does not read an English plural noun opening a sentence as a brand of that name', () => {
    const doc = analyse('LONDON (Reuters) - Banks and law firms objected to the rules on Monday, the newspaper reported. (Reuters, Sept. 16, 2025)\n');
    expect(doc.entities.some((e) => e.type === 'Company' && /^Banks/.test(e.label))).toBe(false);
  });
});

describe('places of two words and sectors of one family', () => {
  it('reads "der St. Galler Versandhändler X" as a firm from St. Gallen', () => {
    const doc = analyse('Zürich – Der St. Galler Versandhändler Quellmatt hat Klage gegen den Cloud-Anbieter Tarvira eingereicht. (sda, 1.2.2025)\n');
    expect(doc.entities.some((e) => e.label === 'St. Galler')).toBe(false);
    expect(triples(doc)).toContain('Quellmatt sued Tarvira');
    expect(triples(doc).some((t) => /^Quellmatt locatedIn (Sankt|St\.) Gallen$/.test(t))).toBe(true);
  });

  it('still finds staff after "deren" and a place adjective of two words', () => {
    const t = triples(analyse('Stuttgart – Unterstützung kam von der IG Metall, deren Schwäbisch Haller Bevollmächtigter Tobias Quellrieger dem Käufer Vorwürfe machte. (dpa, 1.2.2025)\n'));
    expect(t).toContain('Tobias Quellrieger worksFor IG Metall');
  });

  it('lets "der IT-Dienstleister" point back to a cloud provider, not to a news agency named in between', () => {
    const t = triples(analyse('Zürich – Der Zuger Cloud-Anbieter Tarvira muss sich vor Gericht verantworten. Der Versandhändler Quellmatt hat Klage gegen das Unternehmen eingereicht. Ein Gerichtssprecher bestätigte der Nachrichtenagentur Keystone-SDA den Eingang. Quellmatt wirft dem IT-Dienstleister vor, die Verfügbarkeit nicht eingehalten zu haben. (sda, 1.2.2025)\n'));
    expect(t).toContain('Quellmatt accused Tarvira');
    expect(t).not.toContain('Quellmatt accused Keystone-SDA');
    expect(t.some((x) => x.startsWith('Gerichtssprecher spokespersonOf Quellmatt') || x.startsWith('Gerichtssprecher spokespersonOf Tarvira'))).toBe(false);
  });
});

describe('English founders behind titles, and requests', () => {
  it('reads "X Chief Executive Y, who founded the company" as a founder of X', () => {
    const t = triples(analyse('WASHINGTON (Reuters) - Velantric has sued Tarvex in Delaware. Tarvex Chief Executive Joe Quellani, who founded the company in 1989, has said he would be open to settling. (Reuters, Dec. 26, 2023)\n'));
    expect(t).toContain('Joe Quellani founded Tarvex');
    expect(t).not.toContain('Joe Quellani founded Velantric');
  });

  it('does not read asking a court to suspend a ban as a ban', () => {
    const t = triples(analyse('WASHINGTON (Reuters) - Within hours, Velantric appealed to the U.S. Court of Appeals for the Federal Circuit and asked the court to suspend the ban on an emergency basis. (Reuters, Dec. 26, 2023)\n'));
    expect(t.some((x) => x.includes('banned'))).toBe(false);
  });
});

describe('a listed company and a country', () => {
  it('reads "die Tochter X Deutschland" as the subsidiary, and "X-Deutschland-Chef" as its chief', () => {
    const doc = analyse('München (Reuters) - Der italienische Versicherungskonzern Generali trennt sich von einem Versicherer. Die Tochter Generali Deutschland verkauft Anteile an Viridium. Generali-Deutschland-Chef Giovanni Quellrani sprach von einem guten Geschäft. (Reuters, 5.7.2018)\n');
    expect(entityOf(doc, 'Generali Deutschland')?.label).toBe('Generali Deutschland');
    const t = triples(doc);
    expect(t).toContain('Giovanni Quellrani ceoOf Generali Deutschland');
    expect(t).toContain('Generali Deutschland subsidiaryOf Assicurazioni Generali');
  });

  it('does not join a company and a country after a verb ("hat Apple Deutschland verlassen")', () => {
    const doc = analyse('Berlin – Nach zehn Jahren hat Apple Deutschland verlassen, wie die Zeitung berichtete. (dpa, 1.2.2025)\n');
    expect(doc.entities.some((e) => e.label === 'Apple Deutschland')).toBe(false);
  });
});

describe('adjectives of origin in names, and founders named with their kin', () => {
  it('reads "das Welser Verlagshaus X" as a firm from Wels even where a paper named "Welser Tagblatt" follows', () => {
    const t = triples(analyse('Wels (APA) - Das Welser Verlagshaus Quellauer Medien sperrt seine Druckerei zu. Die Tageszeitung "Welser Tagblatt" wird künftig in Sierning gedruckt. (APA, 21.11.2024)\n'));
    expect(t).toContain('Quellauer Medien locatedIn Wels');
  });

  it('finds the founder after a kin noun in a participial attribute', () => {
    const t = triples(analyse('Wels (APA) - Der Geschäftsführer der Quellauer Medien, Gerald Quellauer, leitet das 1921 von seinem Großvater Franz Quellauer gegründete Familienunternehmen in dritter Generation. (APA, 21.11.2024)\n'));
    expect(t).toContain('Franz Quellauer founded Quellauer Medien');
    expect(t).toContain('Quellauer Medien foundedIn 1921');
  });
});

describe('abbreviations the article defines, and licences taken away', () => {
  const text = 'ABERDEEN (Reuters) - Britain\'s aviation regulator has grounded Tarvex Airways, a small Scottish carrier. The Civil Aviation Authority (CAA) said on Thursday it had suspended the Aberdeen-based company\'s air operator certificate. "Safety comes first," a CAA spokesperson said. (Reuters, Feb. 6, 2025)\n';

  it('reads a later use of an abbreviation given in brackets as that name, not as a listed name it shares', () => {
    const doc = analyse(text);
    const later = doc.mentions.filter((m) => m.text === 'CAA').map((m) => doc.entities.find((e) => e.key === m.entity)?.label);
    expect(later.length).toBeGreaterThan(1);
    expect(new Set(later)).toEqual(new Set(['Civil Aviation Authority']));
  });

  it('reads grounding an airline and suspending its certificate as a ban', () => {
    const t = triples(analyse(text));
    expect(t).toContain('Civil Aviation Authority banned Tarvex Airways');
  });
});

describe('investors in apposition and a chief by copula', () => {
  const text = 'Bremen – Der Logistikkonzern Osterwerk steigt bei dem Drohnen-Start-up Velantric ein. Gegründet wurde Velantric 2020 von Jannik Quellmanns. Quellmanns ist Geschäftsführer, seine Mitgründerin leitet die Entwicklung. Die bisherigen Geldgeber, der Bremer Wagniskapitalfonds Tarvkapital und der frühere Airbus-Manager Heiko Quellning, bleiben beteiligt. (dpa, 11.3.2025)\n';

  it('reads both investors named between commas after "die bisherigen Geldgeber" as investors of the firm talked about', () => {
    const t = triples(analyse(text));
    expect(t).toContain('Tarvkapital investedIn Velantric');
    expect(t).toContain('Heiko Quellning investedIn Velantric');
  });

  it('reads "X ist Geschäftsführer" as the chief of the firm talked about', () => {
    expect(triples(analyse(text))).toContain('Jannik Quellmanns ceoOf Velantric');
  });
});
