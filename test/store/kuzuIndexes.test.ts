/**
 * The embedded store patches its in-memory indexes (names, transfers,
 * redirects, adjacency) with each write instead of rebuilding them: after every kind of
 * write, a store whose indexes were built before the write answers exactly as
 * the same store opened afresh, whose indexes are built after it. A server
 * builds them as it starts, before the first question needs them.
 */
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { NodeKind, RelationshipType as T } from "../../src/domain/ontology.js";
import type { GraphBatch } from "../../src/domain/records.js";
import { statementId } from "../../src/domain/ids.js";
import { startServeProcess } from "../../bench/serveProcess.js";
import { DEFAULT_QUERY_TIMEOUT_MS, openStore, type GraphStore } from "../../src/store/index.js";
import { add, create, DAO, evidenceOf, indexed, merge, NGUYEN, relationship, retract, russia, seedBatch, update } from "./curationFixture.js";

const AGREEMENT = "agreement:vnvc-medsintez";
const PHARMSTANDARD = indexed({ id: "organization:pharmstandard", kind: NodeKind.Organization, name: "Pharmstandard Zeta", names: {}, aliases: [], labels: [], attributes: {} });
const providerParty = relationship(T.PARTY_TO, PHARMSTANDARD.id, AGREEMENT);
const providerRole = { ...providerParty, properties: { role: "PROVIDER" } };
const basedInRussia = relationship(T.BASED_IN, PHARMSTANDARD.id, russia.id);

const CLINIC = "organization:omega-clinic";
const curatedClinicParty = { ...relationship(T.PARTY_TO, CLINIC, AGREEMENT), properties: { role: "PROVIDER" } };

/** Another origin's batch: entities with transfer relationships; the smaller one drops the clinic. */
function extraBatch(withAll: boolean): GraphBatch {
  const clinic = indexed({ id: CLINIC, kind: NodeKind.Organization, name: "Omega Clinic Hanoi", names: {}, aliases: [], labels: [], attributes: {} });
  const drug = indexed({ id: "drug:omegavir", kind: NodeKind.Drug, name: "Omegavir", names: {}, aliases: [], labels: [], attributes: {} });
  const party = { id: statementId(T.PARTY_TO, CLINIC, AGREEMENT, ["RECIPIENT"]), type: T.PARTY_TO, from: CLINIC, to: AGREEMENT, properties: { role: "RECIPIENT" } };
  const relationships = withAll ? [party, relationship(T.TRANSFERS, AGREEMENT, drug.id), relationship(T.BASED_IN, CLINIC, "country:vn")] : [];
  return {
    entities: withAll ? [clinic, drug] : [drug],
    relationships,
    evidence: relationships.map((r) => evidenceOf(r, `extra ${r.id}`)),
  };
}

/**
 * Everything the indexes serve, by question: searches, names of entities asked about, transfers by party, country and product,
 * drawings' neighbourhoods and shortest paths.
 */
async function answers(store: GraphStore): Promise<Record<string, unknown>> {
  const ids = [DAO, NGUYEN, AGREEMENT, PHARMSTANDARD.id, russia.id, "organization:vnvc", CLINIC, "drug:omegavir", "drug:triazavirin", "country:vn"];
  const answered: Record<string, unknown> = { summaries: await store.entitySummaries(ids) };
  for (const text of ["dao hong lan", "nguyen", "pharmstandard", "zeta", "omega", "russia", "vnvc", "triazavirin"]) {
    answered[`search ${text}`] = await store.search({ text, kinds: [], limit: 20, offset: 0 });
  }
  for (const filter of [
    {}, { providerCountry: russia.id }, { recipientCountry: "country:vn" }, { provider: PHARMSTANDARD.id },
    { recipient: CLINIC }, { provider: CLINIC }, { product: "drug:omegavir" }, { recipient: DAO },
  ]) {
    answered[`transfers ${JSON.stringify(filter)}`] = await store.transfers({
      provider: null, recipient: null, product: null, providerCountry: null, recipientCountry: null, dates: null, offset: 0, limit: 50, include: { ends: "whole", parties: "whole" }, ...filter,
    });
  }
  for (const id of [DAO, NGUYEN, AGREEMENT, PHARMSTANDARD.id, CLINIC, "country:vn"]) {
    answered[`neighbourhood ${id}`] = await store.neighbourhood({ id, depth: 2, types: [], limit: 100, edgeProperties: false });
  }
  for (const [from, to] of [[DAO, PHARMSTANDARD.id], [CLINIC, russia.id], [NGUYEN, AGREEMENT], [PHARMSTANDARD.id, "country:vn"]]) {
    answered[`paths ${from} ${to}`] = await store.shortestPaths({ from, to, maxLength: 6, types: [], limit: 10 });
  }
  return answered;
}

