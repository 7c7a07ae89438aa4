/**
 * Neo4j's plans for the statements whose cost would grow with the graph: a
 * transfers question with an anchor reads from the anchor and never scans
 * every agreement; one with no anchor does. Checked with PROFILE on the seed
 * graph, where a wasted scan already shows as rows read.
 */
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import neo4j, { type Driver, type ProfiledPlan } from "neo4j-driver";
import { readSeedGraph } from "../../src/seed/index.js";
import { SEED_ORIGIN } from "../../src/seed/load.js";
import { CypherQueries } from "../../src/store/cypher.js";
import { storeConfigFrom, type GraphStore } from "../../src/store/index.js";
import { transferParameters } from "../../src/store/neo4j/neo4jStore.js";
import type { TransferQuery } from "../../src/store/port.js";
import { neo4jConfigured, storesUnderTest } from "../support/stores.js";

const NO_FILTER: TransferQuery = {
  provider: null, recipient: null, product: null, providerCountry: null, recipientCountry: null, dates: null,
  offset: 0, limit: 20, include: { ends: "summaries", parties: "summaries" },
};

/** Rows every label scan of the plan produced. */
function labelScanRows(plan: ProfiledPlan): number {
  const own = plan.operatorType.startsWith("NodeByLabelScan") ? plan.rows : 0;
  return own + plan.children.reduce((sum, child) => sum + labelScanRows(child), 0);
}

describe("Neo4j's plans", { skip: !neo4jConfigured() && "Neo4j is not configured" }, () => {
  let store: GraphStore;
  let driver: Driver;
  let database: string;
  before(async () => {
    store = await storesUnderTest().find((s) => s.name === "neo4j")!.open();
    await store.replaceOrigin(SEED_ORIGIN, await readSeedGraph());
    const config = storeConfigFrom();
    if (config.store !== "neo4j") throw new Error("NEO4J_URI is not set");
    driver = neo4j.driver(config.uri, neo4j.auth.basic(config.username, config.password));
    database = config.database;
  });
  after(async () => {
    await driver.close();
    await store.close();
  });

  const profile = async (query: TransferQuery) => {
    const statement = `PROFILE ${CypherQueries.load("neo4j").get("transfers")}`;
    const { summary, records } = await driver.executeQuery(statement, transferParameters(query), { database, routing: neo4j.routing.READ });
    return { scanned: labelScanRows(summary.profile as ProfiledPlan), total: Number(records[0].get("total")) };
  };

  it("transfers from an anchor scan no label; with none, every agreement", async () => {
    for (const anchor of [{ recipientCountry: "country:viet-nam" }, { providerCountry: "country:russian-federation" }, { product: "drug:triazavirin" }, { provider: "organization:medsintez" }]) {
      const { scanned, total } = await profile({ ...NO_FILTER, ...anchor });
      assert.ok(total > 0, `the seed should hold transfers for ${JSON.stringify(anchor)}`);
      assert.equal(scanned, 0, `rows from a label scan for ${JSON.stringify(anchor)}`);
    }
    const everything = await profile(NO_FILTER);
    assert.ok(everything.scanned > 0 && everything.total > 0, JSON.stringify(everything));
  });
});
