/**
 * neo4j-admin's own bulk loader run against the project's local Neo4j. It writes the store files
 * directly, without transactions, so it needs the database stopped, and replaces it whole. The
 * launcher's classpath already carries it (org.neo4j:neo4j-import-tool comes with org.neo4j:neo4j).
 */
import { spawn } from "node:child_process";
import { once } from "node:events";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { adminToolArgs } from "./launcher.js";
import type { Neo4jPaths } from "./paths.js";

function note(message: string): void {
  process.stderr.write(`kg neo4j: ${message}\n`);
}

/**
 * Runs `neo4j-admin database import full` with these arguments from `cwd` into the stopped Neo4j
 * of `paths`; its progress goes to stderr. Throws when it fails, after its own message.
 */
export async function runAdminImport(paths: Neo4jPaths, args: readonly string[], cwd: string): Promise<void> {
  const logs = join(paths.home, "logs");
  // neo4j-admin reads NEO4J_CONF/neo4j.conf when it exists; the launcher sets everything in code, so there is none.
  const conf = join(paths.home, "conf");
  mkdirSync(logs, { recursive: true });
  mkdirSync(conf, { recursive: true });
  // The report of skipped rows would otherwise land in the folder being imported.
  const javaArgs = await adminToolArgs(paths, ["database", "import", "full", `--report-file=${join(logs, "import.report")}`, ...args], note);
  const child = spawn("java", javaArgs, {
    cwd,
    env: { ...process.env, NEO4J_HOME: paths.home, NEO4J_CONF: conf },
    stdio: ["ignore", process.stderr, process.stderr],
  });
  const [code, signal] = (await once(child, "exit")) as [number | null, NodeJS.Signals | null];
  if (code !== 0) throw new Error(`neo4j-admin database import ${signal ? `was stopped by ${signal}` : `exited with ${code}`}; its output above says why`);
}
