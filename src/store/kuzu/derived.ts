import type { Turns } from "./turns.js";

/**
 * A value derived from the store: built on first use and again after `reset`,
 * changed in place by `patch`; a failed build or patch is not kept. Every request waiting for it shares the build,
 * so it must run outside the budget of the request that happened to start it: `build` reads through the store
 * itself, never through a request's view of it (`GraphStore.within`).
 */
export class Derived<T> {
  private value: Promise<T> | null = null;

  /** With `turns`, its build waits for any other build that shares them. */
  constructor(private readonly build: () => Promise<T>, private readonly turns?: Turns) {}

  get(): Promise<T> {
    if (!this.value) {
      const building = this.turns ? this.turns.take(this.build) : this.build();
      building.catch(() => {
        if (this.value === building) this.value = null;
      });
      this.value = building;
    }
    return this.value;
  }

  /**
   * Changes the value once it is built. A value not built yet needs nothing:
   * it will be built from the store, which holds the change already. A build
   * under way may have read the store before the change; the patch follows it,
   * so patches must hold whether or not the value already has the change.
   */
  patch(change: (value: T) => void): void {
    if (!this.value) return;
    const patched = this.value.then((value) => {
      change(value);
      return value;
    });
    patched.catch(() => {
      if (this.value === patched) this.value = null;
    });
    this.value = patched;
  }

  reset(): void {
    this.value = null;
  }
}
