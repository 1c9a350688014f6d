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
