// The side panel: a selected node (label, class, aliases, Wikidata link,
// attributes, every relation in and out grouped by predicate, each with its
// evidence) or a selected edge (sentence with both mentions marked, article,
// rule). Text only; links only to wikidata.org.
import type { ViewEdge, ViewProvenance } from '../../src/view/model.js';
import type { App } from './app.js';
import { button, el } from './dom.js';
import { evidenceElement } from './evidence.js';
import { classLabel, edgeLabel, nodeLabel, predicateLabel } from './labels.js';

function names(app: App, id: string): string[] {
  const n = app.index.nodeById.get(id);
  return n === undefined ? [] : [n.label, ...n.aliases];
}

function provenance(app: App, prov: ViewProvenance, subject: string, object: string | undefined): HTMLElement[] {
  const out: HTMLElement[] = [];
  if (prov.sentence !== undefined) {
    out.push(evidenceElement(prov.sentence.text, names(app, subject), object === undefined ? [] : names(app, object)));
  }
  const article = prov.article === undefined ? undefined : app.index.articleById.get(prov.article);
  const meta = [
    article?.source,
    article?.date,
    prov.eventDate === undefined ? undefined : `event ${prov.eventDate}`,
    prov.rule === undefined ? undefined : `rule ${prov.rule}`,
  ].filter((x): x is string => x !== undefined);
  if (meta.length > 0) out.push(el('div', { class: 'meta', text: meta.join(' · ') }));
  return out;
}

function claimBadge(app: App, e: ViewEdge): HTMLElement[] {
  if (e.kind !== 'claim') return [];
  const by = e.claimedBy === undefined ? 'unknown' : nodeLabel(app.index, e.claimedBy);
  return [el('span', { class: 'badge', text: `claim by ${by}` })];
}

function nodePanel(app: App, id: string): HTMLElement[] {
  const node = app.index.nodeById.get(id);
  if (node === undefined) return [el('p', { text: 'Unknown entity.' })];
  const out: HTMLElement[] = [el('h2', { text: node.label }), el('div', { class: 'meta', text: `${classLabel(app.index, node.class)} (${node.class})` })];
  if (node.aliases.length > 0) out.push(el('div', { class: 'aliases', text: `Also: ${node.aliases.join(', ')}` }));
  const qid = node.wikidata?.match(/^https?:\/\/www\.wikidata\.org\/entity\/(Q\d+)$/)?.[1];
  if (qid !== undefined) {
    out.push(el('a', { text: `Wikidata ${qid}`, attrs: { href: `https://www.wikidata.org/wiki/${qid}`, target: '_blank', rel: 'noopener noreferrer' } }));
  }
  out.push(el('div', { class: 'meta', text: node.id }));
  const attributes = app.index.attributesOf.get(id) ?? [];
  if (attributes.length > 0) {
    const list = el('ul');
    for (const a of attributes) list.append(el('li', {}, el('strong', { text: `${predicateLabel(app.index, a)}: ` }), a.value, ...provenance(app, a, id, undefined)));
    out.push(el('h3', { text: 'Attributes' }), list);
  }
  const edges = app.index.edgesOf.get(id) ?? [];
  for (const [title, list] of [
    ['Outgoing relations', edges.filter((e) => e.source === id)],
    ['Incoming relations', edges.filter((e) => e.target === id && e.source !== id)],
  ] as const) {
    if (list.length === 0) continue;
    const section = el('section', { class: 'relations', attrs: { 'aria-label': title } }, el('h3', { text: `${title} (${list.length})` }));
    const groups = new Map<string, ViewEdge[]>();
    for (const e of list) groups.set(e.predicate, [...(groups.get(e.predicate) ?? []), e]);
    for (const [, group] of [...groups].sort((a, b) => a[0].localeCompare(b[0]))) {
      const first = group[0] as ViewEdge;
      const items = el('ul');
      for (const e of group) {
        const other = e.source === id ? e.target : e.source;
        const self = e.source === e.target ? ' (self)' : '';
        items.append(
          el(
            'li',
            { class: 'relation', attrs: { 'data-edge': e.id } },
            button(nodeLabel(app.index, other) + self, () => app.selectNode(other, { focus: true }), `Go to ${nodeLabel(app.index, other)}`),
            ' ',
            button('evidence', () => app.selectEdge(e.id), `Show evidence: ${edgeLabel(app.index, e)}`),
            ...claimBadge(app, e),
            ...provenance(app, e, e.source, e.target),
          ),
        );
      }
      section.append(el('h4', { text: predicateLabel(app.index, first) }), items);
    }
    out.push(section);
  }
  return out;
}

function edgePanel(app: App, id: string): HTMLElement[] {
  const e = app.index.edgeById.get(id);
  if (e === undefined) return [el('p', { text: 'Unknown relation.' })];
  const out: HTMLElement[] = [
    el(
      'h2',
      {},
      button(nodeLabel(app.index, e.source), () => app.selectNode(e.source, { focus: true })),
      ` ${predicateLabel(app.index, e)} `,
      button(nodeLabel(app.index, e.target), () => app.selectNode(e.target, { focus: true })),
    ),
    el('div', { class: 'meta', text: e.kind === 'claim' ? 'Claim' : 'Fact' }, ...claimBadge(app, e)),
  ];
  if (e.sentence === undefined) out.push(el('p', { text: 'No evidence sentence recorded for this relation.' }));
  out.push(...provenance(app, e, e.source, e.target));
  const article = e.article === undefined ? undefined : app.index.articleById.get(e.article);
  if (article !== undefined) {
    out.push(el('h3', { text: 'Article' }), el('div', { class: 'article', text: [article.source, article.date, article.lang, article.fileName].filter(Boolean).join(' · ') }));
  }
  out.push(el('div', { class: 'meta', text: e.id }));
  return out;
}

export function renderPanel(app: App, panel: HTMLElement): void {
  const { node, edge } = app.state;
  const content = edge !== undefined ? edgePanel(app, edge) : node !== undefined ? nodePanel(app, node) : [
    el('h2', { text: 'Knowledge graph' }),
    el('p', { text: `${app.index.model.nodes.length} entities, ${app.index.model.edges.length} relations from ${app.index.model.articles.length} articles.` }),
    el('p', { class: 'meta', text: 'Search or click an entity to see its relations; click an edge for the sentence it came from.' }),
  ];
  panel.replaceChildren(...content);
}
