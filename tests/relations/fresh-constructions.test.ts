// Constructions that the fresh evaluation batches of session 5 (t67–t74,
// t83–t90, t91–t98) showed,
// each on a short text written for this test with invented names: events of an
// article, sizes of organisation nouns, a successor taking over an office,
// names that end in an organisation noun before a legal form, employment by a
// predicative adjective, product codes, unnamed spokespeople inside compounds,
// and English titles, appositions, "that" clauses and genitive places.
import { describe, expect, it } from 'vitest';
import { analyse, triples } from './analyse.js';

describe('German constructions from the fresh batch', () => {
  it('makes a gathering an event of the article, one for all its forms, with its place', () => {
    const doc = analyse('Graz – Die Delegierten des Landesparteitags in Graz wählten Eva Lenz. Der Landesparteitag dauerte zwei Tage. (APA, 1.2.2025)\n');
    const events = doc.entities.filter((e) => e.type === 'Event');
    expect(events.map((e) => e.label)).toEqual(['Landesparteitag']);
    expect(triples(doc)).toContain('Landesparteitag locatedIn Graz');
    expect(doc.entities.some((e) => e.type === 'Group' && e.label === 'Delegierten')).toBe(true);
  });

  it('does not take the start-up for the corporation introduced as one, nor the other way round', () => {
    const doc = analyse(
      'Wien – Der US-Konzern Borvex kauft das Grazer Start-up Linaro. Das Start-up wurde 2019 von Eva Moser gegründet. (APA, 1.2.2025)\n',
    );
    const t = triples(doc);
    expect(t).toContain('Eva Moser founded Linaro');
    expect(t).not.toContain('Eva Moser founded Borvex');
  });

  it('gives a successor the office the predecessor held when the succession is told', () => {
    const doc = analyse(
      'Linz – Bei der Kettwerk AG kommt es zu einem Wechsel. Vorstandschef Peter Lang legt sein Mandat zurück. Nachfolgerin wird Anna Berger. (APA, 1.2.2025)\n',
    );
    const t = triples(doc);
    expect(t).toContain('Anna Berger succeeded Peter Lang');
    expect(t).toContain('Anna Berger ceoOf Kettwerk AG');
    expect(doc.relations.find((r) => r.predicate === 'ceoOf' && r.rule.includes('infer'))?.sentence).toBe(2);
  });

  it('keeps an organisation noun before a legal form inside the name, and reads a private foundation as one', () => {
    const doc = analyse(
      'Linz – Mehrheitseigentümerin der Salzacher Versicherung AG ist die Traunecker Privatstiftung. Den Rest hält die Linzer Mühlbach Bank. (APA, 1.2.2025)\n',
    );
    const labels = doc.entities.map((e) => e.label);
    expect(labels).toContain('Salzacher Versicherung AG');
    expect(labels).toContain('Traunecker Privatstiftung');
    expect(labels).toContain('Mühlbach Bank');
    expect(labels).not.toContain('AG');
    expect(triples(doc)).toContain('Traunecker Privatstiftung owns Salzacher Versicherung AG');
  });

  it('reads employment from "bei X tätig", also after a person described by age', () => {
    const doc = analyse('Linz – Anna Berger führt die Firma Kettwerk AG. Die 51-Jährige war zuvor zwölf Jahre bei der Wiener Borvex tätig. (APA, 1.2.2025)\n');
    expect(triples(doc)).toContain('Anna Berger worksFor Borvex');
  });

  it('reads a prepositional relative clause after a common noun, and a second name opened by an article alone', () => {
    const doc = analyse(
      'Linz – Die Kettwerk AG baut das Geschäft aus, in dem die Kettwerk AG vor allem mit Borvex und der Nordwind Group konkurriert. (APA, 1.2.2025)\n',
    );
    const t = triples(doc);
    expect(t).toContain('Kettwerk AG competitorOf Borvex');
    expect(t).toContain('Kettwerk AG competitorOf Nordwind Group');
  });

  it('finds founders named with a person noun the dictionary lacks, a product code, an unnamed spokesperson in a compound', () => {
    const doc = analyse(
      'Mainz – Die Firma Lumeris GmbH wurde 2020 von der Virologin Lea Brandt und dem Chemiker Jan Ott gegründet. Das Start-up testet seinen Wirkstoff LX-17. Ein Borvex-Sprecher wollte das nicht kommentieren. (dpa, 1.2.2025)\n',
    );
    const t = triples(doc);
    expect(t).toContain('Lea Brandt founded Lumeris GmbH');
    expect(t).toContain('Jan Ott founded Lumeris GmbH');
    expect(t).toContain('Lumeris GmbH developerOf LX-17');
    expect(t.some((x) => x.endsWith('spokespersonOf Borvex'))).toBe(true);
  });

  it('reads a court forbidding a party something as a ruling against it, and a person owning a company', () => {
    const doc = analyse(
      'Linz – Bereits im Frühjahr hatte das Arbeitsgericht Linz der Firma Rollwerk untersagt, die Wahl zu behindern. Rollwerk gehört mehrheitlich Martina Eder. (APA, 1.2.2025)\n',
    );
    const t = triples(doc);
    expect(t).toContain('Arbeitsgericht Linz ruledAgainst Rollwerk');
    expect(t).toContain('Martina Eder owns Rollwerk');
    expect(t).not.toContain('Rollwerk subsidiaryOf Martina Eder');
  });
});

