// The typing stage: once relations have typed an entity, every relation of it must still fit its property's domain
// and range, those to a literal (a founding year) as well as those to another entity.
import { describe, expect, it } from 'vitest';
import { makeTyping } from '../../src/language/typing.js';
import { loadOntology } from '../../src/rdf/ontology.js';
import type { Doc, Entity, Relation } from '../../src/types.js';

const entity = (key: string, type: string, weakType: boolean): Entity => ({ key, label: key, aliases: [], type, mentions: [], wikidata: undefined, unnamed: undefined, weakType });
const relation = (subject: string, predicate: string, object: Relation['object']): Relation => ({ subject, predicate, object, sentence: 0, span: { start: 0, end: 1 }, rule: 'test' });

describe('retyping by relations', () => {
  it('drops a founding year of an entity that an earlier relation typed a person', () => {
    const typing = makeTyping(loadOntology());
    const doc = {
      entities: [entity('Talvar', 'Organization', true), entity('Brendor AG', 'Company', false)],
      relations: [relation('Talvar', 'ceoOf', { kind: 'entity', key: 'Brendor AG' }), relation('Talvar', 'foundedIn', { kind: 'literal', value: '2019', datatype: 'gYear' })],
    } as unknown as Doc;
    typing.retype(doc);
    expect(doc.entities[0]!.type).toBe('Person');
    expect(doc.relations.map((r) => r.predicate)).toEqual(['ceoOf']);
  });

  it('keeps a founding year of an organisation', () => {
    const typing = makeTyping(loadOntology());
    const doc = {
      entities: [entity('Talvar', 'Organization', true)],
      relations: [relation('Talvar', 'foundedIn', { kind: 'literal', value: '2019', datatype: 'gYear' })],
    } as unknown as Doc;
    typing.retype(doc);
    expect(doc.relations.map((r) => r.predicate)).toEqual(['foundedIn']);
  });
});
