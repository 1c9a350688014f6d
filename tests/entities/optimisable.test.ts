// The name recogniser's main function is large; V8 gives up optimising a
// function whose bytecode passes --max-optimized-bytecode-size (60 KiB by
// default), and in sessions 36 and 39 a few added lines tipped it over, which
// made every build slower. This guard reads the bytecode length V8 reports for
// it after building one article.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');

it('keeps recognizeNames under V8\'s size limit for optimisation', () => {
  const dir = join(root, 'data', 'samples');
  const sample = readdirSync(dir).find((f) => f.endsWith('.de.txt'))!;
  const script = `const { analyseArticle, makeArticle } = await import(${JSON.stringify(join(root, 'dist', 'index.js'))});
const fs = await import('node:fs');
analyseArticle(makeArticle({ text: fs.readFileSync(${JSON.stringify(join(dir, sample))}, 'utf8'), fileName: 'x.de.txt' }));`;
  const run = spawnSync(process.execPath, ['--print-bytecode', '--print-bytecode-filter=recognizeNames', '--input-type=module', '-e', script], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const length = /Bytecode length: (\d+)/.exec(run.stdout)?.[1];
  expect(length, run.stderr.slice(0, 500)).toBeDefined();
  expect(Number(length)).toBeLessThan(60 * 1024);
}, 60_000);
