/**
 * Values derived from the embedded store: builds that share turns never run
 * side by side, whoever asks first, and a failed build neither holds up the
 * next nor stays.
 */
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { Derived } from "../../src/store/kuzu/derived.js";
import { Turns } from "../../src/store/kuzu/turns.js";

const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

describe("derived values", () => {
  it("builds that share turns run one at a time, in the order asked", async () => {
    const turns = new Turns();
    let running = 0;
    let most = 0;
    const order: string[] = [];
    const derived = ["names", "transfers", "adjacency"].map((name) => new Derived(async () => {
      running++;
      most = Math.max(most, running);
      await tick();
      order.push(name);
      running--;
      return name;
    }, turns));
    // As the warm-up and two questions asked during it would.
    const values = await Promise.all([derived[0].get(), derived[2].get(), derived[1].get(), derived[2].get()]);
    assert.deepEqual(values, ["names", "adjacency", "transfers", "adjacency"]);
    assert.equal(most, 1);
    assert.deepEqual(order, ["names", "adjacency", "transfers"]);
  });

  it("a failed build does not hold up the next, and is built again when asked again", async () => {
    const turns = new Turns();
    let attempts = 0;
    const failing = new Derived(async () => {
      attempts++;
      await tick();
      if (attempts === 1) throw new Error("the buffer pool is full");
      return "built";
    }, turns);
    const other = new Derived(async () => "other", turns);
    const [first, second] = await Promise.allSettled([failing.get(), other.get()]);
    assert.equal(first.status, "rejected");
    assert.deepEqual(second, { status: "fulfilled", value: "other" });
    assert.equal(await failing.get(), "built");
    assert.equal(attempts, 2);
  });
});
