// Viewer entry point: load the graph, build the graphology graph, start
// sigma with curved parallel edges, wire panel, search, filters, controls
// and the URL state. Sigma gets all its settings at construction, so the
// first frame is rendered once; the side panels are built right after that
// frame. Exposes `window.kgViewer` (once the page is complete) for the tests.
import Sigma from 'sigma';
import type { EdgeProgramType } from 'sigma/rendering';
import { EdgeCurvedArrowProgram } from '@sigma/edge-curve';
import './style.css';
import type { App } from './app.js';
import { buildGraph, type EdgeAttrs, type KgGraph, type NodeAttrs } from './build-graph.js';
import { THEMES } from './colors.js';
import { applyEdgeLabels, applyTheme, pageTheme, setupControls } from './controls.js';
import { indexModel, loadViewGraph } from './data.js';
import { renderFilters } from './filters.js';
import { edgeAt } from './edge-pick.js';
import { createLayouts } from './layout.js';
import { renderPanel } from './panel.js';
import { focusActive, makeReducers } from './reducers.js';
import { setupSearch } from './search.js';
import { formatHash, parseHash } from './state.js';

declare global {
  interface Window {
    kgViewer?: { app: App; ready: true } | { error: string };
  }
}

/** Graphs with more edges draw arrowheads only around the hovered or selected node. */
const PLAIN_EDGES_ABOVE = 2000;

// The program is generic over attributes; ours are a subtype.
const CURVED = EdgeCurvedArrowProgram as unknown as EdgeProgramType<NodeAttrs, EdgeAttrs>;

function hasCurvedEdges(graph: KgGraph): boolean {
  return graph.someEdge((_e, attrs) => attrs.type === 'curved');
}

function element<T extends HTMLElement>(selector: string): T {
  const node = document.querySelector<T>(selector);
  if (node === null) throw new Error(`viewer: missing ${selector} in the page`);
  return node;
}

