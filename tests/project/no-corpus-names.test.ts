// World knowledge lives in data files: no source file may name an entity of
// the shared corpus articles (checked against the gold files' labels).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const corpus = join(root, '..', 'shared', 'corpus');

function files(dir: string, ext: RegExp): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? files(p, ext) : ext.test(name) ? [p] : [];
  });
}

describe('src/ names no corpus entity', () => {
  it('has no label of a gold entity outside comments', () => {
    const labels = new Set<string>();
    for (const gold of files(corpus, /\.gold\.json$/)) {
      const g = JSON.parse(readFileSync(gold, 'utf8')) as { entities: Record<string, { labels?: string[] }> };
      for (const e of Object.values(g.entities)) for (const l of e.labels ?? []) if (l.length > 3) labels.add(l);
    }
    expect(labels.size).toBeGreaterThan(20);
    const hits: string[] = [];
    for (const file of files(join(root, 'src'), /\.ts$/)) {
      const code = readFileSync(file, 'utf8')
        .split('\n')
        .filter((line) => !/^\s*(\/\/|\*|\/\*)/.test(line))
        .join('\n');
      for (const label of labels) {
        const re = new RegExp(`(^|[^\\p{L}])${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?!-\\d)([^\\p{L}]|$)`, 'u');
        if (re.test(code)) hits.push(`${file}: ${label}`);
      }
    }
    expect(hits).toEqual([]);
  });
});
