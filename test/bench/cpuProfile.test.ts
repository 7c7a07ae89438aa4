/**
 * The profile summary: samples inside the window are summed by the layer of
 * the file their function comes from; a builtin without a file counts for its
 * caller, JSON and the collector for themselves; idle time and samples outside
 * the window count for nothing.
 */
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { GC_LAYER, JSON_LAYER, layerTimes, type CpuProfile } from "../../bench/cpuProfile.js";

const frame = (id: number, functionName: string, url: string, children: number[] = []) => ({ id, callFrame: { functionName, url }, children });

const PROFILE: CpuProfile = {
  nodes: [
    frame(1, "(root)", "", [2, 5, 6, 7]),
    frame(2, "execute", "file:///app/node_modules/graphql/execution/execute.js", [3, 4]),
    frame(3, "push", ""),
    frame(4, "stringify", ""),
    frame(5, "(garbage collector)", ""),
    frame(6, "(idle)", ""),
    frame(7, "decode", "file:///app/node_modules/neo4j-driver-bolt-connection/lib/packstream.js"),
  ],
  startTime: 1000,
  endTime: 2000,
  // Sample times: 1100, 1200, 1300, 1400, 1500, 1600, 1700; each stands for the 100 µs up to the next.
  samples: [2, 3, 4, 5, 6, 7, 7],
  timeDeltas: [100, 100, 100, 100, 100, 100, 100, 100],
};

describe("layerTimes", () => {
  it("sums the window's samples by layer, builtins with their caller", () => {
    const { layers, totalMicros } = layerTimes(PROFILE, 1100, 1650);
    assert.deepEqual(layers, { "GraphQL execution": 200, [JSON_LAYER]: 100, [GC_LAYER]: 100, "neo4j-driver (protocol, decoding)": 100 });
    assert.equal(totalMicros, 500);
  });
});
