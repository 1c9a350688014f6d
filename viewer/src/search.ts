// Search with autocomplete over labels and aliases: an ARIA combobox with a
// listbox, navigable with arrow keys, Enter to select, Escape to close.
import type { App } from './app.js';
import { el } from './dom.js';
import { classLabel } from './labels.js';

interface Match {
  id: string;
  label: string;
  via: string | undefined;
  rank: number;
}

const MAX = 12;

export function searchMatches(app: App, query: string): Match[] {
  const q = query.trim().toLowerCase();
  if (q === '') return [];
  const out: Match[] = [];
  for (const n of app.index.model.nodes) {
    let best: Match | undefined;
    for (const [i, name] of [n.label, ...n.aliases].entries()) {
      const at = name.toLowerCase().indexOf(q);
      if (at < 0) continue;
      // Exact before prefix before infix; the label before an alias.
      const rank = (name.length === q.length ? 0 : at === 0 ? 1 : 2) * 2 + (i === 0 ? 0 : 1);
      if (best === undefined || rank < best.rank) best = { id: n.id, label: n.label, via: i === 0 ? undefined : name, rank };
    }
    if (best !== undefined) out.push(best);
  }
  out.sort((a, b) => a.rank - b.rank || a.label.localeCompare(b.label));
  return out.slice(0, MAX);
}

export function setupSearch(app: App, input: HTMLInputElement, list: HTMLUListElement): void {
  let matches: Match[] = [];
  let active = -1;
  const close = (): void => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };
  const paint = (): void => {
    list.replaceChildren(
      ...matches.map((m, i) => {
        const node = app.index.nodeById.get(m.id);
        const li = el('li', { text: m.label, attrs: { id: `search-opt-${i}`, role: 'option', 'aria-selected': String(i === active) } });
        const extra = [m.via === undefined ? undefined : `“${m.via}”`, node === undefined ? undefined : classLabel(app.index, node.class)];
        li.append(el('small', { text: extra.filter(Boolean).join(' · ') }));
        li.addEventListener('mousedown', (ev) => {
          ev.preventDefault();
          choose(i);
        });
        return li;
      }),
    );
    if (active >= 0) {
      input.setAttribute('aria-activedescendant', `search-opt-${active}`);
      list.children[active]?.scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  };
  const choose = (i: number): void => {
    const m = matches[i];
    if (m === undefined) return;
    input.value = m.label;
    close();
    app.selectNode(m.id, { focus: true });
  };
  input.addEventListener('input', () => {
    matches = searchMatches(app, input.value);
    active = matches.length > 0 ? 0 : -1;
    list.hidden = matches.length === 0;
    input.setAttribute('aria-expanded', String(matches.length > 0));
    paint();
  });
  input.addEventListener('keydown', (ev) => {
    if (ev.key === 'ArrowDown' || ev.key === 'ArrowUp') {
      if (matches.length === 0) return;
      ev.preventDefault();
      list.hidden = false;
      input.setAttribute('aria-expanded', 'true');
      active = (active + (ev.key === 'ArrowDown' ? 1 : -1) + matches.length) % matches.length;
      paint();
    } else if (ev.key === 'Enter') {
      if (active >= 0) {
        ev.preventDefault();
        choose(active);
      }
    } else if (ev.key === 'Escape') close();
  });
  input.addEventListener('blur', close);
}
