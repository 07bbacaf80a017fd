/**
 * The URL codec: a link's query string ⇄ a typed View. The format is documented in ./README.md.
 *
 * 2026-11-28: format version 1 (`v=1`, the default when `v` is absent). A future version must keep parsing v1 links:
 * read `v` first, then dispatch on it. Unknown params are ignored with a notice, so a v1 reader degrades gracefully
 * on newer links (`newer_format`).
 *
 * 2026-11-29: format version 2. The default minimum coverage is 60 % (v1: 0 %), so a default ranking no longer ranks
 * places that stand on a sliver of the weight. Every non-empty link now starts with `v=2`. A link without `v` but with
 * `d` was made by the v1 app (it stamped every link with `d`) and keeps v1's defaults, so it shows what its sender
 * saw; a link with neither is hand-written and reads with the current defaults.
 */
import { levelDefaults, putOwn, type ViewContext } from "@/lib/view/context";
import { indexOf } from "@/lib/view/ctx-index";
import {
  AGGREGATIONS,
  LEVELS,
  MISSING_POLICIES,
  NORMALIZATIONS,
  SCALES,
  TABS,
  TRANSFORMS,
  type Aggregation,
  type Normalization,
  type Level,
  type Transform,
} from "@/lib/view/options";
import {
  parseBounded,
  parseChoice,
  parseDataVersion,
  parseFormatVersion,
  parseInteger,
  parseRange,
  parseSet,
  parseLang,
  parseOverrides,
  parsePlaces,
  parseRankDecimals,
  parseSort,
  parseWeights,
  round1,
  type Report,
} from "@/lib/view/parse";
import { parseAsOf, parseMeasure, parseSince } from "@/lib/view/parse-time";
import { encodeId, MAX_QUERY_LENGTH, MAX_VALUE_LENGTH, readParams, shown, type RawValue } from "@/lib/view/query";
import type { Notice, View } from "@/lib/view/types";
import {
  addedPlaces,
  parseAlternatives,
  parseDatasetId,
  parseEdits,
  serializeAlternatives,
  serializeEdits,
} from "@/lib/view/parse-data";
import { DEFAULT_SCORING_OPTIONS } from "@/lib/scoring/options";
import {
  DEFAULT_SEED,
  DEFAULT_SPREAD_PERCENT,
  DEFAULT_UNCERTAINTIES,
  MAX_DRAWS,
  MAX_SEED,
  MAX_SPREAD_PERCENT,
  UNCERTAINTIES,
} from "@/lib/robustness/vocabulary";
import type { RobustView } from "@/lib/view/types";

export function defaultRobust(): RobustView {
  return {
    draws: null,
    seed: DEFAULT_SEED,
    spread: DEFAULT_SPREAD_PERCENT,
    bounds: null,
    perturb: [...DEFAULT_UNCERTAINTIES],
  };
}

/** Whose trend the trends view draws by default: the level's head-to-head pair, else the first place. */
export function defaultTrendPlaces(ctx: ViewContext, level: Level = "city"): string[] {
  const pair = levelDefaults(ctx, level).pair;
  return pair ? [pair[0], pair[1]] : ctx.placeIds.slice(0, 1);
}

export type { Notice, NoticeCode, TimeView, View } from "@/lib/view/types";
export { describeNotice } from "@/lib/view/describe";

/** The newest link format this code writes and reads. */
export const FORMAT_VERSION = 2;

/**
 * Minimum coverage (percent of the composite's weight backed by reported figures) a place needs for a composite, by
 * link format version. v1 ranked everything with any data (0); v2 asks for 60 %, between COINr's "at least half"
 * and the JRC's 65 % rule of thumb, so a place standing on one or two indicators is listed apart with the reason.
 */
export const DEFAULT_COVERAGE_BY_VERSION: Readonly<Record<number, number>> = { 1: 0, 2: 60 };

/** Every param of format v1, in the order they are read and written. */
export const PARAMS = [
  "v",
  "w",
  "n",
  "no",
  "a",
  "ao",
  "tf",
  "m",
  "cov",
  "rd",
  "s",
  "lv",
  "p",
  "h",
  "tab",
  "sort",
  "lang",
  "d",
  "mc",
  "seed",
  "spr",
  "bnd",
  "unc",
  "ds",
  "ed",
  "alt",
  "yr",
  "yr2",
  "tp",
  "mm",
] as const;
export type Param = (typeof PARAMS)[number];

