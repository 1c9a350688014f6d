// The graphology graph sigma draws: one node per entity (coloured by class,
// sized by degree), one edge per statement. Parallel edges are curved apart
// with @sigma/edge-curve; self-loops stay out (sigma 3 cannot draw them) and
// are listed in the side panel. The initial layout is deterministic.
import { MultiDirectedGraph } from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import noverlap from 'graphology-layout-noverlap';
import { DEFAULT_EDGE_CURVATURE, indexParallelEdgesIndex } from '@sigma/edge-curve';
import type { ModelIndex } from './data.js';
import { classColor } from './colors.js';
import { edgeLabel } from './labels.js';

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
  parallelIndex?: number | null;
  parallelMaxIndex?: number | null;
}
export type KgGraph = MultiDirectedGraph<NodeAttrs, EdgeAttrs>;

/** Small deterministic PRNG (mulberry32): same graph, same initial picture. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

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
  const random = prng(42);
  const radius = Math.sqrt(index.model.nodes.length) * 10;
  for (const n of index.model.nodes) {
    const angle = random() * 2 * Math.PI;
    const r = radius * Math.sqrt(random());
    graph.addNode(n.id, { label: n.label, x: r * Math.cos(angle), y: r * Math.sin(angle), size: 4, color: classColor(n.class), cls: n.class });
  }
  for (const e of index.model.edges) {
    if (e.source === e.target || !graph.hasNode(e.source) || !graph.hasNode(e.target)) continue;
    graph.addDirectedEdgeWithKey(e.id, e.source, e.target, {
      label: edgeLabel(index, e),
      size: e.kind === 'claim' ? 1.5 : 2,
      kind: e.kind,
      type: 'arrow',
      curvature: 0,
    });
  }
  graph.forEachNode((node) => graph.setNodeAttribute(node, 'size', Math.min(24, 4 + 2.2 * Math.sqrt(graph.degree(node)))));
  indexParallelEdgesIndex(graph, { edgeIndexAttribute: 'parallelIndex', edgeMaxIndexAttribute: 'parallelMaxIndex' });
  graph.forEachEdge((edge, attrs) => {
    const i = attrs.parallelIndex;
    const max = attrs.parallelMaxIndex;
    const c = typeof i === 'number' && typeof max === 'number' ? curvature(i, max) : 0;
    if (c !== 0) graph.mergeEdgeAttributes(edge, { type: 'curved', curvature: c });
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
