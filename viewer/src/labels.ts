// Display texts drawn from the data: node labels, relation labels in the
// article's language, and the claimant of a claim. All plain strings, set as
// text (never as HTML) wherever they end up.
import type { ViewEdge, ViewProvenance } from '../../src/view/model.js';
import type { ModelIndex } from './data.js';

function localName(iri: string): string {
  const cut = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
  return cut < 0 ? iri : iri.slice(cut + 1);
}

export function nodeLabel(index: ModelIndex, id: string): string {
  return index.nodeById.get(id)?.label ?? localName(id);
}

export function articleLang(index: ModelIndex, prov: ViewProvenance): 'de' | 'en' {
  const lang = prov.article === undefined ? undefined : index.articleById.get(prov.article)?.lang;
  return lang === 'de' ? 'de' : 'en';
}

/** The predicate's label in the article's language, else English, else its local name. */
export function predicateLabel(index: ModelIndex, prov: ViewProvenance): string {
  const labels = index.model.predicateLabels[prov.predicate] ?? {};
  return labels[articleLang(index, prov)] ?? labels.en ?? labels.de ?? localName(prov.predicate);
}

export function classLabel(index: ModelIndex, cls: string, lang: 'de' | 'en' = 'en'): string {
  const labels = index.model.classLabels[cls] ?? {};
  const text = labels[lang] ?? labels.en ?? cls;
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "sued", or for a claim "sued (claimed by Parler)" in the article's language. */
export function edgeLabel(index: ModelIndex, edge: ViewEdge): string {
  const base = predicateLabel(index, edge);
  if (edge.kind !== 'claim') return base;
  const by = edge.claimedBy === undefined ? undefined : nodeLabel(index, edge.claimedBy);
  const de = articleLang(index, edge) === 'de';
  if (by === undefined) return de ? `${base} (Behauptung)` : `${base} (claim)`;
  return de ? `${base} (laut ${by})` : `${base} (claimed by ${by})`;
}
