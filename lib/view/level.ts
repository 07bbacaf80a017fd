import type { ViewContext } from "@/lib/view/context";
import type { Level } from "@/lib/view/options";
import type { View } from "@/lib/view/types";

/**
 * A view moved to another level. Going back to cities only drops districts from compare and head to head (the
 * defaults come back when too few places remain), so the view stays one a link could carry (`isValidView`).
 */
export function withLevel(view: View, level: Level, ctx: ViewContext): View {
  if (level === "all") return { ...view, level };
  const districts = new Set(ctx.districtIds);
  const compare = view.compare.filter((id) => !districts.has(id));
  const pair = view.pair && view.pair.some((id) => districts.has(id)) ? ctx.defaultPair : view.pair;
  return { ...view, level, compare: compare.length >= 2 ? compare : [...ctx.defaultCompare], pair };
}
