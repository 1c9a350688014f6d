// The declarative rule files load, every rule has a unique id, and every
// predicate a rule can emit is defined by the ontology.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRules } from '../../src/relations/rules.js';
import { loadOntology } from '../../src/rdf/ontology.js';
import { DataError } from '../../src/errors.js';

const ontology = loadOntology();

describe('rule files', () => {
  for (const lang of ['de', 'en'] as const) {
    it(`loads the ${lang} rules, all emitting ontology properties`, () => {
      const rules = loadRules(lang, ontology.relationProperties, undefined, ontology.classes);
      expect(rules.all.length).toBeGreaterThan(5);
      for (const rule of rules.all) {
        for (const e of rule.emit) expect(ontology.relationProperties.has(e.predicate)).toBe(true);
      }
      expect(new Set(rules.all.map((r) => r.id)).size).toBe(rules.all.length);
    });
  }

  it('rejects a rule with an unknown predicate, naming the file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kg-rules-'));
    writeFileSync(join(dir, 'bad.yaml'), '- id: x.bad\n  verbs: [kaufen]\n  emit: [[subject, boughtStuff, object]]\n');
    expect(() => loadRules('de', ontology.relationProperties, dir)).toThrow(DataError);
    expect(() => loadRules('de', ontology.relationProperties, dir)).toThrow(/bad\.yaml.*boughtStuff/);
  });

  it('rejects a role filter naming a class the ontology lacks, in every alternative', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kg-rules-'));
    // ("Organization+Person!Place": the class after "!" is checked too, not read as part of a class name.)
    writeFileSync(join(dir, 'bad.yaml'), '- id: x.bad\n  verbs: [kaufen]\n  emit: [[subject@Organization+Person!Plaice, acquired, object]]\n');
    expect(() => loadRules('de', ontology.relationProperties, dir, ontology.classes)).toThrow(/bad\.yaml.*class 'Plaice'/);
    const other = mkdtempSync(join(tmpdir(), 'kg-rules-'));
    writeFileSync(join(other, 'bad.yaml'), '- id: x.bad\n  verbs: [kaufen]\n  emit: [[subject, acquired, object!Court|recent@Compnay]]\n');
    expect(() => loadRules('de', ontology.relationProperties, other, ontology.classes)).toThrow(/class 'Compnay'/);
    const good = mkdtempSync(join(tmpdir(), 'kg-rules-'));
    writeFileSync(join(good, 'ok.yaml'), '- id: x.ok\n  verbs: [kaufen]\n  emit: [[speaker@Organization!Court+GovernmentAgency, acquired, prep:von+vom@Company]]\n');
    expect(loadRules('de', ontology.relationProperties, good, ontology.classes).frames).toHaveLength(1);
  });

  it('rejects duplicate ids', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kg-rules-'));
    const rule = '- id: x.same\n  verbs: [kaufen]\n  emit: [[subject, acquired, object]]\n';
    writeFileSync(join(dir, 'a.yaml'), rule);
    writeFileSync(join(dir, 'b.yaml'), rule);
    expect(() => loadRules('de', ontology.relationProperties, dir)).toThrow(/duplicate rule id/);
  });

  it('rejects a name rule without its classes or with roles of its own', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kg-rules-'));
    writeFileSync(join(dir, 'names.yaml'), '- id: x.names\n  names: {base: Organization}\n  emit: [[whole, subsidiaryOf, base]]\n');
    expect(() => loadRules('de', ontology.relationProperties, dir)).toThrow(/names\.yaml.*'base' and 'whole'/);
    const other = mkdtempSync(join(tmpdir(), 'kg-rules-'));
    writeFileSync(join(other, 'names.yaml'), '- id: x.names\n  names: {base: Organization, whole: Product}\n  emit: [[subject, developerOf, whole]]\n');
    expect(() => loadRules('de', ontology.relationProperties, other)).toThrow(/only use 'base' and 'whole'/);
  });
});
