/** Curation rows about the record of changes: retries, concurrent changes, history order, and a seed reload after curation. */
import assert from "node:assert/strict";
import { replaceSeed } from "../../src/seed/load.js";
import type { GraphStore } from "../../src/store/port.js";
import {
  add, change, DAO, indexed, merge, NGUYEN, people, rejectsWith, relationship, relationshipIds,
  retract, russia, seedBatch, T, create, update, vnvcPartOfMinistry, WITNESSED, type CurationRow,
} from "./curationFixture.js";

const ids = (items: readonly { id: string }[]) => items.map((i) => i.id);
const page = (store: GraphStore, subject?: string) => store.changes({ subject, limit: 20, offset: 0 }).then(ids);

const retractWitnessed = retract("r1", WITNESSED);
const addPartOf = add("a1", vnvcPartOfMinistry);

const RETRY_ROWS: CurationRow[] = [
  {
    name: "replaying a change id applies nothing and answers the first record, whoever sends it when",
    given: [retractWitnessed, addPartOf],
    call: async (s) => {
      const [counts, recorded] = [await s.counts(), await s.changes({ limit: 20, offset: 0 })];
      const later = { actor: "curator:other", at: "2030-01-01T00:00:00.000Z" };
      assert.deepEqual(await s.curate({ ...retractWitnessed, ...later }), recorded[1]);
      assert.deepEqual(await s.curate(addPartOf), recorded[0]);
      assert.deepEqual(await s.counts(), counts);
      assert.deepEqual(await s.changes({ limit: 20, offset: 0 }), recorded);
    },
  },
  {
    name: "a change id reused for another change is a CONFLICT",
    given: [retractWitnessed],
    call: (s) => rejectsWith(s.curate(create("r1", russia)), "CONFLICT", /change id r1 was already used for retractRelationship/),
  },
  {
    name: "changes sent at once all apply, and the same change sent twice at once applies once",
    call: async (s) => {
      const countries = ["ru", "no", "id", "cn"].map((iso) => indexed({ ...russia, id: `country:${iso}`, name: iso, names: {} }));
      const twice = add("a1", vnvcPartOfMinistry);
      const records = await Promise.all([...countries.map((c, i) => s.curate(create(`u${i}`, c))), s.curate(twice), s.curate(twice)]);
      assert.deepEqual(records.at(-1), records.at(-2));
      assert.deepEqual((await page(s)).sort(), ["a1", "u0", "u1", "u2", "u3"]);
      assert.equal((await s.counts()).nodes.Country, 1 + countries.length);
    },
  },
];

const HISTORY_ROWS_ORDER: CurationRow[] = [
  {
    name: "changes come newest first, page, filter by subject (a merge under both ids), and are counted under the same filter",
    given: [create("h1", russia), add("h2", vnvcPartOfMinistry), retract("h3", WITNESSED), merge("h4", DAO, NGUYEN)],
    call: async (s) => {
      assert.deepEqual(await page(s), ["h4", "h3", "h2", "h1"]);
      assert.deepEqual(ids(await s.changes({ limit: 2, offset: 1 })), ["h3", "h2"]);
      assert.deepEqual(await page(s, WITNESSED), ["h3"]);
      assert.deepEqual(await page(s, NGUYEN), ["h4"]);
      assert.deepEqual(await page(s, DAO), ["h4"]);
      assert.deepEqual(await page(s, "country:nowhere"), []);
      const counted = [undefined, WITNESSED, NGUYEN, DAO, "country:nowhere"].map((subject) => s.changeCount({ subject }));
      assert.deepEqual(await Promise.all(counted), [4, 1, 1, 1, 0]);
    },
  },
  {
    name: "changes made at the same moment come in the reverse order they were recorded",
    given: [
      change("same-b", { kind: "createEntity", entity: russia }, "2025-06-01T00:00:00.000Z"),
      change("same-a", { kind: "updateEntity", id: russia.id, patch: { name: "Rossiya" } }, "2025-06-01T00:00:00.000Z"),
    ],
    call: (s) => page(s),
    expect: ["same-a", "same-b"],
  },
];

/** Everything a reload might undo. */
async function snapshot(s: GraphStore): Promise<unknown> {
  return {
    counts: await s.counts(),
    people: await people(s),
    dao: await relationshipIds(s, DAO),
    evidence: await s.evidenceFor([DAO, WITNESSED, vnvcPartOfMinistry.id]),
    entities: await s.entitiesById([NGUYEN, "organization:ministry-of-health", "country:ru"]),
    overrides: await s.curationOverrides(),
  };
}

const RELOAD_ROWS: CurationRow[] = [
  {
    name: "a seed reload keeps retractions, merges and curated records",
    given: [
      retractWitnessed, merge("m1", DAO, NGUYEN), create("u1", russia), addPartOf,
      update("u2", "organization:ministry-of-health", { name: "Ministry of Health" }),
      add("a2", relationship(T.BASED_IN, "organization:vnvc", "country:ru")),
    ],
    call: async (s) => {
      const before = await snapshot(s);
      await replaceSeed(s, seedBatch());
      assert.deepEqual(await snapshot(s), before);
      const counts = await s.counts();
      assert.deepEqual([counts.relationships.WITNESSED, counts.relationships.PART_OF, counts.relationships.BASED_IN], [0, 1, 2]);
      assert.ok(!(await people(s)).includes(NGUYEN));
      assert.equal((await s.entitiesById(["organization:ministry-of-health"]))[0]?.name, "Ministry of Health");
    },
  },
];

export const HISTORY_ROWS: CurationRow[] = [...RETRY_ROWS, ...HISTORY_ROWS_ORDER, ...RELOAD_ROWS];
