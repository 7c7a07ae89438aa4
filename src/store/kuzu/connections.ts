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
import { budgetSpent, currentBudget, remainingBudgetMs } from "../budget.js";
import { StoreError } from "../errors.js";

export interface ConnectionOptions {
  readonly file: string;
  /** A read-only open shares the file with a process that writes it. */
  readonly readOnly: boolean;
  /** Reads stop with "Interrupted" past this, or at their request's deadline when that comes first. */
  readonly queryTimeoutMs: number;
  /** How many connections serve scans, searches and traversals side by side. */
  readonly readers: number;
  /** The most memory Kùzu keeps pages in; absent, its own default. */
  readonly bufferPoolBytes?: number;
}

export class KuzuConnections {
  private readonly idle: Connection[];
  /** Reads waiting for a reader, first come first served. */
  private readonly waiting: Array<(reader: Connection) => void> = [];
  /** While true, a checkpoint waits for the reads under way to end, and new ones wait for it. */
  private checkpointing = false;
  private drained: (() => void) | null = null;
  private closed = false;

  private constructor(
    readonly db: Database,
    /** Scans — index builds, counts, lists, curation's reads: Kùzu spreads each over every core. */
    readonly readers: readonly Connection[],
    /**
     * Primary-key probes, one key each, run synchronously (see KuzuStore.perKey) on one
     * thread: spreading a probe over the cores costs more than it saves (0.17 → 0.11 ms
     * a probe at 10^6 entities).
     */
    readonly prober: Connection,
    /** A read's limit, its request's deadline aside. */
    readonly queryTimeoutMs: number,
  ) {
    this.idle = [...readers];
  }

  static async open(options: ConnectionOptions): Promise<KuzuConnections> {
    const db = new Database(options.file, options.bufferPoolBytes ?? 0, true, options.readOnly);
    await db.init();
    const readers = await Promise.all(Array.from({ length: options.readers }, () => connect(db, options.queryTimeoutMs)));
    const prober = await connect(db, options.queryTimeoutMs);
    prober.setMaxNumThreadForExec(1);
    return new KuzuConnections(db, readers, prober, options.queryTimeoutMs);
  }

  /**
   * Runs `work` on a reader of its own: Kùzu's query timeout belongs to a
   * connection, so only a read that holds its reader alone can be given its
   * request's deadline (see `limitToBudget`). A read waits for a free reader
   * no longer than its request's budget.
   */
  async read<T>(work: (reader: Connection) => Promise<T>): Promise<T> {
    const reader = (!this.checkpointing && this.idle.pop()) || await this.nextFree();
    try {
      if (this.closed) throw new StoreError("STORE_UNAVAILABLE", "the embedded store is closed");
      return await work(reader);
    } finally {
      const next = this.checkpointing ? undefined : this.waiting.shift();
      if (next) next(reader);
      else this.idle.push(reader);
      if (this.checkpointing && this.idle.length === this.readers.length) this.drained?.();
    }
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
      while (this.idle.length < this.readers.length) await new Promise<void>((resolve) => (this.drained = resolve));
      return await work();
    } finally {
      this.checkpointing = false;
      this.drained = null;
      while (this.waiting.length > 0 && this.idle.length > 0) this.waiting.shift()!(this.idle.pop()!);
    }
  }

  /**
   * Sets `reader`'s timeout for its next query: the store's own, or what is
   * left of the request's budget when that is shorter, so a read under way
   * when its request times out is interrupted then instead of running on.
   */
  limitToBudget(reader: Connection, what: string): void {
    const left = remainingBudgetMs(what);
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
      for (const connection of [this.prober, ...this.readers]) await connection.close();
      await this.db.close();
    });
  }

  private nextFree(): Promise<Connection> {
    const budget = currentBudget();
    return new Promise((resolve, reject) => {
      if (!budget) return void this.waiting.push(resolve);
      const giveUp = () => {
        clearTimeout(timer);
        budget.signal.removeEventListener("abort", giveUp);
        const at = this.waiting.indexOf(take);
        if (at >= 0) this.waiting.splice(at, 1);
        reject(budgetSpent("a Kùzu reader was free"));
      };
      const take = (reader: Connection) => {
        clearTimeout(timer);
        budget.signal.removeEventListener("abort", giveUp);
        resolve(reader);
      };
      const timer = setTimeout(giveUp, Math.max(0, budget.deadline - performance.now()));
      budget.signal.addEventListener("abort", giveUp);
      this.waiting.push(take);
    });
  }
}

async function connect(db: Database, queryTimeoutMs?: number): Promise<Connection> {
  const connection = new Connection(db);
  await connection.init();
  if (queryTimeoutMs !== undefined) connection.setQueryTimeout(queryTimeoutMs);
  return connection;
}