describe("the embedded store's indexes when the server starts", () => {
  it("are built while the server begins to listen, and its log says when they are ready", { timeout: 120_000 }, async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "kg-warm-"));
    const server = await startServeProcess({ NEO4J_URI: "", KG_DATA_DIR: dataDir });
    try {
      const deadline = Date.now() + 60_000;
      while (!server.log().includes("store warmed up") && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
      const line = server.log().split("\n").find((l) => l.includes("store warmed up"));
      assert.ok(line, server.log());
      assert.equal(typeof JSON.parse(line).seconds, "number");
    } finally {
      server.child.kill("SIGTERM");
      await server.exited;
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

describe("the embedded store closed while its indexes build", () => {
  // Closing a connection while Kùzu ran an index build's scan killed the process (SIGSEGV), so the store runs in a child.
  it("closes cleanly, however early, and the build stops", { timeout: 120_000 }, () => {
    const dir = mkdtempSync(join(tmpdir(), "kg-close-"));
    const script = `
      const { openStore } = await import(${JSON.stringify(new URL("../../src/store/index.js", import.meta.url).href)});
      const { seedBatch } = await import(${JSON.stringify(new URL("./curationFixture.js", import.meta.url).href)});
      const open = () => openStore({ store: "kuzu", dataDir: ${JSON.stringify(dir)}, queryTimeoutMs: 5000 });
      let store = await open();
      await store.replaceOrigin("seed", seedBatch());
      await store.close();
      for (let i = 0; i < 30; i++) {
        store = await open();
        const warming = store.warmUp().then(() => "built", (error) => error.message);
        await new Promise((resolve) => setTimeout(resolve, i % 5));
        await store.close();
        const outcome = await warming;
        if (outcome !== "built" && outcome !== "the embedded store is closed") throw new Error(outcome);
      }`;
    try {
      const run = spawnSync(process.execPath, ["--input-type=module", "-e", script], { encoding: "utf8", timeout: 100_000 });
      assert.equal(run.signal, null, run.stderr);
      assert.equal(run.status, 0, run.stderr);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("the embedded store's indexes after each kind of write", () => {
  const writes: [string, (store: GraphStore) => Promise<unknown>][] = [
    ["an entity created", (s) => s.curate(create("i1", russia))],
    ["an entity created with a party and its country", async (s) => {
      await s.curate(create("i2", PHARMSTANDARD));
      await s.curate(add("i3", providerRole));
      return s.curate(add("i4", basedInRussia));
    }],
    // A name with what CSV must quote, as the index is built through a CSV file.
    ["an entity renamed", (s) => s.curate(update("i5", PHARMSTANDARD.id, { name: 'Pharmstandard "Omega", Ltd\nRU \\ Đức' }))],
    ["a relationship retracted", (s) => s.curate(retract("i6", providerParty.id))],
    ["another origin's batch written", (s) => s.replaceOrigin("extra", extraBatch(true))],
    ["a curator's party of that origin's entity", (s) => s.curate(add("i8", curatedClinicParty))],
    ["the batch replaced by a smaller one, the rest pruned (the clinic, with the curator's party)", (s) => s.replaceOrigin("extra", extraBatch(false))],
    ["two entities merged", (s) => s.curate(merge("i7", DAO, NGUYEN))],
  ];

  it("answers as a store opened afresh after a reload drops more relationships than it deletes one by one", { timeout: 120_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), "kg-indexes-"));
    const open = () => openStore({ store: "kuzu", dataDir: dir, queryTimeoutMs: DEFAULT_QUERY_TIMEOUT_MS });
    const person = indexed({ id: "person:many-visits", kind: NodeKind.Person, name: "Many Visits", names: {}, aliases: [], labels: [], attributes: {} });
    const event = indexed({ id: "event:open-day", kind: NodeKind.Event, name: "Open Day", names: {}, aliases: [], labels: [], attributes: {} });
    // Past the 10,000 a prune deletes one by one (steps.ts): these go in one scan, and the indexes are rebuilt.
    const visits = Array.from({ length: 10_001 }, (_, i) => ({ ...relationship(T.ATTENDED, person.id, event.id), id: statementId(T.ATTENDED, person.id, event.id, [String(i)]) }));
    const neighbourhood = (s: GraphStore) => s.neighbourhood({ id: person.id, depth: 1, types: [], limit: 10, edgeProperties: false });
    let store = await open();
    try {
      await store.replaceOrigin("seed", seedBatch());
      await store.replaceOrigin("visits", { entities: [person, event], relationships: visits, evidence: [] });
      assert.equal((await neighbourhood(store))!.edges.length, 10_001);
      await store.replaceOrigin("visits", { entities: [person, event], relationships: visits.slice(0, 1), evidence: [] });
      const patched = await answers(store);
      assert.deepEqual((await neighbourhood(store))!.edges.map((r) => r.id), [visits[0].id]);
      await store.close();
      store = await open();
      const fresh = await answers(store);
      for (const question of Object.keys(fresh)) assert.deepEqual(patched[question], fresh[question], question);
      assert.deepEqual((await neighbourhood(store))!.edges.map((r) => r.id), [visits[0].id]);
    } finally {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("answers as a store opened afresh, write after write", async () => {
    const dir = mkdtempSync(join(tmpdir(), "kg-indexes-"));
    const open = () => openStore({ store: "kuzu", dataDir: dir, queryTimeoutMs: DEFAULT_QUERY_TIMEOUT_MS });
    let store = await open();
    try {
      await store.replaceOrigin("seed", seedBatch());
      for (const [name, write] of writes) {
        const before = await answers(store);
        await write(store);
        const patched = await answers(store);
        assert.notDeepEqual(patched, before, `${name}: the write changes what the indexes serve`);
        await store.close();
        store = await open();
        const fresh = await answers(store);
        for (const question of Object.keys(fresh)) assert.deepEqual(patched[question], fresh[question], `${name}: ${question}`);
      }
    } finally {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
