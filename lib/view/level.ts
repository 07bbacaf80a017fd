import { defaultTrendPlaces } from "@/lib/view/codec";
import { levelDefaults, type ViewContext } from "@/lib/view/context";
import type { Level } from "@/lib/view/options";
import type { View } from "@/lib/view/types";

/**
 * A view moved to another level. Both levels side by side keeps every place; cities only drops districts from compare,
 * head to head and the trend, districts only drops cities; the level's defaults come back when too few places remain,
 * so the view stays one a link could carry (`isValidView`).
 */
export function withLevel(view: View, level: Level, ctx: ViewContext): View {
  if (level === "district" && !ctx.districtPair) return view;
  if (level === "all") return { ...view, level };
  const districts = new Set(ctx.districtIds);
  const keep = (id: string) => districts.has(id) === (level === "district");
  const defaults = levelDefaults(ctx, level);
  const compare = view.compare.filter(keep);
  const pair = view.pair && view.pair.every(keep) ? view.pair : defaults.pair;
  const trend = view.time.places.filter(keep);
  return {
    ...view,
    level,
    compare: compare.length >= 2 ? compare : [...defaults.compare],
    pair,
    time: { ...view.time, places: trend.length >= 1 ? trend : defaultTrendPlaces(ctx, level) },
  };
}
