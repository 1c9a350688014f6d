// Which graph nodes denote which gold entities (by label, owl:sameAs to Wikidata,
// or label regex), and whether some denoting node carries the expected type.
import { NS } from '../rdf/vocab.js';
import type { GoldEntity } from './gold.js';
import { foldLabel } from './graph-view.js';
import type { GraphView } from './graph-view.js';

const WIKIDATA_PREFIXES = [NS.wd, 'https://www.wikidata.org/entity/'];

/** Gold entity id → keys of the nodes that denote it (empty set when none). */
export function denotingNodes(
  view: GraphView,
  entities: Record<string, GoldEntity>,
  otherNodes: Iterable<string> = [],
): Map<string, Set<string>> {
  const result = new Map<string, Set<string>>();
  const nodeKeys = new Set([...view.labels.keys(), ...view.sameAs.keys(), ...view.types.keys(), ...otherNodes]);
  for (const [id, entity] of Object.entries(entities)) {
    const names = new Set((entity.labels ?? []).map(foldLabel));
    const pattern = entity.match === undefined ? undefined : new RegExp(entity.match, 'i');
    const wikidata = entity.wikidata === undefined ? [] : WIKIDATA_PREFIXES.map((prefix) => prefix + entity.wikidata);
    const nodes = new Set<string>();
    for (const key of nodeKeys) {
      const labels = view.labels.get(key) ?? [];
      const same = view.sameAs.get(key);
      const denotes =
        labels.some(({ text }) => names.has(foldLabel(text))) ||
        // A node that is the Wikidata IRI itself is trivially sameAs it.
        wikidata.some((iri) => same?.has(iri) === true || key === `<${iri}>`) ||
        (pattern !== undefined && labels.some(({ text }) => pattern.test(text.normalize('NFKC').replace(/\s+/gu, ' '))));
      if (denotes) nodes.add(key);
    }
    result.set(id, nodes);
  }
  return result;
}

/** Node key → gold entity ids it denotes: the inverse of `denotingNodes`. */
export function entitiesOfNodes(denoting: Map<string, Set<string>>): Map<string, Set<string>> {
  const result = new Map<string, Set<string>>();
  for (const [id, nodes] of denoting) {
    for (const node of nodes) {
      let ids = result.get(node);
      if (ids === undefined) result.set(node, (ids = new Set()));
      ids.add(id);
    }
  }
  return result;
}

/** Local names of all types of a node, including every superclass. */
export function typesOfNode(view: GraphView, nodeKey: string): Set<string> {
  const all = new Set<string>();
  for (const type of view.types.get(nodeKey) ?? []) {
    for (const cls of view.superclasses(type)) all.add(cls);
  }
  return all;
}

/** True when some denoting node has the expected class (`A|B` = either) or a subclass of it. */
export function isTyped(view: GraphView, expected: string, nodes: Set<string>): boolean {
  const wanted = expected.split('|');
  for (const node of nodes) {
    const types = typesOfNode(view, node);
    if (wanted.some((cls) => types.has(cls))) return true;
  }
  return false;
}
