"use client";

import { Fragment, useEffect, useState, type ReactNode } from "react";

import { nextReveal } from "@/lib/robustness/reveal";

/**
 * The number of rows to show of a list of `total`: the first slice at once, then one slice more per task (a timeout
 * each), so no single task mounts, styles and lays out the whole list (see lib/robustness/reveal.ts).
 */
export function useReveal(total: number): number {
  const [shown, setShown] = useState(() => nextReveal(0, total));
  useEffect(() => {
    if (shown >= total) return;
    const t = setTimeout(() => setShown((s) => nextReveal(s, total)), 0);
    return () => clearTimeout(t);
  }, [shown, total]);
  return Math.min(shown, total);
}

/** A table body's rows, revealed in slices (`useReveal`). */
export function RevealedRows<T>({ items, row }: { items: readonly T[]; row: (item: T) => ReactNode }) {
  const shown = useReveal(items.length);
  return <Fragment>{items.slice(0, shown).map(row)}</Fragment>;
}
