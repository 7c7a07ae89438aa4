/** schema.graphql is exactly the schema the code builds and the server serves. */
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { buildClientSchema, getIntrospectionQuery, lexicographicSortSchema, printSchema } from "graphql";
import { schemaSDL } from "../../src/graphql/schema.js";
import { storesUnderTest } from "../support/stores.js";
import { data, startApi, type RunningApi } from "../support/server.js";

const FILE = fileURLToPath(new URL("../../../schema.graphql", import.meta.url));
const STALE = "schema.graphql is stale: run `npm run schema` and commit the result";

describe("schema.graphql", () => {
  let api: RunningApi;
  before(async () => {
    api = await startApi(storesUnderTest()[0]);
  });
  after(() => api.close());

  it("is what the code builds", async () => {
    assert.equal(readFileSync(FILE, "utf8"), await schemaSDL(), STALE);
  });

  it("is what the server serves", async () => {
    const served = buildClientSchema(await data(api, getIntrospectionQuery({ specifiedByUrl: true })));
    assert.equal(`${printSchema(lexicographicSortSchema(served))}\n`, readFileSync(FILE, "utf8"), STALE);
  });
});
