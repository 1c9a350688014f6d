// The RDF → viewer JSON conversion, on the seed article built on the fly and
// on a small hand-written graph.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadGraph, parseRdf } from '../../src/graph/load.js';
import { quadsToViewGraph } from '../../src/view/graph-json.js';
import { NS } from '../../src/rdf/vocab.js';

const SEED = join(import.meta.dirname, '../../../shared/corpus/seed/parler-aws-2021.de.txt');
const FIXTURE = join(import.meta.dirname, 'fixtures/malicious.ttl');

describe('quadsToViewGraph', () => {
  it('turns the seed article into nodes, edges with evidence, and one article', async () => {
    const { quads } = await loadGraph([SEED]);
    const g = quadsToViewGraph(quads);
    const text = readFileSync(SEED, 'utf8');
    const parler = g.nodes.find((n) => n.label === 'Parler');
    expect(parler?.class).toBe('Platform');
    expect(g.articles).toHaveLength(1);
    expect(g.articles[0]?.lang).toBe('de');
    expect(g.edges.length).toBeGreaterThan(10);
    const ids = new Set(g.nodes.map((n) => n.id));
    for (const e of g.edges) {
      expect(ids.has(e.source) && ids.has(e.target)).toBe(true);
      // Every extracted edge carries its sentence, and the offsets point into the article.
      expect(e.sentence).toBeDefined();
      expect(text.slice(e.sentence?.start, e.sentence?.end)).toBe(e.sentence?.text);
      expect(e.rule).toMatch(/\w/);
      expect(e.article).toBe(g.articles[0]?.id);
    }
    const claims = g.edges.filter((e) => e.kind === 'claim');
    expect(claims.length).toBeGreaterThan(0);
    for (const c of claims) expect(ids.has(c.claimedBy ?? '')).toBe(true);
    // Literal objects (a founding year) are attributes, not edges to nowhere.
    expect(g.attributes.some((a) => a.subject === parler?.id && /^\d{4}$/.test(a.value))).toBe(true);
    // Predicate labels come from the ontology in both languages.
    const sued = g.predicateLabels[`${NS.kg}sued`];
    expect(sued?.de).toBeTruthy();
    expect(sued?.en).toBeTruthy();
    expect(g.classLabels['Platform']?.de).toBeTruthy();
  });

  it('keeps parallel relations between the same two entities as separate edges', async () => {
    const { quads } = await loadGraph([SEED]);
    const g = quadsToViewGraph(quads);
    const parler = g.nodes.find((n) => n.label === 'Parler')?.id;
    const amazon = g.nodes.find((n) => n.label === 'Amazon')?.id;
    const between = g.edges.filter(
      (e) => (e.source === parler && e.target === amazon) || (e.source === amazon && e.target === parler),
    );
    expect(new Set(between.map((e) => e.predicate)).size).toBeGreaterThanOrEqual(2);
  });

  it('reads a hand-written graph with plain triples, keeping labels verbatim', () => {
    const g = quadsToViewGraph(parseRdf(readFileSync(FIXTURE, 'utf8'), FIXTURE));
    expect(g.nodes.map((n) => n.label).sort()).toEqual(['<img src=x onerror=alert(1)>', 'Club & <b>Friends</b>']);
    expect(g.nodes.find((n) => n.class === 'Person')?.aliases).toEqual(['<script>alert(2)</script>']);
    // Two plain triples, one of them a self-loop; neither has evidence.
    expect(g.edges.map((e) => [e.source.split('/').pop(), e.predicate.split('#').pop(), e.target.split('/').pop()]).sort()).toEqual([
      ['Club', 'competitorOf', 'Club'],
      ['Evil', 'memberOf', 'Club'],
    ]);
    for (const e of g.edges) {
      expect(e.kind).toBe('fact');
      expect(e.sentence).toBeUndefined();
    }
  });

  it('is deterministic', async () => {
    const { quads } = await loadGraph([SEED]);
    expect(JSON.stringify(quadsToViewGraph(quads))).toBe(JSON.stringify(quadsToViewGraph([...quads].reverse())));
  });
});
