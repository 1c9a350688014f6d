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

export function indexModel(model: ViewGraph): ModelIndex {
  const edgesOf = new Map<string, ViewGraph['edges']>();
  const push = <T>(map: Map<string, T[]>, key: string, value: T): void => {
    const list = map.get(key);
    if (list === undefined) map.set(key, [value]);
    else list.push(value);
  };
  for (const e of model.edges) {
    push(edgesOf, e.source, e);
    if (e.target !== e.source) push(edgesOf, e.target, e);
  }
  const attributesOf = new Map<string, ViewGraph['attributes']>();
  for (const a of model.attributes) push(attributesOf, a.subject, a);
  return {
    model,
    nodeById: new Map(model.nodes.map((n) => [n.id, n])),
    edgeById: new Map(model.edges.map((e) => [e.id, e])),
    articleById: new Map(model.articles.map((a) => [a.id, a])),
    edgesOf,
    attributesOf,
  };
}
