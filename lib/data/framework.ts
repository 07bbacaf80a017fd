/**
 * The indicator framework as a tree: composite → pillars → scored indicators (context indicators are shown, never
 * weighted), each with its default weight (0–10 rating, as in
 * the OECD Better Life Index) and its share among its siblings (weight ÷ sum of sibling weights; 0 when all are 0).
 */
import { isScored } from "./helpers";
import type { Dataset, Indicator, Pillar } from "./types";

export interface IndicatorNode {
  kind: "indicator";
  id: string;
  nameEn: string;
  nameZh: string;
  weight: number;
  share: number;
  indicator: Indicator;
}

export interface PillarNode {
  kind: "pillar";
  id: string;
  nameEn: string;
  nameZh: string;
  weight: number;
  share: number;
  pillar: Pillar;
  children: IndicatorNode[];
}

export interface FrameworkTree {
  kind: "composite";
  id: string;
  nameEn: string;
  nameZh: string;
  /** The root carries the whole: weight 1, share 1. */
  weight: 1;
  share: 1;
  children: PillarNode[];
}

function shares(weights: readonly number[]): number[] {
  const total = weights.reduce((a, b) => a + b, 0);
  return weights.map((w) => (total > 0 ? w / total : 0));
}

export function buildFramework(dataset: Dataset): FrameworkTree {
  const pillarShares = shares(dataset.pillars.map((p) => p.weight));
  const children = dataset.pillars.map((pillar, k): PillarNode => {
    const members = dataset.indicators.filter((i) => i.pillar === pillar.id && isScored(i));
    const memberShares = shares(members.map((i) => i.weight));
    return {
      kind: "pillar",
      id: pillar.id,
      nameEn: pillar.nameEn,
      nameZh: pillar.nameZh,
      weight: pillar.weight,
      share: pillarShares[k] ?? 0,
      pillar,
      children: members.map((indicator, j) => ({
        kind: "indicator",
        id: indicator.id,
        nameEn: indicator.nameEn,
        nameZh: indicator.nameZh,
        weight: indicator.weight,
        share: memberShares[j] ?? 0,
        indicator,
      })),
    };
  });
  const { id, nameEn, nameZh } = dataset.composite;
  return { kind: "composite", id, nameEn, nameZh, weight: 1, share: 1, children };
}
