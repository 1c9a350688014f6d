// Helpers for relation tests on short texts: analyse one article, read its
// relations as "subject predicate object" with entity labels.
import { buildFromRaw } from '../../src/pipeline.js';
import type { Doc } from '../../src/types.js';

export function analyse(text: string, lang: 'de' | 'en' = 'de'): Doc {
  const { docs } = buildFromRaw([{ fileName: `x.${lang}.txt`, text, encoding: 'utf-8', warnings: [] }]);
  return docs[0]!;
}

/** "subject predicate object" with entity labels, one per relation. */
export function triples(doc: Doc): string[] {
  const label = new Map(doc.entities.map((e) => [e.key, e.label]));
  return doc.relations.map((r) => `${label.get(r.subject)} ${r.predicate} ${r.object.kind === 'entity' ? label.get(r.object.key) : r.object.value}`);
}

/** The entity the first mention with this exact surface text links to. */
export function entityOf(doc: Doc, surface: string): Doc['entities'][number] | undefined {
  const m = doc.mentions.find((x) => x.text === surface);
  return doc.entities.find((e) => e.key === m?.entity);
}
