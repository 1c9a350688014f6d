// The single-file HTML export: the built viewer page (script and styles
// already inlined) with the graph embedded as JSON in a non-executing
// <script type="application/json">, so it opens from file:// with no server
// and no network. '<' is escaped inside the JSON so no label can close the tag.
import type { ViewGraph } from './model.js';
import { readViewerPage } from './assets.js';

/** JSON safe inside a <script> element: no '</script', no '<!--', no line separators. */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

export function embedGraph(page: string, graph: ViewGraph): string {
  const at = page.lastIndexOf('</body>');
  const tag = `<script type="application/json" id="kg-graph">${scriptSafeJson(graph)}</script>\n`;
  return at < 0 ? page + tag : page.slice(0, at) + tag + page.slice(at);
}

export function viewerHtml(graph: ViewGraph, distDir?: string): string {
  return embedGraph(readViewerPage(distDir), graph);
}
