// A tiny element builder that only ever sets text: no innerHTML anywhere in
// the viewer, so labels and sentences from articles cannot inject markup.

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: { class?: string; text?: string; attrs?: Record<string, string> } = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (props.class !== undefined) node.className = props.class;
  if (props.text !== undefined) node.textContent = props.text;
  for (const [k, v] of Object.entries(props.attrs ?? {})) node.setAttribute(k, v);
  node.append(...children);
  return node;
}

export function button(text: string, onClick: () => void, label?: string): HTMLButtonElement {
  const b = el('button', { class: 'link', text, attrs: { type: 'button', ...(label === undefined ? {} : { 'aria-label': label }) } });
  b.addEventListener('click', onClick);
  return b;
}