/** Params other sites add to shared links (analytics, WeChat shares); ignored without a notice. */
const FOREIGN_PARAM = /^(?:utm_.*|fbclid|gclid|from|isappinstalled|spm|scene|clicktime|enterid)$/i;

/** At most this many notices per param; the rest are summed up in one. */
const MAX_NOTICES_PER_PARAM = 10;
/** Notice values longer than this are cut (they are for display only). */
const MAX_NOTICE_VALUE = 200;

const clip = (s: string) => (s.length > MAX_NOTICE_VALUE ? `${s.slice(0, MAX_NOTICE_VALUE)}…` : s);

/** The view a link with no params shows; `version` gives an older format's defaults (what its links omit). */
export function defaultView(ctx: ViewContext, version: number = FORMAT_VERSION): View {
  const weights: Record<string, number> = {};
  for (const [id, w] of Object.entries(ctx.defaultWeights)) putOwn(weights, id, w);
  const d = DEFAULT_SCORING_OPTIONS;
  return {
    weights,
    normalization: d.normalization,
    normalizationOverrides: {},
    aggregation: d.aggregation,
    aggregationOverrides: {},
    transformOverrides: {},
    missing: d.missing,
    coverageThreshold: DEFAULT_COVERAGE_BY_VERSION[version] ?? round1(d.coverageThreshold * 100),
    rankDecimals: d.rankDecimals,
    scale: d.scale,
    level: "city",
    compare: [...ctx.defaultCompare],
    pair: ctx.defaultPair ? [ctx.defaultPair[0], ctx.defaultPair[1]] : null,
    tab: "ranking",
    sort: null,
    lang: null,
    dataVersion: null,
    robust: defaultRobust(),
    dataset: null,
    edits: [],
    alternatives: {},
    time: { asOf: null, since: null, places: defaultTrendPlaces(ctx) },
    mapMeasure: null,
  };
}

type ParseInput = string | URLSearchParams | Record<string, string | string[] | undefined>;

/**
 * Reads a view from a query string (with or without "?"), URLSearchParams, or Next's `searchParams` object. Never
 * throws: each param is valid (used), invalid (default kept, or its valid part, plus a notice) or missing (default).
 */
export function parseView(input: ParseInput, ctx: ViewContext): { view: View; notices: Notice[] } {
  try {
    return parseUnsafe(input, ctx);
  } catch (e) {
    // Unreachable by design (the fuzz tests hunt for it); a link must still never take the page down.
    return {
      view: defaultView(ctx),
      notices: [{ param: "*", code: "bad_format", value: "", detail: `internal error: ${String(e)}` }],
    };
  }
}

