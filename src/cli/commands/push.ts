// `kg push <graph-or-articles...> --graph-store URL [--update URL] [--endpoint URL]`:
// loads graphs into a SPARQL 1.1 store, one named graph per article.
// Credentials come from KG_ENDPOINT_USER / KG_ENDPOINT_PASSWORD only.
import type { Command } from 'commander';
import { FormatError, StoreError } from '../../errors.js';
import { loadGraph } from '../../graph/load.js';
import { checkEndpoint, credentialsFromEnv } from '../../store/http.js';
import { pushQuads } from '../../store/push.js';
import { ENTITIES_GRAPH } from '../../store/split.js';

interface PushCliOptions {
  graphStore?: string;
  update?: string;
  endpoint?: string;
  batchSize: string;
  updateBatchSize: string;
  concurrency: string;
  timeout: string;
  defaultGraph: string;
  quiet?: boolean;
}

function positive(value: string, option: string, integer: boolean): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0 || (integer && !Number.isInteger(n))) {
    throw new FormatError('FORMAT_UNKNOWN', `${option}: expected a positive ${integer ? 'whole number' : 'number'}, got '${value}'`);
  }
  return n;
}

/** A progress line on a terminal, at most every 2 s. */
function progress(): (info: { done: number; total: number }) => void {
  let last = Date.now();
  return ({ done, total }) => {
    if (Date.now() - last < 2000 || done === total) return;
    last = Date.now();
    process.stderr.write(`kg: push: ${done} of ${total} graphs\n`);
  };
}

export function registerPush(program: Command): void {
  program
    .command('push')
    .description('load graphs (.ttl/.trig/.nt/.nq) or articles into a SPARQL 1.1 store, one named graph per article')
    .argument('<inputs...>', 'graph files or articles (files, directories, -)')
    .option('--graph-store <url>', 'Graph Store Protocol endpoint (e.g. http://localhost:8890/sparql-graph-crud-auth)')
    .option('--update <url>', 'SPARQL Update endpoint (e.g. http://localhost:8890/sparql-auth); with it, graphs are swapped in atomically')
    .option('--endpoint <url>', 'SPARQL query endpoint, for the count check after each graph (e.g. http://localhost:8890/sparql)')
    .option('--batch-size <triples>', 'triples per Graph Store request', '20000')
    .option('--update-batch-size <triples>', 'triples per INSERT DATA request (without --graph-store)', '500')
    .option('--concurrency <n>', 'groups of graphs pushed at the same time', '4')
    .option('--timeout <seconds>', 'time-out per request (retried up to 3 times)', '60')
    .option('--default-graph <iri>', 'named graph for triples outside any article graph (added to, not replaced)', ENTITIES_GRAPH)
    .option('-q, --quiet', 'print no warnings or retries')
    .addHelpText('after', `
Credentials: set KG_ENDPOINT_USER and KG_ENDPOINT_PASSWORD (HTTP Basic or Digest,
whichever the store asks for). Re-pushing an article replaces its graph.

Example (Virtuoso):
  kg push build/news.trig --graph-store http://localhost:8890/sparql-graph-crud-auth \\
    --update http://localhost:8890/sparql-auth --endpoint http://localhost:8890/sparql`)
    .action(async (inputs: string[], options: PushCliOptions) => {
      const batchSize = positive(options.batchSize, '--batch-size', true);
      const updateBatchSize = positive(options.updateBatchSize, '--update-batch-size', true);
      const concurrency = positive(options.concurrency, '--concurrency', true);
      const timeoutMs = positive(options.timeout, '--timeout', false) * 1000;
      // Endpoints are checked before the graph is read or built, which can take a while.
      if (options.graphStore === undefined && options.update === undefined) {
        throw new StoreError('STORE_ARGS', 'push: give --graph-store URL (Graph Store Protocol) or --update URL (SPARQL Update), or both');
      }
      if (options.graphStore !== undefined) checkEndpoint(options.graphStore, '--graph-store');
      if (options.update !== undefined) checkEndpoint(options.update, '--update');
      if (options.endpoint !== undefined) checkEndpoint(options.endpoint, '--endpoint');
      const graph = await loadGraph(inputs);
      if (!options.quiet) {
        for (const m of graph.messages) if (m.level === 'warning') process.stderr.write(`kg: warning: ${m.text}\n`);
        if (options.endpoint === undefined) process.stderr.write('kg: warning: push: no --endpoint, so the counts in the store are not checked\n');
      }
      const report = await pushQuads(graph.quads, {
        graphStore: options.graphStore,
        update: options.update,
        endpoint: options.endpoint,
        credentials: credentialsFromEnv(),
        batchSize,
        updateBatchSize,
        concurrency,
        timeoutMs,
        defaultGraph: options.defaultGraph,
        ...(options.quiet || !process.stderr.isTTY ? {} : { onGraph: progress() }),
        ...(options.quiet
          ? {}
          : {
              onRetry: ({ endpoint, attempt, reason, delayMs }) =>
                process.stderr.write(`kg: push: ${endpoint}: ${reason}; retry ${attempt} in ${(delayMs / 1000).toFixed(1)} s\n`),
            }),
      });
      const rate = report.seconds > 0 ? Math.round(report.triples / report.seconds) : report.triples;
      process.stdout.write(
        `pushed ${report.graphs} graph${report.graphs === 1 ? '' : 's'}, ${report.triples} triples in ${report.seconds.toFixed(1)} s (${rate} triples/s)` +
          `${report.counted ? '; counts checked' : ''}\n`,
      );
    });
}
