// A read model of a built graph for the commands that need no SPARQL
// (neighbors, path, relations, explain, stats): entities with labels, types
// and aliases; statements with their kind (fact or claim), evidence sentence,
// article and rule. Built once from quads; plain relation triples without a
// statement (e.g. from another tool's graph) become statements without evidence.
import type { Quad, Term } from 'n3';
import { NS } from '../rdf/vocab.js';
import { loadOntology } from '../rdf/ontology.js';
import { indexBySubject } from '../rdf/subject-index.js';

export interface EntityInfo {
  iri: string;
  label: string;
  aliases: string[];
  types: string[];
  wikidata: string | undefined;
}

export interface ArticleInfo {
  iri: string;
  source: string | undefined;
  date: string | undefined;
  lang: string | undefined;
  fileName: string | undefined;
}

export interface Evidence {
  sentence: string;
  text: string;
  start: number | undefined;
  end: number | undefined;
  article: string | undefined;
}

export interface StatementInfo {
  id: string;
  subject: string;
  predicate: string;
  /** IRI of an entity, or a literal's lexical value. */
  object: string;
  objectIsLiteral: boolean;
  kind: 'fact' | 'claim';
  claimedBy: string[];
  claimCue: string | undefined;
  rule: string | undefined;
  eventDate: string | undefined;
  evidence: Evidence | undefined;
  /** Where the statement came from when it is no sentence (e.g. a curation file). */
  derivedFrom: string | undefined;
}

export interface GraphModel {
  entities: Map<string, EntityInfo>;
  articles: Map<string, ArticleInfo>;
  statements: StatementInfo[];
  /** Statements by the IRI of their subject and of their object. */
  bySubject: Map<string, StatementInfo[]>;
  byObject: Map<string, StatementInfo[]>;
  predicateLabel(iri: string, lang?: 'de' | 'en'): string;
}

const K = (l: string): string => NS.kg + l;
const RDF_TYPE = NS.rdf + 'type';
const SKIP_TYPES = new Set(['Sentence', 'Article', 'Fact', 'Claim'].map(K).concat(NS.rdf + 'Statement', NS.schema + 'NewsArticle'));

function first(map: Map<string, Term[]>, p: string): Term | undefined {
  return map.get(p)?.[0];
}

/** Builds the read model from the quads of one or more graphs (graph names are ignored). */
export function buildModel(quads: readonly Quad[]): GraphModel {
  const ontology = loadOntology();
  const relationIris = new Set([...ontology.relationProperties].map(K));
  const props = indexBySubject(quads);
  const entities = new Map<string, EntityInfo>();
  const articles = new Map<string, ArticleInfo>();
  const statements: StatementInfo[] = [];
  const stated = new Set<string>();
  for (const [iri, m] of props) {
    const types = (m.get(RDF_TYPE) ?? []).map((t) => t.value);
    if (types.includes(NS.rdf + 'Statement')) {
      const s = first(m, NS.rdf + 'subject');
      const p = first(m, NS.rdf + 'predicate');
      const o = first(m, NS.rdf + 'object');
      if (s === undefined || p === undefined || o === undefined) continue;
      const from = first(m, NS.prov + 'wasDerivedFrom')?.value;
      const sm = from === undefined ? undefined : props.get(from);
      const text = sm === undefined ? undefined : first(sm, K('evidenceText'))?.value;
      const num = (t: Term | undefined): number | undefined => (t === undefined ? undefined : Number(t.value));
      statements.push({
        id: iri,
        subject: s.value,
        predicate: p.value,
        object: o.value,
        objectIsLiteral: o.termType === 'Literal',
        kind: types.includes(K('Claim')) ? 'claim' : 'fact',
        claimedBy: (m.get(K('claimedBy')) ?? []).map((t) => t.value).sort(),
        claimCue: first(m, K('claimCue'))?.value,
        rule: first(m, K('rule'))?.value,
        eventDate: first(m, K('eventDate'))?.value,
        evidence:
          sm === undefined || text === undefined
            ? undefined
            : { sentence: from!, text, start: num(first(sm, K('startOffset'))), end: num(first(sm, K('endOffset'))), article: first(sm, K('inArticle'))?.value },
        derivedFrom: text === undefined ? from : undefined,
      });
      stated.add(`${s.value}\u0001${p.value}\u0001${o.value}`);
      continue;
    }
    if (types.includes(NS.schema + 'NewsArticle') || types.includes(K('Article'))) {
      articles.set(iri, {
        iri,
        source: first(m, K('source'))?.value,
        date: first(m, NS.schema + 'datePublished')?.value,
        lang: first(m, NS.schema + 'inLanguage')?.value,
        fileName: first(m, K('fileName'))?.value,
      });
      continue;
    }
    const entityTypes = types.filter((t) => !SKIP_TYPES.has(t));
    const labels = m.get(NS.rdfs + 'label') ?? [];
    if (entityTypes.length === 0 && labels.length === 0) continue;
    const label = labels[0]?.value ?? localLabel(iri);
    const aliases = [...labels.slice(1), ...(m.get(NS.skos + 'altLabel') ?? [])].map((t) => t.value).filter((a, i, all) => a !== label && all.indexOf(a) === i);
    const wd = (m.get(NS.owl + 'sameAs') ?? []).map((t) => t.value).find((v) => v.startsWith(NS.wd));
    entities.set(iri, { iri, label, aliases, types: entityTypes.sort(), wikidata: wd?.slice(NS.wd.length) });
  }
  // Plain relation triples that no statement describes (another tool's graph, hand edits).
  for (const [iri, m] of props) {
    for (const [p, objects] of m) {
      if (!relationIris.has(p)) continue;
      for (const o of objects) {
        if (stated.has(`${iri}\u0001${p}\u0001${o.value}`)) continue;
        statements.push({ id: `${iri} ${p} ${o.value}`, subject: iri, predicate: p, object: o.value, objectIsLiteral: o.termType === 'Literal', kind: 'fact', claimedBy: [], claimCue: undefined, rule: undefined, eventDate: undefined, evidence: undefined, derivedFrom: undefined });
      }
    }
  }
  statements.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const st of statements) {
    for (const iri of [st.subject, ...(st.objectIsLiteral ? [] : [st.object])]) {
      if (!entities.has(iri)) entities.set(iri, { iri, label: localLabel(iri), aliases: [], types: [], wikidata: undefined });
    }
  }
  const index = (key: (s: StatementInfo) => string | undefined): Map<string, StatementInfo[]> => {
    const map = new Map<string, StatementInfo[]>();
    for (const st of statements) {
      const k = key(st);
      if (k === undefined) continue;
      const list = map.get(k);
      if (list === undefined) map.set(k, [st]);
      else list.push(st);
    }
    return map;
  };
  return {
    entities,
    articles,
    statements,
    bySubject: index((s) => s.subject),
    byObject: index((s) => (s.objectIsLiteral ? undefined : s.object)),
    predicateLabel(iri, lang = 'en') {
      if (iri.startsWith(NS.kg)) return ontology.label(iri.slice(NS.kg.length), lang) ?? iri.slice(NS.kg.length);
      return iri;
    },
  };
}

/** A readable name from an IRI's last segment, for nodes without a label. */
export function localLabel(iri: string): string {
  const tail = iri.replace(/[/#]$/, '').split(/[/#]/).pop() ?? iri;
  try {
    return decodeURIComponent(tail);
  } catch {
    return tail;
  }
}
