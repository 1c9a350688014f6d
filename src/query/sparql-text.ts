// Light reading of a SPARQL text before it reaches the engine: which query
// form it is (SELECT/ASK → result table, CONSTRUCT/DESCRIBE → RDF), and the
// project's prefixes (kg:, entity:, rdfs:, …) added when a query uses them
// without declaring them, so a newcomer's first query is one line.
import { NS } from '../rdf/vocab.js';

export type QueryForm = 'select' | 'ask' | 'construct' | 'describe';

/** Removes comments and IRIs/strings so keywords inside them are not seen. */
function skeleton(query: string): string {
  return query
    .replace(/"""[\s\S]*?"""|'''[\s\S]*?'''|"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'/g, '""')
    .replace(/<[^<>\s]*>/g, '<>')
    .replace(/#[^\n]*/g, '');
}

/** The query form, or undefined for a text that is no query (e.g. an update). */
export function queryForm(query: string): QueryForm | undefined {
  const body = skeleton(query).replace(/\b(?:PREFIX\s+[\w-]*:\s*<>|BASE\s*<>)/gi, ' ');
  const m = /\b(SELECT|ASK|CONSTRUCT|DESCRIBE)\b/i.exec(body);
  return m === null ? undefined : (m[1]!.toLowerCase() as QueryForm);
}

/** Whether the text is a SPARQL Update (INSERT, DELETE, LOAD…) rather than a query. */
export function isUpdate(query: string): boolean {
  const body = skeleton(query).replace(/\b(?:PREFIX\s+[\w-]*:\s*<>|BASE\s*<>)/gi, ' ').trimStart();
  return /^(INSERT|DELETE|LOAD|CLEAR|DROP|CREATE|ADD|MOVE|COPY|WITH)\b/i.test(body);
}

export interface PreparedQuery {
  text: string;
  /** Lines added in front of the user's text (for error positions). */
  addedLines: number;
}

/** Adds PREFIX lines for the project namespaces that the query uses but does not declare. */
export function withDefaultPrefixes(query: string): PreparedQuery {
  const sk = skeleton(query);
  const declared = new Set([...sk.matchAll(/\bPREFIX\s+([\w-]*):/gi)].map((m) => m[1]!));
  const missing = Object.entries(NS).filter(
    ([p]) => !declared.has(p) && new RegExp(`(^|[\\s(,;/^|!{}\\[\\]])${p}:`).test(sk),
  );
  if (missing.length === 0) return { text: query, addedLines: 0 };
  const line = missing.map(([p, iri]) => `PREFIX ${p}: <${iri}>`).join(' ');
  return { text: `${line}\n${query}`, addedLines: 1 };
}

/** Rewrites the engine's "at LINE:COL" so it points into the user's text. */
export function userPosition(message: string, addedLines: number): string {
  // One line: the engine lists every expected token, which can run to many lines.
  let first = message.split('\n')[0]!;
  if (first.length > 160) first = `${first.slice(0, 157).replace(/,[^,]*$/, '')}, …`;
  return first.replace(/\bat (\d+):(\d+)/, (_, l: string, c: string) => `at line ${Number(l) - addedLines}, column ${c}`);
}
