"use client";

import type { ExportFile } from "@/lib/export/files";

/** Hands a file to the browser's download. Nothing is uploaded: the bytes go from memory to the user's disk. */
export function saveFile(file: ExportFile): void {
  const part: BlobPart = typeof file.data === "string" ? file.data : (file.data as Uint8Array<ArrayBuffer>);
  const url = URL.createObjectURL(new Blob([part], { type: file.mime }));
  const a = document.createElement("a");
  a.href = url;
  a.download = file.name;
  a.rel = "noopener";
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Rasterises a standalone SVG document on a canvas at `scale`× its size (sharp in print), as PNG bytes. */
export async function svgToPng(svg: string, scale = 2): Promise<Uint8Array> {
  const url = URL.createObjectURL(new Blob([svg], { type: "image/svg+xml" }));
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    const canvas = document.createElement("canvas");
    canvas.width = Math.ceil(img.naturalWidth * scale);
    canvas.height = Math.ceil(img.naturalHeight * scale);
    const g = canvas.getContext("2d");
    if (!g) throw new Error("no 2D canvas");
    g.scale(scale, scale);
    g.drawImage(img, 0, 0);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, "image/png"));
    if (!blob) throw new Error("the canvas gave no PNG");
    return new Uint8Array(await blob.arrayBuffer());
  } finally {
    URL.revokeObjectURL(url);
  }
}
