"use client";

import { useI18n } from "@/components/i18n";
import type { ImportError } from "@/lib/import/types";

/** Every problem of an import with its file, row and column, as a list a person can work through. */
export function ImportProblems({ errors }: { errors: ImportError[] }) {
  const { m, fill } = useI18n();
  const d = m.data;
  const line = (e: ImportError) => {
    const v = { file: e.file, row: e.row ?? "", column: e.column ?? "", reason: e.reason };
    if (e.row !== null && e.column !== null) return fill(d.problemAt, v);
    if (e.row !== null) return fill(d.problemRow, v);
    if (e.column !== null) return fill(d.problemColumn, v);
    return fill(d.problemFile, v);
  };
  return (
    <div
      role="alert"
      className="rounded border border-red-300 bg-red-50 p-3 text-sm text-red-900"
      data-testid="import-errors"
    >
      <p className="font-medium">{fill(d.problems, { count: errors.length })}</p>
      <ul className="mt-1 list-disc pl-5">
        {errors.slice(0, 30).map((e, k) => (
          <li key={k}>{line(e)}</li>
        ))}
      </ul>
    </div>
  );
}
