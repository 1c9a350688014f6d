// The plain JSON graph the viewer reads (served as /graph.json or embedded in
// an exported HTML file). Types only: the browser app imports them without
// pulling in any Node or pipeline code.

/** Labels in the languages the ontology provides. */
export interface ViewLabels {
  de?: string;
  en?: string;
}

export interface ViewNode {
  /** The entity IRI. */
  id: string;
  label: string;
  /** Local name of the kg: class (e.g. "Company"); "Thing" when untyped. */
  class: string;
  aliases: string[];
  /** Wikidata entity IRI from owl:sameAs, when linked. */
  wikidata?: string;
}

/** Where a statement comes from: the evidence sentence, its article and the rule. */
export interface ViewProvenance {
  /** Statement IRI (or a generated id for a plain triple without one). */
  id: string;
  /** Predicate IRI. */
  predicate: string;
  kind: 'fact' | 'claim';
  /** Node id of the claimant, for claims. */
  claimedBy?: string;
  claimCue?: string;
  /** Article IRI. */
  article?: string;
  sentence?: { text: string; start: number; end: number };
  rule?: string;
  eventDate?: string;
}

/** A relation between two entities. */
export interface ViewEdge extends ViewProvenance {
  source: string;
  target: string;
}

/** A statement whose object is a literal (foundedIn 2018): shown in the node panel. */
export interface ViewAttribute extends ViewProvenance {
  subject: string;
  value: string;
  datatype?: string;
}

export interface ViewArticle {
  id: string;
  source?: string;
  date?: string;
  lang?: string;
  fileName?: string;
}

export interface ViewGraph {
  version: 1;
  nodes: ViewNode[];
  edges: ViewEdge[];
  attributes: ViewAttribute[];
  articles: ViewArticle[];
  /** Labels of the classes and predicates used, keyed by local name / IRI. */
  classLabels: Record<string, ViewLabels>;
  predicateLabels: Record<string, ViewLabels>;
}
