// Graph Store HTTP Protocol client (SPARQL 1.1 GSP, indirect identification
// with `?graph=`): PUT replaces a graph, POST adds to it, DELETE drops it.
// Bodies are N-Triples, which every store accepts (Virtuoso rejects TriG and
// N-Quads here).
import type { StoreClient } from './http.js';

const NT = { 'Content-Type': 'application/n-triples; charset=utf-8' };

export class GraphStore {
  constructor(
    private readonly client: StoreClient,
    readonly endpoint: string,
  ) {}

  /** Replaces the graph's content with the given N-Triples. */
  async put(graph: string, ntriples: string): Promise<void> {
    await this.client.request(this.endpoint, { method: 'PUT', params: { graph }, headers: NT, body: ntriples });
  }

  /** Adds the given N-Triples to the graph. */
  async post(graph: string, ntriples: string): Promise<void> {
    await this.client.request(this.endpoint, { method: 'POST', params: { graph }, headers: NT, body: ntriples });
  }

  /** Drops the graph; a graph that does not exist is no error. */
  async delete(graph: string): Promise<void> {
    try {
      await this.client.request(this.endpoint, { method: 'DELETE', params: { graph } });
    } catch (error) {
      if (error instanceof Error && /HTTP 404/.test(error.message)) return;
      throw error;
    }
  }
}
