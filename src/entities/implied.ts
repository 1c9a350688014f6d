// Implied countries: the country a town or region the article names lies in ("Linz", "die oberösterreichische
// Molkerei" → Österreich), added as an entity of the article when the text does not name the country itself. The
// gazetteer says where each town and region lies; a place without one country (a sea, the Alps) implies none. No
// relation reads these entities: they are added after relations, as background entities are.
import type { Doc, Entity } from '../types.js';
import { loadGazetteer } from './gazetteer.js';

const IMPLYING = new Set(['City', 'Region']);

/** Adds the country of each town and region named in the article body, unless an entity of the article is it. */
export function recognizeImpliedCountries(doc: Doc): void {
  const gazetteer = loadGazetteer();
  const datelineEnd = doc.article.dateline?.end ?? 0;
  const present = new Set<string>();
  for (const e of doc.entities) {
    present.add(e.key);
    if (e.wikidata !== undefined) present.add(e.wikidata);
  }
  const added = new Set<string>();
  for (const m of doc.mentions) {
    // (The dateline's town is where the report was filed, not what it is about.)
    if (m.entity === undefined || m.gazetteerId === undefined || !IMPLYING.has(m.type) || m.start < datelineEnd) continue;
    const iso = gazetteer.byId(m.gazetteerId)?.country;
    if (iso === undefined || added.has(iso)) continue;
    const country = gazetteer.byId(`country:${iso}`);
    if (country === undefined || country.type !== 'Country') continue;
    added.add(iso);
    const key = country.wikidata ?? country.id;
    if (present.has(key)) continue;
    const local = country.labels[doc.article.lang];
    const e: Entity = { key, label: country.label, aliases: local !== undefined && local !== country.label ? [local] : [], type: 'Country', mentions: [], wikidata: country.wikidata, unnamed: undefined, weakType: undefined };
    doc.entities.push(e);
    present.add(key);
  }
}
