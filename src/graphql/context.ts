/** What every resolver receives: the request's store (counted) and its loaders. */
import type { GraphStore } from "../store/port.js";
import { countingStore } from "../store/counting.js";
import { createLoaders, type Loaders } from "./loaders.js";

export interface Context {
  /** The name of the API key the request carries, or null: only a named curator may change the graph. */
  readonly actor: string | null;
  readonly store: GraphStore;
  readonly loaders: Loaders;
  /** Store calls this request has made so far. */
  readonly roundTrips: () => number;
  /** The reader's language from Accept-Language, or null: `label` falls back to English. */
  readonly language: string | null;
}

export function createContext(store: GraphStore, actor: string | null = null, language: string | null = null): Context {
  const counted = countingStore(store);
  return { actor, store: counted.store, loaders: createLoaders(counted.store), roundTrips: counted.roundTrips, language };
}
