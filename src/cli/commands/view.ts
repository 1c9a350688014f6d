// `kg view <graph-or-articles...>`: serves the browser viewer with the graph
// (127.0.0.1 by default), prints the URL and runs until interrupted.
import type { Command } from 'commander';
import { spawn } from 'node:child_process';
import { loadGraph } from '../../graph/load.js';
import { InputError } from '../../errors.js';
import { quadsToViewGraph } from '../../view/graph-json.js';
import { startViewServer } from '../../view/server.js';

interface ViewOptions {
  port: string;
  host: string;
  open?: boolean;
  quiet?: boolean;
}

function openBrowser(url: string): void {
  const command = process.platform === 'darwin' ? 'open' : process.platform === 'win32' ? 'explorer' : 'xdg-open';
  const child = spawn(command, [url], { stdio: 'ignore', detached: true });
  child.on('error', () => process.stderr.write(`kg: could not open a browser; open ${url} yourself\n`));
  child.unref();
}

export function registerView(program: Command): void {
  program
    .command('view')
    .description('browse a graph in the browser: RDF files (.ttl/.trig/.nt/.nq) or articles built on the fly')
    .argument('<inputs...>', 'RDF graph files, article files or directories')
    .option('-p, --port <port>', 'port to listen on (0 picks a free one)', '8765')
    .option('--host <host>', 'address to bind to (only change this to share the graph on a network)', '127.0.0.1')
    .option('--open', 'open the viewer in the default browser')
    .option('-q, --quiet', 'print no warnings')
    .action(async (inputs: string[], options: ViewOptions) => {
      const port = Number(options.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535) {
        throw new InputError('INPUT_MISSING', `view: --port must be a number from 0 to 65535, got "${options.port}"`);
      }
      const loaded = await loadGraph(inputs);
      if (!options.quiet) {
        for (const m of loaded.messages) if (m.level === 'warning') process.stderr.write(`kg: warning: ${m.text}\n`);
      }
      const graph = quadsToViewGraph(loaded.quads);
      const server = await startViewServer(graph, { port, host: options.host });
      process.stdout.write(`kg viewer: ${graph.nodes.length} entities, ${graph.edges.length} relations\n${server.url}\n`);
      if (options.open) openBrowser(server.url);
      await new Promise<void>((done) => {
        const stop = (): void => {
          void server.close().then(done);
        };
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
    });
}
