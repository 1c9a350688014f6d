// The analysis stages of one article, in order:
//   text → sentences → tokens (+ morphology) → mentions → entities → relations → background entities (happenings and
//   collectives that no relation reads) → implied countries (of the towns and regions named)
// Each stage is a plain function over the Doc; this module only composes them.
import type { Article, Doc } from './types.js';
import { segment } from './text/segment.js';
import { tokenize } from './text/tokenize.js';
import { recognizeNames } from './entities/recognize-names.js';
import { recognizeRefs } from './entities/recognize-refs.js';
import { linkMentions } from './entities/link.js';
import { extractRelations } from './relations/extract.js';
import { recognizeBackground } from './entities/background.js';
import { recognizeImpliedCountries } from './entities/implied.js';
import { getAnalyser } from './language/registry.js';

/** Runs every analysis stage on one article. */
export function analyseArticle(article: Article): Doc {
  const analyser = getAnalyser(article.lang);
  const doc: Doc = { article, sentences: [], tokens: [], mentions: [], entities: [], relations: [], messages: [] };
  doc.sentences = segment(article.text, article.lang);
  doc.tokens = tokenize(article.text, doc.sentences, article.lang);
  analyser.tag(doc);
  const names = recognizeNames(doc, analyser.entities);
  const refs = recognizeRefs(doc, analyser.entities, names);
  doc.mentions = orderMentions(names, refs);
  linkMentions(doc, analyser.classFit);
  extractRelations(doc, analyser.relations);
  recognizeBackground(doc, analyser.entities);
  recognizeImpliedCountries(doc);
  analyser.retype(doc);
  return doc;
}

/**
 * Mentions in text order; a group compound keeps a pointer to its modifier, and so does an institution named by
 * its place ("die Generalstaatsanwaltschaft Bamberg"), whose place mention joins the list here.
 */
function orderMentions(names: Doc['mentions'], refs: Doc['mentions']): Doc['mentions'] {
  const modifierOf = new Map<Doc['mentions'][number], Doc['mentions'][number]>();
  const inner: Doc['mentions'] = [];
  for (const m of names) {
    if (m.innerMention !== undefined) {
      inner.push(m.innerMention);
      delete m.innerMention;
    }
    if (m.modifierMention === undefined) continue;
    modifierOf.set(m, m.modifierMention);
    inner.push(m.modifierMention);
    delete m.modifierMention;
  }
  for (const m of refs) {
    if (m.modifier !== undefined) modifierOf.set(m, refs[m.modifier]!);
    if (m.modifierMention !== undefined) {
      modifierOf.set(m, m.modifierMention);
      delete m.modifierMention;
    }
  }
  const all = [...names, ...inner, ...refs].sort((a, b) => a.start - b.start || b.end - a.end);
  // Most articles have no group compound: then no index of positions is needed.
  if (modifierOf.size === 0) return all;
  const index = new Map(all.map((m, i) => [m, i]));
  for (const [group, modifier] of modifierOf) group.modifier = index.get(modifier)!;
  return all;
}

