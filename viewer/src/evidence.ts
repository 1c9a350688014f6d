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
  const candidates: Hit[] = [];
  const scan = (names: string[], role: Hit['role']): void => {
    for (const name of names) {
      const needle = name.trim().toLowerCase();
      if (needle.length < 2) continue;
      for (let at = lower.indexOf(needle); at >= 0; at = lower.indexOf(needle, at + 1)) {
        candidates.push({ start: at, end: at + needle.length, role });
      }
    }
  };
  scan(subjectNames, 'subject');
  scan(objectNames, 'object');
  candidates.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const chosen: Hit[] = [];
  const roles = new Set<string>();
  for (const c of candidates) {
    // One mark per role (the longest match), never overlapping the other.
    if (roles.has(c.role) || chosen.some((h) => c.start < h.end && h.start < c.end)) continue;
    chosen.push(c);
    roles.add(c.role);
  }
  return chosen.sort((a, b) => a.start - b.start);
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
