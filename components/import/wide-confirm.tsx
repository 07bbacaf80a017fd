"use client";

import { useState } from "react";
import { useI18n } from "@/components/i18n";
import type { WideChoice, WideTable } from "@/lib/import/wide";

/** The user says how to read a wide CSV: which columns count, which way is better, which pillar each belongs to. */
export function WideConfirm({
  table,
  onConfirm,
  onCancel,
}: {
  table: WideTable;
  onConfirm: (choices: WideChoice[]) => void;
  onCancel: () => void;
}) {
  const { m, fill } = useI18n();
  const d = m.data;
  const [choices, setChoices] = useState<WideChoice[]>(() =>
    table.indicators.map((c) => ({
      index: c.index,
      include: true,
      direction: c.direction,
      pillar: d.pillarDefault,
      weight: 1,
    })),
  );
  const set = (k: number, patch: Partial<WideChoice>) =>
    setChoices((cs) => cs.map((c, i) => (i === k ? { ...c, ...patch } : c)));
  const cell = "px-2 py-1 text-left align-middle";
  return (
    <form
      className="space-y-3 rounded border border-gray-300 p-3"
      data-testid="wide-confirm"
      onSubmit={(e) => {
        e.preventDefault();
        onConfirm(choices);
      }}
    >
      <h4 className="font-semibold">{fill(d.confirmTitle, { file: table.file })}</h4>
      <p className="text-sm text-gray-700">{fill(d.confirmHelp, { column: table.header[table.nameColumn] ?? "" })}</p>
      <div className="overflow-x-auto">
        <table className="min-w-full text-sm">
          <thead>
            <tr className="border-b border-gray-300 text-xs">
              <th className={cell}>{d.include}</th>
              <th className={cell}>{d.column}</th>
              <th className={cell}>{d.figures}</th>
              <th className={cell}>{d.direction}</th>
              <th className={cell}>{d.pillar}</th>
              <th className={cell}>{d.weight}</th>
            </tr>
          </thead>
          <tbody>
            {table.indicators.map((col, k) => {
              const c = choices[k]!;
              return (
                <tr key={col.index} className="border-b border-gray-100" data-column={col.header}>
                  <td className={cell}>
                    <input
                      type="checkbox"
                      checked={c.include}
                      aria-label={`${d.include}: ${col.header}`}
                      onChange={(e) => set(k, { include: e.target.checked })}
                    />
                  </td>
                  <th scope="row" className={`${cell} font-normal`}>
                    {col.header}
                  </th>
                  <td className={cell}>{col.numeric}</td>
                  <td className={cell}>
                    <select
                      aria-label={`${d.direction}: ${col.header}`}
                      value={c.direction}
                      onChange={(e) => set(k, { direction: e.target.value === "-1" ? -1 : 1 })}
                      className="rounded border border-gray-300 px-1 py-0.5"
                    >
                      <option value="1">{d.higher}</option>
                      <option value="-1">{d.lower}</option>
                    </select>
                  </td>
                  <td className={cell}>
                    <input
                      aria-label={`${d.pillar}: ${col.header}`}
                      value={c.pillar}
                      onChange={(e) => set(k, { pillar: e.target.value })}
                      className="w-32 rounded border border-gray-300 px-1 py-0.5"
                    />
                  </td>
                  <td className={cell}>
                    <input
                      type="number"
                      min={0}
                      max={10}
                      step={0.1}
                      aria-label={`${d.weight}: ${col.header}`}
                      value={c.weight}
                      onChange={(e) => set(k, { weight: Number(e.target.value) })}
                      className="w-16 rounded border border-gray-300 px-1 py-0.5"
                    />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {table.ignored.length > 0 && (
        <p className="text-xs text-gray-600">{fill(d.ignored, { columns: table.ignored.join(", ") })}</p>
      )}
      <div className="flex gap-2">
        <button
          type="submit"
          className="rounded bg-blue-700 px-3 py-1 text-sm font-medium text-white hover:bg-blue-800"
        >
          {d.importButton}
        </button>
        <button type="button" onClick={onCancel} className="rounded border border-gray-300 px-3 py-1 text-sm">
          {d.cancel}
        </button>
      </div>
    </form>
  );
}
