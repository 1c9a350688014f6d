// Writes ontology/shapes.ttl from ontology/kg.ttl (run after `npm run build`
// whenever the ontology changes; tests/validate checks the file is current).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadOntology } from '../dist/rdf/ontology.js';
import { shapesTurtle } from '../dist/validate/shapes.js';

const root = join(import.meta.dirname, '..');
writeFileSync(join(root, 'ontology', 'shapes.ttl'), shapesTurtle(loadOntology()));
console.log('wrote ontology/shapes.ttl');
