"use client";

import { useState } from "react";
import { useI18n } from "@/components/i18n";

/** Copies the current address (which holds the whole view) to the clipboard. */
export function CopyLink() {
  const { m } = useI18n();
  const [state, setState] = useState<"idle" | "copied" | "failed">("idle");
  return (
    <span className="inline-flex items-center gap-2">
      <button
        type="button"
        data-testid="copy-link"
        onClick={async () => {
          try {
            await navigator.clipboard.writeText(window.location.href);
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
        {state === "copied" ? m.share.copied : state === "failed" ? m.share.failed : ""}
      </span>
    </span>
  );
}
