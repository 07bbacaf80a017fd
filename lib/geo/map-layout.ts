/**
 * Everything the map draws, as plain data: the degree grid, each place's circle (at its projected coordinates,
 * nudged apart where circles would overlap), its colour, its label, and the places that have no coordinates. The
 * component only renders this; the tests read it.
 */
import { placeLabels, type LabelBox } from "./labels";
import { relax, RELAX_DEFAULTS } from "./layout";
import { fitProjection, type GridLine } from "./project";
import { colourFor, radiusFor } from "./scale";

export interface MapPlace {
  id: string;
  name: string;
  /** null when the gazetteer has no record of the place. */
  lat: number | null;
  lon: number | null;
  /** The measure on 0–100 (a score); null when the place has none. */
  value: number | null;
  /** Label priority: lower first (rank); places without one come last. */
  priority: number | null;
}

export interface MapCircle {
  id: string;
  name: string;
  /** Where the circle is drawn. */
  x: number;
  y: number;
  r: number;
  /** The true (projected) position; differs from x, y when the circle was nudged. */
  ax: number;
  ay: number;
  value: number | null;
  fill: string;
  label: LabelBox | null;
}

export interface MapLayout {
  width: number;
  height: number;
  fontSize: number;
  meridians: GridLine[];
  parallels: GridLine[];
  /** In the order of the input places that have coordinates. */
  circles: MapCircle[];
  /** Places that have no coordinates (listed beside the map, never guessed). */
  unmapped: { id: string; name: string }[];
}

export interface MapBox {
  width: number;
  height: number;
  rMin: number;
  rMax: number;
  /** Label font size, box units; label widths are estimated from it. */
  fontSize: number;
}

export const MAP_BOX: MapBox = { width: 640, height: 600, rMin: 4, rMax: 24, fontSize: 12 };
/** For a map under 560 px wide (a phone): fewer units per pixel, so names and degrees stay about 11 px on screen. */
export const NARROW_MAP_BOX: MapBox = { width: 380, height: 400, rMin: 3, rMax: 17, fontSize: 11 };
/** Radius of a place without a value: a small hollow ring. */
const MISSING_R = 5;

/** A label's width from its text: CJK characters are about one em wide, others about 0.58 em. */
export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) em += /[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF]/u.test(ch) ? 1 : 0.58;
  return em * fontSize;
}

export function mapLayout(places: readonly MapPlace[], box: MapBox = MAP_BOX): MapLayout {
  const located = places.filter(
    (p): p is MapPlace & { lat: number; lon: number } =>
      p.lat !== null && p.lon !== null && Number.isFinite(p.lat) && Number.isFinite(p.lon),
  );
  const unmapped = places.filter((p) => !located.includes(p as never)).map(({ id, name }) => ({ id, name }));
  if (located.length === 0)
    return {
      width: box.width,
      height: box.height,
      fontSize: box.fontSize,
      meridians: [],
      parallels: [],
      circles: [],
      unmapped,
    };

  const projection = fitProjection(located, {
    width: box.width,
    height: box.height,
    padding: box.rMax + 4,
    marginDeg: 1,
    gridStep: 5,
  });
  const anchors = located.map((p) => {
    const { x, y } = projection.project(p);
    const r = p.value === null ? MISSING_R : radiusFor(p.value, box.rMin, box.rMax);
    return { x, y, r };
  });
  const pos = relax(anchors, { ...RELAX_DEFAULTS, width: box.width, height: box.height });
  const drawn = anchors.map((a, i) => ({ x: pos[i]!.x, y: pos[i]!.y, r: a.r }));

  // Labels in priority order (best rank first), so the leaders are always named.
  const order = located
    .map((p, i) => ({ i, key: p.priority ?? Infinity }))
    .sort((a, b) => a.key - b.key || a.i - b.i)
    .map((x) => x.i);
  const h = box.fontSize * 1.2;
  const placedInOrder = placeLabels(
    drawn,
    order.map((i) => ({ circle: i, width: textWidth(located[i]!.name, box.fontSize), height: h })),
    { width: box.width, height: box.height, gap: 3 },
  );
  const labels = new Map(order.map((i, k) => [i, placedInOrder[k] ?? null]));

  return {
    width: box.width,
    height: box.height,
    fontSize: box.fontSize,
    meridians: projection.meridians,
    parallels: projection.parallels,
    circles: located.map((p, i) => ({
      id: p.id,
      name: p.name,
      x: drawn[i]!.x,
      y: drawn[i]!.y,
      r: drawn[i]!.r,
      ax: anchors[i]!.x,
      ay: anchors[i]!.y,
      value: p.value,
      fill: p.value === null ? "#ffffff" : colourFor(p.value),
      label: labels.get(i) ?? null,
    })),
    unmapped,
  };
}
