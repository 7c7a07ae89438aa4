/**
 * The FollowTheMoney export judged by FollowTheMoney itself: the
 * `followthemoney` package from PyPI, installed into a throw-away virtual
 * environment for this file, validates the seed graph's export on every store
 * (`ftm validate` keeps every value, and ftmCheck.py finds no entity its model
 * refuses), reads the statement table back with `ftm aggregate-statements`
 * into the same entities, and every seed SIGNED, WITNESSED and TRANSFERS
 * relationship is there with its quotes. Where Python is missing the file is
 * skipped with one line; in CI (CI=true) it always runs.
 */
import { describe, it, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFile, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { NodeKind, RelationshipType } from "../../src/domain/ontology.js";
import { exportRequest, runExport, type TextOutput } from "../../src/export/index.js";
import { ftmId } from "../../src/export/ftm/model.js";
import { readSeedGraph } from "../../src/seed/index.js";
import { startApi, testConfig, type RunningApi } from "../support/server.js";
import { storesUnderTest } from "../support/stores.js";

const run = promisify(execFile);
const CHECK = fileURLToPath(new URL("../../../test/export/ftmCheck.py", import.meta.url));
const README = fileURLToPath(new URL("../../../README.md", import.meta.url));
/** The major version whose statement table (with its origin column) the export writes. */
const FTM_REQUIREMENT = "followthemoney>=4.11,<5";

const hasPython = spawnSync("python3", ["--version"]).status === 0;
const skip = !hasPython && process.env.CI !== "true";
if (skip) console.log("# FollowTheMoney validation skipped: python3 is not on PATH; install Python 3 to run it.");

interface FtmJson {
  readonly id: string;
  readonly schema: string;
  readonly properties: Record<string, string[]>;
}

const readEntities = (text: string): FtmJson[] => text.split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l) as FtmJson);

/** Schema and property values, each list sorted: FtM properties are sets. */
function normalised(entities: readonly FtmJson[]): Map<string, { schema: string; properties: Record<string, string[]> }> {
  return new Map(entities.map((e) => [e.id, {
    schema: e.schema,
    properties: Object.fromEntries(Object.entries(e.properties).filter(([, vs]) => vs.length).map(([p, vs]) => [p, [...vs].sort()]).sort(([a], [b]) => String(a).localeCompare(String(b)))),
  }]));
}

function memoryOutput(): TextOutput & { text(): string } {
  const chunks: string[] = [];
  return { write: async (t) => void chunks.push(t), text: () => chunks.join("") };
}

