"use client";

import { useEffect, useState } from "react";
import { flushSync } from "react-dom";

/**
 * True while the page is being printed (or shown in print preview / emulated print media). Print-only content that
 * costs something to render (the full table in parts) mounts only then: `beforeprint` renders it synchronously, before
 * the browser lays out the printed page.
 */
export function usePrinting(): boolean {
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    const mq = window.matchMedia("print");
    const sync = () => setPrinting(mq.matches);
    const before = () => flushSync(() => setPrinting(true));
    const after = () => setPrinting(mq.matches);
    sync();
    mq.addEventListener("change", sync);
    window.addEventListener("beforeprint", before);
    window.addEventListener("afterprint", after);
    return () => {
      mq.removeEventListener("change", sync);
      window.removeEventListener("beforeprint", before);
      window.removeEventListener("afterprint", after);
    };
  }, []);
  return printing;
}
