// `kg validate <graph-or-articles...>`: SHACL validation with a readable
// report and exit code 1 when the graph violates a shape.
import type { Command } from 'commander';
import { loadGraph } from '../../graph/load.js';
import { validateGraph, formatValidation, DEFAULT_SHAPES_PATH } from '../../validate/validate.js';
import { FormatError } from '../../errors.js';

export function registerValidate(program: Command): void {
  program
    .command('validate')
    .description('check a graph against the SHACL shapes (domains, ranges, labels, evidence, dates); exit 1 on violations')
    .argument('<inputs...>', 'graph files (.ttl/.trig/.nt/.nq) or articles (built on the fly)')
    .option('--shapes <file>', 'SHACL shapes in Turtle', DEFAULT_SHAPES_PATH)
    .option('-f, --format <format>', 'text or json', 'text')
    .option('-q, --quiet', 'print no warnings')
    .action(async (inputs: string[], options: { shapes: string; format: string; quiet?: boolean }) => {
      if (options.format !== 'text' && options.format !== 'json') throw new FormatError('FORMAT_UNKNOWN', `unknown format '${options.format}'; expected text or json`);
      const loaded = await loadGraph(inputs);
      if (!options.quiet) for (const m of loaded.messages) if (m.level === 'warning') process.stderr.write(`kg: warning: ${m.text}\n`);
      const report = await validateGraph(loaded.quads, options.shapes);
      process.stdout.write(options.format === 'json' ? `${JSON.stringify({ conforms: report.conforms, triples: loaded.quads.length, violations: report.violations }, null, 2)}\n` : formatValidation(report, loaded.quads.length));
      if (!report.conforms) process.exitCode = 1;
    });
}
