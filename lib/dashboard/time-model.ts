/**
 * The time views' data from a dataset and a view: the trend of the chosen places (each year a full as-of run of the
 * view, `runAsOf`), every indicator's editions for them (small multiples), and what changed between two years.
 * Names and reasons come out in the interface language; figures keep their kind marks ("≥500", "＞10").
 */
import { datedYears, runAsOf } from "@/lib/dashboard/as-of";
import { qualified } from "@/lib/dashboard/qualified";
import { editionAt, resolveCells, type ResolvedCells } from "@/lib/data/cells";
import { isScored } from "@/lib/data/helpers";
import type { Dataset, Indicator } from "@/lib/data/types";
import { placesAtLevel } from "@/lib/scoring/from-dataset";
import { whatChanged } from "@/lib/time/changes";
import { trendSeries, yearRange, type YearRun } from "@/lib/time/trend";
import type { ChangesModel, EditionChange, HistoryPoint, IndicatorHistory, TrendModel } from "@/lib/time/types";
import type { Locale } from "@/lib/view/options";
import type { View } from "@/lib/view/types";

type Say = (reason: string) => string;
const nameOf = (x: { nameEn: string; nameZh: string }, locale: Locale) => (locale === "zh" ? x.nameZh : x.nameEn);

/** One run per year from the first dated year to the last (the trend's points). */
export function runsFor(dataset: Dataset, view: View): YearRun[] {
  return yearRange(datedYears(dataset)).map((y) => runAsOf(dataset, view, y));
}

/** Competition ranks (1, 2, 2, 4) of the values present, best first by the indicator's direction. */
function ranksOf(values: (number | null)[], direction: 1 | -1): (number | null)[] {
  return values.map((v) =>
    v === null ? null : 1 + values.filter((w) => w !== null && (direction === 1 ? w > v : w < v)).length,
  );
}

