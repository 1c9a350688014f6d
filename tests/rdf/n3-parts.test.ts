import { describe, expect, it } from 'vitest';
import * as N3 from 'n3';
import { DataFactory, Parser, Writer } from '../../src/rdf/n3.js';

describe('the parts of n3 loaded one by one', () => {
  it('are the classes the package exports', () => {
    expect(Writer).toBe(N3.Writer);
    expect(Parser).toBe(N3.Parser);
    expect(DataFactory).toBe(N3.DataFactory);
  });

  it('parse and write a triple', () => {
    const [q] = new Parser().parse('<http://a> <http://b> "c"@de .');
    expect(q?.object.value).toBe('c');
    const w = new Writer({ format: 'N-Triples' });
    w.addQuad(DataFactory.quad(DataFactory.namedNode('http://a'), DataFactory.namedNode('http://b'), DataFactory.literal('d', 'en')));
    let out = '';
    w.end((_e, r: string) => (out = r));
    expect(out).toBe('<http://a> <http://b> "d"@en .\n');
  });
});
