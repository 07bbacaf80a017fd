/**
 * Text for exported SVG charts: XML escaping, a width estimate good enough for layout without a browser, and line
 * wrapping. Names and notes from data are escaped like any other text, so a name such as `<script>` stays text.
 */

export function xml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/;

/** Estimated advance of `s` at `size` px in a sans-serif face: CJK full width, Latin about half. */
export function textWidth(s: string, size: number): number {
  let w = 0;
  for (const ch of s) {
    if (WIDE.test(ch)) w += 1;
    else if (ch === " ") w += 0.28;
    else if (/[A-Z#%@MW]/.test(ch)) w += 0.68;
    else if (/[il.,:;'|!]/.test(ch)) w += 0.28;
    else w += 0.55;
  }
  return w * size;
}

/** Splits `s` into lines no wider than `max` px: at spaces where there are some, anywhere in CJK text. */
export function wrap(s: string, max: number, size: number): string[] {
  const tokens = s.match(/[\u2e80-\u9fff\uff00-\uffef]|[^\s\u2e80-\u9fff\uff00-\uffef]+\s*|\s+/g) ?? [];
  const lines: string[] = [];
  let line = "";
  for (const t of tokens) {
    if (line !== "" && textWidth((line + t).trimEnd(), size) > max) {
      lines.push(line.trimEnd());
      line = t.trimStart();
    } else line += t;
  }
  if (line.trim() !== "") lines.push(line.trimEnd());
  return lines;
}

/** Cuts `s` to fit `max` px, ending with "…" when cut. */
export function fit(s: string, max: number, size: number): string {
  if (textWidth(s, size) <= max) return s;
  let out = "";
  for (const ch of s) {
    if (textWidth(`${out}${ch}…`, size) > max) break;
    out += ch;
  }
  return `${out}…`;
}
