// A small JSON-LD 1.1 writer (n3 has none): one object per named graph with
// its nodes under "@graph"; full IRIs for properties, typed and language-tagged
// literals as value objects. Input quads must already be in canonical order.
import type { Quad, Term } from 'n3';

type Value = { '@id': string } | { '@value': string; '@language'?: string; '@type'?: string };

function value(t: Term): Value {
  if (t.termType !== 'Literal') return { '@id': t.value };
  if (t.language !== '') return { '@value': t.value, '@language': t.language };
  if (t.datatype.value === 'http://www.w3.org/2001/XMLSchema#string') return { '@value': t.value };
  return { '@value': t.value, '@type': t.datatype.value };
}

export function toJsonLd(quads: Quad[], prefixes: Record<string, string>): string {
  const graphs = new Map<string, Map<string, Record<string, Value[]>>>();
  for (const q of quads) {
    const g = q.graph.termType === 'DefaultGraph' ? '' : q.graph.value;
    const nodes = graphs.get(g) ?? new Map<string, Record<string, Value[]>>();
    graphs.set(g, nodes);
    const node = nodes.get(q.subject.value) ?? {};
    nodes.set(q.subject.value, node);
    (node[q.predicate.value] ??= []).push(value(q.object));
  }
  const nodeList = (nodes: Map<string, Record<string, Value[]>>) =>
    [...nodes.entries()].map(([id, props]) => ({ '@id': id, ...props }));
  const top: unknown[] = [];
  for (const [g, nodes] of graphs) {
    if (g === '') top.push(...nodeList(nodes));
    else top.push({ '@id': g, '@graph': nodeList(nodes) });
  }
  return `${JSON.stringify({ '@context': prefixes, '@graph': top }, null, 2)}\n`;
}
