/**
 * `kg` as a user meets it, each run in its own process: every command answers
 * --help, every mistake is one line on stderr with the exit code of the
 * README's table, .env is read and the environment wins over it, and --port
 * is honoured. The embedded store only: none of this depends on the store.
 */
import { after, describe, it } from "node:test";
import assert from "node:assert/strict";
import { spawnSync, type SpawnSyncReturns } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Command } from "commander";
import { freePort, startServeProcess } from "../../bench/serveProcess.js";
import { EXIT } from "../../src/cli/exitCodes.js";
import { buildProgram } from "../../src/cli/program.js";

const KG = fileURLToPath(new URL("../../../bin/kg.js", import.meta.url));
const SMALL_SEED = fileURLToPath(new URL("../../../test/fixtures/seed-small", import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), "kg-cli-"));
after(() => rmSync(scratch, { recursive: true, force: true }));

/** The environment of a fresh shell for kg: the embedded store in a scratch folder, nothing else of ours set. */
function cleanEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(KG_|NEO4J_)|^(PORT|HOST|DEBUG)$/.test(k)));
  return { ...env, KG_DATA_DIR: join(scratch, "data"), ...extra };
}

function kg(args: readonly string[], env: NodeJS.ProcessEnv = cleanEnv(), cwd = scratch): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, [KG, ...args], { encoding: "utf8", env, cwd, timeout: 120_000 });
}

function assertOneLine(run: SpawnSyncReturns<string>, code: number, message: RegExp): void {
  assert.equal(run.status, code, run.stderr);
  assert.equal(run.stderr.split("\n").filter(Boolean).length, 1, `more than one line on stderr:\n${run.stderr}`);
  assert.match(run.stderr, message);
  assert.doesNotMatch(run.stderr, /\n\s+at /, "a stack trace was printed");
}

/** Every command and subcommand, as words: ["load"], ["neo4j", "start"], … */
function commandPaths(command: Command, prefix: string[] = []): string[][] {
  return command.commands.flatMap((c) => [[...prefix, c.name()], ...commandPaths(c, [...prefix, c.name()])]);
}

describe("kg --help", () => {
  const paths = commandPaths(buildProgram(() => undefined));

  it("names every command, and the list is the one the README documents", () => {
    assert.deepEqual(paths.map((p) => p.join(" ")), [
      "serve", "load", "stats", "schema", "ingest", "export", "generate", "import", "neo4j", "neo4j start", "neo4j stop", "neo4j status", "neo4j import",
    ]);
  });

  for (const path of [[], ...paths]) {
    it(`kg ${[...path, "--help"].join(" ")} prints its usage on stdout and exits 0`, () => {
      const run = kg([...path, "--help"]);
      assert.equal(run.status, 0, run.stderr);
      assert.match(run.stdout, new RegExp(`^Usage: kg${path.map((w) => ` ${w}`).join("")} `));
      assert.equal(run.stderr, "");
    });
  }

  it("answers in well under a second: commands load their modules only when they run", () => {
    const times = [0, 1, 2].map(() => {
      const started = performance.now();
      assert.equal(kg(["--help"]).status, 0);
      return performance.now() - started;
    });
    const median = times.sort((a, b) => a - b)[1];
    assert.ok(median < 1000, `kg --help took ${Math.round(median)} ms`);
  });

  it("kg alone prints the usage on stderr and exits 2", () => {
    const run = kg([]);
    assert.equal(run.status, EXIT.usage);
    assert.match(run.stderr, /^Usage: kg /);
  });
});

