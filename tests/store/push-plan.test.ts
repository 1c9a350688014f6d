// How a push plans its requests: graphs grouped while they fit one batch,
// and INSERT DATA requests packed to a size limit without splitting a graph
// that has blank nodes.
import { describe, expect, it } from 'vitest';
import { DataFactory, type Quad } from 'n3';
import { groupParts, packSegments } from '../../src/store/plan.js';
import type { GraphPart } from '../../src/store/split.js';

const { namedNode, literal, quad, blankNode } = DataFactory;

function part(graph: string, n: number, blank = false): GraphPart {
  const triples: Quad[] = Array.from({ length: n }, (_, i) =>
    quad(blank ? blankNode(`b${i}`) : namedNode(`urn:s${i}`), namedNode('urn:p'), literal(String(i))),
  );
  return { graph, mode: 'replace', triples };
}

describe('groupParts', () => {
  it('keeps consecutive graphs together while they fit, and a large graph alone', () => {
    const groups = groupParts([part('a', 4), part('b', 5), part('c', 3), part('d', 20), part('e', 1)], 10, 100);
    expect(groups.map((g) => g.map((p) => p.graph))).toEqual([['a', 'b'], ['c'], ['d'], ['e']]);
  });

  it('limits the number of graphs per group', () => {
    const groups = groupParts(['a', 'b', 'c', 'd', 'e'].map((g) => part(g, 1)), 100, 2);
    expect(groups.map((g) => g.length)).toEqual([2, 2, 1]);
  });
});

describe('packSegments', () => {
  it('fills requests up to the limit, splitting graphs without blank nodes', () => {
    const requests = packSegments([part('a', 7), part('b', 5)], 5);
    expect(requests.map((r) => r.map((s) => `${s.part.graph}${s.triples.length}`))).toEqual([['a5'], ['a2', 'b3'], ['b2']]);
    expect(requests.flat().reduce((n, s) => n + s.triples.length, 0)).toBe(12);
  });

  it('never splits a graph with blank nodes', () => {
    const requests = packSegments([part('a', 3), part('b', 6, true), part('c', 1)], 5);
    expect(requests.map((r) => r.map((s) => `${s.part.graph}${s.triples.length}`))).toEqual([['a3'], ['b6'], ['c1']]);
  });
});
