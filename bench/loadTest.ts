/**
 * `npm run load-test`: `kg serve` on the configured store (the embedded one
 * unless NEO4J_URI is set), under concurrent clients for a bounded time on
 * loopback. Prints the figures; exits 1 on any 5xx.
 *   LOAD_SECONDS (default 60), LOAD_CLIENTS (default 16)
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runLoad, serverErrors } from "./load.js";
import { startServeProcess } from "./serveProcess.js";

const seconds = Number(process.env.LOAD_SECONDS ?? 60);
const clients = Number(process.env.LOAD_CLIENTS ?? 16);
const dataDir = mkdtempSync(join(tmpdir(), "kg-load-"));
const served = await startServeProcess({ KG_DATA_DIR: dataDir, KG_LOG_LEVEL: "warn" });
try {
  process.stderr.write(`load: ${clients} clients for ${seconds} s against ${served.base}/graphql\n`);
  const result = await runLoad(`${served.base}/graphql`, seconds, clients);
  const { timeline, ...figures } = result;
  process.stdout.write(`${JSON.stringify(figures, null, 2)}\n`);
  process.exitCode = serverErrors(result) > 0 ? 1 : 0;
} finally {
  served.child.kill("SIGTERM");
  await served.exited;
  rmSync(dataDir, { recursive: true, force: true });
}
