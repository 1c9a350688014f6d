// Runs the analysis stages on a text without reading files, for stage tests.
import type { Article, Doc, Lang } from '../../src/types.js';
import { segment } from '../../src/text/segment.js';
import { tokenize } from '../../src/text/tokenize.js';
import { getAnalyser } from '../../src/language/registry.js';
import { recognizeNames } from '../../src/entities/recognize-names.js';
import { recognizeRefs } from '../../src/entities/recognize-refs.js';
import { analyseArticle } from '../../src/analyse.js';
import { makeArticle } from '../../src/text/article.js';

export function article(text: string, lang: Lang = 'de'): Article {
  return { id: 'test', fileName: 'test.txt', text, hash: '0', lang, datelinePlaces: [], encoding: 'utf-8' };
}

/** Tokens tagged, mentions recognised, nothing linked yet. */
export function mentionsOf(text: string, lang: Lang = 'de') {
  const a = getAnalyser(lang);
  const doc: Doc = { article: article(text, lang), sentences: [], tokens: [], mentions: [], entities: [], relations: [], messages: [] };
  doc.sentences = segment(text, lang);
  doc.tokens = tokenize(text, doc.sentences);
  a.tag(doc);
  const names = recognizeNames(doc, a.entities);
  return { doc, names, refs: recognizeRefs(doc, a.entities, names) };
}

/**
 * The relations of a text as "subject-label predicate object-label" strings. With `metadata`, the article's dateline
 * and byline are read as from a file ("LONDON (Reuters) -").
 */
export function relationsOf(text: string, lang: Lang = 'de', metadata = false): string[] {
  const doc = analyseArticle(metadata ? makeArticle({ fileName: `test.${lang}.txt`, text, encoding: 'utf-8', warnings: [] }, { lang }) : article(text, lang));
  const label = new Map(doc.entities.map((e) => [e.key, e.label]));
  return doc.relations.map((r) => {
    const o = r.object.kind === 'entity' ? label.get(r.object.key) : r.object.value;
    return `${label.get(r.subject)} ${r.predicate} ${o}${r.claim ? ' (claim)' : ''}`;
  });
}
