// Mints stable, valid IRIs: entities from their Wikidata QID when known, else
// from their label (NFKC, spaces as "_", everything outside the unreserved set
// percent-encoded); articles from their content hash; statements from a hash
// of what they state and where.
import type { Article, Entity, Span } from '../types.js';
import { NS } from './vocab.js';
import { BoundedMap } from '../data/bounded-map.js';
import { sha256Hex } from '../data/sha256.js';

const UNRESERVED = /[A-Za-z0-9\-._~]/;

/** Slugs of labels seen before: articles name the same entities again and again. */
const slugs = new BoundedMap<string, string>();

/** Percent-encodes every character outside RFC 3986's unreserved set. */
export function slug(label: string): string {
  let out = slugs.get(label);
  if (out === undefined) {
    out = encodeSlug(label);
    slugs.set(label, out);
  }
  return out;
}

function encodeSlug(label: string): string {
  const text = label.normalize('NFKC').trim().replace(/\s+/g, '_');
  let out = '';
  for (const ch of text) {
    if (UNRESERVED.test(ch)) out += ch;
    else for (const byte of Buffer.from(ch, 'utf8')) out += `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

function hash(...parts: string[]): string {
  return sha256Hex(parts.join('\u0000')).slice(0, 16);
}

export function entityIri(entity: Pick<Entity, 'key' | 'label' | 'wikidata' | 'unnamed'>): string {
  if (entity.wikidata !== undefined && /^Q\d+$/.test(entity.wikidata)) return NS.entity + entity.wikidata;
  // Unnamed entities ("ein Richter") are local to their article: the key holds the article id.
  const base = entity.unnamed ? entity.key : entity.label;
  const s = slug(base);
  return NS.entity + (s === '' || s === '.' || s === '..' ? `e-${hash(base)}` : s);
}

export function articleIri(article: Pick<Article, 'id'>): string {
  return NS.article + article.id;
}

export function sentenceIri(article: Pick<Article, 'id'>, span: Span): string {
  return `${articleIri(article)}#char=${span.start},${span.end}`;
}

export function statementIri(articleId: string, s: string, p: string, o: string, rule: string, span: Span): string {
  return NS.statement + hash(articleId, s, p, o, rule, String(span.start), String(span.end));
}