function formatter(locale: Locale) {
  const tag = locale === "zh" ? "zh-CN" : "en";
  const whole = new Intl.NumberFormat(tag, { maximumFractionDigits: 0 });
  const two = new Intl.NumberFormat(tag, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  return (x: number) => (Number.isInteger(x) ? whole : two).format(x);
}

/** Every edition (or dated figure) of each indicator for the chosen places: the small multiples' data. */
export function indicatorHistories(
  dataset: Dataset,
  view: View,
  locale: Locale,
  words: { yes: string; no: string },
): { histories: IndicatorHistory[]; without: string[] } {
  const inView = placesAtLevel(dataset, view.level);
  const index = new Map(inView.map((p, k) => [p.id, k]));
  const chosen = view.time.places.filter((id) => index.has(id));
  const placeNames = new Map(dataset.places.map((p) => [p.id, nameOf(p, locale)]));
  const format = formatter(locale);
  const resolvedAt = new Map<number, ResolvedCells>();
  const resolved = (year: number) => {
    let r = resolvedAt.get(year);
    if (!r) resolvedAt.set(year, (r = resolveCells(dataset, { asOf: year, places: inView })));
    return r;
  };
  const histories: IndicatorHistory[] = [];
  const without: string[] = [];

  for (const ind of dataset.indicators) {
    const editions = ind.editions ?? [];
    const years = editions.length
      ? [...new Set(editions.map((e) => e.year))].sort((a, b) => a - b)
      : [
          ...new Set(
            dataset.observations
              .filter((o) => o.indicator === ind.id && o.edition !== undefined)
              .map((o) => o.edition!),
          ),
        ].sort((a, b) => a - b);
    // Per year: every place in view's value and text (so ranks are among all places in view), then the chosen ones.
    const perYear = years.map((year) => {
      const cells = editions.length ? (resolved(year).cells.get(ind.id) ?? []) : seriesAt(dataset, ind, inView, year);
      const values = cells.map((c) => c.value);
      const ranks = ind.kind === "flag" ? values.map(() => null) : ranksOf(values, ind.direction);
      const of = values.filter((v) => v !== null).length;
      return { year, cells, ranks, of };
    });
    const places = chosen.map((id) => {
      const k = index.get(id)!;
      const points = perYear.map(({ year, cells, ranks, of }): HistoryPoint => {
        const c = cells[k];
        if (!c || c.value === null) return { year, value: null, text: null, rank: null, of };
        const text =
          ind.kind === "flag"
            ? c.value === 1
              ? words.yes
              : words.no
            : qualified(c.value, c.kind ?? "exact", format, { lo: c.bound?.lo ?? null, hi: c.bound?.hi ?? null });
        return { year, value: c.value, text, rank: ranks[k] ?? null, of };
      });
      return { id, name: placeNames.get(id) ?? id, points };
    });
    const name = nameOf(ind, locale);
    if (years.length === 0 || places.every((p) => p.points.every((q) => q.value === null))) {
      without.push(name);
      continue;
    }
    histories.push({
      id: ind.id,
      name,
      unit: locale === "zh" ? ind.unitZh : ind.unit,
      lowerIsBetter: ind.direction === -1,
      scored: isScored(ind),
      years,
      places,
    });
  }
  return { histories, without };
}

/** A series indicator's figures dated exactly `year`, one cell per place in view (missing where none). */
function seriesAt(dataset: Dataset, ind: Indicator, inView: readonly { id: string }[], year: number) {
  const obs = new Map(
    dataset.observations.filter((o) => o.indicator === ind.id && o.edition === year).map((o) => [o.place, o]),
  );
  return inView.map((p) => {
    const o = obs.get(p.id);
    return o
      ? {
          value: o.value,
          kind: o.qualifier,
          bound: o.qualifier === "range" ? { lo: o.lo ?? o.value, hi: o.hi ?? o.value } : null,
        }
      : { value: null, kind: null, bound: null };
  });
}

/** The trend of the view's places over every year the data allow, and each indicator's editions for them. */
export function trendModel(
  dataset: Dataset,
  view: View,
  locale: Locale,
  say: Say,
  words: { yes: string; no: string },
  runs: YearRun[] = runsFor(dataset, view),
  withHistories = true,
): TrendModel & { without: string[] } {
  const names = new Map(dataset.places.map((p) => [p.id, nameOf(p, locale)]));
  const series = trendSeries(runs, view.time.places).map((s) => ({
    ...s,
    name: names.get(s.id) ?? s.name,
    points: s.points.map((p) => ({ ...p, reason: p.reason === null ? null : say(p.reason) })),
  }));
  const { histories, without } = withHistories
    ? indicatorHistories(dataset, view, locale, words)
    : { histories: [], without: [] };
  return { years: runs.map((r) => r.year), changeYears: datedYears(dataset), series, indicators: histories, without };
}

/** The year "what changed" compares with by default: the last dated year before `to`. */
export function defaultSince(dataset: Dataset, to: number): number | null {
  const before = datedYears(dataset).filter((y) => y < to);
  return before.length ? before[before.length - 1]! : null;
}

/** The as-of year of a view: its `yr`, else the last dated year (the latest editions). */
export function asOfYear(dataset: Dataset, view: View): number | null {
  const ys = datedYears(dataset);
  return view.time.asOf ?? ys[ys.length - 1] ?? null;
}

/** Indicators whose edition (or latest dated figure) in use differs between `from` and `to`. */
export function editionChanges(dataset: Dataset, from: number, to: number, locale: Locale): EditionChange[] {
  const out: EditionChange[] = [];
  for (const ind of dataset.indicators) {
    if (!isScored(ind)) continue;
    if (ind.editions && ind.editions.length > 0) {
      const a = editionAt(ind, from);
      const b = editionAt(ind, to);
      if (b && a?.year !== b.year)
        out.push({ id: ind.id, name: nameOf(ind, locale), before: a?.label ?? null, after: b.label });
      continue;
    }
    const dated = dataset.observations
      .filter((o) => o.indicator === ind.id && o.edition !== undefined)
      .map((o) => o.edition!);
    const latest = (y: number) => Math.max(-Infinity, ...dated.filter((d) => d <= y));
    const a = latest(from);
    const b = latest(to);
    if (b > a && Number.isFinite(b))
      out.push({
        id: ind.id,
        name: nameOf(ind, locale),
        before: Number.isFinite(a) ? String(a) : null,
        after: String(b),
      });
  }
  return out;
}

/** What changed from `since` (default: the last dated year before the as-of year) to the view's as-of year. */
export function changesModel(
  dataset: Dataset,
  view: View,
  locale: Locale,
  say: Say,
  runs?: YearRun[],
): ChangesModel | null {
  const to = asOfYear(dataset, view);
  if (to === null) return null;
  const from = view.time.since ?? defaultSince(dataset, to);
  if (from === null || from >= to) return null;
  const at = (y: number) => runs?.find((r) => r.year === y) ?? runAsOf(dataset, view, y);
  const before = at(from);
  const after = at(to);
  const names = new Map(dataset.places.map((p) => [p.id, nameOf(p, locale)]));
  const indicatorNames = Object.fromEntries(dataset.indicators.map((i) => [i.id, nameOf(i, locale)]));
  const places = whatChanged(before.result, after.result, {
    before: before.note ?? `no edition by ${from}`,
    after: after.note ?? `no edition by ${to}`,
  }).map((c) => ({
    ...c,
    name: names.get(c.id) ?? c.name,
    before: { ...c.before, reason: c.before.reason === null ? null : say(c.before.reason) },
    after: { ...c.after, reason: c.after.reason === null ? null : say(c.after.reason) },
  }));
  return { from, to, editions: editionChanges(dataset, from, to, locale), places, indicatorNames };
}
