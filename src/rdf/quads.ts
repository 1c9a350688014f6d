// Maps analysed articles to RDF quads. Per article one named graph holding the
// article's description, its entities, its asserted relations (plain triples a
// SPARQL user can match) and, for every relation, a reified rdf:Statement
// (kg:Fact or kg:Claim) with the rule id and the sentence it came from
// (PROV-O: prov:wasDerivedFrom → kg:Sentence with text and offsets). Claims
// are only reified, never asserted.
import { DataFactory, type Quad, type Quad_Object, type Quad_Subject } from 'n3';
import type { Doc, Entity, Relation } from '../types.js';
import { articleIri, entityIri, sentenceIri, statementIri } from './iris.js';
import { NS } from './vocab.js';

const { namedNode, literal, quad } = DataFactory;
const rdf = (l: string) => namedNode(NS.rdf + l);
const kg = (l: string) => namedNode(NS.kg + l);
const xsd = (l: string) => namedNode(NS.xsd + l);

export function docsToQuads(docs: Doc[]): Quad[] {
  const out: Quad[] = [];
  for (const doc of docs) docQuads(doc, out);
  return out;
}

function docQuads(doc: Doc, out: Quad[]): void {
  const { article } = doc;
  const g = namedNode(articleIri(article));
  const add = (s: Quad_Subject, p: string, o: Quad_Object): void => {
    out.push(quad(s, namedNode(p), o, g));
  };
  const lang = article.lang;
  const iriOf = new Map<string, ReturnType<typeof namedNode>>();
  for (const e of doc.entities) iriOf.set(e.key, namedNode(entityIri(e)));

  add(g, NS.rdf + 'type', kg('Article'));
  add(g, NS.rdf + 'type', namedNode(NS.schema + 'NewsArticle'));
  add(g, NS.schema + 'inLanguage', literal(lang));
  add(g, NS.kg + 'fileName', literal(article.fileName));
  add(g, NS.kg + 'contentHash', literal(`sha256:${article.hash}`));
  if (article.published !== undefined) add(g, NS.schema + 'datePublished', literal(article.published, xsd('date')));
  if (article.source !== undefined) add(g, NS.kg + 'source', literal(article.source));
  for (const place of article.datelinePlaces) {
    const e = findByLabel(doc.entities, place);
    if (e !== undefined) add(g, NS.kg + 'datelinePlace', iriOf.get(e.key)!);
  }

  for (const e of doc.entities) {
    const s = iriOf.get(e.key)!;
    add(s, NS.rdf + 'type', kg(e.type));
    add(s, NS.rdfs + 'label', literal(e.label, lang));
    for (const alias of e.aliases) add(s, NS.skos + 'altLabel', literal(alias, lang));
    if (e.wikidata !== undefined) add(s, NS.owl + 'sameAs', namedNode(NS.wd + e.wikidata));
  }

  for (const r of doc.relations) {
    const s = iriOf.get(r.subject);
    const o = r.object.kind === 'entity' ? iriOf.get(r.object.key) : literal(r.object.value, xsd(r.object.datatype));
    if (s === undefined || o === undefined) continue;
    const p = kg(r.predicate);
    if (r.claim === undefined) add(s, p.value, o);
    evidence(doc, r, s, p.value, o, iriOf, add);
  }
}

function evidence(
  doc: Doc,
  r: Relation,
  s: ReturnType<typeof namedNode>,
  p: string,
  o: Quad_Object,
  iriOf: Map<string, ReturnType<typeof namedNode>>,
  add: (s: Quad_Subject, p: string, o: Quad_Object) => void,
): void {
  const { article } = doc;
  const sentence = namedNode(sentenceIri(article, r.span));
  const st = namedNode(statementIri(article.id, s.value, p, o.value, r.rule, r.span));
  add(st, NS.rdf + 'type', rdf('Statement'));
  add(st, NS.rdf + 'type', kg(r.claim === undefined ? 'Fact' : 'Claim'));
  add(st, NS.rdf + 'subject', s);
  add(st, NS.rdf + 'predicate', namedNode(p));
  add(st, NS.rdf + 'object', o);
  add(st, NS.kg + 'rule', literal(r.rule));
  add(st, NS.prov + 'wasDerivedFrom', sentence);
  if (r.date !== undefined) add(st, NS.kg + 'eventDate', literal(r.date.value, xsd(r.date.datatype)));
  if (r.claim !== undefined) {
    const by = r.claim.by === undefined ? undefined : iriOf.get(r.claim.by);
    if (by !== undefined) add(st, NS.kg + 'claimedBy', by);
    if (r.claim.cue !== '') add(st, NS.kg + 'claimCue', literal(r.claim.cue));
  }
  add(sentence, NS.rdf + 'type', kg('Sentence'));
  add(sentence, NS.kg + 'inArticle', namedNode(articleIri(article)));
  add(sentence, NS.kg + 'evidenceText', literal(article.text.slice(r.span.start, r.span.end), article.lang));
  add(sentence, NS.kg + 'startOffset', literal(String(r.span.start), xsd('integer')));
  add(sentence, NS.kg + 'endOffset', literal(String(r.span.end), xsd('integer')));
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
