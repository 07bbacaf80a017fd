/**
 * The CSV pair format (README "The CSV pair format"): `data.csv` (one row per place: `id`, optional `name`, one column
 * per indicator; empty = missing) and `meta.csv` (one row per framework node). Parsing is strict: a problem is an
 * InputError naming file, row and column (`lib/input/problem.ts`); nothing is shifted, dropped or guessed. Limits:
 * `lib/input/limits.ts`. No `node:` import, so the browser import reads files with the same rules.
 */
import { columnName, parseNumberCell, readCsv, type CsvFile, type Report } from "@/lib/input/csv";
import { formatLimit, LIMITS } from "@/lib/input/limits";
import { InputError, type InputProblem } from "@/lib/input/problem";
import type { EngineDirection, EngineInput, EngineNode } from "./types";
import { AGGREGATIONS, isOneOf, TRANSFORMS, type Aggregation, type Transform } from "./vocabulary";

export const META_COLUMNS = [
  "id",
  "name",
  "parent",
  "direction",
  "weight",
  "transform",
  "goalpost_min",
  "goalpost_max",
  "aggregation",
  "unit",
] as const;
/** Optional meta.csv columns. */
const META_OPTIONAL = ["target"] as const;

/**
 * A figure from a cell: the number, null for an empty cell, undefined when it is not one (`parseNumberCell` says why:
 * words, separators, infinities, magnitudes beyond the limit).
 */
export function parseCell(text: string | undefined): number | null | undefined {
  const r = parseNumberCell(text ?? "");
  return "reason" in r ? undefined : r.value;
}

/** A meta.csv row as read, with its row number (for messages about the tree). */
interface MetaRow {
  node: EngineNode;
  row: number;
}

const asFile = (f: CsvFile | string, name: string): CsvFile => (typeof f === "string" ? { name, text: f } : f);

/** meta.csv → framework nodes. Empty weight = 1, empty direction = 1, empty transform = none. */
export function parseMetaCsv(meta: CsvFile | string): EngineNode[] {
  return readMeta(asFile(meta, "meta.csv")).rows.map((r) => r.node);
}

function readMeta(file: CsvFile): { rows: MetaRow[]; warnings: InputProblem[] } {
  const rows: MetaRow[] = [];
  const warnings: InputProblem[] = [];
  let col: (name: string) => number = () => -1;
  readCsv(
    file,
    { maxRows: LIMITS.frameworkNodes, rowNoun: "framework node", maxColumns: META_COLUMNS.length + 20 },
    (header, report) => {
      const missing = META_COLUMNS.filter((c) => !header.includes(c));
      if (missing.length > 0) report(1, missing.join(", "), `missing column(s): ${missing.join(", ")}`);
      for (const h of header)
        if (!(META_COLUMNS as readonly string[]).includes(h) && !(META_OPTIONAL as readonly string[]).includes(h))
          warnings.push({ file: file.name, row: 1, column: h, reason: "not a column of meta.csv: ignored" });
      col = (name) => header.indexOf(name);
    },
    (cells, row, report) => rows.push({ node: metaNode(cells, row, col, report), row }),
  );
  checkTree(file.name, rows);
  return { rows, warnings };
}

function metaNode(cells: string[], row: number, col: (name: string) => number, report: Report): EngineNode {
  const get = (name: string) => (col(name) >= 0 ? (cells[col(name)] ?? "").trim() : "");
  const num = (name: string) => {
    const r = parseNumberCell(get(name));
    if ("reason" in r) report(row, name, r.reason);
    return "value" in r ? r.value : null;
  };
  const id = get("id");
  if (id === "") report(row, "id", "empty id: every framework node needs one");
  const weight = num("weight");
  if (weight !== null && weight < 0) report(row, "weight", `weight ${weight} is negative: weights are ≥ 0`);
  const dirText = get("direction");
  if (dirText !== "" && dirText !== "1" && dirText !== "-1" && dirText !== "+1")
    report(row, "direction", `"${dirText}" must be 1 (higher is better) or -1 (lower is better)`);
  const transform = get("transform") || "none";
  if (!isOneOf(TRANSFORMS, transform)) report(row, "transform", `"${transform}" must be ${TRANSFORMS.join(", ")}`);
  const agg = get("aggregation");
  if (agg !== "" && !isOneOf(AGGREGATIONS, agg))
    report(row, "aggregation", `"${agg}" must be ${AGGREGATIONS.join(", ")}`);
  const gMin = num("goalpost_min");
  const gMax = num("goalpost_max");
  if ((gMin === null) !== (gMax === null))
    report(row, gMin === null ? "goalpost_min" : "goalpost_max", "give both goalpost_min and goalpost_max, or neither");
  else if (gMin !== null && gMax !== null && gMin >= gMax)
    report(row, "goalpost_max", `goalpost_max ${gMax} is not above goalpost_min ${gMin}`);
  const node: EngineNode = {
    id,
    name: get("name") || id,
    parent: get("parent") || null,
    weight: weight ?? 1,
    direction: (dirText === "-1" ? -1 : 1) as EngineDirection,
    transform: transform as Transform,
    goalposts: gMin !== null && gMax !== null ? { min: gMin, max: gMax } : null,
    target: col("target") >= 0 ? num("target") : null,
    unit: get("unit"),
  };
  if (agg !== "") node.aggregation = agg as Aggregation;
  return node;
}

/**
 * The framework as a tree, with rows in every message: ids unique across levels, one composite, known parents, no
 * cycles, at most LIMITS.frameworkDepth levels, no pillar without indicators, at most LIMITS.indicators indicators.
 * Walks parent chains iteratively with a step bound, so a 20,000-level chain is refused, not a stack overflow.
 */
