// Registry of export formats: format name → exporter. Output is deterministic:
// quads are deduplicated and sorted by graph, subject, predicate and object, so
// the same input always gives the same bytes.
import type { Quad, Term } from 'n3';
import { Writer } from '../rdf/n3.js';
import { FormatError } from '../errors.js';
import { FORMAT_NAMES, type FormatName } from '../settings.js';
import { NS, OUTPUT_PREFIXES } from '../rdf/vocab.js';
import { toJsonLd } from './jsonld.js';

export interface Exporter {
  name: FormatName;
  extension: string;
  mediaType: string;
  /** Whether named graphs survive (TriG, N-Quads, JSON-LD) or are merged. */
  keepsGraphs: boolean;
  write(quads: Quad[]): string;
}

const PREFIXES = Object.fromEntries(OUTPUT_PREFIXES.map((p) => [p, NS[p]]));

function key(t: Term): string {
  if (t.termType === 'Literal') return `"${t.value}"@${t.language}^^${t.datatype.value}`;
  return `${t.termType === 'DefaultGraph' ? '' : '<'}${t.value}`;
}

/** Sorted, deduplicated quads; with `merge`, graphs are dropped first. */
export function canonical(quads: Quad[], merge: boolean): Quad[] {
  const seen = new Map<string, Quad>();
  for (const q of quads) {
    const k = `${merge ? '' : key(q.graph)}\u0001${key(q.subject)}\u0001${key(q.predicate)}\u0001${key(q.object)}`;
    if (!seen.has(k)) seen.set(k, q);
  }
  return [...seen.entries()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).map(([, q]) => q);
}

function n3Exporter(name: FormatName, format: string, extension: string, mediaType: string, keepsGraphs: boolean, prefixes: boolean): Exporter {
  return {
    name,
    extension,
    mediaType,
    keepsGraphs,
    write(quads) {
      const writer = new Writer(prefixes ? { format, prefixes: PREFIXES } : { format });
      let out = '';
      for (const q of canonical(quads, !keepsGraphs)) {
        writer.addQuad(q.subject, q.predicate, q.object, keepsGraphs ? q.graph : undefined);
      }
      writer.end((error, result: string) => {
        if (error) throw error;
        out = result;
      });
      // n3 writes "kg:endOffset 59." — Virtuoso misreads an integer right before the
      // final dot (../shared/notes/toolchain.md), so put a space between them.
      return prefixes ? out.replace(/(\s[-+]?\d+)\.$/gm, '$1 .') : out;
    },
  };
}

export const EXPORTERS: Record<FormatName, Exporter> = {
  turtle: n3Exporter('turtle', 'Turtle', 'ttl', 'text/turtle', false, true),
  trig: n3Exporter('trig', 'TriG', 'trig', 'application/trig', true, true),
  ntriples: n3Exporter('ntriples', 'N-Triples', 'nt', 'application/n-triples', false, false),
  nquads: n3Exporter('nquads', 'N-Quads', 'nq', 'application/n-quads', true, false),
  jsonld: {
    name: 'jsonld',
    extension: 'jsonld',
    mediaType: 'application/ld+json',
    keepsGraphs: true,
    write: (quads) => toJsonLd(canonical(quads, false), PREFIXES),
  },
};

export function getExporter(name: string): Exporter {
  if (!(FORMAT_NAMES as readonly string[]).includes(name)) {
    throw new FormatError('FORMAT_UNKNOWN', `unknown format '${name}'; expected one of: ${FORMAT_NAMES.join(', ')}`);
  }
  return EXPORTERS[name as FormatName];
}
