/**
 * Seeded randomness with defined algorithms, so generated data are the same in Node, Chromium, Firefox and Safari.
 * `Array.prototype.sort` with a random comparator is not one of them: its result depends on the engine's sort
 * algorithm, which is why `/synthetic` once rendered one ranking on the server and another in the browser.
 */

/** Mulberry32 (Tommy Ettinger, public domain): a 32-bit state PRNG; returns floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Fisher–Yates (Durstenfeld) shuffle in place on the given stream: for i from n−1 down to 1, swap item i with item
 * j = ⌊rnd() · (i + 1)⌋. Uses exactly n − 1 draws, so what follows in the stream is the same on every engine.
 */
export function shuffleInPlace<T>(items: T[], rnd: () => number): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    const t = items[i]!;
    items[i] = items[j]!;
    items[j] = t;
  }
  return items;
}
