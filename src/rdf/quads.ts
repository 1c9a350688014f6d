// Maps analysed articles to RDF quads. Per article one named graph holding the
// article's description, its entities, its asserted relations (plain triples a
// SPARQL user can match) and, for every relation, a reified rdf:Statement
// (kg:Fact or kg:Claim) with the rule id and the sentence it came from
// (PROV-O: prov:wasDerivedFrom → kg:Sentence with text and offsets). Claims
// are only reified, never asserted.
import type { NamedNode, Quad, Quad_Object, Quad_Subject } from 'n3';
import { DataFactory } from './n3.js';
import type { Doc, Entity, Relation } from '../types.js';
import { articleIri, entityIri, sentenceIri, statementIri } from './iris.js';
import { NS } from './vocab.js';
import { BoundedMap } from '../data/bounded-map.js';

const { namedNode, literal, quad } = DataFactory;
const rdf = (l: string) => namedNode(NS.rdf + l);
const xsd = (l: string) => namedNode(NS.xsd + l);

/**
 * The IRIs every article repeats (properties, classes, datatypes), one term
 * each: a corpus has hundreds of thousands of quads, and a new term (and IRI
 * string) per quad was a good share of the garbage and of the objects every
 * garbage collection had to move. Terms are immutable values, so sharing one
 * changes no quad.
 */
const terms = new BoundedMap<string, NamedNode>(1_000);
function iri(value: string): NamedNode {
  let node = terms.get(value);
  if (node === undefined) terms.set(value, (node = namedNode(value)));
  return node;
}
const kg = (l: string): NamedNode => iri(NS.kg + l);
const P = {
  type: iri(NS.rdf + 'type'),
  label: iri(NS.rdfs + 'label'),
  altLabel: iri(NS.skos + 'altLabel'),
  sameAs: iri(NS.owl + 'sameAs'),
  inLanguage: iri(NS.schema + 'inLanguage'),
  datePublished: iri(NS.schema + 'datePublished'),
  fileName: kg('fileName'),
  contentHash: kg('contentHash'),
  source: kg('source'),
  datelinePlace: kg('datelinePlace'),
  subject: iri(NS.rdf + 'subject'),
  predicate: iri(NS.rdf + 'predicate'),
  object: iri(NS.rdf + 'object'),
  rule: kg('rule'),
  wasDerivedFrom: iri(NS.prov + 'wasDerivedFrom'),
  eventDate: kg('eventDate'),
  claimedBy: kg('claimedBy'),
  claimCue: kg('claimCue'),
  inArticle: kg('inArticle'),
  evidenceText: kg('evidenceText'),
  startOffset: kg('startOffset'),
  endOffset: kg('endOffset'),
};
const C = {
  article: kg('Article'),
  newsArticle: iri(NS.schema + 'NewsArticle'),
  statement: iri(NS.rdf + 'Statement'),
  fact: kg('Fact'),
  claim: kg('Claim'),
  sentence: kg('Sentence'),
  date: iri(NS.xsd + 'date'),
  integer: iri(NS.xsd + 'integer'),
};

export function docsToQuads(docs: Doc[]): Quad[] {
  const out: Quad[] = [];
  for (const doc of docs) docQuads(doc, out);
  return out;
}

function docQuads(doc: Doc, out: Quad[]): void {
  const { article } = doc;
  const g = namedNode(articleIri(article));
  const add = (s: Quad_Subject, p: NamedNode, o: Quad_Object): void => {
    out.push(quad(s, p, o, g));
  };
  const lang = article.lang;
  const iriOf = new Map<string, ReturnType<typeof namedNode>>();
  for (const e of doc.entities) iriOf.set(e.key, namedNode(entityIri(e)));

  add(g, P.type, C.article);
  add(g, P.type, C.newsArticle);
  add(g, P.inLanguage, literal(lang));
  add(g, P.fileName, literal(article.fileName));
  add(g, P.contentHash, literal(`sha256:${article.hash}`));
  if (article.published !== undefined) add(g, P.datePublished, literal(article.published, C.date));
  if (article.source !== undefined) add(g, P.source, literal(article.source));
  for (const place of article.datelinePlaces) {
    const e = findByLabel(doc.entities, place);
    if (e !== undefined) add(g, P.datelinePlace, iriOf.get(e.key)!);
  }

  for (const e of doc.entities) {
    const s = iriOf.get(e.key)!;
    add(s, P.type, kg(e.type));
    add(s, P.label, literal(e.label, lang));
    for (const alias of e.aliases) add(s, P.altLabel, literal(alias, lang));
    if (e.wikidata !== undefined) add(s, P.sameAs, namedNode(NS.wd + e.wikidata));
  }

  // The terms of each evidence sentence, by its start: a sentence often bears several relations.
  const sentences = new Map<number, SentenceTerms>();
  for (const r of doc.relations) {
    const s = iriOf.get(r.subject);
    const o = r.object.kind === 'entity' ? iriOf.get(r.object.key) : literal(r.object.value, iri(NS.xsd + r.object.datatype));
    if (s === undefined || o === undefined) continue;
    const p = kg(r.predicate);
    if (r.claim === undefined) add(s, p, o);
    let terms = sentences.get(r.span.start);
    if (terms === undefined || terms.end !== r.span.end) {
      terms = sentenceTerms(doc, r.span);
      sentences.set(r.span.start, terms);
    }
    evidence(doc, r, g, s, p, o, terms, iriOf, add);
  }
}

