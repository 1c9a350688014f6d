// Adapters shared by the language analysers: the gazetteer seen through the
// small interface that entity recognition uses.
import { loadGazetteer, type GazetteerEntry } from '../entities/gazetteer.js';
import type { KnownEntity } from '../entities/resources.js';
import { BoundedMap } from '../data/bounded-map.js';

function toKnown(e: GazetteerEntry, byId?: (id: string) => GazetteerEntry | undefined): KnownEntity {
  const k: KnownEntity = { id: e.id, label: e.label, type: e.type, aliases: e.aliases };
  if (e.wikidata !== undefined) k.wikidata = e.wikidata;
  if (e.labels.de !== undefined || e.labels.en !== undefined) k.labels = e.labels;
  const maker = e.maker === undefined ? undefined : byId?.(e.maker);
  if (maker !== undefined) k.maker = toKnown(maker);
  return k;
}

export interface GazetteerView {
  matchAt(words: string[], start: number): { entries: KnownEntity[]; length: number } | undefined;
  lookup(surface: string): KnownEntity[];
  lookupWeak(surface: string): KnownEntity[];
  lookupContext(surface: string): KnownEntity[];
  lookupBlockedPlace(surface: string): KnownEntity | undefined;
  lookupTownWord(surface: string): KnownEntity | undefined;
}

let view: GazetteerView | undefined;

export function gazetteerResources(): GazetteerView {
  if (view !== undefined) return view;
  const gaz = loadGazetteer();
  const known = (e: GazetteerEntry): KnownEntity => toKnown(e, (id) => gaz.byId(id));
  // Gazetteer keys are normalised on every call; news repeats names, so cache.
  const lookups = new BoundedMap<string, KnownEntity[]>();
  // Keyed by six-word windows, which rarely repeat: kept small.
  // (null: no match; one lookup answers both whether and what.)
  const matches = new BoundedMap<string, { entries: KnownEntity[]; length: number } | null>(10_000);
  // Inhabitant words ("Zuger", "Steirer") try several stems each, most of them no
  // name at all: a miss of the strong lookup would look the surface up again.
  const weakLookups = new BoundedMap<string, KnownEntity[]>();
  view = {
    matchAt(words, start) {
      // Most capitalised words open no known name: then no window key is built.
      const first = words[start];
      if (first !== undefined && !gaz.mayStart(first)) return undefined;
      // ("Department for Environment, Food and Rural Affairs": a name with commas spans more words, up to nine.)
      let span = 6;
      for (let k = start + 1; k < start + 8 && k < words.length; k++) if (words[k] === ',') span = 9;
      const window = words.slice(start, start + span);
      const key = window.join('\u0001');
      const hit = matches.get(key);
      if (hit !== undefined) return hit ?? undefined;
      const m = gaz.matchAt(window, 0);
      const value = m === undefined ? undefined : { entries: m.entries.map(known), length: m.length };
      matches.set(key, value ?? null);
      return value;
    },
    lookup(surface) {
      let hit = lookups.get(surface);
      if (hit === undefined) {
        hit = gaz.lookup(surface).map(known);
        lookups.set(surface, hit);
      }
      return hit;
    },
    lookupWeak(surface) {
      const hit = view!.lookup(surface);
      if (hit.length > 0) return hit;
      let weak = weakLookups.get(surface);
      if (weak === undefined) {
        weak = gaz.lookupWeak(surface).map(known);
        weakLookups.set(surface, weak);
      }
      return weak;
    },
    lookupContext(surface) {
      return gaz.lookupContext(surface).map(known);
    },
    lookupBlockedPlace(surface) {
      const e = gaz.lookupBlockedPlace(surface);
      return e === undefined ? undefined : known(e);
    },
    lookupTownWord(surface) {
      const e = gaz.lookupTownWord(surface);
      return e === undefined ? undefined : known(e);
    },
  };
  return view;
}
