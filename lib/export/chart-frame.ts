/**
 * The frame every exported chart is drawn in: title, the weights and method in force above the chart, and below it
 * the years of the figures, the sources and the link. A chart copied into a report carries what it rests on.
 */
import { wrap, xml } from "./svg-text";

/** The Okabe–Ito palette of app/globals.css, as colours an SVG file can carry (no CSS variables outside the page). */
export const PALETTE = ["#0072b2", "#e69f00", "#009e73", "#cc79a7", "#56b4e9", "#d55e00", "#f0e442"];
export const INK = "#1f2937";
export const MUTED = "#4b5563";
export const FONT = `'Noto Sans', 'Noto Sans CJK SC', 'PingFang SC', 'Microsoft YaHei', Arial, sans-serif`;

export interface ChartContext {
  /** e.g. "AI city competitiveness — Composite ranking". */
  title: string;
  /** "Weights in force: Talent 25% · …" and the method line; wrapped to the width. */
  header: string[];
  /** Years of the figures, sources, data version and link. */
  footer: string[];
}

export interface ChartBody {
  width: number;
  height: number;
  /** SVG elements drawn with (0, 0) at the top left of the chart area. */
  svg: string;
}

const PAD = 24;
const TITLE = 20;
const SMALL = 12;
const LINE = 16;

/** A complete standalone SVG document: title, header lines, the chart body, footer lines. */
export function frameChart(ctx: ChartContext, body: ChartBody): string {
  const width = Math.ceil(Math.max(640, body.width + 2 * PAD));
  const inner = width - 2 * PAD;
  const titleLines = wrap(ctx.title, inner, TITLE);
  const header = ctx.header.flatMap((l) => wrap(l, inner, SMALL));
  const footer = ctx.footer.flatMap((l) => wrap(l, inner, SMALL - 1));
  let y = PAD;
  const parts: string[] = [];
  for (const l of titleLines) {
    y += TITLE + 4;
    parts.push(`<text x="${PAD}" y="${y}" font-size="${TITLE}" font-weight="700" fill="${INK}">${xml(l)}</text>`);
  }
  y += 6;
  for (const l of header) {
    y += LINE;
    parts.push(`<text x="${PAD}" y="${y}" font-size="${SMALL}" fill="${MUTED}">${xml(l)}</text>`);
  }
  y += 14;
  parts.push(`<g transform="translate(${PAD},${y})">${body.svg}</g>`);
  y += body.height + 10;
  parts.push(`<line x1="${PAD}" x2="${width - PAD}" y1="${y}" y2="${y}" stroke="#d1d5db"/>`);
  y += 4;
  for (const l of footer) {
    y += LINE - 1;
    parts.push(`<text x="${PAD}" y="${y}" font-size="${SMALL - 1}" fill="${MUTED}">${xml(l)}</text>`);
  }
  const height = Math.ceil(y + PAD);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${xml(FONT)}">`,
    `<title>${xml(ctx.title)}</title>`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    ...parts,
    `</svg>`,
  ].join("\n");
}
