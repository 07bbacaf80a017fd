/**
 * Property tests: parseView never throws and always returns a valid view, on 10,000 malformed inputs; and every valid
 * view survives serialize → parse unchanged and without notices.
 */
import { MAX_DRAWS, MAX_SEED, MAX_SPREAD_PERCENT, UNCERTAINTIES } from "@/lib/robustness/vocabulary";
import { isDeepStrictEqual } from "node:util";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseView, PARAMS, serializeView, type View } from "@/lib/view/codec";
import type { ViewContext } from "@/lib/view/context";
import {
  AGGREGATIONS,
  LEVELS,
  LOCALES,
  MISSING_POLICIES,
  NORMALIZATIONS,
  SCALES,
  TABS,
  TRANSFORMS,
} from "@/lib/view/options";
import { ctx, oddCtx } from "@/lib/view/test-fixture";
import { NOTICE_CODES, type Edit } from "@/lib/view/types";
import { viewProblems } from "@/lib/view/validate";

// ---- malformed inputs ----------------------------------------------------------------------------------------------

const ids = [...Object.keys(ctx.defaultWeights), ...ctx.nonLeafIds, ...ctx.placeIds];
const words = [
  ...ids,
  ...NORMALIZATIONS,
  ...AGGREGATIONS,
  ...TRANSFORMS,
  ...MISSING_POLICIES,
  ...SCALES,
  ...LEVELS,
  ...TABS,
  ...LOCALES,
  "raw:haidian_ai_scholars",
  "score",
  "-score",
  "pillar:talent",
  "raw:pflops",
  "2026-11-28.abcd1234",
  "2017",
  "2019",
  "2021",
  "2024",
  "2025",
  "__proto__",
  "constructor",
  "toString",
];
const escapes = ["%", "%E0", "%E0%A4%A", "%zz", "%25", "%2C", "%3A", "%26", "%3D", "%00", "%FF", "%C3%28", "%uD800"];
const junk = ["+", "&", "=", ",", ":", "-", ".", "?", "#", " ", "NaN", "-0", "1e308", "10.05", "0x1", "", "∞", "北京"];

const token = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...words) },
  { weight: 2, arbitrary: fc.constantFrom(...escapes, ...junk) },
  { weight: 2, arbitrary: fc.double().map(String) },
  { weight: 1, arbitrary: fc.integer({ min: -20, max: 120 }).map(String) },
  { weight: 1, arbitrary: fc.string({ maxLength: 6 }) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 4 }) },
);
const listValue = fc
  .array(fc.tuple(token, fc.constantFrom(",", ":", ",", ""), token), { maxLength: 12 })
  .map((parts) => parts.map(([a, sep, b]) => `${a}${sep}${b}`).join(","));
const hugeList = fc
  .tuple(fc.constantFrom("talent:5", "beijing", "bogus:1", "%E0", "vc:harmonic"), fc.integer({ min: 1, max: 1500 }))
  .map(([item, n]) => item + `,${item}`.repeat(n - 1));
const key = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...PARAMS) },
  { weight: 1, arbitrary: fc.constantFrom("W", "P ", "utm_source", "", "%E0%A4%A", "__proto__", "w%3D", "?w") },
  { weight: 1, arbitrary: fc.string({ maxLength: 5 }) },
);
const value = fc.oneof(
  { weight: 4, arbitrary: listValue },
  { weight: 2, arbitrary: token },
  { weight: 1, arbitrary: fc.string() },
  { weight: 1, arbitrary: fc.array(fc.constantFrom(...escapes), { maxLength: 5 }).map((a) => a.join("")) },
  { weight: 1, arbitrary: hugeList },
);
/** Queries built from known keys (often repeated) with garbage values. */
const builtQuery = fc
  .tuple(
    fc.array(fc.tuple(key, fc.option(value, { nil: undefined })), { maxLength: 10 }),
    fc.constantFrom("", "?", "https://x.org/?"),
  )
  .map(([kvs, prefix]) => prefix + kvs.map(([k, v]) => (v === undefined ? k : `${k}=${v}`)).join("&"));

