// Planning a push, between reading the graph and the requests: which graphs
// go together in a group (loaded, counted and swapped in together), and how
// the triples of a group are packed into INSERT DATA requests of bounded size.
import type { Quad } from 'n3';
import { hasBlankNodes, type GraphPart } from './split.js';

/** Consecutive graphs together while their triples fit in one batch; a larger graph forms a group of its own. */
export function groupParts(parts: readonly GraphPart[], batchSize: number, groupSize: number): GraphPart[][] {
  const groups: GraphPart[][] = [];
  let current: GraphPart[] = [];
  let size = 0;
  for (const part of parts) {
    if (current.length > 0 && (size + part.triples.length > batchSize || current.length >= groupSize)) {
      groups.push(current);
      current = [];
      size = 0;
    }
    current.push(part);
    size += part.triples.length;
  }
  if (current.length > 0) groups.push(current);
  return groups;
}

/** Packs the triples of a group into requests of at most `size` triples; a graph with blank nodes is never split. */
export function packSegments(group: readonly GraphPart[], size: number): Array<Array<{ part: GraphPart; triples: Quad[] }>> {
  const requests: Array<Array<{ part: GraphPart; triples: Quad[] }>> = [];
  let current: Array<{ part: GraphPart; triples: Quad[] }> = [];
  let used = 0;
  for (const part of group) {
    const whole = hasBlankNodes(part.triples);
    let offset = 0;
    while (offset < part.triples.length) {
      if (used >= size || (whole && used > 0 && used + part.triples.length > size)) {
        requests.push(current);
        current = [];
        used = 0;
      }
      const take = whole ? part.triples.length : Math.min(size - used, part.triples.length - offset);
      current.push({ part, triples: part.triples.slice(offset, offset + take) });
      used += take;
      offset += take;
    }
  }
  if (current.length > 0) requests.push(current);
  return requests;
}
