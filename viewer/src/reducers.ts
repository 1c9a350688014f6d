// What sigma draws for each node and edge given the view state: filters hide,
// hover or selection highlights the neighbourhood and dims the rest, claims
// get their own colour. They run for every node and edge on every refresh
// (and on every ForceAtlas2 step), so they are cheap: sigma hands them a
// fresh copy of the attributes, which they change in place, and with no
// filter and no focus (the first frame, most layout steps) they do no lookup.
import type { NodeDisplayData, EdgeDisplayData } from 'sigma/types';
import type { App } from './app.js';
import type { EdgeAttrs, NodeAttrs } from './build-graph.js';

type AppState = Omit<App, 'sigma'>;

function filtering(app: AppState): boolean {
  const { state } = app;
  return state.kind !== 'all' || state.hiddenClasses.size > 0 || state.hiddenPredicates.size > 0 || state.hiddenArticles.size > 0;
}

export function nodeVisible(app: AppState, node: string): boolean {
  return app.state.hiddenClasses.size === 0 || !app.state.hiddenClasses.has(app.graph.getNodeAttribute(node, 'cls'));
}

export function edgeVisible(app: AppState, edge: string): boolean {
  if (!filtering(app)) return true;
  const e = app.index.edgeById.get(edge);
  if (e === undefined) return false;
  const { state } = app;
  if (state.kind !== 'all' && e.kind !== state.kind) return false;
  if (state.hiddenPredicates.has(e.predicate)) return false;
  if (e.article !== undefined && state.hiddenArticles.has(e.article)) return false;
  return nodeVisible(app, e.source) && nodeVisible(app, e.target);
}

/** The nodes in focus: the hovered node, else the selection, with their neighbours. */
function focusSet(app: AppState): Set<string> | undefined {
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

/** True when a node is hovered or selected, or an edge selected: the reducers then highlight a neighbourhood. */
export function focusActive(app: AppState): boolean {
  return app.hovered !== undefined || app.state.node !== undefined || app.state.edge !== undefined;
}

/** Reducers reading the app's state at call time; `app.sigma` is not needed yet. */
export function makeReducers(app: AppState): Reducers {
  // The focus set is computed once per change of hover or selection, not per item.
  let focus: Set<string> | undefined;
  let hovered: string | undefined;
  let node: string | undefined;
  let edge: string | undefined;
  let known = false;
  const currentFocus = (): Set<string> | undefined => {
    const { state } = app;
    if (!known || hovered !== app.hovered || node !== state.node || edge !== state.edge) {
      known = true;
      hovered = app.hovered;
      node = state.node;
      edge = state.edge;
      focus = focusSet(app);
    }
    return focus;
  };
  const nodeReducer = (key: string, data: NodeAttrs): Partial<NodeDisplayData> => {
    const display = data as NodeAttrs & Partial<NodeDisplayData>;
    if (app.state.hiddenClasses.size > 0 && app.state.hiddenClasses.has(data.cls)) {
      display.hidden = true;
      return display;
    }
    const f = currentFocus();
    if (f === undefined) return display;
    if (!f.has(key)) {
      display.color = app.theme.dim;
      display.label = '';
      display.zIndex = 0;
      return display;
    }
    display.zIndex = 1;
    display.highlighted = key === (app.hovered ?? app.state.node);
    display.forceLabel = true;
    return display;
  };
  const edgeReducer = (key: string, data: EdgeAttrs): Partial<EdgeDisplayData> => {
    const display = data as EdgeAttrs & Partial<EdgeDisplayData>;
    const { type } = data;
    // Large graphs: plain straight lines (sigma's cheapest edge), arrows and curves only in focus.
    // Hidden edges too: sigma still files them under their program, and on large graphs
    // the curved one is only registered once something is in focus.
    display.type = app.plainEdges ? 'line' : type;
    if ((app.layoutRunning && app.plainEdges) || !edgeVisible(app, key)) {
      display.hidden = true;
      return display;
    }
    display.color = data.kind === 'claim' ? app.theme.claim : app.theme.edge;
    const f = currentFocus();
    if (f === undefined) return display;
    const centre = app.hovered ?? app.state.node;
    let inFocus: boolean;
    if (centre !== undefined) {
      const [s, t] = app.graph.extremities(key);
      inFocus = s === centre || t === centre;
    } else inFocus = key === app.state.edge;
    if (!inFocus) {
      display.color = app.theme.dimEdge;
      display.label = '';
      display.zIndex = 0;
      return display;
    }
    display.type = type;
    display.zIndex = 1;
    display.forceLabel = true;
    display.size = data.size + (key === app.state.edge ? 2 : 0.5);
    return display;
  };
  return { nodeReducer, edgeReducer };
}
