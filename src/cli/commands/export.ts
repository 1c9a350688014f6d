// `kg export <graph-or-articles...> --format html -o FILE`: the viewer and the
// graph in one self-contained HTML file that works offline from file://.
import type { Command } from 'commander';
import { loadGraph } from '../../graph/load.js';
import { FormatError } from '../../errors.js';
import { writeFileAtomic } from '../../export/write-file.js';
import { quadsToViewGraph } from '../../view/graph-json.js';
import { viewerHtml } from '../../view/html-export.js';

interface ExportOptions {
  format: string;
  output?: string;
  quiet?: boolean;
}

export function registerExport(program: Command): void {
  program
    .command('export')
    .description('export a graph for sharing: --format html writes the viewer with the graph embedded, one file that works offline')
    .argument('<inputs...>', 'RDF graph files, article files or directories')
    .option('-f, --format <format>', 'export format: html', 'html')
    .option('-o, --output <file>', 'write to FILE (atomically) instead of stdout')
    .option('-q, --quiet', 'print no warnings')
    .action(async (inputs: string[], options: ExportOptions) => {
      if (options.format !== 'html') {
        throw new FormatError('FORMAT_UNKNOWN', `export: unknown format "${options.format}"; expected html (for RDF formats use kg build -f)`);
      }
      const loaded = await loadGraph(inputs);
      if (!options.quiet) {
        for (const m of loaded.messages) if (m.level === 'warning') process.stderr.write(`kg: warning: ${m.text}\n`);
      }
      const html = viewerHtml(quadsToViewGraph(loaded.quads));
      if (options.output === undefined) process.stdout.write(html);
      else await writeFileAtomic(options.output, html);
    });
}
