/** A value derived from the store: built on first use and again after `reset`; a failed build is not kept. */
export class Derived<T> {
  private value: Promise<T> | null = null;

  constructor(private readonly build: () => Promise<T>) {}

  get(): Promise<T> {
    if (!this.value) {
      const building = this.build();
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
