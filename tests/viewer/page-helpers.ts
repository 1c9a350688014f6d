// Helpers for the viewer's browser tests: how to launch Debian's Chromium,
// wait for the app, and find nodes and edges on screen from sigma's state.
import type { Page } from 'playwright-core';

/** The part of the viewer's test hook (window.kgViewer) the tests use; the tests have no DOM types. */
interface Point {
  x: number;
  y: number;
}
export interface KgWindow {
  kgViewer?:
    | {
        app: {
          graph: {
            order: number;
            size: number;
            nodes(): string[];
            edges(a?: string, b?: string): string[];
            getNodeAttribute(node: string, key: string): number;
            getEdgeAttribute(edge: string, key: string): unknown;
            extremities(edge: string): [string, string];
          };
          sigma: {
            graphToViewport(p: Point): Point;
            getContainer(): { getBoundingClientRect(): { left: number; top: number } };
            getNodeDisplayData(node: string): { hidden?: boolean; label?: string | null } | undefined;
            getEdgeDisplayData(edge: string): { hidden?: boolean; type?: string } | undefined;
            getCamera(): { getState(): Point & { ratio: number } };
            getSetting(key: string): unknown;
          };
          state: { node?: string; hiddenClasses: Set<string> };
        };
        ready: true;
      }
    | { error: string };
}

export const CHROMIUM_PATH = process.env['KG_CHROMIUM'] ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--enable-unsafe-swiftshader',
];

export async function waitReady(page: Page): Promise<void> {
  await page.waitForFunction(() => (globalThis as unknown as KgWindow).kgViewer !== undefined, null, { timeout: 60_000 });
  const error = await page.evaluate(() => {
    const v = (globalThis as unknown as KgWindow).kgViewer;
    return v !== undefined && 'error' in v ? v.error : undefined;
  });
  if (error !== undefined) throw new Error(`viewer failed: ${error}`);
}

/** A node's page position (viewport of sigma + container offset) and its drawn state. */
export async function nodeState(page: Page, id: string): Promise<{ x: number; y: number; hidden: boolean; label: string | null }> {
  return page.evaluate((node) => {
    const v = (globalThis as unknown as KgWindow).kgViewer;
    if (v === undefined || !('app' in v)) throw new Error('viewer not ready');
    const { sigma, graph } = v.app;
    const p = sigma.graphToViewport({ x: graph.getNodeAttribute(node, 'x'), y: graph.getNodeAttribute(node, 'y') });
    const box = sigma.getContainer().getBoundingClientRect();
    const d = sigma.getNodeDisplayData(node);
    return { x: box.left + p.x, y: box.top + p.y, hidden: d?.hidden ?? false, label: d?.label ?? null };
  }, id);
}

export async function clickNode(page: Page, id: string): Promise<void> {
  const { x, y } = await nodeState(page, id);
  await page.mouse.click(x, y);
}

/**
 * The curved edges between two nodes, each with the page point at the middle
 * of its curve (as @sigma/edge-curve bends it: the control point is offset from
 * the chord's middle by curvature x chord, perpendicular) and whether sigma
 * actually drew a pixel there: the WebGL edge layer is read right after a
 * synchronous render, before the compositor takes its buffer, and the pixel
 * must have the edge's own colour.
 */
