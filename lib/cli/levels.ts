/**
 * The CLI's place levels (issue 16): `--level city|all|district` is the link's `lv=`, and a ranking that holds
 * districts says what each place is: `level`, `parent` (the city a district belongs to), `division` (its GB/T 2260
 * code), then per additive measure the figure scored, at the view's scale (`value:<id>`), and the district's share of
 * its city's reported figure on the same edition (`city_share:<id>`, 0..1; blank where it means nothing: a bound, a
 * missing figure, a city).
 */
import { numberCell, textCell } from "@/lib/csv/cell";
import { cityShares } from "@/lib/data/city-share";
import type { Dataset } from "@/lib/data/types";
import type { ExtraColumns } from "@/lib/scoring/output";
import type { EngineInput } from "@/lib/scoring/types";
import { isOneOf, LEVELS, type Level } from "@/lib/view/options";

export function parseLevel(value: string): Level | string {
  return isOneOf(LEVELS, value) ? value : `--level "${value}" must be ${LEVELS.join(", ")}`;
}

/** The columns that place a ranking's places: empty for cities only. */
export function levelColumns(dataset: Dataset, input: EngineInput, level: Level): ExtraColumns | null {
  if (level === "city") return null;
  const places = new Map(dataset.places.map((p) => [p.id, p]));
  const shares = cityShares(dataset);
  const scored = new Set(input.nodes.map((n) => n.id));
  const additive = dataset.indicators.filter((i) => scored.has(i.id) && i.kind === "value" && i.perCapita);
  const col = new Map(input.places.map((p, k) => [p.id, k]));
  return {
    header: ["level", "parent", "division", ...additive.flatMap((i) => [`value:${i.id}`, `city_share:${i.id}`])],
    cells: (id) => {
      const p = places.get(id);
      const k = col.get(id);
      return [
        p?.level ?? "",
        textCell(p?.parent ?? ""),
        p?.division ?? "",
        ...additive.flatMap((i) => [
          numberCell(k === undefined ? null : (input.values[i.id]?.[k] ?? null)),
          numberCell(shares.get(id)?.[i.id]?.share ?? null),
        ]),
      ];
    },
  };
}

/** Two sets of extra columns side by side. */
export function joinColumns(a: ExtraColumns | null, b: ExtraColumns | null): ExtraColumns | undefined {
  if (!a) return b ?? undefined;
  if (!b) return a;
  return { header: [...a.header, ...b.header], cells: (id) => [...a.cells(id), ...b.cells(id)] };
}
