// Applies a curation to analysed articles, after extraction and before RDF:
// merges entities, fixes types, drops rejected statements, and returns the
// facts to add. Entities are named by label, alias, QID or key, compared
// case- and accent-insensitively. Names that match nothing become warnings.
import type { Doc, Entity, Message, Relation } from '../types.js';

export interface CuratedFact {
  subject: Pick<Entity, 'key' | 'label' | 'type' | 'wikidata' | 'unnamed'>;
  predicate: string;
  object: { entity: Pick<Entity, 'key' | 'label' | 'type' | 'wikidata' | 'unnamed'> } | { literal: string; datatype: string };
}

export interface CurationResult {
  facts: CuratedFact[];
  messages: Message[];
}

export function fold(s: string): string {
  return s.normalize('NFKD').replace(/\p{M}/gu, '').replace(/\s+/g, ' ').trim().toLowerCase();
}

function names(e: Entity): string[] {
  return [e.key, e.label, ...e.aliases, ...(e.wikidata === undefined ? [] : [e.wikidata])].map(fold);
}

export function applyCuration(
  docs: Doc[],
  curation: {
    merge: string[][];
    types: Array<[string, string]>;
    reject: Array<[string, string, string]>;
    add: Array<[string, string, string]>;
  },
  rangeOf: (predicate: string) => string[],
  domainOf: (predicate: string) => string[],
): CurationResult {
  const messages: Message[] = [];
  const warn = (text: string): void => {
    messages.push({ stage: 'curation', level: 'warning', text });
  };
  const all = (): Entity[] => docs.flatMap((d) => d.entities);
  const find = (name: string): Entity | undefined => all().find((e) => names(e).includes(fold(name)));

  for (const group of curation.merge) {
    const target = find(group[0]!);
    if (target === undefined) {
      warn(`merge: no entity named '${group[0]}'`);
      continue;
    }
    for (const other of group.slice(1)) {
      if (find(other) === undefined) warn(`merge: no entity named '${other}'`);
      for (const doc of docs) mergeInto(doc, target, fold(other));
    }
  }
  for (const [name, cls] of curation.types) {
    const hits = all().filter((e) => names(e).includes(fold(name)));
    if (hits.length === 0) warn(`type: no entity named '${name}'`);
    for (const e of hits) {
      e.type = cls;
      e.weakType = false;
    }
  }
  for (const [s, p, o] of curation.reject) {
    let removed = 0;
    for (const doc of docs) {
      const byKey = new Map(doc.entities.map((e) => [e.key, e]));
      const is = (key: string, name: string): boolean => {
        const e = byKey.get(key);
        return e !== undefined && names(e).includes(fold(name));
      };
      const keep = (r: Relation): boolean => {
        const objectMatches = r.object.kind === 'entity' ? is(r.object.key, o) : fold(r.object.value) === fold(o.replace(/^"/, ''));
        return !(r.predicate === p && is(r.subject, s) && objectMatches);
      };
      const before = doc.relations.length;
      doc.relations = doc.relations.filter(keep);
      removed += before - doc.relations.length;
    }
    if (removed === 0) warn(`reject: no statement ${s} ${p} ${o}`);
  }
  const facts: CuratedFact[] = curation.add.map(([s, p, o]) => {
    const subject = find(s) ?? newEntity(s, domainOf(p)[0] ?? 'Organization');
    const literal = rangeOf(p).some((c) => /^(gYear|date|string|integer)$/.test(c));
    return {
      subject,
      predicate: p,
      object: literal
        ? { literal: o.replace(/^"/, ''), datatype: rangeOf(p)[0]! }
        : { entity: find(o) ?? newEntity(o, rangeOf(p)[0] ?? 'Organization') },
    };
  });
  return { facts, messages };
}

function newEntity(label: string, type: string): CuratedFact['subject'] {
  return { key: label, label, type };
}

/** Entities of `doc` named `name` become `target` (same key, label and QID). */
function mergeInto(doc: Doc, target: Entity, name: string): void {
  const from = doc.entities.filter((e) => e !== target && e.key !== target.key && names(e).includes(name));
  if (from.length === 0) return;
  let into = doc.entities.find((e) => e.key === target.key);
  if (into === undefined) {
    into = { ...target, aliases: [...target.aliases], mentions: [] };
    doc.entities.push(into);
  }
  for (const e of from) {
    into.mentions.push(...e.mentions);
    for (const alias of [e.label, ...e.aliases]) if (alias !== into.label && !into.aliases.includes(alias)) into.aliases.push(alias);
    for (const i of e.mentions) doc.mentions[i]!.entity = into.key;
    for (const r of doc.relations) {
      if (r.subject === e.key) r.subject = into.key;
      if (r.object.kind === 'entity' && r.object.key === e.key) r.object = { kind: 'entity', key: into.key };
      if (r.claim?.by === e.key) r.claim.by = into.key;
    }
    doc.entities.splice(doc.entities.indexOf(e), 1);
  }
  into.aliases.sort();
  doc.relations = doc.relations.filter((r) => !(r.object.kind === 'entity' && r.object.key === r.subject));
}
