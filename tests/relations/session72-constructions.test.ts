// Constructions of everyday agency news that session 72 found missing or
// misread, each on a short text written for this test with invented names.
import { describe, expect, it } from 'vitest';
import { analyse, triples } from './analyse.js';

describe('Organisations that continue another', () => {
  it('reads a German group that counts as the successor of another', () => {
    const doc = analyse('Mannheim (dpa) – Die Hackergruppe Grauwolf hat die Stadtwerke Lindach angegriffen. Grauwolf gilt Fachleuten als Nachfolgerin der Gruppe Eisnebel, deren Server im Frühjahr beschlagnahmt worden waren. (dpa, 3.4.2024)\n');
    expect(triples(doc)).toContain('Grauwolf succeeded Eisnebel');
  });
  it('does not make the one who appoints a successor the successor', () => {
    const doc = analyse('Kandersteg (sda) – Die Alpenhütte hat einen neuen Wirt. Seit Mai bewirtet der Bergführer Urs Kämpf aus Adelboden die Gäste; er war vom Vorstand der Sektion Blümlisalp als Nachfolger des Ehepaars Rüfenacht eingesetzt worden. (sda, 3.4.2024)\n');
    expect(triples(doc).filter((t) => t.includes(' succeeded ') && t.startsWith('Vorstand'))).toEqual([]);
  });
  it('reads an English group that emerged as the successor to another', () => {
    const doc = analyse('LONDON, May 3 (Reuters) - Researchers at cybersecurity firm Tollbridge Labs said Kestrel Holdings emerged last year as the successor to Darkmere Holdings, whose servers were seized by police. (Reuters, 3.5.2024)\n', 'en');
    expect(triples(doc)).toContain('Kestrel Holdings succeeded Darkmere Holdings');
  });
});

describe('A noun with one of several prepositions', () => {
  it('reads a rival "to" another as a competitor', () => {
    const doc = analyse('LONDON, May 3 (Reuters) - Brackwater Telecom is the main rival to Pellingham Networks in northern England, analysts said. (Reuters, 3.5.2024)\n', 'en');
    expect(triples(doc)).toContain('Brackwater Telecom competitorOf Pellingham Networks');
  });
  it('reads a cyberattack "against" a target as an attack on it', () => {
    const doc = analyse('LONDON, May 3 (Reuters) - The ransomware gang Coldmirror carried out a cyberattack against Harlow Vale Hospital last month, police said. (Reuters, 3.5.2024)\n', 'en');
    expect(triples(doc)).toContain('Coldmirror attacked Harlow Vale Hospital');
  });
});

describe('German association names with an adjective', () => {
  it('reads "Verband Private Brauereien Südbayern" as one name and its chair as its head', () => {
    const doc = analyse('München (dpa) – Der Verband Private Mostereien Südbayern sieht die Übernahme kritisch. Dessen Vorsitzender Anton Moosrainer warf den großen Gruppen vor, die Preise zu drücken. (dpa, 28.8.2023)\n');
    const labels = doc.entities.map((e) => e.label);
    expect(labels).toContain('Verband Private Mostereien Südbayern');
    expect(labels).not.toContain('Private Mostereien');
    expect(triples(doc)).toContain('Anton Moosrainer ceoOf Verband Private Mostereien Südbayern');
  });
  it('keeps the association noun in the name, inflected or not, and a region after it', () => {
    const doc = analyse('Innsbruck (APA) – Der Verein Freie Bergschulen Tirol protestierte. Auch der Bundesverband Freier Zimmervermieter meldete sich zu Wort. (APA, 28.8.2023)\n');
    const labels = doc.entities.map((e) => e.label);
    expect(labels).toContain('Verein Freie Bergschulen Tirol');
    expect(labels).toContain('Bundesverband Freier Zimmervermieter');
  });
});

describe('A title between the comma and the name', () => {
  it('reads "X\'s chief executive, Dr. Y," as the head of X', () => {
    const doc = analyse('NASHVILLE, Tenn., May 3 (AP) - Hackers attacked Bellmont Ridge Health on Tuesday. "Patient safety remains our priority," Bellmont\'s chief executive, Dr. Maren Holloway, said in a statement.\n', 'en');
    const t = triples(doc);
    expect(t).toContain('Maren Holloway ceoOf Bellmont Ridge Health');
    expect(t).not.toContain('executive ceoOf Bellmont Ridge Health');
  });
  it('reads "die Leiterin der Chirurgie, Dr. Y," as the person dismissed', () => {
    const doc = analyse('Linz (APA) – Die Traunviertler Kliniken haben die Leiterin der Chirurgie am Klinikum Enns, Dr. Margit Aichberger, fristlos entlassen. (APA, 3.4.2024)\n');
    expect(triples(doc)).toContain('Traunviertler Kliniken dismissed Margit Aichberger');
  });
});

describe('An authority\'s spokesperson', () => {
  it('reads "bureau spokesman X confirmed" as the authority\'s spokesperson, not the company\'s', () => {
    const doc = analyse('NASHVILLE, Tenn., May 3 (AP) - Hackers attacked Bellmont Ridge Health on Tuesday. The hospital operator said it had shut down its networks, and Bellmont Ridge Health expects the outage to last a week. The FBI is investigating, bureau spokesman Derek Hallgren confirmed.\n', 'en');
    const t = triples(doc);
    expect(t).toContain('Derek Hallgren spokespersonOf Federal Bureau of Investigation');
    expect(t).not.toContain('Derek Hallgren spokespersonOf Bellmont Ridge Health');
  });
});
