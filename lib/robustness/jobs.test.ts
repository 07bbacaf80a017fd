import { describe, expect, it } from "vitest";
import { flat } from "@/lib/scoring/test-fixture";
import { runJob, type Reply } from "./jobs";

const input = flat([
  [10, 5],
  [8, 5],
  [0, 0],
]);

describe("the worker's jobs", () => {
  it("reports progress, then the result with the time it took", () => {
    const replies: Reply[] = [];
    let t = 0;
    const clock = () => (t += 60); // every reading 60 ms later: a progress report after each step
    runJob(
      { kind: "mc", input, options: {}, spec: { draws: 600, seed: 1, spread: 0.2, perturb: ["weights"] } },
      (r) => replies.push(r),
      clock,
    );
    const progress = replies.filter((r) => r.type === "progress").map((r) => (r as { done: number }).done);
    expect(progress).toEqual([250 / 600, 500 / 600, 1]);
    const last = replies.at(-1)!;
    expect(last).toMatchObject({ type: "result", result: { kind: "mc", result: { draws: 600 } } });
    expect((last as { ms: number }).ms).toBeGreaterThan(0);
  });
  it("turns a failure into an error message instead of a dead worker", () => {
    const replies: Reply[] = [];
    runJob({ kind: "extremes", input, options: {}, lo: 0.6, hi: 0.9, budgetMs: 100 }, (r) => replies.push(r));
    expect(replies).toEqual([{ type: "error", message: expect.stringMatching(/exceed 100%/) }]);
  });
});
