// Viewer entry point: load the graph, build the graphology graph, start
// sigma with curved parallel edges, wire panel, search, filters, controls
// and the URL state. Exposes `window.kgViewer` for the browser tests.
import Sigma from 'sigma';
import { EdgeArrowProgram, type EdgeProgramType } from 'sigma/rendering';
import { EdgeCurvedArrowProgram } from '@sigma/edge-curve';
import './style.css';
import type { App } from './app.js';
import { buildGraph, type EdgeAttrs, type NodeAttrs } from './build-graph.js';
import { THEMES } from './colors.js';
import { applyEdgeLabels, applyTheme, setupControls } from './controls.js';
import { indexModel, loadViewGraph } from './data.js';
import { renderFilters } from './filters.js';
import { createLayouts } from './layout.js';
import { renderPanel } from './panel.js';
import { installReducers } from './reducers.js';
import { setupSearch } from './search.js';
import { formatHash, parseHash } from './state.js';

declare global {
  interface Window {
    kgViewer?: { app: App; ready: true } | { error: string };
  }
}

async function boot(): Promise<void> {
  const status = document.getElementById('status') as HTMLElement;
  const index = indexModel(await loadViewGraph());
  const graph = buildGraph(index);
  const container = document.getElementById('graph') as HTMLElement;
  const sigma = new Sigma<NodeAttrs, EdgeAttrs>(graph, container, {
    allowInvalidContainer: true,
    enableEdgeEvents: true,
    defaultEdgeType: 'straight',
    // The programs are generic over attributes; ours are a subtype.
    edgeProgramClasses: { straight: EdgeArrowProgram, curved: EdgeCurvedArrowProgram } as unknown as Record<string, EdgeProgramType<NodeAttrs, EdgeAttrs>>,
    zIndex: true,
    labelFont: 'system-ui, sans-serif',
    edgeLabelFont: 'system-ui, sans-serif',
    edgeLabelSize: 11,
  });
  const panel = document.getElementById('panel') as HTMLElement;
  const filters = document.querySelector('.filters') as HTMLElement;
  const edgeLabelsDefault = graph.size <= 1000;
  let cameraTimer: ReturnType<typeof setTimeout> | undefined;
  const writeHash = (): void => {
    const { x, y, ratio } = sigma.getCamera().getState();
    app.state.camera = { x, y, ratio };
    history.replaceState(null, '', formatHash(app.state) || location.pathname + location.search);
  };
  const app: App = {
    index,
    graph,
    sigma,
    state: parseHash(location.hash),
    hovered: undefined,
    theme: THEMES.light,
    update() {
      sigma.refresh({ skipIndexation: true });
      renderPanel(app, panel);
      renderFilters(app, filters);
      writeHash();
    },
    selectNode(id, options = {}) {
      if (id !== undefined && graph.hasNode(id)) app.state.node = id;
      else delete app.state.node;
      delete app.state.edge;
      app.update();
      if (options.focus && app.state.node !== undefined) {
        const d = sigma.getNodeDisplayData(app.state.node);
        if (d !== undefined) void sigma.getCamera().animate({ x: d.x, y: d.y, ratio: Math.min(sigma.getCamera().ratio, 0.6) }, { duration: 400 });
      }
    },
    selectEdge(id) {
      delete app.state.node;
      if (id !== undefined && index.edgeById.has(id)) app.state.edge = id;
      else delete app.state.edge;
      app.update();
    },
  };
  installReducers(app);
  applyTheme(app);
  applyEdgeLabels(app, edgeLabelsDefault);
  const applyHash = (): void => {
    app.state = parseHash(location.hash);
    if (app.state.camera !== undefined) sigma.getCamera().setState(app.state.camera);
    applyTheme(app);
    applyEdgeLabels(app, edgeLabelsDefault);
    app.update();
  };
  applyHash();
  window.addEventListener('hashchange', applyHash);

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

  const layouts = createLayouts(app);
  setupControls(app, layouts, edgeLabelsDefault);
  setupSearch(app, document.getElementById('search-input') as HTMLInputElement, document.getElementById('search-list') as HTMLUListElement);
  status.textContent = `${graph.order} entities · ${graph.size} relations drawn${index.model.edges.length > graph.size ? ` · ${index.model.edges.length - graph.size} self-relations listed in the panel` : ''}`;
  window.kgViewer = { app, ready: true };
}

boot().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  const status = document.getElementById('status');
  if (status !== null) status.textContent = `Could not load the graph: ${message}`;
  window.kgViewer = { error: message };
});
