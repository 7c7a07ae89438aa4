/**
 * The retry of a Neo4j read. Reads run as auto-commit queries — one round
 * trip, where a read transaction adds BEGIN and COMMIT — and neo4j-driver
 * retries no auto-commit query, so the retry a managed transaction would get
 * is done here: a failure the driver calls retryable (the member went away,
 * the session expired, a transient error) is tried again, on a new session a
 * cluster may route to another reader, after a growing pause with some jitter,
 * as long as the pause ends within the read's window and the request's time
 * budget. Reads change nothing, so running one twice is harmless.
 */
import { setTimeout as pause } from "node:timers/promises";
import { isRetryableError } from "neo4j-driver";
import { budgetSpent, type Budget } from "../budget.js";

/** A cluster elects a new leader or drops a member in a second or two: the pauses reach that well within a few seconds' window. */
const FIRST_PAUSE_MS = 50;
const PAUSE_GROWTH = 2;
/** Pauses vary by ±20 % so that reads that failed together do not all come back at once. */
const JITTER = 0.2;

/**
 * Runs `attempt` until it succeeds, fails for good, or the next try could not
 * start within `windowMs` from now nor within `budget`; then the last failure
 * is thrown.
 */
export async function retryingRead<T>(attempt: () => Promise<T>, windowMs: number, budget: Budget | undefined): Promise<T> {
  const giveUpAt = Math.min(performance.now() + windowMs, budget?.deadline ?? Infinity);
  for (let pauseMs = FIRST_PAUSE_MS; ; pauseMs *= PAUSE_GROWTH) {
    try {
      return await attempt();
    } catch (error) {
      const wait = pauseMs * (1 - JITTER + 2 * JITTER * Math.random());
      if (!isRetryableError(error) || performance.now() + wait >= giveUpAt) throw error;
      try {
        await pause(wait, undefined, { signal: budget?.signal });
      } catch {
        throw budgetSpent("a Neo4j read could be tried again");
      }
    }
  }
}