const anyString = fc.oneof(
  { weight: 2, arbitrary: fc.string() },
  { weight: 2, arbitrary: fc.string({ unit: "binary" }) },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme" }) },
  { weight: 8, arbitrary: builtQuery },
);
/** Next's searchParams shape: strings, arrays for repeats, undefined. */
const nextObject = fc
  .array(fc.tuple(key, fc.oneof(value, fc.array(value, { maxLength: 3 }), fc.constant(undefined))), { maxLength: 8 })
  .map((entries) => {
    const o: Record<string, string | string[] | undefined> = {};
    for (const [k, v] of entries) Object.defineProperty(o, k, { value: v, enumerable: true, configurable: true });
    return o;
  });
const anyInput = fc.oneof(
  { weight: 6, arbitrary: anyString },
  { weight: 2, arbitrary: nextObject },
  { weight: 1, arbitrary: builtQuery.map((q) => new URLSearchParams(q)) },
);

/**
 * Throws (failing the property) unless the input parses to a valid view with well-formed notices, and that view
 * survives serialize → parse. Plain checks, not `expect`, in this hot loop: 10,000 runs must stay well under a second.
 */
function checkSane(input: Parameters<typeof parseView>[0], c: ViewContext): void {
  const { view, notices } = parseView(input, c);
  const problems = viewProblems(view, c);
  if (problems.length > 0) throw new Error(`invalid view: ${problems.join("; ")}`);
  for (const n of notices) {
    if (!codes.has(n.code) || typeof n.param !== "string" || typeof n.value !== "string") {
      throw new Error(`bad notice ${JSON.stringify(n)}`);
    }
    if (n.detail?.startsWith("internal error")) throw new Error(n.detail);
  }
  // A parsed view is valid, so writing it and reading it back changes nothing.
  const again = parseView(serializeView(view, c), c).view;
  if (JSON.stringify(again) !== JSON.stringify(view)) {
    throw new Error(`not stable: ${JSON.stringify(view)} → ${JSON.stringify(again)}`);
  }
}
const codes = new Set<string>(NOTICE_CODES);

describe("parseView on malformed input", () => {
  // A generous timeout: about a second on an idle machine, but the shared 2-core CI box is often ten times slower.
  it("never throws and always yields a valid view (10,000 inputs)", { timeout: 30_000 }, () => {
    fc.assert(
      fc.property(anyInput, (input) => checkSane(input, ctx)),
      { numRuns: 10000 },
    );
  });

  it("holds on a context with odd ids too", () => {
    fc.assert(
      fc.property(anyInput, (input) => checkSane(input, oddCtx)),
      { numRuns: 1000 },
    );
  });
});

// ---- valid views ---------------------------------------------------------------------------------------------------

