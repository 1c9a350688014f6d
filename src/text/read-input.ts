// Reads the articles named on the command line: files (any extension),
// directories (recursively, .txt and .md only, sorted by path) and "-" for
// stdin. Text is decoded but never otherwise changed, so offsets refer to it.
import { readFile, readdir, stat, realpath } from 'node:fs/promises';
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
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    const info = entry.isSymbolicLink() ? await stat(path).catch(() => undefined) : entry;
    if (info?.isDirectory()) out.push(...(await listArticles(path, seen)));
    else if (info?.isFile() && ARTICLE_EXTENSIONS.has(extname(entry.name).toLowerCase())) out.push(path);
  }
  return out;
}

export async function readInputs(inputs: string[], opts: { stdin?: NodeJS.ReadableStream } = {}): Promise<RawInput[]> {
  const out: RawInput[] = [];
  const done = new Set<string>();
  for (const input of inputs) {
    if (input === '-') {
      out.push(toRaw(await readStream(opts.stdin ?? process.stdin), 'stdin'));
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
      const key = await realpath(file);
      if (done.has(key)) continue;
      done.add(key);
      const bytes = await readFile(file).catch((error: NodeJS.ErrnoException) => {
        throw new InputError('INPUT_MISSING', `cannot read file (${error.code ?? error.message})`, display(file));
      });
      out.push(toRaw(bytes, display(file)));
    }
  }
  return out;
}
