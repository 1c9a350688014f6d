// `kg build <inputs...>`: articles in, one RDF graph out (stdout or -o FILE,
// written atomically). Streams article by article on worker threads, with an
// optional cache; JSON-LD and curated builds are made in memory.
import type { Command } from 'commander';
import { resolveSettings, FORMAT_NAMES, type FormatName } from '../../settings.js';
import { writeFileAtomic } from '../../export/write-file.js';
import { buildCorpus, defaultJobs, type CorpusSummary } from '../../corpus/build-corpus.js';
import { fileSink, stdoutSink } from '../../corpus/output.js';
import { makeProgress } from '../../corpus/progress.js';
import { Interrupted } from '../../corpus/pool.js';
import { KgError } from '../../errors.js';
import type { Lang } from '../../types.js';
import { parsePositiveInt } from '../options.js';

interface BuildOptions {
  output?: string;
  format: string;
  lang?: string;
  curation?: string;
  quiet?: boolean;
  jobs?: string;
  cache?: string;
}

function summaryLine(s: CorpusSummary): string {
  const cache = s.fromCache > 0 ? ` (${s.fromCache} from cache)` : '';
  return `kg: built ${s.articles} article${s.articles === 1 ? '' : 's'}${cache}: ${s.entities} entities, ${s.triples} triples, ${s.facts} facts, ${s.claims} claims, ${s.warnings} warning${s.warnings === 1 ? '' : 's'} in ${s.seconds.toFixed(1)} s\n`;
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
    .option('-j, --jobs <n>', `worker threads (default: the number of cores, here ${defaultJobs()})`)
    .option('--cache <dir>', 'reuse the results of unchanged articles from DIR (created if missing)')
    .option('-q, --quiet', 'print no warnings, progress or summary')
    .action(async (inputs: string[], options: BuildOptions) => {
      const settings = resolveSettings({
        format: options.format as FormatName,
        ...(options.lang === undefined ? {} : { lang: options.lang as Lang }),
        ...(options.curation === undefined ? {} : { curation: options.curation }),
      });
      const jobs = options.jobs === undefined ? defaultJobs() : parsePositiveInt(options.jobs, '--jobs');
      const warn = (text: string): void => {
        if (!options.quiet) process.stderr.write(`kg: warning: ${text}\n`);
      };
      // Curation works across articles and JSON-LD is one document: both are built in memory.
      if (settings.curation !== undefined || settings.format === 'jsonld') {
        if (options.cache !== undefined) warn(`--cache is not used with ${settings.curation !== undefined ? '--curation' : 'JSON-LD output'}`);
        // Loaded here: a streamed build's main thread may never need the pipeline or the writer.
        const [{ build }, { getExporter }] = await Promise.all([import('../../pipeline.js'), import('../../export/exporters.js')]);
        const result = await build(inputs, settings);
        for (const m of result.messages) if (m.level === 'warning') warn(m.text);
        const text = getExporter(settings.format).write(result.quads);
        if (options.output === undefined) process.stdout.write(text);
        else await writeFileAtomic(options.output, text);
        return;
      }
      const sink = options.output === undefined ? stdoutSink() : fileSink(options.output);
      const controller = new AbortController();
      const onSigint = (): void => controller.abort();
      process.once('SIGINT', onSigint);
      let progress: ReturnType<typeof makeProgress> | undefined;
      try {
        const summary = await buildCorpus(inputs, sink, {
          format: settings.format,
          jobs,
          signal: controller.signal,
          ...(settings.lang === undefined ? {} : { lang: settings.lang }),
          ...(options.cache === undefined ? {} : { cacheDir: options.cache }),
          onArticle: (done, total) => {
            progress ??= makeProgress(total, process.stderr, options.quiet === true);
            progress.tick(done);
          },
          onMessage: (m) => {
            if (m.level !== 'warning' || options.quiet) return;
            progress?.clear();
            warn(m.text);
          },
        });
        progress?.end();
        await sink.commit();
        if (!options.quiet && summary.articles > 1) process.stderr.write(summaryLine(summary));
      } catch (error) {
        progress?.end();
        await sink.discard();
        if (error instanceof Interrupted) throw new KgError('INTERRUPTED', `build: interrupted; no output written${options.cache === undefined ? '' : ', finished articles are in the cache'}`);
        throw error;
      } finally {
        process.removeListener('SIGINT', onSigint);
      }
    });
}