function validView(c: ViewContext): fc.Arbitrary<View> {
  const methods = <T extends string>(nodeIds: string[], list: readonly T[]) =>
    fc.tuple(...nodeIds.map(() => fc.option(fc.constantFrom(...list), { nil: undefined }))).map((picked) => {
      const out: Record<string, T> = {};
      picked.forEach((m, i) => {
        if (m !== undefined)
          Object.defineProperty(out, nodeIds[i] as string, {
            value: m,
            enumerable: true,
            writable: true,
            configurable: true,
          });
      });
      return out;
    });
  const weighted = Object.entries(c.defaultWeights);
  const weights = fc
    .tuple(
      ...weighted.map(([, d]) =>
        fc.oneof(
          fc.constant(d),
          fc.integer({ min: 0, max: 100 }).map((x) => x / 10),
        ),
      ),
    )
    .map((ws) => {
      const out: Record<string, number> = {};
      ws.forEach((w, i) =>
        Object.defineProperty(out, weighted[i]?.[0] as string, {
          value: w,
          enumerable: true,
          writable: true,
          configurable: true,
        }),
      );
      return out;
    });
  const pillars = c.nonLeafIds.filter((id) => Object.hasOwn(c.defaultWeights, id));
  const cities = c.placeIds.filter((id) => !c.districtIds.includes(id));
  // Each level names its own places: cities, districts only, or any place side by side.
  const ofLevel = { city: cities, district: c.districtIds, all: c.placeIds };
  const levels = LEVELS.filter((l) => ofLevel[l].length >= 2);
  const placesFor = fc.constantFrom(...levels).chain((level) =>
    fc.record({
      level: fc.constant(level),
      compare: fc.shuffledSubarray(ofLevel[level], { minLength: 2, maxLength: Math.min(4, ofLevel[level].length) }),
      pair: fc
        .shuffledSubarray(ofLevel[level], { minLength: 2, maxLength: 2 })
        .map(([a, b]) => [a, b] as [string, string]),
      trend: fc.shuffledSubarray(ofLevel[level], { minLength: 1, maxLength: Math.min(4, ofLevel[level].length) }),
    }),
  );
  const column = fc.oneof(
    fc.constantFrom("rank", "score", "coverage", "name"),
    ...(pillars.length ? [fc.constantFrom(...pillars).map((id) => `pillar:${id}`)] : []),
    fc.constantFrom(...c.indicatorIds).chain((id) => fc.constantFrom(`raw:${id}`, `norm:${id}`)),
  );
  return (
    fc
      .record({
        weights,
        normalization: fc.constantFrom(...NORMALIZATIONS),
        normalizationOverrides: methods(c.indicatorIds, NORMALIZATIONS),
        aggregation: fc.option(fc.constantFrom(...AGGREGATIONS), { nil: null }),
        aggregationOverrides: methods(c.nonLeafIds, AGGREGATIONS),
        transformOverrides: methods(c.indicatorIds, TRANSFORMS),
        missing: fc.constantFrom(...MISSING_POLICIES),
        coverageThreshold: fc.integer({ min: 0, max: 1000 }).map((x) => x / 10),
        rankDecimals: fc.option(fc.integer({ min: 0, max: 6 }), { nil: null }),
        scale: fc.constantFrom(...SCALES),
        places: placesFor,
        tab: fc.constantFrom(...TABS),
        sort: fc.option(
          fc.tuple(column, fc.boolean()).map(([col, desc]) => ({ column: col, desc })),
          { nil: null },
        ),
        lang: fc.option(fc.constantFrom(...LOCALES), { nil: null }),
        dataVersion: fc.option(fc.constantFrom(...(c.dataVersion ? [c.dataVersion] : []), "2025-06-30.0badf00d"), {
          nil: null,
        }),
        robust: fc
          .record({
            draws: fc.option(fc.integer({ min: 1, max: MAX_DRAWS }), { nil: null }),
            seed: fc.integer({ min: 0, max: MAX_SEED }),
            spread: fc.integer({ min: 0, max: MAX_SPREAD_PERCENT * 10 }).map((x) => x / 10),
            bounds: fc.option(
              fc
                .tuple(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: 1000 }))
                .map(([a, b]) => ({ lo: Math.min(a, b) / 10, hi: Math.max(a, b) / 10 })),
              { nil: null },
            ),
            perturb: fc.subarray([...UNCERTAINTIES]),
          })
          .map((r) => ({ ...r, bounds: r.bounds ? { ...r.bounds } : null })),
        dataset: fc.option(fc.stringMatching(/^[a-z0-9]{1,12}$/), { nil: null }),
        edits: edits(c),
        alternatives: fc.constant({}),
        time: timeView(c),
        mapMeasure: fc.option(fc.constantFrom(...Object.keys(c.defaultWeights)), { nil: null }),
      })
      // fc.record builds null-prototype objects; views are plain ones, with the level's places.
      .map(({ places, ...v }) => ({
        ...v,
        level: places.level,
        compare: places.compare,
        pair: places.pair,
        time: { ...v.time, places: places.trend },
      }))
  );
}

