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
  const known = new Set(nodes.map((n) => n.id));
  const edges = index.model.edges.filter((e) => e.source !== e.target && known.has(e.source) && known.has(e.target));
  // One pass over the edges for degrees and for the groups of parallel edges
  // (either direction), so nodes and edges are added with final attributes.
  const degree = new Map<string, number>();
  const groups = new Map<string, number[]>();
  edges.forEach((e, i) => {
    degree.set(e.source, (degree.get(e.source) ?? 0) + 1);
    degree.set(e.target, (degree.get(e.target) ?? 0) + 1);
    const key = e.source < e.target ? `${e.source}\u0000${e.target}` : `${e.target}\u0000${e.source}`;
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [i]);
    else group.push(i);
  });
  const bend = new Float64Array(edges.length);
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const max = (group.length - 1) / 2;
    group.forEach((edgeIndex, i) => {
      const e = edges[edgeIndex];
      if (e === undefined) return;
      // Curvature is relative to the edge's direction: flip it for the reverse direction.
      bend[edgeIndex] = curvature(i - max, max) * (e.source < e.target ? 1 : -1);
    });
  }
  const random = prng(42);
  const radius = Math.sqrt(nodes.length) * 10;
  for (const n of nodes) {
    const angle = random() * 2 * Math.PI;
    const r = radius * Math.sqrt(random());
    const size = Math.min(24, 4 + 2.2 * Math.sqrt(degree.get(n.id) ?? 0));
    graph.addNode(n.id, { label: n.label, x: r * Math.cos(angle), y: r * Math.sin(angle), size, color: classColor(n.class), cls: n.class });
  }
  edges.forEach((e, i) => {
    const c = bend[i] ?? 0;
    graph.addDirectedEdgeWithKey(e.id, e.source, e.target, {
      label: edgeLabel(index, e),
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
