// Naming an entity on the command line: by label, alias, Wikidata QID, IRI or
// prefixed name (entity:…), ignoring case and accents. A miss lists the
// closest names; a name shared by several entities lists them to choose from.
import { QueryError } from '../errors.js';
import { NS } from '../rdf/vocab.js';
import type { EntityInfo, GraphModel } from './model.js';

/** Lower case, accents dropped, ß as ss, spaces collapsed. */
export function normalizeName(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').replace(/ß/g, 'ss').toLowerCase().replace(/\s+/g, ' ').trim();
}

function levenshtein(a: string, b: string): number {
  if (a === b) return 0;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length]!;
}

export function describeEntity(e: EntityInfo): string {
  const type = e.types.map((t) => t.replace(/^.*[#/]/, '')).join('/') || 'untyped';
  return `${e.label} (${type}${e.wikidata === undefined ? '' : `, ${e.wikidata}`})`;
}

/** The names of an entity that a user may type. */
function namesOf(e: EntityInfo): string[] {
  return [e.label, ...e.aliases];
}

/** Closest entity names to a query, best first. */
export function suggestions(model: GraphModel, query: string, max = 5): string[] {
  const q = normalizeName(query);
  const scored: { name: string; score: number }[] = [];
  for (const e of model.entities.values()) {
    let best = Infinity;
    for (const name of namesOf(e)) {
      const n = normalizeName(name);
      const d = n.includes(q) || q.includes(n) ? Math.abs(n.length - q.length) / 4 : levenshtein(q, n);
      best = Math.min(best, d);
    }
    if (best <= Math.max(2, q.length / 2)) scored.push({ name: describeEntity(e), score: best });
  }
  scored.sort((a, b) => a.score - b.score || (a.name < b.name ? -1 : 1));
  return scored.slice(0, max).map((s) => s.name);
}

/** All entities a name can mean (exact match after normalisation). */
export function matchEntities(model: GraphModel, name: string): EntityInfo[] {
  const direct = model.entities.get(name) ?? (name.startsWith('entity:') ? model.entities.get(NS.entity + encodeURIComponent(name.slice(7))) ?? model.entities.get(NS.entity + name.slice(7)) : undefined);
  if (direct !== undefined) return [direct];
  if (/^Q\d+$/i.test(name)) {
    const qid = name.toUpperCase();
    return [...model.entities.values()].filter((e) => e.wikidata === qid);
  }
  const q = normalizeName(name);
  const byLabel = [...model.entities.values()].filter((e) => normalizeName(e.label) === q);
  if (byLabel.length > 0) return byLabel;
  return [...model.entities.values()].filter((e) => e.aliases.some((a) => normalizeName(a) === q));
}

/** Exactly one entity for a name, or a QueryError with suggestions or the choices. */
export function findEntity(model: GraphModel, name: string): EntityInfo {
  const found = matchEntities(model, name);
  if (found.length === 1) return found[0]!;
  if (found.length > 1) {
    const choices = found.map((e) => `${describeEntity(e)} <${e.iri}>`).join('; ');
    throw new QueryError('ENTITY_UNKNOWN', `'${name}' names ${found.length} entities: ${choices}; name one by its QID or IRI`);
  }
  const close = suggestions(model, name);
  throw new QueryError('ENTITY_UNKNOWN', `no entity '${name}' in the graph${close.length === 0 ? '' : `; did you mean: ${close.join(', ')}?`}`);
}
