/**
 * `npm test`: runs every test file on the embedded store and, when it can, on
 * Neo4j too. With NEO4J_URI set it uses that server; otherwise it starts the
 * project's local Neo4j (`kg neo4j start`) and stops it afterwards. Without
 * Java or Maven the Neo4j half is skipped, said in one line; in CI it never is.
 */
import { spawnSync } from "node:child_process";
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { ensureLocalNeo4j, stopLocalNeo4j } from "../src/localNeo4j/index.js";
import { missingPrerequisite } from "../src/localNeo4j/launcher.js";

const TEST_DIR = fileURLToPath(new URL(".", import.meta.url));

function testFiles(dir: string): string[] {
  return readdirSync(dir).sort().flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return testFiles(path);
    return name.endsWith(".test.js") ? [path] : [];
  });
}

async function neo4jEnvironment(): Promise<{ env: Record<string, string>; startedHere: boolean } | null> {
  if (process.env.NEO4J_URI) return { env: {}, startedHere: false };
  if (process.env.KG_TEST_NEO4J === "off") {
    console.log("# Neo4j half skipped: KG_TEST_NEO4J=off. Run `eval \"$(npx kg neo4j start)\" && npm test` for both stores.");
    return null;
  }
  const missing = missingPrerequisite();
  if (missing) {
    if (process.env.CI === "true") throw new Error(`CI must test on Neo4j, but: ${missing}`);
    console.log(`# Neo4j half skipped: ${missing} Install them and run npm test again for both stores.`);
    return null;
  }
  const c = await ensureLocalNeo4j();
  return {
    env: { NEO4J_URI: c.uri, NEO4J_USERNAME: c.username, NEO4J_PASSWORD: c.password, NEO4J_DATABASE: c.database },
    startedHere: true,
  };
}

async function main(): Promise<number> {
  const neo4j = await neo4jEnvironment();
  try {
    const files = testFiles(TEST_DIR);
    const result = spawnSync(process.execPath, ["--test", "--test-concurrency=1", ...files], {
      stdio: "inherit",
      env: { ...process.env, ...(neo4j?.env ?? {}), ...(neo4j ? {} : { NEO4J_URI: "" }) },
    });
    return result.status ?? 1;
  } finally {
    if (neo4j?.startedHere) await stopLocalNeo4j();
  }
}

process.exitCode = await main();
