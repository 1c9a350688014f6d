// Scores one output graph against one gold file, as the corpus README defines:
// relation recall/precision/F1 over core-property triples, entities found and typed.
import type { Quad } from 'n3';
import { INVERSE_PROPERTIES, SYMMETRIC_PROPERTIES } from './core-properties.js';
import { denotingNodes, entitiesOfNodes, isTyped } from './denote.js';
import { parseGoldTriple } from './gold.js';
import type { Gold, GoldPattern, GoldTriple } from './gold.js';
import { buildGraphView, displayTerm, termKey } from './graph-view.js';
import type { QuadLike, TermLike } from './graph-view.js';
import { collectRelationTriples } from './relation-triples.js';
import { ratios } from './ratios.js';
import type { RelationCounts, ScoreSummary } from './ratios.js';

export interface ScoreOptions {
  /** Local class name → local names of its direct superclasses (from the ontology). */
  subClassOf?: ReadonlyMap<string, readonly string[]>;
}

/** A produced triple that matched nothing, for the report. */
export interface ExtraTriple {
  subject: string;
  predicate: string;
  object: string;
  /** The terms as IRIs, `_:blank` or `"literal"`, to find them in the graph. */
  subjectTerm: string;
  objectTerm: string;
}

export interface MistypedEntity {
  id: string;
  expected: string;
  /** Local names of the rdf:types the denoting nodes have (sorted). */
  actual: string[];
}

export interface ArticleScore extends ScoreSummary {
  misses: GoldTriple[];
  extras: ExtraTriple[];
  missingEntities: string[];
  mistypedEntities: MistypedEntity[];
}

interface Candidate {
  subject: TermLike;
  property: string;
  object: TermLike;
}

export function scoreGraph(gold: Gold, quads: readonly Quad[], opts: ScoreOptions = {}): ArticleScore {
  const graph: readonly QuadLike[] = quads;
  const view = buildGraphView(graph, opts.subClassOf);
  const produced = collectRelationTriples(graph);
  const endpoints = produced.flatMap((t) => [termKey(t.subject), termKey(t.object)]);
  const denoting = denotingNodes(view, gold.entities, endpoints);
  const entitiesOf = entitiesOfNodes(denoting);

  const denotes = (term: TermLike, ids: string[]): boolean => {
    const found = entitiesOf.get(termKey(term));
    return found !== undefined && ids.some((id) => found.has(id));
  };
  const matches = (c: Candidate, g: GoldPattern): boolean =>
    g.predicates.includes(c.property) &&
    denotes(c.subject, g.subjects) &&
    g.objects.some((o) =>
      o.kind === 'literal'
        ? c.object.termType === 'Literal' && c.object.value.startsWith(o.prefix)
        : denotes(c.object, [o.id]),
    );
  // The readings of a produced triple: as stated, reversed when symmetric, and inverted for owns/subsidiaryOf.
  const readings = (t: Candidate): Candidate[] => {
    const list = [t];
    if (SYMMETRIC_PROPERTIES.has(t.property)) list.push({ subject: t.object, property: t.property, object: t.subject });
    const inverse = INVERSE_PROPERTIES.get(t.property);
    if (inverse !== undefined) list.push({ subject: t.object, property: inverse, object: t.subject });
    return list;
  };

  const required = gold.relations.map(parseGoldTriple);
  const allGold = [...required, ...gold.optional.map(parseGoldTriple)];
  const requiredFound = required.map(() => false);
  const extras: ExtraTriple[] = [];
  let correct = 0;
  for (const triple of produced) {
    const forms = readings(triple);
    required.forEach((g, index) => {
      if (!requiredFound[index] && forms.some((c) => matches(c, g))) requiredFound[index] = true;
    });
    if (allGold.some((g) => forms.some((c) => matches(c, g)))) {
      correct += 1;
    } else {
      extras.push({
        subject: displayTerm(view, triple.subject),
        predicate: triple.property,
        object: displayTerm(view, triple.object),
        subjectTerm: showTerm(triple.subject),
        objectTerm: showTerm(triple.object),
      });
    }
  }

  const counts: RelationCounts = {
    required: required.length,
    found: requiredFound.filter(Boolean).length,
    produced: produced.length,
    correct,
  };
  const missingEntities: string[] = [];
  const mistypedEntities: MistypedEntity[] = [];
  let entitiesTyped = 0;
  for (const [id, entity] of Object.entries(gold.entities)) {
    const nodes = denoting.get(id) ?? new Set<string>();
    if (nodes.size === 0) {
      missingEntities.push(id);
    } else if (isTyped(view, entity.type, nodes)) {
      entitiesTyped += 1;
    } else {
      const actual = new Set([...nodes].flatMap((node) => [...(view.types.get(node) ?? [])]));
      mistypedEntities.push({ id, expected: entity.type, actual: [...actual].sort() });
    }
  }
  const entitiesTotal = Object.keys(gold.entities).length;
  return {
    counts,
    ...ratios(counts),
    entitiesTotal,
    entitiesFound: entitiesTotal - missingEntities.length,
    entitiesTyped,
    misses: gold.relations.filter((_, index) => !requiredFound[index]),
    extras,
    missingEntities,
    mistypedEntities,
  };
}

function showTerm(term: TermLike): string {
  if (term.termType === 'Literal') return JSON.stringify(term.value);
  if (term.termType === 'BlankNode') return `_:${term.value}`;
  return term.termType === 'NamedNode' ? term.value : termKey(term);
}

export { microAverage } from './micro.js';
export type { MicroScore } from './micro.js';
export type { RelationCounts } from './ratios.js';
