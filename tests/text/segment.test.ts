import { describe, expect, it } from 'vitest';
import { segment, MAX_SENTENCE } from '../../src/text/segment.js';
import type { Lang } from '../../src/types.js';

function sentences(text: string, lang: Lang = 'de'): string[] {
  return segment(text, lang).map((s) => text.slice(s.start, s.end));
}

describe('segment', () => {
  it('splits paragraphs at newlines and sentences inside them', () => {
    const text = 'Berlin – Die Firma baut ein Werk. Der Bau beginnt bald!\n\nEin Sprecher bestätigte das. Wann? Im Herbst.';
    const result = segment(text, 'de');
    expect(result.map((s) => text.slice(s.start, s.end))).toEqual([
      'Berlin – Die Firma baut ein Werk.',
      'Der Bau beginnt bald!',
      'Ein Sprecher bestätigte das.',
      'Wann?',
      'Im Herbst.',
    ]);
    expect(result.map((s) => s.paragraph)).toEqual([0, 0, 1, 1, 1]);
    expect(result.map((s) => s.index)).toEqual([0, 1, 2, 3, 4]);
  });

  it('marks short lines without final punctuation as headings', () => {
    const text = '# Neues Werk in Brandenburg\nDie Firma baut. Es dauert.\nFoto: Archiv\n';
    const result = segment(text, 'de');
    expect(result[0]).toMatchObject({ heading: true, paragraph: 0 });
    expect(text.slice(result[0]!.start, result[0]!.end)).toBe('Neues Werk in Brandenburg');
    expect(result.filter((s) => s.heading).map((s) => text.slice(s.start, s.end))).toEqual(['Neues Werk in Brandenburg', 'Foto: Archiv']);
    expect(result.at(-1)!.paragraph).toBe(2);
  });

  it('repairs splits after German abbreviations and ordinals', () => {
    const text =
      'Es gibt z. B. Äpfel. Dr. Weber kam am 3. März nach Graz. Sie nannte u. a. Prof. Huber. ' +
      'Der Umsatz lag bei 2 Mio. Euro bzw. 3 Mrd. Franken. Das war am 21. Jänner. Er gewann zum 3. Mal. Die Firma wurde 1998 gegründet. Danach kam St. Pölten.';
    expect(sentences(text)).toEqual([
      'Es gibt z. B. Äpfel.',
      'Dr. Weber kam am 3. März nach Graz.',
      'Sie nannte u. a. Prof. Huber.',
      'Der Umsatz lag bei 2 Mio. Euro bzw. 3 Mrd. Franken.',
      'Das war am 21. Jänner.',
      'Er gewann zum 3. Mal.',
      'Die Firma wurde 1998 gegründet.',
      'Danach kam St. Pölten.',
    ]);
  });

  it('repairs English abbreviations but keeps a real sentence end after them', () => {
    const text = 'A U.S. judge ruled on Sept. 20. The firm, Widget Corp. Holdings, moved to the U.S. The move was costly. Sen. Jane Roe and John Q. Public spoke.';
    expect(sentences(text, 'en')).toEqual([
      'A U.S. judge ruled on Sept. 20.',
      'The firm, Widget Corp. Holdings, moved to the U.S.',
      'The move was costly.',
      'Sen. Jane Roe and John Q. Public spoke.',
    ]);
  });

  it('keeps a sentence that ends on a bare number, and quotes with the sentence', () => {
    const text = 'Er sagte: „Das ist gut.“ Dann ging er. Der Kurs stieg auf 12. Danach fiel er.';
    expect(sentences(text)).toEqual(['Er sagte: „Das ist gut.“', 'Dann ging er.', 'Der Kurs stieg auf 12.', 'Danach fiel er.']);
  });

  it('joins hard-wrapped lines that continue in lowercase', () => {
    const text = 'Die Behörde hat am Montag eine\nneue Regel erlassen. Sie gilt ab sofort.';
    expect(sentences(text)).toEqual(['Die Behörde hat am Montag eine\nneue Regel erlassen.', 'Sie gilt ab sofort.']);
  });

  it('gives offsets into the untouched text (CRLF, BOM-free, astral characters)', () => {
    const text = '  Erster Satz 😀 hier. Zweiter Satz.\r\n\r\nDritter Satz.  ';
    const result = segment(text, 'de');
    expect(result.map((s) => text.slice(s.start, s.end))).toEqual(['Erster Satz 😀 hier.', 'Zweiter Satz.', 'Dritter Satz.']);
    for (const s of result) expect(text.slice(s.start, s.end)).toBe(text.slice(s.start, s.end).trim());
  });

  it('cuts text without punctuation into bounded pseudo-sentences at whitespace', () => {
    const text = 'wort '.repeat(100_000);
    const result = segment(text, 'de');
    expect(result.length).toBeGreaterThan(200);
    for (const s of result) {
      expect(s.end - s.start).toBeLessThanOrEqual(MAX_SENTENCE);
      expect(text.slice(s.start, s.end)).toMatch(/^wort( wort)*$/);
    }
    const covered = result.reduce((n, s) => n + (s.end - s.start) + 1, 0);
    expect(covered).toBe(text.length);
  });

  it('cuts a long run without whitespace too', () => {
    const result = segment('x'.repeat(5_000), 'de');
    expect(result.map((s) => s.end - s.start)).toEqual([2_000, 2_000, 1_000]);
  });

  it('segments long paragraphs in roughly linear time', () => {
    const unit = 'Die Firma Beispiel GmbH meldet z. B. einen Gewinn von 3 Mio. Euro am 3. März und plant mehr. ';
    const make = (size: number) => unit.repeat(Math.ceil(size / unit.length));
    const time = (text: string) => {
      const t0 = performance.now();
      const n = segment(text, 'de').length;
      return { ms: performance.now() - t0, n };
    };
    time(make(200_000)); // warm-up
    const one = time(make(1_000_000));
    const two = time(make(2_000_000));
    expect(two.n).toBeGreaterThan(one.n * 1.9);
    expect(two.ms / one.ms).toBeLessThan(3);
  }, 60_000);
});

