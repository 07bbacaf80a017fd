"use client";

import { startTransition, useCallback, useEffect, useRef, useState, useSyncExternalStore } from "react";
import type { Job, JobResult, Reply } from "@/lib/robustness/jobs";

export type JobState<K extends JobResult["kind"]> =
  | { status: "idle" }
  | { status: "running" }
  | { status: "done"; result: Extract<JobResult, { kind: K }>; ms: number }
  | { status: "cancelled" }
  | { status: "error"; message: string };

/**
 * Runs one kind of robustness job in its own web worker, so the page stays responsive. A new run or `cancel` ends the
 * previous worker at once (terminate), so a cancelled or superseded run never reports.
 */
/**
 * A job's progress (0..1) lives outside React state: a progress report re-renders only the progress bar that
 * subscribes to it (`useProgress`), not the dashboard around it, so the main thread stays free while a run goes on.
 */
export class ProgressStore {
  private value = 0;
  private readonly listeners = new Set<() => void>();
  set(x: number) {
    this.value = x;
    for (const l of this.listeners) l();
  }
  get = () => this.value;
  subscribe = (l: () => void) => {
    this.listeners.add(l);
    return () => void this.listeners.delete(l);
  };
}

export const useProgress = (store: ProgressStore) => useSyncExternalStore(store.subscribe, store.get, store.get);

export function useJob<K extends JobResult["kind"]>(kind: K) {
  const [state, setState] = useState<JobState<K>>({ status: "idle" });
  const [progress] = useState(() => new ProgressStore());
  const worker = useRef<Worker | null>(null);
  const stop = () => {
    worker.current?.terminate();
    worker.current = null;
  };
  useEffect(() => stop, []);
  const run = useCallback(
    (job: Extract<Job, { kind: K }>) => {
      stop();
      const w = new Worker(new URL("./robustness.worker.ts", import.meta.url));
      worker.current = w;
      progress.set(0);
      setState({ status: "running" });
      w.onmessage = (e: MessageEvent<Reply>) => {
        if (worker.current !== w) return;
        const r = e.data;
        if (r.type === "progress") progress.set(r.done);
        else {
          stop();
          if (r.type === "error") setState({ status: "error", message: r.message });
          // A transition: React renders the (possibly 300-row) results in slices, yielding to input in between.
          else if (r.result.kind === kind) {
            const result = r.result as Extract<JobResult, { kind: K }>;
            startTransition(() => setState({ status: "done", result, ms: r.ms }));
          }
        }
      };
      w.onerror = (e) => {
        if (worker.current !== w) return;
        stop();
        setState({ status: "error", message: e.message || "worker failed" });
      };
      w.postMessage(job);
    },
    [kind, progress],
  );
  const cancel = useCallback(() => {
    if (!worker.current) return;
    stop();
    setState({ status: "cancelled" });
  }, []);
  return { state, run, cancel, progress };
}
