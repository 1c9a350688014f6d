// Reads the articles named on the command line: files (any extension),
// directories (recursively, .txt and .md only, sorted by path) and "-" for
// stdin. Text is decoded but never otherwise changed, so offsets refer to it.
import { readFile, readdir, stat, realpath } from 'node:fs/promises';
import { readFileSync, realpathSync } from 'node:fs';
import { extname, join } from 'node:path';
import { InputError } from '../errors.js';
import { decode } from './decode.js';

export interface RawInput {
  /** Path as given (joined with the directory it was found in), or "stdin". */
  fileName: string;
  text: string;
  encoding: string;
  warnings: string[];
}

const ARTICLE_EXTENSIONS = new Set(['.txt', '.md']);

function display(path: string): string {
  return path.split('\\').join('/');
}

async function readStream(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk));
  return Buffer.concat(chunks);
}

function toRaw(bytes: Uint8Array, fileName: string): RawInput {
  const decoded = decode(bytes, fileName);
  if (decoded.text.trim() === '') throw new InputError('INPUT_EMPTY', 'is empty; an article needs some text', fileName);
  return { fileName, ...decoded };
}

/** Article files under `dir`, skipping hidden entries and following each real directory once. */
async function listArticles(dir: string, seen: Set<string>): Promise<string[]> {
  const real = await realpath(dir);
  if (seen.has(real)) return [];
  seen.add(real);
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    // Hidden entries, and the README a folder of articles often has, are not articles.
    if (entry.name.startsWith('.') || /^readme\.(md|txt)$/i.test(entry.name)) continue;
    const path = join(dir, entry.name);
    const info = entry.isSymbolicLink() ? await stat(path).catch(() => undefined) : entry;
    if (info?.isDirectory()) out.push(...(await listArticles(path, seen)));
    else if (info?.isFile() && ARTICLE_EXTENSIONS.has(extname(entry.name).toLowerCase())) out.push(path);
  }
  return out;
}

/** One article source: a file path or standard input. */
export type InputItem = { kind: 'file'; path: string } | { kind: 'stdin' };

/** Resolves the command-line inputs to article files in a stable order (directories sorted, duplicates dropped). */
export async function listInputs(inputs: string[]): Promise<InputItem[]> {
  const out: InputItem[] = [];
  const done = new Set<string>();
  for (const input of inputs) {
    if (input === '-') {
      out.push({ kind: 'stdin' });
      continue;
    }
    const info = await stat(input).catch(() => undefined);
    if (!info) throw new InputError('INPUT_MISSING', 'no such file or directory; check the path', display(input));
    let files = [input];
    if (info.isDirectory()) {
      // Sort by code units, not locale, so the order is the same everywhere.
      files = (await listArticles(input, new Set())).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
      if (files.length === 0) {
        throw new InputError('INPUT_NO_ARTICLES', 'directory has no .txt or .md files; point kg at article files', display(input));
      }
    }
    for (const file of files) {
      // Synchronous: thousands of small calls are faster without the thread pool.
      const key = realpathSync(file);
      if (done.has(key)) continue;
      done.add(key);
      out.push({ kind: 'file', path: file });
    }
  }
  return out;
}

/** Reads and decodes one article file. */
export async function readInputFile(file: string): Promise<RawInput> {
  const bytes = await readFile(file).catch((error: NodeJS.ErrnoException) => {
    throw new InputError('INPUT_MISSING', `cannot read file (${error.code ?? error.message})`, display(file));
  });
  return toRaw(bytes, display(file));
}

/** The same, synchronously: many small files read faster without the thread pool. */
export function readInputFileSync(file: string): RawInput {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    throw new InputError('INPUT_MISSING', `cannot read file (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`, display(file));
  }
  return toRaw(bytes, display(file));
}

/** Reads standard input (or the given stream) as one article. */
export async function readStdin(stream: NodeJS.ReadableStream = process.stdin): Promise<RawInput> {
  return toRaw(await readStream(stream), 'stdin');
}

export async function readInputs(inputs: string[], opts: { stdin?: NodeJS.ReadableStream } = {}): Promise<RawInput[]> {
  const out: RawInput[] = [];
  for (const item of await listInputs(inputs)) {
    out.push(item.kind === 'stdin' ? await readStdin(opts.stdin) : await readInputFile(item.path));
  }
  return out;
}
