// Corpus builds through the binary: the same bytes with 1 and 2 workers,
// a cache that skips unchanged articles, is invalidated by a rule change only
// for the language it concerns, detects damaged entries, and an interrupted
// build that leaves no output and a usable cache; warm builds whatever articles
// changed, and long articles.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync, appendFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pipelineVersion } from '../../src/corpus/version.js';

const root = join(import.meta.dirname, '..', '..');
const bin = join(root, 'bin', 'kg.js');

function kg(args: string[], cwd = root): { code: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', cwd, maxBuffer: 1 << 26 });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** A scratch corpus: our samples and the shared articles, copied. */
function corpus(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kg-corpus-'));
  cpSync(join(root, 'data', 'samples'), join(dir, 'samples'), { recursive: true });
  cpSync(join(root, '..', 'shared', 'corpus'), join(dir, 'shared'), { recursive: true, filter: (src) => !src.endsWith('.json') });
  return dir;
}

function cacheFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((d) => readdirSync(join(dir, d)).filter((f) => f.endsWith('.entry')).map((f) => join(dir, d, f)));
}

describe('kg build over a corpus', () => {
  it('writes the same bytes with one and with two workers, in every streamed format', () => {
    const dir = corpus();
    for (const format of ['turtle', 'trig', 'nquads']) {
      const one = kg(['build', dir, '-f', format, '-j', '1', '-q']);
      const two = kg(['build', dir, '-f', format, '-j', '2', '-q']);
      expect(one.code).toBe(0);
      expect(one.stdout.length).toBeGreaterThan(1000);
      expect(two.stdout).toBe(one.stdout);
    }
  });

  it('ends with a summary on stderr, and prints nothing with --quiet', () => {
    const dir = corpus();
    const r = kg(['build', dir, '-o', join(dir, 'out.ttl')]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^kg: built (\d+) articles: \d+ entities, \d+ triples, \d+ facts, \d+ claims, \d+ warnings? in [\d.]+ s$/m);
    const n = Number(/built (\d+) articles/.exec(r.stderr)![1]);
    expect(n).toBe(readdirSync(join(dir, 'samples')).filter((f) => f.endsWith('.txt')).length + 7);
    expect(kg(['build', dir, '-q', '-o', join(dir, 'out2.ttl')]).stderr).toBe('');
  });

  it('reuses unchanged articles from the cache and rebuilds exactly the changed ones', () => {
    const dir = corpus();
    const cache = join(dir, '.cache');
    const cold = kg(['build', dir, '--cache', cache, '-f', 'trig']);
    expect(cold.stderr).not.toMatch(/from cache/);
    const entries = cacheFiles(cache);
    expect(entries.length).toBeGreaterThan(5);
    const warm = kg(['build', dir, '--cache', cache, '-f', 'trig']);
    expect(warm.stdout).toBe(cold.stdout);
    const total = Number(/built (\d+) articles/.exec(warm.stderr)![1]);
    expect(warm.stderr).toContain(`(${total} from cache)`);
    // Change one article: only it is analysed again.
    appendFileSync(join(dir, 'samples', 'epic-apple-2020.de.txt'), '\nEin weiterer Absatz ohne Belang.\n');
    const changed = kg(['build', dir, '--cache', cache, '-f', 'trig']);
    expect(changed.stderr).toContain(`(${total - 1} from cache)`);
  });

  it('detects a truncated or tampered cache entry and rebuilds it', () => {
    const dir = corpus();
    const cache = join(dir, '.cache');
    const cold = kg(['build', join(dir, 'samples'), '--cache', cache, '-f', 'nquads', '-q']);
    const [first, second] = cacheFiles(cache);
    const text = readFileSync(first!, 'utf8');
    writeFileSync(first!, text.slice(0, text.length / 2));
    const body = readFileSync(second!, 'utf8');
    writeFileSync(second!, body.slice(0, body.indexOf('\n') + 1) + body.slice(body.indexOf('\n') + 1).replace(/kg-news/, 'kg-nexs'));
    const r = kg(['build', join(dir, 'samples'), '--cache', cache, '-f', 'nquads']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(cold.stdout);
    expect(r.stderr).toMatch(/is truncated \(\d+ of \d+ bytes\); rebuilt/);
    expect(r.stderr).toMatch(/fails its checksum; rebuilt/);
    expect(r.stderr).toContain('(2 from cache)');
  });

  it('rebuilds articles changed anywhere in the corpus, the first one included, with the same bytes as an uncached build', () => {
    const dir = corpus();
    const cache = join(dir, '.cache');
    const samples = join(dir, 'samples');
    kg(['build', samples, '--cache', cache, '-f', 'nquads', '-j', '2', '-q']);
    const files = readdirSync(samples).filter((f) => f.endsWith('.txt')).sort();
    for (const f of [files[0]!, files[files.length - 1]!]) appendFileSync(join(samples, f), '\nDie Firma Kranich Labs gehört nun zur Nordlicht AG.\n');
    const warm = kg(['build', samples, '--cache', cache, '-f', 'nquads', '-j', '2']);
    expect(warm.code).toBe(0);
    expect(warm.stderr).toContain(`(${files.length - 2} from cache)`);
    expect(warm.stdout).toBe(kg(['build', samples, '-f', 'nquads', '-j', '1', '-q']).stdout);
  });

  it('builds a corpus with an article of a million characters (analysed on the main thread, outside the capped worker heaps) to the same bytes as one thread, and caches it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kg-corpus-'));
    cpSync(join(root, 'data', 'samples'), dir, { recursive: true });
    const text = readFileSync(join(root, 'data', 'samples', 'epic-apple-2020.de.txt'), 'utf8');
    writeFileSync(join(dir, 'long.de.txt'), `${text}\n`.repeat(Math.ceil(1_000_000 / (text.length + 1))));
    const cache = join(dir, '.cache');
    const two = kg(['build', dir, '-f', 'trig', '-j', '2', '-q', '--cache', cache]);
    expect(two.code).toBe(0);
    expect(two.stdout).toContain('long.de.txt');
    expect(two.stdout).toBe(kg(['build', dir, '-f', 'trig', '-j', '1', '-q']).stdout);
    // Cached like any other article.
    expect(kg(['build', dir, '-f', 'trig', '-j', '2', '--cache', cache]).stderr).toMatch(/built (\d+) articles \(\1 from cache\)/);
  }, 120_000);

  it('splits the pipeline version so a German rule change leaves English articles alone', () => {
    const v = pipelineVersion();
    expect(v.lang.de).not.toBe(v.lang.en);
    expect(v.common).toMatch(/^[0-9a-f]{32}$/);
  });

  it('leaves no output and a usable cache when interrupted', async () => {
    const dir = corpus();
    // Enough articles that the build is still running when interrupted.
    const many = join(dir, 'many');
    mkdirSync(many);
    const text = readFileSync(join(root, 'data', 'samples', 'epic-apple-2020.de.txt'), 'utf8');
    for (let i = 0; i < 300; i++) writeFileSync(join(many, `a${String(i).padStart(3, '0')}.de.txt`), `${text}\nMeldung ${i}.\n`);
    const out = join(dir, 'graph.ttl');
    writeFileSync(out, 'existing graph');
    const cache = join(dir, '.cache');
    const child = spawn(process.execPath, [bin, 'build', many, '-o', out, '--cache', cache, '-j', '2'], { cwd: root });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    // Interrupt once some articles are in the cache.
    const started = Date.now();
    while (cacheFiles(cache).length < 5 && Date.now() - started < 60_000) await new Promise((r) => setTimeout(r, 100));
    child.kill('SIGINT');
    const code = await new Promise<number>((r) => child.on('close', (c) => r(c ?? -1)));
    expect(code).not.toBe(0);
    expect(stderr).toMatch(/interrupted; no output written/);
    expect(readFileSync(out, 'utf8')).toBe('existing graph');
    expect(readdirSync(dir).filter((f) => f.includes('.tmp'))).toEqual([]);
    const cached = cacheFiles(cache).length;
    expect(cached).toBeGreaterThan(0);
    expect(cached).toBeLessThan(300);
    // The next run resumes from the cache and completes.
    const again = kg(['build', many, '-o', out, '--cache', cache, '-j', '2']);
    expect(again.code).toBe(0);
    expect(Number(/\((\d+) from cache\)/.exec(again.stderr)?.[1])).toBeGreaterThanOrEqual(cached);
    expect(statSync(out).size).toBeGreaterThan(1000);
  }, 180_000);
});
