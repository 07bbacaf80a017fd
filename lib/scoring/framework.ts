/**
 * The framework tree, validated and indexed. Nodes keep their input order; leaves (indicators) are numbered in that
 * order and become the columns of every later stage.
 */
import { AGGREGATIONS, isOneOf, TRANSFORMS, type Aggregation } from "./vocabulary";
import { throwIfAny, type EngineProblem } from "./errors";
import type { EngineNode } from "./types";

export interface Tree {
  nodes: EngineNode[];
  /** node id → node index */
  index: Map<string, number>;
  /** node index → parent index, −1 for the composite */
  parent: Int32Array;
  root: number;
  children: number[][];
  /** Non-leaf node indices, children before parents (post-order). */
  postOrder: number[];
  /** Non-leaf node indices in input order, root first. */
  nonLeaves: number[];
  /** Leaf node indices in input order; position = column. */
  leaves: number[];
  /** node index → column for leaves, −1 for non-leaf nodes */
  column: Int32Array;
  /** The framework's own aggregation per node index (arithmetic when not given); null on leaves. */
  aggregation: (Aggregation | null)[];
}

const describe = (x: unknown) => (typeof x === "string" ? `"${x}"` : String(x));

/**
 * Checks the framework and builds the tree. Throws one EngineError listing every problem: duplicate ids, zero or two
 * roots, unknown parents, cycles, bad weights, unknown aggregation / transform / direction, goalposts with
 * min ≥ max, and leaves without a data column (`hasColumn`).
 */
export function buildTree(nodes: readonly EngineNode[], hasColumn: (id: string) => boolean): Tree {
  const problems: EngineProblem[] = [];
  const index = new Map<string, number>();
  nodes.forEach((n, i) => {
    if (typeof n.id !== "string" || n.id === "") problems.push({ node: `row ${i + 1}`, problem: "node has no id" });
    else if (index.has(n.id)) problems.push({ node: n.id, problem: "id appears more than once in the framework" });
    else index.set(n.id, i);
  });
  throwIfAny(problems);

  const count = nodes.length;
  const parent = new Int32Array(count).fill(-1);
  const roots: number[] = [];
  nodes.forEach((n, i) => {
    if (n.parent === null || n.parent === "") return void roots.push(i);
    const p = index.get(n.parent);
    if (p === undefined) problems.push({ node: n.id, problem: `parent "${n.parent}" is not a node of the framework` });
    else if (p === i) problems.push({ node: n.id, problem: "is its own parent (a cycle)" });
    else parent[i] = p;
  });
  if (roots.length === 0)
    problems.push({ node: "framework", problem: "no composite: exactly one node must have an empty parent" });
  for (const extra of roots.slice(1))
    problems.push({
      node: nodes[extra]!.id,
      problem: `has no parent, but "${nodes[roots[0]!]!.id}" is already the composite: a framework has exactly one root`,
    });
  throwIfAny(problems);
  const root = roots[0]!;

  const children: number[][] = Array.from({ length: count }, () => []);
  for (let i = 0; i < count; i++) if (parent[i]! >= 0) children[parent[i]!]!.push(i);

  // Everything reachable from the root; the rest hangs on a cycle.
  const reached = new Uint8Array(count);
  const postOrder: number[] = [];
  // Depth-first with an explicit stack (children before parents): a framework of any depth, never a stack overflow.
  const stack: [node: number, next: number][] = [[root, 0]];
  reached[root] = 1;
  while (stack.length > 0) {
    const top = stack[stack.length - 1]!;
    const [i, next] = top;
    const kids = children[i]!;
    if (next < kids.length) {
      top[1]++;
      const c = kids[next]!;
      reached[c] = 1;
      stack.push([c, 0]);
    } else {
      stack.pop();
      if (kids.length > 0 || i === root) postOrder.push(i);
    }
  }
  const reported = new Set<number>();
  for (let i = 0; i < count; i++) {
    if (reached[i] || reported.has(i)) continue;
    const path: number[] = [];
    let j = i;
    while (!path.includes(j) && !reached[j]) {
      path.push(j);
      j = parent[j]!;
    }
    const cycle = path.slice(path.indexOf(j));
    if (cycle.some((c) => reported.has(c)) || !path.includes(j)) continue;
    cycle.forEach((c) => reported.add(c));
    const ids = [...cycle, j].map((c) => nodes[c]!.id);
    problems.push({ node: nodes[j]!.id, problem: `the parent chain forms a cycle: ${ids.join(" → ")}` });
  }
  throwIfAny(problems);

  if (children[root]!.length === 0)
    problems.push({ node: nodes[root]!.id, problem: "the composite has no pillars or indicators" });

  const leaves: number[] = [];
  const column = new Int32Array(count).fill(-1);
  const aggregation: (Aggregation | null)[] = [];
  nodes.forEach((n, i) => {
    const isLeaf = children[i]!.length === 0 && i !== root;
    if (i !== root && !(typeof n.weight === "number" && Number.isFinite(n.weight) && n.weight >= 0))
      problems.push({ node: n.id, problem: `weight ${describe(n.weight)} is not a finite number ≥ 0` });
    if (isLeaf) {
      column[i] = leaves.length;
      leaves.push(i);
      aggregation.push(null);
      checkIndicator(n, hasColumn, problems);
    } else {
      const a = n.aggregation ?? "arithmetic";
      if (!isOneOf(AGGREGATIONS, a))
        problems.push({
          node: n.id,
          problem: `unknown aggregation ${describe(a)} (use ${AGGREGATIONS.join(", ")})`,
        });
      aggregation.push(isOneOf(AGGREGATIONS, a) ? a : "arithmetic");
    }
  });
  throwIfAny(problems);

  const nonLeaves = [root, ...nodes.map((_, i) => i).filter((i) => i !== root && children[i]!.length > 0)];
  return { nodes: [...nodes], index, parent, root, children, postOrder, nonLeaves, leaves, column, aggregation };
}

function checkIndicator(n: EngineNode, hasColumn: (id: string) => boolean, problems: EngineProblem[]): void {
  if (!hasColumn(n.id)) problems.push({ node: n.id, problem: "indicator has no data column" });
  const d = n.direction ?? 1;
  if (d !== 1 && d !== -1)
    problems.push({ node: n.id, problem: `direction ${describe(d)} must be 1 (higher is better) or -1` });
  const t = n.transform ?? "none";
  if (!isOneOf(TRANSFORMS, t))
    problems.push({ node: n.id, problem: `unknown transform ${describe(t)} (use ${TRANSFORMS.join(", ")})` });
  const g = n.goalposts;
  if (g) {
    if (!Number.isFinite(g.min) || !Number.isFinite(g.max))
      problems.push({ node: n.id, problem: `goalposts ${g.min}–${g.max} must be finite numbers` });
    else if (g.min >= g.max)
      problems.push({ node: n.id, problem: `goalpost minimum ${g.min} is not below the maximum ${g.max}` });
  }
  if (n.target !== undefined && n.target !== null && !Number.isFinite(n.target))
    problems.push({ node: n.id, problem: `target ${describe(n.target)} is not a finite number` });
}
