// `kg query` as a library call: SPARQL 1.1 over a graph (exported RDF files
// and/or articles built on the fly) with the embedded Oxigraph engine, in a
// worker thread with a time limit. SELECT/ASK give W3C SPARQL results
// (JSON, CSV, TSV) or a terminal table; CONSTRUCT/DESCRIBE give RDF in any
// export format.
import { Worker } from 'node:worker_threads';
import { join } from 'node:path';
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { Parser, type Quad } from 'n3';
import { PROJECT_ROOT } from '../paths.js';
import { InputError, QueryError } from '../errors.js';
import { isRdfFile, RDF_EXTENSIONS, parseRdf } from '../graph/load.js';
import { build } from '../pipeline.js';
import { resolveSettings, type BuildSettings } from '../settings.js';
import { getExporter } from '../export/exporters.js';
import type { Message } from '../types.js';
import { isUpdate, queryForm, userPosition, withDefaultPrefixes, type QueryForm } from './sparql-text.js';
import { formatTable, type SparqlJson } from './format-table.js';
import type { WorkerInput, WorkerOutput } from './worker.js';
import { queryRemote } from '../store/remote-query.js';

export const RESULT_FORMATS = ['table', 'csv', 'tsv', 'json'] as const;
export type ResultFormat = (typeof RESULT_FORMATS)[number];

export interface QueryOptions {
  /** table|csv|tsv|json for SELECT/ASK; an export format (turtle, trig…) for CONSTRUCT/DESCRIBE. */
  format?: string;
  timeoutMs?: number;
  settings?: BuildSettings;
  /** Terminal width for tables. */
  width?: number;
  /** A remote SPARQL endpoint to query instead of local inputs. */
  endpoint?: string;
}

export interface QueryResult {
  form: QueryForm;
  text: string;
  messages: Message[];
}

const DEFAULT_TIMEOUT_MS = 30_000;

/** Reads inputs into chunks of RDF text for the engine (articles are built, then written as N-Quads). */
export async function graphChunks(inputs: string[], settings: BuildSettings): Promise<{ chunks: WorkerInput['chunks']; messages: Message[] }> {
  const chunks: WorkerInput['chunks'] = [];
  const articles: string[] = [];
  for (const input of inputs) {
    if (input === '-' || !isRdfFile(input)) {
      articles.push(input);
      continue;
    }
    let text: string;
    try {
      text = await readFile(input, 'utf8');
    } catch {
      throw new InputError('INPUT_MISSING', 'no such file', input);
    }
    chunks.push({ text, format: RDF_EXTENSIONS[extname(input).toLowerCase()]!, file: input });
  }
  const messages: Message[] = [];
  if (articles.length > 0) {
    const result = await build(articles, settings);
    messages.push(...result.messages);
    chunks.push({ text: getExporter('nquads').write(result.quads), format: 'application/n-quads', file: articles.join(', ') });
  }
  return { chunks, messages };
}

function runWorker(input: WorkerInput, timeoutMs: number): Promise<WorkerOutput> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(join(PROJECT_ROOT, 'dist', 'query', 'worker.js'), { workerData: input });
    const timer = setTimeout(() => {
      void worker.terminate();
      reject(new QueryError('QUERY_TIMEOUT', `query stopped after ${timeoutMs / 1000} s (raise the limit with --timeout SECONDS)`));
    }, timeoutMs);
    worker.once('message', (out: WorkerOutput) => {
      clearTimeout(timer);
      void worker.terminate();
      resolve(out);
    });
    worker.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
  });
}

function engineFormat(form: QueryForm, format: string): string {
  if (form === 'construct' || form === 'describe') return 'application/n-quads';
  return format === 'table' ? 'json' : format;
}

