"use client";

import { createContext, useContext, useSyncExternalStore } from "react";
import type { Dataset } from "@/lib/data/types";
import { DatasetLoadError, loadDataset, sourceKey, type DatasetSource } from "./dataset-source";

export interface DatasetState {
  dataset: Dataset | null;
  /** Why the dataset could not be loaded: the HTTP status, or null for a network or format problem. */
  error: { status: number | null; message: string } | null;
}

const LOADING: DatasetState = { dataset: null, error: null };

/** One entry per source: loaded at most once per page session, shared by every component that asks. */
interface Entry {
  state: DatasetState;
  started: boolean;
  listeners: Set<() => void>;
}
const store = new Map<string, Entry>();

function entryFor(source: DatasetSource): Entry {
  const key = sourceKey(source);
  let e = store.get(key);
  if (!e) store.set(key, (e = { state: LOADING, started: false, listeners: new Set() }));
  return e;
}

function start(source: DatasetSource, e: Entry) {
  if (e.started) return;
  e.started = true;
  const settle = (state: DatasetState) => {
    e.state = state;
    e.listeners.forEach((l) => l());
  };
  loadDataset(source).then(
    (dataset) => settle({ dataset, error: null }),
    (err: unknown) =>
      settle({
        dataset: null,
        error: {
          status: err instanceof DatasetLoadError ? err.status : null,
          message: err instanceof Error ? err.message : String(err),
        },
      }),
  );
}

const DatasetContext = createContext<DatasetSource | null>(null);

/**
 * The one seam where the dashboard's data come from: wrap the dashboard in a provider naming the source, read the
 * dataset with `useDataset()`. The server renders with no dataset (the page carries the first screen instead), and so
 * does the browser's first render, so hydration matches; the dataset arrives right after.
 */
export function DatasetProvider({ source, children }: { source: DatasetSource; children: React.ReactNode }) {
  return <DatasetContext.Provider value={source}>{children}</DatasetContext.Provider>;
}

export function useDataset(): DatasetState {
  const source = useContext(DatasetContext);
  if (!source) throw new Error("useDataset outside DatasetProvider");
  const e = entryFor(source);
  return useSyncExternalStore(
    (onChange) => {
      e.listeners.add(onChange);
      start(source, e);
      return () => e.listeners.delete(onChange);
    },
    () => e.state,
    () => LOADING,
  );
}
