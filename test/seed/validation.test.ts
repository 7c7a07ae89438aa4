/**
 * A broken seed fails the load with a message naming the file, the item and
 * the field, and writes nothing. Each case copies a small valid seed and breaks
 * one thing in it.
 */
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { readSeedGraph, SeedValidationError } from "../../src/seed/index.js";
import { main } from "../../src/cli.js";

const VALID = fileURLToPath(new URL("../../../test/fixtures/seed-small", import.meta.url));

type Json = any;

function brokenSeed(file: string, breakIt: (json: Json) => Json | string): string {
  const dir = mkdtempSync(join(tmpdir(), "kg-seed-"));
  cpSync(VALID, dir, { recursive: true });
  const path = join(dir, file);
  const broken = breakIt(JSON.parse(readFileSync(path, "utf8")));
  writeFileSync(path, typeof broken === "string" ? broken : JSON.stringify(broken));
  return dir;
}

async function problemsOf(dir: string) {
  try {
    const error = await readSeedGraph(dir).then(() => null, (e: unknown) => e);
    assert.ok(error instanceof SeedValidationError, `expected a SeedValidationError, got ${String(error)}`);
    return error.problems;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const CASES: Array<{ name: string; file: string; break: (j: Json) => Json | string; expect: { file: string; item: string; field: string; message: RegExp } }> = [
  {
    name: "an unknown entity reference",
    file: "articles/small.json",
    break: (j) => ((j.statements[1].to = "agreement:nowhere"), j),
    expect: { file: "articles/small.json", item: "statements[1]", field: "to", message: /agreement:nowhere.*not in the graph/ },
  },
  {
    name: "a relationship with no evidence",
    file: "articles/small.json",
    break: (j) => ((j.statements[0].evidence = []), j),
    expect: { file: "articles/small.json", item: "statements[0]", field: "evidence", message: /at least one quote/ },
  },
  {
    name: "a quote that is not in the article",
    file: "articles/small.json",
    break: (j) => ((j.statements[1].evidence[0].quote = "Dao Hong Lan signed it herself."), j),
    expect: { file: "articles/small.json", item: "statements[1]", field: "evidence[0].quote", message: /not in the article text/ },
  },
  {
    name: "a name marked as written in an article whose text does not hold it",
    file: "entities/persons.json",
    break: (j) => ((j[1].names = { id: "Daoh Hong Lan" }), j),
    expect: { file: "entities/persons.json", item: "#1 person:dao-hong-lan", field: "names.id", message: /no "id" article's text contains "Daoh Hong Lan".*translations/ },
  },
  {
    name: "a name marked as written in a language no article is written in",
    file: "entities/persons.json",
    break: (j) => ((j[1].names = { en: "Dao Hong Lan" }), j),
    expect: { file: "entities/persons.json", item: "#1 person:dao-hong-lan", field: "names.en", message: /no "en" article's text contains/ },
  },
  {
    name: "an empty translation",
    file: "entities/persons.json",
    break: (j) => ((j[1].translations = { en: " " }), j),
    expect: { file: "entities/persons.json", item: "#1 person:dao-hong-lan", field: "translations.en", message: /non-empty name/ },
  },
  {
    name: "an impossible date",
    file: "entities/agreements.json",
    break: (j) => ((j[0].attributes.date = "2025-02-30"), j),
    expect: { file: "entities/agreements.json", item: "#0 agreement:vnvc-medsintez", field: "attributes.date", message: /day 30 does not exist/ },
  },
  {
    name: "a duplicate id",
    file: "entities/persons.json",
    break: (j) => [...j, { id: "person:dao-hong-lan", name: "Dao Hong Lan again" }],
    expect: { file: "entities/persons.json", item: "#2 person:dao-hong-lan", field: "id", message: /duplicates/ },
  },
  {
    name: "an unknown relationship kind",
    file: "articles/small.json",
    break: (j) => ((j.statements[1].type = "ENDORSED"), j),
    expect: { file: "articles/small.json", item: "statements[1]", field: "type", message: /relationship types/ },
  },
  {
    name: "a relationship between kinds the ontology does not allow",
    file: "articles/small.json",
    break: (j) => ((j.statements[1].from = "organization:vnvc"), j),
    expect: { file: "articles/small.json", item: "statements[1]", field: "from", message: /WITNESSED cannot start at a Organization/ },
  },
  {
    name: "a property the relationship type does not have",
    file: "articles/small.json",
    break: (j) => ((j.statements[0].properties.role = "PROVIDER"), j),
    expect: { file: "articles/small.json", item: "statements[0]", field: "properties.role", message: /not allowed/ },
  },
  {
    name: "an entity in the wrong kind's file",
    file: "entities/persons.json",
    break: (j) => [...j, { id: "organization:stray", name: "Stray" }],
    expect: { file: "entities/persons.json", item: "#2 organization:stray", field: "id", message: /Organization id.*Person/ },
  },
  {
    name: "malformed JSON",
    file: "entities/organizations.json",
    break: () => "[{ \"id\": ",
    expect: { file: "entities/organizations.json", item: "", field: "", message: /not valid JSON/ },
  },
];

describe("seed validation", () => {
  it("the small valid seed validates", async () => {
    const batch = await readSeedGraph(VALID);
    assert.equal(batch.entities.length, 5);
    assert.deepEqual(batch.relationships.map((r) => r.type).sort(), ["MENTIONS", "MENTIONS", "MENTIONS", "MENTIONS", "SIGNED", "WITNESSED"]);
    assert.ok(batch.relationships.every((r) => batch.evidence.some((e) => e.subject === r.id)));
  });

  for (const c of CASES) {
    it(`refuses ${c.name}, naming file, item and field`, async () => {
      const problems = await problemsOf(brokenSeed(c.file, c.break));
      const match = problems.find((p) => p.file === c.expect.file && p.item === c.expect.item && p.field === c.expect.field);
      assert.ok(match, `no problem at ${c.expect.file} ${c.expect.item} ${c.expect.field}; got ${JSON.stringify(problems)}`);
      assert.match(match.message, c.expect.message);
    });
  }

  it("a broken seed writes nothing to a store that holds a good one", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "kg-data-"));
    const broken = brokenSeed("articles/small.json", (j) => ((j.statements[1].to = "agreement:nowhere"), j));
    const saved = { ...process.env };
    const stdout = process.stdout.write.bind(process.stdout);
    const stderr = process.stderr.write.bind(process.stderr);
    const printed: string[] = [];
    try {
      Object.assign(process.env, { KG_DATA_DIR: dataDir, NEO4J_URI: "" });
      process.stdout.write = ((chunk: string) => printed.push(String(chunk)) > 0) as typeof process.stdout.write;
      process.stderr.write = ((chunk: string) => printed.push(String(chunk)) > 0) as typeof process.stderr.write;
      assert.equal(await main(["load", "--seed", VALID]), 0);
      printed.length = 0;
      assert.equal(await main(["stats", "--json"]), 0);
      const before = printed.join("");
      printed.length = 0;
      assert.equal(await main(["load", "--seed", broken]), 4);
      assert.match(printed.join(""), /articles\/small\.json statements\[1\] to: refers to agreement:nowhere/);
      printed.length = 0;
      assert.equal(await main(["stats", "--json"]), 0);
      assert.equal(printed.join(""), before);
      assert.equal(JSON.parse(before).SIGNED, 1);
    } finally {
      process.stdout.write = stdout;
      process.stderr.write = stderr;
      process.env = saved;
      rmSync(dataDir, { recursive: true, force: true });
      rmSync(broken, { recursive: true, force: true });
    }
  });
});
