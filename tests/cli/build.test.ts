// The `kg` binary as a user runs it: help, building files, directories and
// stdin, output files written atomically, and one clear line for bad input.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, existsSync, mkdirSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Parser } from 'n3';

const root = join(import.meta.dirname, '..', '..');
const bin = join(root, 'bin', 'kg.js');
const samples = join(root, 'data', 'samples');

function kg(args: string[], input?: string | Buffer): { code: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [bin, ...args], { input, encoding: 'utf8', cwd: root });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

const ARTICLE = `Berlin – Der Softwarekonzern Nordlicht AG übernimmt das Start-up Kranich Labs. Das gab Nordlicht-Chef Jonas Berger am Montag bekannt. (red, 3.2.2024)\n`;

function tmp(): string {
  return mkdtempSync(join(tmpdir(), 'kg-cli-'));
}

describe('kg CLI', () => {
  it('prints help', () => {
    const r = kg(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('build');
    expect(r.stdout).toContain('eval');
  });

  it('builds an article from stdin into Turtle that n3 parses', () => {
    const r = kg(['build', '-'], ARTICLE);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const quads = new Parser().parse(r.stdout);
    expect(quads.length).toBeGreaterThan(10);
    const preds = new Set(quads.map((q) => q.predicate.value.split('#').pop()));
    expect(preds.has('acquired')).toBe(true);
  });

  it('builds the bundled samples deterministically', () => {
    const a = kg(['build', samples, '-f', 'nquads']);
    const b = kg(['build', samples, '-f', 'nquads']);
    expect(a.code).toBe(0);
    expect(a.stdout.length).toBeGreaterThan(1000);
    expect(a.stdout).toBe(b.stdout);
  });

  it('writes -o atomically and leaves no temp file', () => {
    const dir = tmp();
    const out = join(dir, 'g.ttl');
    const r = kg(['build', '-', '-o', out], ARTICLE);
    expect(r.code).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('@prefix');
    expect(readdirSync(dir)).toEqual(['g.ttl']);
  });

  it('keeps an existing output file when the build fails', () => {
    const dir = tmp();
    const out = join(dir, 'keep.ttl');
    writeFileSync(out, 'precious');
    const r = kg(['build', join(dir, 'missing.txt'), '-o', out]);
    expect(r.code).not.toBe(0);
    expect(readFileSync(out, 'utf8')).toBe('precious');
    expect(readdirSync(dir)).toEqual(['keep.ttl']);
  });

  const bad: Array<[string, (dir: string) => string[], RegExp]> = [
    ['a missing path', (d) => ['build', join(d, 'nope.txt')], /nope\.txt/],
    ['an empty file', (d) => (writeFileSync(join(d, 'empty.txt'), ''), ['build', join(d, 'empty.txt')]), /empty\.txt/],
    ['a directory without articles', (d) => (mkdirSync(join(d, 'none')), ['build', join(d, 'none')]), /none/],
    ['a binary file', (d) => (writeFileSync(join(d, 'bin.txt'), Buffer.from([0, 1, 2, 3, 0, 255, 0, 7])), ['build', join(d, 'bin.txt')]), /bin\.txt/],
    ['an unknown format', () => ['build', '-', '-f', 'rdfxml'], /rdfxml/],
  ];
  for (const [name, setup, pattern] of bad) {
    it(`refuses ${name} with one line and a non-zero exit`, () => {
      const dir = tmp();
      const r = kg(setup(dir), ARTICLE);
      expect(r.code).not.toBe(0);
      expect(r.stdout).toBe('');
      const lines = r.stderr.trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(pattern);
    });
  }

  it('decodes Windows-1252 text with a warning', () => {
    const dir = tmp();
    const file = join(dir, 'latin.txt');
    writeFileSync(file, Buffer.from('Wien – Die Firma Grünwald GmbH klagt gegen die Stadt. Der Geschäftsführer äußerte sich nicht. (red, 1.3.2022)\n', 'latin1'));
    const r = kg(['build', file]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/latin\.txt.*(1252|UTF-8)/i);
    expect(r.stdout).toContain('Grünwald');
    expect(existsSync(file)).toBe(true);
  });
});
