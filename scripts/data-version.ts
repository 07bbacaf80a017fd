/**
 * `npm run data:version`: recompute the content hash of data/ and rewrite data/version.json. The date moves to today
 * only when the hash changed, so the date stays "the date of the last data change".
 */
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { bundledContent } from "@/lib/data/bundled";
import { contentHash } from "@/lib/data/content-hash";

const path = fileURLToPath(new URL("../data/version.json", import.meta.url));
const current = JSON.parse(readFileSync(path, "utf8")) as { date?: string; hash?: string };
const hash = contentHash(bundledContent);
if (current.hash === hash) {
  console.log(`data/version.json is current: ${current.date} #${hash}`);
} else {
  const date = new Date().toISOString().slice(0, 10);
  writeFileSync(path, `${JSON.stringify({ date, hash }, null, 2)}\n`);
  console.log(`data/version.json updated: ${date} #${hash} (was #${current.hash ?? "none"})`);
}
