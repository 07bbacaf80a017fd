/**
 * Parsers and writers for the params that say which data a view is on (added 2026-11-29, issue 13):
 * `ds` (an imported dataset's id), `ed` (the user's own figures) and `alt` (alternative sources). Like every parser
 * of the codec they never throw: a bad item is dropped with a notice and the rest is used.
 *
 * `ed` is a comma list of items whose parts are separated by ":" (each part escaped like an id):
 *   add:<id>:<name>[:<base>]        a place of the user's own; with <base>, starting from that place's figures
 *   set:<place>:<indicator>:<n>     a figure replaced by the number n
 *   set:<place>:<indicator>:x<f>    a figure multiplied by f (x1.2 = 20 % more)
 *   set:<place>:<indicator>:na      a figure removed (treated as missing)
 * `alt` is a comma list of <indicator>:<source id>.
 */
import { putOwn } from "@/lib/view/context";
import type { CtxIndex } from "@/lib/view/ctx-index";
import { parseNumber, type Report } from "@/lib/view/parse";
import { decodeValue, encodeId, shown, splitValue, type RawValue } from "@/lib/view/query";
import type { Edit } from "@/lib/view/types";

/**
 * A name in `ed=` may hold "," or ":", which separate items and parts, and the page reads links already decoded
 * (URLSearchParams, Next's searchParams). So a name's separators are written as "~c" and "~o" (and "~" as "~t")
 * before the usual escaping, and read back after splitting.
 */
export const escapeName = (name: string) => name.replace(/~/g, "~t").replace(/,/g, "~c").replace(/:/g, "~o");
export const unescapeName = (text: string) =>
  text.replace(/~([tco])/g, (_, k: string) => (k === "t" ? "~" : k === "c" ? "," : ":"));

/** An added place's id: a lowercase slug that cannot be mistaken for a number or run into the separators. */
export const USER_PLACE_ID = /^[a-z][a-z0-9-]{0,39}$/;
export const MAX_NAME = 60;
/** At most this many edits are read from one link (the value is also capped at 2,000 characters). */
export const MAX_EDITS = 100;
const DATASET_ID = /^[a-z0-9]{1,40}$/;

/** `ds=k3j2x9q0aa`: an imported dataset's id (the data itself never travels in a link). */
export function parseDatasetId(v: RawValue, report: Report): string | undefined {
  const s = decodeValue(v);
  if (s === null || !DATASET_ID.test(s.trim())) return report("bad_format", shown(v), "not an imported dataset id");
  return s.trim();
}

/** `alt=unicorns_all_sectors:hurun-global-unicorn-2024`. */
export function parseAlternatives(v: RawValue, ix: CtxIndex, report: Report): Record<string, string> {
  const out: Record<string, string> = {};
  for (const item of splitValue(v, ",")) {
    if (item.text === "") continue;
    const parts = splitValue(item, ":").map(decodeValue);
    const [ind, source] = parts;
    if (parts.length !== 2 || ind == null || source == null) {
      report("bad_format", shown(item), 'expected "indicator:source"');
      continue;
    }
    if (!ix.indicators.has(ind)) report("unknown_id", ind, "no such indicator");
    else if (!(Object.hasOwn(ix.ctx.alternativeSources, ind) ? ix.ctx.alternativeSources[ind]! : []).includes(source))
      report("unknown_id", `${ind}:${source}`, "the data hold no figures of this source for this indicator");
    else if (Object.hasOwn(out, ind)) report("bad_format", shown(item), "given more than once; the first is used");
    else putOwn(out, ind, source);
  }
  return out;
}

