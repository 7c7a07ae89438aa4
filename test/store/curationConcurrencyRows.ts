/**
 * Curation rows about changes sent at once, as several curators would: each
 * concurrent pair or group either all applies correctly or all but one gets a
 * CONFLICT, and the record holds each change that applied, once. Bounded: at
 * most ten changes a row.
 */
import assert from "node:assert/strict";
import { RelationshipType } from "../../src/domain/ontology.js";
import { ExtractionMethod, ReviewState } from "../../src/domain/records.js";
import type { ArticleFindings, ProposalRecord } from "../../src/store/findings.js";
import type { GraphStore } from "../../src/store/port.js";
import {
  add, AGREEMENT, change, DAO, evidenceOf, merge, NGUYEN, relationshipIds, retract, update, vnvcPartOfMinistry, WITNESSED,
  type CurationRow,
} from "./curationFixture.js";

const MINISTRY = "organization:ministry-of-health";

/** Sends every change at once and sorts what came back. */
async function atOnce(store: GraphStore, changes: Parameters<GraphStore["curate"]>[0][]) {
  const settled = await Promise.allSettled(changes.map((c) => store.curate(c)));
  const applied = settled.flatMap((s, i) => (s.status === "fulfilled" ? [changes[i].id] : []));
  const refused = settled.flatMap((s) => (s.status === "rejected" ? [s.reason] : []));
  return { applied, refused };
}

function allConflicts(refused: readonly unknown[]): void {
  for (const error of refused) {
    assert.equal((error as Error).name, "CurationError", String(error));
    assert.equal((error as { code: string }).code, "CONFLICT", String(error));
  }
}

const changeIds = async (store: GraphStore, subject?: string) =>
  (await store.changes({ subject, limit: 50, offset: 0 })).map((c) => c.id).sort();

const PROPOSAL: ProposalRecord = {
  id: "proposal:test-witness", article: "article:test", type: RelationshipType.WITNESSED, from: NGUYEN, to: AGREEMENT,
  properties: {}, quote: "Nguyen Ngo Quang witnessed the signing.", start: 0, end: 39, method: ExtractionMethod.machine,
  confidence: 0.8, change: null, state: ReviewState.proposed, reviewedBy: null, reviewedAt: null,
};

const FINDINGS: ArticleFindings = {
  article: "article:test", facts: { entities: [], relationships: [], evidence: [] }, mentions: [], candidates: [], proposals: [PROPOSAL],
};

