// The toolbar: zoom in/out/fit, ForceAtlas2 start/stop, noverlap, edge
// labels, theme, PNG export. Plain buttons with accessible names.
import type { App } from './app.js';
import { THEMES } from './colors.js';
import type { Layouts } from './layout.js';
import { exportPng } from './png.js';

function byId<T extends HTMLElement>(id: string): T {
  const node = document.getElementById(id);
  if (node === null) throw new Error(`viewer: missing #${id} in the page`);
  return node as T;
}

/** Sets the page theme and app.theme; sigma's label colours are set by the caller (or applyTheme). */
export function pageTheme(app: Omit<App, 'sigma'>): void {
  const theme = app.state.theme ?? (window.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light');
  app.theme = THEMES[theme];
  document.documentElement.dataset['theme'] = theme;
  const next = theme === 'dark' ? 'light' : 'dark';
  const b = document.getElementById('theme');
  if (b !== null) {
    b.textContent = next === 'dark' ? 'Dark' : 'Light';
    b.setAttribute('aria-label', `Switch to ${next} theme`);
  }
}

export function applyTheme(app: App): void {
  pageTheme(app);
  app.sigma.setSetting('labelColor', { color: app.theme.label });
  app.sigma.setSetting('edgeLabelColor', { color: app.theme.label });
}

export function applyEdgeLabels(app: Omit<App, 'sigma'> & { sigma?: App['sigma'] }, defaultOn: boolean): boolean {
  const on = app.state.edgeLabels ?? defaultOn;
  if (app.sigma !== undefined && app.sigma.getSetting('renderEdgeLabels') !== on) app.sigma.setSetting('renderEdgeLabels', on);
  byId('edge-labels').setAttribute('aria-pressed', String(on));
  return on;
}

export function setupControls(app: App, layouts: Layouts, edgeLabelsDefault: boolean): void {
  const camera = app.sigma.getCamera();
  byId('zoom-in').addEventListener('click', () => void camera.animatedZoom({ duration: 300 }));
  byId('zoom-out').addEventListener('click', () => void camera.animatedUnzoom({ duration: 300 }));
  byId('zoom-fit').addEventListener('click', () => void camera.animatedReset({ duration: 300 }));
  const layoutButton = byId('layout-toggle');
  const paintLayout = (): void => {
    const running = layouts.isRunning();
    layoutButton.setAttribute('aria-pressed', String(running));
    layoutButton.textContent = running ? 'Stop layout' : 'Layout';
    layoutButton.setAttribute('aria-label', running ? 'Stop ForceAtlas2 layout' : 'Run ForceAtlas2 layout');
  };
  // Large graphs draw neither edges nor labels while ForceAtlas2 moves the
  // nodes (as sigma's hideEdgesOnMove/hideLabelsOnMove do for camera moves):
  // each frame of the layout then only draws the nodes. Sigma's setting
  // change schedules one full refresh, rendered at the next frame.
  const setLayoutRunning = (running: boolean): void => {
    if (app.layoutRunning === running) return;
    app.layoutRunning = running;
    if (app.plainEdges) app.sigma.setSetting('renderLabels', !running);
  };
  layoutButton.addEventListener('click', () => {
    if (layouts.isRunning()) layouts.stop();
    else layouts.start();
    setLayoutRunning(layouts.isRunning());
    paintLayout();
  });
  byId('noverlap').addEventListener('click', () => {
    layouts.noverlap();
    setLayoutRunning(false);
    paintLayout();
  });
  byId('edge-labels').addEventListener('click', () => {
    app.state.edgeLabels = !(app.state.edgeLabels ?? edgeLabelsDefault);
    applyEdgeLabels(app, edgeLabelsDefault);
    app.update();
  });
  byId('theme').addEventListener('click', () => {
    app.state.theme = document.documentElement.dataset['theme'] === 'dark' ? 'light' : 'dark';
    applyTheme(app);
    app.update();
  });
  byId('export-png').addEventListener('click', () => void exportPng(app));
}
