// Loading a graph for the commands that read one (query, neighbors, view,
// push…): each input is either an exported RDF file (Turtle, TriG,
// N-Triples, N-Quads), read as it is, or articles (files, directories, "-"),
// built on the fly. Malformed RDF is reported with file and line.
import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import type { Quad } from 'n3';
import { Parser } from '../rdf/n3.js';
import { InputError } from '../errors.js';
import { build } from '../pipeline.js';
import { resolveSettings, type BuildSettings } from '../settings.js';
import type { Message } from '../types.js';

/** RDF file extensions read as graphs, with the n3 parser format for each. */
export const RDF_EXTENSIONS: Readonly<Record<string, string>> = {
  '.ttl': 'text/turtle',
  '.turtle': 'text/turtle',
  '.trig': 'application/trig',
  '.nt': 'application/n-triples',
  '.nq': 'application/n-quads',
};

export interface LoadedGraph {
  quads: Quad[];
  messages: Message[];
  /** The inputs that were RDF files (read) and those that were articles (built). */
  rdfFiles: string[];
  articleInputs: string[];
}

export function isRdfFile(path: string): boolean {
  return Object.hasOwn(RDF_EXTENSIONS, extname(path).toLowerCase());
}

/** Parses RDF text; a syntax error becomes one line naming the file and line. */
export function parseRdf(text: string, file: string): Quad[] {
  const format = RDF_EXTENSIONS[extname(file).toLowerCase()] ?? 'application/trig';
  try {
    return new Parser({ format }).parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const line = /on line (\d+)/.exec(message)?.[1];
    const clean = message.replace(/\s*on line \d+\.?/, '').replace(/\.$/, '');
    throw new InputError('DATA_INVALID', `${line === undefined ? '' : `line ${line}: `}not valid RDF: ${clean}`, file);
  }
}

/** Reads RDF files and builds article inputs into one list of quads. */
export async function loadGraph(inputs: string[], settings: BuildSettings = resolveSettings()): Promise<LoadedGraph> {
  const rdfFiles: string[] = [];
  const articleInputs: string[] = [];
  for (const input of inputs) {
    if (input !== '-' && isRdfFile(input)) rdfFiles.push(input);
    else articleInputs.push(input);
  }
  const quads: Quad[] = [];
  const messages: Message[] = [];
  for (const file of rdfFiles) {
    let text: string;
    try {
      if (!(await stat(file)).isFile()) throw new InputError('INPUT_MISSING', 'not a file', file);
      text = await readFile(file, 'utf8');
    } catch (error) {
      if (error instanceof InputError) throw error;
      throw new InputError('INPUT_MISSING', 'no such file', file);
    }
    for (const q of parseRdf(text, file)) quads.push(q);
  }
  if (articleInputs.length > 0) {
    const result = await build(articleInputs, settings);
    for (const q of result.quads) quads.push(q);
    messages.push(...result.messages);
  }
  return { quads, messages, rdfFiles, articleInputs };
}