function parseUnsafe(input: unknown, ctx: ViewContext): { view: View; notices: Notice[] } {
  const ix = indexOf(ctx);
  const notices: Notice[] = [];
  const { params, overflow } = readParams(input);

  const reporter = (param: string): Report => {
    let count = 0;
    return (code, value, detail) => {
      count++;
      if (count <= MAX_NOTICES_PER_PARAM)
        notices.push({ param, code, value: clip(value), ...(detail ? { detail } : {}) });
      else if (count === MAX_NOTICES_PER_PARAM + 1)
        notices.push({ param, code: "bad_format", value: "…", detail: "more problems in this param are not listed" });
    };
  };

  const byKey = new Map(params.map((p) => [p.key, p]));
  /** The param's first value if usable; reports repeats and over-long values. */
  const take = (key: Param): { raw: RawValue; report: Report } | undefined => {
    const p = byKey.get(key);
    if (!p) return undefined;
    const report = reporter(key);
    const [first, second] = p.values;
    if (second) report("duplicate_param", shown(second), `${p.values.length} values; the first is used`);
    if (!first || first.text.trim() === "") return undefined;
    if (first.text.length > MAX_VALUE_LENGTH) {
      report("too_long", first.text, `${first.text.length} characters; at most ${MAX_VALUE_LENGTH}`);
      return undefined;
    }
    return { raw: first, report };
  };

  // The format version decides the defaults of everything the link leaves out. No `v`: the v1 app stamped every link
  // it wrote with the data version (`d=`), so a link with `d` and no `v` is a v1 link and keeps v1's defaults; one
  // with neither was written by hand (or copied from the docs) and reads with the current defaults.
  const v = take("v");
  let version = byKey.has("d") ? 1 : FORMAT_VERSION;
  if (v) {
    version = parseFormatVersion(v.raw, v.report);
    if (version > FORMAT_VERSION) {
      v.report("newer_format", String(version), `this app reads up to v${FORMAT_VERSION}`);
      version = FORMAT_VERSION;
    }
  }
  const view = defaultView(ctx, version);

  const w = take("w");
  if (w) for (const [id, x] of Object.entries(parseWeights(w.raw, ix, w.report))) putOwn(view.weights, id, x);

  const n = take("n");
  if (n) view.normalization = parseChoice(n.raw, NORMALIZATIONS, n.report) ?? view.normalization;
  const no = take("no");
  if (no) view.normalizationOverrides = parseOverrides(no.raw, ix.indicators, "indicator", NORMALIZATIONS, no.report);
  const a = take("a");
  if (a) view.aggregation = parseChoice(a.raw, AGGREGATIONS, a.report) ?? view.aggregation;
  const ao = take("ao");
  if (ao)
    view.aggregationOverrides = parseOverrides(ao.raw, ix.nonLeaf, "composite or pillar", AGGREGATIONS, ao.report);
  const tf = take("tf");
  if (tf) view.transformOverrides = parseOverrides(tf.raw, ix.indicators, "indicator", TRANSFORMS, tf.report);
  if (version === 1) {
    // v1 scored a component of 0 as 0 under these means; since v2 the floor (1 point) applies. Say so.
    const floored = [a && view.aggregation, ...(ao ? Object.values(view.aggregationOverrides) : [])].find(
      (x) => x === "geometric" || x === "harmonic",
    );
    if (floored)
      notices.push({ param: a && view.aggregation === floored ? "a" : "ao", code: "method_changed", value: floored });
  }
  const m = take("m");
  if (m) view.missing = parseChoice(m.raw, MISSING_POLICIES, m.report) ?? view.missing;
  const cov = take("cov");
  if (cov) view.coverageThreshold = parseBounded(cov.raw, 0, 100, cov.report) ?? view.coverageThreshold;
  const rd = take("rd");
  if (rd) view.rankDecimals = parseRankDecimals(rd.raw, rd.report) ?? view.rankDecimals;
  const s = take("s");
  if (s) view.scale = parseChoice(s.raw, SCALES, s.report) ?? view.scale;

  const lv = take("lv");
  if (lv) view.level = parseChoice(lv.raw, LEVELS, lv.report) ?? view.level;

  // The data params first: places the user added may then be compared, paired and sorted like the others.
  const ds = take("ds");
  if (ds) view.dataset = parseDatasetId(ds.raw, ds.report) ?? null;
  const ed = take("ed");
  if (ed) view.edits = parseEdits(ed.raw, ix, ed.report);
  const alt = take("alt");
  if (alt) view.alternatives = parseAlternatives(alt.raw, ix, alt.report);
  const added = addedPlaces(view.edits);
  const withAdded = added.length === 0 ? ix : { ...ix, places: new Set([...ix.places, ...added]) };

  if (view.level === "district" && !ctx.districtPair) {
    lv?.report("out_of_range", lv.raw.text, "these data have fewer than two districts");
    view.level = "city";
  }
  if (view.level === "district") {
    const d = levelDefaults(ctx, "district");
    view.compare = [...d.compare];
    view.pair = d.pair ? [d.pair[0], d.pair[1]] : null;
    view.time.places = defaultTrendPlaces(ctx, "district");
  }
  /**
   * Places of the view's level: cities only drops districts, districts only drops cities, each with a notice; both
   * levels side by side (lv=all) keeps either.
   */
  const atLevel = (ids: string[] | undefined, min: number, report: Report): string[] | undefined => {
    if (ids === undefined || view.level === "all") return ids;
    const wantDistrict = view.level === "district";
    const kept = ids.filter(
      (id) =>
        ix.districts.has(id) === wantDistrict ||
        (report("unknown_id", id, wantDistrict ? "a city: add lv=all" : "a district: add lv=all"), false),
    );
    return kept.length >= min ? kept : undefined;
  };
  const p = take("p");
  if (p) view.compare = atLevel(parsePlaces(p.raw, withAdded, 2, 4, p.report), 2, p.report) ?? view.compare;
  const h = take("h");
  const pair = h ? atLevel(parsePlaces(h.raw, withAdded, 2, 2, h.report), 2, h.report) : undefined;
  if (pair?.[0] !== undefined && pair[1] !== undefined) view.pair = [pair[0], pair[1]];

  const tab = take("tab");
  if (tab) view.tab = parseChoice(tab.raw, TABS, tab.report, "bad_format") ?? view.tab;
  const sort = take("sort");
  if (sort) view.sort = parseSort(sort.raw, ix, sort.report) ?? null;
  const lang = take("lang");
  if (lang) view.lang = parseLang(lang.raw, lang.report) ?? null;
  const d = take("d");
  if (d) view.dataVersion = parseDataVersion(d.raw, ctx.dataVersion, d.report) ?? null;

  const mc = take("mc");
  if (mc) view.robust.draws = parseInteger(mc.raw, 1, MAX_DRAWS, mc.report) ?? null;
  const seed = take("seed");
  if (seed) view.robust.seed = parseInteger(seed.raw, 0, MAX_SEED, seed.report) ?? view.robust.seed;
  const spr = take("spr");
  if (spr) view.robust.spread = parseBounded(spr.raw, 0, MAX_SPREAD_PERCENT, spr.report) ?? view.robust.spread;
  const bnd = take("bnd");
  if (bnd) view.robust.bounds = parseRange(bnd.raw, bnd.report) ?? null;
  const unc = take("unc");
  if (unc) view.robust.perturb = parseSet(unc.raw, UNCERTAINTIES, unc.report) ?? view.robust.perturb;

  const yr = take("yr");
  if (yr) view.time.asOf = parseAsOf(yr.raw, ctx.years, yr.report) ?? null;
  const yr2 = take("yr2");
  if (yr2) view.time.since = parseSince(yr2.raw, ctx.years, view.time.asOf, yr2.report) ?? null;
  const tp = take("tp");
  if (tp) view.time.places = atLevel(parsePlaces(tp.raw, ix, 1, 4, tp.report), 1, tp.report) ?? view.time.places;
  const mm = take("mm");
  if (mm) view.mapMeasure = parseMeasure(mm.raw, ix, mm.report) ?? null;

  const known = new Set<string>(PARAMS);
  for (const param of params) {
    if (known.has(param.key) || FOREIGN_PARAM.test(param.key)) continue;
    notices.push({
      param: clip(param.key),
      code: "unknown_param",
      value: clip(param.values[0] ? shown(param.values[0]) : ""),
    });
  }
  if (overflow !== null) {
    notices.push({
      param: "*",
      code: "too_long",
      value: clip(overflow),
      detail: `the link passed ${MAX_QUERY_LENGTH} characters; the rest was ignored`,
    });
  }
  return { view, notices };
}

