/**
 * The geometry of a values-over-years chart, shared by the page's chart (`components/trends/line-chart.tsx`) and the
 * exported SVG (`lib/export/time-charts.ts`), so both draw the same picture: x by year, y by value (ranks upside
 * down), and each series as steps — a value as of a year holds until the next year's — broken where a year has none.
 */
export interface LineFrame {
  width: number;
  height: number;
  margin: { top: number; right: number; bottom: number; left: number };
  xs: readonly number[];
  yDomain: readonly [number, number];
  invertY: boolean;
}

export interface LineGeometry {
  sx: (x: number) => number;
  sy: (y: number) => number;
  plotW: number;
  plotH: number;
  /** Every `every`-th year is labelled (and the last), so labels never crowd. */
  labelled: (i: number) => boolean;
  /** The step path through the points, broken at nulls ("" when nothing is drawn). */
  path: (points: readonly { x: number; y: number | null }[]) => string;
}

export const LINE_MARGIN = { top: 10, right: 20, bottom: 26, left: 46 };

export function lineGeometry(f: LineFrame): LineGeometry {
  const x0 = Math.min(...f.xs);
  const x1 = Math.max(...f.xs);
  const [lo, hi] = f.yDomain;
  const plotW = f.width - f.margin.left - f.margin.right;
  const plotH = f.height - f.margin.top - f.margin.bottom;
  // A single year still gets a visible position: the middle.
  const sx = (x: number) => f.margin.left + (x1 === x0 ? plotW / 2 : ((x - x0) / (x1 - x0)) * plotW);
  const sy = (y: number) => {
    const t = hi === lo ? 0.5 : (y - lo) / (hi - lo);
    return f.margin.top + (f.invertY ? t : 1 - t) * plotH;
  };
  const every = Math.max(1, Math.ceil(f.xs.length / 8));
  const path = (points: readonly { x: number; y: number | null }[]) => {
    let d = "";
    let open = false;
    for (const p of points) {
      if (p.y === null) {
        open = false;
        continue;
      }
      d += open ? `H${round(sx(p.x))}V${round(sy(p.y))}` : `M${round(sx(p.x))},${round(sy(p.y))}`;
      open = true;
    }
    return d;
  };
  return { sx, sy, plotW, plotH, labelled: (i) => i % every === 0 || i === f.xs.length - 1, path };
}

/** Two decimals: paths stay short and identical between the page and the export. */
const round = (x: number) => Math.round(x * 100) / 100;
