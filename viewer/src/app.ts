// The shared context of the viewer: model, graph, sigma renderer, view state
// and the few operations every control needs (update, select, focus).
import type Sigma from 'sigma';
import type { ModelIndex } from './data.js';
import type { EdgeAttrs, KgGraph, NodeAttrs } from './build-graph.js';
import type { ThemeColors } from './colors.js';
import type { ViewState } from './state.js';

export interface App {
  index: ModelIndex;
  graph: KgGraph;
  sigma: Sigma<NodeAttrs, EdgeAttrs>;
  state: ViewState;
  hovered: string | undefined;
  theme: ThemeColors;
  /** Above this many edges, arrowheads are drawn only for edges in focus (software WebGL fill cost). */
  plainEdges: boolean;
  /** True while ForceAtlas2 runs: on large graphs edges are then hidden, so each frame stays cheap. */
  layoutRunning: boolean;
  /** Re-render graph, panel and filters, and write the state into the URL. */
  update(): void;
  selectNode(id: string | undefined, options?: { focus?: boolean }): void;
  selectEdge(id: string | undefined): void;
}
