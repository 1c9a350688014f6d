// `kg eval <gold.json|dir...>`: builds each gold file's article and scores the
// graph against the gold annotations (see ../shared/corpus/README.md).
import type { Command } from 'commander';
import { build } from '../../pipeline.js';
import { runEval } from '../../eval/run.js';
import { formatReport, reportJson } from '../../eval/report.js';
import { loadOntology } from '../../rdf/ontology.js';

export function registerEval(program: Command): void {
  program
    .command('eval')
    .description('score the graphs built from gold-annotated articles (*.gold.json) against their gold')
    .argument('<paths...>', 'gold files or directories searched recursively for *.gold.json')
    .option('--json', 'print the scores as JSON')
    .action(async (paths: string[], options: { json?: boolean }) => {
      const ontology = loadOntology();
      const subClassOf = new Map<string, string[]>();
      for (const cls of ontology.classes) subClassOf.set(cls, ontology.superClasses(cls).filter((c) => c !== cls));
      const result = await runEval(paths, async (file) => (await build([file])).quads, { subClassOf });
      const text = options.json ? `${JSON.stringify(reportJson(result), null, 2)}\n` : formatReport(result);
      process.stdout.write(text.endsWith("\n") ? text : `${text}\n`);
    });
}
