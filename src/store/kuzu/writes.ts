/**
 * Write transactions on the embedded store, one at a time. Kùzu refuses (not
 * waits for) a second write transaction while one is open, so every write of
 * this process queues here instead of failing under concurrent requests.
 * A write made for a request keeps to what is left of the request's budget
 * (given as `budget`; none outside a request):
 * one whose turn comes after the deadline never begins, each statement of one
 * under way is interrupted at the deadline, and one whose work ends after the
 * deadline is rolled back instead of committed.
 */
import type { Connection } from "./engine.js";
import type { KuzuConnections } from "./connections.js";
import { command } from "./rows.js";
import { remainingBudgetMs, type Budget } from "../budget.js";
import { Turns } from "./turns.js";

export class KuzuWrites {
  private readonly turns = new Turns();

  constructor(private readonly connections: KuzuConnections) {}

  /**
   * Runs `work` in its own transaction once earlier writes are done; commits
   * when it returns, rolls back when it throws. `committed` runs as soon as
   * the commit succeeds, before the checkpoint, which may still fail after it.
   */
  transaction<T>(work: (writer: Connection) => Promise<T>, committed: () => void = () => undefined, budget?: Budget): Promise<T> {
    return this.turns.take(() => this.run(work, committed, budget));
  }

  private async run<T>(work: (writer: Connection) => Promise<T>, committed: () => void, budget: Budget | undefined): Promise<T> {
    const left = remainingBudgetMs(budget, "a Kùzu write");
    const writer = await this.connections.writer();
    if (left !== null) writer.setQueryTimeout(left);
    await command(writer, "BEGIN TRANSACTION");
    try {
      const result = await work(writer);
      remainingBudgetMs(budget, "committing a Kùzu write");
      await command(writer, "COMMIT");
      committed();
      // Kùzu 0.11 can read a relationship's strings as garbage while a write to its table is
      // only in the write-ahead log (seen after the seed merged into a COPY-loaded graph, read
      // through whole-relationship values); a checkpoint after each commit avoids it.
      await this.connections.withoutReads(() => command(writer, "CHECKPOINT"));
      return result;
    } catch (error) {
      await command(writer, "ROLLBACK").catch(() => undefined);
      throw error;
    } finally {
      await writer.close();
    }
  }
}
