/**
 * A request's budget and bookmarks share one scope (requestScope.ts): each
 * applies within the work it was given to, whichever was set first, and
 * shared work leaves the budget behind but not the bookmarks.
 */
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { setImmediate as nextTurn } from "node:timers/promises";
import { currentBudget, outsideAnyBudget, underBudget } from "../../src/store/budget.js";
import { givenBookmarks, recordWritten, withRequestBookmarks } from "../../src/store/neo4j/bookmarks.js";

const budget = { deadline: performance.now() + 60_000, signal: new AbortController().signal };

describe("a request's scope", () => {
  it("carries the budget and the bookmarks together, across awaits, in either order", async () => {
    const seen = await withRequestBookmarks(["bm:1"], () => underBudget(budget, async () => {
      await nextTurn();
      return { budget: currentBudget(), bookmarks: givenBookmarks() };
    }));
    assert.deepEqual(seen.result, { budget, bookmarks: ["bm:1"] });
    const inverse = await underBudget(budget, () => withRequestBookmarks(["bm:2"], async () => {
      await nextTurn();
      return [currentBudget(), givenBookmarks()];
    }));
    assert.deepEqual(inverse.result, [budget, ["bm:2"]]);
  });

  it("answers with the bookmarks of the request's last write, read from inside its budget", async () => {
    const { bookmarks } = await withRequestBookmarks([], () => underBudget(budget, async () => {
      await nextTurn();
      recordWritten(["bm:written"]);
    }));
    assert.deepEqual(bookmarks, ["bm:written"]);
  });

  it("ends each with the work it was given to", async () => {
    await withRequestBookmarks(["bm:1"], async () => {
      await underBudget(budget, async () => undefined);
      assert.equal(currentBudget(), undefined);
      assert.deepEqual(givenBookmarks(), ["bm:1"]);
    });
    assert.deepEqual([currentBudget(), givenBookmarks()], [undefined, []]);
  });

  it("leaves the budget out of shared work, and keeps the bookmarks", async () => {
    const shared = await withRequestBookmarks(["bm:1"], () => underBudget(budget, () => outsideAnyBudget(async () => {
      await nextTurn();
      return [currentBudget(), givenBookmarks()];
    })));
    assert.deepEqual(shared.result, [undefined, ["bm:1"]]);
  });
});
