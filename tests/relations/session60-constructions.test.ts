// Constructions of everyday agency news that session 60 found missing or
// misread, each on a short text written for this test with invented names.
import { describe, expect, it } from 'vitest';
import { analyse, triples } from './analyse.js';

describe('A country’s attack on another, told by a noun', () => {
  it('reads "nach dem irakischen Einmarsch in Kuwait" and "Iraks Überfall auf Kuwait" as an attack, but not "der Krieg in Syrien"', () => {
    const doc = analyse('Berlin (dpa) - Die Firma Brettschnabl verlor nach dem irakischen Einmarsch in Kuwait ihre Aufträge. Iraks Überfall auf Kuwait traf auch die Wendlhofer AG. Der Krieg in Syrien dauert an. (dpa, 5.6.2025)\n');
    const t = triples(doc);
    expect(t).toContain('Iraq attacked Kuwait');
    expect(t.filter((x) => x.includes(' attacked ') && x.includes('Syria'))).toEqual([]);
  });
  it('reads "after Iraq\'s invasion of Kuwait" and "the Iraqi invasion of Kuwait" as an attack', () => {
    for (const s of ["Oil prices soared after Iraq's full-scale invasion of Kuwait.", 'Since the Iraqi invasion of Kuwait, oil has been dear.']) {
      const doc = analyse(`LONDON, May 5 (Reuters) - ${s} (Reuters, 2025-05-05)\n`);
      expect(triples(doc)).toContain('Iraq attacked Kuwait');
    }
  });
});

describe('English roles that firms hold, where a person works', () => {
  it('reads "head of infrastructure at the Toronto-based investor" as the investing firm, not as the speaker', () => {
    const doc = analyse('LONDON, May 5 (Reuters) - Ardleigh Pension Board has agreed to buy a 45% stake in Oxtavia Ports, the two sides said on Tuesday. "It is a well-run hub," said Priya Wenlake, head of infrastructure at the Toronto-based investor. (Reuters, 2025-05-05)\n');
    const t = triples(doc);
    expect(t).toContain('Ardleigh Pension Board locatedIn Toronto');
    expect(t).not.toContain('Priya Wenlake locatedIn Toronto');
  });
});

describe('German firms named by a plural noun', () => {
  it('reads "die Tramsegg Bergbahnen … der die Bergbahnen leitet" as the firm named so, not the buyer named in between', () => {
    const doc = analyse('Landeck (APA) - Die Tramsegg Bergbahnen gehen an die Wolvenhoek Leisure Group mit Sitz in Utrecht. Raphael Pramsteiner, der die Bergbahnen seit 2016 leitet, begründete den Schritt. (APA, 5.6.2025)\n');
    const t = triples(doc);
    expect(t).toContain('Raphael Pramsteiner ceoOf Tramsegg Bergbahnen');
    expect(t).not.toContain('Raphael Pramsteiner ceoOf Wolvenhoek Leisure Group');
    expect(doc.entities.find((e) => e.label === 'Tramsegg Bergbahnen')?.type).toBe('Company');
  });
});

describe('German sales of shares named with their own "an"', () => {
  it('reads "verkauft sämtliche Anteile an dem Liftbetreiber X an die Y" as bought by Y', () => {
    const doc = analyse('Landeck (APA) - Die Eigentümerfamilie Pramsteiner verkauft sämtliche Anteile an dem Liftbetreiber Tramsegg an die Wolvenhoek Leisure Group. (APA, 5.6.2025)\n');
    const t = triples(doc);
    expect(t).toContain('Wolvenhoek Leisure Group acquired Tramsegg');
    expect(t).not.toContain('Tramsegg acquired Wolvenhoek Leisure Group');
  });
});

describe('English rivals placed by a town and its state', () => {
  it('reads "Tarvex will pay its Irvine, California-based rival" as the other firm, placed in Irvine', () => {
    const doc = analyse('LONDON, May 5 (Reuters) - Tarvex Inc has agreed to pay Brimwell Corp $750 million, the two companies said. Under the deal, Tarvex will also pay its Irvine, California-based rival a share of sales. (Reuters, 2025-05-05)\n');
    const t = triples(doc);
    expect(t).toContain('Brimwell Corp locatedIn Irvine');
    expect(t).not.toContain('Tarvex Inc locatedIn Irvine');
  });
});

describe('English heads of a business of an organisation', () => {
  it('reads "John Tarrow, president of Tarvex\'s heart business" as working for Tarvex, not leading it', () => {
    const doc = analyse('LONDON, May 5 (Reuters) - Tarvex Inc will pay Brimwell Corp $750 million. John Tarrow, president of Tarvex\'s structural heart business, said the deal was good. Anna Pell, president of Brimwell, said it was fine. (Reuters, 2025-05-05)\n');
    const t = triples(doc);
    expect(t).toContain('John Tarrow worksFor Tarvex Inc');
    expect(t).not.toContain('John Tarrow ceoOf Tarvex Inc');
    expect(t).toContain('Anna Pell ceoOf Brimwell Corp');
  });
});

