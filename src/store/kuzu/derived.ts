import { outsideAnyBudget } from "../budget.js";

/**
 * A value derived from the store: built on first use and again after `reset`;
 * a failed build is not kept. Every request waiting for it shares the build,
 * so it runs outside the budget of the request that happened to start it.
 */
export class Derived<T> {
  private value: Promise<T> | null = null;

  constructor(private readonly build: () => Promise<T>) {}

  get(): Promise<T> {
    if (!this.value) {
      const building = outsideAnyBudget(this.build);
      building.catch(() => {
        if (this.value === building) this.value = null;
      });
      this.value = building;
    }
    return this.value;
  }

  reset(): void {
    this.value = null;
  }
}
