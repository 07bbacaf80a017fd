/**
 * A place's effective weights: the share of its composite each indicator carries once the weights of the indicators it
 * lacks are re-distributed over the ones it has (at every level, as the engine does). Two places can then weigh the
 * same indicator differently, which head to head must say; the share carried by imputed figures marks a ranking.
 */
export interface WeightNode {
  id: string;
  parent: string | null;
  /** The weight in force (after the view's overrides), relative among siblings. */
  weight: number;
}

/**
 * Indicator id → effective weight (0..1; all of them sum to 1 when the place has a composite). `available(id)` says
 * whether a node has a score for the place (an indicator: an observed or imputed figure; a pillar: a score).
 */
export function effectiveWeights(
  nodes: readonly WeightNode[],
  available: (id: string) => boolean,
): Map<string, number> {
  const children = new Map<string | null, WeightNode[]>();
  for (const n of nodes) {
    const list = children.get(n.parent);
    if (list) list.push(n);
    else children.set(n.parent, [n]);
  }
  const out = new Map<string, number>();
  const walk = (node: WeightNode, share: number) => {
    const kids = children.get(node.id);
    if (!kids) {
      out.set(node.id, share);
      return;
    }
    const live = kids.filter((c) => c.weight > 0 && available(c.id));
    const total = live.reduce((s, c) => s + c.weight, 0);
    for (const c of kids) walk(c, total > 0 && live.includes(c) ? (share * c.weight) / total : 0);
  };
  for (const root of children.get(null) ?? []) walk(root, 1);
  return out;
}

/** The share of a place's composite that rests on imputed figures (0 when nothing is imputed). */
export function imputedShare(
  weights: Map<string, number>,
  norm: Record<string, { imputed: boolean } | undefined>,
): number {
  let s = 0;
  for (const [id, w] of weights) if (norm[id]?.imputed) s += w;
  return s;
}
