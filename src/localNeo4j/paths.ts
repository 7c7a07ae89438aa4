import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** Where the local Neo4j keeps its store and run files, and where its launcher is built. */
export interface Neo4jPaths {
  /** Neo4j's home: it puts data/ and logs/ here; our run files sit beside them. */
  home: string;
  passwordFile: string;
  pidFile: string;
  /** The Bolt port of the running or, after a stop, the last launcher. */
  portFile: string;
  /** The launcher's stdout and stderr. */
  logFile: string;
  /** Neo4j's own log, worth reading when start-up fails. */
  debugLogFile: string;
  lockFile: string;
  pom: string;
  launcherSource: string;
  targetDir: string;
}

/** Walks up from this file, so that the store is the project's whichever cwd `kg` runs in. */
function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, "package.json"))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`no package.json above ${fileURLToPath(import.meta.url)}`);
    dir = parent;
  }
  return dir;
}

/** Read on every call so that a test can point KG_NEO4J_HOME at a scratch folder. */
export function neo4jPaths(): Neo4jPaths {
  const root = packageRoot();
  const home = resolve(process.env.KG_NEO4J_HOME ?? join(root, ".kg", "neo4j"));
  const launcherDir = join(root, "neo4j");
  return {
    home,
    passwordFile: join(home, "password"),
    pidFile: join(home, "neo4j.pid"),
    portFile: join(home, "neo4j.port"),
    logFile: join(home, "logs", "neo4j.log"),
    debugLogFile: join(home, "logs", "debug.log"),
    lockFile: join(home, "kg-neo4j.lock"),
    pom: join(launcherDir, "pom.xml"),
    launcherSource: join(launcherDir, "src", "main", "java", "kg", "LocalNeo4j.java"),
    targetDir: join(launcherDir, "target"),
  };
}

/** The pom is the one place that names the Neo4j version. */
export function neo4jVersion(paths: Neo4jPaths): string {
  const match = /<neo4j\.version>([^<]+)<\/neo4j\.version>/.exec(readFileSync(paths.pom, "utf8"));
  if (!match) throw new Error(`${paths.pom} does not set <neo4j.version>`);
  return match[1];
}