describe('English constructions from the fresh batch', () => {
  it('reads a title in capitals before a name, and names after a passive agent phrase as the agent', () => {
    const doc = analyse(
      'SALEM, Oregon (Reuters) - Oregon Attorney General Dana Holt sued the video app Flickr8 on Tuesday. Flickr8 was founded in 2019 by two former Acme engineers, Kevin Obi and Laura Bram, and competes with Snapline. (Reuters, November 4, 2025)\n',
      'en',
    );
    const t = triples(doc);
    expect(t).toContain('Dana Holt sued Flickr8');
    expect(t.some((x) => x.startsWith('Oregon sued'))).toBe(false);
    expect(t).toContain('Kevin Obi founded Flickr8');
    expect(t).toContain('Laura Bram founded Flickr8');
    expect(t).toContain('Flickr8 competitorOf Snapline');
    expect(t.some((x) => x.startsWith('Kevin Obi competitorOf'))).toBe(false);
  });

  it('does not read a modifier in -ing as a verb, nor a genitive place as the object', () => {
    const doc = analyse(
      'PARIS (Reuters) - Dalmont, which bought Spanish charging network operator Voltra last year, competes with China\'s Lumacell and South Korea\'s Hanwave Energy. (Reuters, November 3, 2025)\n',
      'en',
    );
    const t = triples(doc);
    expect(t).toContain('Dalmont acquired Voltra');
    expect(t.some((x) => x.includes(' accused '))).toBe(false);
    expect(t).toContain('Dalmont competitorOf Lumacell');
    expect(t).toContain('Dalmont competitorOf Hanwave Energy');
    expect(t.some((x) => x.endsWith('competitorOf China') || x.endsWith('competitorOf South Korea'))).toBe(false);
  });

  it('reads "Its chief executive" opening a sentence as the head of what the sentence before was about', () => {
    const doc = analyse(
      'PARIS (Reuters) - Dalmont will buy a stake in Kellwerk. Kellwerk, based in Zwickau, competes with Lumacell and supplies cells for Dalmont models. Its chief executive, Anja Pohl, said all jobs were safe. (Reuters, November 3, 2025)\n',
      'en',
    );
    const t = triples(doc);
    expect(t).toContain('Anja Pohl ceoOf Kellwerk');
    expect(t).not.toContain('Anja Pohl ceoOf Dalmont');
    // Inside a sentence "its" is not read this way.
    const inner = analyse('LONDON (Reuters) - Bluewave began as a project inside Kestrel under its former chief executive Jack Dane. (Reuters, May 1, 2024)\n', 'en');
    expect(inner.relations.filter((r) => r.rule.endsWith('its-chief-opening'))).toEqual([]);
  });

  it('reads "that" after a verb as a conjunction, so the clause after it has its own subject', () => {
    const doc = analyse(
      'NEW YORK (Reuters) - Kestrel Foods Chief Executive Rod Miles had argued that the merger was needed to compete with Walmart. (Reuters, December 11, 2024)\n',
      'en',
    );
    // The subject of "compete" is the merger, neither the chief executive nor his company.
    expect(triples(doc).filter((x) => x.includes(' competitorOf '))).toEqual([]);
  });
});

