// Namespaces and IRIs of the vocabularies kg writes. One place, so that the
// ontology file, the RDF mapping, the scorer and the tests agree.

export const KG_BASE = 'https://w3id.org/kg-news/';
export const NS = {
  kg: `${KG_BASE}ontology#`,
  entity: `${KG_BASE}entity/`,
  article: `${KG_BASE}article/`,
  statement: `${KG_BASE}statement/`,
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  rdfs: 'http://www.w3.org/2000/01/rdf-schema#',
  owl: 'http://www.w3.org/2002/07/owl#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  skos: 'http://www.w3.org/2004/02/skos/core#',
  schema: 'https://schema.org/',
  prov: 'http://www.w3.org/ns/prov#',
  dcterms: 'http://purl.org/dc/terms/',
  wd: 'http://www.wikidata.org/entity/',
  wdt: 'http://www.wikidata.org/prop/direct/',
} as const;

export type Prefix = keyof typeof NS;

/** Prefixes written at the top of Turtle/TriG output, in this order. */
export const OUTPUT_PREFIXES: Prefix[] = [
  'kg',
  'entity',
  'article',
  'statement',
  'rdf',
  'rdfs',
  'owl',
  'xsd',
  'skos',
  'schema',
  'prov',
  'dcterms',
  'wd',
];

export function iri(prefix: Prefix, local: string): string {
  return NS[prefix] + local;
}

/** Local name of an IRI: the part after the last '#' or '/'. */
export function localName(value: string): string {
  const cut = Math.max(value.lastIndexOf('#'), value.lastIndexOf('/'));
  return cut < 0 ? value : value.slice(cut + 1);
}
