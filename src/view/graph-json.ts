// RDF quads (as `kg build` writes them) → the plain JSON graph the viewer
// reads: entities become nodes, each rdf:Statement between two entities an
// edge carrying its evidence, literal-valued statements node attributes.
// Plain triples without a statement (hand-written graphs) still become edges.
import type { Quad, Term } from 'n3';
import { NS, localName } from '../rdf/vocab.js';
import { loadOntology, type Ontology } from '../rdf/ontology.js';
import { indexBySubject } from '../rdf/subject-index.js';
import type { ViewArticle, ViewAttribute, ViewEdge, ViewGraph, ViewLabels, ViewNode, ViewProvenance } from './model.js';

const RDF_TYPE = `${NS.rdf}type`;
const LABEL = `${NS.rdfs}label`;
const ALT = `${NS.skos}altLabel`;
const SAME_AS = `${NS.owl}sameAs`;
/** kg: types that are not entity classes. */
const NON_ENTITY = new Set(['Article', 'Sentence', 'Fact', 'Claim']);
/** Predicates that describe entities, statements or articles rather than relate entities. */
const DESCRIPTIVE = new Set([RDF_TYPE, LABEL, ALT, SAME_AS]);

function labels(ontology: Ontology, local: string): ViewLabels {
  const out: ViewLabels = {};
  const de = ontology.label(local, 'de');
  const en = ontology.label(local, 'en');
  if (de !== undefined) out.de = de;
  if (en !== undefined) out.en = en;
  return out;
}

/** Converts quads into the viewer's graph model; deterministic order (sorted ids). */
export function quadsToViewGraph(quads: Quad[], ontology: Ontology = loadOntology()): ViewGraph {
  const index = indexBySubject(quads);
  const first = (s: string, p: string): Term | undefined => index.get(s)?.get(p)?.[0];
  const all = (s: string, p: string): Term[] => index.get(s)?.get(p) ?? [];
  const types = (s: string): string[] => all(s, RDF_TYPE).map((t) => t.value);

  const nodes = new Map<string, ViewNode>();
  const articles: ViewArticle[] = [];
  const statements: string[] = [];
  for (const [subject] of index) {
    const t = types(subject);
    if (t.includes(`${NS.rdf}Statement`)) statements.push(subject);
    else if (t.includes(`${NS.schema}NewsArticle`)) articles.push(readArticle(subject, first));
    else {
      const kgClass = t.filter((x) => x.startsWith(NS.kg)).map(localName).find((c) => !NON_ENTITY.has(c));
      if (kgClass !== undefined || first(subject, LABEL) !== undefined) nodes.set(subject, makeNode(subject, kgClass, all));
    }
  }
  const ensureNode = (term: Term): string => {
    if (!nodes.has(term.value)) nodes.set(term.value, makeNode(term.value, undefined, all));
    return term.value;
  };

  const edges: ViewEdge[] = [];
  const attributes: ViewAttribute[] = [];
  const covered = new Set<string>();
  for (const st of statements) {
    const s = first(st, `${NS.rdf}subject`);
    const p = first(st, `${NS.rdf}predicate`);
    const o = first(st, `${NS.rdf}object`);
    if (s === undefined || p === undefined || o === undefined) continue;
    const prov = readProvenance(st, p.value, types(st), first);
    covered.add(`${s.value} ${p.value} ${o.termType}:${o.value}`);
    if (o.termType === 'Literal') attributes.push({ ...prov, subject: ensureNode(s), value: o.value, datatype: o.datatype.value });
    else edges.push({ ...prov, source: ensureNode(s), target: ensureNode(o) });
  }
  // Plain triples between entities that no statement describes.
  let plain = 0;
  for (const q of quads) {
    const p = q.predicate.value;
    if (DESCRIPTIVE.has(p) || !nodes.has(q.subject.value) || q.object.termType !== 'NamedNode') continue;
    if (!nodes.has(q.object.value) || covered.has(`${q.subject.value} ${p} NamedNode:${q.object.value}`)) continue;
    covered.add(`${q.subject.value} ${p} NamedNode:${q.object.value}`);
    edges.push({ id: `triple:${plain++}`, predicate: p, kind: 'fact', source: q.subject.value, target: q.object.value });
  }

  const classLabels: Record<string, ViewLabels> = {};
  for (const c of [...new Set([...nodes.values()].map((n) => n.class))].sort()) classLabels[c] = labels(ontology, c);
  const predicateLabels: Record<string, ViewLabels> = {};
  for (const p of [...new Set([...edges, ...attributes].map((e) => e.predicate))].sort()) {
    predicateLabels[p] = p.startsWith(NS.kg) ? labels(ontology, localName(p)) : {};
  }
  const byId = <T extends { id: string }>(a: T, b: T): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  return {
    version: 1,
    nodes: [...nodes.values()].sort(byId),
    edges: edges.sort(byId),
    attributes: attributes.sort(byId),
    articles: articles.sort(byId),
    classLabels,
    predicateLabels,
  };
}

function makeNode(id: string, kgClass: string | undefined, all: (s: string, p: string) => Term[]): ViewNode {
  const label = all(id, LABEL)[0]?.value ?? decodeURIComponent(localName(id));
  const node: ViewNode = {
    id,
    label,
    class: kgClass ?? 'Thing',
    aliases: all(id, ALT).map((t) => t.value).filter((a) => a !== label),
  };
  const wd = all(id, SAME_AS).find((t) => t.value.startsWith(NS.wd));
  if (wd !== undefined) node.wikidata = wd.value;
  return node;
}

function readArticle(id: string, first: (s: string, p: string) => Term | undefined): ViewArticle {
  const article: ViewArticle = { id };
  const set = (key: 'source' | 'date' | 'lang' | 'fileName', p: string): void => {
    const v = first(id, p)?.value;
    if (v !== undefined) article[key] = v;
  };
  set('source', `${NS.kg}source`);
  set('date', `${NS.schema}datePublished`);
  set('lang', `${NS.schema}inLanguage`);
  set('fileName', `${NS.kg}fileName`);
  return article;
}

function readProvenance(
  st: string,
  predicate: string,
  types: string[],
  first: (s: string, p: string) => Term | undefined,
): ViewProvenance {
  const prov: ViewProvenance = { id: st, predicate, kind: types.includes(`${NS.kg}Claim`) ? 'claim' : 'fact' };
  const sentence = first(st, `${NS.prov}wasDerivedFrom`)?.value;
  if (sentence !== undefined) {
    const text = first(sentence, `${NS.kg}evidenceText`)?.value;
    const start = Number(first(sentence, `${NS.kg}startOffset`)?.value);
    const end = Number(first(sentence, `${NS.kg}endOffset`)?.value);
    if (text !== undefined) prov.sentence = { text, start: Number.isFinite(start) ? start : 0, end: Number.isFinite(end) ? end : 0 };
    const article = first(sentence, `${NS.kg}inArticle`)?.value;
    if (article !== undefined) prov.article = article;
  }
  const optional: [keyof ViewProvenance & ('rule' | 'eventDate' | 'claimedBy' | 'claimCue'), string][] = [
    ['rule', 'rule'],
    ['eventDate', 'eventDate'],
    ['claimedBy', 'claimedBy'],
    ['claimCue', 'claimCue'],
  ];
  for (const [key, local] of optional) {
    const v = first(st, `${NS.kg}${local}`)?.value;
    if (v !== undefined) prov[key] = v;
  }
  return prov;
}
