/**
 * The dashboard's charts drawn as SVG from the same rows the page shows: the ranking (bars stacked by pillar), the
 * compare radar and indicator bars, and the head-to-head gap. Plain strings, so they are testable without a browser
 * and rasterised to PNG on a canvas in the page.
 */
import type { PlaceRow } from "@/lib/dashboard/rows";
import { INK, MUTED, PALETTE, type ChartBody } from "./chart-frame";
import { fit, textWidth, xml } from "./svg-text";

const fmt1 = (x: number) => (Math.round(x * 10) / 10).toFixed(1);
/** A text element; `attrs` may set its own fill and font size (each attribute once, as XML requires). */
const text = (x: number, y: number, s: string, attrs = "") => {
  const fill = /\bfill=/.test(attrs) ? "" : ` fill="${INK}"`;
  const size = /\bfont-size=/.test(attrs) ? "" : ` font-size="12"`;
  return `<text x="${x.toFixed(1)}" y="${y.toFixed(1)}"${size}${fill} ${attrs}>${xml(s)}</text>`;
};

export interface Series {
  id: string;
  name: string;
  pattern: string;
}

/** Ranked places as horizontal bars on 0–100, stacked by pillar contribution when `stacked`. */
export function rankingChart(
  rows: PlaceRow[],
  series: Series[],
  stacked: boolean,
  labels: { coverage: (pct: string) => string },
): ChartBody {
  const ranked = rows.filter((r) => r.status === "ranked" && r.score !== null);
  const labelW = Math.min(220, Math.max(80, ...ranked.map((r) => textWidth(`${r.rank}. ${r.name}`, 12) + 8)));
  const barW = 440;
  const valueW = 130;
  const rowH = 22;
  const legendH = stacked ? 24 : 0;
  const parts: string[] = [];
  if (stacked) {
    let x = 0;
    series.forEach((s, k) => {
      parts.push(`<rect x="${x}" y="2" width="12" height="12" fill="${PALETTE[k % PALETTE.length]}"/>`);
      const label = `${s.pattern} ${s.name}`;
      parts.push(text(x + 16, 12, label));
      x += 16 + textWidth(label, 12) + 16;
    });
  }
  ranked.forEach((r, i) => {
    const y = legendH + i * rowH;
    const score = r.score ?? 0;
    parts.push(text(labelW - 6, y + 15, fit(`${r.rank}. ${r.name}`, labelW - 8, 12), `text-anchor="end"`));
    parts.push(`<rect x="${labelW}" y="${y + 3}" width="${barW}" height="16" fill="#f9fafb"/>`);
    const total = (Math.min(100, Math.max(0, score)) / 100) * barW;
    if (stacked && score > 0) {
      let x = labelW;
      series.forEach((s, k) => {
        const c = Math.max(0, r.contributions[s.id] ?? 0);
        if (c <= 0) return;
        const w = (c / score) * total;
        parts.push(
          `<rect x="${x.toFixed(2)}" y="${y + 3}" width="${w.toFixed(2)}" height="16" fill="${PALETTE[k % PALETTE.length]}"><title>${xml(`${s.name}: ${fmt1(c)}`)}</title></rect>`,
        );
        x += w;
      });
    } else {
      parts.push(`<rect x="${labelW}" y="${y + 3}" width="${total.toFixed(2)}" height="16" fill="${PALETTE[0]}"/>`);
    }
    parts.push(
      text(
        labelW + barW + 6,
        y + 15,
        `${fmt1(score)} · ${labels.coverage(`${Math.floor(r.coverage * 100)}%`)}`,
        `fill="${MUTED}"`,
      ),
    );
  });
  const axisY = legendH + ranked.length * rowH + 4;
  for (const t of [0, 25, 50, 75, 100]) {
    const x = labelW + (t / 100) * barW;
    parts.push(`<line x1="${x}" x2="${x}" y1="${legendH}" y2="${axisY}" stroke="#e5e7eb"/>`);
    parts.push(text(x, axisY + 14, String(t), `text-anchor="middle" fill="${MUTED}"`));
  }
  return { width: labelW + barW + valueW, height: axisY + 20, svg: parts.join("") };
}

/** Places' pillar scores on a radar (0–100), one outline per place with its own dash pattern. */
export function radarChart(places: PlaceRow[], pillars: { id: string; name: string }[]): ChartBody {
  const size = 420;
  const cx = size / 2 + 60;
  const cy = size / 2;
  const R = 150;
  const n = Math.max(3, pillars.length);
  const at = (k: number, v: number): [number, number] => {
    const a = -Math.PI / 2 + (2 * Math.PI * k) / n;
    return [cx + (R * v * Math.cos(a)) / 100, cy + (R * v * Math.sin(a)) / 100];
  };
  const dashes = ["", "6 3", "2 2", "8 2 2 2"];
  const parts: string[] = [];
  for (const ring of [25, 50, 75, 100]) {
    const pts = pillars
      .map((_, k) =>
        at(k, ring)
          .map((c) => c.toFixed(1))
          .join(","),
      )
      .join(" ");
    parts.push(`<polygon points="${pts}" fill="none" stroke="#e5e7eb"/>`);
    parts.push(text(cx + 3, cy - (R * ring) / 100 + 10, String(ring), `fill="${MUTED}" font-size="10"`));
  }
  pillars.forEach((p, k) => {
    const [x, y] = at(k, 100);
    parts.push(`<line x1="${cx}" y1="${cy}" x2="${x.toFixed(1)}" y2="${y.toFixed(1)}" stroke="#e5e7eb"/>`);
    const [lx, ly] = at(k, 118);
    parts.push(text(lx, ly + 4, p.name, `text-anchor="middle"`));
  });
  places.forEach((r, i) => {
    const pts = pillars
      .map((p, k) =>
        at(k, r.pillars[p.id] ?? 0)
          .map((c) => c.toFixed(1))
          .join(","),
      )
      .join(" ");
    const color = PALETTE[i % PALETTE.length];
    parts.push(
      `<polygon points="${pts}" fill="${color}" fill-opacity="0.08" stroke="${color}" stroke-width="2" stroke-dasharray="${dashes[i % dashes.length]}"/>`,
    );
  });
  const legendY = size + 10;
  let x = 0;
  places.forEach((r, i) => {
    const color = PALETTE[i % PALETTE.length];
    parts.push(
      `<line x1="${x}" x2="${x + 24}" y1="${legendY}" y2="${legendY}" stroke="${color}" stroke-width="3" stroke-dasharray="${dashes[i % dashes.length]}"/>`,
    );
    const label = r.score === null ? r.name : `${r.name} (${fmt1(r.score)})`;
    parts.push(text(x + 30, legendY + 4, label));
    x += 30 + textWidth(label, 12) + 20;
  });
  return { width: Math.max(size + 120, x), height: legendY + 12, svg: parts.join("") };
}

