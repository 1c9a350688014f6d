// `kg validate` as a library call: SHACL validation (rdf-validate-shacl) of a
// graph against ontology/shapes.ttl, with the ontology added to the data so
// that sh:class sees rdfs:subClassOf (a kg:Company is a kg:Organization).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Parser, Store, type Quad } from 'n3';
import { DataError } from '../errors.js';
import { ONTOLOGY_DIR } from '../paths.js';
import { loadOntology } from '../rdf/ontology.js';
import { compactIri } from '../query/format-table.js';

export const DEFAULT_SHAPES_PATH = join(ONTOLOGY_DIR, 'shapes.ttl');

export interface Violation {
  focusNode: string;
  path: string | undefined;
  message: string;
  value: string | undefined;
  severity: string;
}

export interface ValidationReport {
  conforms: boolean;
  violations: Violation[];
}

function readShapes(path: string): Quad[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new DataError('RESOURCE_MISSING', 'cannot read the SHACL shapes file', path);
  }
  try {
    return new Parser({ format: 'text/turtle' }).parse(text);
  } catch (error) {
    throw new DataError('DATA_INVALID', `shapes: invalid Turtle: ${(error as Error).message}`, path);
  }
}

/** Validates quads (graph names are ignored: all statements are checked together). */
export async function validateGraph(quads: readonly Quad[], shapesPath: string = DEFAULT_SHAPES_PATH): Promise<ValidationReport> {
  const shapes = new Store(readShapes(shapesPath));
  const data = new Store();
  for (const q of quads) data.addQuad(q.subject, q.predicate, q.object);
  for (const q of loadOntology().quads) data.addQuad(q.subject, q.predicate, q.object);
  // Loaded on use: the validator takes longer to import than most commands take to run.
  const { default: SHACLValidator } = await import('rdf-validate-shacl');
  const report = await new SHACLValidator(shapes).validate(data);
  const violations = report.results.map((r) => ({
    focusNode: r.focusNode?.value ?? '',
    path: r.path?.value,
    message: r.message.map((m) => m.value).join(' ') || (r.sourceConstraintComponent?.value.replace(/^.*#/, '') ?? 'constraint violated'),
    value: r.value?.value,
    severity: r.severity?.value.replace(/^.*#/, '') ?? 'Violation',
  }));
  violations.sort((a, b) => (a.focusNode + a.message < b.focusNode + b.message ? -1 : 1));
  return { conforms: report.conforms, violations };
}

/** A readable report: one block per violation (focus node, path, message, value). */
export function formatValidation(report: ValidationReport, triples: number): string {
  if (report.conforms) return `conforms: ${triples} triples, no violations\n`;
  const lines = [`${report.violations.length} violation${report.violations.length === 1 ? '' : 's'} in ${triples} triples`];
  for (const v of report.violations) {
    lines.push('', `${v.severity}: ${v.message}`, `  focus node  ${compactIri(v.focusNode)}`);
    if (v.path !== undefined) lines.push(`  path        ${compactIri(v.path)}`);
    if (v.value !== undefined) lines.push(`  value       ${/^[a-z]+:/.test(v.value) ? compactIri(v.value) : `"${v.value}"`}`);
  }
  return `${lines.join('\n')}\n`;
}
