/** What every resolver receives: the request's store (counted) and its loaders. */
import type { GraphStore } from "../store/port.js";
import { countingStore } from "../store/counting.js";
import { createLoaders, type Loaders } from "./loaders.js";

export interface Context {
  readonly store: GraphStore;
  readonly loaders: Loaders;
  /** Store calls this request has made so far. */
  readonly roundTrips: () => number;
}

export function createContext(store: GraphStore): Context {
  const counted = countingStore(store);
  return { store: counted.store, loaders: createLoaders(counted.store), roundTrips: counted.roundTrips };
}
