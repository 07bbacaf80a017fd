"use client";

import { useCallback, useEffect, useMemo } from "react";
import { useJob } from "@/components/robustness/use-job";
import type { Dataset } from "@/lib/data/types";
import { engineInputFromDataset } from "@/lib/scoring/from-dataset";
import { defaultBounds } from "@/lib/robustness/vocabulary";
import { scoringOptionsFromView } from "@/lib/view/to-scoring";
import type { View } from "@/lib/view/types";

/** Waits this long after the last change before starting a run, so dragging a weight does not start fifty. */
const DEBOUNCE_MS = 250;

/**
 * The robustness analyses of the dashboard, each in a worker: Monte Carlo (when the link asks for it: `mc=`), best and
 * worst ranks (on the robustness tab), figure flips (head to head) and leave one out (robustness tab). Each re-runs
 * when what it depends on changes; the key strings say exactly what that is.
 */
export function useRobustness(dataset: Dataset | null, view: View) {
  // No dataset yet (the server's first screen is showing): nothing runs until it arrives.
  const input = useMemo(() => (dataset ? engineInputFromDataset(dataset, view.scale) : null), [dataset, view.scale]);
  const optionsKey = JSON.stringify(scoringOptionsFromView(view));
  const options = useMemo(() => JSON.parse(optionsKey) as ReturnType<typeof scoringOptionsFromView>, [optionsKey]);
  const k = dataset?.pillars.length ?? 1;
  const bounds = view.robust.bounds ?? defaultBounds(k);

  const mc = useJob("mc");
  const extremes = useJob("extremes");
  const flips = useJob("flips");
  const loo = useJob("loo");
  const { draws, seed, spread, perturb } = view.robust;
  const perturbKey = perturb.join();
  const runMc = mc.run;
  const startMc = useCallback(() => {
    if (draws === null || !input) return;
    const list = perturbKey ? (perturbKey.split(",") as typeof perturb) : [];
    runMc({ kind: "mc", input, options, spec: { draws, seed, spread: spread / 100, perturb: list } });
  }, [runMc, input, options, draws, seed, spread, perturbKey]);
  useEffect(() => {
    const t = setTimeout(startMc, DEBOUNCE_MS);
    return () => clearTimeout(t);
  }, [startMc]);

  const onRobust = view.tab === "robust";
  const runExtremes = extremes.run;
  const runLoo = loo.run;
  const boxOk = bounds.lo <= bounds.hi && k * bounds.lo <= 100 + 1e-9 && k * bounds.hi >= 100 - 1e-9;
  useEffect(() => {
    if (!onRobust || !input) return;
    const t = setTimeout(() => {
      if (boxOk)
        runExtremes({ kind: "extremes", input, options, lo: bounds.lo / 100, hi: bounds.hi / 100, budgetMs: 2000 });
      runLoo({ kind: "loo", input, options });
    }, DEBOUNCE_MS);
    return () => clearTimeout(t);
  }, [onRobust, runExtremes, runLoo, input, options, bounds.lo, bounds.hi, boxOk]);

  const pair = view.pair;
  const a = pair?.[0];
  const b = pair?.[1];
  const runFlips = flips.run;
  useEffect(() => {
    if (view.tab !== "h2h" || !a || !b || !input) return;
    const t = setTimeout(() => runFlips({ kind: "flips", input, options, a, b }), DEBOUNCE_MS);
    return () => clearTimeout(t);
  }, [view.tab, runFlips, input, options, a, b]);

  const intervals = useMemo(
    () => (mc.state.status === "done" ? new Map(mc.state.result.result.places.map((p) => [p.id, p])) : null),
    [mc.state],
  );
  return { input, options, bounds, boxOk, mc, startMc, extremes, flips, loo, intervals };
}

export type Robustness = ReturnType<typeof useRobustness>;
