// An article's part of the output: its quads in the output format, without the
// format's header so that parts can be concatenated, and the figures the
// summary counts. Loads n3's writer, which a warm build's main thread needs only
// once its workers are on their way.
import type { Quad } from 'n3';
import { Parser } from '../rdf/n3.js';
import { NS } from '../rdf/vocab.js';
import { canonical, getExporter } from '../export/exporters.js';
import type { FormatName } from '../settings.js';
import type { Message } from '../types.js';
import type { ArticleChunk, ArticleJob } from './article-job.js';

const headers = new Map<FormatName, string>();

/** The text an exporter writes before any triple (prefixes). */
export function formatHeader(format: FormatName): string {
  let h = headers.get(format);
  if (h === undefined) headers.set(format, (h = getExporter(format).write([])));
  return h;
}

/** Quads in a format without its header, so parts can be concatenated. */
export function formatChunk(format: FormatName, quads: Quad[]): string {
  if (quads.length === 0) return '';
  const text = getExporter(format).write(quads);
  const header = formatHeader(format);
  return text.startsWith(header) ? text.slice(header.length) : text;
}

const ntriples = (quads: Quad[]): string[] => {
  const text = getExporter('ntriples').write(quads);
  return text === '' ? [] : text.trimEnd().split('\n');
};

export function chunkOf(job: ArticleJob, fileName: string, quads: Quad[], messages: Message[]): Omit<ArticleChunk, 'cached'> {
  const merged = !getExporter(job.format).keepsGraphs;
  const own: Quad[] = [];
  const shared: Quad[] = [];
  for (const q of quads) (merged && q.subject.value.startsWith(NS.entity) ? shared : own).push(q);
  const types = quads.filter((q) => q.predicate.value === `${NS.rdf}type`);
  return {
    index: job.index,
    fileName,
    text: formatChunk(job.format, canonical(own, merged)),
    shared: ntriples(shared),
    entities: [...new Set(types.filter((q) => q.subject.value.startsWith(NS.entity)).map((q) => q.subject.value))].sort(),
    triples: canonical(quads, merged).length,
    facts: types.filter((q) => q.object.value === `${NS.kg}Fact`).length,
    claims: types.filter((q) => q.object.value === `${NS.kg}Claim`).length,
    messages,
  };
}

/** Whether the format keeps one graph per article (else entity triples are shared and written once). */
export function keepsGraphs(format: FormatName): boolean {
  return getExporter(format).keepsGraphs;
}

/** Entity triples, as N-Triples lines, as a part in the format. */
export function sharedChunk(format: FormatName, lines: string[]): string {
  return formatChunk(format, new Parser({ format: 'N-Triples' }).parse(lines.join('\n')));
}
