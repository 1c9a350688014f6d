// Legend and filters: classes (with their colours and counts: the legend),
// relations, articles, and facts/claims. Checkboxes with labels, so they are
// keyboard-usable and named for screen readers.
import type { App } from './app.js';
import { el } from './dom.js';
import { classColor } from './colors.js';
import { classLabel, predicateLabel } from './labels.js';
import type { KindFilter } from './state.js';

function checkbox(label: string, checked: boolean, onChange: (on: boolean) => void, extra: Node[] = [], count?: number): HTMLLabelElement {
  const box = el('input', { attrs: { type: 'checkbox' } });
  box.checked = checked;
  box.addEventListener('change', () => onChange(box.checked));
  return el('label', {}, box, ...extra, label, ...(count === undefined ? [] : [el('span', { class: 'count', text: String(count) })]));
}

function toggle(set: Set<string>, key: string, visible: boolean): void {
  if (visible) set.delete(key);
  else set.add(key);
}

interface Counts {
  classCount: Map<string, number>;
  predCount: Map<string, { count: number; label: string }>;
}
const countsOf = new WeakMap<App['index'], Counts>();

/** Entities per class and statements per relation: computed once per graph, not on every update. */
function counts(app: App): Counts {
  let c = countsOf.get(app.index);
  if (c === undefined) {
    const { model } = app.index;
    const classCount = new Map<string, number>();
    for (const n of model.nodes) classCount.set(n.class, (classCount.get(n.class) ?? 0) + 1);
    const predCount = new Map<string, { count: number; label: string }>();
    for (const e of model.edges) {
      let entry = predCount.get(e.predicate);
      if (entry === undefined) predCount.set(e.predicate, (entry = { count: 0, label: predicateLabel(app.index, e) }));
      entry.count++;
    }
    c = { classCount, predCount };
    countsOf.set(app.index, c);
  }
  return c;
}

export function renderFilters(app: App, root: HTMLElement): void {
  const { model } = app.index;
  const { state } = app;
  const field = (id: string, title: string, items: Node[]): void => {
    const set = root.querySelector<HTMLFieldSetElement>(`#${id}`);
    if (set !== null) set.replaceChildren(el('legend', { text: title }), ...items);
  };
  const kinds: [KindFilter, string][] = [['all', 'Facts and claims'], ['fact', 'Facts only'], ['claim', 'Claims only']];
  field(
    'filter-kind',
    'Statements',
    kinds.map(([kind, text]) => {
      const radio = el('input', { attrs: { type: 'radio', name: 'kind', value: kind } });
      radio.checked = state.kind === kind;
      radio.addEventListener('change', () => {
        state.kind = kind;
        app.update();
      });
      return el('label', {}, radio, text);
    }),
  );
  const { classCount, predCount } = counts(app);
  field(
    'filter-classes',
    'Classes',
    [...classCount].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([cls, count]) =>
      checkbox(classLabel(app.index, cls), !state.hiddenClasses.has(cls), (on) => {
        toggle(state.hiddenClasses, cls, on);
        app.update();
      }, [el('span', { class: 'swatch', attrs: { style: `background:${classColor(cls)}`, 'aria-hidden': 'true' } })], count),
    ),
  );
  field(
    'filter-predicates',
    'Relations',
    [...predCount].sort((a, b) => a[1].label.localeCompare(b[1].label)).map(([p, { count, label }]) =>
      checkbox(label, !state.hiddenPredicates.has(p), (on) => {
        toggle(state.hiddenPredicates, p, on);
        app.update();
      }, [], count),
    ),
  );
  field(
    'filter-articles',
    'Articles',
    model.articles.map((a) => {
      const name = [a.source, a.date, a.fileName?.split(/[\\/]/).pop()].filter(Boolean).join(' · ') || a.id;
      return checkbox(name, !state.hiddenArticles.has(a.id), (on) => {
        toggle(state.hiddenArticles, a.id, on);
        app.update();
      });
    }),
  );
}