describe("kg mistakes: one line, a documented exit code", () => {
  const cases: Array<[string, string[], NodeJS.ProcessEnv, number, RegExp]> = [
    ["an unknown command", ["lod"], {}, EXIT.usage, /^kg: unknown command 'lod' \(Did you mean load\?\); see kg --help\n$/],
    ["an unknown option", ["stats", "--jsn"], {}, EXIT.usage, /^kg stats: unknown option '--jsn' \(Did you mean --json\?\); see kg stats --help\n$/],
    ["a flag without its value", ["export", "--format", "gexf", "--out", "x", "--id", "person:a", "--depth"], {}, EXIT.usage, /^kg export: option '--depth <n>' argument missing; see kg export --help\n$/],
    ["an argument too many", ["load", "seed"], {}, EXIT.usage, /^kg load: too many arguments for 'load'\. Expected 0 arguments but got 1; see kg load --help\n$/],
    ["a port that is not a number", ["serve", "--port", "http"], {}, EXIT.usage, /^kg serve: option '--port <n>' argument 'http' is invalid\. give a whole number from 0 to 65535; see kg serve --help\n$/],
    ["a missing seed folder", ["load", "--seed", "/nonexistent"], {}, EXIT.input, /^kg load: --seed \/nonexistent: no such folder; give a folder laid out like seed\/ \(articles\/, entities\/\)\n$/],
    ["a missing article file", ["ingest", "/nonexistent.txt"], {}, EXIT.input, /^kg ingest: \/nonexistent\.txt: no such file or folder\n$/],
    ["a folder kg generate did not write", ["import", "/nonexistent"], {}, EXIT.input, /^kg import: \/nonexistent\/manifest\.json does not exist: write the folder with `kg generate/],
    ["HOST=256.1.1.1", ["serve"], { HOST: "256.1.1.1" }, EXIT.config, /^kg serve: HOST must be an address such as 127\.0\.0\.1 or 0\.0\.0\.0, got "256\.1\.1\.1"\n$/],
    ["a NEO4J_URI that is not one", ["stats"], { NEO4J_URI: "http://localhost:7474", NEO4J_PASSWORD: "x" }, EXIT.config, /^kg stats: NEO4J_URI must be a Neo4j URI/],
    ["a Neo4j that does not answer", ["stats"], { NEO4J_URI: "bolt://127.0.0.1:1", NEO4J_PASSWORD: "x" }, EXIT.storeUnavailable, /^kg stats: Neo4j at bolt:\/\/127\.0\.0\.1:1 \(database neo4j\) cannot be used: /],
  ];
  for (const [what, args, env, code, message] of cases) {
    it(`${what}: kg ${args.join(" ")} exits ${code}`, () => assertOneLine(kg(args, cleanEnv(env)), code, message));
  }

  it("an unforeseen failure is one line too, exit 1, and --debug adds its stack", () => {
    const dir = join(scratch, "broken-folder");
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, "manifest.json"), "{ not json");
    assertOneLine(kg(["import", dir]), EXIT.failure, /^kg import: .*JSON.* \(run again with --debug for the stack trace\)\n$/);
    const debugged = kg(["import", dir, "--debug"]);
    assert.equal(debugged.status, EXIT.failure);
    assert.match(debugged.stderr, /\n\s+at /);
  });

  it("a port already in use: exit 7, naming the port and what to do", { timeout: 120_000 }, async () => {
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, "127.0.0.1", resolve));
    const { port } = taken.address() as { port: number };
    try {
      const run = kg(["serve", "--port", String(port)], cleanEnv({ KG_LOG_LEVEL: "silent" }));
      assertOneLine(run, EXIT.cannotListen, new RegExp(`^kg serve: cannot listen: 127\\.0\\.0\\.1:${port} is already in use; stop what listens there or choose another port with --port or PORT`));
    } finally {
      taken.close();
    }
  });
});

describe("kg settings", () => {
  it("reads .env in the current folder, and a variable set in the environment wins over it", () => {
    const dir = join(scratch, "with-dotenv");
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, ".env"), `# a comment\nKG_STORE_TIMEOUT_MS=soon\nKG_DATA_DIR=${join(dir, "data")}\n`);
    const env = cleanEnv();
    delete env.KG_DATA_DIR;
    assertOneLine(kg(["stats", "--json"], env, dir), EXIT.config, /^kg stats: KG_STORE_TIMEOUT_MS must be a whole number from 50 to 600000, got "soon"\n$/);
    const overridden = kg(["stats", "--json"], { ...env, KG_STORE_TIMEOUT_MS: "5000" }, dir);
    assert.equal(overridden.status, 0, overridden.stderr);
    // KG_DATA_DIR came from .env: the store was created where it says.
    assert.equal(JSON.parse(overridden.stdout).Person, 0);
    assert.equal(kg(["stats"], { ...env, KG_STORE_TIMEOUT_MS: "5000", KG_DATA_DIR: join(dir, "elsewhere") }, dir).status, 0);
    assert.equal(spawnSync("test", ["-d", join(dir, "elsewhere")]).status, 0, "KG_DATA_DIR from the environment was not used");
  });

  it("kg serve --port wins over PORT", { timeout: 120_000 }, async () => {
    const port = await freePort();
    const served = await startServeProcess({ ...cleanEnv(), KG_DATA_DIR: join(scratch, "serve-port") }, 90_000, ["--port", String(port)]);
    try {
      assert.match(served.log(), new RegExp(`GraphQL API and IDE at http://localhost:${port}/graphql`));
      const answer = await fetch(`http://127.0.0.1:${port}/healthz`);
      assert.equal(answer.status, 200);
    } finally {
      served.child.kill("SIGTERM");
      await served.exited;
    }
  });
});

describe("kg load progress", () => {
  it("prints 100 % once", () => {
    const run = kg(["load", "--seed", SMALL_SEED], cleanEnv({ KG_DATA_DIR: join(scratch, "progress") }));
    assert.equal(run.status, 0, run.stderr);
    assert.equal(run.stderr.match(/100%/g)?.length, 1, run.stderr);
  });
});
