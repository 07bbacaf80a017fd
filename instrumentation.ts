/**
 * Runs once when the server starts (`next start`, `npm start`, Playwright's web servers): see instrumentation-node.ts.
 * The Node-only part is imported only in the Node runtime, as Next's documentation recommends.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") await import("./instrumentation-node");
}