function checkTree(fileName: string, rows: MetaRow[]): void {
  const problems: InputProblem[] = [];
  const report = (row: number | null, column: string | null, reason: string) =>
    problems.length < 30 && problems.push({ file: fileName, row, column, reason });
  const byId = new Map<string, MetaRow>();
  for (const r of rows) {
    if (r.node.id === "") continue;
    const first = byId.get(r.node.id);
    if (first)
      report(r.row, "id", `"${r.node.id}" is already the id of row ${first.row}: ids are unique across levels`);
    else byId.set(r.node.id, r);
  }
  const roots = rows.filter((r) => r.node.parent === null);
  if (roots.length === 0) report(null, "parent", "no row has an empty parent: exactly one row is the composite");
  for (const r of roots.slice(1))
    report(r.row, "parent", `a second composite (empty parent); row ${roots[0]!.row} is already the composite`);
  const hasChildren = new Set<string>();
  for (const r of rows) {
    const p = r.node.parent;
    if (p === null) continue;
    if (p === r.node.id) report(r.row, "parent", `"${p}" is the node itself`);
    else if (!byId.has(p)) report(r.row, "parent", `"${p}" is not an id in ${fileName}`);
    else hasChildren.add(p);
  }
  if (problems.length > 0) throw new InputError(problems);

  for (const r of rows) {
    // Up the parent chain: the composite within the depth limit, or a cycle, or too deep.
    // A node at level L is L − 1 steps below the composite; stop after frameworkDepth − 1 steps.
    let at: MetaRow | undefined = r;
    let steps = 0;
    let cycle = false;
    while (at && at.node.parent !== null && steps < LIMITS.frameworkDepth - 1) {
      at = byId.get(at.node.parent);
      steps++;
      if (at === r) {
        cycle = true;
        break;
      }
    }
    if (cycle) report(r.row, "parent", `the parent chain from "${r.node.id}" comes back to it (a cycle)`);
    else if (at && at.node.parent !== null)
      report(
        r.row,
        "parent",
        `"${r.node.id}" is deeper than ${LIMITS.frameworkDepth} levels below the composite (the limit)`,
      );
    if (problems.length >= 30) break;
  }
  const leaves = rows.filter((r) => r.node.parent !== null && !hasChildren.has(r.node.id));
  for (const r of rows) {
    if (r.node.parent === null && !hasChildren.has(r.node.id))
      report(r.row, "id", `the composite "${r.node.id}" has no pillars or indicators`);
    else if (r.node.aggregation !== undefined && !hasChildren.has(r.node.id))
      report(r.row, "aggregation", `"${r.node.id}" has an aggregation but no indicators below it: an empty pillar`);
  }
  if (leaves.length > LIMITS.indicators)
    report(null, null, `${formatLimit(leaves.length)} indicators: the limit is ${formatLimit(LIMITS.indicators)}`);
  if (problems.length > 0) throw new InputError(problems);
}

/**
 * data.csv + meta.csv → engine input. Warnings (not errors): data.csv columns that are not indicators of meta.csv,
 * and meta.csv columns that are not part of the format; both are ignored and named.
 */
export function parseCsvPair(
  data: CsvFile | string,
  meta: CsvFile | string,
): { input: EngineInput; warnings: InputProblem[] } {
  const dataFile = asFile(data, "data.csv");
  const metaFile = asFile(meta, "meta.csv");
  const { rows: metaRows, warnings } = readMeta(metaFile);
  const nodes = metaRows.map((r) => r.node);
  const parents = new Set(nodes.map((n) => n.parent));
  const leaves = metaRows.filter((r) => r.node.parent !== null && !parents.has(r.node.id));
  const leafIds = new Set(leaves.map((r) => r.node.id));

  const values: Record<string, (number | null)[]> = {};
  const places: { id: string; name: string }[] = [];
  const placeRow = new Map<string, number>();
  let idCol = -1;
  let nameCol = -1;
  const columns: { c: number; id: string }[] = [];
  let header: string[] = [];
  readCsv(
    dataFile,
    { maxRows: LIMITS.places, rowNoun: "place", maxColumns: LIMITS.indicators + 2 + 50 },
    (h, report) => {
      header = h;
      idCol = h.indexOf("id");
      nameCol = h.indexOf("name");
      if (idCol < 0) return void report(1, "id", 'no "id" column: the first row names the columns, one of them "id"');
      for (const r of leaves)
        if (!h.includes(r.node.id))
          report(1, null, `no column for indicator "${r.node.id}" (${metaFile.name} row ${r.row})`);
      h.forEach((name, c) => {
        if (c === idCol || c === nameCol || name === "") return;
        if (leafIds.has(name)) {
          values[name] = [];
          columns.push({ c, id: name });
        } else
          warnings.push({
            file: dataFile.name,
            row: 1,
            column: name,
            reason: `not an indicator of ${metaFile.name}: ignored`,
          });
      });
    },
    (cells, row, report) => {
      const id = (cells[idCol] ?? "").trim();
      if (id === "") report(row, "id", "empty id: every place needs one");
      else if (placeRow.has(id)) report(row, "id", `"${id}" is already the id of row ${placeRow.get(id)}`);
      else placeRow.set(id, row);
      for (const { c, id: ind } of columns) {
        const r = parseNumberCell(cells[c] ?? "");
        if ("reason" in r) report(row, columnName(header, c), r.reason);
        values[ind]!.push("value" in r ? r.value : null);
      }
      places.push({ id, name: nameCol >= 0 ? (cells[nameCol] ?? "").trim() || id : id });
    },
  );
  return { input: { nodes, places, values }, warnings };
}
