/**
 * `kg serve` in its own process for the length of one describe block, on the
 * store under test, with a scratch data folder removed afterwards.
 */
import { after, before } from "node:test";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startServeProcess, type ServeProcess } from "../../bench/serveProcess.js";
import type { StoreUnderTest } from "./stores.js";

/** Call inside `describe`; the returned function gives the running server once `before` has run. */
export function servedDuringSuite(sut: StoreUnderTest, folderPrefix: string): () => ServeProcess {
  const dataDir = mkdtempSync(join(tmpdir(), folderPrefix));
  let served: ServeProcess | undefined;
  before(async () => {
    served = await startServeProcess({ KG_DATA_DIR: dataDir, KG_LOG_LEVEL: "warn", ...(sut.name === "kuzu" ? { NEO4J_URI: "" } : {}) });
  });
  after(async () => {
    served?.child.kill("SIGTERM");
    await served?.exited;
    rmSync(dataDir, { recursive: true, force: true });
  });
  return () => {
    if (!served) throw new Error("the server starts in before(): use it inside a test");
    return served;
  };
}