describe('constructions from the second fresh batch (t83–t90)', () => {
  it('prefers the organisation introduced with the same adjective of origin for a description', () => {
    const doc = analyse(
      'Graz – Das Wiener Unternehmen Paketwerk und die Grazer Routana fusionieren. Stefan Graf, der die Grazer Firma 2019 gegründet hatte, verlässt das Unternehmen. (APA, 1.2.2025)\n',
    );
    const t = triples(doc);
    expect(t).toContain('Stefan Graf founded Routana');
    expect(t).not.toContain('Stefan Graf founded Paketwerk');
  });

  it('finishes a passive clause that a relative clause interrupted, and reads Swiss fines', () => {
    const doc = analyse(
      'Bern – Gegründet wurde die Firma Wendel AG, die heute 1100 Mitarbeiter beschäftigt, 1956 von Karl Wendel. Die WEKO hat gegen die Wendel AG eine Busse verhängt. Gebüsst wurde auch die Molkerei Aarberg AG. (sda, 1.2.2025)\n',
    );
    const t = triples(doc);
    expect(t).toContain('Karl Wendel founded Wendel AG');
    expect(t).toContain('Wendel AG foundedIn 1956');
    expect(t).toContain('Wettbewerbskommission ruledAgainst Wendel AG');
    expect(t).toContain('Wettbewerbskommission ruledAgainst Aarberg AG');
  });

  it('names an authority by its remit after a capitalised adjective, and a town spokeswoman speaks for the town administration', () => {
    const doc = analyse(
      'Wetzlar – Nach einem Angriff ist die Stadtverwaltung lahmgelegt, sagte Stadtsprecherin Katrin Wolf. Man habe dem Hessischen Beauftragten für Datenschutz und Informationsfreiheit den Vorfall gemeldet. Gezahlt werde nicht, betonte die Sprecherin. (dpa, 1.2.2025)\n',
    );
    expect(doc.entities.map((e) => e.label)).toContain('Hessischen Beauftragten für Datenschutz und Informationsfreiheit');
    const spoke = triples(doc).filter((x) => x.startsWith('Katrin Wolf spokespersonOf'));
    expect(spoke).toEqual(['Katrin Wolf spokespersonOf Stadtverwaltung']);
  });

  it('keeps the news agency of the dateline out of coreference and guesses', () => {
    const doc = analyse(
      'SAN FRANCISCO (Reuters) - Marcus Ade, who started the note-taking startup Quillnote in 2018 and ran it until February, sued the company. (Reuters, November 4, 2025)\n',
      'en',
    );
    const t = triples(doc);
    expect(t).toContain('Marcus Ade ceoOf Quillnote');
    expect(t.some((x) => x.includes('Reuters'))).toBe(false);
  });

  it('reads "whose" clauses, "its subsidiary", an unnamed spokesperson after a name and an adjective of origin before an organisation', () => {
    const doc = analyse(
      'DUBLIN (Reuters) - Austrian privacy group Datawacht complained about Brightfit Inc on Monday. Brightfit, whose European business is run by its subsidiary Brightfit Ireland Ltd, will appeal, a Brightfit spokesperson said. (Reuters, November 6, 2025)\n',
      'en',
    );
    const t = triples(doc);
    expect(t).toContain('Datawacht locatedIn Austria');
    expect(t).toContain('Brightfit Ireland Ltd subsidiaryOf Brightfit Inc');
    expect(t).not.toContain('Brightfit Ireland Ltd owns Brightfit Inc');
    expect(t.some((x) => x.endsWith('spokespersonOf Brightfit Inc'))).toBe(true);
  });
});

