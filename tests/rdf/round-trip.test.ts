// The graph kg writes must parse in two independent tools, Debian's rapper
// (raptor2) and Python's rdflib, with the same number of triples/quads that
// n3 reads back. Both tools are installed by .ci/run; if they are missing the
// test fails with a message saying so.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Parser } from 'n3';
import { analyseArticle } from '../../src/analyse.js';
import { docsToQuads } from '../../src/rdf/quads.js';
import { getExporter } from '../../src/export/exporters.js';
import { article } from '../pipeline/helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'kg-rt-'));
const texts = [
  'Graz – Der Konzern Nordlicht übernimmt das Start-up "Kranich Labs". Die Firma Silbermond behauptete, Nordlicht habe sich mit dem Händler Fernweh abgesprochen. (red, 3.2.2024)',
  'Wien – Das Start-up Wolkenbruch wurde 2016 von Petra Kowalczyk gegründet. Der Konzern Nordlicht übernimmt die Firma Zentrix <img src=x onerror=alert(1)> für 2 Millionen Euro. Nordlicht-Chef Anton Reiter schwieg. (APA, 4.2.2024)',
];
const docs = texts.map((t, i) => analyseArticle({ ...article(t), id: `a${i}`, fileName: `a${i}.txt`, hash: String(i).repeat(64) }));
const quads = docsToQuads(docs);

function tool(cmd: string, args: string[]): string {
  try {
    return execFileSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    const e = error as NodeJS.ErrnoException & { stderr?: string };
    if (e.code === 'ENOENT') throw new Error(`${cmd} is not installed: run .ci/run or apt-get install raptor2-utils python3-rdflib`);
    throw new Error(`${cmd} failed: ${e.stderr ?? e.message}`);
  }
}

const RDFLIB = `
import sys, rdflib
path, fmt = sys.argv[1], sys.argv[2]
if fmt in ('trig', 'nquads', 'json-ld'):
    g = rdflib.Dataset()
    g.parse(path, format=fmt)
    print(len(list(g.quads((None, None, None, None)))))
else:
    g = rdflib.Graph()
    g.parse(path, format=fmt)
    print(len(g))
`;

describe('independent parsers read what kg writes', () => {
  expect(quads.length).toBeGreaterThan(40);
  const cases: Array<[string, string, string, boolean]> = [
    ['turtle', 'turtle', 'turtle', false],
    ['ntriples', 'ntriples', 'nt', false],
    ['trig', 'trig', 'trig', true],
    ['nquads', 'nquads', 'nquads', true],
  ];
  for (const [format, rapperName, rdflibName, graphs] of cases) {
    it(`${format}: rapper and rdflib count what n3 counts`, () => {
      const text = getExporter(format).write(quads);
      const file = join(dir, `g.${format}`);
      writeFileSync(file, text);
      const n3format = { turtle: 'Turtle', ntriples: 'N-Triples', trig: 'TriG', nquads: 'N-Quads' }[format]!;
      const n3count = new Parser({ format: n3format }).parse(text).length;
      expect(graphs).toBe(getExporter(format).keepsGraphs);
      const rapper = tool('rapper', ['-q', '-i', rapperName, '-c', file]);
      expect(rapper).toBe('');
      const out = tool('rapper', ['-q', '-i', rapperName, '-o', 'ntriples', file]);
      expect(out.trim().split('\n').length).toBe(n3count);
      const count = Number(tool('/usr/bin/python3', ['-c', RDFLIB, file, rdflibName]).trim());
      expect(count).toBe(n3count);
    });
  }

  it('jsonld: rdflib reads the same quads as N-Quads holds', () => {
    const file = join(dir, 'g.jsonld');
    writeFileSync(file, getExporter('jsonld').write(quads));
    const nq = new Parser({ format: 'N-Quads' }).parse(getExporter('nquads').write(quads)).length;
    expect(Number(tool('/usr/bin/python3', ['-c', RDFLIB, file, 'json-ld']).trim())).toBe(nq);
  });

  it('keeps a hostile label as a literal', () => {
    const ttl = getExporter('turtle').write(quads);
    const labels = new Parser().parse(ttl).filter((q) => q.object.termType === 'Literal').map((q) => q.object.value);
    expect(labels.some((l) => l.includes('<img src=x onerror=alert(1)>'))).toBe(true);
  });
});

describe('Turtle for Virtuoso', () => {
  it('never puts an integer right before a final dot', () => {
    for (const format of ['turtle', 'trig']) {
      const text = getExporter(format).write(quads);
      expect(text).toMatch(/kg:startOffset \d+/);
      expect(text).not.toMatch(/\s\d+\.$/m);
    }
  });
});
