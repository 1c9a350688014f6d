// The viewer in a real browser (Debian's Chromium through playwright-core,
// software WebGL): the seed article's graph loads, search, node and edge
// clicks at their on-screen positions, filters, URL state, PNG, untrusted
// labels as text, and the single-file export from file://.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadGraph, parseRdf } from '../../src/graph/load.js';
import { quadsToViewGraph } from '../../src/view/graph-json.js';
import { startViewServer, type ViewServer } from '../../src/view/server.js';
import { viewerHtml } from '../../src/view/html-export.js';
import type { ViewGraph } from '../../src/view/model.js';
import { ensureViewerBuilt } from './viewer-build.js';
import { type KgWindow, CHROMIUM_ARGS, CHROMIUM_PATH, clickNode, curvedEdgeApexes, edgeMidpoint, nodeState, waitReady } from './page-helpers.js';

const SEED = join(import.meta.dirname, '../../../shared/corpus/seed/parler-aws-2021.de.txt');
const FIXTURE = join(import.meta.dirname, 'fixtures/malicious.ttl');
const ARTIFACTS = join(import.meta.dirname, 'artifacts');

let browser: Browser;
let seed: ViewGraph;
let server: ViewServer;
let evilServer: ViewServer;
const foreignRequests: string[] = [];

async function open(url: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const origin = url.startsWith('file:') ? 'file:' : new URL(url).origin;
  page.on('request', (r) => {
    const u = r.url();
    if (!u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:')) foreignRequests.push(u);
  });
  await page.goto(url);
  await waitReady(page);
  return page;
}

const labelOf = (label: string): string => seed.nodes.find((n) => n.label === label)?.id ?? '';

beforeAll(async () => {
  ensureViewerBuilt();
  mkdirSync(ARTIFACTS, { recursive: true });
  seed = quadsToViewGraph((await loadGraph([SEED])).quads);
  server = await startViewServer(seed, { port: 0 });
  evilServer = await startViewServer(quadsToViewGraph(parseRdf(readFileSync(FIXTURE, 'utf8'), FIXTURE)), { port: 0 });
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, timeout: 60_000 });
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await evilServer?.close();
});

