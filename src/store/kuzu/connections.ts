/**
 * The embedded store's database and its connections, in one place: every
 * connection is initialised before its first query, reads spread over a small
 * pool, and time budgets are set here.
 *
 * Why initialise first: two queries fired at once as the first use of a new
 * Kùzu connection killed the process (SIGSEGV); a connection whose init() has
 * finished runs queries alongside others safely.
 */
import { Connection, Database } from "./engine.js";

export interface ConnectionOptions {
  readonly file: string;
  /** A read-only open shares the file with a process that writes it. */
  readonly readOnly: boolean;
  /** Reads stop with "Interrupted" past this; writes are never cut short (they must finish or roll back whole). */
  readonly queryTimeoutMs: number;
  /** How many connections serve scans, searches and traversals side by side. */
  readonly readers: number;
}

export class KuzuConnections {
  private readonly inFlight: number[];

  private constructor(
    readonly db: Database,
    /** Scans, searches and traversals: Kùzu spreads each over every core. */
    readonly readers: readonly Connection[],
    /**
     * Primary-key probes, one key each, run synchronously (see KuzuStore.perKey) on one
     * thread: spreading a probe over the cores costs more than it saves (0.17 → 0.11 ms
     * a probe at 10^6 entities).
     */
    readonly prober: Connection,
  ) {
    this.inFlight = readers.map(() => 0);
  }

  static async open(options: ConnectionOptions): Promise<KuzuConnections> {
    const db = new Database(options.file, 0, true, options.readOnly);
    await db.init();
    const readers = await Promise.all(Array.from({ length: options.readers }, () => connect(db, options.queryTimeoutMs)));
    const prober = await connect(db, options.queryTimeoutMs);
    prober.setMaxNumThreadForExec(1);
    return new KuzuConnections(db, readers, prober);
  }

  /** Runs `work` on the reader with the fewest reads under way, so one long read does not hold up the others. */
  async read<T>(work: (reader: Connection) => Promise<T>): Promise<T> {
    const index = this.inFlight.indexOf(Math.min(...this.inFlight));
    this.inFlight[index] += 1;
    try {
      return await work(this.readers[index]);
    } finally {
      this.inFlight[index] -= 1;
    }
  }

  /** A new connection for one write transaction, initialised; the caller closes it. */
  writer(): Promise<Connection> {
    return connect(this.db);
  }

  async close(): Promise<void> {
    for (const connection of [this.prober, ...this.readers]) await connection.close();
    await this.db.close();
  }
}

async function connect(db: Database, queryTimeoutMs?: number): Promise<Connection> {
  const connection = new Connection(db);
  await connection.init();
  if (queryTimeoutMs !== undefined) connection.setQueryTimeout(queryTimeoutMs);
  return connection;
}
