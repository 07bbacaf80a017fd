/**
 * The issue's targets for the bundled data, computed from a dataset and the research tables (printed by
 * `npm run data:check`, enforced by its vitest twin):
 * - under the default weights, at least 15 of the 20 cities have ≥ 70% weighted coverage ("beyond a list" is known);
 * - at least 25 scored indicators in at least 5 pillars, none scored with fewer than 5 cities reporting;
 * - Beijing and Hangzhou share at least 12 indicators with figures for both; Haidian has at least 6 figures;
 * - every scored figure traces to a research row with a quote, or to the list entries it counts (issue 16), and no
 *   figure differs from its row or its recount (0 invented).
 */
import { resolveCells } from "@/lib/data/cells";
import { isScored } from "@/lib/data/helpers";
import type { Dataset } from "@/lib/data/types";
import { engineInputFromDataset } from "@/lib/scoring/from-dataset";
import { DEFAULT_SCORING_OPTIONS } from "@/lib/scoring/options";
import { score } from "@/lib/scoring/score";
import { MIN_PLACES_SCORED } from "./build";
import { recount } from "./entry-refs";
import { parseFigure } from "./kinds";
import { rowByRef, type ResearchRow } from "./research";
import type { ResearchFile } from "./selection-types";

export interface Target {
  name: string;
  /** What was measured, in words. */
  actual: string;
  ok: boolean;
}

export const COVERAGE_TARGET = { cities: 15, share: 0.7 };

export function targets(
  dataset: Dataset,
  tables: Map<ResearchFile, ResearchRow[]>,
  seedQuotes: (ref: string) => string | undefined,
  /** The filing lists' entries: a figure counted from them traces to them (issue 16). */
  entries: Parameters<typeof recount>[1] = { deepSynthesis: [], genai: [] },
): Target[] {
  const out: Target[] = [];
  const cities = dataset.places.filter((p) => p.level === "city");

  const input = engineInputFromDataset(dataset, "absolute", { level: "city" });
  const result = score(input, DEFAULT_SCORING_OPTIONS);
  const covered = result.places.filter((p) => p.coverage >= COVERAGE_TARGET.share - 1e-9);
  const low = result.places.filter((p) => p.coverage < COVERAGE_TARGET.share - 1e-9);
  out.push({
    name: `≥ ${COVERAGE_TARGET.cities} of ${cities.length} cities with ≥ 70% weighted coverage (default weights)`,
    actual:
      `${covered.length} of ${cities.length}` +
      (low.length ? `; below: ${low.map((p) => `${p.id} ${Math.floor(p.coverage * 100)}%`).join(", ")}` : ""),
    ok: covered.length >= COVERAGE_TARGET.cities,
  });

  const scored = dataset.indicators.filter(isScored);
  const pillars = new Set(scored.map((i) => i.pillar));
  out.push({
    name: "≥ 25 scored indicators in ≥ 5 pillars",
    actual: `${scored.length} scored indicators in ${pillars.size} pillars`,
    ok: scored.length >= 25 && pillars.size >= 5,
  });

  const resolved = resolveCells(dataset, { places: cities });
  const reported = (id: string) => (resolved.cells.get(id) ?? []).filter((c) => c.obs !== null).length;
  const thin = scored.filter((i) => reported(i.id) < MIN_PLACES_SCORED);
  out.push({
    name: `no scored indicator with fewer than ${MIN_PLACES_SCORED} cities reporting`,
    actual: thin.length ? thin.map((i) => `${i.id} (${reported(i.id)})`).join(", ") : "none",
    ok: thin.length === 0,
  });

  const all = resolveCells(dataset);
  const index = (id: string) => all.places.findIndex((p) => p.id === id);
  const hasFigure = (ind: string, place: string) => all.cells.get(ind)?.[index(place)]?.obs != null;
  const shared = dataset.indicators.filter((i) => hasFigure(i.id, "beijing") && hasFigure(i.id, "hangzhou"));
  out.push({
    name: "Beijing and Hangzhou share ≥ 12 indicators with figures for both",
    actual: `${shared.length}`,
    ok: shared.length >= 12,
  });
  const haidian = dataset.indicators.filter((i) => hasFigure(i.id, "beijing-haidian"));
  out.push({ name: "Haidian has ≥ 6 figures", actual: `${haidian.length}`, ok: haidian.length >= 6 });

  const scoredIds = new Set(scored.map((i) => i.id));
  const untraced: string[] = [];
  const invented: string[] = [];
  for (const o of dataset.observations) {
    const name = `${o.place} × ${o.indicator} ${o.year}`;
    // A count of list entries traces to the entries themselves: counted again, it must give the same value.
    const counted = recount(o.ref, entries);
    if (counted) {
      if (counted.count !== o.value) invented.push(`${name}: ≠ ${o.ref} (${counted.count})`);
      continue;
    }
    const row = o.ref ? rowByRef(tables, o.ref) : undefined;
    if (!row) {
      if (scoredIds.has(o.indicator)) untraced.push(`${name}: no research row`);
      invented.push(`${name}: no research row`);
      continue;
    }
    const quote = row.quote.trim() !== "" ? row.quote : seedQuotes(o.ref!);
    if (scoredIds.has(o.indicator) && !quote) untraced.push(`${name}: ${o.ref} has no quote`);
    const fig = parseFigure(row);
    if (typeof fig === "string" || fig.value !== o.value || row.year !== o.year) invented.push(`${name}: ≠ ${o.ref}`);
  }
  const scoredFigures = dataset.observations.filter((o) => scoredIds.has(o.indicator)).length;
  out.push({
    name: "every scored figure traces to a research row with a quote",
    actual: untraced.length ? untraced.slice(0, 5).join("; ") : `${scoredFigures} of ${scoredFigures}`,
    ok: untraced.length === 0,
  });
  out.push({
    name: "0 figures invented (every figure equals its research row)",
    actual: `${invented.length}${invented.length ? `: ${invented.slice(0, 5).join("; ")}` : ""}`,
    ok: invented.length === 0,
  });
  return out;
}
