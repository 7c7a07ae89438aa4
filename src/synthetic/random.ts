/**
 * A small seeded PRNG (mulberry32) and the draws the generator needs. Every
 * entity and article gets its own stream, seeded from (graph seed, index), so
 * any one of them can be rebuilt alone — the generator never has to hold the
 * graph to know what entity 123,456 is called or whom it points at.
 */

/** Mixes 32 bits thoroughly (the murmur3 finaliser), so neighbouring indexes give unrelated streams. */
function mix32(x: number): number {
  x = Math.imul(x ^ (x >>> 16), 0x85ebca6b);
  x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35);
  return (x ^ (x >>> 16)) >>> 0;
}

export class Random {
  private state: number;

  constructor(seed: number, ...stream: number[]) {
    let state = mix32(seed ^ 0x9e3779b9);
    for (const part of stream) state = mix32(state ^ mix32(part + 0x7f4a7c15));
    this.state = state;
  }

  /** Uniform in [0, 1). */
  next(): number {
    let t = (this.state = (this.state + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [0, n). */
  below(n: number): number {
    return Math.floor(this.next() * n);
  }

  /** An integer in [min, max]. */
  between(min: number, max: number): number {
    return min + this.below(max - min + 1);
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[this.below(items.length)];
  }

  /**
   * A rank in [0, n) drawn with P(k) ∝ log((k+2)/(k+1)) ≈ 1/(k+1): Zipf with
   * exponent 1, so rank 0 of a block (its ministry, its minister) becomes a hub.
   */
  zipf(n: number): number {
    return Math.min(n - 1, Math.floor(Math.exp(this.next() * Math.log(n + 1))) - 1);
  }

  /** Mostly Zipf, sometimes uniform: hubs without starving the long tail of links. */
  skewed(n: number): number {
    return this.chance(0.65) ? this.zipf(n) : this.below(n);
  }
}
