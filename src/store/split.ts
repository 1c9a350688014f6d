// Splits quads into the named graphs a push writes: one per graph term (each
// article's graph is the article IRI), plus one shared graph for the quads
// in the default graph (entity labels and types not tied to one article).
// Duplicate triples within a graph are removed, so that what is sent is what
// the store should count afterwards.
import type { Quad } from 'n3';
import { DataFactory, Writer } from '../rdf/n3.js';
import { createHash } from 'node:crypto';
import { KG_BASE } from '../rdf/vocab.js';

/** Named graph for default-graph quads; it is merged into, never replaced. */
export const ENTITIES_GRAPH = `${KG_BASE}graph/entities`;

export interface GraphPart {
  /** IRI of the named graph in the store. */
  graph: string;
  /** Replace the graph (articles) or add to it (the shared entities graph). */
  mode: 'replace' | 'merge';
  /** Distinct triples, graph term removed. */
  triples: Quad[];
}

/** Groups quads by graph, blank-node graphs and the default graph going to `defaultGraph`. */
export function splitGraphs(quads: readonly Quad[], defaultGraph: string = ENTITIES_GRAPH): GraphPart[] {
  const parts = new Map<string, { part: GraphPart; seen: Set<string> }>();
  const writer = new Writer({ format: 'N-Triples' });
  for (const q of quads) {
    const named = q.graph.termType === 'NamedNode';
    const graph = named ? q.graph.value : defaultGraph;
    let entry = parts.get(graph);
    if (entry === undefined) {
      entry = { part: { graph, mode: named && graph !== defaultGraph ? 'replace' : 'merge', triples: [] }, seen: new Set() };
      parts.set(graph, entry);
    }
    const triple = DataFactory.quad(q.subject, q.predicate, q.object);
    const key = writer.quadToString(triple.subject, triple.predicate, triple.object);
    if (entry.seen.has(key)) continue;
    entry.seen.add(key);
    entry.part.triples.push(triple);
  }
  return [...parts.values()].map((e) => e.part).sort((a, b) => a.graph.localeCompare(b.graph));
}

/** Cuts a graph's triples into batches of at most `size` triples. */
export function batches<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out.length === 0 ? [[]] : out;
}

/** N-Triples text of triples (also valid as the data block of SPARQL INSERT DATA). */
export function toNTriples(triples: readonly Quad[]): string {
  return new Writer({ format: 'N-Triples' }).quadsToString(triples as Quad[]);
}

/** Blank nodes sent in separate requests become separate nodes, so such a graph goes in one batch. */
export function hasBlankNodes(triples: readonly Quad[]): boolean {
  return triples.some((t) => t.subject.termType === 'BlankNode' || t.object.termType === 'BlankNode');
}

/** Temporary graph a graph is loaded into before it replaces the target: fixed per target, so a re-run clears leftovers. */
export function tempGraphFor(graph: string): string {
  return `${KG_BASE}graph/tmp/${createHash('sha256').update(graph).digest('hex').slice(0, 24)}`;
}
