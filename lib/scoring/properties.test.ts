/** Property tests (fast-check): invariants every method must keep, on small random tables. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { AGGREGATIONS, MISSING_POLICIES, NORMALIZATIONS, type Normalization } from "./vocabulary";
import { sortDescending } from "./rank";
import { score } from "./score";
import type { EngineInput, EngineNode } from "./types";

const RUNS = { numRuns: 60 };

/** Values with ties (small integers) and spread (doubles). */
const value = fc.oneof(
  fc.integer({ min: -20, max: 20 }),
  // Spread on a 1e-6 grid: two distinct values differ by far more than rounding, so scaling by a constant cannot merge
  // them into a tie (values one ulp apart are equal to within the arithmetic, and no method can keep them apart).
  fc.integer({ min: -1e12, max: 1e12 }).map((i) => i / 1e6),
);
const positive = fc.oneof(fc.integer({ min: 1, max: 30 }), fc.double({ min: 0.001, max: 1e6, noNaN: true }));

/** A table of `places` × `k` under two pillars (indicators alternate between them). */
function table(rows: (number | null)[][], weights?: number[], directions?: (1 | -1)[]): EngineInput {
  const k = rows[0]!.length;
  const nodes: EngineNode[] = [
    { id: "root", name: "root", parent: null, weight: 1 },
    { id: "P", name: "P", parent: "root", weight: weights?.[k] ?? 1 },
    { id: "Q", name: "Q", parent: "root", weight: weights?.[k + 1] ?? 1 },
  ];
  const values: Record<string, (number | null)[]> = {};
  for (let j = 0; j < k; j++) {
    nodes.push({
      id: `i${j}`,
      name: `i${j}`,
      parent: j % 2 ? "Q" : "P",
      weight: weights?.[j] ?? 1,
      direction: directions?.[j] ?? 1,
    });
    values[`i${j}`] = rows.map((r) => r[j]!);
  }
  return { nodes, places: rows.map((_, i) => ({ id: `p${i}`, name: `p${i}` })), values };
}

const rowsOf = (cell: fc.Arbitrary<number | null>, minPlaces = 2) =>
  fc
    .tuple(fc.integer({ min: minPlaces, max: 10 }), fc.integer({ min: 2, max: 5 }))
    .chain(([n, k]) => fc.array(fc.array(cell, { minLength: k, maxLength: k }), { minLength: n, maxLength: n }));

const normOf = (input: EngineInput, normalization: Normalization) =>
  score(input, { normalization }).places.flatMap((p) =>
    Object.entries(p.norm).map(([id, c]) => [`${p.id}.${id}`, c.value] as const),
  );

const sameNumbers = (a: readonly (readonly [string, number | null])[], b: typeof a) => {
  const m = new Map(b);
  for (const [key, x] of a) {
    const y = m.get(key);
    if (x === null || y === null || y === undefined) expect(y).toBe(x);
    else expect(Math.abs(x - y)).toBeLessThanOrEqual(1e-7 * Math.max(1, Math.abs(x)));
  }
};