export async function curvedEdgeApexes(page: Page, a: string, b: string): Promise<{ id: string; x: number; y: number; drawn: boolean }[]> {
  return page.evaluate(
    ([a, b]) => {
      interface Ctx2d {
        drawImage(image: unknown, x: number, y: number): void;
        getImageData(x: number, y: number, w: number, h: number): { data: Uint8ClampedArray };
      }
      interface Sigma {
        graphToViewport(p: { x: number; y: number }): { x: number; y: number };
        getContainer(): { getBoundingClientRect(): { left: number; top: number } };
        refresh(): void;
        getCanvases(): Record<string, { width: number; height: number }>;
        getEdgeDisplayData(edge: string): { color?: string } | undefined;
      }
      interface Graph {
        edges(a: string, b: string): string[];
        getNodeAttribute(node: string, key: string): number;
        getEdgeAttributes(edge: string): { type: string; curvature: number };
        extremities(edge: string): [string, string];
      }
      const g = globalThis as unknown as {
        kgViewer?: { app: { sigma: Sigma; graph: Graph } };
        document: { createElement(tag: 'canvas'): { width: number; height: number; getContext(kind: '2d'): Ctx2d } };
      };
      const app = g.kgViewer?.app;
      if (app === undefined) throw new Error('viewer not ready');
      const { sigma, graph } = app;
      const box = sigma.getContainer().getBoundingClientRect();
      sigma.refresh();
      const layer = sigma.getCanvases()['edges'];
      if (layer === undefined) throw new Error('no edge layer');
      const copy = g.document.createElement('canvas');
      copy.width = layer.width;
      copy.height = layer.height;
      const ctx = copy.getContext('2d');
      ctx.drawImage(layer, 0, 0);
      const pos = (n: string): { x: number; y: number } => sigma.graphToViewport({ x: graph.getNodeAttribute(n, 'x'), y: graph.getNodeAttribute(n, 'y') });
      // (edges(a, b) of a directed graphology graph lists both directions: deduplicated.)
      return [...new Set([...graph.edges(a, b), ...graph.edges(b, a)])].flatMap((edge) => {
        const { type, curvature } = graph.getEdgeAttributes(edge);
        if (type !== 'curved' || curvature === 0) return [];
        const [s, t] = graph.extremities(edge).map(pos) as [{ x: number; y: number }, { x: number; y: number }];
        // The middle of a quadratic curve: chord middle + half the control point's offset.
        const x = (s.x + t.x) / 2 + 0.5 * curvature * (t.y - s.y);
        const y = (s.y + t.y) / 2 - 0.5 * curvature * (t.x - s.x);
        // Drawn there in this edge's own colour (siblings differ: a claim is orange, a fact grey),
        // so a curve bent the other way, onto a sibling's place, does not count.
        const { data } = ctx.getImageData(Math.round(x) - 1, Math.round(y) - 1, 3, 3);
        let best = 3;
        for (let i = 7; i < data.length; i += 4) if ((data[i] ?? 0) > (data[best] ?? 0)) best = i;
        const hex = sigma.getEdgeDisplayData(edge)?.color ?? '#000000';
        const rgb = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
        const drawn = (data[best] ?? 0) > 128 && rgb.every((c, k) => Math.abs(c - (data[best - 3 + k] ?? 0)) < 48);
        return [{ id: edge, x: box.left + x, y: box.top + y, drawn }];
      });
    },
    [a, b] as [string, string],
  );
}

/** A straight, visible edge whose midpoint is at least 30px from every node, with that point. */
export async function edgeMidpoint(page: Page): Promise<{ id: string; x: number; y: number } | undefined> {
  return page.evaluate(() => {
    const v = (globalThis as unknown as KgWindow).kgViewer;
    if (v === undefined || !('app' in v)) throw new Error('viewer not ready');
    const { sigma, graph } = v.app;
    const box = sigma.getContainer().getBoundingClientRect();
    const pos = (n: string): { x: number; y: number } => sigma.graphToViewport({ x: graph.getNodeAttribute(n, 'x'), y: graph.getNodeAttribute(n, 'y') });
    const points = graph.nodes().map(pos);
    for (const edge of graph.edges()) {
      if (graph.getEdgeAttribute(edge, 'type') !== 'arrow') continue;
      const [s, t] = graph.extremities(edge).map(pos) as [{ x: number; y: number }, { x: number; y: number }];
      const mid = { x: (s.x + t.x) / 2, y: (s.y + t.y) / 2 };
      if (points.every((p) => Math.hypot(p.x - mid.x, p.y - mid.y) > 30)) return { id: edge, x: box.left + mid.x, y: box.top + mid.y };
    }
    return undefined;
  });
}
