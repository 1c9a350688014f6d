// The ontology classes of places, which several stages treat alike (a place before a compound's head, a place's
// genitive, a town and its state between commas).
export const PLACE_CLASSES: ReadonlySet<string> = new Set(['Place', 'City', 'Region', 'Country']);
