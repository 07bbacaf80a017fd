"use client";

import { useCallback, useEffect, useId, useLayoutEffect, useRef, useState } from "react";
import { createPortal } from "react-dom";

const WIDTH = 288; // 18rem
const MARGIN = 8;

/**
 * A tooltip that opens on hover, keyboard focus and tap, and is drawn in a layer of its own (a portal on <body>, fixed
 * position, kept inside the window), so a scrolling table or a narrow column can never clip it. The description is
 * also kept, hidden, next to the trigger for screen readers (`aria-describedby`); hidden text is never copied with the
 * table, and neither is the floating layer. Escape closes it.
 */
export function FloatingTip({
  children,
  tip,
  description,
  testId,
  className,
}: {
  children: React.ReactNode;
  tip: React.ReactNode;
  /** The tip as plain text, for screen readers (one text node per cell keeps a big table light). */
  description: string;
  testId?: string;
  className?: string;
}) {
  const id = useId();
  const trigger = useRef<HTMLSpanElement>(null);
  const layer = useRef<HTMLSpanElement>(null);
  const [open, setOpen] = useState(false);
  const [pos, setPos] = useState<{ left: number; top: number } | null>(null);

  const place = useCallback(() => {
    const t = trigger.current?.getBoundingClientRect();
    if (!t) return;
    const h = layer.current?.offsetHeight ?? 0;
    const width = Math.min(WIDTH, window.innerWidth - 2 * MARGIN);
    const left = Math.min(Math.max(MARGIN, t.left), window.innerWidth - width - MARGIN);
    // Below the trigger; above it when there is no room below.
    const below = t.bottom + 4;
    const top = below + h > window.innerHeight - MARGIN && t.top - 4 - h > MARGIN ? t.top - 4 - h : below;
    setPos({ left, top });
  }, []);

  useLayoutEffect(() => {
    if (open) place();
  }, [open, place]);

  useEffect(() => {
    if (!open) return;
    const close = (e: KeyboardEvent) => e.key === "Escape" && setOpen(false);
    window.addEventListener("scroll", place, true);
    window.addEventListener("resize", place);
    window.addEventListener("keydown", close);
    return () => {
      window.removeEventListener("scroll", place, true);
      window.removeEventListener("resize", place);
      window.removeEventListener("keydown", close);
    };
  }, [open, place]);

  return (
    <span
      ref={trigger}
      tabIndex={0}
      aria-describedby={`${id}-d`}
      data-testid={testId}
      className={className ?? "cursor-help underline decoration-gray-400 decoration-dotted underline-offset-2"}
      onMouseEnter={() => setOpen(true)}
      onMouseLeave={() => setOpen(false)}
      onFocus={() => setOpen(true)}
      onBlur={() => setOpen(false)}
    >
      {children}
      <span id={`${id}-d`} hidden>
        {description}
      </span>
      {open &&
        createPortal(
          <span
            ref={layer}
            role="tooltip"
            id={id}
            className="fixed z-50 block rounded border border-gray-300 bg-white p-2 text-left text-xs font-normal whitespace-normal text-gray-800 shadow-lg"
            style={{
              width: `min(${WIDTH}px, calc(100vw - ${2 * MARGIN}px))`,
              left: pos?.left ?? -9999,
              top: pos?.top ?? -9999,
            }}
          >
            {tip}
          </span>,
          document.body,
        )}
    </span>
  );
}
