import { DataFactory } from 'n3';
import { describe, expect, it } from 'vitest';
import { CORE_PROPERTIES } from '../../src/eval/core-properties.js';
import { scoreGraph } from '../../src/eval/score.js';
import { gold, trig } from './helpers.js';

const { namedNode, literal, quad } = DataFactory;

describe('entity denotation', () => {
  const g = gold({
    entities: {
      acme: { labels: ['Acme Holding'], type: 'Organization' },
      wide: { labels: ['Ｗｉｄｅ Co'], type: 'Organization' },
      sky: { wikidata: 'Q42', type: 'Organization' },
      judge: { match: 'richter(in)?\\b', type: 'Person' },
      ghost: { labels: ['Nobody'], type: 'Person' },
    },
    relations: [],
  });

  it('matches labels after NFKC, case and whitespace folding, ignoring language tags', () => {
    const s = scoreGraph(
      g,
      trig(`e:a rdfs:label "  ACME\\n  holding "@de .
            e:w schema:name "wide co" .`),
    );
    expect(s.missingEntities).toEqual(['sky', 'judge', 'ghost']);
    expect(s.entitiesFound).toBe(2);
  });

  it('does not match a label that is only a part', () => {
    const s = scoreGraph(g, trig(`e:a skos:prefLabel "Acme" .`));
    expect(s.missingEntities).toContain('acme');
  });

  it('matches owl:sameAs to the Wikidata IRI, and every label predicate', () => {
    const s = scoreGraph(
      g,
      trig(`e:s owl:sameAs wd:Q42 .
            e:a skos:altLabel "Acme Holding" .
            e:w <http://schema.org/name> "Wide Co" .`),
    );
    expect(s.missingEntities).toEqual(['judge', 'ghost']);
  });

  it('matches the regex case-insensitively anywhere in a label', () => {
    const s = scoreGraph(g, trig(`e:j rdfs:label "Eine RICHTERIN in Wien" .`));
    expect(s.missingEntities).not.toContain('judge');
    expect(scoreGraph(g, trig(`e:j rdfs:label "Richtertisch" .`)).missingEntities).toContain('judge');
  });
});

describe('entity types', () => {
  const g = gold({
    entities: {
      court: { labels: ['High Court'], type: 'Organization' },
      city: { labels: ['Town'], type: 'Place' },
      app: { labels: ['Appy'], type: 'Product|Organization' },
      p: { labels: ['Pat'], type: 'Person' },
    },
    relations: [],
  });
  const graph = trig(`
    kg:Court rdfs:subClassOf kg:Authority .
    e:c rdfs:label "High Court" ; a kg:Court .
    e:t rdfs:label "Town" ; a kg:City .
    e:x rdfs:label "Appy" ; a kg:Organization .
    e:p1 rdfs:label "Pat" ; a kg:Organization .
    e:p2 rdfs:label "Pat" ; a kg:Person .`);

  it('follows subclasses from the graph and from the options, transitively', () => {
    const s = scoreGraph(g, graph, { subClassOf: new Map([['Authority', ['Organization']], ['City', ['Place']]]) });
    expect(s.entitiesTyped).toBe(4);
    expect(s.mistypedEntities).toEqual([]);
  });

  it('reports mistyped entities when the hierarchy is unknown', () => {
    const s = scoreGraph(g, graph);
    expect(s.entitiesFound).toBe(4);
    expect(s.entitiesTyped).toBe(2); // app (either type) and p (one of its nodes is a Person)
    expect(s.mistypedEntities).toEqual([
      { id: 'court', expected: 'Organization', actual: ['Court'] },
      { id: 'city', expected: 'Place', actual: ['City'] },
    ]);
  });

  it('survives a cycle in the class hierarchy', () => {
    const s = scoreGraph(g, trig(`kg:A rdfs:subClassOf kg:B . kg:B rdfs:subClassOf kg:A . e:t rdfs:label "Town" ; a kg:A .`));
    expect(s.mistypedEntities).toEqual([{ id: 'city', expected: 'Place', actual: ['A'] }]);
  });
});

