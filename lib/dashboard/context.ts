import type { Dataset } from "@/lib/data/types";
import { datedYears } from "@/lib/dashboard/editions";
import { isScored } from "@/lib/scoring/from-dataset";
import { makeViewContext } from "@/lib/view/context";
import type { ViewContext } from "@/lib/view/context";

/** What `makeViewContext` takes: plain data, so the server can hand it to the browser before the dataset arrives. */
export type ViewContextArgs = Parameters<typeof makeViewContext>[0];

/** The seed article's pair ("AI双城"): Beijing vs Hangzhou, when the dataset has both. */
const SEED_PAIR: [string, string] = ["beijing", "hangzhou"];
const SEED_COMPARE = ["beijing", "hangzhou", "shanghai", "shenzhen"];
/** The same comparison at its true scale (issue 16): Haidian vs Yuhang, and Nanshan beside them. */
const SEED_DISTRICT_PAIR: [string, string] = ["beijing-haidian", "hangzhou-yuhang"];
const SEED_DISTRICT_COMPARE = ["beijing-haidian", "hangzhou-yuhang", "shenzhen-nanshan"];

const contexts = new WeakMap<Dataset, ViewContext>();
const args = new WeakMap<Dataset, ViewContextArgs>();

/**
 * The URL codec's context for a dataset: its node ids and default weights, its places and its data version. Built once
 * per dataset object (the server page and its metadata both ask for it on every request).
 */
export function viewContextFor(dataset: Dataset): ViewContext {
  let ctx = contexts.get(dataset);
  if (!ctx) contexts.set(dataset, (ctx = makeViewContext(viewContextArgs(dataset))));
  return ctx;
}

/** indicator id → the sources that give alternative figures for it somewhere in the data (what `alt=` may name). */
function alternativeSources(dataset: Dataset): Record<string, string[]> {
  const out = new Map<string, Set<string>>();
  for (const o of dataset.observations)
    for (const a of o.alternatives) {
      if (!out.has(o.indicator)) out.set(o.indicator, new Set());
      out.get(o.indicator)!.add(a.sourceId);
    }
  return Object.fromEntries([...out].map(([k, v]) => [k, [...v]]));
}

/** The codec context's inputs for a dataset, built once per dataset object. */
export function viewContextArgs(dataset: Dataset): ViewContextArgs {
  let a = args.get(dataset);
  if (!a) args.set(dataset, (a = buildArgs(dataset)));
  return a;
}

function buildArgs(dataset: Dataset): ViewContextArgs {
  const ids = new Set(dataset.places.map((p) => p.id));
  const first = dataset.places.slice(0, 4).map((p) => p.id);
  const pair: [string, string] | null = SEED_PAIR.every((id) => ids.has(id))
    ? SEED_PAIR
    : first.length >= 2
      ? [first[0]!, first[1]!]
      : null;
  const compare = SEED_COMPARE.every((id) => ids.has(id)) ? SEED_COMPARE : first;
  return {
    nodes: [
      { id: dataset.composite.id, parent: null, weight: 1 },
      ...dataset.pillars.map((p) => ({ id: p.id, parent: dataset.composite.id, weight: p.weight })),
      ...dataset.indicators.filter(isScored).map((i) => ({ id: i.id, parent: i.pillar, weight: i.weight })),
    ],
    placeIds: dataset.places.map((p) => p.id),
    districtIds: dataset.places.filter((p) => p.level !== "city").map((p) => p.id),
    contextIndicatorIds: dataset.indicators.filter((i) => !isScored(i)).map((i) => i.id),
    dataVersion: `${dataset.version.date}.${dataset.version.hash}`,
    defaultPair: pair,
    defaultCompare: compare,
    alternativeSources: alternativeSources(dataset),
    years: datedYears(dataset),
    // makeViewContext falls back to the first districts when a dataset lacks these.
    districtPair: SEED_DISTRICT_PAIR,
    districtCompare: SEED_DISTRICT_COMPARE,
  };
}
