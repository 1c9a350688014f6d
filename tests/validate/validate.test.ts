// SHACL validation: the shapes file is generated from the ontology and kept
// current; it catches wrong domains, ranges, dates and missing evidence; and
// the builder's own output conforms for every article we have.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Parser } from 'n3';
import { validateGraph, DEFAULT_SHAPES_PATH } from '../../src/validate/validate.js';
import { shapesTurtle } from '../../src/validate/shapes.js';
import { loadOntology } from '../../src/rdf/ontology.js';
import { build } from '../../src/pipeline.js';

const root = join(import.meta.dirname, '..', '..');

function articles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) return articles(p);
    return /\.(txt|md)$/.test(f) && f !== 'README.md' ? [p] : [];
  });
}

const PREFIXES = `@prefix kg: <https://w3id.org/kg-news/ontology#>. @prefix e: <http://example.org/>.
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>. @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#>.
@prefix prov: <http://www.w3.org/ns/prov#>. @prefix xsd: <http://www.w3.org/2001/XMLSchema#>.\n`;

async function violations(ttl: string): Promise<string[]> {
  const report = await validateGraph(new Parser().parse(PREFIXES + ttl));
  return report.violations.map((v) => `${v.focusNode.replace('http://example.org/', '')}: ${v.message}`);
}

describe('kg validate', () => {
  it('ships shapes that match the ontology (regenerate with scripts/make-shapes.mjs)', () => {
    expect(readFileSync(DEFAULT_SHAPES_PATH, 'utf8')).toBe(shapesTurtle(loadOntology()));
  });

  it('accepts subclasses where the ontology names the superclass', async () => {
    expect(await violations('e:A a kg:Company; rdfs:label "A"@de. e:B a kg:Platform; rdfs:label "B"@de. e:A kg:sued e:B.')).toEqual([]);
  });

  it('reports wrong domain and range, a bad year, a missing label', async () => {
    const found = await violations('e:C a kg:Product; rdfs:label "C". e:D a kg:Company; rdfs:label "D". e:C kg:sued e:D. e:D kg:foundedIn "2018". e:P a kg:Person.');
    expect(found).toEqual([
      'C: the subject of kg:sued must be a Person or Organization or Group or Place',
      'D: the value of kg:foundedIn must be a gYear',
      'P: every Person needs a non-empty rdfs:label',
    ]);
  });

  it('reports a statement without evidence or rule, and a malformed event date', async () => {
    const found = await violations('e:S a rdf:Statement; rdf:subject e:A; rdf:predicate kg:sued; rdf:object e:B; kg:eventDate "next week".');
    expect(found).toHaveLength(3);
    expect(found.join('\n')).toMatch(/names the rule/);
    expect(found.join('\n')).toMatch(/every statement has evidence/);
    expect(found.join('\n')).toMatch(/event date is an xsd:date/);
  });

  it('passes the builder output of every corpus and sample article', async () => {
    const files = [
      ...articles(join(root, '..', 'shared', 'corpus')),
      ...articles(join(root, 'tests', 'corpus')),
      ...articles(join(root, 'data', 'samples')),
    ];
    expect(files.length).toBeGreaterThan(20);
    const failures: string[] = [];
    // (Articles in batches of 25, each batch one graph: validating a graph costs about the same whatever its size up
    // to a few thousand triples, so one validation per article took most of this test's time.)
    for (let i = 0; i < files.length; i += 25) {
      const batch = files.slice(i, i + 25);
      const { quads } = await build(batch);
      const report = await validateGraph(quads);
      for (const v of report.violations) failures.push(`${batch[0]} …: ${v.focusNode} ${v.message}`);
    }
    expect(failures).toEqual([]);
  }, 600_000);
});
