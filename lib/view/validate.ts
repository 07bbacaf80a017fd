import { levelDefaults, type ViewContext } from "@/lib/view/context";
import { indexOf } from "@/lib/view/ctx-index";
import {
  AGGREGATIONS,
  isOneOf,
  LEVELS,
  LOCALES,
  MISSING_POLICIES,
  NORMALIZATIONS,
  SCALES,
  TABS,
  TRANSFORMS,
} from "@/lib/view/options";
import { MAX_RANK_DECIMALS, SORT_COLUMNS, SORT_KINDS } from "@/lib/view/parse";
import { yearSpan } from "@/lib/view/parse-time";
import type { View } from "@/lib/view/types";
import { MAX_DRAWS, MAX_SEED, MAX_SPREAD_PERCENT, UNCERTAINTIES } from "@/lib/robustness/vocabulary";
import { addedPlaces, USER_PLACE_ID } from "@/lib/view/parse-data";

const onGrid = (x: number) => Math.abs(x * 10 - Math.round(x * 10)) < 1e-9;

/**
 * Why a view is not one `parseView` could return for this context ([] when it is valid): unknown ids, weights off
 * [0, 10] or the 0.1 grid (a default weight may be anything the framework says), bad lists, unknown options. Used by
 * the fuzz tests; handy for anything that builds views by hand.
 */
export function viewProblems(view: View, ctx: ViewContext): string[] {
  const ix = indexOf(ctx);
  const out: string[] = [];
  const check = (ok: boolean, problem: string) => {
    if (!ok) out.push(problem);
  };

  const ids = Object.keys(view.weights);
  check(ids.length === ix.weighted.size && ids.every((id) => ix.weighted.has(id)), "weights: not exactly the nodes");
  for (const id of ids) {
    const x = view.weights[id];
    const ok = typeof x === "number" && ((x >= 0 && x <= 10 && onGrid(x)) || x === ctx.defaultWeights[id]);
    check(ok && !Object.is(x, -0), `weights.${id}: ${String(x)}`);
  }
  const methods = <T extends string>(
    name: string,
    map: Record<string, T>,
    allowed: Set<string>,
    list: readonly T[],
  ) => {
    for (const [id, m] of Object.entries(map)) check(allowed.has(id) && isOneOf(list, m), `${name}.${id}: ${m}`);
  };
  check(isOneOf(NORMALIZATIONS, view.normalization), "normalization");
  methods("normalizationOverrides", view.normalizationOverrides, ix.indicators, NORMALIZATIONS);
  check(view.aggregation === null || isOneOf(AGGREGATIONS, view.aggregation), "aggregation");
  methods("aggregationOverrides", view.aggregationOverrides, ix.nonLeaf, AGGREGATIONS);
  methods("transformOverrides", view.transformOverrides, ix.indicators, TRANSFORMS);
  check(isOneOf(MISSING_POLICIES, view.missing), "missing");
  const cov = view.coverageThreshold;
  check(Number.isFinite(cov) && cov >= 0 && cov <= 100 && onGrid(cov) && !Object.is(cov, -0), "coverageThreshold");
  const rd = view.rankDecimals;
  check(rd === null || (Number.isInteger(rd) && rd >= 0 && rd <= MAX_RANK_DECIMALS), "rankDecimals");
  check(isOneOf(SCALES, view.scale), "scale");
  check(isOneOf(LEVELS, view.level), "level");

  const added = addedPlaces(view.edits ?? []);
  const known = new Set([...ix.places, ...added]);
  check(view.level !== "district" || ctx.districtPair !== null, "level: no districts");
  const ofLevel = (id: string) => view.level === "all" || ix.districts.has(id) === (view.level === "district");
  const places = (list: readonly string[], min: number, max: number) =>
    list.length >= min &&
    list.length <= max &&
    new Set(list).size === list.length &&
    list.every((id) => known.has(id) && ofLevel(id));
  const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);
  const defaults = levelDefaults(ctx, view.level);
  check(places(view.compare, 2, 4) || same(view.compare, defaults.compare), "compare");
  check(view.pair === null ? defaults.pair === null : places(view.pair, 2, 2), "pair");

  check(isOneOf(TABS, view.tab), "tab");
  if (view.sort) {
    const { column } = view.sort;
    const colon = column.indexOf(":");
    const kind = column.slice(0, colon);
    const id = column.slice(colon + 1);
    const ok =
      colon < 0
        ? isOneOf(SORT_COLUMNS, column)
        : isOneOf(SORT_KINDS, kind) &&
          ((kind === "pillar" ? ix.pillars : ix.indicators).has(id) ||
            (kind === "raw" && ix.contextIndicators.has(id)));
    check(ok && typeof view.sort.desc === "boolean", `sort: ${column}`);
  }
  check(view.lang === null || isOneOf(LOCALES, view.lang), "lang");
  check(view.dataVersion === null || /^[A-Za-z0-9._-]{1,64}$/.test(view.dataVersion), "dataVersion");
  const r = view.robust;
  const whole = (x: number, max: number) => Number.isInteger(x) && x >= 0 && x <= max && !Object.is(x, -0);
  check(r.draws === null || (whole(r.draws, MAX_DRAWS) && r.draws >= 1), "robust.draws");
  check(whole(r.seed, MAX_SEED), "robust.seed");
  check(
    r.spread >= 0 && r.spread <= MAX_SPREAD_PERCENT && onGrid(r.spread) && !Object.is(r.spread, -0),
    "robust.spread",
  );
  const b = r.bounds;
  check(b === null || (b.lo >= 0 && b.hi <= 100 && b.lo <= b.hi && onGrid(b.lo) && onGrid(b.hi)), "robust.bounds");
  check(
    r.perturb.every(
      (x, i) =>
        isOneOf(UNCERTAINTIES, x) && (i === 0 || UNCERTAINTIES.indexOf(r.perturb[i - 1]!) < UNCERTAINTIES.indexOf(x)),
    ),
    "robust.perturb",
  );
  check(view.dataset === null || /^[a-z0-9]{1,40}$/.test(view.dataset), "dataset");
  check(new Set(added).size === added.length && added.every((id) => !ix.places.has(id)), "edits: added ids");
  for (const e of view.edits ?? []) {
    if (e.kind === "add")
      check(USER_PLACE_ID.test(e.id) && (e.base === null || ix.places.has(e.base)), `edits: add ${e.id}`);
    else check(known.has(e.place) && ix.indicators.has(e.indicator), `edits: ${e.kind} ${e.place}:${e.indicator}`);
  }
  for (const [ind, source] of Object.entries(view.alternatives ?? {})) {
    // Own properties only: an id such as "__proto__" must not reach Object.prototype.
    const sources = Object.hasOwn(ctx.alternativeSources, ind) ? ctx.alternativeSources[ind]! : [];
    check(sources.includes(source), `alternatives.${ind}`);
  }
  const t = view.time;
  const span = yearSpan(ctx.years);
  const year = (y: number | null, max: number) =>
    y === null || (span !== null && Number.isInteger(y) && y >= span.first && y <= max && !Object.is(y, -0));
  check(year(t.asOf, span?.last ?? 0), `time.asOf: ${String(t.asOf)}`);
  check(year(t.since, (t.asOf ?? span?.last ?? 0) - 1), `time.since: ${String(t.since)}`);
  check(places(t.places, 1, 4), "time.places");
  check(view.mapMeasure === null || ix.weighted.has(view.mapMeasure), `mapMeasure: ${String(view.mapMeasure)}`);
  return out;
}

export const isValidView = (view: View, ctx: ViewContext): boolean => viewProblems(view, ctx).length === 0;
