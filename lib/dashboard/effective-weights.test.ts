import { describe, expect, it } from "vitest";
import { effectiveWeights, imputedShare } from "./effective-weights";

//   root ─┬─ A (1) ─┬─ a1 (1)
//         │         └─ a2 (3)
//         └─ B (3) ─── b1 (1)
const NODES = [
  { id: "root", parent: null, weight: 1 },
  { id: "A", parent: "root", weight: 1 },
  { id: "B", parent: "root", weight: 3 },
  { id: "a1", parent: "A", weight: 1 },
  { id: "a2", parent: "A", weight: 3 },
  { id: "b1", parent: "B", weight: 1 },
];
const has =
  (...ids: string[]) =>
  (id: string) =>
    ids.includes(id);

describe(effectiveWeights, () => {
  it("with every figure: the product of the sibling shares along the path", () => {
    // a1 = ¼·¼ = 1/16, a2 = ¼·¾ = 3/16, b1 = ¾·1 = 12/16.
    const w = effectiveWeights(NODES, has("A", "B", "a1", "a2", "b1"));
    expect(Object.fromEntries(w)).toEqual({ a1: 1 / 16, a2: 3 / 16, b1: 12 / 16 });
  });
  it("a missing indicator's weight goes to its available siblings", () => {
    // No a1: a2 takes all of A's ¼.
    expect(Object.fromEntries(effectiveWeights(NODES, has("A", "B", "a2", "b1")))).toEqual({
      a1: 0,
      a2: 0.25,
      b1: 0.75,
    });
  });
  it("a pillar without a score passes its weight to the other pillars; weight 0 takes no part", () => {
    expect(Object.fromEntries(effectiveWeights(NODES, has("A", "a1", "a2")))).toEqual({ a1: 0.25, a2: 0.75, b1: 0 });
    const zero = NODES.map((n) => (n.id === "a2" ? { ...n, weight: 0 } : n));
    expect(effectiveWeights(zero, has("A", "B", "a1", "a2", "b1")).get("a1")).toBe(0.25);
  });
});

describe(imputedShare, () => {
  it("sums the effective weights of imputed figures", () => {
    const w = effectiveWeights(NODES, has("A", "B", "a1", "a2", "b1"));
    expect(imputedShare(w, { a1: { imputed: true }, a2: { imputed: false }, b1: { imputed: true } })).toBe(13 / 16);
    expect(imputedShare(w, {})).toBe(0);
  });
});
