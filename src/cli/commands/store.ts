/** The configured store, opened for one command and closed whatever happens. */
import { openStore, storeConfigFrom, type GraphStore } from "../../store/index.js";

export async function withStore<T>(work: (store: GraphStore) => Promise<T>): Promise<T> {
  const store = await openStore(storeConfigFrom());
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}
