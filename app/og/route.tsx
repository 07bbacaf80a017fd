import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { ImageResponse } from "next/og";
import { getServedDataset as getDataset } from "@/lib/data/served";
import { pickLocale } from "@/lib/i18n";
import { fill } from "@/lib/i18n/format";
import { viewPreview } from "@/lib/og/preview";

/** Noto Sans CJK SC cut to ASCII, GB 2312 level 1 and the data's characters (scripts/og-font.mjs), read once. */
let font: Promise<Buffer> | null = null;
const loadFont = () => (font ??= readFile(join(process.cwd(), "assets/fonts/noto-sans-sc-og.woff")));

const PALETTE = ["#0072b2", "#e69f00", "#009e73", "#cc79a7", "#56b4e9"];

/** The image's page: white, full size, a column of lines in the committed CJK font. */
const PAGE = {
  width: "100%",
  height: "100%",
  display: "flex",
  flexDirection: "column",
  background: "#ffffff",
  color: "#1f2937",
  fontFamily: "Noto Sans SC",
} as const;

/** 1200 × 630, the size chat apps and social sites expect, with the font and a cache lifetime. */
const imageOptions = async () => ({
  width: 1200,
  height: 630,
  fonts: [{ name: "Noto Sans SC", data: await loadFont(), weight: 400 as const, style: "normal" as const }],
  headers: { "Cache-Control": "public, max-age=3600" },
});

/**
 * The link-preview image of a view (`og:image`): the top of its ranking, its weights and its data version, drawn
 * from the same query string as the page. 1200 × 630, the size chat apps and social sites expect.
 */
export async function GET(request: Request) {
  const url = new URL(request.url);
  const dataset = getDataset();
  const p = viewPreview(dataset, url.searchParams, pickLocale(request.headers.get("accept-language")), (q) => q);
  const { summary, m } = p;
  if (p.view.dataset !== null)
    return new ImageResponse(
      <div style={{ ...PAGE, justifyContent: "center", padding: 80 }}>
        <div style={{ display: "flex", fontSize: 28, color: "#4b5563" }}>{m.app.title}</div>
        <div style={{ display: "flex", fontSize: 44, marginTop: 16 }}>{m.data.missingTitle}</div>
        <div style={{ display: "flex", fontSize: 26, marginTop: 16, color: "#4b5563" }}>
          {m.preview.importedDescription}
        </div>
      </div>,
      await imageOptions(),
    );
  const more = p.derived.rows.filter((r) => r.status === "ranked").length - summary.top.length;
  return new ImageResponse(
    <div style={{ ...PAGE, padding: "40px 56px" }}>
      <div style={{ display: "flex", fontSize: 22, color: "#4b5563" }}>{m.app.title}</div>
      <div style={{ display: "flex", fontSize: 38, marginTop: 4, lineHeight: 1.2 }}>
        {summary.title.replace(/ — [^—]*$/, "")}
      </div>
      <div style={{ display: "flex", flexDirection: "column", marginTop: 24, flexGrow: 1 }}>
        {summary.top.map((r, i) => (
          <div key={i} style={{ display: "flex", alignItems: "center", height: 44, fontSize: 24 }}>
            <div style={{ display: "flex", width: 300, overflow: "hidden", whiteSpace: "nowrap" }}>
              {`${r.rank}. ${r.name}`}
            </div>
            <div style={{ display: "flex", width: 660, height: 26, background: "#f3f4f6" }}>
              <div
                style={{
                  display: "flex",
                  width: `${Math.max(0.5, Math.min(100, r.score))}%`,
                  height: 26,
                  background: PALETTE[0],
                }}
              />
            </div>
            <div style={{ display: "flex", marginLeft: 16, color: "#4b5563" }}>{r.score.toFixed(1)}</div>
          </div>
        ))}
        {more > 0 && (
          <div style={{ display: "flex", fontSize: 20, color: "#6b7280" }}>{fill(m.preview.more, { count: more })}</div>
        )}
      </div>
      <div style={{ display: "flex", fontSize: 20, color: "#4b5563" }}>
        {fill(m.exports.chartWeights, { weights: summary.weights })}
      </div>
      <div style={{ display: "flex", fontSize: 18, color: "#6b7280", marginTop: 4 }}>
        {[
          fill(m.app.dataVersion, { version: p.derived.methodology.dataVersion }),
          summary.years ? fill(m.preview.years, { years: summary.years }) : "",
        ].join(" · ")}
      </div>
    </div>,
    await imageOptions(),
  );
}
