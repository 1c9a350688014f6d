// Builds the Article record from a decoded input: content hash and id,
// language (detected unless given) and dateline/byline metadata.
import { InputError } from '../errors.js';
import type { Article, Lang } from '../types.js';
import { detectLanguage } from './language.js';
import { readMetadata } from './metadata.js';
import type { RawInput } from './read-input.js';
import { sha256Hex } from '../data/sha256.js';

export function makeArticle(raw: RawInput, opts: { lang?: Lang } = {}): Article {
  if (raw.text.trim() === '') throw new InputError('INPUT_EMPTY', 'is empty; an article needs some text', raw.fileName);
  const hash = sha256Hex(raw.text);
  const meta = readMetadata(raw.text);
  const article: Article = {
    id: hash.slice(0, 16),
    fileName: raw.fileName,
    text: raw.text,
    hash,
    lang: opts.lang ?? detectLanguage(raw.text, raw.fileName),
    datelinePlaces: meta.datelinePlaces,
    encoding: raw.encoding,
  };
  if (meta.published !== undefined) article.published = meta.published;
  if (meta.source !== undefined) article.source = meta.source;
  if (meta.dateline !== undefined) article.dateline = meta.dateline;
  if (meta.byline !== undefined) article.byline = meta.byline;
  return article;
}
