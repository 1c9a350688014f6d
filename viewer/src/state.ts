// The view state that a shared link reproduces: selection, filters, camera,
// edge labels and theme, kept in the URL's hash (works from file:// too).

export type KindFilter = 'all' | 'fact' | 'claim';

export interface ViewState {
  node?: string;
  edge?: string;
  hiddenClasses: Set<string>;
  hiddenPredicates: Set<string>;
  hiddenArticles: Set<string>;
  kind: KindFilter;
  camera?: { x: number; y: number; ratio: number };
  edgeLabels?: boolean;
  theme?: 'light' | 'dark';
}

export function emptyState(): ViewState {
  return { hiddenClasses: new Set(), hiddenPredicates: new Set(), hiddenArticles: new Set(), kind: 'all' };
}

export function parseHash(hash: string): ViewState {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const state = emptyState();
  const node = params.get('node');
  if (node) state.node = node;
  const edge = params.get('edge');
  if (edge) state.edge = edge;
  for (const v of params.getAll('hc')) state.hiddenClasses.add(v);
  for (const v of params.getAll('hp')) state.hiddenPredicates.add(v);
  for (const v of params.getAll('ha')) state.hiddenArticles.add(v);
  const kind = params.get('kind');
  if (kind === 'fact' || kind === 'claim') state.kind = kind;
  const cam = params.get('cam')?.split(',').map(Number);
  if (cam !== undefined && cam.length === 3 && cam.every(Number.isFinite) && (cam[2] ?? 0) > 0) {
    state.camera = { x: cam[0] ?? 0.5, y: cam[1] ?? 0.5, ratio: cam[2] ?? 1 };
  }
  const labels = params.get('el');
  if (labels === '0' || labels === '1') state.edgeLabels = labels === '1';
  const theme = params.get('theme');
  if (theme === 'light' || theme === 'dark') state.theme = theme;
  return state;
}

export function formatHash(state: ViewState): string {
  const params = new URLSearchParams();
  if (state.node !== undefined) params.set('node', state.node);
  if (state.edge !== undefined) params.set('edge', state.edge);
  for (const v of [...state.hiddenClasses].sort()) params.append('hc', v);
  for (const v of [...state.hiddenPredicates].sort()) params.append('hp', v);
  for (const v of [...state.hiddenArticles].sort()) params.append('ha', v);
  if (state.kind !== 'all') params.set('kind', state.kind);
  if (state.camera !== undefined) {
    const { x, y, ratio } = state.camera;
    params.set('cam', [x, y, ratio].map((n) => Number(n.toFixed(5))).join(','));
  }
  if (state.edgeLabels !== undefined) params.set('el', state.edgeLabels ? '1' : '0');
  if (state.theme !== undefined) params.set('theme', state.theme);
  const text = params.toString();
  return text === '' ? '' : `#${text}`;
}
