/**
 * The map's projection: equirectangular with the longitude scaled by cos(mid-latitude), fitted into a box. For a
 * region the size of eastern China (about 20° × 20°) this keeps distances within a few percent of true and needs no
 * library; the map draws only points and a degree grid, never boundaries.
 */
export interface LonLat {
  lon: number;
  lat: number;
}

export interface GridLine {
  /** Degrees (east for meridians, north for parallels). */
  value: number;
  /** x of a meridian, y of a parallel, in box units. */
  at: number;
}

export interface Projection {
  width: number;
  height: number;
  project: (p: LonLat) => { x: number; y: number };
  /** Whole multiples of the grid step inside the drawn area. */
  meridians: GridLine[];
  parallels: GridLine[];
}

export interface FitOptions {
  width: number;
  height: number;
  /** Box units kept free at each edge. */
  padding: number;
  /** Degrees added around the points so circles near the edge stay inside. */
  marginDeg: number;
  /** Degrees between grid lines. */
  gridStep: number;
}

const RAD = Math.PI / 180;

/** A projection that fits `points` (at least one) into the box, centred, north up. */
export function fitProjection(points: readonly LonLat[], o: FitOptions): Projection {
  const lons = points.map((p) => p.lon);
  const lats = points.map((p) => p.lat);
  const west = Math.min(...lons) - o.marginDeg;
  const east = Math.max(...lons) + o.marginDeg;
  const south = Math.min(...lats) - o.marginDeg;
  const north = Math.max(...lats) + o.marginDeg;
  const k = Math.cos(((south + north) / 2) * RAD);
  const spanX = (east - west) * k;
  const spanY = north - south;
  const s = Math.min((o.width - 2 * o.padding) / spanX, (o.height - 2 * o.padding) / spanY);
  const offX = (o.width - spanX * s) / 2;
  const offY = (o.height - spanY * s) / 2;
  const x = (lon: number) => offX + (lon - west) * k * s;
  const y = (lat: number) => offY + (north - lat) * s;
  const multiples = (lo: number, hi: number) => {
    const out: number[] = [];
    for (let v = Math.ceil(lo / o.gridStep) * o.gridStep; v <= hi + 1e-9; v += o.gridStep) out.push(v + 0);
    return out;
  };
  return {
    width: o.width,
    height: o.height,
    project: (p) => ({ x: x(p.lon), y: y(p.lat) }),
    meridians: multiples(west, east).map((value) => ({ value, at: x(value) })),
    parallels: multiples(south, north).map((value) => ({ value, at: y(value) })),
  };
}