describe("FollowTheMoney export validated by followthemoney", { skip, timeout: 1_800_000 }, () => {
  let venv = "";
  const tool = (name: string) => join(venv, "bin", name);

  before(async () => {
    venv = mkdtempSync(join(tmpdir(), "kg-ftm-venv-"));
    await run("python3", ["-m", "venv", venv]);
    await run(tool("pip"), ["install", "--quiet", "--disable-pip-version-check", FTM_REQUIREMENT], { maxBuffer: 64 * 1024 * 1024 });
  });

  after(() => {
    if (venv) rmSync(venv, { recursive: true, force: true });
  });

  for (const sut of storesUnderTest()) {
    describe(`on ${sut.name}`, () => {
      let api: RunningApi;
      let dir = "";
      const files = { entities: "", statements: "" };
      let entities: FtmJson[] = [];

      before(async () => {
        api = await startApi(sut, testConfig());
        dir = mkdtempSync(join(tmpdir(), "kg-ftm-"));
        const origin = new URL(api.url).origin;
        for (const [key, format] of [["entities", "ftm"], ["statements", "ftm-statements"]] as const) {
          const response = await fetch(`${origin}/export?format=${format}`);
          const body = await response.text();
          assert.equal(response.status, 200, body);
          files[key] = join(dir, format === "ftm" ? "graph.ftm.json" : "graph.statements.csv");
          writeFileSync(files[key], body);
        }
        entities = readEntities(readFileSync(files.entities, "utf8"));
      });

      after(async () => {
        await api?.close();
        if (dir) rmSync(dir, { recursive: true, force: true });
      });

      it("names the download by its format", async () => {
        const response = await fetch(`${new URL(api.url).origin}/export?format=ftm&id=person:dao-hong-lan`);
        assert.equal(response.status, 200);
        assert.match(response.headers.get("content-type") ?? "", /^application\/x-ndjson/);
        assert.match(response.headers.get("content-disposition") ?? "", /filename="kg-neighbourhood-person_dao-hong-lan\.ftm\.json"/);
        await response.text();
      });

      it("holds an FtM entity for every graph entity FtM has a schema for", async () => {
        const ids = new Set(entities.map((e) => e.id));
        const mapped = [NodeKind.Person, NodeKind.Organization, NodeKind.Agreement, NodeKind.Event, NodeKind.Drug, NodeKind.Technology, NodeKind.Article];
        const graphIds = await api.store.listEntities({ kinds: mapped, limit: 10_000, offset: 0 });
        assert.ok(graphIds.length > 50);
        for (const id of graphIds) assert.ok(ids.has(ftmId(id)), `${id} is exported`);
        assert.equal(entities.find((e) => e.id === "organization.medsintez")?.properties.country?.join(), "ru", "a company carries its country's code");
      });

      it("validates with ftm validate: zero invalid entities, every value kept as written", async () => {
        const validated = join(dir, "validated.ftm.json");
        await run(tool("ftm"), ["validate", "-i", files.entities, "-o", validated], { maxBuffer: 64 * 1024 * 1024 });
        assert.deepEqual(normalised(readEntities(readFileSync(validated, "utf8"))), normalised(entities));
      });

      it("passes followthemoney's model: schemata, required properties, references, statement types and ids", async () => {
        const { stdout } = await run(tool("python"), [CHECK, files.entities, files.statements], { maxBuffer: 64 * 1024 * 1024 });
        assert.deepEqual(JSON.parse(stdout.trim().split("\n").pop()!), { entities: entities.length, problems: 0 });
      });

      it("reads the statement table back through ftm aggregate-statements into the same entities", async () => {
        const aggregated = join(dir, "aggregated.ftm.json");
        await run(tool("ftm"), ["aggregate-statements", "-i", files.statements, "-f", "csv", "-o", aggregated], { maxBuffer: 64 * 1024 * 1024 });
        assert.deepEqual(normalised(readEntities(readFileSync(aggregated, "utf8"))), normalised(entities));
        const rows = readFileSync(files.statements, "utf8");
        assert.match(rows, /"curated:accepted"/, "statements carry their origin");
        assert.match(rows, /"\d{4}-\d{2}-\d{2}T00:00:00"/, "statements carry the day their source was published");
      });

      it("carries every seed SIGNED, WITNESSED and TRANSFERS relationship with its quotes, glosses and articles", async () => {
        const seed = await readSeedGraph();
        const byRecord = new Map<string, FtmJson[]>();
        for (const e of entities) for (const record of e.properties.recordId ?? []) byRecord.set(record, [...(byRecord.get(record) ?? []), e]);
        const mission = seed.relationships.filter((r) => [RelationshipType.SIGNED, RelationshipType.WITNESSED, RelationshipType.TRANSFERS].includes(r.type));
        assert.ok(mission.length >= 40, `the seed holds ${mission.length} such relationships`);
        for (const relationship of mission) {
          const stated = byRecord.get(relationship.id) ?? [];
          const link = stated.find((e) => e.schema === "UnknownLink");
          assert.ok(link, `${relationship.type} ${relationship.from} → ${relationship.to} is an UnknownLink`);
          assert.deepEqual([link.properties.subject, link.properties.object], [[ftmId(relationship.from)], [ftmId(relationship.to)]]);
          for (const evidence of seed.evidence.filter((e) => e.subject === relationship.id)) {
            for (const thing of stated) {
              assert.ok(thing.properties.description?.includes(evidence.quote), `${thing.id} quotes "${evidence.quote.slice(0, 40)}…"`);
              if (evidence.gloss) assert.ok(thing.properties.summary?.includes(evidence.gloss), `${thing.id} glosses it`);
              assert.ok(thing.properties.proof?.includes(ftmId(evidence.article)), `${thing.id} cites ${evidence.article}`);
            }
          }
          const onBehalfOf = relationship.properties.onBehalfOf;
          if (typeof onBehalfOf === "string" && onBehalfOf.startsWith("organization:")) {
            const represents = stated.find((e) => e.schema === "Representation");
            assert.deepEqual([represents?.properties.agent, represents?.properties.client], [[ftmId(relationship.from)], [ftmId(onBehalfOf)]]);
          }
        }
      });

      it("holds the README's worked example as written (its … marks values cut short)", () => {
        const section = readFileSync(README, "utf8").split("### FollowTheMoney")[1]!.split("\n## ")[0]!;
        const examples = [...section.matchAll(/```json\n([\s\S]*?)```/g)].flatMap((m) => readEntities(m[1]!));
        assert.ok(examples.length >= 7);
        const exported = new Map(entities.map((e) => [e.id, e]));
        for (const example of examples) {
          const actual = exported.get(example.id);
          assert.equal(actual?.schema, example.schema, `${example.id} is a ${example.schema}`);
          for (const [property, values] of Object.entries(example.properties)) {
            for (const value of values) {
              const pieces = value.split("…").map((p) => p.trim()).filter(Boolean);
              const matches = (v: string) => (value.includes("…") ? pieces.every((p) => v.includes(p)) : v === value);
              assert.ok(actual!.properties[property]?.some(matches), `${example.id} ${property}: ${value}`);
            }
          }
        }
      });

      it("exports a neighbourhood whose links cite articles it holds, with the same ids as the whole graph", async () => {
        const output = memoryOutput();
        await runExport(api.store, exportRequest({ format: "ftm", id: "person:dao-hong-lan", depth: "2" }, { needsFile: false }), output);
        const part = readEntities(output.text());
        const whole = normalised(entities);
        const graph = await api.store.neighbourhood({ id: "person:dao-hong-lan", depth: 2, types: [], limit: 100 });
        const records = new Set(part.flatMap((e) => e.properties.recordId ?? []));
        for (const edge of graph!.edges.filter((e) => [RelationshipType.SIGNED, RelationshipType.WITNESSED].includes(e.type))) {
          assert.ok(records.has(edge.id), `${edge.type} ${edge.from} → ${edge.to} is in the neighbourhood's export`);
        }
        const ids = new Set(part.map((e) => e.id));
        for (const article of part.flatMap((e) => e.properties.proof ?? [])) assert.ok(ids.has(article), `${article} is in the export`);
        for (const e of part.filter((e) => e.schema !== "Article")) assert.deepEqual(normalised([e]).get(e.id), whole.get(e.id), `${e.id} as in the whole graph`);
      });
    });
  }
});