const fmt = (x: number): string => String(round1(x));

/** "id:value" items for the entries of `map` whose ids are in `order`, in that order. */
function mapItems<T extends string>(map: Record<string, T>, order: string[], list: readonly T[]): string {
  return order
    .filter((id) => Object.hasOwn(map, id) && list.includes(map[id] as T))
    .map((id) => `${encodeId(id)}:${map[id]}`)
    .join(",");
}

/**
 * The query string (no leading "?") for a view: only what differs from `defaultView(ctx)`, params in PARAMS order,
 * `:` `,` `.` `-` `_` left readable. "" for the default view. Weights are written on the 0.1 grid, so a view on that
 * grid comes back equal. With `stampDataVersion`, a non-empty link also records the current data version (`d=`).
 */
export function serializeView(
  view: View,
  ctx: ViewContext,
  opts: { stampDataVersion?: boolean | "always" } = {},
): string {
  const def = defaultView(ctx);
  const out: [Param, string][] = [];
  const add = (key: Param, value: string) => {
    if (value !== "") out.push([key, value]);
  };

  const weighted = Object.keys(ctx.defaultWeights);
  add(
    "w",
    weighted
      .filter((id) => {
        const x = Object.hasOwn(view.weights, id) ? view.weights[id] : undefined;
        return typeof x === "number" && Number.isFinite(x) && x !== ctx.defaultWeights[id];
      })
      .map((id) => `${encodeId(id)}:${fmt(Math.min(10, Math.max(0, view.weights[id] as number)))}`)
      .join(","),
  );
  if (view.normalization !== def.normalization) add("n", view.normalization);
  add("no", mapItems<Normalization>(view.normalizationOverrides, ctx.indicatorIds, NORMALIZATIONS));
  if (view.aggregation !== def.aggregation && view.aggregation !== null) add("a", view.aggregation);
  add("ao", mapItems<Aggregation>(view.aggregationOverrides, ctx.nonLeafIds, AGGREGATIONS));
  add("tf", mapItems<Transform>(view.transformOverrides, ctx.indicatorIds, TRANSFORMS));
  if (view.missing !== def.missing) add("m", view.missing);
  if (Number.isFinite(view.coverageThreshold) && round1(view.coverageThreshold) !== def.coverageThreshold) {
    add("cov", fmt(Math.min(100, Math.max(0, view.coverageThreshold))));
  }
  if (view.rankDecimals !== null && view.rankDecimals !== def.rankDecimals) add("rd", String(view.rankDecimals));
  if (view.scale !== def.scale) add("s", view.scale);
  if (view.level !== def.level) add("lv", view.level);
  const atLevel = levelDefaults(ctx, view.level);
  if (!sameList(view.compare, atLevel.compare)) add("p", view.compare.map(encodeId).join(","));
  if (view.pair && !sameList(view.pair, atLevel.pair ?? [])) add("h", view.pair.map(encodeId).join(","));
  if (view.tab !== def.tab) add("tab", view.tab);
  if (view.sort) add("sort", `${view.sort.desc ? "-" : ""}${sortColumn(view.sort.column)}`);
  if (view.lang) add("lang", view.lang);
  const r = view.robust;
  if (r.draws !== null) add("mc", String(r.draws));
  if (r.seed !== def.robust.seed) add("seed", String(r.seed));
  if (round1(r.spread) !== def.robust.spread) add("spr", fmt(r.spread));
  if (r.bounds) add("bnd", `${fmt(r.bounds.lo)}-${fmt(r.bounds.hi)}`);
  if (!sameList(r.perturb, def.robust.perturb)) add("unc", r.perturb.length ? r.perturb.join(",") : "none");
  const t = view.time;
  if (t.asOf !== null) add("yr", String(t.asOf));
  if (t.since !== null) add("yr2", String(t.since));
  if (!sameList(t.places, defaultTrendPlaces(ctx, view.level))) add("tp", t.places.map(encodeId).join(","));
  if (view.mapMeasure !== null) add("mm", encodeId(view.mapMeasure));
  const stamp =
    opts.stampDataVersion === "always" || (opts.stampDataVersion && out.length > 0) ? ctx.dataVersion : null;
  const dataVersion = view.dataVersion ?? stamp;
  if (dataVersion) add("d", encodeId(dataVersion));
  if (view.dataset) add("ds", encodeId(view.dataset));
  add("ed", serializeEdits(view.edits ?? []));
  add("alt", serializeAlternatives(view.alternatives ?? {}, ctx.indicatorIds));

  // A non-empty link names its format, so a later change of defaults cannot change what it shows.
  if (out.length > 0) out.unshift(["v", String(FORMAT_VERSION)]);
  return out.map(([k, v]) => `${k}=${v}`).join("&");
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** "pillar:talent" stays readable; only the id part is escaped. */
function sortColumn(column: string): string {
  const colon = column.indexOf(":");
  return colon < 0 ? encodeId(column) : `${encodeId(column.slice(0, colon))}:${encodeId(column.slice(colon + 1))}`;
}
