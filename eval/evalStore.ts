/** A fresh embedded store holding a batch, for one evaluation step, removed afterwards. */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { GraphBatch } from "../src/domain/records.js";
import type { GraphStore } from "../src/store/port.js";
import { DEFAULT_QUERY_TIMEOUT_MS, openStore } from "../src/store/index.js";

export async function withEmbeddedStore<T>(batch: GraphBatch, use: (store: GraphStore) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), "kg-eval-"));
  const store = await openStore({ store: "kuzu", dataDir: dir, queryTimeoutMs: DEFAULT_QUERY_TIMEOUT_MS });
  try {
    await store.replaceOrigin("seed", batch);
    return await use(store);
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
