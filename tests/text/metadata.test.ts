import { describe, expect, it } from 'vitest';
import { parseDate, readMetadata } from '../../src/text/metadata.js';

describe('readMetadata', () => {
  it('reads a dateline with several places and a German byline', () => {
    const text = 'Frankfurt am Main/Bad Homburg – Die Firma Beispiel zieht um.\n\nMehr folgt. (APA, 21.1.2021)\n';
    const meta = readMetadata(text);
    expect(meta.datelinePlaces).toEqual(['Frankfurt am Main', 'Bad Homburg'].map((p) => p));
    expect(text.slice(meta.dateline!.start, meta.dateline!.end)).toBe('Frankfurt am Main/Bad Homburg – ');
    expect(meta).toMatchObject({ published: '2021-01-21', source: 'APA' });
    expect(text.slice(meta.byline!.start, meta.byline!.end)).toBe('(APA, 21.1.2021)');
  });

  it('reads an agency dateline in capitals', () => {
    const meta = readMetadata('BERLIN (dpa) - Der Bund plant Neues. (dpa, 03.02.2022)');
    expect(meta.datelinePlaces).toEqual(['Berlin']);
    expect(meta).toMatchObject({ published: '2022-02-03', source: 'dpa' });
    expect(readMetadata('NEW YORK/USA (AP) — Text folgt.').datelinePlaces).toEqual(['New York', 'USA']);
    expect(readMetadata('WIEN (APA) - Text.').source).toBe('APA');
  });

  it('reads English bylines', () => {
    expect(readMetadata('San Diego – A firm moved. (Reuters, Sept. 20, 2020)')).toMatchObject({
      datelinePlaces: ['San Diego'],
      published: '2020-09-20',
      source: 'Reuters',
    });
    expect(readMetadata('A firm moved. (AP, 20 September 2020)')).toMatchObject({ published: '2020-09-20', source: 'AP' });
    expect(readMetadata('Text. (red, 10.1.2021)').published).toBe('2021-01-10');
  });

  it('reads a Reuters dateline with the day after the place', () => {
    const text = 'LONDON, Feb 18 (Reuters) - A firm moved.';
    const meta = readMetadata(text);
    expect(meta.datelinePlaces).toEqual(['London']);
    expect(meta.source).toBe('Reuters');
    expect(text.slice(meta.dateline!.start, meta.dateline!.end)).toBe('LONDON, Feb 18 (Reuters) - ');
    expect(readMetadata('BERLIN, 3 March (Reuters) - Text.').datelinePlaces).toEqual(['Berlin']);
    expect(readMetadata('DRESDEN, Germany, Oct 8 (Reuters) - Text.').datelinePlaces).toEqual(['Dresden', 'Germany']);
  });

  it('finds nothing in plain text and rejects sentences that look like datelines', () => {
    expect(readMetadata('Die Firma – so heißt es – zieht um. (Foto: Archiv)')).toEqual({ datelinePlaces: [] });
    expect(readMetadata('Der Text endet (siehe oben, Seite 3)')).toEqual({ datelinePlaces: [] });
  });

  it('parses and validates dates', () => {
    expect(parseDate('21. Jänner 2021')).toBe('2021-01-21');
    expect(parseDate('March 3, 2021')).toBe('2021-03-03');
    expect(parseDate('3.4.21')).toBe('2021-04-03');
    expect(parseDate('31.2.2021')).toBeUndefined();
    expect(parseDate('20 Blorp 2020')).toBeUndefined();
  });
});
