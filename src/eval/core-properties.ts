// The core relation properties of /work/shared/corpus/README.md, by local name.
// The scorer counts a triple as a "relation triple" only when its predicate is one of these.

export const CORE_PROPERTIES = [
  'hostedBy',
  'subsidiaryOf',
  'owns',
  'investedIn',
  'acquired',
  'founded',
  'foundedIn',
  'ceoOf',
  'dismissed',
  'spokespersonOf',
  'worksFor',
  'memberOf',
  'locatedIn',
  'developerOf',
  'competitorOf',
  'partnerOf',
  'sued',
  'accused',
  'accusedOfColludingWith',
  'criticized',
  'deniedInjunction',
  'grantedInjunction',
  'ruledAgainst',
  'ruledInFavorOf',
  'terminatedContractWith',
  'breachedContractWith',
  'banned',
  'popularAmong',
  'migratedTo',
  'attacked',
  'succeeded',
  'supporterOf',
  'alternativeTo',
] as const;

export type CoreProperty = (typeof CORE_PROPERTIES)[number];

const CORE_SET: ReadonlySet<string> = new Set(CORE_PROPERTIES);

export function isCoreProperty(localName: string): localName is CoreProperty {
  return CORE_SET.has(localName);
}

/** Properties where `a p b` also states `b p a`. */
export const SYMMETRIC_PROPERTIES: ReadonlySet<string> = new Set([
  'competitorOf',
  'partnerOf',
  'accusedOfColludingWith',
]);

/** `a p b` states `b INVERSE[p] a`. */
export const INVERSE_PROPERTIES: ReadonlyMap<string, string> = new Map([
  ['owns', 'subsidiaryOf'],
  ['subsidiaryOf', 'owns'],
]);
