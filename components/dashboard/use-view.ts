"use client";

import { useSearchParams } from "next/navigation";
import { useCallback, useMemo, useRef } from "react";
import { parseView, serializeView } from "@/lib/view/codec";
import type { ViewContext } from "@/lib/view/context";
import type { View } from "@/lib/view/types";

/** Consecutive edits of one control within this window replace the history entry instead of adding one. */
const COALESCE_MS = 1000;

/**
 * The URL is the single source of truth for the view. This hook parses it (the same codec the server used for the
 * first HTML) and writes changes back with the History API, which Next's router observes, so back and forward step
 * through views without a server round trip.
 */
export function useView(ctx: ViewContext) {
  const params = useSearchParams();
  const query = params.toString();
  // Parse the decoded params (as the server does with Next's searchParams): URLSearchParams.toString() would
  // percent-encode the "," and ":" separators.
  // eslint-disable-next-line react-hooks/exhaustive-deps -- `query` is the params' value; the object identity is not
  const parsed = useMemo(() => parseView(params, ctx), [query, ctx]);
  const last = useRef<{ key: string; at: number } | null>(null);

  const setView = useCallback(
    (next: View, editKey: string) => {
      // An edited view is a view on the data in front of the user: record the current data version in the link.
      const qs = serializeView({ ...next, dataVersion: null }, ctx, { stampDataVersion: true });
      const url = `${window.location.pathname}${qs ? `?${qs}` : ""}`;
      if (url === `${window.location.pathname}${window.location.search}`) return;
      const now = performance.now();
      const coalesce = last.current !== null && last.current.key === editKey && now - last.current.at < COALESCE_MS;
      last.current = { key: editKey, at: now };
      // `null` state: Next.js (≥14.1) then syncs useSearchParams with the new URL.
      if (coalesce) window.history.replaceState(null, "", url);
      else window.history.pushState(null, "", url);
    },
    [ctx],
  );

  return { view: parsed.view, notices: parsed.notices, query, setView };
}
