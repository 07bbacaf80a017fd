// The server under load, measured with Node's own http client (no wrk needed): requests/s and latency per page beside
// a static file served by the same server in the same run, and a 200-connection run that counts errors and resets.
import http from "node:http";

const quantile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;

/**
 * `connections` keep-alive connections request `paths` round robin for `seconds` (after `warmup` seconds not
 * counted). Returns completed requests/s, p50/p99 latency (ms), non-200 answers, connection errors and resets.
 */
export async function hammer(base, paths, { seconds = 10, warmup = 2, connections = 50 } = {}) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
  const times = [];
  let errors = 0;
  let resets = 0;
  let done = 0;
  let counting = false;
  let stop = false;
  let next = 0;
  const one = (path) =>
    new Promise((resolve) => {
      const t = performance.now();
      const req = http.get(`${base}${path}`, { agent, timeout: 120_000 }, (res) => {
        res.resume();
        res.on("end", () => {
          if (counting) {
            times.push(performance.now() - t);
            done++;
            if (res.statusCode !== 200) errors++;
          }
          resolve();
        });
      });
      req.on("timeout", () => req.destroy(Object.assign(new Error("timeout"), { code: "ETIMEDOUT" })));
      req.on("error", (e) => {
        if (counting) {
          errors++;
          if (e.code === "ECONNRESET" || e.code === "EPIPE") resets++;
        }
        resolve();
      });
    });
  const worker = async () => {
    while (!stop) await one(paths[next++ % paths.length]);
  };
  const workers = Array.from({ length: connections }, worker);
  await new Promise((r) => setTimeout(r, warmup * 1000));
  counting = true;
  const t0 = performance.now();
  await new Promise((r) => setTimeout(r, seconds * 1000));
  const secs = (performance.now() - t0) / 1000;
  counting = false;
  stop = true;
  await Promise.all(workers);
  agent.destroy();
  times.sort((a, b) => a - b);
  return { rps: done / secs, p50: quantile(times, 0.5), p99: quantile(times, 0.99), done, errors, resets };
}

/** GET once: status and body size (to say how big each page is). */
export const fetchSize = (url) =>
  new Promise((resolve) => {
    http
      .get(url, (res) => {
        let n = 0;
        res.on("data", (b) => (n += b.length));
        res.on("end", () => resolve({ status: res.statusCode, bytes: n }));
      })
      .on("error", () => resolve({ status: 0, bytes: 0 }));
  });
