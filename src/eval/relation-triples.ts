// Collects the relation triples a graph states, in every form the README counts:
// asserted, classic rdf:Statement reification, and RDF-star/RDF 1.2 quoted
// triples. One triple stated in several forms or graphs counts once.
import { NS, localName } from '../rdf/vocab.js';
import { isCoreProperty } from './core-properties.js';
import { termKey } from './graph-view.js';
import type { QuadLike, TermLike } from './graph-view.js';

export interface RelationTriple {
  subject: TermLike;
  /** Full predicate IRI. */
  predicate: string;
  /** Local name of the predicate, one of the core properties. */
  property: string;
  object: TermLike;
}

type ReifyPart = 'subject' | 'predicate' | 'object';

const REIFY_PARTS = new Map<string, ReifyPart>([
  [`${NS.rdf}subject`, 'subject'],
  [`${NS.rdf}predicate`, 'predicate'],
  [`${NS.rdf}object`, 'object'],
]);

export function collectRelationTriples(quads: readonly QuadLike[]): RelationTriple[] {
  const result = new Map<string, RelationTriple>();
  const add = (subject: TermLike, predicate: TermLike, object: TermLike): void => {
    if (predicate.termType !== 'NamedNode' || !isCoreProperty(localName(predicate.value))) return;
    if (subject.termType !== 'NamedNode' && subject.termType !== 'BlankNode') return;
    const key = `${termKey(subject)} <${predicate.value}> ${termKey(object)}`;
    if (!result.has(key)) {
      result.set(key, { subject, predicate: predicate.value, property: localName(predicate.value), object });
    }
  };
  // Quoted triples may sit in subject or object position, and may nest.
  const addQuoted = (term: TermLike): void => {
    if (term.termType !== 'Quad' || !term.subject || !term.predicate || !term.object) return;
    add(term.subject, term.predicate, term.object);
    addQuoted(term.subject);
    addQuoted(term.object);
  };
  const statements = new Map<string, Record<ReifyPart, TermLike[]>>();
  for (const quad of quads) {
    add(quad.subject, quad.predicate, quad.object);
    addQuoted(quad.subject);
    addQuoted(quad.object);
    const part = REIFY_PARTS.get(quad.predicate.value);
    if (part !== undefined) {
      const key = termKey(quad.subject);
      let parts = statements.get(key);
      if (parts === undefined) statements.set(key, (parts = { subject: [], predicate: [], object: [] }));
      parts[part].push(quad.object);
    }
  }
  // A statement node normally has one of each part; if it has more, every
  // combination is read, since each could be what the writer meant.
  for (const parts of statements.values()) {
    for (const subject of parts.subject) {
      for (const predicate of parts.predicate) {
        for (const object of parts.object) add(subject, predicate, object);
      }
    }
  }
  return [...result.values()];
}