async function boot(): Promise<void> {
  const index = indexModel(await loadViewGraph());
  performance.mark('kg-data');
  const graph = buildGraph(index);
  performance.mark('kg-graph');
  const panel = element<HTMLElement>('#panel');
  const filters = element<HTMLElement>('.filters');
  const edgeLabelsDefault = graph.size <= 1000;
  const plainEdges = graph.size > PLAIN_EDGES_ABOVE;
  const curvedEdges = hasCurvedEdges(graph);
  let cameraTimer: ReturnType<typeof setTimeout> | undefined;
  // Panels are built once the first frame is on screen; until then updates skip them.
  let panelsBuilt = false;

  const writeHash = (): void => {
    const { x, y, ratio } = app.sigma.getCamera().getState();
    app.state.camera = { x, y, ratio };
    history.replaceState(null, '', formatHash(app.state) || location.pathname + location.search);
  };
  const render = (): void => {
    if (!panelsBuilt) return;
    renderPanel(app, panel);
    renderFilters(app, filters);
  };
  // Curved parallel edges need their own program (a shader compilation). Large
  // graphs draw curves only around the hovered or selected node, so there the
  // program is registered on the first hover or selection.
  const needCurved = (): boolean => curvedEdges && (!plainEdges || focusActive(app));
  let curvedRegistered = false;
  const ensurePrograms = (): void => {
    if (curvedRegistered || !needCurved()) return;
    curvedRegistered = true;
    app.sigma.setSetting('edgeProgramClasses', { ...app.sigma.getSetting('edgeProgramClasses'), curved: CURVED });
  };
  // `sigma` is set right below, before anything can call these methods.
  const app = {
    index,
    graph,
    state: parseHash(location.hash),
    hovered: undefined,
    theme: THEMES.light,
    plainEdges,
    layoutRunning: false,
    update() {
      ensurePrograms();
      app.sigma.refresh({ skipIndexation: true });
      render();
      writeHash();
    },
    selectNode(id, options = {}) {
      if (id !== undefined && graph.hasNode(id)) app.state.node = id;
      else delete app.state.node;
      delete app.state.edge;
      app.update();
      if (options.focus && app.state.node !== undefined) {
        const d = app.sigma.getNodeDisplayData(app.state.node);
        const camera = app.sigma.getCamera();
        if (d !== undefined) void camera.animate({ x: d.x, y: d.y, ratio: Math.min(camera.ratio, 0.6) }, { duration: 400 });
      }
    },
    selectEdge(id) {
      delete app.state.node;
      if (id !== undefined && index.edgeById.has(id)) app.state.edge = id;
      else delete app.state.edge;
      app.update();
    },
  } as App;
  pageTheme(app);
  curvedRegistered = needCurved();
  app.sigma = new Sigma<NodeAttrs, EdgeAttrs>(graph, element('#graph'), {
    allowInvalidContainer: true,
    // Edge clicks are found on the CPU (edge-pick.ts): sigma's edge events
    // would draw every edge a second time, into a picking buffer, every frame.
    enableEdgeEvents: false,
    defaultEdgeType: 'arrow',
    // 'arrow' and 'line' are sigma's own; each further program costs a shader compilation.
    edgeProgramClasses: curvedRegistered ? { curved: CURVED } : {},
    zIndex: true,
    labelFont: 'system-ui, sans-serif',
    edgeLabelFont: 'system-ui, sans-serif',
    edgeLabelSize: 11,
    labelColor: { color: app.theme.label },
    edgeLabelColor: { color: app.theme.label },
    renderEdgeLabels: applyEdgeLabels(app, edgeLabelsDefault),
    ...makeReducers(app),
  });
  const { sigma } = app;
  performance.mark('kg-sigma');
  if (app.state.camera !== undefined) sigma.getCamera().setState(app.state.camera);

  window.addEventListener('hashchange', () => {
    app.state = parseHash(location.hash);
    if (app.state.camera !== undefined) sigma.getCamera().setState(app.state.camera);
    applyTheme(app);
    applyEdgeLabels(app, edgeLabelsDefault);
    app.update();
  });
  sigma.on('enterNode', ({ node }) => {
    app.hovered = node;
    ensurePrograms();
    sigma.refresh({ skipIndexation: true });
  });
  sigma.on('leaveNode', () => {
    app.hovered = undefined;
    sigma.refresh({ skipIndexation: true });
  });
  sigma.on('clickNode', ({ node }) => app.selectNode(node));
  sigma.on('clickStage', ({ event }) => {
    const edge = edgeAt(sigma, graph, event.x, event.y);
    if (edge !== undefined) app.selectEdge(edge);
    else app.selectNode(undefined);
  });
  sigma.getCamera().on('updated', () => {
    clearTimeout(cameraTimer);
    cameraTimer = setTimeout(writeHash, 200);
  });
  setupControls(app, createLayouts(app), edgeLabelsDefault);
  setupSearch(app, element('#search-input'), element('#search-list'));

  // Sigma has drawn the graph (synchronously, in its constructor); the frame
  // that shows it comes next ('first-frame' marks its start). The panels, the
  // legend and the filters (counts over every edge) are built in the task
  // after that frame, once its pixels are on screen ('first-frame-shown': in
  // software WebGL that frame waits for the rendering to be read back).
  requestAnimationFrame(() => {
    performance.mark('first-frame');
    setTimeout(() => {
      performance.mark('first-frame-shown');
      panelsBuilt = true;
      render();
      const selfLoops = index.model.edges.length - graph.size;
      element('#status').textContent = `${graph.order} entities · ${graph.size} relations drawn${selfLoops > 0 ? ` · ${selfLoops} self-relation${selfLoops === 1 ? '' : 's'} listed in the panel` : ''}`;
      performance.mark('kg-panels');
      window.kgViewer = { app, ready: true };
    }, 0);
  });
}

boot().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  const status = document.getElementById('status');
  if (status !== null) status.textContent = `Could not load the graph: ${message}`;
  window.kgViewer = { error: message };
});