describe('segment after legal forms', () => {
  it('ends a sentence after "Ltd." or "Co." before a capitalised word, but not before a title or "KG"', () => {
    const en = sentences('They are made by Kappa Manufacturing Co. Brennagh, who owns 11%, stays. Apple Inc. Chief Executive Tim Cook spoke. Sales at Orbit Inc. rose.', 'en');
    expect(en).toEqual([
      'They are made by Kappa Manufacturing Co.',
      'Brennagh, who owns 11%, stays.',
      'Apple Inc. Chief Executive Tim Cook spoke.',
      'Sales at Orbit Inc. rose.',
    ]);
    expect(sentences('Die Müller GmbH & Co. KG wächst. Sie baut.', 'de')).toEqual(['Die Müller GmbH & Co. KG wächst.', 'Sie baut.']);
  });
});

describe('segment before a year', () => {
  it('ends a sentence before a year and a lower-case word, not after an abbreviation', () => {
    expect(sentences('Sie hat das Filialnetz aufgebaut. 2019 verkaufte die Familie Anteile. Es waren ca. 2000 neue Stellen.')).toEqual([
      'Sie hat das Filialnetz aufgebaut.',
      '2019 verkaufte die Familie Anteile.',
      'Es waren ca. 2000 neue Stellen.',
    ]);
    expect(sentences('Die Firma wuchs bzw. 2019 verkaufte sie Anteile.')).toEqual(['Die Firma wuchs bzw. 2019 verkaufte sie Anteile.']);
    expect(sentences('Sales rose last year. 2019 was a record. It was founded in Jan. 2019 by two people.', 'en')).toEqual([
      'Sales rose last year.',
      '2019 was a record.',
      'It was founded in Jan. 2019 by two people.',
    ]);
  });
});
