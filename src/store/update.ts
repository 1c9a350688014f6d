// SPARQL 1.1 Update client: INSERT DATA for stores without a Graph Store
// endpoint (e.g. Amazon Neptune), and the graph operations a push needs
// wherever an update endpoint exists (MOVE, ADD, DROP). Several operations
// go in one request, separated by `;`, so that many small article graphs
// cost one round trip.
import type { StoreClient } from './http.js';

const FORM = { 'Content-Type': 'application/x-www-form-urlencoded; charset=utf-8' };

/** An IRI in SPARQL syntax; characters IRIREF forbids are written as \u escapes. */
export const iri = (s: string): string =>
  `<${s.replace(/[<>"{}|^`\\\u0000-\u0020]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}>`;

export const dropOp = (graph: string): string => `DROP SILENT GRAPH ${iri(graph)}`;
/** Replaces `to` with the content of `from` and drops `from`. Virtuoso empties `to` even when
 * `from` does not exist, so a MOVE must never be repeated blindly after it may have run. */
export const moveOp = (from: string, to: string): string => `MOVE GRAPH ${iri(from)} TO GRAPH ${iri(to)}`;
/** Adds the content of `from` to `to` (then drop `from` separately). */
export const addOp = (from: string, to: string): string => `ADD GRAPH ${iri(from)} TO GRAPH ${iri(to)}`;
/** Adds N-Triples to graphs, in one operation. */
export const insertDataOp = (data: ReadonlyArray<{ graph: string; ntriples: string }>): string =>
  `INSERT DATA {\n${data.map((d) => `GRAPH ${iri(d.graph)} {\n${d.ntriples}}`).join('\n')}\n}`;

export class SparqlUpdate {
  constructor(
    private readonly client: StoreClient,
    readonly endpoint: string,
  ) {}

  /** Runs operations in one request; `once` sends it a single time, whatever happens. */
  async run(operations: readonly string[], once?: { timeoutMs: number }): Promise<void> {
    if (operations.length === 0) return;
    const update = operations.join(' ;\n');
    const body = new URLSearchParams({ update }).toString();
    await this.client.request(this.endpoint, { method: 'POST', headers: FORM, body, ...(once === undefined ? {} : { tries: 1, timeoutMs: once.timeoutMs }) });
  }
}
