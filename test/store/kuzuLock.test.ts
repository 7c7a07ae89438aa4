/**
 * Commands beside a process that holds the embedded store. Kùzu locks every
 * other process out of the file, read-only opens included, so a command that
 * only reads asks the server holding it, and every other command says in one
 * line which process holds the store and what to do.
 */
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { startServeProcess, type ServeProcess } from "../../bench/serveProcess.js";
import { runToEnd } from "../support/processes.js";

const KG = fileURLToPath(new URL("../../../bin/kg.js", import.meta.url));
const STORE_INDEX = fileURLToPath(new URL("../../src/store/index.js", import.meta.url));

const kg = (dataDir: string, ...args: string[]) =>
  runToEnd(process.execPath, [KG, ...args], { ...process.env, NEO4J_URI: "", KG_DATA_DIR: dataDir });

function assertOneLineLockedBy(stderr: string, pid: number, holder: RegExp): void {
  const lines = stderr.trim().split("\n");
  assert.equal(lines.length, 1, stderr);
  assert.match(lines[0], holder);
  assert.match(lines[0], new RegExp(`pid ${pid}\\b`));
  assert.match(lines[0], new RegExp(`kill ${pid}\\b`));
}

describe("commands beside the server", () => {
  const dataDir = mkdtempSync(join(tmpdir(), "kg-lock-"));
  const out = mkdtempSync(join(tmpdir(), "kg-lock-out-"));
  let server: ServeProcess;
  const besideServer: Record<string, string> = {};
  before(async () => {
    server = await startServeProcess({ NEO4J_URI: "", KG_DATA_DIR: dataDir });
  });
  after(async () => {
    if (server.child.exitCode === null) server.child.kill("SIGTERM");
    await server.exited;
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(out, { recursive: true, force: true });
  });

  it("reads stats and exports through the server while it runs", { timeout: 60_000 }, async () => {
    const stats = await kg(dataDir, "stats", "--json");
    assert.equal(stats.code, 0, stats.stderr);
    besideServer.stats = stats.stdout;
    const graphml = await kg(dataDir, "export", "--format", "graphml", "--out", join(out, "beside.graphml"));
    assert.equal(graphml.code, 0, graphml.stderr);
    const csv = await kg(dataDir, "export", "--format", "csv", "--out", join(out, "beside-csv"));
    assert.equal(csv.code, 0, csv.stderr);
    assert.ok(JSON.parse(stats.stdout).Person > 0);
  });

  it("refuses a command that writes in one line naming the server and its pid", { timeout: 60_000 }, async () => {
    for (const args of [["load"], ["ingest", KG]]) {
      const refused = await kg(dataDir, ...args);
      assert.equal(refused.code, 6, refused.stderr);
      assertOneLineLockedBy(refused.stderr, server.child.pid!, new RegExp(`in use by the server at ${server.base.replace(/\./g, "\\.")} `));
    }
  });

  it("answered beside the server exactly what the store answers once the server stops", { timeout: 60_000 }, async () => {
    server.child.kill("SIGTERM");
    assert.equal(await server.exited, 0);
    const stats = await kg(dataDir, "stats", "--json");
    assert.equal(stats.stdout, besideServer.stats);
    assert.equal((await kg(dataDir, "export", "--format", "graphml", "--out", join(out, "alone.graphml"))).code, 0);
    assert.equal(readFileSync(join(out, "beside.graphml"), "utf8"), readFileSync(join(out, "alone.graphml"), "utf8"));
    assert.equal((await kg(dataDir, "export", "--format", "csv", "--out", join(out, "alone-csv"))).code, 0);
    for (const file of readdirSync(join(out, "alone-csv"))) {
      assert.equal(readFileSync(join(out, "beside-csv", file), "utf8"), readFileSync(join(out, "alone-csv", file), "utf8"), file);
    }
  });
});

describe("commands beside another process holding the store", () => {
  it("says in one line which process holds it", { timeout: 60_000 }, async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "kg-lock-"));
    const holding = `const { openStore } = await import(${JSON.stringify(STORE_INDEX)});
      await openStore({ store: "kuzu", dataDir: ${JSON.stringify(dataDir)}, queryTimeoutMs: 5000 });
      console.log("open"); setTimeout(() => process.exit(0), 60000);`;
    const holder = spawn(process.execPath, ["--input-type=module", "-e", holding], { stdio: ["ignore", "pipe", "inherit"] });
    try {
      await new Promise((resolve) => holder.stdout.once("data", resolve));
      const stats = await kg(dataDir, "stats");
      assert.equal(stats.code, 6);
      assertOneLineLockedBy(stats.stderr, holder.pid!, /in use by another process \(pid \d+: .*node/);
    } finally {
      holder.kill("SIGKILL");
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
