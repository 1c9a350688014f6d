// SPARQL results (W3C JSON) as a table that fits the terminal: IRIs shortened
// with the project's prefixes, long cells cut with "…", a row count below.
import { NS } from '../rdf/vocab.js';

export interface SparqlTerm {
  type: 'uri' | 'literal' | 'bnode' | 'triple';
  value: string;
  'xml:lang'?: string;
  datatype?: string;
}

export interface SparqlJson {
  head: { vars?: string[] };
  results?: { bindings: Record<string, SparqlTerm>[] };
  boolean?: boolean;
}

const PREFIXES = Object.entries(NS).sort((a, b) => b[1].length - a[1].length);

/** An IRI as prefix:local when a project namespace matches, else <iri>. */
export function compactIri(iri: string): string {
  for (const [p, ns] of PREFIXES) {
    if (iri.startsWith(ns) && iri.length > ns.length) {
      const local = iri.slice(ns.length);
      if (/^[^\s<>"{}|^`\\]+$/.test(local)) return `${p}:${decodeLocal(local)}`;
    }
  }
  return `<${iri}>`;
}

function decodeLocal(local: string): string {
  try {
    return decodeURIComponent(local);
  } catch {
    return local;
  }
}

export function termText(t: SparqlTerm | undefined): string {
  if (t === undefined) return '';
  if (t.type === 'uri') return compactIri(t.value);
  if (t.type === 'bnode') return `_:${t.value}`;
  return t.value.replace(/\s+/g, ' ');
}

function cut(s: string, width: number): string {
  const chars = [...s];
  return chars.length <= width ? s + ' '.repeat(width - chars.length) : `${chars.slice(0, Math.max(0, width - 1)).join('')}…`;
}

/** Column widths: natural widths, the widest shrunk first until the row fits. */
function fitWidths(natural: number[], total: number): number[] {
  const widths = [...natural];
  const budget = Math.max(total - 3 * (widths.length - 1), widths.length * 4);
  while (widths.reduce((a, b) => a + b, 0) > budget) {
    const max = Math.max(...widths);
    if (max <= 4) break;
    widths[widths.indexOf(max)] = max - 1;
  }
  return widths;
}

export function formatTable(json: SparqlJson, width: number): string {
  if (json.boolean !== undefined) return `${json.boolean ? 'yes' : 'no'}\n`;
  const vars = json.head.vars ?? [];
  const rows = (json.results?.bindings ?? []).map((b) => vars.map((v) => termText(b[v])));
  if (vars.length === 0) return `(${rows.length} row${rows.length === 1 ? '' : 's'})\n`;
  const natural = vars.map((v, i) => Math.max(v.length, ...rows.map((r) => [...r[i]!].length)));
  const widths = fitWidths(natural, width);
  const line = (cells: string[]): string => cells.map((c, i) => cut(c, widths[i]!)).join(' │ ').trimEnd();
  const out = [line(vars), widths.map((w) => '─'.repeat(w)).join('─┼─'), ...rows.map(line)];
  out.push(`(${rows.length} row${rows.length === 1 ? '' : 's'})`);
  return `${out.join('\n')}\n`;
}