const ents = {
  a: { labels: ['Alpha'], type: 'Organization' },
  b: { labels: ['Beta'], type: 'Organization' },
  c: { labels: ['Gamma'], type: 'Organization' },
};
const labels = `e:a rdfs:label "Alpha" . e:b rdfs:label "Beta" . e:c rdfs:label "Gamma" .`;

describe('relation triples', () => {
  it('counts a triple asserted, reified and quoted, in several graphs, once', () => {
    const g = gold({ entities: ents, relations: [['a', 'hostedBy', 'b']] });
    const s = scoreGraph(
      g,
      trig(`${labels}
        e:a kg:hostedBy e:b .
        <http://g/1> { e:a kg:hostedBy e:b . }
        <http://s/1> a rdf:Statement ; rdf:subject e:a ; rdf:predicate kg:hostedBy ; rdf:object e:b .
        << e:a kg:hostedBy e:b >> kg:source <http://s/2> .
        e:a kg:sued e:c {| kg:source <http://s/3> |} .`),
    );
    expect(s.counts).toEqual({ required: 1, found: 1, produced: 2, correct: 1 });
    expect(s.extras).toEqual([
      { subject: 'Alpha', predicate: 'sued', object: 'Gamma', subjectTerm: 'https://w3id.org/kg-news/entity/a', objectTerm: 'https://w3id.org/kg-news/entity/c' },
    ]);
  });

  it('finds relations that are only reified or only quoted (n3 RDF-star quads too)', () => {
    const g = gold({ entities: ents, relations: [['a', 'sued', 'b'], ['b', 'sued', 'c'], ['c', 'sued', 'a']] });
    const quoted = quad(namedNode('https://w3id.org/kg-news/entity/c'), namedNode('http://x.example/ns/sued'), namedNode('https://w3id.org/kg-news/entity/a'));
    const graph = [
      ...trig(`${labels}
        _:st rdf:subject e:a ; rdf:predicate kg:sued ; rdf:object e:b .
        <http://s/1> rdf:reifies <<( e:b kg:sued e:c )>> .`),
      // A quoted triple in subject position, as RDF-star data factories build it.
      quad(quoted as never, namedNode('http://x.example/ns/source'), literal('s')),
    ];
    const s = scoreGraph(g, graph);
    expect(s.counts).toEqual({ required: 3, found: 3, produced: 3, correct: 3 });
  });

  it('ignores non-core predicates and counts every core property by local name in any namespace', () => {
    expect(CORE_PROPERTIES).toHaveLength(33);
    const g = gold({ entities: ents, relations: [['a', 'acquired', 'b']] });
    const s = scoreGraph(g, trig(`${labels} e:a <http://other.example/ns/acquired> e:b . e:a kg:mentionedWith e:b . e:a rdfs:seeAlso e:c .`));
    expect(s.counts).toEqual({ required: 1, found: 1, produced: 1, correct: 1 });
  });
});

