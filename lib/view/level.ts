import { defaultTrendPlaces } from "@/lib/view/codec";
import type { ViewContext } from "@/lib/view/context";
import type { Level } from "@/lib/view/options";
import type { View } from "@/lib/view/types";

/**
 * A view moved to another level. Going back to cities only drops districts from compare, head to head and the trend (the
 * defaults come back when too few places remain), so the view stays one a link could carry (`isValidView`).
 */
export function withLevel(view: View, level: Level, ctx: ViewContext): View {
  if (level === "all") return { ...view, level };
  const districts = new Set(ctx.districtIds);
  const compare = view.compare.filter((id) => !districts.has(id));
  const pair = view.pair && view.pair.some((id) => districts.has(id)) ? ctx.defaultPair : view.pair;
  const trend = view.time.places.filter((id) => !districts.has(id));
  return {
    ...view,
    level,
    compare: compare.length >= 2 ? compare : [...ctx.defaultCompare],
    pair,
    time: { ...view.time, places: trend.length >= 1 ? trend : defaultTrendPlaces(ctx) },
  };
}
