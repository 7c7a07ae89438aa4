/**
 * `kg`'s exit codes, one scheme for every command (the README's table). A script
 * can tell "I typed it wrong" from "the input is bad" from "the store is away".
 */
export const EXIT = {
  ok: 0,
  /** Anything not foreseen: the message is printed in one line, the stack with --debug or DEBUG set. */
  failure: 1,
  /** The command line itself: an unknown command or option, a missing or malformed value. */
  usage: 2,
  /** `kg neo4j status` only: Neo4j does not run (the LSB convention for status). */
  notRunning: 3,
  /** A file or folder that is missing or unreadable, a seed that does not validate, an article refused. */
  input: 4,
  /** An environment variable (or .env entry) with a value the program cannot use. */
  config: 5,
  /** The store cannot be opened: Neo4j unreachable or refusing the credentials, the embedded store held by another process. */
  storeUnavailable: 6,
  /** `kg serve` cannot listen: the port is taken or the host is not an address of this machine. */
  cannotListen: 7,
  /** Something the command needs is not installed (Java 17 and Maven for `kg neo4j`). */
  prerequisite: 8,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];
