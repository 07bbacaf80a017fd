/**
 * Ids for imported records. The dataset schema wants lowercase slugs (places) and snake_case (pillars, indicators);
 * a file may use `NOR`, `AI firms` or `北京`. Ids are derived from what the file says, made unique, and the file's own
 * text is kept as the name.
 */

function base(text: string, sep: "-" | "_"): string {
  return text
    .normalize("NFKD")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, sep)
    .replace(new RegExp(`^\\${sep}+|\\${sep}+$`, "g"), "");
}

/** A function that turns texts into distinct ids: slug of the text, else `fallback-<n>`, suffixed `-2`, `-3` on reuse. */
export function idMaker(sep: "-" | "_", fallback: string) {
  const used = new Set<string>();
  let n = 0;
  return (text: string): string => {
    n++;
    const root = base(text, sep) || `${fallback}${sep}${n}`;
    let id = root;
    for (let k = 2; used.has(id); k++) id = `${root}${sep}${k}`;
    used.add(id);
    return id;
  };
}

/** FNV-1a 32-bit of a string, as 8 hex digits: a data version hash for imported data (not a security measure). */
export function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, "0");
}

/** A random id for a stored import: 10 base-36 characters from the platform's random source. */
export function randomId(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(10)), (b) => (b % 36).toString(36)).join("");
}
