import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { makeArticle } from '../../src/text/article.js';

describe('makeArticle', () => {
  const text = 'Graz/Linz – Die Firma Beispiel eröffnet ein Werk, das im Sommer fertig wird. (APA, 5.6.2022)';
  const raw = { fileName: 'dir/a.txt', text, encoding: 'utf-8', warnings: [] };

  it('hashes, detects the language and reads metadata', () => {
    const article = makeArticle(raw);
    const hash = createHash('sha256').update(Buffer.from(text, 'utf8')).digest('hex');
    expect(article).toEqual({
      id: hash.slice(0, 16),
      fileName: 'dir/a.txt',
      text,
      hash,
      lang: 'de',
      published: '2022-06-05',
      source: 'APA',
      datelinePlaces: ['Graz', 'Linz'],
      dateline: { start: 0, end: 12 },
      byline: { start: text.lastIndexOf('('), end: text.length },
      encoding: 'utf-8',
    });
  });

  it('takes a given language and rejects empty text', () => {
    expect(makeArticle({ ...raw, text: 'Xyzzy plugh.' }, { lang: 'en' }).lang).toBe('en');
    expect(() => makeArticle({ ...raw, text: ' \n' })).toThrow(InputError);
    expect(() => makeArticle({ ...raw, text: 'Xyzzy plugh.' })).toThrow(expect.objectContaining({ code: 'INPUT_LANGUAGE' }));
  });
});
