// `kg build <inputs...>`: articles in, one RDF graph out (stdout or -o FILE,
// written atomically).
import type { Command } from 'commander';
import { build } from '../../pipeline.js';
import { resolveSettings, FORMAT_NAMES, type FormatName } from '../../settings.js';
import { getExporter } from '../../export/exporters.js';
import { writeFileAtomic } from '../../export/write-file.js';
import type { Lang } from '../../types.js';

interface BuildOptions {
  output?: string;
  format: string;
  lang?: string;
  curation?: string;
  quiet?: boolean;
}

export function registerBuild(program: Command): void {
  program
    .command('build')
    .description('extract entities and relations from articles (.txt/.md files, directories, or - for stdin) into RDF')
    .argument('<inputs...>', 'article files, directories (searched recursively) or - for stdin')
    .option('-o, --output <file>', 'write to FILE (atomically) instead of stdout')
    .option('-f, --format <format>', `output format: ${FORMAT_NAMES.join(', ')}`, 'turtle')
    .option('--lang <lang>', 'force the language (de or en) instead of detecting it per article')
    .option('--curation <file>', 'apply a curation file (YAML: merge, type, reject, add) after extraction')
    .option('-q, --quiet', 'print no warnings')
    .action(async (inputs: string[], options: BuildOptions) => {
      const settings = resolveSettings({
        format: options.format as FormatName,
        ...(options.lang === undefined ? {} : { lang: options.lang as Lang }),
        ...(options.curation === undefined ? {} : { curation: options.curation }),
      });
      const exporter = getExporter(settings.format);
      const result = await build(inputs, settings);
      if (!options.quiet) {
        for (const m of result.messages) if (m.level === 'warning') process.stderr.write(`kg: warning: ${m.text}\n`);
      }
      const text = exporter.write(result.quads);
      if (options.output === undefined) process.stdout.write(text);
      else await writeFileAtomic(options.output, text);
    });
}
