/**
 * Start-up, in the server's own process (Node runtime only):
 *
 * 1. The served dataset is read and validated, with the same rules and limits as the CLI and the browser import: an
 *    invalid `AI_CITY_DATASET` stops the server with the reason (exit code 1), instead of a server that answers 500 on
 *    every page with the reason only in its log.
 * 2. Keep-alive connections wait 65 s for their next request instead of Node's 5 s. Under load a render can hold the
 *    event loop for longer than 5 s; the keep-alive timer then fires in the same loop turn that would have read the
 *    client's next request, and the connection is destroyed under it (ECONNRESET). Measured: 97 resets in 60 s at 200
 *    connections with 5 s, none with 65 s (`npm run bench`). 65 s is above common load-balancer idle timeouts (60 s), as
 *    Next's docs advise for `--keepAliveTimeout`; headers must then be allowed a little longer still.
 * 3. TRACE and TRACK requests are answered 405 before Next sees them. Next turns every request into a WHATWG
 *    `Request`, which refuses these two methods with a TypeError: the answer was a 500 without security headers and a
 *    stack trace in the log. Every other method the app does not serve gets its 405 in proxy.ts. (CONNECT never
 *    reaches a request handler: Node closes the socket when no `connect` listener is set.)
 */
import http from "node:http";
import { servedDataset } from "@/lib/data/served";
import { securityHeaders } from "@/lib/security/headers";

try {
  const { dataset, revision } = servedDataset();
  const file = process.env.AI_CITY_DATASET;
  console.log(
    `[ai-city-index] serving ${file ? `AI_CITY_DATASET=${file}` : "the bundled dataset"}: ` +
      `${dataset.places.length} places, ${dataset.indicators.length} indicators (revision ${revision})`,
  );
} catch (e) {
  console.error(`[ai-city-index] not starting: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
}

const KEEP_ALIVE_MS = 65_000;
const tuned = new WeakSet<http.Server>();
const REFUSED_BY_FETCH = new Set(["TRACE", "TRACK"]);
const emit = http.Server.prototype.emit as (this: http.Server, event: string | symbol, ...args: unknown[]) => boolean;
http.Server.prototype.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]) {
  if (event === "request") {
    if (!tuned.has(this)) {
      tuned.add(this);
      // Unless the server was started with its own (`next start --keepAliveTimeout`).
      if (this.keepAliveTimeout === 5_000) this.keepAliveTimeout = KEEP_ALIVE_MS;
      if (this.headersTimeout <= this.keepAliveTimeout) this.headersTimeout = this.keepAliveTimeout + 1_000;
    }
    const [req, res] = args as [http.IncomingMessage, http.ServerResponse];
    if (REFUSED_BY_FETCH.has(req.method ?? "")) {
      res.writeHead(405, {
        ...securityHeaders(btoa(crypto.randomUUID())),
        Allow: "GET, HEAD",
        "Content-Type": "text/plain; charset=utf-8",
      });
      res.end("Method Not Allowed\n");
      return true;
    }
  }
  return emit.call(this, event, ...args);
} as typeof http.Server.prototype.emit;
