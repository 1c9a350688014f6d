// Shared test helpers for the eval tests: Turtle/TriG → quads with common prefixes, and gold objects.
import { Parser } from 'n3';
import type { Quad } from 'n3';
import { validateGold } from '../../src/eval/gold-validate.js';
import type { Gold } from '../../src/eval/gold.js';

const PREFIXES = `
@prefix kg: <https://w3id.org/kg-news/ontology#> .
@prefix e: <https://w3id.org/kg-news/entity/> .
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix owl: <http://www.w3.org/2002/07/owl#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix schema: <https://schema.org/> .
@prefix wd: <http://www.wikidata.org/entity/> .
`;

export function trig(text: string): Quad[] {
  return new Parser({ format: 'application/trig' }).parse(PREFIXES + text);
}

/** A gold object from partial data, validated like a file would be. */
export function gold(data: { entities: object; relations: unknown[]; optional?: unknown[] }): Gold {
  return validateGold({ text: 'a.de.txt', lang: 'de', published: '2024-01-01', ...data }, 'test.gold.json');
}
