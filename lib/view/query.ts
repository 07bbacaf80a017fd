/**
 * The raw layer of the codec: turns any input (a query string, URLSearchParams, or Next's `searchParams` object) into
 * params with undecoded values, and encodes ids for writing. Nothing here throws.
 *
 * Values from a raw string stay percent-encoded until after they are split on "," and ":", so an id containing those
 * characters (written as %2C / %3A) survives. URLSearchParams and Next's object arrive already decoded; their values
 * are split as they are (ids with "," or ":" cannot be told apart there – bundled ids are slugs, so this never bites).
 */

/** A value as it came in: `encoded` says whether percent-escapes still have to be decoded. */
export interface RawValue {
  text: string;
  encoded: boolean;
}

export interface RawParam {
  key: string;
  values: RawValue[];
}

/** Longest value a param may have; longer ones are ignored with a `too_long` notice. */
export const MAX_VALUE_LENGTH = 2000;
/** Longest query read; params past this budget are ignored with one `too_long` notice. */
export const MAX_QUERY_LENGTH = 8000;

/** decodeURIComponent that returns null instead of throwing on malformed escapes ("%E0%A4%A", "%zz"). */
export function safeDecode(s: string): string | null {
  if (!s.includes("%") && !s.includes("+")) return s;
  try {
    return decodeURIComponent(s.replace(/\+/g, " "));
  } catch {
    return null;
  }
}

export function decodeValue(v: RawValue): string | null {
  return v.encoded ? safeDecode(v.text) : v.text;
}

/** The value for a notice: decoded when possible, else the raw text. */
export function shown(v: RawValue): string {
  return decodeValue(v) ?? v.text;
}

/** Splits before decoding, so an encoded separator inside an id stays part of the id. */
export function splitValue(v: RawValue, sep: string): RawValue[] {
  return v.text.split(sep).map((text) => ({ text, encoded: v.encoded }));
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Percent-encodes an id for a list value. Unreserved characters (letters, digits, - . _ ~) and ! ' ( ) * stay as
 * they are; "," ":" "&" "=" "+" "%" "#", spaces and non-ASCII are escaped. Lone surrogates (which make
 * encodeURIComponent throw) become U+FFFD.
 */
export function encodeId(id: string): string {
  return encodeURIComponent(id.replace(LONE_SURROGATE, "\uFFFD"));
}

interface Entry {
  key: string;
  value: RawValue;
}

function entriesOf(input: unknown): Entry[] {
  if (typeof input === "string") {
    let q = input;
    const hash = q.indexOf("#");
    if (hash >= 0) q = q.slice(0, hash);
    // A whole URL pasted into the CLI: keep what follows the "?".
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(q)) {
      const at = q.indexOf("?");
      q = at >= 0 ? q.slice(at + 1) : "";
    }
    if (q.startsWith("?")) q = q.slice(1);
    const out: Entry[] = [];
    for (const seg of q.split("&")) {
      if (seg === "") continue;
      const eq = seg.indexOf("=");
      const rawKey = eq >= 0 ? seg.slice(0, eq) : seg;
      out.push({ key: safeDecode(rawKey) ?? rawKey, value: { text: eq >= 0 ? seg.slice(eq + 1) : "", encoded: true } });
    }
    return out;
  }
  if (typeof input !== "object" || input === null) return [];
  const out: Entry[] = [];
  const push = (key: unknown, value: unknown) => {
    if (typeof key === "string" && typeof value === "string") out.push({ key, value: { text: value, encoded: false } });
  };
  const maybeParams = input as { forEach?: unknown; get?: unknown };
  if (typeof maybeParams.forEach === "function" && typeof maybeParams.get === "function") {
    (input as URLSearchParams).forEach((value, key) => push(key, value));
    return out;
  }
  for (const [key, value] of Object.entries(input)) {
    if (Array.isArray(value)) for (const v of value) push(key, v);
    else push(key, value);
  }
  return out;
}

/**
 * Groups the input's params by key (first-seen order, repeats kept for the caller to report). `overflow` is the key of
 * the first param dropped because the query passed MAX_QUERY_LENGTH, or null.
 */
export function readParams(input: unknown): { params: RawParam[]; overflow: string | null } {
  let entries: Entry[];
  try {
    entries = entriesOf(input);
  } catch {
    // A hostile object (throwing getters, revoked proxy): read nothing rather than crash.
    entries = [];
  }
  const byKey = new Map<string, RawParam>();
  let used = 0;
  let overflow: string | null = null;
  for (const e of entries) {
    used += e.key.length + e.value.text.length + 2;
    if (used > MAX_QUERY_LENGTH) {
      overflow ??= e.key;
      continue;
    }
    const p = byKey.get(e.key);
    if (p) p.values.push(e.value);
    else byKey.set(e.key, { key: e.key, values: [e.value] });
  }
  return { params: [...byKey.values()], overflow };
}
