/**
 * The embedded store under concurrent use: Kùzu killed the process (SIGSEGV)
 * when two queries were the first use of a new connection, so these fire many
 * reads at once on a store just opened, with a write among them, and bound the
 * whole run in time. Every concurrent answer must equal the answer read alone.
 */
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { DEFAULT_SEED_DIR } from "../../src/seed/index.js";
import { loadSeed } from "../../src/seed/load.js";
import { ExtractionMethod, ReviewState } from "../../src/domain/records.js";
import type { GraphStore } from "../../src/store/port.js";
import { embeddedStore } from "../support/stores.js";

const CENTRE = "person:dao-hong-lan";
const PATH_FROM = "person:ngo-chi-dung";

/** One of each kind of read, each answering something stable while the write goes on beside it. */
const READS: readonly ((store: GraphStore) => Promise<unknown>)[] = [
  (store) => store.neighbourhood({ id: CENTRE, depth: 2, types: [], limit: 500 }),
  (store) => store.shortestPaths({ from: PATH_FROM, to: CENTRE, maxLength: 6, types: [], limit: 5 }),
  (store) => store.search({ text: "vnvc", kinds: [], limit: 10, offset: 0 }),
  (store) => store.entitiesById([CENTRE, PATH_FROM]),
  (store) => store.relationshipsOf([{ entityId: CENTRE, direction: "BOTH", types: [] }]),
  (store) => store.listEntities({ kinds: [], limit: 50, offset: 0 }),
];

describe("embedded store concurrency", () => {
  let store: GraphStore;
  const alone: unknown[] = [];
  before(async () => {
    const seeded = await embeddedStore().open();
    await loadSeed(seeded, DEFAULT_SEED_DIR);
    for (const read of READS) alone.push(await read(seeded));
    store = seeded;
  });
  after(() => store.close());

  it("answers 240 parallel reads and a write, each read as it answers alone", { timeout: 60_000 }, async () => {
    const reads = Array.from({ length: 240 }, (_, i) => READS[i % READS.length](store).then((answer) => ({ i, answer })));
    const write = store.replaceOrigin("test:concurrent", {
      entities: [], relationships: [],
      evidence: [{
        id: "evidence:concurrent", subject: CENTRE, article: "article:concurrent", quote: "q", gloss: null,
        method: ExtractionMethod.curated, confidence: 0.9, reviewState: ReviewState.accepted,
      }],
    });
    const [answers] = await Promise.all([Promise.all(reads), write]);
    for (const { i, answer } of answers) assert.deepEqual(answer, alone[i % READS.length], `read ${i % READS.length}`);
    const [evidence] = await store.evidenceFor([CENTRE]);
    assert.ok(evidence.some((e) => e.id === "evidence:concurrent" && e.confidence === 0.9));
  });

  it("answers parallel reads that are the first use of a store just opened", { timeout: 60_000 }, async () => {
    const fresh = await embeddedStore().open();
    try {
      const answers = await Promise.all(Array.from({ length: 24 }, () => fresh.counts()));
      assert.equal(new Set(answers.map((a) => JSON.stringify(a))).size, 1);
    } finally {
      await fresh.close();
    }
  });
});