/** `ed=…`: the edits that can apply to this data, in order; added places first become known to later items. */
export function parseEdits(v: RawValue, ix: CtxIndex, report: Report): Edit[] {
  const items = splitValue(v, ",").filter((i) => i.text !== "");
  if (items.length > MAX_EDITS) report("too_many", `${items.length} items`, `at most ${MAX_EDITS} are read`);
  const out: Edit[] = [];
  const added = new Set<string>();
  const cells = new Set<string>();
  for (const item of items.slice(0, MAX_EDITS)) {
    const parts = splitValue(item, ":").map(decodeValue);
    if (parts.some((p) => p === null)) {
      report("bad_format", item.text, "malformed percent-escape");
      continue;
    }
    const [op, a, b, c, ...rest] = parts as string[];
    if (op === "add" && a !== undefined && b !== undefined && rest.length === 0) {
      const name = unescapeName(b).trim();
      if (!USER_PLACE_ID.test(a)) report("bad_format", a, "a new place's id is lowercase letters, digits and -");
      else if (ix.places.has(a) || added.has(a)) report("bad_format", a, "a place with this id exists already");
      else if (name === "" || name.length > MAX_NAME)
        report("bad_format", shown(item), `a name of 1–${MAX_NAME} characters`);
      else if (c !== undefined && c !== "" && !ix.places.has(c)) report("unknown_id", c, "no such place to start from");
      else {
        added.add(a);
        out.push({ kind: "add", id: a, name, base: c === undefined || c === "" ? null : c });
      }
      continue;
    }
    if (op === "set" && a !== undefined && b !== undefined && c !== undefined && rest.length === 0) {
      if (!ix.places.has(a) && !added.has(a)) report("unknown_id", a, "no such place");
      else if (!ix.indicators.has(b)) report("unknown_id", b, "no such indicator");
      else if (cells.has(`${a}|${b}`))
        report("bad_format", shown(item), "this figure is changed twice; the first is used");
      else {
        const edit = figureEdit(a, b, c.trim());
        if (edit === null) report("not_a_number", shown(item), "expected a number, x<factor> or na");
        else {
          cells.add(`${a}|${b}`);
          out.push(edit);
        }
      }
      continue;
    }
    report("bad_format", shown(item), "expected add:<id>:<name>[:<base>] or set:<place>:<indicator>:<value>");
  }
  return out;
}

function figureEdit(place: string, indicator: string, text: string): Edit | null {
  if (text === "na") return { kind: "drop", place, indicator };
  if (text.startsWith("x")) {
    const f = parseNumber(text.slice(1));
    return f !== null && f > 0 && f <= 1e6 ? { kind: "scale", place, indicator, factor: f } : null;
  }
  const x = parseNumber(text);
  return x === null ? null : { kind: "set", place, indicator, value: x };
}

/** A number as a link writes it: at most 12 significant digits, no exponent for ordinary magnitudes. */
function num(x: number): string {
  const s = String(Number(x.toPrecision(12)));
  return /e/i.test(s) ? x.toFixed(12).replace(/\.?0+$/, "") : s;
}

export function serializeEdits(edits: readonly Edit[]): string {
  return edits
    .map((e) => {
      switch (e.kind) {
        case "add":
          return ["add", e.id, escapeName(e.name), ...(e.base ? [e.base] : [])].map(encodeId).join(":");
        case "set":
          return `set:${encodeId(e.place)}:${encodeId(e.indicator)}:${num(e.value)}`;
        case "scale":
          return `set:${encodeId(e.place)}:${encodeId(e.indicator)}:x${num(e.factor)}`;
        case "drop":
          return `set:${encodeId(e.place)}:${encodeId(e.indicator)}:na`;
      }
    })
    .join(",");
}

export function serializeAlternatives(alt: Record<string, string>, order: readonly string[]): string {
  return order
    .filter((id) => Object.hasOwn(alt, id))
    .map((id) => `${encodeId(id)}:${encodeId(alt[id]!)}`)
    .join(",");
}

/** The ids of places a view's edits add (what `p`, `h` may also name). */
export const addedPlaces = (edits: readonly Edit[]): string[] =>
  edits.filter((e): e is Extract<Edit, { kind: "add" }> => e.kind === "add").map((e) => e.id);
