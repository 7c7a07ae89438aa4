/**
 * `kg`: the command line. Declares the commands (cli/program.ts), runs the one
 * asked for, and turns any failure into one line on stderr and an exit code
 * from one scheme (cli/exitCodes.ts). Answers go to stdout, progress and
 * errors to stderr.
 */
import { existsSync } from "node:fs";
import { type Command, CommanderError } from "commander";
import { EXIT } from "./cli/exitCodes.js";
import { buildProgram } from "./cli/program.js";

/**
 * Reads `.env` from the current folder into process.env, as `node --env-file` would;
 * a variable already set in the environment wins, even when set empty.
 */
export function loadDotEnv(path = ".env"): void {
  if (existsSync(path)) process.loadEnvFile(path);
}

/** Commander's messages start with "error: " and put a suggestion on a second line; one line is kept. */
function usageLine(error: CommanderError): string {
  return error.message.replace(/^error: /, "").replace(/\n\(?([^)]*)\)?/, " ($1)").trim().replace(/\.$/, "");
}

/** `kg export`, `kg neo4j import`: the command the words on the line name, for messages. */
function commandNamed(program: Command, argv: readonly string[]): string {
  const names: string[] = [];
  let command: Command | undefined = program;
  for (const word of argv.filter((a) => !a.startsWith("-"))) {
    command = command.commands.find((c) => c.name() === word);
    if (!command) break;
    names.push(word);
  }
  return ["kg", ...names].join(" ");
}

export async function main(argv: string[]): Promise<number> {
  let chosen: (() => Promise<number>) | undefined;
  const program = buildProgram((action) => (chosen = action));
  const debug = argv.includes("--debug") || Boolean(process.env.DEBUG);
  const name = commandNamed(program, argv);
  try {
    await program.parseAsync(argv, { from: "user" });
    return chosen ? await chosen() : EXIT.ok;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === "commander.helpDisplayed" || error.code === "commander.version") return EXIT.ok;
      // `kg` or `kg neo4j` alone: commander has printed the help to stderr.
      if (error.code === "commander.help" || error.code === "commander.executeSubCommandAsync") return EXIT.usage;
      process.stderr.write(`${name}: ${usageLine(error)}; see ${name} --help\n`);
      return EXIT.usage;
    }
    const { failureOf } = await import("./cli/failures.js");
    const failure = failureOf(error);
    process.stderr.write(`${name}: ${failure.message}\n`);
    if (debug && failure.code === EXIT.failure) process.stderr.write(`${(error as Error).stack}\n`);
    return failure.code;
  }
}
