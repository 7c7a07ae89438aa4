/**
 * The embedded store's database and its connections, in one place: every
 * connection is initialised before its first query, reads spread over a small
 * pool, and time budgets are set here.
 *
 * Why initialise first: two queries fired at once as the first use of a new
 * Kùzu connection killed the process (SIGSEGV); a connection whose init() has
 * finished runs queries alongside others safely. Each reader serves one read
 * at a time — Kùzu runs one query at a time per connection anyway — so its
 * timeout can be that read's own.
 */
import { Connection, Database } from "./engine.js";
import { budgetSpent, remainingBudgetMs, type Budget } from "../budget.js";
import { StoreError } from "../errors.js";

export interface ConnectionOptions {
  readonly file: string;
  /** A read-only open shares the file with a process that writes it. */
  readonly readOnly: boolean;
  /** Reads stop with "Interrupted" past this, or at their request's deadline when that comes first. */
  readonly queryTimeoutMs: number;
  /** How many connections serve scans, searches and traversals side by side. */
  readonly readers: number;
  /** How many connections serve primary-key probes side by side. */
  readonly probers: number;
  /** The most memory Kùzu keeps pages in; absent, its own default. */
  readonly bufferPoolBytes?: number;
}

/** Connections of one use, each serving one query at a time, lent first come first served. */
class Pool {
  readonly idle: Connection[];
  /** Work waiting for a connection, in the order it asked. */
  readonly waiting: Array<(connection: Connection) => void> = [];

  constructor(readonly all: readonly Connection[]) {
    this.idle = [...all];
  }

  get allIdle(): boolean {
    return this.idle.length === this.all.length;
  }
}

export class KuzuConnections {
  private readonly readerPool: Pool;
  private readonly proberPool: Pool;
  /** While true, a checkpoint waits for the reads under way to end, and new ones wait for it. */
  private checkpointing = false;
  private drained: (() => void) | null = null;
  private closed = false;

  private constructor(
    readonly db: Database,
    /** Scans — index builds, counts, lists, curation's reads: Kùzu spreads each over every core. */
    readonly readers: readonly Connection[],
    /**
     * Primary-key probes, one key each, on one Kùzu thread each: spreading a probe over
     * the cores costs more than it saves (0.17 → 0.11 ms a probe at 10^6 entities), while
     * several probes side by side, asynchronously, leave the event loop free for the
     * requests' own work (20 evidence probes at 10^6: 4.6 ms synchronously on one
     * connection, 2.2 ms over four; 232 → 463 such batches a second from 16 callers).
     */
    readonly probers: readonly Connection[],
    /** A read's limit, its request's deadline aside. */
    readonly queryTimeoutMs: number,
  ) {
    this.readerPool = new Pool(readers);
    this.proberPool = new Pool(probers);
  }

  static async open(options: ConnectionOptions): Promise<KuzuConnections> {
    const db = new Database(options.file, options.bufferPoolBytes ?? 0, true, options.readOnly);
    await db.init();
    const readers = await Promise.all(Array.from({ length: options.readers }, () => connect(db, options.queryTimeoutMs)));
    const probers = await Promise.all(Array.from({ length: options.probers }, () => connect(db, options.queryTimeoutMs)));
    for (const prober of probers) prober.setMaxNumThreadForExec(1);
    return new KuzuConnections(db, readers, probers, options.queryTimeoutMs);
  }

  /**
   * Runs `work` on a reader of its own: Kùzu's query timeout belongs to a
   * connection, so only a read that holds its reader alone can be given its
   * request's deadline (see `limitToBudget`). A read waits for a free reader
   * no longer than its request's `budget`.
   */
  read<T>(work: (reader: Connection) => Promise<T>, budget?: Budget): Promise<T> {
    return this.lend(this.readerPool, work, budget);
  }

  /** Runs `work` — a primary-key probe — on a prober of its own, waiting for one as `read` waits for a reader. */
  probe<T>(work: (prober: Connection) => Promise<T>, budget?: Budget): Promise<T> {
    return this.lend(this.proberPool, work, budget);
  }

  /**
   * Runs `work` — a checkpoint — once no read is under way, holding new reads
   * back until it is done: Kùzu's CHECKPOINT waits for a moment with no
   * transaction open and gives up after a few seconds, which a steady stream
   * of reads never left it.
   */
  async withoutReads<T>(work: () => Promise<T>): Promise<T> {
    this.checkpointing = true;
    try {
      while (!this.readerPool.allIdle || !this.proberPool.allIdle) await new Promise<void>((resolve) => (this.drained = resolve));
      return await work();
    } finally {
      this.checkpointing = false;
      this.drained = null;
      for (const pool of [this.readerPool, this.proberPool]) {
        while (pool.waiting.length > 0 && pool.idle.length > 0) pool.waiting.shift()!(pool.idle.pop()!);
      }
    }
  }

  /**
   * Sets `reader`'s timeout for its next query: the store's own, or what is
   * left of its request's `budget` when that is shorter, so a read under way
   * when its request times out is interrupted then instead of running on.
   */
  limitToBudget(reader: Connection, what: string, budget: Budget | undefined): void {
    const left = remainingBudgetMs(budget, what);
    reader.setQueryTimeout(left === null ? this.queryTimeoutMs : Math.min(left, this.queryTimeoutMs));
  }

  /** A new connection for one write transaction, initialised; the caller closes it. */
  writer(): Promise<Connection> {
    return connect(this.db);
  }

  /**
   * Waits for the reads under way — an index build's scan among them — as a
   * connection closed while Kùzu runs its query kills the process (SIGSEGV);
   * reads asked for afterwards fail as the store is closed.
   */
  async close(): Promise<void> {
    await this.withoutReads(async () => {
      this.closed = true;
      for (const connection of [...this.probers, ...this.readers]) await connection.close();
      await this.db.close();
    });
  }

  private async lend<T>(pool: Pool, work: (connection: Connection) => Promise<T>, budget: Budget | undefined): Promise<T> {
    const connection = (!this.checkpointing && pool.idle.pop()) || await this.nextFree(pool, budget);
    try {
      if (this.closed) throw new StoreError("STORE_UNAVAILABLE", "the embedded store is closed");
      return await work(connection);
    } finally {
      const next = this.checkpointing ? undefined : pool.waiting.shift();
      if (next) next(connection);
      else pool.idle.push(connection);
      if (this.checkpointing && this.readerPool.allIdle && this.proberPool.allIdle) this.drained?.();
    }
  }

  private nextFree(pool: Pool, budget: Budget | undefined): Promise<Connection> {
    return new Promise((resolve, reject) => {
      if (!budget) return void pool.waiting.push(resolve);
      const giveUp = () => {
        clearTimeout(timer);
        budget.signal.removeEventListener("abort", giveUp);
        const at = pool.waiting.indexOf(take);
        if (at >= 0) pool.waiting.splice(at, 1);
        reject(budgetSpent("a Kùzu connection was free"));
      };
      const take = (connection: Connection) => {
        clearTimeout(timer);
        budget.signal.removeEventListener("abort", giveUp);
        resolve(connection);
      };
      const timer = setTimeout(giveUp, Math.max(0, budget.deadline - performance.now()));
      budget.signal.addEventListener("abort", giveUp);
      pool.waiting.push(take);
    });
  }
}

async function connect(db: Database, queryTimeoutMs?: number): Promise<Connection> {
  const connection = new Connection(db);
  await connection.init();
  if (queryTimeoutMs !== undefined) connection.setQueryTimeout(queryTimeoutMs);
  return connection;
}
