// What sigma draws for each node and edge given the view state: filters hide,
// hover or selection highlights the neighbourhood and dims the rest, claims
// get their own colour. Cheap per item: they run on every refresh.
import type { NodeDisplayData, EdgeDisplayData } from 'sigma/types';
import type { App } from './app.js';
import type { EdgeAttrs, NodeAttrs } from './build-graph.js';

export function nodeVisible(app: Omit<App, 'sigma'>, node: string): boolean {
  return !app.state.hiddenClasses.has(app.graph.getNodeAttribute(node, 'cls'));
}

export function edgeVisible(app: Omit<App, 'sigma'>, edge: string): boolean {
  const e = app.index.edgeById.get(edge);
  if (e === undefined) return false;
  const { state } = app;
  if (state.kind !== 'all' && e.kind !== state.kind) return false;
  if (state.hiddenPredicates.has(e.predicate)) return false;
  if (e.article !== undefined && state.hiddenArticles.has(e.article)) return false;
  return nodeVisible(app, e.source) && nodeVisible(app, e.target);
}

/** The nodes in focus: the hovered node, else the selection, with their neighbours. */
function focusSet(app: Omit<App, 'sigma'>): Set<string> | undefined {
  const { graph, state } = app;
  const centre = app.hovered ?? state.node;
  if (centre !== undefined && graph.hasNode(centre)) {
    const set = new Set<string>([centre]);
    graph.forEachEdge(centre, (edge, _a, s, t) => {
      if (edgeVisible(app, edge)) set.add(s === centre ? t : s);
    });
    return set;
  }
  if (state.edge !== undefined && graph.hasEdge(state.edge)) return new Set(graph.extremities(state.edge));
  return undefined;
}

export interface Reducers {
  nodeReducer: (node: string, data: NodeAttrs) => Partial<NodeDisplayData>;
  edgeReducer: (edge: string, data: EdgeAttrs) => Partial<EdgeDisplayData>;
}

/** Reducers reading the app's state at call time; `app.sigma` is not needed yet. */
export function makeReducers(app: Omit<App, 'sigma'>): Reducers {
  let focus: Set<string> | undefined;
  let focusKey = '';
  const currentFocus = (): Set<string> | undefined => {
    const key = `${app.hovered ?? ''}\n${app.state.node ?? ''}\n${app.state.edge ?? ''}`;
    if (key !== focusKey) {
      focusKey = key;
      focus = focusSet(app);
    }
    return focus;
  };
  const nodeReducer = (node: string, data: NodeAttrs): Partial<NodeDisplayData> => {
    if (!nodeVisible(app, node)) return { ...data, hidden: true };
    const f = currentFocus();
    if (f === undefined) return data;
    if (!f.has(node)) return { ...data, color: app.theme.dim, label: '', zIndex: 0 };
    const centre = node === (app.hovered ?? app.state.node);
    return { ...data, zIndex: 1, highlighted: centre, forceLabel: true };
  };
  const edgeReducer = (edge: string, data: EdgeAttrs): Partial<EdgeDisplayData> => {
    if (!edgeVisible(app, edge) || (app.layoutRunning && app.plainEdges)) return { ...data, hidden: true };
    const color = data.kind === 'claim' ? app.theme.claim : app.theme.edge;
    // Large graphs: plain straight lines (sigma's cheapest edge), arrows and curves only in focus.
    const plain = app.plainEdges ? 'line' : data.type;
    const f = currentFocus();
    if (f === undefined) return { ...data, color, type: plain };
    const [s, t] = app.graph.extremities(edge);
    const centre = app.hovered ?? app.state.node;
    const inFocus = centre !== undefined ? s === centre || t === centre : edge === app.state.edge;
    if (!inFocus) return { ...data, color: app.theme.dimEdge, label: '', zIndex: 0, type: plain };
    return { ...data, color, zIndex: 1, forceLabel: true, size: data.size + (edge === app.state.edge ? 2 : 0.5) };
  };
  return { nodeReducer, edgeReducer };
}