/** Normalized scores per indicator, one bar per place in each indicator's group; a missing figure draws no bar. */
export function indicatorBarsChart(
  places: PlaceRow[],
  indicators: { id: string; name: string }[],
  missingLabel: string,
): ChartBody {
  const labelW = Math.min(260, Math.max(100, ...indicators.map((i) => textWidth(i.name, 12) + 10)));
  const barW = 380;
  const barH = 10;
  const groupH = places.length * (barH + 2) + 10;
  const parts: string[] = [];
  let x = 0;
  places.forEach((r, i) => {
    parts.push(`<rect x="${x}" y="2" width="12" height="12" fill="${PALETTE[i % PALETTE.length]}"/>`);
    parts.push(text(x + 16, 12, r.name));
    x += 16 + textWidth(r.name, 12) + 16;
  });
  const top = 24;
  indicators.forEach((ind, g) => {
    const y0 = top + g * groupH;
    parts.push(text(labelW - 6, y0 + groupH / 2, fit(ind.name, labelW - 8, 12), `text-anchor="end"`));
    places.forEach((r, i) => {
      const v = r.norm[ind.id]?.value ?? null;
      const y = y0 + i * (barH + 2);
      if (v === null) {
        parts.push(text(labelW + 4, y + barH - 1, missingLabel, `fill="${MUTED}" font-size="9"`));
        return;
      }
      const w = Math.max(2, (Math.min(100, Math.max(0, v)) / 100) * barW);
      parts.push(
        `<rect x="${labelW}" y="${y}" width="${w.toFixed(2)}" height="${barH}" fill="${PALETTE[i % PALETTE.length]}"/>`,
      );
      parts.push(text(labelW + w + 4, y + barH - 1, fmt1(v), `fill="${MUTED}" font-size="9"`));
    });
  });
  const axisY = top + indicators.length * groupH;
  for (const t of [0, 25, 50, 75, 100]) {
    const xx = labelW + (t / 100) * barW;
    parts.push(`<line x1="${xx}" x2="${xx}" y1="${top}" y2="${axisY}" stroke="#e5e7eb"/>`);
    parts.push(text(xx, axisY + 14, String(t), `text-anchor="middle" fill="${MUTED}"`));
  }
  return { width: Math.max(labelW + barW + 60, x), height: axisY + 20, svg: parts.join("") };
}

/** Each indicator's part of the composite gap between two places (positive: the first place gains), largest first. */
export function gapChart(
  lines: { name: string; gap: number }[],
  names: [string, string],
  labels: { favours: (name: string) => string },
): ChartBody {
  const labelW = Math.min(260, Math.max(100, ...lines.map((l) => textWidth(l.name, 12) + 10)));
  const half = 200;
  const rowH = 20;
  const maxAbs = Math.max(1e-9, ...lines.map((l) => Math.abs(l.gap)));
  const mid = labelW + half;
  const parts: string[] = [
    text(mid - 6, 12, `← ${labels.favours(names[1])}`, `text-anchor="end" fill="${MUTED}"`),
    text(mid + 6, 12, `${labels.favours(names[0])} →`, `fill="${MUTED}"`),
  ];
  const top = 22;
  lines.forEach((l, i) => {
    const y = top + i * rowH;
    parts.push(text(labelW - 6, y + 14, fit(l.name, labelW - 8, 12), `text-anchor="end"`));
    const w = (Math.abs(l.gap) / maxAbs) * half;
    const x = l.gap >= 0 ? mid : mid - w;
    parts.push(
      `<rect x="${x.toFixed(2)}" y="${y + 3}" width="${w.toFixed(2)}" height="14" fill="${l.gap >= 0 ? PALETTE[0] : PALETTE[5]}"/>`,
    );
    const sign = l.gap > 0 ? "+" : l.gap < 0 ? "−" : "±";
    parts.push(
      text(
        l.gap >= 0 ? mid + w + 4 : mid - w - 4,
        y + 14,
        `${sign}${fmt1(Math.abs(l.gap))}`,
        `${l.gap >= 0 ? "" : `text-anchor="end"`} fill="${MUTED}"`,
      ),
    );
  });
  const bottom = top + lines.length * rowH;
  parts.push(`<line x1="${mid}" x2="${mid}" y1="${top - 4}" y2="${bottom}" stroke="${INK}"/>`);
  return { width: labelW + 2 * half + 60, height: bottom + 6, svg: parts.join("") };
}
