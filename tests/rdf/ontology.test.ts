// Checks ontology/kg.ttl against the core vocabulary of the corpus README
// (hard-coded here: the README is the spec) and the loader built on it.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DataError } from '../../src/errors.js';
import { DEFAULT_ONTOLOGY_PATH, loadOntology } from '../../src/rdf/ontology.js';
import { NS } from '../../src/rdf/vocab.js';

const README_CLASSES = ['Organization', 'Person', 'Place', 'Group', 'Product', 'Event'];
const README_PROPERTIES = [
  'hostedBy', 'subsidiaryOf', 'owns', 'investedIn', 'acquired', 'founded', 'foundedIn', 'ceoOf',
  'dismissed', 'spokespersonOf', 'worksFor', 'memberOf', 'locatedIn', 'developerOf', 'competitorOf',
  'partnerOf', 'sued', 'accused', 'accusedOfColludingWith', 'criticized', 'deniedInjunction',
  'grantedInjunction', 'ruledAgainst', 'ruledInFavorOf', 'terminatedContractWith',
  'breachedContractWith', 'banned', 'popularAmong', 'migratedTo', 'attacked', 'succeeded',
  'supporterOf', 'alternativeTo',
];

describe('ontology/kg.ttl', () => {
  const onto = loadOntology();

  it('parses with n3 and has an owl:Ontology header with version and licence', () => {
    const quads = onto.quads;
    expect(quads.length).toBeGreaterThan(300);
    const header = quads.filter((q) => q.subject.value === 'https://w3id.org/kg-news/ontology');
    const preds = header.map((q) => q.predicate.value);
    expect(header.some((q) => q.object.value === `${NS.owl}Ontology`)).toBe(true);
    expect(preds).toContain(`${NS.owl}versionInfo`);
    expect(header.some((q) => q.object.value === 'https://creativecommons.org/licenses/by/4.0/')).toBe(true);
  });

  it('defines the 6 README classes and the 33 README properties, exactly as relation types', () => {
    expect(README_PROPERTIES).toHaveLength(33);
    for (const c of README_CLASSES) expect(onto.classes.has(c), c).toBe(true);
    for (const p of README_PROPERTIES) expect(onto.properties.has(p), p).toBe(true);
    expect([...onto.relationProperties].sort()).toEqual([...README_PROPERTIES].sort());
  });

  it('keeps provenance properties and markers out of the relation types', () => {
    for (const p of ['relation', 'attribute', 'rule', 'evidenceText', 'startOffset', 'inArticle', 'claimedBy']) {
      expect(onto.properties.has(p), p).toBe(true);
      expect(onto.relationProperties.has(p), p).toBe(false);
    }
    for (const c of ['Article', 'Sentence', 'Fact', 'Claim']) expect(onto.classes.has(c), c).toBe(true);
  });

  it('labels every class and property in German and English', () => {
    for (const name of [...onto.classes, ...onto.properties]) {
      expect(onto.label(name, 'de'), `${name}@de`).toBeTruthy();
      expect(onto.label(name, 'en'), `${name}@en`).toBeTruthy();
    }
    expect(onto.label('hostedBy', 'de')).toBe('gehostet von');
    expect(onto.label('hostedBy', 'en')).toBe('hosted by');
  });

  it('gives every relation property a domain and a range of known classes', () => {
    for (const p of onto.relationProperties) {
      expect(onto.domain(p).length, `${p} domain`).toBeGreaterThan(0);
      expect(onto.range(p).length, `${p} range`).toBeGreaterThan(0);
      for (const c of onto.domain(p)) expect(onto.classes.has(c), `${p} domain ${c}`).toBe(true);
      if (p !== 'foundedIn') for (const c of onto.range(p)) expect(onto.classes.has(c), `${p} range ${c}`).toBe(true);
    }
    expect(onto.range('foundedIn')).toEqual(['gYear']);
    expect(onto.domain('accusedOfColludingWith').sort()).toEqual(['Group', 'Organization', 'Person']);
    // (A town may accuse as a municipality: "Die Gemeinde wirft dem Abfüller vor".)
    expect(onto.domain('accused').sort()).toEqual(['Group', 'Organization', 'Person', 'Place']);
    expect(onto.range('locatedIn')).toEqual(['Place']);
  });

  it('has the symmetric and inverse axioms of the README', () => {
    expect([...onto.symmetric].sort()).toEqual(['accusedOfColludingWith', 'competitorOf', 'partnerOf']);
    expect(onto.inverseOf.get('owns')).toBe('subsidiaryOf');
    expect(onto.inverseOf.get('subsidiaryOf')).toBe('owns');
    expect(onto.inverseOf.size).toBe(2);
  });

  it('mirrors domain and range of owns and subsidiaryOf, so the inverse infers no wrong types', () => {
    expect(onto.domain('owns').sort()).toEqual(onto.range('subsidiaryOf').sort());
    expect(onto.range('owns').sort()).toEqual(onto.domain('subsidiaryOf').sort());
  });

  it('walks superclasses transitively, starting with the class itself', () => {
    expect(onto.superClasses('Company')).toEqual(['Company', 'Organization']);
    expect(onto.superClasses('City')).toEqual(['City', 'Place']);
    expect(onto.isSubClassOf('Court', 'Organization')).toBe(true);
    expect(onto.isSubClassOf('Person', 'Person')).toBe(true);
    expect(onto.isSubClassOf('Organization', 'Company')).toBe(false);
    expect(onto.isSubClassOf('City', 'Organization')).toBe(false);
    // Only kg: classes: the schema.org alignment does not leak in.
    expect(onto.superClasses('Article')).toEqual(['Article']);
  });

  it('is cached per path', () => {
    expect(loadOntology()).toBe(onto);
    expect(loadOntology(DEFAULT_ONTOLOGY_PATH)).toBe(onto);
  });

  it('parses in Debian rapper', () => {
    const out = execFileSync('rapper', ['-i', 'turtle', '-c', DEFAULT_ONTOLOGY_PATH], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    expect(out).toBe('');
  });

  it('parses in Debian python3-rdflib with the same number of triples as n3', () => {
    const out = execFileSync(
      '/usr/bin/python3',
      ['-c', 'import rdflib,sys; g=rdflib.Graph(); g.parse(sys.argv[1], format="turtle"); print(len(g))', DEFAULT_ONTOLOGY_PATH],
      { encoding: 'utf8' },
    );
    // The file states no triple twice, so rdflib's set size equals n3's count.
    expect(Number(out.trim())).toBe(onto.quads.length);
  });
});

describe('loadOntology errors', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kg-onto-'));

  it('throws DataError DATA_INVALID with the line on broken Turtle', () => {
    const bad = join(dir, 'bad.ttl');
    writeFileSync(bad, '@prefix kg: <https://w3id.org/kg-news/ontology#> .\n\nkg:a kg:b kg:c ;\n  kg:d .\n');
    let caught: unknown;
    try {
      loadOntology(bad);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(DataError);
    expect((caught as DataError).code).toBe('DATA_INVALID');
    expect((caught as DataError).file).toBe(bad);
    expect((caught as DataError).message).toMatch(/line 4/);
  });

  it('throws DataError RESOURCE_MISSING for a missing file', () => {
    expect(() => loadOntology(join(dir, 'nope.ttl'))).toThrow(DataError);
    try {
      loadOntology(join(dir, 'nope.ttl'));
    } catch (error) {
      expect((error as DataError).code).toBe('RESOURCE_MISSING');
    }
  });

  it('picks up a relation type added only in the ontology', () => {
    const extra = join(dir, 'extra.ttl');
    writeFileSync(
      extra,
      `@prefix kg: <${NS.kg}> . @prefix rdfs: <${NS.rdfs}> . @prefix owl: <${NS.owl}> .
kg:relation a owl:ObjectProperty .
kg:Person a owl:Class . kg:Organization a owl:Class .
kg:mentored a owl:ObjectProperty ; rdfs:subPropertyOf kg:relation ;
  rdfs:label "betreute"@de , "mentored"@en ; rdfs:domain kg:Person ;
  rdfs:range [ owl:unionOf ( kg:Person kg:Organization ) ] .
kg:note a owl:DatatypeProperty .`,
    );
    const o = loadOntology(extra);
    expect([...o.relationProperties]).toEqual(['mentored']);
    expect(o.range('mentored')).toEqual(['Person', 'Organization']);
    expect(o.label('mentored', 'de')).toBe('betreute');
  });
});
