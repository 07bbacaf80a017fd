/** The CLI's CSV output: rank,id,name,score,coverage,status, pillar:<id>…, norm:<id>…, reason. Blank = missing. */
import Papa from "papaparse";
import type { ScoreResult } from "./types";

const cell = (x: number | null | undefined) => (x === null || x === undefined ? "" : String(x));

export function toCsv(result: ScoreResult): string {
  const pillars = result.nodes.filter((n) => n.kind === "pillar").map((n) => n.id);
  const indicators = result.nodes.filter((n) => n.kind === "indicator").map((n) => n.id);
  const header = [
    "rank",
    "id",
    "name",
    "score",
    "coverage",
    "status",
    ...pillars.map((id) => `pillar:${id}`),
    ...indicators.map((id) => `norm:${id}`),
    "reason",
  ];
  const rows = result.places.map((p) => [
    cell(p.rank),
    p.id,
    p.name,
    cell(p.score),
    cell(p.coverage),
    p.status,
    ...pillars.map((id) => cell(p.nodes[id])),
    ...indicators.map((id) => cell(p.norm[id]?.value)),
    p.reason ?? "",
  ]);
  return `${Papa.unparse([header, ...rows], { newline: "\n" })}\n`;
}
