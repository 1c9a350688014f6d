// Loads ontology/kg.ttl and answers what the pipeline asks of it: classes,
// relation types (properties under kg:relation/kg:attribute), labels, superclasses,
// domains, ranges, symmetry, inverses. A new relation type is an ontology edit only.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Parser } from './n3.js';
import type { Quad, Term } from 'n3';
import { DataError } from '../errors.js';
import { ONTOLOGY_DIR } from '../paths.js';
import { NS, localName } from './vocab.js';

export interface Ontology {
  /** Local names of all kg: classes. */
  classes: Set<string>;
  /** Local names of all kg: properties, including the markers and provenance properties. */
  properties: Set<string>;
  /** Extracted relation types: kg: properties below kg:relation or kg:attribute (markers excluded). */
  relationProperties: Set<string>;
  /** kg: superclasses, transitive, starting with the class itself. */
  superClasses(localName: string): string[];
  isSubClassOf(a: string, b: string): boolean;
  label(localName: string, lang: 'de' | 'en'): string | undefined;
  symmetric: Set<string>;
  /** owl:inverseOf between kg: properties, recorded in both directions. */
  inverseOf: Map<string, string>;
  /** Domain classes as local names, owl:unionOf flattened. */
  domain(p: string): string[];
  /** Range classes or datatypes as local names (e.g. 'gYear'), owl:unionOf flattened. */
  range(p: string): string[];
  /** All triples of the ontology file. */
  quads: Quad[];
}

/** Abstract super-properties that mark extracted relation types. */
export const RELATION_MARKERS = ['relation', 'attribute'] as const;
export const DEFAULT_ONTOLOGY_PATH = join(ONTOLOGY_DIR, 'kg.ttl');

const RDF_TYPE = `${NS.rdf}type`;
const RDF_FIRST = `${NS.rdf}first`;
const RDF_REST = `${NS.rdf}rest`;
const RDF_NIL = `${NS.rdf}nil`;
const RDFS_LABEL = `${NS.rdfs}label`;
const SUBCLASS = `${NS.rdfs}subClassOf`;
const SUBPROPERTY = `${NS.rdfs}subPropertyOf`;
const DOMAIN = `${NS.rdfs}domain`;
const RANGE = `${NS.rdfs}range`;
const UNION = `${NS.owl}unionOf`;
const CLASS_TYPES = new Set([`${NS.owl}Class`, `${NS.rdfs}Class`]);
const PROPERTY_TYPES = new Set(
  ['ObjectProperty', 'DatatypeProperty', 'AnnotationProperty', 'SymmetricProperty', 'TransitiveProperty']
    .map((t) => `${NS.owl}${t}`)
    .concat(`${NS.rdf}Property`),
);

const cache = new Map<string, Ontology>();

export function loadOntology(path: string = DEFAULT_ONTOLOGY_PATH): Ontology {
  const cached = cache.get(path);
  if (cached !== undefined) return cached;
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new DataError(
      'RESOURCE_MISSING',
      `ontology: cannot read the ontology file (${(error as Error).message}); check the path or reinstall the package`,
      path,
    );
  }
  let quads: Quad[];
  try {
    quads = new Parser({ format: 'text/turtle' }).parse(text);
  } catch (error) {
    // n3's message already ends with "on line N."; keep it so the user can find the spot.
    throw new DataError('DATA_INVALID', `ontology: invalid Turtle: ${(error as Error).message}`, path);
  }
  const ontology = buildOntology(quads);
  cache.set(path, ontology);
  return ontology;
}

