// Quads grouped by subject, then predicate, objects deduplicated: the shape
// in which the graph readers (the entity commands' model, the viewer's
// converter) look things up. Graph names are ignored.
import type { Quad, Term } from 'n3';

export type SubjectIndex = Map<string, Map<string, Term[]>>;

export function indexBySubject(quads: readonly Quad[]): SubjectIndex {
  const index: SubjectIndex = new Map();
  for (const q of quads) {
    let props = index.get(q.subject.value);
    if (props === undefined) index.set(q.subject.value, (props = new Map()));
    const list = props.get(q.predicate.value);
    if (list === undefined) props.set(q.predicate.value, [q.object]);
    else if (!list.some((t) => t.equals(q.object))) list.push(q.object);
  }
  return index;
}
