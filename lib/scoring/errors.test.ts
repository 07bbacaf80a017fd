import { describe, expect, it } from "vitest";
import { EngineError, type EngineProblem } from "./errors";
import { score } from "./score";
import { oneIndicator, tiny } from "./test-fixture";
import type { EngineInput } from "./types";
import type { ScoringOptions } from "./options";

const VALUES = { a1: [1, 2, 3], a2: [1, 2, 3], b1: [1, 2, 3] };

function problemsOf(input: EngineInput, options: Partial<ScoringOptions> = {}): EngineProblem[] {
  try {
    score(input, options);
  } catch (e) {
    expect(e).toBeInstanceOf(EngineError);
    return (e as EngineError).problems;
  }
  throw new Error("expected an EngineError");
}

const expectProblem = (input: EngineInput, node: string, text: RegExp, options: Partial<ScoringOptions> = {}) =>
  expect(problemsOf(input, options)).toContainEqual(
    expect.objectContaining({ node, problem: expect.stringMatching(text) }),
  );

describe("bad frameworks are errors naming the node", () => {
  it("a cycle", () => {
    const input = tiny(VALUES);
    input.nodes.push(
      { id: "c1", name: "c1", parent: "c2", weight: 1 },
      { id: "c2", name: "c2", parent: "c1", weight: 1 },
    );
    expectProblem(input, "c1", /cycle: c1 → c2 → c1/);
  });
  it("a node that is its own parent", () => {
    expectProblem(tiny(VALUES, { A: { parent: "A" } }), "A", /own parent/);
  });
  it("two roots, or none", () => {
    expectProblem(tiny(VALUES, { B: { parent: null } }), "B", /"root" is already the composite/);
    const none = tiny(VALUES, { root: { parent: "A" } });
    expect(problemsOf(none)[0]?.problem).toMatch(/no composite/);
  });
  it("an unknown parent and a duplicate id", () => {
    expectProblem(tiny(VALUES, { b1: { parent: "nowhere" } }), "b1", /parent "nowhere"/);
    const dup = tiny(VALUES);
    dup.nodes.push({ id: "a1", name: "again", parent: "A", weight: 1 });
    expectProblem(dup, "a1", /more than once/);
  });
  it("a leaf with no data column", () => {
    expectProblem(tiny({ a1: [1, 2, 3], a2: [1, 2, 3] }), "b1", /no data column/);
  });
  it("weights that are not finite numbers ≥ 0, in the framework or the view", () => {
    expectProblem(tiny(VALUES, { a2: { weight: NaN } }), "a2", /weight NaN is not a finite number/);
    expectProblem(tiny(VALUES, { B: { weight: -1 } }), "B", /weight -1/);
    expectProblem(tiny(VALUES), "a1", /weight Infinity/, { weightOverrides: { a1: Infinity } });
    expectProblem(tiny(VALUES), "nope", /names no node/, { weightOverrides: { nope: 1 } });
  });
  it("unknown method names", () => {
    expectProblem(tiny(VALUES, { A: { aggregation: "median" as never } }), "A", /unknown aggregation "median"/);
    expectProblem(tiny(VALUES, { a1: { transform: "sqrt" as never } }), "a1", /unknown transform "sqrt"/);
    expectProblem(tiny(VALUES, { a1: { direction: 2 as never } }), "a1", /direction 2/);
    expectProblem(tiny(VALUES), "normalization", /unknown normalization "minmux"/, {
      normalization: "minmux" as never,
    });
    expectProblem(tiny(VALUES), "a2", /unknown normalization "z"/, { normalizationOverrides: { a2: "z" as never } });
    expectProblem(tiny(VALUES), "aggregation", /unknown aggregation/, { aggregation: "mode" as never });
    expectProblem(tiny(VALUES), "B", /unknown aggregation/, { aggregationOverrides: { B: "mode" as never } });
    expectProblem(tiny(VALUES), "missing", /unknown missing-data policy/, { missing: "zero" as never });
    expectProblem(tiny(VALUES), "A", /transform override on a non-indicator/, { transformOverrides: { A: "ln" } });
  });
  it("goalposts with min ≥ max", () => {
    expectProblem(tiny(VALUES, { b1: { goalposts: { min: 5, max: 5 } } }), "b1", /goalpost minimum 5 is not below/);
  });
  it("a log of a non-positive value, naming the place", () => {
    expectProblem(oneIndicator([1, 0, 2], { transform: "ln" }), "x", /ln\(x\) of 0 \(place "p1"\)/);
    expectProblem(oneIndicator([1, -1], { transform: "log1p" }), "x", /log\(1 \+ x\) of -1/);
    expectProblem(oneIndicator([1, -3]), "x", /ln\(x\) of -3/, { transformOverrides: { x: "ln" } });
    expectProblem(oneIndicator([1, 2], { transform: "ln", goalposts: { min: 0, max: 5 } }), "x", /goalpost minimum 0/);
  });
  it("a non-finite value and a bad coverage threshold", () => {
    expectProblem(oneIndicator([1, Infinity]), "x", /not a finite number/);
    expectProblem(oneIndicator([1, 2]), "coverageThreshold", /between 0 and 1/, { coverageThreshold: 65 });
  });
  it("reports every problem at once", () => {
    const input = tiny({ a1: [1, 2, 3] }, { A: { aggregation: "x" as never } });
    expect(problemsOf(input).map((p) => p.node)).toEqual(["A", "a2", "b1"]);
  });
});