describe('matching relations to gold', () => {
  it('treats competitorOf, partnerOf and accusedOfColludingWith as symmetric, but not sued', () => {
    const g = gold({
      entities: ents,
      relations: [['a', 'competitorOf', 'b'], ['a', 'partnerOf', 'c'], ['b', 'accusedOfColludingWith', 'c'], ['a', 'sued', 'c']],
    });
    const s = scoreGraph(g, trig(`${labels} e:b kg:competitorOf e:a . e:c kg:partnerOf e:a . e:c kg:accusedOfColludingWith e:b . e:c kg:sued e:a .`));
    expect(s.counts).toEqual({ required: 4, found: 3, produced: 4, correct: 3 });
    expect(s.misses).toEqual([['a', 'sued', 'c']]);
    expect(s.extras.map((e) => `${e.subject} ${e.predicate} ${e.object}`)).toEqual(['Gamma sued Alpha']);
  });

  it('reads owns as the inverse of subsidiaryOf, both ways', () => {
    const g = gold({ entities: ents, relations: [['b', 'subsidiaryOf', 'a'], ['c', 'owns', 'b']] });
    const s = scoreGraph(g, trig(`${labels} e:a kg:owns e:b . e:b kg:subsidiaryOf e:c .`));
    expect(s.counts).toEqual({ required: 2, found: 2, produced: 2, correct: 2 });
    const wrongWay = scoreGraph(g, trig(`${labels} e:b kg:owns e:a .`));
    expect(wrongWay.counts.found).toBe(0);
  });

  it('matches alternatives in subject, predicate and object', () => {
    const g = gold({ entities: ents, relations: [['a|b', 'accused|criticized', 'b|c']] });
    expect(scoreGraph(g, trig(`${labels} e:b kg:criticized e:c .`)).counts.found).toBe(1);
    expect(scoreGraph(g, trig(`${labels} e:c kg:criticized e:b .`)).counts.found).toBe(0);
  });

  it('matches a literal object by prefix of its lexical form', () => {
    const g = gold({ entities: ents, relations: [['a', 'foundedIn', '"2018']] });
    expect(scoreGraph(g, trig(`${labels} e:a kg:foundedIn "2018"^^xsd:gYear .`)).counts.found).toBe(1);
    expect(scoreGraph(g, trig(`${labels} e:a kg:foundedIn "2018-03-01"^^xsd:date .`)).counts.found).toBe(1);
    expect(scoreGraph(g, trig(`${labels} e:a kg:foundedIn "2019"^^xsd:gYear .`)).counts.found).toBe(0);
    expect(scoreGraph(g, trig(`${labels} e:a kg:foundedIn " 2018" .`)).counts.found).toBe(0);
  });

  it('counts optional relations for precision but not for recall', () => {
    const g = gold({ entities: ents, relations: [['a', 'sued', 'b']], optional: [['a', 'criticized', 'b']] });
    const s = scoreGraph(g, trig(`${labels} e:a kg:criticized e:b . e:a kg:attacked e:c .`));
    expect(s.counts).toEqual({ required: 1, found: 0, produced: 2, correct: 1 });
    expect(s.recall).toBe(0);
    expect(s.precision).toBe(0.5);
    expect(s.f1).toBe(0);
    expect(s.misses).toEqual([['a', 'sued', 'b']]);
  });

  it('computes F1 and counts every produced triple that matches one gold relation', () => {
    const g = gold({ entities: ents, relations: [['a|b', 'sued', 'c'], ['a', 'attacked', 'b']] });
    const s = scoreGraph(g, trig(`${labels} e:a kg:sued e:c . e:b kg:sued e:c . e:c kg:banned e:a .`));
    expect(s.counts).toEqual({ required: 2, found: 1, produced: 3, correct: 2 });
    expect(s.recall).toBe(0.5);
    expect(s.precision).toBeCloseTo(2 / 3);
    expect(s.f1).toBeCloseTo((2 * 0.5 * (2 / 3)) / (0.5 + 2 / 3));
  });

  it('a node denoting several entities can match each of them', () => {
    const g = gold({
      entities: { ...ents, a2: { match: 'alph', type: 'Organization' } },
      relations: [['a', 'sued', 'b'], ['a2', 'sued', 'b']],
    });
    expect(scoreGraph(g, trig(`${labels} e:a kg:sued e:b .`)).counts.found).toBe(2);
  });

  it('shows an extra with an unlabelled node by its local name and a literal quoted', () => {
    const g = gold({ entities: ents, relations: [] });
    const s = scoreGraph(g, trig(`e:x_y kg:foundedIn "1999" .`));
    expect(s.extras).toEqual([
      { subject: 'x_y', predicate: 'foundedIn', object: '"1999"', subjectTerm: 'https://w3id.org/kg-news/entity/x_y', objectTerm: '"1999"' },
    ]);
    expect(s.recall).toBe(1);
    expect(s.precision).toBe(0);
  });

  it('precision is 1 when nothing is produced, with produced = 0 visible', () => {
    const g = gold({ entities: ents, relations: [['a', 'sued', 'b']] });
    const s = scoreGraph(g, []);
    expect(s.counts).toEqual({ required: 1, found: 0, produced: 0, correct: 0 });
    expect(s.precision).toBe(1);
    expect(s.recall).toBe(0);
    expect(s.f1).toBe(0);
  });
});
