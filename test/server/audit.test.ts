/**
 * The GraphQL-over-HTTP audit of the graphql-http package against the running
 * server: every MUST passes; what SHOULD and MAY audits report is printed.
 */
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { serverAudits } from "graphql-http";
import { storesUnderTest } from "../support/stores.js";
import { startApi, type RunningApi } from "../support/server.js";

const audits = serverAudits({ url: () => running.url, fetchFn: fetch });
let running: RunningApi;

for (const sut of storesUnderTest()) {
  describe(`graphql-http audit on ${sut.name}`, () => {
    before(async () => {
      running = await startApi(sut);
    });
    after(() => running.close());

    for (const audit of audits) {
      it(audit.name, async (t) => {
        const result = await audit.fn();
        if (result.status === "ok") return;
        const reason = `${result.status}: ${result.reason}`;
        if (audit.name.startsWith("MUST")) assert.fail(reason);
        t.diagnostic(reason);
      });
    }
  });
}
