"use client";

import { useSyncExternalStore } from "react";
import { useI18n } from "@/components/i18n";

const subscribe = (cb: () => void) => {
  window.addEventListener("popstate", cb);
  return () => window.removeEventListener("popstate", cb);
};

/** Shown only on paper: the link that reproduces the printed view. */
export function PrintLink({ query }: { query: string }) {
  const { m } = useI18n();
  // `query` changes with every view change, so the address is re-read then; the server prints nothing.
  const href = useSyncExternalStore(
    subscribe,
    () => window.location.href,
    () => "",
  );
  return (
    <p className="hidden text-xs break-all print:block" data-testid="print-link" data-query={query}>
      {m.share.printed} {href}
    </p>
  );
}
