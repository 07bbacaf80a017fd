/**
 * The engine's warnings and errors, and the methods refused for these data, in the user's language. Warnings of one
 * kind are grouped into one line naming every node ("No goalposts for A, B, C"), so a method that affects seventeen
 * indicators reads as one note, not seventeen. A problem without a translation is shown as written, labelled as such.
 */
import type { Messages } from "@/lib/i18n/en";
import type { EngineProblem, ProblemCode } from "@/lib/scoring/errors";
import type { Refusal } from "@/lib/dashboard/method-support";

type Fill = (t: string, v: Record<string, string | number>) => string;

export interface ProblemWords {
  m: Messages;
  fill: Fill;
  /** A node, place or method id → its name in the interface language. */
  name: (id: string) => string;
  num: (x: number) => string;
}

/** One line per warning code (nodes joined), or per untranslated problem. */
export function problemLines(problems: readonly EngineProblem[], w: ProblemWords): string[] {
  const groups = new Map<string, EngineProblem[]>();
  for (const p of problems) {
    // Warnings group by code; errors and untranslated problems stay one per line.
    const key = p.code && GROUPED.has(p.code) ? p.code : `${groups.size}:${p.node}:${p.problem}`;
    const list = groups.get(key);
    if (list) list.push(p);
    else groups.set(key, [p]);
  }
  return [...groups.values()].map((list) => problemLine(list, w));
}

const GROUPED = new Set<ProblemCode>(["no_goalposts", "no_target", "all_weights_zero", "imputed_within_bounds"]);

function problemLine(list: EngineProblem[], { m, fill, name, num }: ProblemWords): string {
  const first = list[0]!;
  const t = m.engineProblems;
  const names = list.map((p) => name(p.node)).join(m.common.listSep);
  const arg = (k: string) => first.args?.[k];
  const value = (k: string) => {
    const v = arg(k);
    return typeof v === "number" ? num(v) : String(v ?? "");
  };
  switch (first.code) {
    case "no_goalposts":
    case "no_target":
    case "all_weights_zero":
      return fill(t[first.code], { names });
    case "imputed_within_bounds":
      return fill(t.imputed_within_bounds, {
        names,
        count: list.reduce((s, p) => s + Number(p.args?.count ?? 0), 0),
      });
    case "negative_component":
      return fill(t.negative_component, {
        method: m.methodNames.aggregation[arg("method") === "harmonic" ? "harmonic" : "geometric"],
        child: name(String(arg("child"))),
        place: name(String(arg("place"))),
        value: value("value"),
      });
    case "ratio_domain":
      return fill(t.ratio_domain, { names, lowest: value("lowest") });
    case "log_domain":
      return fill(t.log_domain, { names, place: name(String(arg("place"))), value: value("value") });
    default:
      return fill(t.original, { text: `${first.node}: ${first.problem}` });
  }
}

/** Why a method is refused, in words. `unit(id)` is an indicator's unit in the interface language. */
export function refusalText(r: Refusal, w: ProblemWords, unit: (id: string) => string): string {
  const t = w.m.refusals;
  switch (r.code) {
    case "mixed_units":
      return w.fill(t.mixed_units, {
        count: r.indicators.length,
        units: r.indicators.slice(0, 3).map(unit).join(w.m.common.listSep),
      });
    case "ratio_domain":
      return w.fill(t.ratio_domain, { indicator: w.name(r.indicator) });
    default:
      return t[r.code];
  }
}