/** Builds the index from already parsed triples (also used by tests). */
export function buildOntology(quads: Quad[]): Ontology {
  const kg = NS.kg;
  const isKg = (t: Term): boolean => t.termType === 'NamedNode' && t.value.startsWith(kg);
  const local = (t: Term): string => t.value.slice(kg.length);
  const bySubject = new Map<string, Quad[]>();
  for (const q of quads) {
    const key = `${q.subject.termType}:${q.subject.value}`;
    const list = bySubject.get(key);
    if (list === undefined) bySubject.set(key, [q]);
    else list.push(q);
  }
  const about = (t: Term, predicate: string): Term[] =>
    (bySubject.get(`${t.termType}:${t.value}`) ?? []).filter((q) => q.predicate.value === predicate).map((q) => q.object);

  const classes = new Set<string>();
  const properties = new Set<string>();
  const symmetric = new Set<string>();
  const inverseOf = new Map<string, string>();
  const parents = new Map<string, Set<string>>(); // class -> direct kg: superclasses
  const superProps = new Map<string, Set<string>>(); // property -> direct kg: super-properties
  const labels = new Map<string, string>(); // `${local}@${lang}` -> label
  const domains = new Map<string, string[]>();
  const ranges = new Map<string, string[]>();
  const add = (map: Map<string, Set<string>>, k: string, v: string): void => {
    const set = map.get(k) ?? new Set<string>();
    set.add(v);
    map.set(k, set);
  };

  for (const q of quads) {
    if (!isKg(q.subject)) continue;
    const s = local(q.subject);
    const p = q.predicate.value;
    if (p === RDF_TYPE) {
      if (CLASS_TYPES.has(q.object.value)) classes.add(s);
      if (PROPERTY_TYPES.has(q.object.value)) properties.add(s);
      if (q.object.value === `${NS.owl}SymmetricProperty`) symmetric.add(s);
    } else if (p === RDFS_LABEL && q.object.termType === 'Literal' && q.object.language !== '') {
      labels.set(`${s}@${q.object.language}`, q.object.value);
    } else if (p === SUBCLASS && isKg(q.object)) {
      add(parents, s, local(q.object));
    } else if (p === `${NS.owl}equivalentClass` && isKg(q.object)) {
      add(parents, s, local(q.object));
      add(parents, local(q.object), s);
    } else if (p === SUBPROPERTY && isKg(q.object)) {
      add(superProps, s, local(q.object));
    } else if (p === `${NS.owl}inverseOf` && isKg(q.object)) {
      inverseOf.set(s, local(q.object));
      inverseOf.set(local(q.object), s);
    } else if (p === DOMAIN || p === RANGE) {
      const target = p === DOMAIN ? domains : ranges;
      target.set(s, [...(target.get(s) ?? []), ...flattenUnion(q.object, about)]);
    }
  }

  const closure = (map: Map<string, Set<string>>, start: string): string[] => {
    const seen = [start];
    for (let i = 0; i < seen.length; i++) {
      for (const next of map.get(seen[i] as string) ?? []) if (!seen.includes(next)) seen.push(next);
    }
    return seen;
  };
  const markers = new Set<string>(RELATION_MARKERS);
  const relationProperties = new Set(
    [...properties].filter((p) => !markers.has(p) && closure(superProps, p).some((sup) => markers.has(sup))),
  );

  // The pipeline asks for superclasses on every type check: compute each closure once.
  const supers = new Map<string, string[]>();
  const superOf = (name: string): string[] => {
    let list = supers.get(name);
    if (list === undefined) supers.set(name, (list = closure(parents, name)));
    return list;
  };
  // And as a set for the checks themselves (a set lookup, not a scan of the list).
  const superSets = new Map<string, Set<string>>();
  const superSetOf = (name: string): Set<string> => {
    let set = superSets.get(name);
    if (set === undefined) superSets.set(name, (set = new Set(superOf(name))));
    return set;
  };

  return {
    classes,
    properties,
    relationProperties,
    superClasses: (name) => [...superOf(name)],
    isSubClassOf: (a, b) => superSetOf(a).has(b),
    label: (name, lang) => labels.get(`${name}@${lang}`),
    symmetric,
    inverseOf,
    domain: (p) => [...new Set(domains.get(p) ?? [])],
    range: (p) => [...new Set(ranges.get(p) ?? [])],
    quads,
  };
}

/** A class expression as local names: a named class, or the members of an owl:unionOf list. */
function flattenUnion(term: Term, about: (t: Term, p: string) => Term[]): string[] {
  if (term.termType === 'NamedNode') return [localName(term.value)];
  const out: string[] = [];
  for (const list of about(term, UNION)) {
    let node: Term | undefined = list;
    // Walk the RDF list; the guard stops on malformed (cyclic) lists.
    for (let guard = 0; node !== undefined && node.value !== RDF_NIL && guard < 1000; guard++) {
      for (const member of about(node, RDF_FIRST)) out.push(...flattenUnion(member, about));
      node = about(node, RDF_REST)[0];
    }
  }
  return out;
}
