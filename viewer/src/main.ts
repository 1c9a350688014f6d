// Viewer entry point: load the graph, build the graphology graph, start
// sigma with curved parallel edges, wire panel, search, filters, controls
// and the URL state. Sigma gets all its settings at construction, so the
// first frame is rendered once. Exposes `window.kgViewer` for the tests.
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
import { createLayouts } from './layout.js';
import { renderPanel } from './panel.js';
import { makeReducers } from './reducers.js';
import { setupSearch } from './search.js';
import { formatHash, parseHash } from './state.js';

declare global {
  interface Window {
    kgViewer?: { app: App; ready: true } | { error: string };
  }
}

/** Graphs with more edges draw arrowheads only around the hovered or selected node. */
const PLAIN_EDGES_ABOVE = 2000;

function curvedPrograms(graph: KgGraph): Record<string, EdgeProgramType<NodeAttrs, EdgeAttrs>> {
  if (!graph.someEdge((_e, attrs) => attrs.type === 'curved')) return {};
  // The program is generic over attributes; ours are a subtype.
  return { curved: EdgeCurvedArrowProgram as unknown as EdgeProgramType<NodeAttrs, EdgeAttrs> };
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
  let cameraTimer: ReturnType<typeof setTimeout> | undefined;

  const writeHash = (): void => {
    const { x, y, ratio } = app.sigma.getCamera().getState();
    app.state.camera = { x, y, ratio };
    history.replaceState(null, '', formatHash(app.state) || location.pathname + location.search);
  };
  const render = (): void => {
    renderPanel(app, panel);
    renderFilters(app, filters);
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
  app.sigma = new Sigma<NodeAttrs, EdgeAttrs>(graph, element('#graph'), {
    allowInvalidContainer: true,
    enableEdgeEvents: true,
    defaultEdgeType: 'arrow',
    // 'arrow' and 'line' are sigma's own; curved programs are registered only when
    // there are parallel edges: each program costs a shader compilation at start.
    edgeProgramClasses: curvedPrograms(graph),
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
  render();

  window.addEventListener('hashchange', () => {
    app.state = parseHash(location.hash);
    if (app.state.camera !== undefined) sigma.getCamera().setState(app.state.camera);
    applyTheme(app);
    applyEdgeLabels(app, edgeLabelsDefault);
    app.update();
  });
  sigma.on('enterNode', ({ node }) => {
    app.hovered = node;
    sigma.refresh({ skipIndexation: true });
  });
  sigma.on('leaveNode', () => {
    app.hovered = undefined;
    sigma.refresh({ skipIndexation: true });
  });
  sigma.on('clickNode', ({ node }) => app.selectNode(node));
  sigma.on('clickEdge', ({ edge }) => app.selectEdge(edge));
  sigma.on('clickStage', () => app.selectNode(undefined));
  sigma.getCamera().on('updated', () => {
    clearTimeout(cameraTimer);
    cameraTimer = setTimeout(writeHash, 200);
  });

  setupControls(app, createLayouts(app), edgeLabelsDefault);
  setupSearch(app, element('#search-input'), element('#search-list'));
  const selfLoops = index.model.edges.length - graph.size;
  element('#status').textContent = `${graph.order} entities · ${graph.size} relations drawn${selfLoops > 0 ? ` · ${selfLoops} self-relation${selfLoops === 1 ? '' : 's'} listed in the panel` : ''}`;
  window.kgViewer = { app, ready: true };
  requestAnimationFrame(() => performance.mark('first-frame'));
}

boot().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  const status = document.getElementById('status');
  if (status !== null) status.textContent = `Could not load the graph: ${message}`;
  window.kgViewer = { error: message };
});
