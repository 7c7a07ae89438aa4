/**
 * `kg export` as a user runs it: `kg load` into a fresh embedded store, then
 * `kg export` in its own process, its file read back and compared with what
 * the store answers; bad options fail in one line naming them, with the exit
 * code of the README's table, before any store is opened (an unknown id after).
 */
import { describe, it, before, after } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { DEFAULT_QUERY_TIMEOUT_MS, openStore } from "../../src/store/index.js";
import { readGexf } from "./readers.js";

/** Compiled to dist/test/export/, so three levels up is the project root. */
const KG = fileURLToPath(new URL("../../../bin/kg.js", import.meta.url));

describe("kg export", { timeout: 120_000 }, () => {
  let dir = "";
  const kg = (...args: string[]) =>
    spawnSync(process.execPath, [KG, ...args], { encoding: "utf8", env: { ...process.env, NEO4J_URI: "", KG_DATA_DIR: join(dir, "data") } });

  before(() => {
    dir = mkdtempSync(join(tmpdir(), "kg-export-cli-"));
    const loaded = kg("load");
    assert.equal(loaded.status, 0, loaded.stderr);
  });

  after(() => rmSync(dir, { recursive: true, force: true }));

  it("writes the paths between two entities as GEXF", async () => {
    const out = join(dir, "out", "path.gexf");
    const run = kg("export", "--format", "gexf", "--from", "person:ngo-chi-dung", "--to", "person:dao-hong-lan", "--max-length", "4", "--paths", "3", "--out", out);
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stderr, /Wrote .*path\.gexf/);
    const read = readGexf(readFileSync(out, "utf8"));
    const store = await openStore({ store: "kuzu", dataDir: join(dir, "data"), queryTimeoutMs: DEFAULT_QUERY_TIMEOUT_MS });
    try {
      const paths = await store.shortestPaths({ from: "person:ngo-chi-dung", to: "person:dao-hong-lan", maxLength: 4, types: [], limit: 3 });
      assert.ok(paths.length > 0);
      assert.deepEqual([...read.nodes.keys()].sort(), [...new Set(paths.flatMap((p) => p.nodes))].sort());
      assert.deepEqual(read.edges.map((e) => e.id).sort(), [...new Set(paths.flatMap((p) => p.relationships.map((r) => r.id)))].sort());
    } finally {
      await store.close();
    }
  });

  it("writes a neighbourhood as FollowTheMoney entities, one JSON object a line", () => {
    const out = join(dir, "out", "lan.ftm.json");
    const run = kg("export", "--format", "ftm", "--id", "person:dao-hong-lan", "--types", "WITNESSED", "--out", out);
    assert.equal(run.status, 0, run.stderr);
    const entities = readFileSync(out, "utf8").trim().split("\n").map((line) => JSON.parse(line));
    assert.equal(entities.find((e) => e.id === "person.dao-hong-lan")?.schema, "Person");
    const witnessed = entities.filter((e) => e.schema === "UnknownLink" && e.properties.role?.includes("witness"));
    assert.ok(witnessed.length > 0 && witnessed.every((e) => e.properties.subject?.[0] === "person.dao-hong-lan" && e.properties.description?.length > 0));
  });

  // Usage mistakes exit 2, an id the graph does not hold 4 (bad input): the README's exit-code table.
  const refusals: Array<[string[], number, RegExp]> = [
    [["--format", "svg", "--out", "x"], 2, /^kg export: option '--format <format>' argument 'svg' is invalid\. Allowed choices are graphml, gexf, cytoscape, csv, ftm, ftm-statements; see kg export --help\n$/],
    [["--format", "graphml"], 2, /^kg export: required option '--out <path>' not specified; see kg export --help\n$/],
    [["--format", "graphml", "--from", "person:a", "--to", "person:b", "--max-length", "11", "--out", "x"], 2, /^kg export: --max-length must be an integer from 1 to 10, got "11"\n$/],
    [["--format", "graphml", "--id", "person:a", "--from", "person:b", "--out", "x"], 2, /^kg export: give either --id \(a neighbourhood\) or --from and --to \(a path\), not both\n$/],
    [["--format", "graphml", "--id", "person:a", "--out", "x", "--depth"], 2, /^kg export: option '--depth <n>' argument missing; see kg export --help\n$/],
    [["--format", "graphml", "--id", "person:nobody-at-all", "--out", "x"], 4, /^kg export: No entity has the id person:nobody-at-all\n$/],
  ];
  for (const [args, code, message] of refusals) {
    it(`refuses ${args.join(" ")} in one line, exit ${code}`, () => {
      const run = kg("export", ...args);
      assert.equal(run.status, code);
      assert.match(run.stderr, message);
    });
  }
});
