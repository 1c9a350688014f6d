// Class reasoning shared by all languages, from the ontology: whether a class
// fits what a description or a property's domain/range asks for, and retyping
// of entities whose type was only a guess once a relation tells more
// ("X entwickelt Y" makes an untyped Y a Product).
import type { Doc, Entity, Relation } from '../types.js';
import type { Ontology } from '../rdf/ontology.js';

export interface Typing {
  isA(cls: string, want: string): boolean;
  classFit(entityClass: string, want: string): number;
  fits(predicate: string, subject: Entity | undefined, object: Entity | undefined): boolean;
  retype(doc: Doc): void;
}

/** Classes of places from small to large; a place lies only in one of the same or a larger class (countries in none). */
const PLACE_SCALE = ['City', 'Region', 'Country'];
/** Properties whose domain allows a place only as a municipality's government. */
const PLACE_ACTS = new Set(['accused', 'criticized', 'terminatedContractWith', 'banned']);

export function makeTyping(ontology: Ontology): Typing {
  const isA = (cls: string, want: string): boolean =>
    cls === want || (ontology.classes.has(cls) && ontology.isSubClassOf(cls, want));
  const fitsOne = (e: Entity | undefined, classes: string[]): boolean =>
    e === undefined || e.weakType === true || classes.length === 0 || classes.some((c) => isA(e.type, c));
  // Every candidate relation is checked against its property's domain and range;
  // the ontology builds a fresh list per call, so keep one per property here.
  const domains = new Map<string, string[]>();
  const ranges = new Map<string, string[]>();
  const domainOf = (p: string): string[] => {
    let list = domains.get(p);
    if (list === undefined) domains.set(p, (list = ontology.domain(p)));
    return list;
  };
  const rangeOf = (p: string): string[] => {
    let list = ranges.get(p);
    if (list === undefined) ranges.set(p, (list = ontology.range(p)));
    return list;
  };
  // Places lie in larger places: "Japan … in Wolfsburg" places no country in a town.
  const scale = (e: Entity | undefined): number | undefined => {
    if (e === undefined || e.weakType === true) return undefined;
    const k = PLACE_SCALE.findIndex((c) => isA(e.type, c));
    return k < 0 ? undefined : k;
  };
  const containable = (subject: Entity | undefined, object: Entity | undefined): boolean => {
    const a = scale(subject);
    const b = scale(object);
    return a === undefined || b === undefined || a < b || (a === b && a < PLACE_SCALE.length - 1);
  };
  // A town, region or country owns a company only when a text says so of it ("gehört der Stadt Hamburg"): the
  // ontology allows a place as owner, but a parent read from a description ("die Tochter in Stockholm") is never one.
  const placeParent = (predicate: string, object: Entity | undefined): boolean =>
    predicate === 'subsidiaryOf' && object !== undefined && object.weakType !== true && isA(object.type, 'Place');
  const fits = (predicate: string, subject: Entity | undefined, object: Entity | undefined): boolean =>
    fitsOne(subject, domainOf(predicate)) && fitsOne(object, rangeOf(predicate)) && (predicate !== 'locatedIn' || containable(subject, object)) && !placeParent(predicate, object);
  // Coreference asks how well each earlier entity's class fits each reference, several times per candidate: the
  // answer per pair of classes, computed once (the ontology does not change).
  const fitMemo = new Map<string, Map<string, number>>();
  const classFit = (entityClass: string, want: string): number => {
    let byWant = fitMemo.get(entityClass);
    if (byWant === undefined) fitMemo.set(entityClass, (byWant = new Map()));
    let fit = byWant.get(want);
    if (fit === undefined) byWant.set(want, (fit = isA(entityClass, want) ? 2 : isA(want, entityClass) ? 1 : 0));
    return fit;
  };
  return {
    isA,
    classFit,
    fits,
    retype(doc) {
      const byKey = new Map(doc.entities.map((e) => [e.key, e]));
      for (const r of doc.relations) {
        const fix = (e: Entity | undefined, classes: string[]): void => {
          if (e === undefined || !e.weakType || classes.length === 0) return;
          if (!classes.some((c) => isA(e.type, c))) e.type = classes[0]!;
          e.weakType = false;
        };
        fix(byKey.get(r.subject), domainOf(r.predicate));
        if (r.object.kind === 'entity') fix(byKey.get(r.object.key), rangeOf(r.predicate));
      }
      // A relation typed one entity, another relation of it now no longer fits ("die Zeitung, die er geleitet
      // hat" after "gibt die Zeitung heraus" made a product of the paper): the graph keeps only what fits, a
      // relation to a literal too (a founding year of what a later relation typed a person).
      // (A place accuses, criticises, bans or ends a contract only as a municipality the text names so, "die Gemeinde
      // Wildbichl"; a town read as the subject elsewhere is most often a word of another name.)
      const acts = (r: Relation): boolean => {
        const e = byKey.get(r.subject);
        return !PLACE_ACTS.has(r.predicate) || e === undefined || !isA(e.type, 'Place') || e.mentions.some((k) => doc.mentions[k]?.municipal === true);
      };
      doc.relations = doc.relations.filter((r) => fits(r.predicate, byKey.get(r.subject), r.object.kind === 'entity' ? byKey.get(r.object.key) : undefined) && acts(r));
    },
  };
}