export const CONCURRENCY_ROWS: CurationRow[] = [
  {
    name: "ten aliases added to one entity at once are all kept, each change recorded once",
    call: async (s) => {
      const aliases = Array.from({ length: 10 }, (_, i) => `Alias number ${i}`);
      const { applied } = await atOnce(s, aliases.map((alias, i) => change(`alias-${i}`, { kind: "addAlias", id: DAO, alias })));
      assert.equal(applied.length, 10);
      const [dao] = await s.entitiesById([DAO]);
      assert.deepEqual(aliases.filter((a) => !dao!.aliases.includes(a)), []);
      assert.equal((await changeIds(s, DAO)).length, 10);
    },
  },
  {
    name: "two updates of different fields of one entity at once both apply",
    call: async (s) => {
      const { applied } = await atOnce(s, [
        update("u-name", MINISTRY, { name: "Ministry of Health" }),
        update("u-names", MINISTRY, { names: { en: "Ministry of Health of Viet Nam" } }),
        change("u-alias", { kind: "addAlias", id: MINISTRY, alias: "MoH" }),
      ]);
      assert.equal(applied.length, 3);
      const [ministry] = await s.entitiesById([MINISTRY]);
      assert.equal(ministry!.name, "Ministry of Health");
      assert.equal(ministry!.names.en, "Ministry of Health of Viet Nam");
      assert.ok(ministry!.aliases.includes("MoH"));
    },
  },
  {
    name: "opposite merges at once: one applies, the other is a CONFLICT, and no redirect cycle or lost relationship follows",
    call: async (s) => {
      const before = [...new Set([...await relationshipIds(s, DAO), ...await relationshipIds(s, NGUYEN)])].sort();
      const { applied, refused } = await atOnce(s, [merge("dao-into-nguyen", NGUYEN, DAO), merge("nguyen-into-dao", DAO, NGUYEN)]);
      assert.equal(applied.length, 1);
      allConflicts(refused);
      const [first, second] = await s.entitiesById([DAO, NGUYEN]);
      assert.ok(first && second, "both ids still resolve");
      assert.equal(first.id, second.id);
      assert.deepEqual(await relationshipIds(s, first.id), before);
      assert.equal((await s.curationOverrides()).redirects.length, 1);
      assert.deepEqual(await changeIds(s), applied);
    },
  },
  {
    name: "five retractions of one relationship at once: one applies and is recorded, four are CONFLICTs",
    call: async (s) => {
      const { applied, refused } = await atOnce(s, Array.from({ length: 5 }, (_, i) => retract(`retract-${i}`, WITNESSED)));
      assert.equal(applied.length, 1);
      assert.equal(refused.length, 4);
      allConflicts(refused);
      assert.deepEqual(await changeIds(s, WITNESSED), applied);
    },
  },
  {
    name: "the same merge from ten curators at once is made and recorded once",
    call: async (s) => {
      const { applied, refused } = await atOnce(s, Array.from({ length: 10 }, (_, i) => merge(`merge-${i}`, DAO, NGUYEN)));
      assert.equal(applied.length, 1);
      allConflicts(refused);
      assert.deepEqual(await changeIds(s), applied);
    },
  },
  {
    name: "accepting and rejecting one proposal at once: one decision stands, and the fact exists only if it was accepted",
    given: [change("ingest", { kind: "ingestArticle", findings: FINDINGS })],
    call: async (s) => {
      const { applied, refused } = await atOnce(s, [
        change("accept", { kind: "acceptProposal", proposal: PROPOSAL.id }),
        change("reject", { kind: "rejectProposal", proposal: PROPOSAL.id }),
      ]);
      assert.equal(applied.length, 1);
      allConflicts(refused);
      const proposal = await s.proposalById(PROPOSAL.id);
      assert.equal(proposal!.state, applied[0] === "accept" ? ReviewState.accepted : ReviewState.rejected);
      const [incoming] = await s.relationshipsOf([{ entityId: AGREEMENT, types: [RelationshipType.WITNESSED], direction: "IN" }]);
      assert.equal(incoming.some((r) => r.from === NGUYEN), applied[0] === "accept");
    },
  },
  {
    name: "ingest, acceptance and rejection are each in the change record, with who and when",
    given: [change("ingest", { kind: "ingestArticle", findings: FINDINGS })],
    call: async (s) => {
      await s.curate(change("reject", { kind: "rejectProposal", proposal: PROPOSAL.id }));
      const records = await s.changes({ limit: 10, offset: 0 });
      assert.deepEqual(records.map((r) => [r.id, r.action, r.subject, r.actor]), [
        ["reject", "rejectProposal", PROPOSAL.id, "curator:test"],
        ["ingest", "ingestArticle", "article:test", "curator:test"],
      ]);
      assert.deepEqual(JSON.parse(records[1].summary), { mentions: 0, candidates: 0, proposals: 1 });
      await assert.rejects(s.curate(change("accept", { kind: "acceptProposal", proposal: PROPOSAL.id })), /was rejected by curator:test/);
    },
  },
  {
    name: "a change id sent again with another request of the same kind and subject is refused, not answered with the first record",
    given: [add("x1", vnvcPartOfMinistry)],
    call: async (s) => {
      const other = add("x1", vnvcPartOfMinistry, [evidenceOf(vnvcPartOfMinistry, "another quote altogether")]);
      await assert.rejects(s.curate(other), /change id x1 was already used for addRelationship/);
      assert.equal((await s.evidenceFor([vnvcPartOfMinistry.id]))[0].length, 1);
      assert.deepEqual(await changeIds(s), ["x1"]);
    },
  },
];