/** Valid edits: up to two added places (one maybe from a base), then figure changes on distinct cells. */
function edits(c: ViewContext): fc.Arbitrary<Edit[]> {
  const name = fc.string({ minLength: 1, maxLength: 20 }).filter((s) => s.trim() === s && s.trim() !== "");
  const adds = fc.uniqueArray(
    fc.record({
      id: fc.stringMatching(/^u[a-z0-9-]{0,8}$/),
      name,
      base: fc.option(fc.constantFrom(...c.placeIds), { nil: null }),
    }),
    { maxLength: 2, selector: (a) => a.id },
  );
  return adds.chain((added) => {
    const places = [...c.placeIds, ...added.map((a) => a.id)];
    const change = fc.record({
      place: fc.constantFrom(...places),
      indicator: fc.constantFrom(...c.indicatorIds),
      how: fc.oneof(
        fc.integer({ min: -1e6, max: 1e6 }).map((n) => ({ kind: "set" as const, value: n / 100 })),
        fc.integer({ min: 1, max: 500 }).map((n) => ({ kind: "scale" as const, factor: n / 100 })),
        fc.constant({ kind: "drop" as const }),
      ),
    });
    return fc
      .uniqueArray(change, { maxLength: 3, selector: (x) => `${x.place}|${x.indicator}` })
      .map((changes): Edit[] => [
        ...added.map((a): Edit => ({ kind: "add", id: a.id, name: a.name, base: a.base })),
        ...changes.map((x): Edit => ({ place: x.place, indicator: x.indicator, ...x.how }) as Edit),
      ]);
  });
}

/** As-of year within the context's years (or the latest), a "since" year before it, 1–4 trend places. */
function timeView(c: ViewContext): fc.Arbitrary<View["time"]> {
  const first = c.years[0];
  const last = c.years[c.years.length - 1];
  // Cities here; validView gives each view its level's places (districts only at lv=district or lv=all).
  const places = fc.shuffledSubarray(
    c.placeIds.filter((id) => !c.districtIds.includes(id)),
    { minLength: 1, maxLength: 4 },
  );
  if (first === undefined || last === undefined) return places.map((p) => ({ asOf: null, since: null, places: p }));
  return fc
    .tuple(fc.option(fc.integer({ min: first, max: last }), { nil: null }), fc.nat(), fc.boolean(), places)
    .map(([asOf, k, withSince, p]) => {
      const until = asOf ?? last;
      const since = withSince && until > first ? first + (k % (until - first)) : null;
      return { asOf, since, places: p };
    });
}

describe("serialize → parse round trip", () => {
  it.each([
    ["bundled-like", ctx],
    ["odd ids", oddCtx],
  ])("returns every valid view unchanged (%s context)", { timeout: 30_000 }, (_, c) => {
    fc.assert(
      fc.property(validView(c), (v) => {
        const problems = viewProblems(v, c);
        const q = serializeView(v, c);
        const { view, notices } = parseView(q, c);
        // The only notice a valid view may bring is that it names another data version.
        const expected = v.dataVersion !== null && v.dataVersion !== c.dataVersion ? "other_data_version" : "";
        // isDeepStrictEqual (Object.is on numbers, prototypes compared): stricter than toEqual and cheap enough to
        // run a thousand times; `expect` only when something is off, for a readable diff.
        if (problems.length > 0 || !isDeepStrictEqual(view, v) || notices.map((n) => n.code).join() !== expected) {
          expect(problems).toEqual([]);
          expect({ q, view }).toEqual({ q, view: v });
          expect(notices.map((n) => n.code).join()).toBe(expected);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it("also through URLSearchParams and Next's searchParams object (slug ids)", { timeout: 30_000 }, () => {
    fc.assert(
      fc.property(validView(ctx), (v) => {
        const q = serializeView(v, ctx);
        expect(isDeepStrictEqual(parseView(new URLSearchParams(q), ctx).view, v)).toBe(true);
        expect(isDeepStrictEqual(parseView(Object.fromEntries(new URLSearchParams(q)), ctx).view, v)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it("writes lists readably: no escaped : , . - _ for slug ids", () => {
    fc.assert(
      fc.property(validView(ctx), (v) => {
        // Names of added places (ed=add:…) are free text and escaped as text; ids and separators stay readable.
        expect(serializeView(v, ctx).replace(/(^|&)ed=[^&]*/, "")).not.toMatch(/%(?:3A|2C|2E|2D|5F)/i);
      }),
      { numRuns: 300 },
    );
  });
});
