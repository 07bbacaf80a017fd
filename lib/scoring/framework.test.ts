import { describe, expect, it } from "vitest";
import { buildTree } from "./framework";
import { score } from "./score";
import type { EngineNode } from "./types";

describe(buildTree, () => {
  it("walks a 20,000-level chain without a stack overflow (children before parents)", () => {
    // n0 (composite) ← n1 ← … ← n19999, the only indicator. The CSV reader refuses such a framework by its limits;
    // the engine itself must still answer, not crash, when called directly.
    const nodes: EngineNode[] = Array.from({ length: 20_000 }, (_, k) => ({
      id: `n${k}`,
      name: `n${k}`,
      parent: k === 0 ? null : `n${k - 1}`,
      weight: 1,
    }));
    const tree = buildTree(nodes, (id) => id === "n19999");
    expect(tree.leaves).toEqual([19_999]);
    expect(tree.postOrder[0]).toBe(19_998);
    expect(tree.postOrder.at(-1)).toBe(0);
    // Min-max over two places: 100 and 0 at every level (an arithmetic mean of one child is that child).
    const r = score({
      nodes,
      places: [
        { id: "a", name: "A" },
        { id: "b", name: "B" },
      ],
      values: { n19999: [2, 1] },
    });
    expect(r.places.map((p) => [p.id, p.score])).toEqual([
      ["a", 100],
      ["b", 0],
    ]);
  });
});
