"use client";

import { useState } from "react";
import { useI18n } from "@/components/i18n";

/** Copies a link to the current view, always stamped with the data version it was made on. */
export function CopyLink({
  query,
  note,
}: {
  query: string;
  /** Said after copying (a link on imported data). */ note?: string;
}) {
  const { m } = useI18n();
  const [state, setState] = useState<"idle" | "copied" | "failed">("idle");
  return (
    <span className="inline-flex items-center gap-2">
      <button
        type="button"
        data-testid="copy-link"
        onClick={async () => {
          try {
            const { origin, pathname } = window.location;
            await navigator.clipboard.writeText(`${origin}${pathname}${query ? `?${query}` : ""}`);
            setState("copied");
          } catch {
            setState("failed");
          }
        }}
        className="rounded border border-gray-300 px-2 py-1 text-sm hover:bg-gray-50"
      >
        {m.share.copy}
      </button>
      <span role="status" aria-live="polite" className="text-xs text-gray-600">
        {state === "copied"
          ? note
            ? `${m.share.copied}. ${note}`
            : m.share.copied
          : state === "failed"
            ? m.share.failed
            : ""}
      </span>
    </span>
  );
}
