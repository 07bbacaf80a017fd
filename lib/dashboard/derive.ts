/**
 * The dashboard's derivation stages as plain functions, shared by the server (which renders a link's first screen from
 * a cached model) and the browser (`components/dashboard/use-model.ts` memoizes each stage on what it depends on):
 *
 *   dataset + language      → static parts (`staticModel`)
 *   dataset + level         → resolved cells: each indicator's edition, what lists say (`resolvedFor`)
 *   dataset + scale + level + as-of year → engine input (`inputAsOf`, score-view.ts)
 *   input + view            → scores (`scoreInput`: the view's settings on the indicators the input has)
 *   scores + cells          → display rows (`buildRows`), what the ranking rests on (`restsOnFor`) and the
 *                             methodology in force (`methodologyOf`)
 *
 * Both sides run exactly these functions, so the server's first HTML and the browser's render agree.
 */
import { buildRows, mixedVintages, nameOf, rawCells, staticModel, type StaticModel } from "@/lib/dashboard/model";
import { applyEdits } from "@/lib/edits/apply";
import { reasonText } from "@/lib/dashboard/reasons";
import { restsOn, type RestsOn } from "@/lib/dashboard/rests-on";
import { districtLines, type DistrictLine } from "@/lib/dashboard/districts";
import type { PlaceRow } from "@/lib/dashboard/rows";
import { missingReason, resolveCells, type ResolvedCells } from "@/lib/data/cells";
import type { Dataset } from "@/lib/data/types";
import type { Messages } from "@/lib/i18n/en";
import { fill } from "@/lib/i18n/format";
import type { EngineProblem } from "@/lib/scoring/errors";
import { placesAtLevel } from "@/lib/scoring/from-dataset";
import type { NodeInfo, ScoreResult } from "@/lib/scoring/types";
import type { Level, Locale } from "@/lib/view/options";
import type { View } from "@/lib/view/types";
import { editionsInUse } from "@/lib/dashboard/editions";
import { inputAsOf, scoreInput, type Scored } from "@/lib/dashboard/score-view";
import { geoParts, timePartsFor, type GeoParts, type TimeParts } from "@/lib/dashboard/time-parts";
import type { EditionUse } from "@/lib/time/types";

export { inputAsOf, scoreInput, scoreView, type Scored } from "@/lib/dashboard/score-view";

/** An engine reason ("coverage 40% below threshold 65%") in the interface language. */
export const reasonSayer = (m: Messages) => (reason: string) => reasonText(reason, m.reasons, fill);

/**
 * The places of a level with each indicator read on its edition as of `asOf` (null: the latest) — the same cells the
 * engine input is built from.
 */
export const resolvedFor = (dataset: Dataset, level: Level, asOf: number | null = null): ResolvedCells =>
  resolveCells(dataset, { places: placesAtLevel(dataset, level), asOf: asOf ?? undefined });

/** Every place's reported figures at the view's scale, each missing one with its reason in the user's words. */
export function rawCellsFor(
  dataset: Dataset,
  st: StaticModel,
  resolved: ResolvedCells,
  say: (r: string) => string,
  scale: View["scale"],
  asOf: number | null = null,
) {
  return rawCells(dataset, st, resolved, scale, say, (c) => missingReason(c, asOf ?? undefined));
}

/** The figures behind the ranking: every weighted, scored indicator under a weighted pillar, for the places in view. */
export function restsOnFor(resolved: ResolvedCells, result: ScoreResult, st: StaticModel): RestsOn {
  const shares = new Map(result.nodes.map((n) => [n.id, n.share]));
  const weighted = result.nodes
    .filter((n) => n.kind === "indicator" && n.share > 0 && (shares.get(n.parent ?? "") ?? 0) > 0)
    .map((n) => n.id);
  return restsOn(resolved, weighted, st.sources);
}

/** The indicators as views list them, each marked when its figures in view come from more than one year. */
export function indicatorsFor(st: StaticModel, resolved: ResolvedCells) {
  const mixed = mixedVintages(resolved);
  return st.indicators.map((i) => ({ ...i, mixedVintages: mixed.has(i.id) }));
}

export type Methodology = ReturnType<typeof methodologyOf>;

