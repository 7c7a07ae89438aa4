/**
 * Counts the calls made to a store, so a request can report (and a test can
 * check) how many round trips it cost.
 */
import type { GraphStore } from "./port.js";

export interface CountedStore {
  readonly store: GraphStore;
  /** Calls made through `store` so far. */
  roundTrips(): number;
}

export function countingStore(inner: GraphStore): CountedStore {
  let calls = 0;
  const store = new Proxy(inner, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver);
      if (typeof value !== "function") return value;
      return (...args: unknown[]) => {
        calls += 1;
        return value.apply(target, args);
      };
    },
  });
  return { store, roundTrips: () => calls };
}
