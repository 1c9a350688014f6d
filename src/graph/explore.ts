// The questions a journalist asks of a graph without SPARQL: what is around
// an entity, how two entities are connected, which statements match a
// filter, and why the graph says something. Pure functions over GraphModel.
import { QueryError } from '../errors.js';
import { NS } from '../rdf/vocab.js';
import { normalizeName } from './find-entity.js';
import type { GraphModel, StatementInfo } from './model.js';

/** Statements within `depth` hops of an entity (either direction), nearest first. */
export function neighbors(model: GraphModel, iri: string, depth = 1): { statement: StatementInfo; hop: number }[] {
  const out: { statement: StatementInfo; hop: number }[] = [];
  const seenSt = new Set<string>();
  let frontier = [iri];
  const seen = new Set(frontier);
  for (let hop = 1; hop <= depth && frontier.length > 0; hop++) {
    const next: string[] = [];
    for (const node of frontier) {
      for (const st of [...(model.bySubject.get(node) ?? []), ...(model.byObject.get(node) ?? [])]) {
        if (seenSt.has(st.id)) continue;
        seenSt.add(st.id);
        out.push({ statement: st, hop });
        for (const other of [st.subject, st.objectIsLiteral ? undefined : st.object]) {
          if (other !== undefined && !seen.has(other)) {
            seen.add(other);
            next.push(other);
          }
        }
      }
    }
    frontier = next;
  }
  // Readable order: by hop, outgoing before incoming, then predicate and the other end.
  const rank = (f: { statement: StatementInfo; hop: number }): string => {
    const st = f.statement;
    const out = st.subject === iri ? 0 : 1;
    const other = out === 0 ? st.object : st.subject;
    return `${f.hop}\u0001${out}\u0001${model.predicateLabel(st.predicate)}\u0001${model.entities.get(other)?.label ?? other}\u0001${st.id}`;
  };
  return out.map((f) => [rank(f), f] as const).sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).map(([, f]) => f);
}

/** The shortest chains of statements between two entities (edges read in either direction). */
export function shortestPaths(model: GraphModel, from: string, to: string, max = 10): StatementInfo[][] {
  if (from === to) return [];
  const dist = new Map([[from, 0]]);
  const via = new Map<string, { prev: string; st: StatementInfo }[]>();
  let frontier = [from];
  while (frontier.length > 0 && !dist.has(to)) {
    const next: string[] = [];
    const d = dist.get(frontier[0]!)! + 1;
    for (const node of frontier) {
      for (const st of [...(model.bySubject.get(node) ?? []), ...(model.byObject.get(node) ?? [])]) {
        if (st.objectIsLiteral) continue;
        const other = st.subject === node ? st.object : st.subject;
        const known = dist.get(other);
        if (known !== undefined && known < d) continue;
        if (known === undefined) {
          dist.set(other, d);
          next.push(other);
        }
        const list = via.get(other) ?? [];
        list.push({ prev: node, st });
        via.set(other, list);
      }
    }
    frontier = next;
  }
  if (!dist.has(to)) return [];
  const paths: StatementInfo[][] = [];
  const walk = (node: string, tail: StatementInfo[]): void => {
    if (paths.length >= max) return;
    if (node === from) {
      paths.push(tail);
      return;
    }
    for (const { prev, st } of via.get(node) ?? []) walk(prev, [st, ...tail]);
  };
  walk(to, []);
  return paths;
}

/** Resolves a predicate named by local name, prefixed name, IRI or label (de/en). */
export function findPredicate(model: GraphModel, name: string): string {
  const used = [...new Set(model.statements.map((s) => s.predicate))];
  const n = normalizeName(name.replace(/^kg:/, ''));
  const hit = used.find((p) => p === name || normalizeName(p.startsWith(NS.kg) ? p.slice(NS.kg.length) : p) === n || normalizeName(model.predicateLabel(p, 'de')) === n || normalizeName(model.predicateLabel(p, 'en')) === n);
  if (hit !== undefined) return hit;
  const names = used.map((p) => (p.startsWith(NS.kg) ? `kg:${p.slice(NS.kg.length)}` : p)).sort();
  throw new QueryError('ENTITY_UNKNOWN', `no predicate '${name}' in the graph; it uses: ${names.join(', ') || '(none)'}`);
}

export interface RelationFilter {
  predicate?: string;
  from?: string;
  to?: string;
  kind?: 'fact' | 'claim';
}

export function filterStatements(model: GraphModel, f: RelationFilter): StatementInfo[] {
  return model.statements.filter(
    (s) => (f.predicate === undefined || s.predicate === f.predicate) && (f.from === undefined || s.subject === f.from) && (f.to === undefined || s.object === f.to) && (f.kind === undefined || s.kind === f.kind),
  );
}

export interface GraphStats {
  triples: number;
  entities: number;
  articles: number;
  facts: number;
  claims: number;
  byClass: [string, number][];
  byPredicate: [string, number][];
  byArticle: [string, number][];
  topEntities: [string, number][];
}

function sortedCounts(map: Map<string, number>): [string, number][] {
  return [...map].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
}

function bump(map: Map<string, number>, key: string): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

export function graphStats(model: GraphModel, triples: number, top = 10): GraphStats {
  const byClass = new Map<string, number>();
  for (const e of model.entities.values()) for (const t of e.types.length === 0 ? ['(untyped)'] : e.types) bump(byClass, t);
  const byPredicate = new Map<string, number>();
  const byArticle = new Map<string, number>();
  const degree = new Map<string, number>();
  for (const s of model.statements) {
    bump(byPredicate, s.predicate);
    bump(byArticle, s.evidence?.article ?? s.derivedFrom ?? '(no evidence)');
    bump(degree, s.subject);
    if (!s.objectIsLiteral) bump(degree, s.object);
  }
  return {
    triples,
    entities: model.entities.size,
    articles: model.articles.size,
    facts: model.statements.filter((s) => s.kind === 'fact').length,
    claims: model.statements.filter((s) => s.kind === 'claim').length,
    byClass: sortedCounts(byClass),
    byPredicate: sortedCounts(byPredicate),
    byArticle: sortedCounts(byArticle),
    topEntities: sortedCounts(degree).slice(0, top),
  };
}
