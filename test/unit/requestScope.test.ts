/**
 * A request's scope reaches the store through a view of it (requestScope.ts):
 * the view shares everything the store holds, carries the request's budget
 * and bookmarks, and calls back into itself, never into the bare store.
 */
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { remainingBudgetMs } from "../../src/store/budget.js";
import { StoreError } from "../../src/store/errors.js";
import { givenBookmarks, recordWritten } from "../../src/store/neo4j/bookmarks.js";
import { NO_SCOPE, scopedView, type RequestScope } from "../../src/store/requestScope.js";

/** A store in miniature: shared state, a scope of its own, and a helper made in its constructor that calls back into it. */
class Store {
  readonly seen: Array<RequestScope> = [];
  readonly scope: RequestScope = NO_SCOPE;
  readonly helper: { ask: () => RequestScope };

  constructor() {
    this.helper = { ask: () => this.answer() };
  }

  answer(): RequestScope {
    this.seen.push(this.scope);
    return this.scope;
  }

  within(scope: RequestScope): Store {
    return scopedView<Store>(this, scope, (view) => ({ helper: { ask: () => view.answer() } }));
  }
}

const budget = { deadline: performance.now() + 60_000, signal: new AbortController().signal };

describe("a request's scope", () => {
  it("is carried by the request's view of the store, whose state is the store's", async () => {
    const store = new Store();
    const scope = { budget, bookmarks: { given: ["bm:1"], written: [] } };
    const view = store.within(scope);
    assert.equal(view.answer(), scope);
    assert.equal(store.answer(), NO_SCOPE);
    assert.deepEqual(store.seen, [scope, NO_SCOPE], "the view and the store share what the store holds");
  });

  it("reaches what calls back into the store through the view, and only through it", () => {
    const store = new Store();
    const scope = { budget };
    assert.equal(store.within(scope).helper.ask(), scope);
    assert.equal(store.helper.ask(), NO_SCOPE);
    const other = {};
    assert.equal(store.within(other).helper.ask(), other, "each view has its own");
  });

  it("gives a session the client's bookmarks, and keeps the request's last write's", () => {
    const scope = { bookmarks: { given: ["bm:1"], written: [] as readonly string[] } };
    assert.deepEqual(givenBookmarks(scope), ["bm:1"]);
    recordWritten(scope, ["bm:2"]);
    recordWritten(scope, []);
    assert.deepEqual(scope.bookmarks.written, ["bm:2"]);
    assert.deepEqual(givenBookmarks(NO_SCOPE), []);
    recordWritten(NO_SCOPE, ["bm:3"]);
    assert.deepEqual(NO_SCOPE, {});
  });

  it("limits a store call to what is left of the budget, and refuses one when it is spent", () => {
    assert.equal(remainingBudgetMs(undefined, "a read"), null);
    const left = remainingBudgetMs(budget, "a read")!;
    assert.ok(left > 59_000 && left <= 60_000, String(left));
    const isTimeout = (error: unknown) => error instanceof StoreError && error.code === "STORE_TIMEOUT" && /before a read could run/.test(error.message);
    assert.throws(() => remainingBudgetMs({ deadline: performance.now() - 1, signal: budget.signal }, "a read"), isTimeout);
    const aborted = new AbortController();
    aborted.abort();
    assert.throws(() => remainingBudgetMs({ deadline: performance.now() + 60_000, signal: aborted.signal }, "a read"), isTimeout);
  });
});
