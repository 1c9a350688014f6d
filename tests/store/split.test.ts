// Splitting quads into the named graphs a push writes, batching, and the
// N-Triples text sent to the store.
import { describe, expect, it } from 'vitest';
import { DataFactory, Parser } from 'n3';
import { ENTITIES_GRAPH, batches, hasBlankNodes, splitGraphs, tempGraphFor, toNTriples } from '../../src/store/split.js';

const { namedNode, literal, quad, blankNode } = DataFactory;
const A = 'https://example.org/article/a';
const B = 'https://example.org/article/b';
const s = namedNode('https://example.org/s');
const p = namedNode('https://example.org/p');

describe('splitGraphs', () => {
  it('groups by graph, removes duplicates and sends default-graph triples to the shared graph', () => {
    const quads = [
      quad(s, p, literal('1'), namedNode(A)),
      quad(s, p, literal('1'), namedNode(A)),
      quad(s, p, literal('2'), namedNode(A)),
      quad(s, p, literal('1'), namedNode(B)),
      quad(s, p, literal('label')),
    ];
    const parts = splitGraphs(quads);
    expect(parts.map((x) => [x.graph, x.mode, x.triples.length])).toEqual([
      [A, 'replace', 2],
      [B, 'replace', 1],
      [ENTITIES_GRAPH, 'merge', 1],
    ]);
    expect(parts.every((x) => x.triples.every((t) => t.graph.termType === 'DefaultGraph'))).toBe(true);
    expect(ENTITIES_GRAPH).toBe('https://w3id.org/kg-news/graph/entities');
  });

  it('takes another IRI for the default graph, merged as well', () => {
    const parts = splitGraphs([quad(s, p, literal('x'))], 'https://example.org/shared');
    expect(parts).toHaveLength(1);
    expect(parts[0]?.graph).toBe('https://example.org/shared');
    expect(parts[0]?.mode).toBe('merge');
  });
});

describe('batches and N-Triples', () => {
  it('cuts into batches of at most n', () => {
    expect(batches([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(batches([], 3)).toEqual([[]]);
  });

  it('writes N-Triples that parse back to the same triples, escapes included', () => {
    const triples = [
      quad(s, p, literal('Zitat: "a"\nb', 'de')),
      quad(s, p, literal('192', namedNode('http://www.w3.org/2001/XMLSchema#integer'))),
    ];
    const text = toNTriples(triples);
    expect(text.trim().split('\n')).toHaveLength(2);
    const back = new Parser({ format: 'application/n-triples' }).parse(text);
    expect(back.map((q) => q.object.value)).toEqual(['Zitat: "a"\nb', '192']);
    expect(back[1]?.object.termType === 'Literal' && back[1].object.datatype.value).toBe('http://www.w3.org/2001/XMLSchema#integer');
  });

  it('detects blank nodes', () => {
    expect(hasBlankNodes([quad(s, p, blankNode('x'))])).toBe(true);
    expect(hasBlankNodes([quad(s, p, literal('x'))])).toBe(false);
  });

  it('names one fixed temporary graph per target', () => {
    expect(tempGraphFor(A)).toBe(tempGraphFor(A));
    expect(tempGraphFor(A)).not.toBe(tempGraphFor(B));
    expect(tempGraphFor(A).startsWith('https://w3id.org/kg-news/graph/tmp/')).toBe(true);
  });
});
