import { serverVersion, type Neo4jConnection } from "./bolt.js";
import { connectionFor, ensureLocalNeo4j, runningLauncher, stopLocalNeo4j } from "./instance.js";
import { neo4jPaths } from "./paths.js";

export type { Neo4jConnection } from "./bolt.js";
export { ensureLocalNeo4j, stopLocalNeo4j } from "./instance.js";

/** What `status` returns when Neo4j does not run, as LSB init scripts do (and the `kg` exit-code table). */
const NOT_RUNNING = 3;

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

/** `kg neo4j start`: export lines for `eval`. */
export async function startCommand(): Promise<number> {
  process.stdout.write(exportLines(await ensureLocalNeo4j()));
  return 0;
}

export async function stopCommand(): Promise<number> {
  await stopLocalNeo4j();
  return 0;
}

export async function statusCommand(): Promise<number> {
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
