/**
 * Tiny inputs for the engine's tests (test support only; the app never imports it). `tiny()` is the base fixture:
 *
 *   root ─┬─ A (weight 1) ─┬─ a1 (weight 1)
 *         │                └─ a2 (weight 3)
 *         └─ B (weight 3) ─── b1 (weight 1)
 *
 * Places X, Y, Z; `values` are given in the order X, Y, Z.
 */
import type { EngineInput, EngineNode } from "./types";

export function tiny(values: Record<string, (number | null)[]>, nodes?: Partial<Record<string, Partial<EngineNode>>>) {
  const base: EngineNode[] = [
    { id: "root", name: "Root", parent: null, weight: 1 },
    { id: "A", name: "Pillar A", parent: "root", weight: 1 },
    { id: "B", name: "Pillar B", parent: "root", weight: 3 },
    { id: "a1", name: "a1", parent: "A", weight: 1 },
    { id: "a2", name: "a2", parent: "A", weight: 3 },
    { id: "b1", name: "b1", parent: "B", weight: 1 },
  ];
  const input: EngineInput = {
    nodes: base.map((n) => ({ ...n, ...nodes?.[n.id] })),
    places: ["X", "Y", "Z"].map((id) => ({ id, name: `Place ${id}` })),
    values,
  };
  return input;
}

/** One indicator directly under the composite, one value per place (ids p0, p1, …). */
export function oneIndicator(xs: (number | null)[], node: Partial<EngineNode> = {}): EngineInput {
  return {
    nodes: [
      { id: "root", name: "Root", parent: null, weight: 1 },
      { id: "x", name: "x", parent: "root", weight: 1, ...node },
    ],
    places: xs.map((_, i) => ({ id: `p${i}`, name: `Place ${i}` })),
    values: { x: xs },
  };
}

/** A flat framework: k indicators directly under the composite, `rows[place][indicator]`. */
export function flat(rows: number[][], weights?: number[]): EngineInput {
  const k = rows[0]?.length ?? 0;
  const nodes: EngineNode[] = [{ id: "root", name: "Root", parent: null, weight: 1 }];
  const values: Record<string, number[]> = {};
  for (let j = 0; j < k; j++) {
    nodes.push({ id: `i${j}`, name: `i${j}`, parent: "root", weight: weights?.[j] ?? 1 });
    values[`i${j}`] = rows.map((r) => r[j]!);
  }
  return { nodes, places: rows.map((_, i) => ({ id: `p${i}`, name: `Place ${i}` })), values };
}

/** A CSV pair in the documented format: two pillars (one geometric), a lower-is-better rank with goalposts. */
export const META = `id,name,parent,direction,weight,transform,goalpost_min,goalpost_max,aggregation,unit
city_index,City index,,,,,,,arithmetic,
talent,Talent,city_index,,2,,,,geometric,
capital,Capital,city_index,,1,,,,,
scholars,AI scholars,talent,1,1,log1p,,,,persons
rank_liepin,Liepin rank,talent,-1,1,none,1,10,,rank
vc,VC amount,capital,1,1,ln,,,,CNY bn
`;
export const DATA = `id,name,scholars,rank_liepin,vc
beijing,Beijing,1200,1,500
hangzhou,Hangzhou,300,4,
shenzhen,"Shenzhen, Guangdong",450,3,200
`;
