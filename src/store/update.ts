// SPARQL 1.1 Update client: INSERT DATA batches for stores without a Graph
// Store endpoint (e.g. Amazon Neptune), and the graph operations a push
// needs everywhere an update endpoint exists (MOVE, ADD, DROP).
import type { StoreClient } from './http.js';

const FORM = { 'Content-Type': 'application/x-www-form-urlencoded; charset=utf-8' };
const iri = (s: string): string => `<${s.replace(/[<>"{}|^`\\\s]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}>`;

export class SparqlUpdate {
  constructor(
    private readonly client: StoreClient,
    readonly endpoint: string,
  ) {}

  /** Runs one update request (one or more operations separated by `;`). */
  async run(update: string): Promise<void> {
    await this.client.request(this.endpoint, { method: 'POST', headers: FORM, body: new URLSearchParams({ update }).toString() });
  }

  /** Adds N-Triples to a graph; `clearFirst` drops the graph in the same request. */
  async insertData(graph: string, ntriples: string, clearFirst = false): Promise<void> {
    const drop = clearFirst ? `DROP SILENT GRAPH ${iri(graph)} ;\n` : '';
    await this.run(`${drop}INSERT DATA { GRAPH ${iri(graph)} {\n${ntriples}} }`);
  }

  /** Replaces `to` with the content of `from` and drops `from`. */
  async move(from: string, to: string): Promise<void> {
    await this.run(`MOVE SILENT GRAPH ${iri(from)} TO GRAPH ${iri(to)}`);
  }

  /** Adds the content of `from` to `to` and drops `from`. */
  async addAndDrop(from: string, to: string): Promise<void> {
    await this.run(`ADD SILENT GRAPH ${iri(from)} TO GRAPH ${iri(to)} ;\nDROP SILENT GRAPH ${iri(from)}`);
  }

  async drop(graph: string): Promise<void> {
    await this.run(`DROP SILENT GRAPH ${iri(graph)}`);
  }
}
