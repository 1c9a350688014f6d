// Text and JSON renderings of statements for the entity-centred commands:
// each statement on one line (subject —predicate→ object, fact or claim and
// whose), its evidence sentence and where it comes from on the next.
import { compactIri } from '../query/format-table.js';
import { describeEntity } from './find-entity.js';
import type { GraphModel, StatementInfo } from './model.js';
import type { GraphStats } from './explore.js';

export function entityName(model: GraphModel, iri: string): string {
  return model.entities.get(iri)?.label ?? compactIri(iri);
}

function kindText(model: GraphModel, s: StatementInfo): string {
  if (s.kind === 'fact') return 'fact';
  const by = s.claimedBy.map((c) => entityName(model, c)).join(', ');
  return `claim${by === '' ? '' : ` by ${by}`}${s.claimCue === undefined ? '' : ` ("${s.claimCue}")`}`;
}

/** Where a statement comes from: article source and date, offsets, rule. */
export function sourceText(model: GraphModel, s: StatementInfo): string {
  const parts: string[] = [];
  const art = s.evidence?.article === undefined ? undefined : model.articles.get(s.evidence.article);
  if (art !== undefined) parts.push([art.source, art.date].filter((x) => x !== undefined).join(', ') || compactIri(art.iri));
  if (art?.fileName !== undefined) parts.push(art.fileName);
  if (s.evidence?.start !== undefined) parts.push(`chars ${s.evidence.start}–${s.evidence.end ?? '?'}`);
  if (s.eventDate !== undefined) parts.push(`event ${s.eventDate}`);
  if (s.rule !== undefined) parts.push(`rule ${s.rule}`);
  if (s.evidence === undefined && s.derivedFrom !== undefined) parts.push(`from ${compactIri(s.derivedFrom)}`);
  return parts.join(' · ');
}

export function statementLine(model: GraphModel, s: StatementInfo, lang: 'de' | 'en' = 'en'): string {
  const object = s.objectIsLiteral ? `"${s.object}"` : entityName(model, s.object);
  return `${entityName(model, s.subject)} —${model.predicateLabel(s.predicate, lang)}→ ${object}  [${kindText(model, s)}]`;
}

export function statementBlock(model: GraphModel, s: StatementInfo, indent = '  ', lang: 'de' | 'en' = 'en'): string {
  const lines = [`${indent}${statementLine(model, s, lang)}`];
  lines.push(s.evidence === undefined ? `${indent}    (no evidence sentence)` : `${indent}    “${s.evidence.text.replace(/\s+/g, ' ')}”`);
  const src = sourceText(model, s);
  if (src !== '') lines.push(`${indent}    ${src}`);
  return lines.join('\n');
}

export function statementJson(model: GraphModel, s: StatementInfo): Record<string, unknown> {
  const art = s.evidence?.article === undefined ? undefined : model.articles.get(s.evidence.article);
  return {
    statement: s.id,
    subject: { iri: s.subject, label: entityName(model, s.subject) },
    predicate: { iri: s.predicate, label: model.predicateLabel(s.predicate, 'en') },
    object: s.objectIsLiteral ? { value: s.object } : { iri: s.object, label: entityName(model, s.object) },
    kind: s.kind,
    ...(s.kind === 'claim' ? { claimedBy: s.claimedBy.map((c) => ({ iri: c, label: entityName(model, c) })), claimCue: s.claimCue ?? null } : {}),
    rule: s.rule ?? null,
    eventDate: s.eventDate ?? null,
    evidence: s.evidence === undefined ? null : { sentence: s.evidence.text, start: s.evidence.start ?? null, end: s.evidence.end ?? null, sentenceIri: s.evidence.sentence },
    article: art === undefined ? (s.evidence?.article ?? null) : { iri: art.iri, source: art.source ?? null, date: art.date ?? null, language: art.lang ?? null, file: art.fileName ?? null },
  };
}

export function statsText(model: GraphModel, st: GraphStats): string {
  const table = (title: string, rows: [string, number][], name: (k: string) => string): string[] => {
    const out = [``, title];
    const w = Math.max(0, ...rows.map(([k]) => [...name(k)].length));
    for (const [k, n] of rows) out.push(`  ${name(k).padEnd(w)}  ${String(n).padStart(6)}`);
    return out;
  };
  const lines = [
    `triples    ${st.triples}`,
    `entities   ${st.entities}`,
    `articles   ${st.articles}`,
    `statements ${st.facts + st.claims} (${st.facts} facts, ${st.claims} claims)`,
    ...table('entities by class', st.byClass, compactIri),
    ...table('statements by predicate', st.byPredicate, compactIri),
    ...table('statements by article', st.byArticle, (k) => {
      const a = model.articles.get(k);
      return a === undefined ? compactIri(k) : `${a.fileName ?? compactIri(k)}${a.source === undefined ? '' : ` (${a.source}${a.date === undefined ? '' : `, ${a.date}`})`}`;
    }),
    ...table('top entities by degree', st.topEntities, (k) => {
      const e = model.entities.get(k);
      return e === undefined ? compactIri(k) : describeEntity(e);
    }),
  ];
  return `${lines.join('\n')}\n`;
}