/** The methods, weights, sources and data version in force, as the methodology view states them. */
export function methodologyOf(dataset: Dataset, st: StaticModel, view: View, result: ScoreResult, locale: Locale) {
  const shares = new Map(result.nodes.map((n) => [n.id, n.share]));
  const indicatorName = new Map(st.indicators.map((i) => [i.id, i.name]));
  return {
    normalization: view.normalization,
    overrides: Object.entries(view.normalizationOverrides).map(([indicator, method]) => ({
      indicator: indicatorName.get(indicator) ?? indicator,
      method,
    })),
    aggregation: view.aggregation,
    missing: view.missing,
    coverageThreshold: view.coverageThreshold,
    rankDecimals: view.rankDecimals,
    scale: view.scale,
    /** A geometric or harmonic mean is in force somewhere, so the floor applies (and is stated). */
    floored: result.nodes.some((n) => n.aggregation === "geometric" || n.aggregation === "harmonic"),
    // Districts only: the nodes the view scores (the others have no district figure and no weight here).
    pillars: st.framework.children
      .filter((p) => view.level !== "district" || shares.has(p.id))
      .map((p) => ({
        id: p.id,
        name: nameOf(p, locale),
        share: shares.get(p.id) ?? 0,
        indicators: p.children
          .filter((c) => view.level !== "district" || shares.has(c.id))
          .map((c) => ({
            id: c.id,
            name: nameOf(c, locale),
            share: shares.get(c.id) ?? 0,
          })),
      })),
    // What the page states of each source (not the research cells a source record traces back to).
    sources: dataset.sources.map(({ id, publisher, title, date, url, covers, grade }) => ({
      id,
      publisher,
      title,
      date,
      url,
      covers,
      ...(grade ? { grade } : {}),
    })),
    dataVersion: `${dataset.version.date}.${dataset.version.hash}`,
  };
}

/** Stacked contributions add up to the score only under arithmetic means. */
export function isStacked(result: ScoreResult): boolean {
  const aggregations = new Set(result.nodes.filter((n) => n.kind !== "indicator").map((n) => n.aggregation));
  return aggregations.size === 1 && aggregations.has("arithmetic");
}

/**
 * What every view of the dashboard renders from: the model. Plain, serializable data (the server sends a trimmed copy
 * of it for the first screen, see `first-screen.ts`).
 */
export interface ScreenModel {
  pillars: StaticModel["pillars"];
  indicators: ReturnType<typeof indicatorsFor>;
  /** Which years the ranking's figures span, and how many are banded, beyond a list or secondary. */
  rests: RestsOn;
  series: StaticModel["series"];
  weightTree: StaticModel["weightTree"];
  placeOptions: StaticModel["placeOptions"];
  rows: PlaceRow[];
  error: EngineProblem[] | null;
  warnings: ScoreResult["warnings"];
  refusals: Scored["refusals"];
  refused: Scored["refused"];
  /** The framework with the weights in force (effective weights in head to head). */
  nodes: NodeInfo[];
  /** Composite, pillar and indicator id → name in the interface language (for the method notes). */
  names: Record<string, string>;
  ratings: View["weights"];
  stacked: boolean;
  methodology: Methodology;
  /** The user's own figures in force (`ed=`, `alt=`), in words; empty lists on the published data as they are. */
  userChanges: UserChanges;
  /** Which edition of each indicator the view reads (issue 14). */
  editions: EditionUse[];
  /** The trends (or compare) tab's trend; null on other tabs. */
  time: TimeParts | null;
  /** The map tab's coordinates and their citation; null on other tabs. */
  geo: GeoParts | null;
  /** The districts in view with their city, code, counts and shares of their city (issue 16); [] for cities only. */
  districts: DistrictLine[];
}

export interface UserChanges {
  summary: string[];
  skipped: string[];
}

export const NO_USER_CHANGES: UserChanges = { summary: [], skipped: [] };

/** The weights panel at a level: places reporting counted among the places shown; districts only, what is scored. */
function weightTreeAt(tree: StaticModel["weightTree"], level: Level, scored: ReadonlySet<string> | null) {
  if (level === "city" && !scored) return tree;
  return tree
    .filter((p) => !scored || scored.has(p.id))
    .map((p) => ({
      ...p,
      indicators: p.indicators
        .filter((i) => !scored || scored.has(i.id))
        .map((i) => ({ ...i, about: { ...i.about, ...i.about.byLevel[level] } })),
    }));
}

