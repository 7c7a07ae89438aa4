/**
 * Structured logs: one JSON object per line on stderr, with a level, a time and
 * what happened. Secrets never reach a log: callers pass names, not keys.
 */
import { LOG_LEVELS, type LogLevel } from "./config.js";

export type LogFields = Record<string, unknown>;

export interface Logger {
  debug(message: string, fields?: LogFields): void;
  info(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  error(message: string, fields?: LogFields): void;
}

/** `fields` go on every line (a worker's pid, under KG_WORKERS). */
export function createLogger(level: LogLevel, write: (line: string) => void = (line) => process.stderr.write(line), fields: LogFields = {}): Logger {
  const threshold = LOG_LEVELS.indexOf(level);
  const at = (name: Exclude<LogLevel, "silent">) => (message: string, lineFields: LogFields = {}) => {
    if (LOG_LEVELS.indexOf(name) < threshold) return;
    write(`${JSON.stringify({ time: new Date().toISOString(), level: name, msg: message, ...fields, ...lineFields })}\n`);
  };
  return { debug: at("debug"), info: at("info"), warn: at("warn"), error: at("error") };
}
