"use client";

import { useI18n } from "@/components/i18n";

export interface NoticeLike {
  param: string;
  code: string;
  value: string;
}

/** What a link asked for that could not be used, in words, dismissible. The page below is the nearest valid view. */
export function Notices({
  notices,
  currentVersion,
  onDismiss,
}: {
  notices: NoticeLike[];
  currentVersion: string;
  onDismiss: () => void;
}) {
  const { m, fill } = useI18n();
  if (notices.length === 0) return null;
  const codes = m.notices.codes as Record<string, string>;
  return (
    <div
      role="alert"
      data-testid="notices"
      className="mb-4 rounded border border-amber-400 bg-amber-50 p-3 text-sm text-amber-950"
    >
      <div className="flex items-start justify-between gap-4">
        <div>
          <p className="font-semibold">{m.notices.title}</p>
          <ul className="mt-1 list-disc pl-5">
            {notices.map((n, i) => (
              <li key={`${n.param}-${n.code}-${i}`}>
                {fill(codes[n.code] ?? m.notices.codes.bad_format, {
                  param: n.param,
                  value: n.value.length > 60 ? `${n.value.slice(0, 60)}…` : n.value,
                  current: currentVersion,
                })}
              </li>
            ))}
          </ul>
        </div>
        <button
          type="button"
          onClick={onDismiss}
          className="shrink-0 rounded border border-amber-500 px-2 py-0.5 hover:bg-amber-100"
        >
          {m.notices.dismiss}
        </button>
      </div>
    </div>
  );
}
