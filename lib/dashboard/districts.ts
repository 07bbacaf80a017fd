/**
 * The district view's table (issue 16): each district in view with its city, its GB/T 2260 code and, per additive
 * measure scored here, its figure, how many of its filings were cancelled, and its share of its city's figure on the
 * same edition. Plain data, in the ranking's order; the page and the first screen render it.
 */
import { cityShares } from "@/lib/data/city-share";
import type { ResolvedCells } from "@/lib/data/cells";
import type { Dataset } from "@/lib/data/types";
import type { Locale } from "@/lib/view/options";
import type { ValueKind } from "@/lib/scoring/types";

export interface DistrictMeasure {
  indicator: string;
  value: number | null;
  kind: ValueKind | null;
  /** Of `value`, filings since cancelled (已注销); null when the figure does not count them. */
  cancelled: number | null;
  /** The district's share of its city's figure (0..1), or null (a bound, a missing figure). */
  share: number | null;
  cityValue: number | null;
  /** The figure's year as published ("2026-07"). */
  year: string | null;
}

export interface DistrictLine {
  id: string;
  name: string;
  city: { id: string; name: string } | null;
  division: string | null;
  rank: number | null;
  measures: DistrictMeasure[];
}

/**
 * The districts of `resolved` (the places in view) in the order of `order` (the ranking's), measured on `indicators`
 * (those scored here that can be added up: counts).
 */
export function districtLines(
  dataset: Dataset,
  resolved: ResolvedCells,
  order: readonly { id: string; rank: number | null }[],
  indicators: readonly string[],
  locale: Locale,
): DistrictLine[] {
  const byId = new Map(dataset.places.map((p) => [p.id, p]));
  const name = (p: { nameEn: string; nameZh: string }) => (locale === "zh" ? p.nameZh : p.nameEn);
  const additive = new Set(
    dataset.indicators.filter((i) => i.kind === "value" && i.perCapita && indicators.includes(i.id)).map((i) => i.id),
  );
  const measured = indicators.filter((id) => additive.has(id));
  if (measured.length === 0) return [];
  const shares = cityShares(dataset);
  const col = new Map(resolved.places.map((p, k) => [p.id, k]));
  const lines: DistrictLine[] = [];
  for (const { id, rank } of order) {
    const place = byId.get(id);
    const k = col.get(id);
    if (!place || place.level !== "district" || k === undefined) continue;
    const parent = place.parent === null ? undefined : byId.get(place.parent);
    lines.push({
      id,
      name: name(place),
      city: parent ? { id: parent.id, name: name(parent) } : null,
      division: place.division ?? null,
      rank,
      measures: measured.map((ind) => {
        const cell = resolved.cells.get(ind)?.[k];
        const s = shares.get(id)?.[ind];
        return {
          indicator: ind,
          value: cell?.value ?? null,
          kind: cell?.kind ?? null,
          cancelled: cell?.obs?.cancelled ?? null,
          share: s?.share ?? null,
          cityValue: s?.cityValue ?? null,
          year: cell?.obs?.year ?? null,
        };
      }),
    });
  }
  return lines;
}
