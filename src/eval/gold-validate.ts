// Checks a parsed gold file against the format of the corpus README, so that a
// typo in a gold file stops `kg eval` with its place instead of skewing scores.
import { KgError } from '../errors.js';
import { CORE_PROPERTIES } from './core-properties.js';
import { parseGoldTriple } from './gold.js';
import type { Gold, GoldEntity, GoldTriple } from './gold.js';

const PREDICATE = /^[A-Za-z_][\w-]*$/;
const WIKIDATA = /^Q\d+$/;
const DATE = /^\d{4}-\d{2}-\d{2}/;

/** Returns the gold data typed, or throws GOLD_INVALID naming the file and the field. */
export function validateGold(data: unknown, path: string): Gold {
  const fail = (message: string): never => {
    throw new KgError('GOLD_INVALID', message, path);
  };
  if (!isRecord(data)) {
    return fail('expected a JSON object with text, lang, published, entities and relations');
  }
  for (const key of ['text', 'lang', 'published'] as const) {
    if (typeof data[key] !== 'string' || data[key] === '') {
      fail(`"${key}" must be a non-empty string`);
    }
  }
  if (!DATE.test(data['published'] as string)) {
    fail(`"published" must be an ISO date like 2021-01-21, got ${JSON.stringify(data['published'])}`);
  }
  if (!isRecord(data['entities'])) {
    return fail('"entities" must be an object mapping entity ids to {labels?, match?, type, wikidata?}');
  }
  const entities: Record<string, GoldEntity> = {};
  for (const [id, value] of Object.entries(data['entities'])) {
    entities[id] = validateEntity(id, value, fail);
  }
  const relations = validateTriples(data['relations'], 'relations', entities, fail, true);
  const optional = validateTriples(data['optional'], 'optional', entities, fail, false);
  return {
    text: data['text'] as string,
    lang: data['lang'] as string,
    published: data['published'] as string,
    entities,
    relations,
    optional,
  };
}

function validateEntity(id: string, value: unknown, fail: (m: string) => never): GoldEntity {
  const where = `entities.${id}`;
  if (id === '' || id.includes('|') || id.startsWith('"')) {
    fail(`entity id ${JSON.stringify(id)} must be non-empty and contain no '|' or leading '"'`);
  }
  if (!isRecord(value)) {
    return fail(`${where} must be an object with labels, match or wikidata, and type`);
  }
  const { labels, match, type, wikidata } = value;
  if (typeof type !== 'string' || !type.split('|').every((t) => PREDICATE.test(t))) {
    fail(`${where}.type must be a class local name such as "Organization" (or "A|B")`);
  }
  const entity: GoldEntity = { type: type as string };
  if (labels !== undefined) {
    if (!Array.isArray(labels) || !labels.every((l) => typeof l === 'string' && l.trim() !== '')) {
      fail(`${where}.labels must be an array of non-empty strings`);
    }
    entity.labels = labels as string[];
  }
  if (match !== undefined) {
    if (typeof match !== 'string' || match === '') {
      fail(`${where}.match must be a non-empty regular expression string`);
    }
    try {
      new RegExp(match as string, 'i');
    } catch (error) {
      fail(`${where}.match is not a valid regular expression (${(error as Error).message})`);
    }
    entity.match = match as string;
  }
  if (wikidata !== undefined) {
    if (typeof wikidata !== 'string' || !WIKIDATA.test(wikidata)) {
      fail(`${where}.wikidata must be a Wikidata id like "Q95", got ${JSON.stringify(wikidata)}`);
    }
    entity.wikidata = wikidata as string;
  }
  if (entity.labels === undefined && entity.match === undefined && entity.wikidata === undefined) {
    fail(`${where} needs labels, match or wikidata, otherwise no graph node can denote it`);
  }
  return entity;
}

function validateTriples(
  value: unknown,
  field: string,
  entities: Record<string, GoldEntity>,
  fail: (m: string) => never,
  required: boolean,
): GoldTriple[] {
  if (value === undefined && !required) {
    return [];
  }
  if (!Array.isArray(value)) {
    return fail(`"${field}" must be an array of [subject, predicate, object] triples`);
  }
  const known = (id: string): boolean => Object.hasOwn(entities, id);
  return value.map((triple: unknown, index): GoldTriple => {
    const where = `${field}[${index}]`;
    if (!Array.isArray(triple) || triple.length !== 3 || !triple.every((t) => typeof t === 'string' && t !== '')) {
      fail(`${where} must be [subject, predicate, object] with three non-empty strings`);
    }
    const pattern = parseGoldTriple(triple as GoldTriple);
    for (const id of pattern.subjects) {
      if (!known(id)) {
        fail(`${where}: subject ${JSON.stringify(id)} is not an entity id; add it under "entities" or fix the id`);
      }
    }
    for (const p of pattern.predicates) {
      if (!PREDICATE.test(p)) {
        fail(`${where}: predicate ${JSON.stringify(p)} is not a property local name such as "sued"`);
      }
      // A property outside the core vocabulary can never be found: the scorer counts only these.
      if (!CORE.has(p)) {
        fail(`${where}: predicate ${JSON.stringify(p)} is not in the core vocabulary the scorer counts (for a fine, use "ruledAgainst")`);
      }
    }
    for (const object of pattern.objects) {
      if (object.kind === 'entity' && !known(object.id)) {
        fail(
          `${where}: object ${JSON.stringify(object.id)} is not an entity id; add it under "entities", fix the id, or start a literal with '"'`,
        );
      }
    }
    return triple as GoldTriple;
  });
}

const CORE = new Set<string>(CORE_PROPERTIES);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
