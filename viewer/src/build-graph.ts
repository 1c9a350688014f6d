// The graphology graph sigma draws: one node per entity (coloured by class,
// sized by degree), one edge per statement. Parallel edges are curved apart
// with @sigma/edge-curve (grouped here in one pass rather than with its
// indexParallelEdgesIndex, which sets attributes edge by edge); self-loops stay
// out (sigma 3 cannot draw them) and are listed in the side panel. The
// initial layout is deterministic.
import { MultiDirectedGraph } from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import noverlap from 'graphology-layout-noverlap';
import { DEFAULT_EDGE_CURVATURE } from '@sigma/edge-curve';
import type { ViewEdge } from '../../src/view/model.js';
import type { ModelIndex } from './data.js';
import { classColor } from './colors.js';
import { edgeLabel } from './labels.js';
import { prng } from './prng.js';

export interface NodeAttrs {
  label: string;
  x: number;
  y: number;
  size: number;
  color: string;
  cls: string;
}
export interface EdgeAttrs {
  label: string;
  size: number;
  kind: 'fact' | 'claim';
  type: 'arrow' | 'curved' | 'line';
  curvature: number;
}
export type KgGraph = MultiDirectedGraph<NodeAttrs, EdgeAttrs>;


/** Curvature for the i-th of several parallel edges (as in sigma's own example). */
function curvature(index: number, maxIndex: number): number {
  if (maxIndex <= 0) return 0;
  if (index < 0) return -curvature(-index, maxIndex);
  const amplitude = 3.5;
  const max = amplitude * (1 - Math.exp(-maxIndex / amplitude)) * DEFAULT_EDGE_CURVATURE;
  return (max * index) / maxIndex;
}

export function buildGraph(index: ModelIndex): KgGraph {
  const graph: KgGraph = new MultiDirectedGraph<NodeAttrs, EdgeAttrs>();
  const { nodes } = index.model;
  const n = nodes.length;
  // Nodes by position: degrees and groups of parallel edges are counted on
  // integers (a pair is one number), not on concatenated IRIs.
  const position = new Map<string, number>();
  nodes.forEach((node, i) => position.set(node.id, i));
  const edges: ViewEdge[] = [];
  const degree = new Uint32Array(n);
  // The first edge of each unordered pair, and the pairs with several edges (either direction).
  const firstOfPair = new Map<number, number>();
  const parallel = new Map<number, number[]>();
  for (const e of index.model.edges) {
    const s = position.get(e.source);
    const t = position.get(e.target);
    if (s === undefined || t === undefined || s === t) continue;
    const i = edges.length;
    edges.push(e);
    degree[s] = (degree[s] ?? 0) + 1;
    degree[t] = (degree[t] ?? 0) + 1;
    const pair = s < t ? s * n + t : t * n + s;
    const first = firstOfPair.get(pair);
    if (first === undefined) firstOfPair.set(pair, i);
    else {
      const group = parallel.get(pair);
      if (group === undefined) parallel.set(pair, [first, i]);
      else group.push(i);
    }
  }
  const bend = new Float64Array(edges.length);
  for (const group of parallel.values()) {
    const max = (group.length - 1) / 2;
    group.forEach((edgeIndex, i) => {
      // Curvature is relative to the edge's direction: flip it for the reverse direction.
      const e = edges[edgeIndex];
      if (e !== undefined) bend[edgeIndex] = curvature(i - max, max) * (e.source < e.target ? 1 : -1);
    });
  }
  const random = prng(42);
  const radius = Math.sqrt(n) * 10;
  nodes.forEach((node, i) => {
    const angle = random() * 2 * Math.PI;
    const r = radius * Math.sqrt(random());
    const size = Math.min(24, 4 + 2.2 * Math.sqrt(degree[i] ?? 0));
    graph.addNode(node.id, { label: node.label, x: r * Math.cos(angle), y: r * Math.sin(angle), size, color: classColor(node.class), cls: node.class });
  });
  // A fact's label depends only on its predicate and its article's language: computed once per pair.
  const factLabels = new Map<string, Map<string | undefined, string>>();
  const labelOf = (e: ViewEdge): string => {
    if (e.kind === 'claim') return edgeLabel(index, e);
    let byArticle = factLabels.get(e.predicate);
    if (byArticle === undefined) factLabels.set(e.predicate, (byArticle = new Map()));
    let label = byArticle.get(e.article);
    if (label === undefined) byArticle.set(e.article, (label = edgeLabel(index, e)));
    return label;
  };
  edges.forEach((e, i) => {
    const c = bend[i] ?? 0;
    graph.addDirectedEdgeWithKey(e.id, e.source, e.target, {
      label: labelOf(e),
      size: e.kind === 'claim' ? 1.5 : 2,
      kind: e.kind,
      type: c === 0 ? 'arrow' : 'curved',
      curvature: c,
    });
  });
  // A short synchronous ForceAtlas2 for small graphs gives a readable start;
  // larger graphs start from the seeded positions and use the worker layout.
  if (graph.order > 1 && graph.order <= 400) {
    const settings = { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: false, scalingRatio: 30, gravity: 3, linLogMode: true };
    forceAtlas2.assign(graph, { iterations: 300, settings });
    noverlap.assign(graph, { maxIterations: 100, settings: { margin: 6, ratio: 1 } });
  }
  return graph;
}
