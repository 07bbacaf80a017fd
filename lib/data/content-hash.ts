/**
 * The data version's content hash: the first 8 hex digits of the SHA-256 of a canonical serialization (object keys
 * sorted, no whitespace) of the content files. Formatting changes do not change it; any value change does.
 * Node-only (node:crypto): used by `npm run data:build`, `npm run data:check` and the tests, not by the app bundle.
 */
import { createHash } from "node:crypto";

export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}

export function contentHash(content: unknown): string {
  return createHash("sha256").update(canonicalJson(content), "utf8").digest("hex").slice(0, 8);
}
