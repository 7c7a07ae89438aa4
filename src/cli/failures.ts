/**
 * Turns whatever a command threw into one line on stderr and an exit code from
 * the documented scheme (exitCodes.ts). Loaded only when something failed, so
 * `kg --help` does not pay for the store and server modules it names.
 */
import { ExportNotFoundError, ExportScopeError } from "../export/scope.js";
import { IngestInputError } from "../ingest/ingest.js";
import { PrerequisiteError } from "../localNeo4j/launcher.js";
import { SeedValidationError } from "../seed/index.js";
import { BulkFolderError } from "../store/bulk/folder.js";
import { StoreError } from "../store/errors.js";
import { StoreConfigError, StoreLockedError, StoreUnavailableError } from "../store/index.js";
import { ConfigError } from "../server/config.js";
import { ListenError } from "../server/listen.js";
import { EXIT, type ExitCode } from "./exitCodes.js";
import { InputPathError, UsageError } from "./usage.js";

type ErrorClass = abstract new (...args: never[]) => Error;

/** Most specific first: StoreUnavailableError and StoreLockedError are StoreConfigErrors, ExportNotFoundError an ExportScopeError. */
const KNOWN: ReadonlyArray<readonly [ErrorClass, ExitCode]> = [
  [UsageError, EXIT.usage],
  [ExportNotFoundError, EXIT.input],
  [ExportScopeError, EXIT.usage],
  [InputPathError, EXIT.input],
  [SeedValidationError, EXIT.input],
  [IngestInputError, EXIT.input],
  [BulkFolderError, EXIT.input],
  [StoreUnavailableError, EXIT.storeUnavailable],
  [StoreLockedError, EXIT.storeUnavailable],
  [StoreError, EXIT.storeUnavailable],
  [StoreConfigError, EXIT.config],
  [ConfigError, EXIT.config],
  [ListenError, EXIT.cannotListen],
  [PrerequisiteError, EXIT.prerequisite],
];

/** Node's file-system errors in words: the path and what is wrong with it. */
const FILE_PROBLEMS: Record<string, string> = {
  ENOENT: "no such file or folder",
  EACCES: "permission denied",
  EISDIR: "is a folder, not a file",
  ENOTDIR: "is not a folder",
};

export interface Failure {
  readonly code: ExitCode;
  readonly message: string;
}

export function failureOf(error: unknown): Failure {
  const known = KNOWN.find(([type]) => error instanceof type);
  if (known) return { code: known[1], message: (error as Error).message };
  const { code, path } = error as NodeJS.ErrnoException;
  if (code && path && FILE_PROBLEMS[code]) return { code: EXIT.input, message: `${path}: ${FILE_PROBLEMS[code]}` };
  const message = error instanceof Error ? error.message : String(error);
  return { code: EXIT.failure, message: `${firstLine(message)} (run again with --debug for the stack trace)` };
}

function firstLine(text: string): string {
  return text.split("\n", 1)[0];
}