describe('viewer in Chromium', () => {
  it('loads the seed graph: order and size as in the model', async () => {
    const page = await open(server.url);
    const counts = await page.evaluate(() => {
      const v = (globalThis as unknown as KgWindow).kgViewer;
      return v !== undefined && 'app' in v ? { order: v.app.graph.order, size: v.app.graph.size } : undefined;
    });
    expect(counts).toEqual({ order: seed.nodes.length, size: seed.edges.filter((e) => e.source !== e.target).length });
    expect(seed.nodes.length).toBeGreaterThan(10);
    // Three relations between Parler and Amazon stay three edges, drawn curved apart.
    const between = await page.evaluate(([p, a]) => {
      const v = (globalThis as unknown as KgWindow).kgViewer;
      if (v === undefined || !('app' in v)) return [];
      return v.app.graph.edges(p as string, a as string).concat(v.app.graph.edges(a as string, p as string)).map((e: string) => v.app.graph.getEdgeAttribute(e, 'type'));
    }, [labelOf('Parler'), labelOf('Amazon')]);
    expect(between.length).toBeGreaterThanOrEqual(3);
    expect(between.filter((t: unknown) => t === 'curved').length).toBeGreaterThanOrEqual(2);
    await page.screenshot({ path: join(ARTIFACTS, 'seed.png') });
    await page.close();
  });

  it('searches "Parler" by keyboard and selects it', async () => {
    const page = await open(server.url);
    await page.getByRole('combobox', { name: 'Search entities' }).fill('parl');
    await expect.poll(() => page.getByRole('option').first().textContent()).toContain('Parler');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#panel h2').textContent()).toBe('Parler');
    expect(decodeURIComponent(new URL(page.url()).hash)).toContain(`node=${labelOf('Parler')}`);
    await page.close();
  });

  it('clicks a node at its viewport position; the panel lists its relations with evidence', async () => {
    const page = await open(server.url);
    const amazon = labelOf('Amazon');
    await clickNode(page, amazon);
    await expect.poll(() => page.locator('#panel h2').textContent()).toBe('Amazon');
    const expected = seed.edges.filter((e) => e.source === amazon || e.target === amazon);
    const items = page.locator('#panel li.relation');
    expect(await items.count()).toBe(expected.length);
    for (const e of expected) {
      const item = page.locator(`#panel li.relation[data-edge="${e.id}"]`);
      expect(await item.locator('.evidence').textContent()).toBe(e.sentence?.text);
    }
    // Grouped by predicate: one heading per distinct predicate, in the article's language.
    expect(await page.locator('#panel h4').count()).toBe(new Set(expected.map((e) => e.predicate)).size);
    expect(await page.locator('#panel h4').allTextContents()).toContain(seed.predicateLabels['https://w3id.org/kg-news/ontology#sued']?.de);
    await page.screenshot({ path: join(ARTIFACTS, 'node-panel.png') });
    await page.close();
  });

  it('hovering a node dims the nodes that are not its neighbours', async () => {
    const page = await open(server.url);
    const twitter = labelOf('Twitter');
    const pos = await nodeState(page, twitter);
    await page.mouse.move(pos.x, pos.y);
    const neighbours = new Set(seed.edges.flatMap((e) => (e.source === twitter ? [e.target] : e.target === twitter ? [e.source] : [])));
    const stranger = seed.nodes.find((n) => n.id !== twitter && !neighbours.has(n.id))?.id ?? '';
    await expect.poll(async () => (await nodeState(page, stranger)).label).toBe('');
    expect((await nodeState(page, [...neighbours][0] ?? '')).label).not.toBe('');
    await page.close();
  });

  it('clicks an edge: the evidence sentence with both mentions marked, article and rule', async () => {
    const page = await open(server.url);
    // A straight edge whose midpoint is far from every node.
    const edge = await edgeMidpoint(page);
    expect(edge).toBeDefined();
    await page.mouse.click(edge?.x ?? 0, edge?.y ?? 0);
    const model = seed.edges.find((e) => e.id === edge?.id);
    await expect.poll(() => page.locator('#panel .evidence').textContent()).toBe(model?.sentence?.text);
    expect(await page.locator('#panel .evidence mark').count()).toBe(2);
    // The marks are the two entities' names (label or alias), as found in the sentence.
    const names = (id: string | undefined): string[] => {
      const n = seed.nodes.find((x) => x.id === id);
      return n === undefined ? [] : [n.label, ...n.aliases].map((x) => x.toLowerCase());
    };
    expect(names(model?.source)).toContain((await page.locator('#panel .evidence mark.subject').textContent())?.toLowerCase());
    expect(names(model?.target)).toContain((await page.locator('#panel .evidence mark.object').textContent())?.toLowerCase());
    expect(await page.locator('#panel .meta').allTextContents()).toContainEqual(expect.stringContaining(`rule ${model?.rule}`));
    expect(await page.locator('#panel .article').textContent()).toContain('APA');
    await page.screenshot({ path: join(ARTIFACTS, 'edge-panel.png') });
    await page.close();
  });

  it('clicks each curved parallel edge where it is drawn, and empty space clears the selection', async () => {
    const page = await open(server.url);
    // Edge clicks are resolved on the CPU from the drawn geometry: the middle of each
    // curve is where sigma drew a pixel, and clicking there selects that edge, not its siblings.
    const apexes = await curvedEdgeApexes(page, labelOf('Parler'), labelOf('Amazon'));
    expect(apexes.length).toBeGreaterThanOrEqual(2);
    for (const apex of apexes) {
      expect(apex.drawn, apex.id).toBe(true);
      // Two clicks within sigma's double-click delay (300 ms) would zoom instead.
      await page.waitForTimeout(400);
      await page.mouse.click(apex.x, apex.y);
      await expect.poll(() => page.locator('#panel .meta').last().textContent()).toBe(apex.id);
    }
    // A corner of the graph area, away from every node and edge: the selection goes.
    const box = await page.locator('#graph').boundingBox();
    await page.waitForTimeout(400);
    await page.mouse.click((box?.x ?? 0) + 3, (box?.y ?? 0) + 3);
    await expect.poll(() => page.locator('#panel h2').textContent()).toBe('Knowledge graph');
    await page.close();
  });

  it('filters by class: the unticked class is hidden, the others stay', async () => {
    const page = await open(server.url);
    await page.getByRole('checkbox', { name: /^Person\b/ }).uncheck();
    for (const n of seed.nodes) {
      expect((await nodeState(page, n.id)).hidden, n.label).toBe(n.class === 'Person');
    }
    expect(decodeURIComponent(page.url())).toContain('hc=Person');
    await page.close();
  });

  it('a shared URL reproduces selection, filters and camera', async () => {
    const first = await open(server.url);
    await first.getByRole('checkbox', { name: /^City\b/ }).uncheck();
    await clickNode(first, labelOf('Parler'));
    await first.getByRole('button', { name: 'Zoom in' }).click();
    await first.waitForTimeout(800);
    const url = first.url();
    const state = async (p: Page): Promise<unknown> =>
      p.evaluate(() => {
        const v = (globalThis as unknown as KgWindow).kgViewer;
        if (v === undefined || !('app' in v)) return undefined;
        const c = v.app.sigma.getCamera().getState();
        return { node: v.app.state.node, hidden: [...v.app.state.hiddenClasses], ratio: c.ratio.toFixed(3), x: c.x.toFixed(3) };
      });
    const before = await state(first);
    const second = await open(url);
    expect(await state(second)).toEqual(before);
    // The initial layout is deterministic: same positions in both pages.
    const xy = (p: Page): Promise<number[]> =>
      p.evaluate(() => {
        const v = (globalThis as unknown as KgWindow).kgViewer;
        if (v === undefined || !('app' in v)) return [];
        const g = v.app.graph;
        return g.nodes().flatMap((n) => [g.getNodeAttribute(n, 'x'), g.getNodeAttribute(n, 'y')]);
      });
    expect(await xy(second)).toEqual(await xy(first));
    expect(await second.locator('#panel h2').textContent()).toBe('Parler');
    await first.close();
    await second.close();
  });

  it('runs ForceAtlas2 in a worker (start/stop), then no-overlap; switches theme', async () => {
    const page = await open(server.url);
    const positions = (): Promise<number[]> =>
      page.evaluate(() => {
        const v = (globalThis as unknown as KgWindow).kgViewer;
        if (v === undefined || !('app' in v)) return [];
        const g = v.app.graph;
        return g.nodes().flatMap((n) => [g.getNodeAttribute(n, 'x'), g.getNodeAttribute(n, 'y')]);
      });
    const before = await positions();
    const layout = page.getByRole('button', { name: 'Run ForceAtlas2 layout' });
    await layout.click();
    await expect.poll(positions, { timeout: 20_000 }).not.toEqual(before);
    await page.getByRole('button', { name: 'Stop ForceAtlas2 layout' }).click();
    expect(await layout.getAttribute('aria-pressed')).toBe('false');
    const stopped = await positions();
    await page.waitForTimeout(500);
    expect(await positions()).toEqual(stopped);
    await page.getByRole('button', { name: 'Spread overlapping nodes' }).click();
    await page.getByRole('button', { name: 'Switch to dark theme' }).click();
    expect(await page.locator('html').getAttribute('data-theme')).toBe('dark');
    expect(decodeURIComponent(page.url())).toContain('theme=dark');
    await page.screenshot({ path: join(ARTIFACTS, 'dark.png') });
    await page.close();
  });

  it('exports a PNG of the view', async () => {
    const page = await open(server.url);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export image as PNG' }).click()]);
    const file = join(ARTIFACTS, 'export.png');
    await download.saveAs(file);
    const bytes = readFileSync(file);
    expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(bytes.length).toBeGreaterThan(5000);
    await page.close();
  });

  it('shows a malicious label as text, never as markup', async () => {
    const page = await open(evilServer.url);
    let dialogs = 0;
    page.on('dialog', (d) => {
      dialogs++;
      void d.dismiss();
    });
    await page.getByRole('combobox', { name: 'Search entities' }).fill('<img');
    await expect.poll(() => page.getByRole('option').first().textContent()).toContain('<img src=x onerror=alert(1)>');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#panel h2').textContent()).toBe('<img src=x onerror=alert(1)>');
    expect(await page.locator('#panel').textContent()).toContain('<script>alert(2)</script>');
    expect(await page.locator('img').count()).toBe(0);
    expect(await page.locator('script:not([type])').count()).toBe(0);
    expect(await page.getByRole('checkbox', { name: /Organi[sz]ation/ }).count()).toBe(1);
    expect(dialogs).toBe(0);
    // The self-loop cannot be drawn by sigma 3: it is listed in the panel instead.
    const size = await page.evaluate(() => {
      const v = (globalThis as unknown as KgWindow).kgViewer;
      return v !== undefined && 'app' in v ? v.app.graph.size : -1;
    });
    expect(size).toBe(1);
    await page.getByRole('combobox', { name: 'Search entities' }).fill('club');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#panel h2').textContent()).toBe('Club & <b>Friends</b>');
    expect(await page.locator('#panel li.relation').allTextContents()).toContainEqual(expect.stringContaining('Club & <b>Friends</b> (self)'));
    expect(await page.locator('#status').textContent()).toContain('1 self-relation listed in the panel');
    await page.screenshot({ path: join(ARTIFACTS, 'malicious.png') });
    await page.close();
  });

  it('opens the single-file export from file:// with no server', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'kg-view-')), 'graph.html');
    writeFileSync(file, viewerHtml(seed));
    const page = await open(pathToFileURL(file).href);
    const order = await page.evaluate(() => {
      const v = (globalThis as unknown as KgWindow).kgViewer;
      return v !== undefined && 'app' in v ? v.app.graph.order : -1;
    });
    expect(order).toBe(seed.nodes.length);
    await clickNode(page, labelOf('Parler'));
    await expect.poll(() => page.locator('#panel h2').textContent()).toBe('Parler');
    // The layout worker starts from file:// too (a blob: worker, allowed by the page's CSP).
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    await page.getByRole('button', { name: 'Run ForceAtlas2 layout' }).click();
    await page.waitForTimeout(1000);
    await page.getByRole('button', { name: 'Stop ForceAtlas2 layout' }).click();
    expect(errors).toEqual([]);
    await page.close();
  });

  it('large graphs: plain edges, arrows around the focus, edges and labels hidden while the layout runs', async () => {
    const n = 300;
    const big: ViewGraph = {
      version: 1,
      nodes: Array.from({ length: n }, (_, i) => ({ id: `urn:n${i}`, label: `Node ${i}`, class: 'Person', aliases: [] })),
      edges: Array.from({ length: 2100 }, (_, i) => ({
        id: `urn:s${String(i).padStart(5, '0')}`,
        predicate: 'urn:p',
        kind: 'fact' as const,
        source: `urn:n${i % n}`,
        target: `urn:n${(i * 7 + 1 + Math.floor(i / n)) % n}`,
      }))
        .filter((e) => e.source !== e.target)
        // Parallel relations (curved apart around the focus; the curved program is registered on demand).
        .concat(['urn:s99998', 'urn:s99999'].map((id, i) => ({ id, predicate: 'urn:q', kind: 'fact' as const, source: `urn:n${i}`, target: `urn:n${1 - i}` }))),
      attributes: [],
      articles: [],
      classLabels: {},
      predicateLabels: {},
    };
    const bigServer = await startViewServer(big, { port: 0 });
    try {
      const page = await open(bigServer.url);
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      const types = (): Promise<Record<string, number>> =>
        page.evaluate(() => {
          const v = (globalThis as unknown as KgWindow).kgViewer;
          const out: Record<string, number> = {};
          if (v === undefined || !('app' in v)) return out;
          for (const e of v.app.graph.edges()) {
            const d = v.app.sigma.getEdgeDisplayData(e);
            const key = d?.hidden ? 'hidden' : String(d?.type);
            out[key] = (out[key] ?? 0) + 1;
          }
          return out;
        });
      expect(await types()).toEqual({ line: big.edges.length });
      const labels = (): Promise<unknown> =>
        page.evaluate(() => {
          const v = (globalThis as unknown as KgWindow).kgViewer;
          return v !== undefined && 'app' in v ? v.app.sigma.getSetting('renderLabels') : undefined;
        });
      const x0 = (): Promise<number> =>
        page.evaluate(() => {
          const v = (globalThis as unknown as KgWindow).kgViewer;
          return v !== undefined && 'app' in v ? v.app.graph.getNodeAttribute('urn:n0', 'x') : NaN;
        });
      // Layout with nothing in focus (the curved program not registered yet): edges and labels hidden, no errors.
      expect(await labels()).toBe(true);
      const before = await x0();
      await page.getByRole('button', { name: 'Run ForceAtlas2 layout' }).click();
      await expect.poll(async () => (await types())['hidden']).toBe(big.edges.length);
      expect(await labels()).toBe(false);
      await expect.poll(x0).not.toBe(before);
      await page.waitForTimeout(500);
      await page.getByRole('button', { name: 'Stop ForceAtlas2 layout' }).click();
      await expect.poll(async () => (await types())['hidden']).toBeUndefined();
      expect(await types()).toEqual({ line: big.edges.length });
      expect(await labels()).toBe(true);
      // Focus: arrows around the selected node, curves for the parallel pair (n0 ⇄ n1), lines elsewhere.
      await page.getByRole('combobox', { name: 'Search entities' }).fill('Node 0');
      await page.keyboard.press('Enter');
      const degree = big.edges.filter((e) => e.source === 'urn:n0' || e.target === 'urn:n0').length;
      await expect.poll(async () => (await types())['line']).toBe(big.edges.length - degree);
      expect((await types())['curved']).toBe(2);
      expect((await types())['arrow']).toBe(degree - 2);
      await page.getByRole('button', { name: 'Run ForceAtlas2 layout' }).click();
      await expect.poll(async () => (await types())['hidden']).toBe(big.edges.length);
      await page.getByRole('button', { name: 'Stop ForceAtlas2 layout' }).click();
      await expect.poll(async () => (await types())['hidden']).toBeUndefined();
      expect(errors).toEqual([]);
      await page.close();
    } finally {
      await bigServer.close();
    }
  });

  it('made no request to any other host', () => {
    expect(foreignRequests).toEqual([]);
  });
});
