/**
 * Time budgets on the embedded store's readers and probers: Kùzu's query timeout belongs
 * to a connection, so a read under way when its request runs out of time is
 * interrupted only if its reader carries that request's deadline. These run a
 * real Kùzu query that takes over ten times the budget given to it.
 */
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { KuzuConnections } from "../../src/store/kuzu/connections.js";
import { command, kuzuRows } from "../../src/store/kuzu/rows.js";
import type { Budget } from "../../src/store/budget.js";
import { StoreError } from "../../src/store/errors.js";

/**
 * A cross product of 12,000 rows with itself, checked for interruption as it
 * goes: about 0.9 s of work here (3,000 rows took under 60 ms on an idle machine).
 */
const ROWS = 12_000;
const SLOW = "MATCH (a:Numbered), (b:Numbered) WHERE (a.n + b.n) % 7 = 3 RETURN count(*) AS pairs";
const PAIRS = 20_571_430;
const BUDGET_MS = 60;

function budget(ms: number): Budget {
  return { deadline: performance.now() + ms, signal: new AbortController().signal };
}

describe("embedded store readers under a request's budget", { timeout: 120_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), "kg-kuzu-budget-"));
  let connections: KuzuConnections;
  const slow = (within?: Budget) => connections.read(async (reader) => {
    connections.limitToBudget(reader, "the slow read", within);
    return kuzuRows(await reader.query(SLOW));
  }, within);

  before(async () => {
    connections = await KuzuConnections.open({ file: join(dir, "graph.kuzu"), readOnly: false, queryTimeoutMs: 60_000, readers: 2, probers: 2 });
    await connections.read(async (reader) => {
      await command(reader, "CREATE NODE TABLE Numbered(n INT64, PRIMARY KEY(n))");
      await command(reader, `UNWIND range(1, ${ROWS}) AS i CREATE (:Numbered {n: i})`);
    });
  });
  after(async () => {
    await connections.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("interrupts a read at its request's deadline, and the reader's next read has the store's timeout again", async () => {
    await assert.rejects(slow(budget(BUDGET_MS)), /interrupted/i);
    assert.deepEqual(await slow(), [{ pairs: PAIRS }]);
  });

  it("a read waiting for a reader gives up at its deadline", async () => {
    const busy = [slow(), slow()];
    await assert.rejects(
      connections.read(async () => "ran", budget(BUDGET_MS)),
      (error: unknown) => error instanceof StoreError && error.code === "STORE_TIMEOUT",
    );
    for (const answer of await Promise.all(busy)) assert.deepEqual(answer, [{ pairs: PAIRS }]);
    assert.equal(await connections.read(async () => "ran"), "ran");
  });

  it("a read refused for its spent budget frees its reader for the next", async () => {
    const spent = { deadline: performance.now() - 1, signal: new AbortController().signal };
    await assert.rejects(slow(spent), (error: unknown) => error instanceof StoreError && error.code === "STORE_TIMEOUT");
    const answers = await Promise.all([slow(), slow(), slow()]);
    for (const answer of answers) assert.deepEqual(answer, [{ pairs: PAIRS }]);
  });

  it("a checkpoint waits for the probes under way, and a probe asked meanwhile waits for the checkpoint", async () => {
    const order: string[] = [];
    const probing = [1, 2].map((n) => connections.probe(async (prober) => {
      const rows = await kuzuRows(await prober.query(SLOW));
      order.push(`probe ${n}`);
      return rows;
    }));
    const checkpoint = connections.withoutReads(async () => {
      order.push("checkpoint");
    });
    const late = connections.probe(async () => {
      order.push("late probe");
    });
    await Promise.all([...probing, checkpoint, late]);
    assert.deepEqual(order.slice(2), ["checkpoint", "late probe"]);
    assert.deepEqual(new Set(order.slice(0, 2)), new Set(["probe 1", "probe 2"]));
  });

  it("a probe waiting for a prober gives up at its deadline", async () => {
    const busy = [1, 2].map(() => connections.probe(async (prober) => kuzuRows(await prober.query(SLOW))));
    await assert.rejects(
      connections.probe(async () => "ran", budget(BUDGET_MS)),
      (error: unknown) => error instanceof StoreError && error.code === "STORE_TIMEOUT",
    );
    for (const answer of await Promise.all(busy)) assert.deepEqual(answer, [{ pairs: PAIRS }]);
  });
});
