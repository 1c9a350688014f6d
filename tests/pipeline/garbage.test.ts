// Garbage in: random strings, HTML, numbers only, emoji, mixed scripts, a long
// line without punctuation. Analysis must terminate and produce well-formed
// RDF (n3 parses what we write), whatever the input.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Parser } from 'n3';
import { analyseArticle } from '../../src/analyse.js';
import { docsToQuads } from '../../src/rdf/quads.js';
import { getExporter } from '../../src/export/exporters.js';
import { article } from './helpers.js';

function roundTrip(text: string, lang: 'de' | 'en'): number {
  const doc = analyseArticle(article(text, lang));
  const quads = docsToQuads([doc]);
  const nq = getExporter('nquads').write(quads);
  return new Parser({ format: 'N-Quads' }).parse(nq).length;
}

const pieces = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.constantFrom('Der Konzern ', 'übernimmt ', 'die Firma ', 'Muster AG', ', ', '. ', '–', '<div class="x">', '</p>', '&amp;', '"', '„', '🙂', '漢字', 'Ölförderung', '12.3.2020', '(red, 1.1.2020)', '\n\n', 'von ', 'gegen ', 'X-Chef '),
  fc.integer().map(String),
);

describe('garbage input', () => {
  it('never crashes and always yields parseable RDF', () => {
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 60 }), fc.constantFrom<'de' | 'en'>('de', 'en'), (parts, lang) => {
        expect(roundTrip(parts.join(''), lang)).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 150, seed: 42 },
    );
  });

  it('handles a long line without punctuation', () => {
    const words = ['Konzern', 'Muster', 'und', 'die', 'Firma', 'Beispiel', 'gegen', 'von', 'Wien'];
    const text = Array.from({ length: 60_000 }, (_, i) => words[i % words.length]).join(' ');
    expect(roundTrip(text, 'de')).toBeGreaterThanOrEqual(0);
  });

  it('handles pasted HTML and only numbers', () => {
    expect(roundTrip('<html><body><p>Die Firma <b>Muster AG</b> übernimmt <i>Beispiel GmbH</i>.</p></body></html>', 'de')).toBeGreaterThan(0);
    expect(roundTrip('1 2 3 4 5 6 7 8 9 10 11 12 13 14 15', 'de')).toBeGreaterThanOrEqual(0);
  });
});
