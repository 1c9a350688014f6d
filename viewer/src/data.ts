// Where the graph comes from: embedded in the page (single-file export, a
// non-executing <script type="application/json" id="kg-graph">) or fetched
// from the server that serves the page (graph.json next to it).
import type { ViewGraph } from '../../src/view/model.js';

export async function loadViewGraph(): Promise<ViewGraph> {
  const embedded = document.getElementById('kg-graph');
  const raw = embedded !== null ? JSON.parse(embedded.textContent ?? '') : await (await fetch('graph.json')).json();
  const graph = raw as ViewGraph;
  if (graph === null || typeof graph !== 'object' || graph.version !== 1 || !Array.isArray(graph.nodes)) {
    throw new Error('graph data: not a kg viewer graph (version 1)');
  }
  return graph;
}

/** Lookups the panel and filters share. */
export interface ModelIndex {
  model: ViewGraph;
  nodeById: Map<string, ViewGraph['nodes'][number]>;
  edgeById: Map<string, ViewGraph['edges'][number]>;
  articleById: Map<string, ViewGraph['articles'][number]>;
  /** Edges (including self-loops) touching each node. */
  edgesOf: Map<string, ViewGraph['edges']>;
  attributesOf: Map<string, ViewGraph['attributes']>;
}

function group<T>(items: readonly T[], keys: (item: T) => readonly string[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    for (const key of keys(item)) {
      const list = map.get(key);
      if (list === undefined) map.set(key, [item]);
      else list.push(item);
    }
  }
  return map;
}

/**
 * The lookups are built on first use: before the first frame only the small
 * article map is needed (relation labels); the panel, search and filters
 * build the others when they first need them.
 */
export function indexModel(model: ViewGraph): ModelIndex {
  let nodeById: ModelIndex['nodeById'] | undefined;
  let edgeById: ModelIndex['edgeById'] | undefined;
  let articleById: ModelIndex['articleById'] | undefined;
  let edgesOf: ModelIndex['edgesOf'] | undefined;
  let attributesOf: ModelIndex['attributesOf'] | undefined;
  return {
    model,
    get nodeById() {
      return (nodeById ??= new Map(model.nodes.map((n) => [n.id, n])));
    },
    get edgeById() {
      return (edgeById ??= new Map(model.edges.map((e) => [e.id, e])));
    },
    get articleById() {
      return (articleById ??= new Map(model.articles.map((a) => [a.id, a])));
    },
    get edgesOf() {
      return (edgesOf ??= group(model.edges, (e) => (e.target === e.source ? [e.source] : [e.source, e.target])));
    },
    get attributesOf() {
      return (attributesOf ??= group(model.attributes, (a) => [a.subject]));
    },
  };
}