describe("properties", () => {
  it("min-max output lies in [0, 100]", () => {
    fc.assert(
      fc.property(rowsOf(fc.option(value, { freq: 5 })), (rows) => {
        for (const [, v] of normOf(table(rows), "minmax")) if (v !== null) expect(v >= 0 && v <= 100).toBe(true);
      }),
      RUNS,
    );
  });

  it("multiplying an indicator by a positive constant changes no min-max, rank or z-score result", () => {
    fc.assert(
      fc.property(
        rowsOf(fc.option(value, { freq: 5 })),
        fc.constantFrom(0.001, 0.5, 3, 1000, 1e6),
        fc.constantFrom<Normalization>("minmax", "rank", "zscore", "percentile"),
        (rows, c, method) => {
          const scaled = rows.map((r) => r.map((x, j) => (j === 0 && x !== null ? x * c : x)));
          sameNumbers(normOf(table(rows), method), normOf(table(scaled), method));
        },
      ),
      RUNS,
    );
  });

  it("multiplying all weights by a positive constant changes nothing", () => {
    fc.assert(
      fc.property(
        rowsOf(fc.option(positive, { freq: 5 })),
        fc.array(fc.integer({ min: 0, max: 10 }), { minLength: 7, maxLength: 7 }),
        fc.constantFrom(0.01, 7, 1e4),
        fc.constantFrom(...AGGREGATIONS),
        (rows, weights, c, aggregation) => {
          const a = score(table(rows, weights), { aggregation });
          const b = score(
            table(
              rows,
              weights.map((w) => w * c),
            ),
            { aggregation },
          );
          const byId = new Map(b.places.map((p) => [p.id, p]));
          for (const p of a.places) {
            const q = byId.get(p.id)!;
            expect(q.status).toBe(p.status);
            if (p.score !== null) expect(q.score).toBeCloseTo(p.score, 9);
            expect(q.coverage).toBeCloseTo(p.coverage, 12);
          }
        },
      ),
      RUNS,
    );
  });

  it("identical places tie", () => {
    fc.assert(
      fc.property(
        rowsOf(fc.option(value, { freq: 5 })),
        fc.constantFrom(...NORMALIZATIONS.filter((m) => m !== "ratio")),
        (rows, normalization) => {
          const input = table([...rows, rows[0]!]);
          const r = score(input, { normalization, aggregation: "arithmetic" });
          const first = r.places.find((p) => p.id === "p0")!;
          const twin = r.places.find((p) => p.id === `p${rows.length}`)!;
          expect(twin.rank).toBe(first.rank);
          expect(twin.score).toBe(first.score);
        },
      ),
      RUNS,
    );
  });

  it("a place best on every indicator ranks first under any weights and any monotone method", () => {
    fc.assert(
      fc.property(
        rowsOf(positive),
        fc.array(fc.double({ min: 0.01, max: 10, noNaN: true }), { minLength: 7, maxLength: 7 }),
        fc.array(fc.constantFrom<1 | -1>(1, -1), { minLength: 5, maxLength: 5 }),
        fc.constantFrom<Normalization>("minmax", "rank", "percentile", "zscore", "ratio", "target", "goalposts"),
        fc.constantFrom(...AGGREGATIONS),
        (rows, weights, directions, normalization, aggregation) => {
          // The champion: at least as good as everyone on every indicator, in its direction.
          const k = rows[0]!.length;
          const best = Array.from({ length: k }, (_, j) => {
            const col = rows.map((r) => r[j] as number);
            return directions[j] === -1 ? Math.min(...col) : Math.max(...col);
          });
          const input = table([...rows, best], weights, directions);
          const geometricSafe = normalization !== "zscore" || aggregation === "arithmetic";
          const r = score(input, { normalization, aggregation: geometricSafe ? aggregation : "arithmetic" });
          expect(r.places.find((p) => p.id === `p${rows.length}`)!.rank).toBe(1);
        },
      ),
      RUNS,
    );
  });

  it("never a NaN score; coverage in [0, 1]; contributions sum to the composite", () => {
    fc.assert(
      fc.property(
        rowsOf(fc.option(positive, { freq: 3 }), 1),
        fc.array(fc.integer({ min: 0, max: 10 }), { minLength: 7, maxLength: 7 }),
        fc.constantFrom<Normalization>("minmax", "rank", "percentile", "zscore", "target", "goalposts", "ratio"),
        fc.constantFrom(...AGGREGATIONS),
        fc.constantFrom(...MISSING_POLICIES),
        fc.constantFrom(0, 0.5, 0.65, 1),
        (rows, weights, normalization, aggregation, missing, coverageThreshold) => {
          const agg = normalization === "zscore" ? "arithmetic" : aggregation;
          const r = score(table(rows, weights), { normalization, aggregation: agg, missing, coverageThreshold });
          for (const p of r.places) {
            expect(p.coverage >= 0 && p.coverage <= 1).toBe(true);
            if (p.score === null) {
              expect(p.status).toBe("excluded");
              expect(p.reason).toBeTruthy();
              continue;
            }
            expect(Number.isFinite(p.score)).toBe(true);
            expect(p.rank).toBeGreaterThanOrEqual(1);
            const leaves = Object.entries(p.contributions).filter(([id]) => id.startsWith("i"));
            const pillars = Object.entries(p.contributions).filter(([id]) => !id.startsWith("i"));
            const sum = (xs: [string, number][]) => xs.reduce((a, [, x]) => a + x, 0);
            expect(sum(leaves)).toBeCloseTo(p.score, 6);
            expect(sum(pillars)).toBeCloseTo(p.score, 6);
          }
        },
      ),
      RUNS,
    );
  });

  it("the radix sort orders like a stable comparator sort (ties, negatives, −0)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.integer({ min: -3, max: 3 }), fc.double({ noNaN: true }), fc.constant(-0)), {
          maxLength: 60,
        }),
        (xs) => {
          const key = Float64Array.from(xs);
          const ids = Int32Array.from(xs.map((_, i) => i).reverse());
          const want = Array.from(ids).sort((a, b) => (key[b] === key[a] ? 0 : key[b]! > key[a]! ? 1 : -1));
          expect(Array.from(sortDescending(key, ids))).toEqual(want);
        },
      ),
      { numRuns: 200 },
    );
  });
});
