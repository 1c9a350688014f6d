import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { segment } from '../../src/text/segment.js';
import { tokenize } from '../../src/text/tokenize.js';

// Random text from pieces that stress the rules: abbreviations, ordinals,
// quotes, line breaks, astral characters, long runs without spaces.
const piece = fc.constantFrom(
  'Dr.', 'z. B.', 'U.S.', '3.', 'März', 'Jänner', 'Die', 'the', 'Firma', 'US-Firma', 'Ein-', 'und', '8,45', '21.1.2021',
  '.', '!', '?', '„', '“', '"', "'", '(', ')', '–', '-', ' ', ' ', ' ', '\n', '\r\n', '\n\n', '😀', 'Amazon.com', '…', 'x'.repeat(50), '# ',
);
const text = fc.array(piece, { maxLength: 80 }).map((parts) => parts.join(''));

describe('segment and tokenize invariants', () => {
  it('sentences are ordered, trimmed, non-empty and bounded; tokens lie inside them and match the text', () => {
    fc.assert(
      fc.property(text, fc.constantFrom('de' as const, 'en' as const), (input, lang) => {
        const sentences = segment(input, lang);
        let last = 0;
        sentences.forEach((s, i) => {
          expect(s.index).toBe(i);
          expect(s.start).toBeGreaterThanOrEqual(last);
          expect(s.end).toBeGreaterThan(s.start);
          const body = input.slice(s.start, s.end);
          expect(body).toBe(body.trim());
          last = s.end;
        });
        const tokens = tokenize(input, sentences, lang);
        let prevEnd = 0;
        tokens.forEach((t, i) => {
          const s = sentences[t.sentence]!;
          expect(t.index).toBe(i);
          expect(t.start).toBeGreaterThanOrEqual(Math.max(prevEnd, s.start));
          expect(t.end).toBeLessThanOrEqual(s.end);
          expect(input.slice(t.start, t.end)).toBe(t.text);
          expect(t.text).not.toMatch(/\s/);
          prevEnd = t.end;
        });
        // Every non-space character inside a sentence belongs to a token.
        const covered = tokens.reduce((n, t) => n + t.text.length, 0);
        const nonSpace = sentences.reduce((n, s) => n + input.slice(s.start, s.end).replace(/\s/g, '').length, 0);
        expect(covered).toBe(nonSpace);
      }),
      { numRuns: 300 },
    );
  });
});
