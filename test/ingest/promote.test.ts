/** KG_INGEST_AUTO_ACCEPT: unset promotes nothing; a bad value is refused with what it accepts. */
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { autoAcceptThreshold, AutoAcceptSettingError } from "../../src/ingest/promote.js";

describe("the auto-accept threshold", () => {
  it("is off when unset and a confidence when set", () => {
    assert.equal(autoAcceptThreshold({}), null);
    assert.equal(autoAcceptThreshold({ KG_INGEST_AUTO_ACCEPT: " " }), null);
    assert.equal(autoAcceptThreshold({ KG_INGEST_AUTO_ACCEPT: "0.95" }), 0.95);
    assert.equal(autoAcceptThreshold({ KG_INGEST_AUTO_ACCEPT: "1" }), 1);
  });

  it("refuses anything but a confidence above 0 and at most 1", () => {
    for (const bad of ["0", "1.5", "high", "-0.5", "0.9x"]) {
      assert.throws(() => autoAcceptThreshold({ KG_INGEST_AUTO_ACCEPT: bad }), (e: Error) =>
        e instanceof AutoAcceptSettingError && e.message.includes("KG_INGEST_AUTO_ACCEPT must be a confidence above 0 and at most 1") && e.message.includes(`"${bad}"`));
    }
  });
});
