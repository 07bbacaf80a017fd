import type { ViewContext } from "@/lib/view/context";

/** Set lookups over a context, built once per context object (contexts are treated as immutable). */
export interface CtxIndex {
  ctx: ViewContext;
  /** Nodes that take a weight: every non-root node. */
  weighted: Set<string>;
  indicators: Set<string>;
  nonLeaf: Set<string>;
  /** Non-root non-leaf nodes: what a "pillar:<id>" table column can name. */
  pillars: Set<string>;
  roots: Set<string>;
  places: Set<string>;
  districts: Set<string>;
  /** Context indicators: raw figures only (`sort=raw:<id>`). */
  contextIndicators: Set<string>;
}

const cache = new WeakMap<ViewContext, CtxIndex>();

export function indexOf(ctx: ViewContext): CtxIndex {
  const hit = cache.get(ctx);
  if (hit) return hit;
  const weighted = new Set(Object.keys(ctx.defaultWeights));
  const nonLeaf = new Set(ctx.nonLeafIds);
  const index: CtxIndex = {
    ctx,
    weighted,
    indicators: new Set(ctx.indicatorIds),
    nonLeaf,
    pillars: new Set(ctx.nonLeafIds.filter((id) => weighted.has(id))),
    roots: new Set(ctx.nonLeafIds.filter((id) => !weighted.has(id))),
    places: new Set(ctx.placeIds),
    districts: new Set(ctx.districtIds ?? []),
    contextIndicators: new Set(ctx.contextIndicatorIds ?? []),
  };
  cache.set(ctx, index);
  return index;
}
