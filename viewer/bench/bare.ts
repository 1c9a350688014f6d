// The bench's baseline: sigma with default settings drawing the same graph
// (same nodes, edges, seeded positions, sizes by degree), nothing else.
// Marks 'first-frame' and 'first-frame-shown' like the viewer does, and exposes sigma and a
// ForceAtlas2 worker layout (as the viewer runs it) for the bench.
import Sigma from 'sigma';
import { MultiDirectedGraph } from 'graphology';
import FA2Layout from 'graphology-layout-forceatlas2/worker';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import type { ViewGraph } from '../../src/view/model.js';
import { prng } from '../src/prng.js';

declare global {
  interface Window {
    bareSigma?: Sigma;
    bareLayout?: FA2Layout;
  }
}


async function boot(): Promise<void> {
  const model = (await (await fetch('graph.json')).json()) as ViewGraph;
  const graph = new MultiDirectedGraph();
  const random = prng(42);
  const radius = Math.sqrt(model.nodes.length) * 10;
  for (const n of model.nodes) {
    const angle = random() * 2 * Math.PI;
    const r = radius * Math.sqrt(random());
    graph.addNode(n.id, { label: n.label, x: r * Math.cos(angle), y: r * Math.sin(angle), size: 4, color: '#3f6fd1' });
  }
  for (const e of model.edges) if (e.source !== e.target) graph.addDirectedEdgeWithKey(e.id, e.source, e.target, { size: 2, label: e.predicate });
  graph.forEachNode((node) => graph.setNodeAttribute(node, 'size', Math.min(24, 4 + 2.2 * Math.sqrt(graph.degree(node)))));
  const sigma = new Sigma(graph, document.getElementById('graph') as HTMLElement);
  window.bareSigma = sigma;
  // The same worker layout the viewer runs, for the long-task baseline.
  window.bareLayout = new FA2Layout(graph, { settings: { ...forceAtlas2.inferSettings(graph), slowDown: 5 } });
  requestAnimationFrame(() => {
    performance.mark('first-frame');
    // The task after that frame: its pixels were read back for the compositor (see the viewer's main.ts).
    setTimeout(() => performance.mark('first-frame-shown'), 0);
  });
}

void boot();
