// The evidence sentence with the two mentions marked. The graph carries no
// mention offsets, so the subject's and object's labels and aliases are
// looked up in the sentence (case-insensitive, longest first, no overlaps).
// Built with text nodes only: sentences come from untrusted articles.

interface Hit {
  start: number;
  end: number;
  role: 'subject' | 'object';
}

export function findMentions(sentence: string, subjectNames: string[], objectNames: string[]): Hit[] {
  const lower = sentence.toLowerCase();
  const scan = (names: string[], role: Hit['role']): Hit[] => {
    const hits: Hit[] = [];
    for (const name of names) {
      const needle = name.trim().toLowerCase();
      if (needle.length < 2) continue;
      for (let at = lower.indexOf(needle); at >= 0; at = lower.indexOf(needle, at + 1)) {
        hits.push({ start: at, end: at + needle.length, role });
      }
    }
    return hits;
  };
  const subjects = scan(subjectNames, 'subject');
  const objects = scan(objectNames, 'object');
  // One mark per role: longer names first, then the two mentions closest together
  // (a relation is usually stated within a clause), never overlapping. Pairs are
  // [subject, object], so the order penalty above reads "object before subject".
  let best: { hits: Hit[]; score: number } | undefined;
  const consider = (hits: Hit[]): void => {
    const length = hits.reduce((n, h) => n + h.end - h.start, 0);
    // Distance between the two spans; the subject usually comes first (main clauses, both languages).
    const [a, b] = hits;
    const gap = a === undefined || b === undefined ? 0 : Math.max(a.start, b.start) - Math.min(a.end, b.end) + (b.start < a.start ? 40 : 0);
    const score = hits.length * 1e6 + length * 1e3 - gap;
    if (best === undefined || score > best.score) best = { hits, score };
  };
  for (const s of subjects) {
    for (const o of objects) if (o.end <= s.start || s.end <= o.start) consider([s, o]);
    consider([s]);
  }
  for (const o of objects) consider([o]);
  return (best?.hits ?? []).sort((a, b) => a.start - b.start);
}

export function evidenceElement(sentence: string, subjectNames: string[], objectNames: string[]): HTMLElement {
  const block = document.createElement('blockquote');
  block.className = 'evidence';
  let pos = 0;
  for (const hit of findMentions(sentence, subjectNames, objectNames)) {
    block.append(document.createTextNode(sentence.slice(pos, hit.start)));
    const mark = document.createElement('mark');
    mark.className = hit.role;
    mark.textContent = sentence.slice(hit.start, hit.end);
    block.append(mark);
    pos = hit.end;
  }
  block.append(document.createTextNode(sentence.slice(pos)));
  return block;
}
