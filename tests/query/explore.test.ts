// The entity-centred commands over a small hand-written graph whose answers
// are known by construction, plus the binary on the seed article.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Parser } from 'n3';
import { buildModel } from '../../src/graph/model.js';
import { findEntity, normalizeName } from '../../src/graph/find-entity.js';
import { neighbors, shortestPaths, filterStatements, findPredicate, graphStats } from '../../src/graph/explore.js';
import { QueryError } from '../../src/errors.js';

const root = join(import.meta.dirname, '..', '..');

// A — sued → B, B — subsidiary of → C, C — hosted by → D (claim by A), E alone.
const TTL = `
@prefix kg: <https://w3id.org/kg-news/ontology#>. @prefix e: <https://w3id.org/kg-news/entity/>.
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>. @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#>.
@prefix skos: <http://www.w3.org/2004/02/skos/core#>. @prefix owl: <http://www.w3.org/2002/07/owl#>.
@prefix s: <https://w3id.org/kg-news/statement/>. @prefix prov: <http://www.w3.org/ns/prov#>.
@prefix schema: <https://schema.org/>. @prefix xsd: <http://www.w3.org/2001/XMLSchema#>.
e:A a kg:Company; rdfs:label "Österreichische Zeitung"@de; skos:altLabel "ÖZ"@de; kg:sued e:B.
e:B a kg:Company; rdfs:label "Beta"@de; owl:sameAs <http://www.wikidata.org/entity/Q42>; kg:subsidiaryOf e:C.
e:C a kg:Company; rdfs:label "Gamma"@de.
e:D a kg:Company; rdfs:label "Delta"@de.
e:E a kg:Person; rdfs:label "Epsilon"@de.
e:W1 a kg:City; rdfs:label "Bergstadt"@de.
e:W2 a kg:Region; rdfs:label "Bergstadt"@de.
<https://w3id.org/kg-news/article/1> a schema:NewsArticle; kg:source "dpa"; schema:datePublished "2024-02-03"^^xsd:date.
<https://w3id.org/kg-news/article/1#char=0,20> a kg:Sentence; kg:evidenceText "A verklagt B."@de; kg:startOffset 0; kg:endOffset 20; kg:inArticle <https://w3id.org/kg-news/article/1>.
s:1 a rdf:Statement, kg:Fact; rdf:subject e:A; rdf:predicate kg:sued; rdf:object e:B; kg:rule "r.sue"; prov:wasDerivedFrom <https://w3id.org/kg-news/article/1#char=0,20>.
s:2 a rdf:Statement, kg:Claim; rdf:subject e:C; rdf:predicate kg:hostedBy; rdf:object e:D; kg:rule "r.host"; kg:claimedBy e:A; kg:claimCue "behauptete".
`;
const model = buildModel(new Parser().parse(TTL));
const E = (l: string): string => `https://w3id.org/kg-news/entity/${l}`;

describe('naming entities', () => {
  it('finds by label, alias, QID and IRI, ignoring case and accents', () => {
    expect(normalizeName('  Österreichische   ZEITUNG ')).toBe('osterreichische zeitung');
    expect(findEntity(model, 'osterreichische zeitung').iri).toBe(E('A'));
    expect(findEntity(model, 'öz').iri).toBe(E('A'));
    expect(findEntity(model, 'q42').iri).toBe(E('B'));
    expect(findEntity(model, E('C')).label).toBe('Gamma');
    expect(findEntity(model, 'entity:D').label).toBe('Delta');
  });

  it('suggests close names on a miss and lists the choices when a name is shared', () => {
    expect(() => findEntity(model, 'Gama')).toThrow(/no entity 'Gama' in the graph; did you mean: Gamma \(Company\)/);
    const err = (() => {
      try {
        findEntity(model, 'bergstadt');
      } catch (e) {
        return e;
      }
    })();
    expect(err).toBeInstanceOf(QueryError);
    expect((err as Error).message).toMatch(/names 2 entities: .*City.*Region/);
  });
});

describe('exploring', () => {
  it('lists neighbours by hop, and plain triples without a statement too', () => {
    const one = neighbors(model, E('B'), 1).map((n) => n.statement.predicate.replace(/^.*#/, ''));
    expect(one.sort()).toEqual(['subsidiaryOf', 'sued']);
    const two = neighbors(model, E('B'), 2);
    expect(two.filter((n) => n.hop === 2).map((n) => n.statement.object)).toEqual([E('D')]);
    const plain = model.statements.find((s) => s.predicate.endsWith('#subsidiaryOf'))!;
    expect(plain.evidence).toBeUndefined();
    expect(neighbors(model, E('E'), 3)).toEqual([]);
  });

  it('finds the shortest chain in either direction, and none to an isolated entity', () => {
    const paths = shortestPaths(model, E('A'), E('D'));
    expect(paths).toHaveLength(1);
    expect(paths[0]!.map((s) => s.predicate.replace(/^.*#/, ''))).toEqual(['sued', 'subsidiaryOf', 'hostedBy']);
    expect(shortestPaths(model, E('D'), E('A'))[0]).toHaveLength(3);
    expect(shortestPaths(model, E('A'), E('E'))).toEqual([]);
  });

  it('filters by predicate name or label, ends and kind', () => {
    const hosted = findPredicate(model, 'hosted by');
    expect(hosted).toBe('https://w3id.org/kg-news/ontology#hostedBy');
    expect(findPredicate(model, 'kg:sued')).toBe('https://w3id.org/kg-news/ontology#sued');
    expect(() => findPredicate(model, 'acquired')).toThrow(/it uses: kg:hostedBy, kg:subsidiaryOf, kg:sued/);
    const claims = filterStatements(model, { kind: 'claim' });
    expect(claims.map((c) => [c.subject, c.claimedBy])).toEqual([[E('C'), [E('A')]]]);
    expect(filterStatements(model, { from: E('A'), to: E('B') })).toHaveLength(1);
    expect(filterStatements(model, { predicate: hosted, kind: 'fact' })).toHaveLength(0);
  });

  it('counts classes, predicates and degrees', () => {
    const st = graphStats(model, 99);
    expect(st.facts).toBe(2);
    expect(st.claims).toBe(1);
    expect(st.byClass.find(([c]) => c.endsWith('#Company'))?.[1]).toBe(4);
    expect(st.topEntities[0]).toEqual([E('B'), 2]);
  });
});

describe('the binary on the seed article', () => {
  const seed = join(root, '..', 'shared', 'corpus', 'seed');
  const kg = (args: string[]) => spawnSync(process.execPath, [join(root, 'bin', 'kg.js'), ...args], { encoding: 'utf8', cwd: root });

  it('explains a relation with its sentence, offsets and rule, and refuses one the graph does not hold', () => {
    const r = kg(['explain', seed, 'parler', 'hostedBy', 'aws']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/sentence {2}“[^”]*Parler[^”]*”/);
    expect(r.stdout).toMatch(/offsets {3}\d+–\d+/);
    expect(r.stdout).toMatch(/rule {6}de\./);
    const miss = kg(['explain', seed, 'Parler', 'acquired', 'Amazon']);
    expect(miss.status).toBe(1);
    expect(miss.stderr).toMatch(/^kg: no predicate 'acquired'/);
  });

  it('suggests names for an unknown entity with a non-zero exit', () => {
    const r = kg(['neighbors', seed, 'Parlr']);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("did you mean: Parler");
  });
});