/** The assembled model from its stages (the browser passes memoized stages; the server computes them in one go). */
export function assembleModel(
  st: StaticModel,
  resolved: ResolvedCells,
  scored: Scored,
  rows: PlaceRow[],
  view: View,
  methodology: Methodology,
  locale: Locale,
  extra: Pick<ScreenModel, "editions" | "time" | "geo">,
  userChanges: UserChanges = NO_USER_CHANGES,
  districts: DistrictLine[] = [],
): ScreenModel {
  // Districts only: what the view scores, and the context figures a district in view reports (Haidian's own).
  const fw = view.level === "district" ? districtFramework(st, resolved, scored.result) : null;
  return {
    ...extra,
    pillars: fw ? st.pillars.filter((p) => fw.scored.has(p.id)) : st.pillars,
    indicators: indicatorsFor(st, resolved).filter((i) => !fw || fw.shown.has(i.id)),
    rests: restsOnFor(resolved, scored.result, st),
    series: fw ? st.series.filter((p) => fw.scored.has(p.id)) : st.series,
    weightTree: weightTreeAt(st.weightTree, view.level, fw?.scored ?? null),
    placeOptions: st.placeOptions,
    rows,
    error: scored.error,
    warnings: scored.result.warnings,
    refusals: scored.refusals,
    refused: scored.refused,
    nodes: scored.result.nodes,
    names: Object.fromEntries([
      [st.framework.id, nameOf(st.framework, locale)],
      ...st.pillars.map((p) => [p.id, p.name]),
      ...st.indicators.map((i) => [i.id, i.name]),
    ]),
    ratings: view.weights,
    stacked: isStacked(scored.result),
    methodology,
    userChanges,
    districts,
  };
}

/**
 * What a districts-only view scores (the pillars and indicators of the engine input) and shows: those, plus the
 * context indicators a district in view reports (Haidian's own figures, listed without their pillars, which score
 * nothing here). The rest has no district figure and would only show dashes (issue 16).
 */
function districtFramework(st: StaticModel, resolved: ResolvedCells, result: ScoreResult) {
  const scored = new Set(result.nodes.map((n) => n.id));
  const shown = new Set(scored);
  for (const i of st.indicators)
    if (i.context && resolved.cells.get(i.id)?.some((c) => c.value !== null)) shown.add(i.id);
  return { scored, shown };
}

/** The district lines of a view: the districts in view in ranking order, on the counts it scores. */
export function districtsFor(
  dataset: Dataset,
  resolved: ResolvedCells,
  rows: PlaceRow[],
  result: ScoreResult,
  locale: Locale,
): DistrictLine[] {
  if (!resolved.places.some((p) => p.level === "district")) return [];
  const scored = result.nodes.filter((n) => n.kind === "indicator").map((n) => n.id);
  return districtLines(dataset, resolved, rows, scored, locale);
}

/**
 * Every stage at once, unmemoized: the server's model of one view. The user's own figures (`ed=`, `alt=`) are applied
 * first, so a shared link with edits shows them in its first screen, preview image and embed too.
 */
export function screenModel(published: Dataset, view: View, locale: Locale, m: Messages): ScreenModel {
  const edited = applyEdits(published, view.edits, view.alternatives, m, locale);
  const dataset = edited.dataset;
  const st = staticModel(dataset, locale);
  const asOf = view.time.asOf;
  const resolved = resolvedFor(dataset, view.level, asOf);
  const scored = scoreInput(inputAsOf(dataset, view, asOf), view);
  const say = reasonSayer(m);
  const raw = rawCellsFor(dataset, st, resolved, say, view.scale, asOf);
  const rows = buildRows(resolved, raw, scored.result.places, say, locale, scored.result.nodes);
  const extra = {
    editions: editionsInUse(dataset, asOf, locale),
    time: timePartsFor(dataset, view, locale, m),
    geo: view.tab === "map" ? geoParts(dataset) : null,
  };
  const districts = districtsFor(dataset, resolved, rows, scored.result, locale);
  const methodology = methodologyOf(dataset, st, view, scored.result, locale);
  return assembleModel(
    st,
    resolved,
    scored,
    rows,
    view,
    methodology,
    locale,
    extra,
    { summary: edited.summary, skipped: edited.skipped },
    districts,
  );
}
