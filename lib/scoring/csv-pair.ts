/**
 * The CSV pair format (README "CSV pair"): `data.csv` (one row per place: `id`, optional `name`, one column per
 * indicator; empty = missing) and `meta.csv` (one row per framework node). Parsing is strict: every problem becomes
 * an EngineError entry naming the node (or place) and the problem.
 */
import Papa from "papaparse";
import { EngineError, throwIfAny, type EngineProblem } from "./errors";
import type { EngineDirection, EngineInput, EngineNode } from "./types";
import type { Aggregation, Transform } from "./vocabulary";

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

const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/** A plain decimal number, or null for an empty cell; undefined when the text is not a number. */
export function parseCell(text: string | undefined): number | null | undefined {
  const t = (text ?? "").trim();
  if (t === "") return null;
  if (!NUMBER.test(t)) return undefined;
  const x = Number(t);
  return Number.isFinite(x) ? x : undefined;
}

function parseTable(text: string, file: string): { header: string[]; rows: string[][] } {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ""), { skipEmptyLines: "greedy" });
  const problems: EngineProblem[] = parsed.errors.slice(0, 5).map((e) => ({
    node: file,
    problem: `row ${(e.row ?? 0) + 1}: ${e.message}`,
    at: { file, row: (e.row ?? 0) + 1, column: null },
  }));
  throwIfAny(problems);
  const [head, ...rows] = parsed.data;
  if (!head)
    throw new EngineError([{ node: file, problem: "the file is empty", at: { file, row: null, column: null } }]);
  const header = head.map((h) => h.trim());
  const seen = new Set<string>();
  for (const h of header) {
    if (seen.has(h))
      problems.push({ node: file, problem: `column "${h}" appears more than once`, at: { file, row: 1, column: h } });
    seen.add(h);
  }
  throwIfAny(problems);
  return { header, rows };
}

/** meta.csv → framework nodes. Empty weight = 1, empty direction = 1, empty transform = none. */
export function parseMetaCsv(text: string): EngineNode[] {
  const { header, rows } = parseTable(text, "meta.csv");
  const missing = META_COLUMNS.filter((c) => !header.includes(c));
  if (missing.length > 0)
    throw new EngineError([
      {
        node: "meta.csv",
        problem: `missing column(s): ${missing.join(", ")}`,
        at: { file: "meta.csv", row: 1, column: missing.join(", ") },
      },
    ]);
  const col = (name: string) => header.indexOf(name);
  const problems: EngineProblem[] = [];
  const nodes = rows.map((cells, r): EngineNode => {
    const get = (name: string) => (col(name) >= 0 ? (cells[col(name)] ?? "").trim() : "");
    const id = get("id") || `meta.csv row ${r + 2}`;
    const at = (column: string | null) => ({ file: "meta.csv", row: r + 2, column });
    const num = (name: string, what: string) => {
      const x = parseCell(get(name));
      if (x === undefined) problems.push({ node: id, problem: `${what} "${get(name)}" is not a number`, at: at(name) });
      return x ?? null;
    };
    const weight = num("weight", "weight");
    const dirText = get("direction");
    if (dirText !== "" && dirText !== "1" && dirText !== "-1" && dirText !== "+1")
      problems.push({
        node: id,
        problem: `direction "${dirText}" must be 1 (higher is better) or -1 (lower is better)`,
        at: at("direction"),
      });
    const gMin = num("goalpost_min", "goalpost_min");
    const gMax = num("goalpost_max", "goalpost_max");
    if ((gMin === null) !== (gMax === null))
      problems.push({
        node: id,
        problem: "give both goalpost_min and goalpost_max, or neither",
        at: at(gMin === null ? "goalpost_min" : "goalpost_max"),
      });
    const target = col("target") >= 0 ? num("target", "target") : null;
    const node: EngineNode = {
      id,
      name: get("name") || id,
      parent: get("parent") || null,
      weight: weight ?? 1,
      direction: (dirText === "-1" ? -1 : 1) as EngineDirection,
      transform: (get("transform") || "none") as Transform,
      goalposts: gMin !== null && gMax !== null ? { min: gMin, max: gMax } : null,
      target,
      unit: get("unit"),
    };
    const agg = get("aggregation");
    if (agg !== "") node.aggregation = agg as Aggregation;
    return node;
  });
  throwIfAny(problems);
  return nodes;
}

/** data.csv + meta.csv → engine input. Columns of data.csv that are not indicators are reported as warnings. */
export function parseCsvPair(dataText: string, metaText: string): { input: EngineInput; warnings: EngineProblem[] } {
  const nodes = parseMetaCsv(metaText);
  const { header, rows } = parseTable(dataText, "data.csv");
  const problems: EngineProblem[] = [];
  const idCol = header.indexOf("id");
  if (idCol < 0)
    throw new EngineError([
      { node: "data.csv", problem: 'no "id" column', at: { file: "data.csv", row: 1, column: "id" } },
    ]);
  const nameCol = header.indexOf("name");
  const parents = new Set(nodes.map((n) => n.parent));
  const leafIds = new Set(nodes.filter((n) => n.parent !== null && !parents.has(n.id)).map((n) => n.id));
  const warnings: EngineProblem[] = [];
  const values: Record<string, (number | null)[]> = {};
  header.forEach((h, c) => {
    if (c === idCol || c === nameCol) return;
    if (!leafIds.has(h))
      warnings.push({ node: h, problem: "data.csv column is not an indicator of meta.csv: ignored" });
    else values[h] = [];
  });
  const places = rows.map((cells, r) => {
    const id = (cells[idCol] ?? "").trim();
    if (id === "")
      problems.push({
        node: `data.csv row ${r + 2}`,
        problem: "empty id",
        at: { file: "data.csv", row: r + 2, column: "id" },
      });
    header.forEach((h, c) => {
      const column = Object.hasOwn(values, h) ? values[h] : undefined;
      if (!column) return;
      const x = parseCell(cells[c]);
      if (x === undefined)
        problems.push({
          node: h,
          problem: `value "${cells[c]}" for place "${id}" is not a number`,
          at: { file: "data.csv", row: r + 2, column: h },
        });
      column.push(x ?? null);
    });
    return { id, name: nameCol >= 0 ? (cells[nameCol] ?? "").trim() || id : id };
  });
  throwIfAny(problems.slice(0, 20));
  return { input: { nodes, places, values }, warnings };
}
