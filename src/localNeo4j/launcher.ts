import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { accessSync, constants, existsSync, readFileSync, writeFileSync } from "node:fs";
import { homedir } from "node:os";
import { delimiter, join } from "node:path";
import { LAUNCHER_CLASS, withLock } from "./process.js";
import { neo4jVersion, type Neo4jPaths } from "./paths.js";

/** A missing tool that the user has to install; the CLI exits 2 on it. */
export class PrerequisiteError extends Error {}

const MIN_JAVA = 17;
const INSTALL = "install them with `apt-get install openjdk-17-jdk-headless maven`";
const INSTALL_JAVA = "install a newer one with `apt-get install openjdk-17-jdk-headless`";
const DEFAULT_MEMORY = "2g";
/** A first build downloads about 160 MB from Maven Central. */
const BUILD_LOCK_TIMEOUT_MS = 600_000;

const JVM_FLAGS = [
  "-XX:+UseG1GC",
  "-XX:+ExitOnOutOfMemoryError",
  "-XX:-OmitStackTraceInFastThrow",
  // Neo4j's page cache and transaction logs reach into these JDK internals, and fall back to slower paths without them.
  "--add-opens=java.base/java.nio=ALL-UNNAMED",
  "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
  "--add-opens=java.base/java.io=ALL-UNNAMED",
  "-Dio.netty.tryReflectionSetAccessible=true",
];

function onPath(command: string): boolean {
  return (process.env.PATH ?? "").split(delimiter).some((dir) => {
    try {
      accessSync(join(dir, command), constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}

function javaMajorVersion(): number | undefined {
  const { stderr } = spawnSync("java", ["-version"], { encoding: "utf8" });
  const match = /version "(\d+)(?:\.(\d+))?/.exec(stderr ?? "");
  if (!match) return undefined;
  // Java 8 and older call themselves 1.x.
  return match[1] === "1" ? Number(match[2]) : Number(match[1]);
}

/** The sentence to show when java or mvn cannot run Neo4j, or undefined when both are fine. */
export function missingPrerequisite(): string | undefined {
  const missing = ["java", "mvn"].filter((command) => !onPath(command));
  if (missing.length > 0) {
    const verb = missing.length > 1 ? "are" : "is";
    return `Neo4j needs Java ${MIN_JAVA} and Maven, but ${missing.join(" and ")} ${verb} not on PATH: ${INSTALL}.`;
  }
  const major = javaMajorVersion();
  if (major === undefined || major < MIN_JAVA) {
    return `Neo4j needs Java ${MIN_JAVA} or newer, but \`java -version\` reports ${major ?? "no version"}: ${INSTALL_JAVA}.`;
  }
  return undefined;
}

export function checkPrerequisites(): void {
  const problem = missingPrerequisite();
  if (problem) throw new PrerequisiteError(problem);
}

function sourceHash(paths: Neo4jPaths): string {
  const hash = createHash("sha256");
  for (const file of [paths.pom, paths.launcherSource]) hash.update(readFileSync(file));
  return hash.digest("hex");
}

function stampFile(paths: Neo4jPaths): string {
  return join(paths.targetDir, "kg-build.sha256");
}

/** The built classpath, if it matches the sources and every jar is still in ~/.m2. */
function builtClasspath(paths: Neo4jPaths, hash: string): string | undefined {
  const stamp = stampFile(paths);
  const listing = join(paths.targetDir, "classpath.txt");
  const classes = join(paths.targetDir, "classes");
  if (!existsSync(stamp) || readFileSync(stamp, "utf8") !== hash) return undefined;
  if (!existsSync(listing) || !existsSync(join(classes, ...LAUNCHER_CLASS.split(".")) + ".class")) return undefined;
  const jars = readFileSync(listing, "utf8").trim().split(delimiter);
  return jars.every((jar) => existsSync(jar)) ? [classes, ...jars].join(delimiter) : undefined;
}

function isCachedInM2(version: string): boolean {
  return existsSync(join(homedir(), ".m2", "repository", "org", "neo4j", "neo4j", version, `neo4j-${version}.jar`));
}

function runMaven(paths: Neo4jPaths, hash: string, note: (message: string) => void): string {
  const version = neo4jVersion(paths);
  note(
    isCachedInM2(version)
      ? `building the Neo4j ${version} launcher with Maven…`
      : `downloading Neo4j ${version} from Maven Central into ~/.m2 and building the launcher…`,
  );
  const maven = spawnSync("mvn", ["-B", "-q", "-f", paths.pom, "compile"], { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  if (maven.status !== 0) {
    // Maven 3.8 writes colour resets even in batch mode.
    const output = `${maven.stdout}${maven.stderr}`.replace(/\x1b\[[0-9;]*m/g, "").trim();
    throw new Error(`Maven could not build ${paths.pom}:\n${output}`);
  }
  writeFileSync(stampFile(paths), hash);
  const classpath = builtClasspath(paths, hash);
  if (!classpath) throw new Error(`Maven ran but left no launcher in ${paths.targetDir}`);
  return classpath;
}

/**
 * Builds the launcher only when its sources changed, so that later starts are fast and offline.
 * Maven's output is shown only on failure, and never on stdout, which is kept for the `export` lines.
 */
async function launcherClasspath(paths: Neo4jPaths, note: (message: string) => void): Promise<string> {
  const hash = sourceHash(paths);
  const built = builtClasspath(paths, hash);
  if (built) return built;
  // Stores in different homes share target/, and two Maven runs must not write it at once.
  return withLock(join(paths.targetDir, "kg-build.lock"), BUILD_LOCK_TIMEOUT_MS, async () => {
    return builtClasspath(paths, hash) ?? runMaven(paths, hash, note);
  });
}

function memorySetting(name: "NEO4J_HEAP" | "NEO4J_PAGECACHE"): string {
  const value = process.env[name] || DEFAULT_MEMORY;
  if (!/^\d+[kmg]$/i.test(value)) throw new Error(`${name} must be a size such as 2g or 512m, not "${value}"`);
  return value;
}

/** neo4j-admin's entry point, which the launcher's classpath carries with Neo4j itself. */
const ADMIN_TOOL_CLASS = "org.neo4j.cli.AdminTool";

/** The `java` arguments that run `neo4j-admin` with these arguments, heap from NEO4J_HEAP as for the launcher. */
export async function adminToolArgs(paths: Neo4jPaths, args: readonly string[], note: (message: string) => void): Promise<string[]> {
  const heap = memorySetting("NEO4J_HEAP");
  return [`-Xmx${heap}`, ...JVM_FLAGS, "-cp", await launcherClasspath(paths, note), ADMIN_TOOL_CLASS, ...args];
}

/**
 * The `java` arguments that run the launcher, building it if needed; memory follows NEO4J_HEAP and
 * NEO4J_PAGECACHE, checked first so that a typo fails before a slow build.
 */
export async function launcherArgs(paths: Neo4jPaths, port: number, note: (message: string) => void): Promise<string[]> {
  const heap = memorySetting("NEO4J_HEAP");
  const pageCache = memorySetting("NEO4J_PAGECACHE");
  const classpath = await launcherClasspath(paths, note);
  return [
    `-Xms${heap}`,
    `-Xmx${heap}`,
    ...JVM_FLAGS,
    "-cp",
    classpath,
    LAUNCHER_CLASS,
    paths.home,
    String(port),
    paths.passwordFile,
    pageCache,
  ];
}
