"use client";

import { useEffect, useRef, useState } from "react";
import { useI18n } from "@/components/i18n";

/** The iframe code for a view's chart, in a modal dialog with a copy button (native <dialog>: focus and Esc built in). */
export function EmbedDialog({
  open,
  query,
  title,
  onClose,
}: {
  open: boolean;
  query: string;
  title: string;
  onClose: () => void;
}) {
  const { m } = useI18n();
  const ref = useRef<HTMLDialogElement>(null);
  const [copied, setCopied] = useState(false);
  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (open && !d.open) d.showModal();
    if (!open && d.open) d.close();
  }, [open]);
  const src =
    typeof window === "undefined" ? `/embed?${query}` : `${window.location.origin}/embed${query ? `?${query}` : ""}`;
  const code = `<iframe src="${src.replace(/&/g, "&amp;").replace(/"/g, "&quot;")}" title="${title.replace(/&/g, "&amp;").replace(/"/g, "&quot;")}" width="760" height="640" style="border:0;max-width:100%" loading="lazy"></iframe>`;
  return (
    <dialog
      ref={ref}
      onClose={onClose}
      aria-labelledby="embed-title"
      className="m-auto w-[min(40rem,95vw)] rounded border border-gray-300 p-4 shadow-xl backdrop:bg-black/30"
      data-testid="embed-dialog"
    >
      <h2 id="embed-title" className="text-lg font-semibold">
        {m.embed.title}
      </h2>
      <p className="mt-1 text-sm text-gray-700">{m.embed.help}</p>
      <label className="mt-3 block text-sm font-medium" htmlFor="embed-code">
        {m.embed.code}
      </label>
      <textarea
        id="embed-code"
        readOnly
        value={code}
        rows={4}
        className="mt-1 w-full rounded border border-gray-300 p-2 font-mono text-xs"
        onFocus={(e) => e.currentTarget.select()}
        data-testid="embed-code"
      />
      <div className="mt-3 flex items-center gap-2">
        <button
          type="button"
          className="rounded border border-gray-300 px-2 py-1 text-sm hover:bg-gray-50"
          onClick={async () => {
            try {
              await navigator.clipboard.writeText(code);
              setCopied(true);
            } catch {
              setCopied(false);
            }
          }}
        >
          {m.embed.copy}
        </button>
        <span role="status" className="text-xs text-gray-600">
          {copied ? m.embed.copied : ""}
        </span>
        <button
          type="button"
          className="ml-auto rounded border border-gray-300 px-2 py-1 text-sm hover:bg-gray-50"
          onClick={() => ref.current?.close()}
        >
          {m.embed.close}
        </button>
      </div>
    </dialog>
  );
}
