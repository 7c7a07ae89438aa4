/** The configured store, opened for one command and closed whatever happens. */
import { openStore, storeConfigFrom, StoreLockedError, type GraphStore } from "../../store/index.js";

/**
 * Runs `work` on the store. A command that only reads passes `throughServer`:
 * when the embedded store is held by this project's server, it asks that
 * server instead of failing on the lock.
 */
export async function withStore<T>(work: (store: GraphStore) => Promise<T>, throughServer?: (url: string) => Promise<T>): Promise<T> {
  const store = await openStore(storeConfigFrom()).catch((error: unknown) => {
    if (throughServer && error instanceof StoreLockedError && error.serverUrl) return error.serverUrl;
    throw error;
  });
  if (typeof store === "string") return throughServer!(store);
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}
