import { serverVersion, type Neo4jConnection } from "./bolt.js";
import { connectionFor, ensureLocalNeo4j, runningLauncher, stopLocalNeo4j } from "./instance.js";
import { PrerequisiteError } from "./launcher.js";
import { neo4jPaths } from "./paths.js";

export type { Neo4jConnection } from "./bolt.js";
export { ensureLocalNeo4j, stopLocalNeo4j } from "./instance.js";

const USAGE = "usage: kg neo4j start | stop | status | import DIR";
/** What `status` returns when Neo4j does not run, as LSB init scripts do. */
const NOT_RUNNING = 3;
const EX_USAGE = 64;

function shellQuote(value: string): string {
  return `'${value.replaceAll("'", `'\\''`)}'`;
}

function exportLines(connection: Neo4jConnection): string {
  const variables: [string, string][] = [
    ["NEO4J_URI", connection.uri],
    ["NEO4J_USERNAME", connection.username],
    ["NEO4J_PASSWORD", connection.password],
    ["NEO4J_DATABASE", connection.database],
  ];
  return variables.map(([name, value]) => `export ${name}=${shellQuote(value)}\n`).join("");
}

async function start(): Promise<number> {
  process.stdout.write(exportLines(await ensureLocalNeo4j()));
  return 0;
}

async function stop(): Promise<number> {
  await stopLocalNeo4j();
  return 0;
}

async function status(): Promise<number> {
  const paths = neo4jPaths();
  const running = runningLauncher(paths);
  if (!running) {
    process.stdout.write("Neo4j is not running\n");
    return NOT_RUNNING;
  }
  const connection = connectionFor(paths, running.port);
  let version: string;
  try {
    version = await serverVersion(connection);
  } catch (error) {
    process.stdout.write(`Neo4j (pid ${running.pid}) runs but does not answer on ${connection.uri}: ${(error as Error).message}\n`);
    return NOT_RUNNING;
  }
  const lines = ["Neo4j is running", `pid: ${running.pid}`, `port: ${running.port}`, `uri: ${connection.uri}`, `version: ${version}`];
  process.stdout.write(lines.map((line) => `${line}\n`).join(""));
  return 0;
}

const COMMANDS = new Map<string, () => Promise<number>>([
  ["start", start],
  ["stop", stop],
  ["status", status],
]);

/** Runs `kg neo4j <subcommand>`; returns the process exit code. */
export async function runLocalNeo4jCommand(args: string[]): Promise<number> {
  const [name, ...extra] = args;
  const command = name === undefined ? undefined : COMMANDS.get(name);
  if (!command || extra.length > 0) {
    process.stderr.write(`${USAGE}\n`);
    return EX_USAGE;
  }
  try {
    return await command();
  } catch (error) {
    if (error instanceof PrerequisiteError) {
      process.stderr.write(`${error.message}\n`);
      return 2;
    }
    process.stderr.write(`kg neo4j ${name}: ${(error as Error).message}\n`);
    return 1;
  }
}
