"use client";

import { useMemo } from "react";

import { useI18n } from "@/components/i18n";
import { axisPlaces, IntervalChart } from "@/components/robustness/interval-chart";
import { NumberField } from "@/components/robustness/fields";
import { useProgress, type ProgressStore } from "@/components/robustness/use-job";
import type { Robustness } from "@/components/robustness/use-robustness";
import type { PlaceRow } from "@/lib/dashboard/rows";
import { DEFAULT_DRAWS, MAX_DRAWS, MAX_SEED, MAX_SPREAD_PERCENT, UNCERTAINTIES } from "@/lib/robustness/vocabulary";
import type { RobustView } from "@/lib/view/types";

/** Monte Carlo settings, run / cancel with progress, and the rank-interval chart. */
export function McPanel({
  robust,
  onRobust,
  rows,
  analysis,
}: {
  robust: RobustView;
  onRobust: (patch: Partial<RobustView>) => void;
  rows: PlaceRow[];
  analysis: Robustness;
}) {
  const { m, fill, num } = useI18n();
  const { state, cancel } = analysis.mc;
  const label: Record<(typeof UNCERTAINTIES)[number], string> = {
    weights: m.robust.perturbWeights,
    data: m.robust.perturbData,
    methods: m.robust.perturbMethods,
  };
  const whole = (text: string, max: number, min = 0) => {
    const x = Number(text);
    return Number.isInteger(x) && x >= min && x <= max ? x : null;
  };
  const intervals = analysis.intervals;
  // Built only when the results or the rows change, so progress and other re-renders leave a 300-row chart alone.
  const chart = useMemo(() => {
    const ranked = rows.filter((r) => r.rank !== null);
    return (
      <IntervalChart
        places={axisPlaces(intervals, ranked.length)}
        rows={ranked.map((r) => ({ id: r.id, name: r.name, rank: r.rank, mc: intervals?.get(r.id) }))}
      />
    );
  }, [rows, intervals]);
  return (
    <section aria-labelledby="mc-title" className="space-y-3" data-testid="mc-panel">
      <h3 id="mc-title" className="font-semibold">
        {m.robust.mcTitle}
      </h3>
      <div className="flex flex-wrap items-end gap-3 text-sm">
        <NumberField
          label={m.robust.draws}
          value={robust.draws ?? DEFAULT_DRAWS}
          min={1}
          max={MAX_DRAWS}
          step={1000}
          integer
          testId="mc-draws"
          onCommit={(x) => robust.draws !== null && onRobust({ draws: x })}
        />
        <NumberField
          label={m.robust.seed}
          value={robust.seed}
          min={0}
          max={MAX_SEED}
          integer
          testId="mc-seed"
          onCommit={(seed) => onRobust({ seed })}
        />
        <NumberField
          label={m.robust.spread}
          value={robust.spread}
          min={0}
          max={MAX_SPREAD_PERCENT}
          step={5}
          testId="mc-spread"
          onCommit={(spread) => onRobust({ spread })}
        />
        <fieldset className="flex flex-wrap gap-2">
          <legend className="text-xs text-gray-700">{m.robust.perturb}</legend>
          {UNCERTAINTIES.map((u) => (
            <label key={u} className="flex items-center gap-1">
              <input
                type="checkbox"
                checked={robust.perturb.includes(u)}
                data-testid={`mc-perturb-${u}`}
                onChange={(e) =>
                  onRobust({
                    perturb: UNCERTAINTIES.filter((x) =>
                      x === u ? e.currentTarget.checked : robust.perturb.includes(x),
                    ),
                  })
                }
              />
              {label[u]}
            </label>
          ))}
        </fieldset>
        {state.status === "running" ? (
          <button
            type="button"
            onClick={cancel}
            data-testid="mc-cancel"
            className="rounded border border-gray-400 px-3 py-1"
          >
            {m.robust.cancel}
          </button>
        ) : (
          <button
            type="button"
            data-testid="mc-run"
            className="rounded bg-sky-700 px-3 py-1 text-white"
            onClick={() => {
              const input = document.querySelector<HTMLInputElement>('[data-testid="mc-draws"]');
              const x = (input ? whole(input.value, MAX_DRAWS, 1) : null) ?? robust.draws ?? DEFAULT_DRAWS;
              if (x !== robust.draws) onRobust({ draws: x });
              else analysis.startMc();
            }}
          >
            {m.robust.run}
          </button>
        )}
      </div>
      <div aria-live="polite" className="text-sm" data-testid="mc-status">
        {state.status === "running" && <McProgress store={analysis.mc.progress} />}
        {state.status === "cancelled" && <p>{m.robust.cancelled}</p>}
        {state.status === "error" && (
          <p role="alert" className="text-red-800">
            {fill(m.robust.error, { detail: state.message })}
          </p>
        )}
        {state.status === "idle" && robust.draws === null && <p className="text-gray-600">{m.robust.notRun}</p>}
        {state.status === "done" && (
          <p className="text-gray-700" data-testid="mc-summary" data-ms={state.ms.toFixed(1)}>
            {fill(m.robust.summary, {
              draws: String(state.result.result.draws),
              seed: String(robust.seed),
              spread: String(robust.spread),
              what: robust.perturb.map((u) => label[u]).join(", ") || "—",
              seconds: num(state.ms / 1000, 2),
            })}
          </p>
        )}
      </div>
      {state.status === "done" && (
        <>
          {chart}
          {robust.perturb.includes("data") && (
            <p className="text-xs text-gray-600">
              {fill(m.robust.assumptions, { cells: String(state.result.result.drawnCells) })}
            </p>
          )}
        </>
      )}
    </section>
  );
}

/** The progress bar alone re-renders on each report. */
function McProgress({ store }: { store: ProgressStore }) {
  const { m, fill, pct } = useI18n();
  const done = useProgress(store);
  return (
    <div className="flex items-center gap-2">
      <progress max={1} value={done} aria-label={m.robust.mcTitle} className="h-2 w-48" data-testid="mc-progress" />
      {fill(m.robust.running, { pct: pct(done) })}
    </div>
  );
}
