/**
 * The CLI's CSV pair (`data.csv` + `meta.csv`) as a dataset in the browser. Parsed by the same parser as the CLI
 * (`lib/scoring/csv-pair.ts`), then shaped into composite → pillars → indicators. What meta.csv says beyond that shape
 * (aggregations, transforms, goalposts, targets) is kept as the import's method and applied when scoring.
 */
import { parseCsvPair } from "@/lib/scoring/csv-pair";
import { formatInputProblem, isInputError } from "@/lib/input/problem";
import { isEngineError } from "@/lib/scoring/errors";
import type { EngineNode } from "@/lib/scoring/types";
import { buildDataset, type BuiltIndicator } from "./build";
import { idMaker } from "./ids";
import type { ImportedMethod, ImportError, ImportResult } from "./types";
import type { Dataset } from "@/lib/data/types";

export function datasetFromCsvPair(
  data: { name: string; text: string },
  meta: { name: string; text: string },
  today: string,
): ImportResult<{ dataset: Dataset; method: ImportedMethod }> {
  let parsed: ReturnType<typeof parseCsvPair>;
  try {
    // The CLI's strict reader: every problem comes with the file (as the user named it), row and column.
    parsed = parseCsvPair(data, meta);
  } catch (e) {
    if (isInputError(e))
      return {
        ok: false,
        errors: e.problems.map((p): ImportError => ({
          file: p.file,
          row: typeof p.row === "number" ? p.row : null,
          column: p.column,
          reason: p.reason,
        })),
      };
    if (!isEngineError(e)) throw e;
    return {
      ok: false,
      errors: e.problems.map((p): ImportError => ({
        file: meta.name,
        row: rowOf(meta.text, p.node),
        column: null,
        reason: `${p.node}: ${p.problem}`,
      })),
    };
  }
  const { input, warnings } = parsed;
  const nodes = input.nodes;
  const errors: ImportError[] = [];
  const roots = nodes.filter((n) => n.parent === null);
  const ids = new Set(nodes.map((n) => n.id));
  if (roots.length !== 1)
    errors.push({
      file: meta.name,
      row: null,
      column: "parent",
      reason: `exactly one row must have an empty parent (found ${roots.length})`,
    });
  for (const n of nodes)
    if (n.parent !== null && !ids.has(n.parent))
      errors.push({
        file: meta.name,
        row: rowOf(meta.text, n.id),
        column: "parent",
        reason: `unknown parent "${n.parent}"`,
      });
  if (errors.length > 0) return { ok: false, errors };
  const root = roots[0]!;
  const children = (id: string) => nodes.filter((n) => n.parent === id);
  const isLeaf = (n: EngineNode) => children(n.id).length === 0;

  // Composite → pillars → indicators. Indicators hung directly under the composite go into one pillar of their own.
  const snake = idMaker("_", "node");
  const newId = new Map<string, string>();
  const mapId = (n: EngineNode) => {
    if (!newId.has(n.id)) newId.set(n.id, snake(n.id));
    return newId.get(n.id)!;
  };
  mapId(root);
  const pillars: { id: string; name: string; weight: number; source: EngineNode | null }[] = [];
  const indicators: (BuiltIndicator & { source: EngineNode })[] = [];
  const looseLeaves = children(root.id).filter(isLeaf);
  if (looseLeaves.length > 0)
    pillars.push({ id: snake(`${root.id}_indicators`), name: root.name, weight: 1, source: null });
  for (const p of children(root.id).filter((n) => !isLeaf(n)))
    pillars.push({ id: mapId(p), name: p.name, weight: p.weight ?? 1, source: p });
  for (const p of pillars) {
    const members = p.source ? children(p.source.id) : looseLeaves;
    for (const leaf of members) {
      if (!isLeaf(leaf)) {
        errors.push({
          file: meta.name,
          row: rowOf(meta.text, leaf.id),
          column: "parent",
          reason: `"${leaf.id}" is a third level below the composite; the dashboard shows composite → pillars → indicators (the CLI scores deeper frameworks)`,
        });
        continue;
      }
      indicators.push({
        id: mapId(leaf),
        name: leaf.name,
        unit: leaf.unit ?? "",
        direction: leaf.direction === -1 ? -1 : 1,
        pillar: p.id,
        weight: leaf.weight ?? 1,
        source: leaf,
      });
    }
  }
  if (errors.length > 0) return { ok: false, errors };

  const slug = idMaker("-", "place");
  const places = input.places.map((p) => ({ id: slug(p.id), name: p.name || p.id }));
  const values: Record<string, (number | null)[]> = {};
  for (const ind of indicators) values[ind.id] = Array.from(input.values[ind.source.id] ?? places.map(() => null));

  const method: ImportedMethod = { aggregation: {}, transform: {}, goalposts: {}, target: {} };
  for (const n of [root, ...pillars.map((p) => p.source).filter((s): s is EngineNode => s !== null)])
    if (n.aggregation) method.aggregation[mapId(n)] = n.aggregation;
  for (const ind of indicators) {
    const s = ind.source;
    if (s.transform && s.transform !== "none") method.transform[ind.id] = s.transform;
    if (s.goalposts) method.goalposts[ind.id] = { ...s.goalposts };
    if (typeof s.target === "number") method.target[ind.id] = s.target;
  }

  const built = buildDataset(
    {
      composite: { id: mapId(root), name: root.name },
      pillars: pillars.map(({ id, name, weight }) => ({ id, name, weight })),
      indicators: indicators.map(({ source: _source, ...i }) => i),
      places,
      values,
      sourceTitle: `${data.name} + ${meta.name}`,
      today,
    },
    meta.name,
  );
  if (!built.ok) return built;
  return {
    ok: true,
    value: { dataset: built.value, method },
    warnings: [...warnings.map(formatInputProblem), ...built.warnings],
  };
}

/** The 1-based row of meta.csv whose first cell is `id` (for problems the parser names by node). */
function rowOf(text: string, id: string): number | null {
  const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/);
  const k = lines.findIndex(
    (l, i) =>
      i > 0 &&
      l
        .split(/[,;\t]/)[0]
        ?.replace(/^"|"$/g, "")
        .trim() === id,
  );
  return k < 0 ? null : k + 1;
}
