// Deterministic pseudo-random numbers (mulberry32) for the benches' generated
// data: the same seed gives the same corpus or graph on every run.

/** Floats in [0, 1). */
export function makeRandom(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Whole numbers in [0, n). */
export function makeRand(seed) {
  const random = makeRandom(seed);
  return (n) => Math.floor(random() * n);
}
