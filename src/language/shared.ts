// Adapters shared by the language analysers: the gazetteer seen through the
// small interface that entity recognition uses.
import { loadGazetteer, type GazetteerEntry } from '../entities/gazetteer.js';
import type { KnownEntity } from '../entities/resources.js';

function toKnown(e: GazetteerEntry): KnownEntity {
  const k: KnownEntity = { id: e.id, label: e.label, type: e.type, aliases: e.aliases };
  if (e.wikidata !== undefined) k.wikidata = e.wikidata;
  return k;
}

export interface GazetteerView {
  matchAt(words: string[], start: number): { entries: KnownEntity[]; length: number } | undefined;
  lookup(surface: string): KnownEntity[];
}

let view: GazetteerView | undefined;

export function gazetteerResources(): GazetteerView {
  if (view !== undefined) return view;
  const gaz = loadGazetteer();
  view = {
    matchAt(words, start) {
      const m = gaz.matchAt(words, start);
      return m === undefined ? undefined : { entries: m.entries.map(toKnown), length: m.length };
    },
    lookup: (surface) => gaz.lookup(surface).map(toKnown),
  };
  return view;
}
