import { mkdtemp, mkdir, writeFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { readInputs } from '../../src/text/read-input.js';
import { decode, decodeWindows1252 } from '../../src/text/decode.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kg-read-input-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function expectInputError(promise: Promise<unknown>, code: string): Promise<InputError> {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(InputError);
  expect((error as InputError).code).toBe(code);
  expect((error as InputError).message).not.toContain('\n');
  return error as InputError;
}

describe('decode', () => {
  it('decodes UTF-8 and strips only the BOM', () => {
    const text = 'Grüße aus Köln.\r\nZweite Zeile.';
    const result = decode(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]), 'a.txt');
    expect(result).toEqual({ text, encoding: 'utf-8', warnings: [] });
  });

  it('falls back to Windows-1252 with a warning', () => {
    const bytes = Buffer.concat([Buffer.from('Gerichtsbeschluss über Maßnahmen', 'latin1'), Buffer.from([0x20, 0x84, 0x61, 0x93, 0x20, 0x96, 0x20, 0x80])]);
    const result = decode(bytes, 'old.txt');
    expect(result.text).toBe('Gerichtsbeschluss über Maßnahmen „a“ – €');
    expect(result.encoding).toBe('windows-1252');
    expect(result.warnings).toEqual(['old.txt: not valid UTF-8, decoded as Windows-1252']);
    expect(decodeWindows1252(Buffer.from([0x81]))).toBe('\u0081');
  });

  it('decodes UTF-16 with a BOM', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Straße 1', 'utf16le')]);
    expect(decode(le, 'x')).toMatchObject({ text: 'Straße 1', encoding: 'utf-16le' });
    const be = Buffer.from(le.subarray(2)).swap16();
    expect(decode(Buffer.concat([Buffer.from([0xfe, 0xff]), be]), 'x')).toMatchObject({ text: 'Straße 1', encoding: 'utf-16be' });
  });

  it('refuses binary data', () => {
    expect(() => decode(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]), 'img.png')).toThrow(InputError);
    const controls = Buffer.alloc(200, 0x41);
    for (let i = 0; i < 200; i += 4) controls[i] = 0x02;
    expect(() => decode(controls, 'x.bin')).toThrow(expect.objectContaining({ code: 'INPUT_BINARY' }));
  });
});

describe('readInputs', () => {
  it('reads directories recursively in path order, skipping hidden and other files', async () => {
    const root = join(dir, 'corpus');
    await mkdir(join(root, 'b', 'deep'), { recursive: true });
    await mkdir(join(root, '.hidden'), { recursive: true });
    await writeFile(join(root, 'b', 'deep', 'z.md'), '# Titel\nText hier.');
    await writeFile(join(root, 'a.txt'), 'Erster Artikel.');
    await writeFile(join(root, 'B.TXT'), 'Großes B.');
    await writeFile(join(root, 'a.gold.json'), '{}');
    await writeFile(join(root, 'notes.csv'), 'x,y');
    await writeFile(join(root, '.hidden', 'h.txt'), 'versteckt');
    const result = await readInputs([root]);
    expect(result.map((r) => r.fileName)).toEqual([join(root, 'B.TXT'), join(root, 'a.txt'), join(root, 'b', 'deep', 'z.md')]);
    expect(result[1]).toEqual({ fileName: join(root, 'a.txt'), text: 'Erster Artikel.', encoding: 'utf-8', warnings: [] });
  });

  it('accepts an explicit file with any extension and skips duplicates', async () => {
    const file = join(dir, 'article.text');
    await writeFile(file, 'Ein Text.');
    const result = await readInputs([file, file]);
    expect(result.map((r) => r.text)).toEqual(['Ein Text.']);
  });

  it('reads stdin for "-"', async () => {
    const result = await readInputs(['-'], { stdin: Readable.from([Buffer.from('Von der '), Buffer.from('Standardeingabe.')]) });
    expect(result).toEqual([{ fileName: 'stdin', text: 'Von der Standardeingabe.', encoding: 'utf-8', warnings: [] }]);
  });

  it('reports missing, empty, binary and article-less inputs', async () => {
    const missing = await expectInputError(readInputs([join(dir, 'nope.txt')]), 'INPUT_MISSING');
    expect(missing.file).toBe(join(dir, 'nope.txt'));
    await writeFile(join(dir, 'empty.txt'), ' \n\t\n');
    await expectInputError(readInputs([join(dir, 'empty.txt')]), 'INPUT_EMPTY');
    await expectInputError(readInputs(['-'], { stdin: Readable.from([]) }), 'INPUT_EMPTY');
    await writeFile(join(dir, 'pic.txt'), Buffer.from([0x47, 0x49, 0x46, 0x00, 0x00, 0x10]));
    await expectInputError(readInputs([join(dir, 'pic.txt')]), 'INPUT_BINARY');
    await mkdir(join(dir, 'nothing'));
    await writeFile(join(dir, 'nothing', 'x.gold.json'), '{}');
    await expectInputError(readInputs([join(dir, 'nothing')]), 'INPUT_NO_ARTICLES');
  });

  it('reads a 20 MB article', async () => {
    const file = join(dir, 'big.txt');
    await writeFile(file, 'Ein Satz über Maßnahmen. '.repeat(800_000));
    const [raw] = await readInputs([file]);
    expect(raw!.text.length).toBe(25 * 800_000);
  });
});