describe('Names that end in a word for e-sports, and persons after a word for a friend', () => {
  it('reads "Das Kölner E-Sport-Team Quarzbock Esports" as a firm in Cologne and "seinem Studienfreund Gisbrand Brasselt" as a person', () => {
    const doc = analyse('Köln (dpa) - Das Kölner E-Sport-Team Quarzbock Esports hat einen neuen Sponsor. Die Firma Hallwerk hatte Ewerth Pollitz 2010 mit seinem Studienfreund Gisbrand Brasselt gegründet. (dpa, 5.6.2025)\n');
    expect(triples(doc)).toContain('Quarzbock Esports locatedIn Cologne');
    expect(doc.entities.find((e) => e.label === 'Gisbrand Brasselt')?.type).toBe('Person');
  });
});

describe('English successors named with a participle after the appointment', () => {
  it('reads "has named X as its chief executive, replacing Y, who is retiring" as X succeeding Y, a person of a double surname', () => {
    const doc = analyse('LONDON, May 5 (Reuters) - Kessgard Rail has named Anna Pell as its new chief executive, replacing Fennock Ardbeagh-Selkirran, who is retiring after eleven years. (Reuters, 2025-05-05)\n');
    const t = triples(doc);
    expect(t).toContain('Anna Pell succeeded Fennock Ardbeagh-Selkirran');
    expect(t).not.toContain('Kessgard Rail dismissed Fennock Ardbeagh-Selkirran');
    expect(doc.entities.find((e) => e.label === 'Fennock Ardbeagh-Selkirran')?.type).toBe('Person');
  });
  it('reads "the Selkirran Travellers\' Forum" as one organisation', () => {
    const doc = analyse("LONDON, May 5 (Reuters) - Criticism came from the Selkirran Travellers' Forum, a passenger group. (Reuters, 2025-05-05)\n");
    expect(doc.entities.map((e) => e.label)).toContain("Selkirran Travellers' Forum");
  });
});

describe('English places that only modify the noun after "a"', () => {
  it('reads "An Ohio water utility has sued X" as no suit by Ohio', () => {
    const doc = analyse('LONDON, May 5 (Reuters) - An Ohio water utility has sued chemicals maker Tarvex Inc. A Texas company sued Brimwell Corp on Monday. (Reuters, 2025-05-05)\n');
    const t = triples(doc);
    expect(t.filter((x) => x.startsWith('Ohio ') || x.startsWith('Texas '))).toEqual([]);
  });
});

describe('English short forms that keep a word in capitals whole', () => {
  it('reads "Gorrow TSB … GTSB" as one bank', () => {
    const doc = analyse('LONDON, May 5 (Reuters) - Gorrow TSB will buy 25 branches from Tarvex Bank. GTSB said it would keep all staff. (Reuters, 2025-05-05)\n');
    const bank = doc.entities.find((e) => e.label === 'Gorrow TSB');
    expect(bank).toBeDefined();
    expect(doc.entities.map((e) => e.label)).not.toContain('GTSB');
  });
});

describe('German chambers named by their region, and head offices that stay', () => {
  it('reads "Die Zahnärztekammer Nordrhein warf X vor" as the chamber, and "Der Firmensitz der X bleibt in Linz" as its seat', () => {
    const doc = analyse('Düsseldorf (dpa) - Die Zahnärztekammer Nordrhein warf dem Londoner Finanzinvestor Cairnfold Partners am Dienstag vor, die Praxen auf Rendite zu trimmen. Der Firmensitz der Brettschnabl AG bleibt in Linz. (dpa, 5.6.2025)\n');
    const t = triples(doc);
    expect(t).toContain('Zahnärztekammer Nordrhein accused Cairnfold Partners');
    expect(t).toContain('Brettschnabl AG locatedIn Linz');
  });
});

describe('English chief executives named in apposition with "the"', () => {
  it('reads "Tom Reed, the chief executive of Tarvex," as its chief, but not of a firm in the genitive', () => {
    const doc = analyse("LONDON, May 5 (Reuters) - Tom Reed, the chief executive of Tarvex, said so. Mark Pell, the former chief executive of Brimwell's online bank Gorrow Direct, said so too. (Reuters, 2025-05-05)\n");
    const t = triples(doc);
    expect(t).toContain('Tom Reed ceoOf Tarvex');
    expect(t).not.toContain('Mark Pell ceoOf Brimwell');
  });
});
