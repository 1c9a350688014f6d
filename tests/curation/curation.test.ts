// A curation file corrects the graph on every build: merge two entities, fix a
// type, reject a statement, add a fact. Tested through the real CLI.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Parser, type Quad } from 'n3';

const root = join(import.meta.dirname, '..', '..');
const KG = 'https://w3id.org/kg-news/ontology#';
const ARTICLE = 'Graz – Der Konzern Nordlicht übernimmt das Start-up Kranich Labs. Die Firma Silbermond verklagte den Konzern Nordlicht. Lumora-Chef Anton Reiter lobte die Firma NL Group. (red, 3.2.2024)\n';

function build(curation?: string): { quads: Quad[]; stderr: string; code: number } {
  const dir = mkdtempSync(join(tmpdir(), 'kg-cur-'));
  const args = [join(root, 'bin', 'kg.js'), 'build', '-', '-f', 'nquads'];
  if (curation !== undefined) {
    writeFileSync(join(dir, 'curation.yaml'), curation);
    args.push('--curation', join(dir, 'curation.yaml'));
  }
  const r = spawnSync(process.execPath, args, { input: ARTICLE, encoding: 'utf8' });
  return { quads: r.status === 0 ? new Parser({ format: 'N-Quads' }).parse(r.stdout) : [], stderr: r.stderr, code: r.status ?? -1 };
}

const label = (quads: Quad[], iri: string): string | undefined =>
  quads.find((q) => q.subject.value === iri && q.predicate.value.endsWith('#label'))?.object.value;
const asserted = (quads: Quad[], p: string): string[] =>
  quads.filter((q) => q.predicate.value === KG + p).map((q) => `${label(quads, q.subject.value)} ${p} ${q.object.termType === 'Literal' ? q.object.value : label(quads, q.object.value)}`);

describe('kg build --curation', () => {
  it('without curation, the extraction is as it is', () => {
    const { quads } = build();
    const named = (re: RegExp) => new Set(quads.filter((q) => q.object.termType === 'Literal' && re.test(q.object.value)).map((q) => q.subject.value));
    expect(named(/^(Nordlicht|NL Group)$/).size).toBe(2);
    expect(asserted(quads, 'acquired')).toContain('Nordlicht acquired Kranich Labs');
    expect(asserted(quads, 'sued')).toContain('Silbermond sued Nordlicht');
  });

  it('merges, retypes, rejects and adds', () => {
    const { quads, code, stderr } = build(
      [
        'merge:',
        '  - [Nordlicht, NL Group]',
        'type:',
        '  Silbermond: Person',
        'reject:',
        '  - [Silbermond, sued, Nordlicht]',
        'add:',
        '  - [Anton Reiter, worksFor, Nordlicht]',
        '  - [Kranich Labs, foundedIn, "2019"]',
      ].join('\n'),
    );
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(asserted(quads, 'sued')).toEqual([]);
    expect(asserted(quads, 'worksFor')).toContain('Anton Reiter worksFor Nordlicht');
    expect(asserted(quads, 'foundedIn')).toContain('Kranich Labs foundedIn 2019');
    const named = (re: RegExp) => new Set(quads.filter((q) => q.object.termType === 'Literal' && re.test(q.object.value) && /label$/i.test(q.predicate.value)).map((q) => q.subject.value));
    expect(named(/^(Nordlicht|NL Group)$/).size).toBe(1);
    const silbermond = quads.find((q) => q.object.value === 'Silbermond')!.subject.value;
    expect(quads.some((q) => q.subject.value === silbermond && q.object.value === KG + 'Person')).toBe(true);
    const rules = quads.filter((q) => q.predicate.value === KG + 'rule').map((q) => q.object.value);
    expect(rules).toContain('curation');
  });

  it('refuses a curation file with an unknown relation, naming the file', () => {
    const r = build('add:\n  - [A, boughtStuff, B]\n');
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/curation\.yaml.*boughtStuff/);
  });

  it('warns about names that match nothing', () => {
    const r = build('reject:\n  - [Nobody, sued, Nordlicht]\n');
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/Nobody/);
  });
});
