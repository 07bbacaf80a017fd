"use client";

import { useI18n } from "@/components/i18n";
import type { Refused } from "@/lib/dashboard/method-support";
import { problemLines, refusalText } from "@/lib/dashboard/problem-text";
import type { EngineProblem } from "@/lib/scoring/errors";

/**
 * Everything the method in force rests on that the reader must know: methods refused for these data (and what is
 * shown instead), the engine's warnings, and an error that made the page fall back to the default method. In the
 * interface language; shown above every view.
 */
export function MethodNotes({
  refused,
  warnings,
  error,
  name,
  unit,
}: {
  refused: Refused[];
  warnings: EngineProblem[];
  error: EngineProblem[] | null;
  name: (id: string) => string;
  unit: (id: string) => string;
}) {
  const { m, fill, num } = useI18n();
  const words = { m, fill, name, num: (x: number) => num(x, x % 1 === 0 ? 0 : 2) };
  const methodName = (r: Refused) =>
    r.kind === "normalization" ? m.methodNames.normalization[r.method] : m.methodNames.aggregation[r.method];
  const fallbackName = (r: Refused) =>
    r.kind === "normalization"
      ? m.methodNames.normalization[r.fallback]
      : r.fallback
        ? m.methodNames.aggregation[r.fallback]
        : m.engine.frameworkAggregation;
  const lines = [
    ...refused.map((r) =>
      fill(m.engine.refused, {
        method: methodName(r),
        reason: refusalText(r.refusal, words, unit),
        fallback: fallbackName(r),
      }),
    ),
    ...problemLines(warnings, words),
  ];
  if (lines.length === 0 && !error) return null;
  return (
    <div
      role="status"
      data-testid="method-notes"
      className="mb-4 rounded border border-amber-400 bg-amber-50 p-3 text-sm text-amber-950"
    >
      <p className="font-semibold">{m.engine.title}</p>
      <ul className="mt-1 list-disc pl-5">
        {error && (
          <li role="alert" data-testid="engine-error">
            {fill(m.engine.error, { detail: problemLines(error, words).join(" ") })}
          </li>
        )}
        {lines.map((l, i) => (
          <li key={i}>{l}</li>
        ))}
      </ul>
    </div>
  );
}
