/**
 * Caps on store calls in flight: per request, so one query's many fields
 * cannot flood the store, and per server, so one busy client cannot take every
 * Neo4j thread from the others. A call waits for a free slot; a call still
 * waiting when its request's budget is spent never runs.
 */
import { budgetSpent } from "./budget.js";
import type { GraphStore } from "./port.js";

export class Slots {
  private used = 0;
  private readonly waiting: Array<() => void> = [];

  constructor(readonly size: number) {}

  /** Resolves once a slot is held; rejects with STORE_TIMEOUT when `signal` aborts first. */
  acquire(signal?: AbortSignal): Promise<void> {
    if (this.used < this.size) {
      this.used += 1;
      return Promise.resolve();
    }
    return new Promise((resolve, reject) => {
      const granted = () => {
        signal?.removeEventListener("abort", abandoned);
        resolve();
      };
      const abandoned = () => {
        const at = this.waiting.indexOf(granted);
        if (at >= 0) this.waiting.splice(at, 1);
        reject(budgetSpent("a store call waiting for a free slot"));
      };
      if (signal?.aborted) return abandoned();
      signal?.addEventListener("abort", abandoned, { once: true });
      this.waiting.push(granted);
    });
  }

  release(): void {
    const next = this.waiting.shift();
    if (next) next();
    else this.used -= 1;
  }
}

/** `inner` with every call holding a slot of each of `slots` (in order) while it runs, waiting no longer than `signal` allows. */
export function gatedStore(inner: GraphStore, slots: readonly Slots[], signal?: AbortSignal): GraphStore {
  const held = async <T>(call: () => Promise<T>): Promise<T> => {
    const taken: Slots[] = [];
    try {
      for (const s of slots) {
        await s.acquire(signal);
        taken.push(s);
      }
      return await call();
    } finally {
      for (const s of taken.reverse()) s.release();
    }
  };
  return new Proxy(inner, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver);
      if (typeof value !== "function" || property === "close") return value;
      return (...args: unknown[]) => held(() => value.apply(target, args));
    },
  });
}
