import { servedDataset } from "@/lib/data/served";

/**
 * The served dataset as JSON, at an address named by its content hash: the dashboard fetches it once and the browser
 * keeps it for good (`immutable`). A page made for an older revision gets 404 and tells the reader to reload.
 */
export function GET(_request: Request, { params }: { params: Promise<{ rev: string }> }) {
  return params.then(({ rev }) => {
    const served = servedDataset();
    if (rev !== served.revision)
      return Response.json(
        { error: "This version of the data is no longer served; reload the page." },
        { status: 404, headers: { "Cache-Control": "no-store" } },
      );
    return new Response(served.json, {
      headers: {
        "Content-Type": "application/json; charset=utf-8",
        "Cache-Control": "public, max-age=31536000, immutable",
        ETag: `"${served.revision}"`,
      },
    });
  });
}