describe('constructions from the third fresh batch (t91–t98)', () => {
  it('reads a club parting with its coach and the successor taking over, and a quoted name after an association noun', () => {
    const doc = analyse(
      'Augsburg – Der Zweitligist TSV Lechfeld hat sich von Cheftrainer Holger Brandt getrennt. Brandt hatte die Mannschaft 2023 übernommen. Die Nachfolge tritt Dario Kos an. Die Fanvereinigung „Lechfelder Kurve“ warf der Vereinsführung Fehler vor. (dpa, 1.2.2025)\n',
    );
    const t = triples(doc);
    expect(t).toContain('TSV Lechfeld dismissed Holger Brandt');
    expect(t).toContain('Dario Kos succeeded Holger Brandt');
    expect(t.some((x) => x.startsWith('Lechfelder Kurve accused'))).toBe(true);
    expect(doc.entities.some((e) => e.label === 'Fanvereinigung')).toBe(false);
  });

  it('takes the word after a person cue as a surname, a name after "im irischen" as a place, and a senate as its court', () => {
    const doc = analyse(
      'Lüneburg – Das Gericht bestellte den Leipziger Rechtsanwalt Frank Oberländer. Die Produktion geht an den Standort im irischen Cork. Das Oberverwaltungsgericht Lüneburg entschied. Der zuständige Senat gab einer Klage des Naturschutzbundes Deutschland (NABU) statt. (dpa, 1.2.2025)\n',
    );
    const byLabel = new Map(doc.entities.map((e) => [e.label, e.type]));
    expect(byLabel.get('Frank Oberländer')).toBe('Person');
    expect(['Place', 'City']).toContain(byLabel.get('Cork'));
    const t = triples(doc);
    expect(t.some((x) => x.startsWith('Oberverwaltungsgericht Lüneburg ruledInFavorOf'))).toBe(true);
    expect(t.some((x) => x.endsWith('ruledInFavorOf Germany'))).toBe(false);
  });

  it('lists places after a place preposition, so a take-over of routes buys no place', () => {
    const doc = analyse(
      'Dresden – Die Rostocker Konkurrentin Baltica Air übernimmt die Strecken von Dresden nach Palma de Mallorca, Antalya und Hurghada. (dpa, 1.2.2025)\n',
    );
    expect(triples(doc).filter((x) => x.includes(' acquired '))).toEqual([]);
    expect(doc.entities.find((e) => e.label === 'Baltica Air')?.type).not.toBe('Person');
  });

  it('reads English merger blocks across an amount in brackets, "Chief Executive X" after a sentence about a company, and "AI agents"', () => {
    const doc = analyse(
      "LONDON (Reuters) - Britain's Competition and Markets Authority on Tuesday blocked the planned 640 million pound ($840 million) merger of laboratory groups Vetlab Diagnostics and Anvor Labs. Vetlab called the decision disappointing. Chief Executive Tom Ellis said it would appeal. Anvor builds AI agents. (Reuters, November 18, 2025)\n",
      'en',
    );
    const t = triples(doc);
    expect(t).toContain('Competition and Markets Authority ruledAgainst Vetlab Diagnostics');
    expect(t).toContain('Competition and Markets Authority ruledAgainst Anvor Labs');
    expect(t).toContain('Tom Ellis ceoOf Vetlab Diagnostics');
    expect(doc.entities.some((e) => e.label === 'AI')).toBe(false);
  });
});
