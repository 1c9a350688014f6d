// `kg query <graph-or-articles...> <SPARQL | @file.rq>`: SPARQL 1.1 over built
// graphs or articles, printed as a table, CSV, TSV, W3C JSON, or RDF.
import type { Command } from 'commander';
import { readFile } from 'node:fs/promises';
import { runQuery, RESULT_FORMATS } from '../../query/run.js';
import { FORMAT_NAMES } from '../../settings.js';
import { InputError, QueryError } from '../../errors.js';
import { writeFileAtomic } from '../../export/write-file.js';
import { parseSeconds } from '../options.js';

interface QueryOptions {
  format?: string;
  timeout: string;
  output?: string;
  quiet?: boolean;
  endpoint?: string;
}

/** The query text: inline, or read from a file named with a leading "@". */
export async function readQueryArg(arg: string): Promise<string> {
  if (!arg.startsWith('@')) return arg;
  const file = arg.slice(1);
  try {
    return await readFile(file, 'utf8');
  } catch {
    throw new InputError('INPUT_MISSING', 'no such query file', file);
  }
}

export function registerQuery(program: Command): void {
  program
    .command('query')
    .description('run a SPARQL 1.1 query (SELECT, ASK, CONSTRUCT, DESCRIBE) over graphs (.ttl/.trig/.nt/.nq) or articles built on the fly')
    .argument('<inputs...>', 'graph files or articles (files, directories, -), then the query: SPARQL text or @file.rq')
    .option('-f, --format <format>', `SELECT/ASK: ${RESULT_FORMATS.join(', ')} (default table); CONSTRUCT/DESCRIBE: ${FORMAT_NAMES.join(', ')} (default turtle)`)
    .option('-t, --timeout <seconds>', 'stop a query that runs longer than this', '30')
    .option('-o, --output <file>', 'write the result to FILE (atomically) instead of stdout')
    .option('--endpoint <url>', 'query a remote SPARQL endpoint instead (credentials from KG_ENDPOINT_USER / KG_ENDPOINT_PASSWORD)')
    .option('-q, --quiet', 'print no warnings')
    .addHelpText('after', `
The union of all named graphs is the default graph; GRAPH ?article { … } reaches
one article's statements. Prefixes kg:, entity:, article:, statement:, rdf:,
rdfs:, owl:, xsd:, skos:, schema:, prov:, dcterms:, wd: need no declaration.

Examples:
  kg query build/samples.ttl 'SELECT ?who ?whom WHERE { ?who kg:sued ?whom }'
  kg query data/samples @queries/who-sued-whom.rq --format csv
  kg query --endpoint http://localhost:8890/sparql @queries/who-sued-whom.rq`)
    .action(async (args: string[], options: QueryOptions) => {
      const min = options.endpoint === undefined ? 2 : 1;
      if (args.length < min) throw new QueryError('QUERY_INVALID', 'query: expected one or more graphs or articles (or --endpoint URL), then the query (SPARQL text or @file.rq)');
      const inputs = args.slice(0, -1);
      const query = await readQueryArg(args[args.length - 1]!);
      const result = await runQuery(inputs, query, {
        ...(options.format === undefined ? {} : { format: options.format }),
        timeoutMs: parseSeconds(options.timeout, '--timeout') * 1000,
        width: process.stdout.columns ?? 120,
        ...(options.endpoint === undefined ? {} : { endpoint: options.endpoint }),
      });
      if (!options.quiet) {
        for (const m of result.messages) if (m.level === 'warning') process.stderr.write(`kg: warning: ${m.text}\n`);
      }
      if (options.output === undefined) process.stdout.write(result.text);
      else await writeFileAtomic(options.output, result.text);
    });
}
