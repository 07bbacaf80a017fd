/**
 * Trends: a place's rank and score over the years, each point the engine's own result "as of" that year (each
 * indicator read on its latest edition at or before the year; see `lib/dashboard/as-of.ts`). A year in which a place
 * has no composite is a gap with its reason, never an interpolated value.
 */
import type { PlaceResult, ScoreResult } from "@/lib/scoring/types";

/** The engine's result as of one year; `result` is null when no indicator had an edition by then. */
export interface YearRun {
  year: number;
  result: ScoreResult | null;
  /** Why the run could not score anything (no indicator had an edition yet, or the methods failed); else null. */
  note: string | null;
}

export interface TrendPoint {
  year: number;
  /** null: no composite this year (a gap); `reason` says why. */
  rank: number | null;
  score: number | null;
  coverage: number;
  /** How many places had a rank that year ("3rd of 12"). */
  of: number;
  reason: string | null;
}

export interface TrendSeries {
  id: string;
  name: string;
  points: TrendPoint[];
}

/** The run of each year, in the order of `years`; `runAt` is called once per year. */
export function yearRuns(years: readonly number[], runAt: (year: number) => YearRun): YearRun[] {
  return years.map((y) => runAt(y));
}

/** Every whole year from the first to the last of `years` (a view can be as of any of them). */
export function yearRange(years: readonly number[]): number[] {
  if (years.length === 0) return [];
  const first = Math.min(...years);
  const last = Math.max(...years);
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

const rankedCount = (r: ScoreResult | null) => (r ? r.places.filter((p) => p.rank !== null).length : 0);

/** One line per place: its rank and score in each run (gaps where it has none), named as in the latest run. */
export function trendSeries(runs: readonly YearRun[], placeIds: readonly string[]): TrendSeries[] {
  const byYear = runs.map((run) => ({
    run,
    of: rankedCount(run.result),
    places: new Map<string, PlaceResult>((run.result?.places ?? []).map((p) => [p.id, p])),
  }));
  return placeIds.map((id) => {
    let name = id;
    const points = byYear.map(({ run, of, places }): TrendPoint => {
      const p = places.get(id);
      if (p) name = p.name;
      if (!p) return { year: run.year, rank: null, score: null, coverage: 0, of, reason: run.note ?? "not in view" };
      return {
        year: run.year,
        rank: p.rank,
        score: p.rank === null ? null : p.score,
        coverage: p.coverage,
        of,
        reason: p.rank === null ? (p.reason ?? run.note ?? "no composite") : null,
      };
    });
    return { id, name, points };
  });
}

/** The years whose run differs from the year before (an edition or figure arrived), the first year included. */
export function changeYears(runs: readonly YearRun[], fingerprint: (year: number) => string): number[] {
  const out: number[] = [];
  let prev: string | null = null;
  for (const run of runs) {
    const f = fingerprint(run.year);
    if (f !== prev) out.push(run.year);
    prev = f;
  }
  return out;
}
