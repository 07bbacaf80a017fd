import { describe, expect, it } from "vitest";
import { mulberry32, shuffleInPlace } from "./seeded";

/** A scripted stream: returns the given draws in order. */
const script = (...draws: number[]) => {
  let k = 0;
  return () => draws[k++]!;
};

describe(shuffleInPlace, () => {
  it("swaps item i with item ⌊r·(i+1)⌋, from the last item down", () => {
    // [a,b,c,d], draws 0, 0, 0 → j = 0 every time:
    // i=3: swap d,a → [d,b,c,a]; i=2: swap c,d → [c,b,d,a]; i=1: swap b,c → [b,c,d,a].
    expect(shuffleInPlace(["a", "b", "c", "d"], script(0, 0, 0))).toEqual(["b", "c", "d", "a"]);
    // draws just under 1 → j = i every time: nothing moves.
    expect(shuffleInPlace(["a", "b", "c", "d"], script(0.999, 0.999, 0.999))).toEqual(["a", "b", "c", "d"]);
    // i=3: r=0.5 → j=⌊2⌋=2: [a,b,d,c]; i=2: r=0.4 → j=⌊1.2⌋=1: [a,d,b,c]; i=1: r=0.6 → j=⌊1.2⌋=1: unchanged.
    expect(shuffleInPlace(["a", "b", "c", "d"], script(0.5, 0.4, 0.6))).toEqual(["a", "d", "b", "c"]);
  });

  it("uses n − 1 draws and never the engine's sort", () => {
    let draws = 0;
    const rnd = mulberry32(1);
    const counted = () => (draws++, rnd());
    const sort = Array.prototype.sort;
    Array.prototype.sort = () => {
      throw new Error("sort called");
    };
    try {
      const out = shuffleInPlace(
        Array.from({ length: 50 }, (_, k) => k),
        counted,
      );
      expect(draws).toBe(49);
      expect(new Set(out).size).toBe(50);
    } finally {
      Array.prototype.sort = sort;
    }
  });
});

describe(mulberry32, () => {
  it("gives floats in [0, 1), the same sequence for the same seed", () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    for (let k = 0; k < 1000; k++) {
      const x = a();
      expect(x).toBe(b());
      expect(x >= 0 && x < 1).toBe(true);
    }
    expect(mulberry32(43)()).not.toBe(mulberry32(42)());
  });
});