/** The node of an evidence sentence and the literals describing it (terms are immutable values: shared by its relations). */
interface SentenceTerms {
  end: number;
  node: NamedNode;
  text: Quad_Object;
  start: Quad_Object;
  endOffset: Quad_Object;
}

function sentenceTerms(doc: Doc, span: Relation['span']): SentenceTerms {
  const { article } = doc;
  return {
    end: span.end,
    node: namedNode(sentenceIri(article, span)),
    text: literal(article.text.slice(span.start, span.end), article.lang),
    start: literal(String(span.start), C.integer),
    endOffset: literal(String(span.end), C.integer),
  };
}

function evidence(
  doc: Doc,
  r: Relation,
  /** The article's node (its graph). */
  g: NamedNode,
  s: ReturnType<typeof namedNode>,
  p: NamedNode,
  o: Quad_Object,
  terms: SentenceTerms,
  iriOf: Map<string, ReturnType<typeof namedNode>>,
  add: (s: Quad_Subject, p: NamedNode, o: Quad_Object) => void,
): void {
  const { article } = doc;
  const sentence = terms.node;
  const st = namedNode(statementIri(article.id, s.value, p.value, o.value, r.rule, r.span));
  add(st, P.type, C.statement);
  add(st, P.type, r.claim === undefined ? C.fact : C.claim);
  add(st, P.subject, s);
  add(st, P.predicate, p);
  add(st, P.object, o);
  add(st, P.rule, literal(r.rule));
  add(st, P.wasDerivedFrom, sentence);
  if (r.date !== undefined) add(st, P.eventDate, literal(r.date.value, iri(NS.xsd + r.date.datatype)));
  if (r.claim !== undefined) {
    const by = r.claim.by === undefined ? undefined : iriOf.get(r.claim.by);
    if (by !== undefined) add(st, P.claimedBy, by);
    if (r.claim.cue !== '') add(st, P.claimCue, literal(r.claim.cue));
  }
  add(sentence, P.type, C.sentence);
  add(sentence, P.inArticle, g);
  add(sentence, P.evidenceText, terms.text);
  add(sentence, P.startOffset, terms.start);
  add(sentence, P.endOffset, terms.endOffset);
}

function findByLabel(entities: Entity[], label: string): Entity | undefined {
  const want = label.toLowerCase();
  return entities.find((e) => e.label.toLowerCase() === want || e.aliases.some((a) => a.toLowerCase() === want));
}

/**
 * Facts a user added in a curation file: asserted, with a kg:Fact statement
 * whose rule is "curation" and whose source is the curation file's graph.
 */
export function curatedQuads(
  facts: Array<{
    subject: Pick<Entity, 'key' | 'label' | 'type' | 'wikidata' | 'unnamed'>;
    predicate: string;
    object: { entity: Pick<Entity, 'key' | 'label' | 'type' | 'wikidata' | 'unnamed'> } | { literal: string; datatype: string };
  }>,
  curationHash: string,
): Quad[] {
  const out: Quad[] = [];
  const g = namedNode(`${NS.kg.replace(/ontology#$/, '')}curation/${curationHash.slice(0, 16)}`);
  const add = (s: Quad_Subject, p: string, o: Quad_Object): void => {
    out.push(quad(s, namedNode(p), o, g));
  };
  const entity = (e: Pick<Entity, 'key' | 'label' | 'type' | 'wikidata' | 'unnamed'>) => {
    const node = namedNode(entityIri(e));
    add(node, NS.rdf + 'type', kg(e.type));
    add(node, NS.rdfs + 'label', literal(e.label));
    if (e.wikidata !== undefined) add(node, NS.owl + 'sameAs', namedNode(NS.wd + e.wikidata));
    return node;
  };
  for (const f of facts) {
    const s = entity(f.subject);
    const o = 'entity' in f.object ? entity(f.object.entity) : literal(f.object.literal, xsd(f.object.datatype));
    const p = kg(f.predicate);
    add(s, p.value, o);
    const st = namedNode(statementIri('curation', s.value, p.value, o.value, 'curation', { start: 0, end: 0 }));
    add(st, NS.rdf + 'type', rdf('Statement'));
    add(st, NS.rdf + 'type', kg('Fact'));
    add(st, NS.rdf + 'subject', s);
    add(st, NS.rdf + 'predicate', p);
    add(st, NS.rdf + 'object', o);
    add(st, NS.kg + 'rule', literal('curation'));
    add(st, NS.prov + 'wasDerivedFrom', g);
  }
  return out;
}
