/**
 * A district's figure as a share of its city's: Haidian's 731 deep-synthesis filings are 45.4 % of Beijing's 1,611.
 * Only where the share means something: a count or amount (an indicator divided per capita, never a rank or a share),
 * both figures read on the same edition, both exact (a lower bound over a lower bound says nothing), the city's
 * above zero. Everything else has no share, and says why.
 */
import { resolveCells } from "./cells";
import type { Dataset } from "./types";

export interface CityShare {
  /** The parent city's id and figure on the same edition. */
  city: string;
  cityValue: number | null;
  value: number | null;
  /** value ÷ cityValue (0..1), or null with the reason. */
  share: number | null;
  why: "ok" | "not_additive" | "missing" | "not_exact" | "city_zero";
}

/** Every district's share of its city, per additive indicator: district id → indicator id → share. */
export function cityShares(dataset: Dataset, options: { asOf?: number } = {}): Map<string, Record<string, CityShare>> {
  const resolved = resolveCells(dataset, { asOf: options.asOf });
  const col = new Map(resolved.places.map((p, k) => [p.id, k]));
  const out = new Map<string, Record<string, CityShare>>();
  for (const place of resolved.places) {
    if (place.level !== "district" || place.parent === null) continue;
    const k = col.get(place.id)!;
    const c = col.get(place.parent);
    const shares: Record<string, CityShare> = {};
    for (const ind of dataset.indicators) {
      const cells = resolved.cells.get(ind.id)!;
      const d = cells[k]!;
      const p = c === undefined ? undefined : cells[c];
      const base = { city: place.parent, cityValue: p?.value ?? null, value: d.value };
      let why: CityShare["why"] = "ok";
      if (ind.kind !== "value" || !ind.perCapita) why = "not_additive";
      else if (d.value === null || !p || p.value === null) why = "missing";
      else if (d.kind !== "exact" || p.kind !== "exact") why = "not_exact";
      else if (!(p.value > 0)) why = "city_zero";
      shares[ind.id] = { ...base, share: why === "ok" ? d.value! / p!.value! : null, why };
    }
    out.set(place.id, shares);
  }
  return out;
}
