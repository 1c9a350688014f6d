// Collects the articles a user names: .txt and .md files, directories searched
// recursively (sorted, hidden entries skipped), and "-" for stdin. Every
// problem is an InputError naming the file.
import { readFile, readdir, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { InputError } from '../errors.js';
import { decode } from './decode.js';

export interface RawInput {
  fileName: string;
  text: string;
  encoding: string;
  warnings: string[];
}

const ARTICLE = /\.(txt|md)$/i;

export async function readInputs(inputs: string[], opts: { stdin?: NodeJS.ReadableStream } = {}): Promise<RawInput[]> {
  const out: RawInput[] = [];
  for (const input of inputs) {
    if (input === '-') {
      out.push(toRaw('stdin', await readStream(opts.stdin ?? process.stdin)));
      continue;
    }
    const info = await stat(input).catch(() => undefined);
    if (info === undefined) throw new InputError('INPUT_MISSING', 'no such file or directory', input);
    if (info.isDirectory()) {
      const files = await articlesIn(input);
      if (files.length === 0) throw new InputError('INPUT_NO_ARTICLES', 'directory contains no .txt or .md articles', input);
      for (const file of files) out.push(toRaw(file, await readFile(file), relative(input, file) === '' ? file : file));
    } else out.push(toRaw(input, await readFile(input)));
  }
  return out;
}

function toRaw(fileName: string, bytes: Uint8Array, shown = fileName): RawInput {
  const decoded = decode(bytes, shown);
  if (decoded.text.trim() === '') throw new InputError('INPUT_EMPTY', 'file is empty', shown);
  return { fileName: shown, text: decoded.text, encoding: decoded.encoding, warnings: decoded.warning === undefined ? [] : [decoded.warning] };
}

async function articlesIn(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const files: string[] = [];
  for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    if (e.name.startsWith('.')) continue;
    const path = join(dir, e.name);
    if (e.isDirectory()) files.push(...(await articlesIn(path)));
    else if (e.isFile() && ARTICLE.test(e.name)) files.push(path);
  }
  return files;
}

async function readStream(stream: NodeJS.ReadableStream): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks);
}