/** Runs one SPARQL query over the inputs. */
export async function runQuery(inputs: string[], query: string, options: QueryOptions = {}): Promise<QueryResult> {
  if (isUpdate(query)) throw new QueryError('QUERY_INVALID', 'kg query runs read-only queries (SELECT, ASK, CONSTRUCT, DESCRIBE), not updates');
  const form = queryForm(query);
  if (form === undefined) throw new QueryError('QUERY_INVALID', 'not a SPARQL query: expected SELECT, ASK, CONSTRUCT or DESCRIBE');
  const graphForm = form === 'construct' || form === 'describe';
  const format = options.format ?? (graphForm ? 'turtle' : 'table');
  if (graphForm) getExporter(format);
  else if (!(RESULT_FORMATS as readonly string[]).includes(format)) {
    throw new QueryError('FORMAT_UNKNOWN', `unknown result format '${format}' for ${form.toUpperCase()}; expected one of: ${RESULT_FORMATS.join(', ')}`);
  }
  const prepared = withDefaultPrefixes(query);
  if (options.endpoint !== undefined) {
    if (inputs.length > 0) throw new QueryError('QUERY_INVALID', 'query: give either --endpoint or local graphs/articles, not both');
    return { form, text: await remoteText(options.endpoint, prepared.text, form, format, options), messages: [] };
  }
  const settings = options.settings ?? resolveSettings();
  const { chunks, messages } = await graphChunks(inputs, settings);
  const out = await runWorker({ chunks, query: prepared.text, resultsFormat: engineFormat(form, format) }, options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  if (!out.ok) {
    if (out.stage === 'load') {
      // n3 names the line of a syntax error in its own words; parse again with it.
      const bad = chunks.find((c) => c.file === out.file);
      if (bad !== undefined && isRdfFile(bad.file)) parseRdf(bad.text, bad.file);
      throw new InputError('DATA_INVALID', `not valid RDF: ${out.message.split('\n')[0]}`, out.file);
    }
    throw new QueryError('QUERY_INVALID', `SPARQL syntax: ${userPosition(out.message, prepared.addedLines)}`);
  }
  let text: string;
  if (graphForm) {
    const quads: Quad[] = new Parser({ format: 'application/n-quads' }).parse(out.result);
    text = getExporter(format).write(quads);
  } else if (format === 'table') {
    text = formatTable(JSON.parse(out.result) as SparqlJson, options.width ?? 120);
  } else {
    text = out.result.endsWith('\n') || out.result.length === 0 ? out.result : `${out.result}\n`;
  }
  return { form, text, messages };
}



const REMOTE_ACCEPT: Record<string, string> = {
  json: 'application/sparql-results+json',
  table: 'application/sparql-results+json',
  csv: 'text/csv',
  tsv: 'text/tab-separated-values',
};

/** The same query and output formats against a remote store (SPARQL 1.1 Protocol). */
async function remoteText(endpoint: string, query: string, form: QueryForm, format: string, options: QueryOptions): Promise<string> {
  const graphForm = form === 'construct' || form === 'describe';
  const accept = graphForm ? 'application/n-triples, text/turtle;q=0.9' : REMOTE_ACCEPT[format]!;
  const { body, contentType } = await queryRemote(endpoint, query, { accept, timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS });
  if (graphForm) {
    const type = contentType.split(';')[0]!.trim();
    let quads: Quad[];
    try {
      quads = new Parser(type === 'text/turtle' ? { format: 'text/turtle' } : { format: 'application/n-triples' }).parse(body);
    } catch (error) {
      throw new QueryError('QUERY_INVALID', `${endpoint}: the store answered ${type} that is not valid RDF: ${(error as Error).message}`);
    }
    return getExporter(format).write(quads);
  }
  if (format === 'table' || format === 'json') {
    let json: SparqlJson;
    try {
      json = JSON.parse(body) as SparqlJson;
    } catch {
      throw new QueryError('QUERY_INVALID', `${endpoint}: the store did not answer with SPARQL JSON results (content type ${contentType})`);
    }
    return format === 'table' ? formatTable(json, options.width ?? 120) : `${JSON.stringify(json)}\n`;
  }
  return body.endsWith('\n') || body.length === 0 ? body : `${body}\n`;
}
