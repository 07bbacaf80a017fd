/**
 * What the URL codec needs to know about the data a link is opened on: which ids exist, their default weights and the
 * default places. Built once per dataset (bundled, imported or CLI) with `makeViewContext`.
 */
export interface ViewContext {
  /**
   * Every non-root framework node (pillars and indicators) → its default weight: a 0–10 rating for the bundled data,
   * any finite ≥0 relative weight for imported frameworks.
   */
  defaultWeights: Record<string, number>;
  /** Leaves: the nodes that hold observations. */
  indicatorIds: string[];
  /** Root + intermediate nodes (aggregation overrides apply to these). */
  nonLeafIds: string[];
  placeIds: string[];
  /** e.g. "2026-11-28.ab12cd34"; null for imported / CLI data. */
  dataVersion: string | null;
  /** Head-to-head default (bundled: ["beijing", "hangzhou"]); null when there are fewer than two places. */
  defaultPair: [string, string] | null;
  /** Compare default: 2–4 distinct place ids (fewer only when the data has fewer than two places). */
  defaultCompare: string[];
  /** indicator id → the ids of alternative sources the data holds for it (what `alt=` may name). */
  alternativeSources: Record<string, string[]>;
  /** Places that are districts: a view names them (compare, head to head) only with `lv=all` or `lv=district`. */
  districtIds: string[];
  /** The district view's defaults (`lv=district`): a pair and 2–4 districts; null / [] without two districts. */
  districtPair: [string, string] | null;
  districtCompare: string[];
  /** Indicators shown but never scored: a table can sort by their reported figures (`sort=raw:<id>`). */
  contextIndicatorIds: string[];
  /**
   * The years a view can be "as of" run from the first to the last of these (ascending, distinct): the years in
   * which some indicator's edition or figure is dated. Empty when the data carry no dated editions.
   */
  years: number[];
}

/** The compare list and pair a view of this level falls back to. */
export function levelDefaults(
  ctx: ViewContext,
  level: "city" | "all" | "district",
): { compare: string[]; pair: [string, string] | null } {
  if (level === "district" && ctx.districtPair && ctx.districtCompare.length >= 2)
    return { compare: ctx.districtCompare, pair: ctx.districtPair };
  return { compare: ctx.defaultCompare, pair: ctx.defaultPair };
}

export interface FrameworkNode {
  id: string;
  parent: string | null;
  weight: number;
}

/**
 * Sets own properties even for ids like "__proto__", so a hostile or odd id can never reach Object.prototype.
 * Every Record the view code builds goes through this.
 */
export function putOwn<T>(target: Record<string, T>, key: string, value: T): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/**
 * Builds a context from a framework's nodes and the places. Tolerant: repeated ids keep the first, a non-finite or
 * negative default weight becomes 0, and default pair / compare lists fall back to the first places when they name
 * unknown or repeated ids (so the defaults are always valid views).
 */
export function makeViewContext(args: {
  nodes: FrameworkNode[];
  placeIds: string[];
  dataVersion: string | null;
  defaultPair?: [string, string] | null;
  defaultCompare?: string[];
  alternativeSources?: Record<string, string[]>;
  districtIds?: string[];
  contextIndicatorIds?: string[];
  years?: number[];
  districtPair?: [string, string] | null;
  districtCompare?: string[];
}): ViewContext {
  const seen = new Set<string>();
  const nodes = args.nodes.filter((n) => !seen.has(n.id) && seen.add(n.id));
  const parents = new Set(nodes.map((n) => n.parent).filter((p): p is string => p !== null));

  const defaultWeights: Record<string, number> = {};
  const indicatorIds: string[] = [];
  const nonLeafIds: string[] = [];
  for (const n of nodes) {
    const isRoot = n.parent === null;
    if (isRoot || parents.has(n.id)) nonLeafIds.push(n.id);
    else indicatorIds.push(n.id);
    if (!isRoot) putOwn(defaultWeights, n.id, Number.isFinite(n.weight) && n.weight >= 0 ? n.weight : 0);
  }

  const placeIds = [...new Set(args.placeIds)];
  const known = new Set(placeIds);
  const firstTwo: [string, string] | null =
    placeIds.length >= 2 ? [placeIds[0] as string, placeIds[1] as string] : null;

  let defaultPair = firstTwo;
  if (args.defaultPair === null) defaultPair = null;
  else if (args.defaultPair) {
    const [a, b] = args.defaultPair;
    if (known.has(a) && known.has(b) && a !== b) defaultPair = [a, b];
  }

  const wanted = [...new Set((args.defaultCompare ?? []).filter((id) => known.has(id)))].slice(0, 4);
  const defaultCompare = wanted.length >= 2 ? wanted : placeIds.slice(0, 4);

  // The district view's defaults, districts only, falling back to the first districts.
  const districtIds = [...new Set((args.districtIds ?? []).filter((id) => known.has(id)))];
  const isDistrict = new Set(districtIds);
  const [da, db] = args.districtPair ?? [];
  const districtPair: [string, string] | null =
    da !== undefined && db !== undefined && da !== db && isDistrict.has(da) && isDistrict.has(db)
      ? [da, db]
      : districtIds.length >= 2
        ? [districtIds[0]!, districtIds[1]!]
        : null;
  const wantedDistricts = [...new Set((args.districtCompare ?? []).filter((id) => isDistrict.has(id)))].slice(0, 4);
  const districtCompare = wantedDistricts.length >= 2 ? wantedDistricts : districtIds.slice(0, 4);

  return {
    defaultWeights,
    indicatorIds,
    nonLeafIds,
    placeIds,
    dataVersion: args.dataVersion,
    defaultPair,
    defaultCompare,
    alternativeSources: args.alternativeSources ?? {},
    districtIds,
    districtPair,
    districtCompare: districtCompare.length >= 2 ? districtCompare : [],
    contextIndicatorIds: [...new Set(args.contextIndicatorIds ?? [])],
    years: [...new Set((args.years ?? []).filter((y) => Number.isInteger(y)))].sort((a, b) => a - b),
  };
}
