// What the scorer needs to know about an output graph, indexed once: each
// node's labels, owl:sameAs targets and rdf:types, plus the class hierarchy.
import { NS, localName } from '../rdf/vocab.js';

/** The parts of an RDF/JS term the scorer reads; n3 terms and quads fit it. */
export interface TermLike {
  readonly termType: string;
  readonly value: string;
  readonly language?: string;
  readonly datatype?: { readonly value: string };
  readonly subject?: TermLike;
  readonly predicate?: TermLike;
  readonly object?: TermLike;
}

export interface QuadLike {
  readonly subject: TermLike;
  readonly predicate: TermLike;
  readonly object: TermLike;
  readonly graph: TermLike;
}

const LABEL_PREDICATES: ReadonlySet<string> = new Set([
  `${NS.rdfs}label`,
  `${NS.skos}prefLabel`,
  `${NS.skos}altLabel`,
  'https://schema.org/name',
  'http://schema.org/name',
]);
/** Order in which a label is preferred when an extra triple is shown. */
const DISPLAY_ORDER = [`${NS.skos}prefLabel`, `${NS.rdfs}label`, 'https://schema.org/name', 'http://schema.org/name', `${NS.skos}altLabel`];
const RDF_TYPE = `${NS.rdf}type`;
const SUBCLASS_OF = `${NS.rdfs}subClassOf`;
const SAME_AS = `${NS.owl}sameAs`;

export interface GraphView {
  /** Node key → labels with the predicate that gave them. */
  labels: Map<string, { predicate: string; text: string }[]>;
  /** Node key → IRIs it is owl:sameAs (either direction). */
  sameAs: Map<string, Set<string>>;
  /** Node key → local names of its rdf:types. */
  types: Map<string, Set<string>>;
  /** Local class name → itself and all its superclasses. */
  superclasses(className: string): Set<string>;
}

/** A stable key per term; quoted triples get a key built from their parts. */
export function termKey(term: TermLike): string {
  switch (term.termType) {
    case 'NamedNode':
      return `<${term.value}>`;
    case 'BlankNode':
      return `_:${term.value}`;
    case 'Literal':
      return `${JSON.stringify(term.value)}^^<${term.datatype?.value ?? ''}>@${term.language ?? ''}`;
    case 'Quad':
      return `<<${termKey(term.subject!)} ${termKey(term.predicate!)} ${termKey(term.object!)}>>`;
    default:
      return `${term.termType}:${term.value}`;
  }
}

/** Label comparison form: NFKC, whitespace runs folded to one space, trimmed, lower case. */
export function foldLabel(text: string): string {
  return text.normalize('NFKC').replace(/\s+/gu, ' ').trim().toLowerCase();
}

export function buildGraphView(quads: readonly QuadLike[], subClassOf?: ReadonlyMap<string, readonly string[]>): GraphView {
  const labels = new Map<string, { predicate: string; text: string }[]>();
  const sameAs = new Map<string, Set<string>>();
  const types = new Map<string, Set<string>>();
  const parents = new Map<string, Set<string>>();
  const addTo = <V>(map: Map<string, Set<V>>, key: string, value: V): void => {
    let set = map.get(key);
    if (set === undefined) map.set(key, (set = new Set()));
    set.add(value);
  };
  for (const [child, supers] of subClassOf ?? []) {
    for (const parent of supers) addTo(parents, child, parent);
  }
  for (const { subject, predicate, object } of quads) {
    const p = predicate.value;
    if (LABEL_PREDICATES.has(p) && object.termType === 'Literal') {
      const key = termKey(subject);
      const list = labels.get(key) ?? [];
      list.push({ predicate: p, text: object.value });
      labels.set(key, list);
    } else if (p === RDF_TYPE && object.termType === 'NamedNode') {
      addTo(types, termKey(subject), localName(object.value));
    } else if (p === SUBCLASS_OF && subject.termType === 'NamedNode' && object.termType === 'NamedNode') {
      addTo(parents, localName(subject.value), localName(object.value));
    } else if (p === SAME_AS) {
      if (object.termType === 'NamedNode') addTo(sameAs, termKey(subject), object.value);
      if (subject.termType === 'NamedNode') addTo(sameAs, termKey(object), subject.value);
    }
  }
  const closure = new Map<string, Set<string>>();
  const superclasses = (className: string): Set<string> => {
    let result = closure.get(className);
    if (result !== undefined) return result;
    // Breadth-first over the parent links; the visited set also stops cycles.
    result = new Set([className]);
    const queue = [className];
    for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
      for (const parent of parents.get(next) ?? []) {
        if (!result.has(parent)) {
          result.add(parent);
          queue.push(parent);
        }
      }
    }
    closure.set(className, result);
    return result;
  };
  return { labels, sameAs, types, superclasses };
}

/** How a term is shown in a report: its preferred label, else its local name or literal. */
export function displayTerm(view: GraphView, term: TermLike): string {
  if (term.termType === 'Literal') return JSON.stringify(term.value);
  const labels = view.labels.get(termKey(term)) ?? [];
  for (const predicate of DISPLAY_ORDER) {
    const texts = labels.filter((l) => l.predicate === predicate).map((l) => l.text).sort();
    if (texts[0] !== undefined) return texts[0];
  }
  if (term.termType === 'BlankNode') return `_:${term.value}`;
  if (term.termType === 'Quad') return termKey(term);
  return localName(term.value) || term.value;
}
