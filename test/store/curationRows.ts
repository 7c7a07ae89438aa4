/** Curation rows: what each operation does to the graph, and what it refuses. */
import assert from "node:assert/strict";
import { NodeKind } from "../../src/domain/ontology.js";
import { timeline } from "../../src/store/traversals.js";
import type { TransferQuery } from "../../src/store/port.js";
import {
  add, AGREEMENT, DAO, ENTITY_EVIDENCE, evidenceOf, fixtureEntity, indexed, merge, NGUYEN, people,
  rejectsWith, relationship, relationshipIds, retract, russia, survivorOf, T, create, update, vnvcPartOfMinistry,
  WITNESSED, type CurationRow,
} from "./curationFixture.js";

const MINISTRY = "organization:ministry-of-health";
const summaryOf = (record: { summary: string }) => JSON.parse(record.summary);
const ids = (items: readonly { id: string }[]) => items.map((i) => i.id);

const ENTITY_ROWS: CurationRow[] = [
  {
    name: "createEntity creates an entity as written, findable, and answers its change record",
    call: async (s) => {
      const c = create("c1", russia);
      const record = await s.curate(c);
      assert.deepEqual({ ...record, summary: summaryOf(record) }, {
        id: "c1", actor: "curator:test", at: c.at, action: "createEntity", subject: "country:ru",
        summary: { kind: NodeKind.Country, name: "Russia", created: true },
      });
      assert.deepEqual(await s.entitiesById(["country:ru"]), [russia]);
      assert.deepEqual(ids((await s.search({ text: "russia", kinds: [], limit: 5, offset: 0 })).hits), ["country:ru"]);
    },
  },
  {
    name: "createEntity of an entity that is there as written changes nothing; with other content it is a CONFLICT",
    call: async (s) => {
      const ministry = fixtureEntity(MINISTRY);
      assert.deepEqual(summaryOf(await s.curate(create("c1", ministry))), { kind: NodeKind.Organization, name: ministry.name, created: false });
      await rejectsWith(s.curate(create("c2", indexed({ ...ministry, name: "Ministry of Health" }))), "CONFLICT", /exists already: use updateEntity/);
      assert.deepEqual(await s.entitiesById([MINISTRY]), [ministry]);
    },
  },
  {
    name: "updateEntity changes the fields it gives and keeps the rest as stored",
    call: async (s) => {
      const ministry = fixtureEntity(MINISTRY);
      const record = await s.curate(update("c1", MINISTRY, { name: "Ministry of Health", names: { en: "Ministry of Health" } }));
      assert.deepEqual(summaryOf(record), { kind: NodeKind.Organization, changed: ["name", "names"] });
      const expected = indexed({ ...ministry, name: "Ministry of Health", names: { ...ministry.names, en: "Ministry of Health" } });
      assert.deepEqual(await s.entitiesById([MINISTRY]), [expected]);
      assert.deepEqual((await s.curationOverrides()).curatedEntities, [MINISTRY]);
    },
  },
  {
    name: "createEntity refuses to change a kind or to bring back a merged id; updateEntity of a merged or unknown id is refused",
    given: [merge("m1", DAO, NGUYEN)],
    call: async (s) => {
      await rejectsWith(s.curate(create("c1", { ...russia, id: "person:ngo-chi-dung" })), "CONFLICT", /person:ngo-chi-dung is of kind Person/);
      await rejectsWith(s.curate(create("c2", fixtureEntity(NGUYEN))), "CONFLICT", /was merged into person:dao-hong-lan/);
      await rejectsWith(s.curate(update("c3", NGUYEN, { name: "X" })), "CONFLICT", /was merged into person:dao-hong-lan/);
      await rejectsWith(s.curate(update("c4", "person:nobody", { name: "X" })), "NOT_FOUND", /no entity person:nobody/);
    },
  },
];

const RELATIONSHIP_ROWS: CurationRow[] = [
  {
    name: "addRelationship adds a relationship with its evidence, and the counts follow",
    call: async (s) => {
      const before = await s.counts();
      const record = await s.curate(add("c1", vnvcPartOfMinistry));
      const evidence = evidenceOf(vnvcPartOfMinistry, `quote for ${vnvcPartOfMinistry.id}`);
      assert.deepEqual(summaryOf(record), {
        type: T.PART_OF, from: "organization:vnvc", to: MINISTRY, properties: {}, evidence: [evidence.id], created: true, reinstated: false,
      });
      assert.deepEqual(await s.relationshipsOf([{ entityId: "organization:vnvc", types: [T.PART_OF], direction: "OUT" }]), [[vnvcPartOfMinistry]]);
      assert.deepEqual(await s.evidenceFor([vnvcPartOfMinistry.id]), [[evidence]]);
      const after = await s.counts();
      assert.deepEqual([after.relationships.PART_OF, after.evidence, after.relationshipsWithoutEvidence], [1, before.evidence + 1, before.relationshipsWithoutEvidence]);
    },
  },
  {
    name: "a reload that drops an entity takes its relationships with it, a curator's among them, after its own went in the same write",
    call: async (s) => {
      const clinic = indexed({ id: "organization:omega-clinic", kind: NodeKind.Organization, name: "Omega Clinic", names: {}, aliases: [], labels: [], attributes: {} });
      const own = [relationship(T.BASED_IN, clinic.id, "country:vn"), { ...relationship(T.PARTY_TO, clinic.id, AGREEMENT), properties: { role: "RECIPIENT" } }];
      await s.replaceOrigin("extra", { entities: [clinic], relationships: own, evidence: own.map((r) => evidenceOf(r, `extra ${r.id}`)) });
      const curated = relationship(T.PART_OF, clinic.id, MINISTRY);
      await s.curate(add("c-clinic", curated));
      await s.replaceOrigin("extra", { entities: [], relationships: [], evidence: [] });
      assert.deepEqual(await s.relationshipsById([curated.id, ...own.map((r) => r.id)]), [null, null, null]);
      assert.deepEqual((await relationshipIds(s, MINISTRY)).filter((id) => id === curated.id), []);
    },
  },
  {
    name: "addRelationship refuses missing ends, missing or stray evidence, wrong kinds and a taken id, and then writes nothing",
    call: async (s) => {
      const before = await s.counts();
      const nobody = relationship(T.PART_OF, "organization:nobody", MINISTRY);
      await rejectsWith(s.curate(add("c1", nobody)), "NOT_FOUND", /no entity organization:nobody/);
      await rejectsWith(s.curate(add("c2", vnvcPartOfMinistry, [])), "INVALID", /at least one piece of evidence/);
      await rejectsWith(s.curate(add("c3", vnvcPartOfMinistry, [evidenceOf(nobody, "elsewhere")])), "INVALID", /supports stmt:/);
      await rejectsWith(s.curate(add("c4", relationship(T.PART_OF, DAO, MINISTRY))), "INVALID", /PART_OF cannot go from Person/);
      await rejectsWith(s.curate(add("c5", { ...vnvcPartOfMinistry, id: WITNESSED })), "CONFLICT", /exists as person:dao-hong-lan WITNESSED/);
      assert.deepEqual(await s.changes({ limit: 10, offset: 0 }), []);
      assert.deepEqual(await s.counts(), before);
    },
  },
  {
    name: "retractRelationship takes it out of relationshipsOf, shortestPaths and counts, and keeps it in history with its evidence",
    call: async (s) => {
      const before = await s.counts();
      const record = await s.curate(retract("c1", WITNESSED, "the minister did not witness it"));
      assert.deepEqual(summaryOf(record), { reason: "the minister did not witness it", type: T.WITNESSED, from: DAO, to: AGREEMENT });
      assert.deepEqual(await s.relationshipsOf([{ entityId: AGREEMENT, types: [T.WITNESSED], direction: "IN" }]), [[]]);
      assert.deepEqual(await s.shortestPaths({ from: "person:ngo-chi-dung", to: DAO, maxLength: 6, types: [], limit: 5 }), []);
      const after = await s.counts();
      assert.deepEqual([after.relationships.WITNESSED, after.evidence], [0, before.evidence]);
      assert.equal((await s.evidenceFor([WITNESSED]))[0].length, 2);
      assert.deepEqual(await s.changes({ subject: WITNESSED, limit: 10, offset: 0 }), [record]);
      assert.deepEqual((await s.curationOverrides()).retracted, [WITNESSED]);
    },
  },
  {
    name: "retracting an unknown relationship is NOT_FOUND, one retracted already a CONFLICT",
    given: [retract("c1", WITNESSED)],
    call: async (s) => {
      await rejectsWith(s.curate(retract("c2", "stmt:0000000000000000")), "NOT_FOUND", /no relationship stmt:0000000000000000/);
      await rejectsWith(s.curate(retract("c3", WITNESSED)), "CONFLICT", /retracted already/);
    },
  },
  {
    name: "adding a retracted relationship again brings it back",
    given: [retract("c1", WITNESSED)],
    call: async (s) => {
      const witnessed = { id: WITNESSED, type: T.WITNESSED, from: DAO, to: AGREEMENT, properties: {} };
      assert.equal(summaryOf(await s.curate(add("c2", witnessed))).reinstated, true);
      assert.deepEqual(ids((await s.relationshipsOf([{ entityId: AGREEMENT, types: [T.WITNESSED], direction: "IN" }]))[0]), [WITNESSED]);
      assert.deepEqual((await s.curationOverrides()).retracted, []);
    },
  },
  {
    name: "adding a relationship the graph holds keeps its properties and adds the new ones",
    call: async (s) => {
      const [[signed]] = await s.relationshipsOf([{ entityId: AGREEMENT, types: [T.SIGNED], direction: "IN" }]);
      const again = { ...signed, properties: { onBehalfOf: "organization:other", date: "2025-09-12", dateYearInferred: true } };
      const record = await s.curate(add("c1", again));
      const kept = { onBehalfOf: "organization:vnvc", date: "2025-09-12", dateYearInferred: true };
      assert.deepEqual(summaryOf(record).properties, kept);
      assert.deepEqual((await s.relationshipsOf([{ entityId: AGREEMENT, types: [T.SIGNED], direction: "IN" }]))[0][0].properties, kept);
    },
  },
  {
    name: "transfers by country follow the relationships curation adds and retracts",
    call: async (s) => {
      const inVietnam: TransferQuery = {
        provider: null, recipient: null, product: null, providerCountry: null, recipientCountry: "country:vn", dates: null, offset: 0, limit: 10,
      };
      assert.equal((await s.transfers(inVietnam)).total, 0);
      const vnvcInVietnam = relationship(T.BASED_IN, "organization:vnvc", "country:vn");
      await s.curate(add("c1", vnvcInVietnam));
      const page = await s.transfers(inVietnam);
      assert.deepEqual([page.total, ids(page.transfers[0].recipients)], [1, ["organization:vnvc"]]);
      await s.curate(retract("c2", vnvcInVietnam.id));
      assert.equal((await s.transfers(inVietnam)).total, 0);
    },
  },
];

const MERGE_ROWS: CurationRow[] = [
  {
    name: "mergeEntities moves every relationship and piece of evidence to the survivor and deletes the merged entity",
    call: async (s) => {
      const [dao, nguyen, counts] = [await relationshipIds(s, DAO), await relationshipIds(s, NGUYEN), await s.counts()];
      const evidence = await s.evidenceFor([...dao, ...nguyen]);
      const record = await s.curate(merge("m1", DAO, NGUYEN));
      assert.deepEqual(summaryOf(record), { merged: NGUYEN, survivor: DAO, moved: 2, droppedSelfLoops: [] });
      assert.deepEqual(await relationshipIds(s, DAO), [...dao, ...nguyen].sort());
      assert.deepEqual(await s.evidenceFor([...dao, ...nguyen]), evidence);
      assert.deepEqual(await s.evidenceFor([DAO]), [[{ ...ENTITY_EVIDENCE, subject: DAO }]]);
      const after = await s.counts();
      assert.deepEqual(after, { ...counts, nodes: { ...counts.nodes, Person: counts.nodes.Person - 1 } });
      assert.ok(!(await people(s)).includes(NGUYEN));
    },
  },
  {
    name: "a merged id answers every read as its survivor",
    given: [merge("m1", DAO, NGUYEN)],
    call: async (s) => {
      const survivor = survivorOf(DAO, NGUYEN);
      assert.deepEqual(await s.entitiesById([NGUYEN, DAO]), [survivor, survivor]);
      assert.deepEqual(await relationshipIds(s, NGUYEN), await relationshipIds(s, DAO));
      assert.deepEqual(await s.evidenceFor([NGUYEN]), await s.evidenceFor([DAO]));
      const paths = await s.shortestPaths({ from: NGUYEN, to: "person:ngo-chi-dung", maxLength: 4, types: [], limit: 5 });
      assert.deepEqual(paths.map((p) => p.nodes), [[DAO, AGREEMENT, "person:ngo-chi-dung"]]);
      assert.deepEqual(ids((await s.search({ text: "Nguyễn Ngô Quang", kinds: [NodeKind.Person], limit: 5, offset: 0 })).hits), [DAO]);
      const entries = (await timeline(s, NGUYEN))!.map((e) => e.entity.id);
      assert.deepEqual(entries, (await timeline(s, DAO))!.map((e) => e.entity.id));
      const around = await s.neighbourhood({ id: NGUYEN, depth: 1, types: [], limit: 50 });
      assert.deepEqual(ids(around!.nodes), ids((await s.neighbourhood({ id: DAO, depth: 1, types: [], limit: 50 }))!.nodes));
    },
  },
  {
    name: "a transfer question follows a merged id to its survivor and names the ids that name nothing",
    given: [merge("m1", MINISTRY, "organization:vnvc")],
    call: async (s) => {
      const question = (filters: Partial<TransferQuery>): TransferQuery => ({
        provider: null, recipient: null, product: null, providerCountry: null, recipientCountry: null, dates: null, offset: 0, limit: 10, ...filters,
      });
      const bySurvivor = await s.transfers(question({ recipient: MINISTRY }));
      assert.deepEqual([bySurvivor.unknown, bySurvivor.total, ids(bySurvivor.transfers[0].recipients)], [[], 1, [MINISTRY]]);
      assert.deepEqual(await s.transfers(question({ recipient: "organization:vnvc" })), bySurvivor);
      const missing = await s.transfers(question({ recipient: "organization:vnvc", product: "drug:nothing", providerCountry: "country:nowhere", recipientCountry: "country:nowhere" }));
      assert.deepEqual(missing, { unknown: ["drug:nothing", "country:nowhere"], total: 0, transfers: [] });
    },
  },
  {
    name: "a relationship added to a merged id lands on its survivor",
    given: [merge("m1", DAO, NGUYEN)],
    call: async (s) => {
      const r = relationship(T.WITNESSED, NGUYEN, AGREEMENT);
      assert.equal(summaryOf(await s.curate(add("c1", r))).from, DAO);
      const [incoming] = await s.relationshipsOf([{ entityId: AGREEMENT, types: [T.WITNESSED], direction: "IN" }]);
      assert.deepEqual(incoming.find((x) => x.id === r.id), { ...r, from: DAO });
    },
  },
  {
    name: "a merge drops a relationship between the two into history instead of making a self-loop",
    given: [add("a1", vnvcPartOfMinistry)],
    call: async (s) => {
      const record = await s.curate(merge("m1", MINISTRY, "organization:vnvc"));
      assert.deepEqual(summaryOf(record).droppedSelfLoops, [vnvcPartOfMinistry.id]);
      assert.equal((await s.counts()).relationships.PART_OF, 0);
      assert.deepEqual((await s.curationOverrides()).retracted, [vnvcPartOfMinistry.id]);
      assert.equal((await s.evidenceFor([vnvcPartOfMinistry.id]))[0].length, 1);
      const [parties] = await s.relationshipsOf([{ entityId: AGREEMENT, types: [T.PARTY_TO], direction: "IN" }]);
      assert.deepEqual(parties.map((r) => r.from), [MINISTRY]);
    },
  },
  {
    name: "merging again, into itself, into a merged id or across kinds is a CONFLICT; unknown ids NOT_FOUND",
    given: [merge("m1", DAO, NGUYEN)],
    call: async (s) => {
      const counts = await s.counts();
      await rejectsWith(s.curate(merge("m2", DAO, NGUYEN)), "CONFLICT", /person:nguyen-ngo-quang was already merged into person:dao-hong-lan/);
      assert.deepEqual(await s.counts(), counts);
      assert.deepEqual(ids(await s.changes({ limit: 10, offset: 0 })), ["m1"]);
      const mergeInto = (id: string, survivor: string, merged: string) => s.curate(merge(id, survivor, merged));
      await rejectsWith(mergeInto("m3", DAO, DAO), "CONFLICT", /cannot be merged into itself/);
      await rejectsWith(mergeInto("m4", DAO, "person:nobody"), "NOT_FOUND", /no entity person:nobody/);
      await rejectsWith(mergeInto("m5", NGUYEN, "person:ngo-chi-dung"), "CONFLICT", /survivor person:nguyen-ngo-quang was itself merged into person:dao-hong-lan/);
      await rejectsWith(mergeInto("m6", "person:ngo-chi-dung", NGUYEN), "CONFLICT", /already merged into person:dao-hong-lan/);
      await rejectsWith(mergeInto("m7", "organization:vnvc", "person:ngo-chi-dung"), "CONFLICT", /is of kind Person/);
    },
  },
  {
    name: "redirect chains resolve to the last survivor",
    given: [merge("m1", "person:ngo-chi-dung", "person:bjorn-aeroe"), merge("m2", DAO, "person:ngo-chi-dung")],
    call: async (s) => {
      assert.deepEqual((await s.entitiesById(["person:bjorn-aeroe", "person:ngo-chi-dung"])).map((e) => e?.id), [DAO, DAO]);
      assert.deepEqual((await s.curationOverrides()).redirects, [["person:bjorn-aeroe", DAO], ["person:ngo-chi-dung", DAO]]);
      const [list] = await s.relationshipsOf([{ entityId: "person:bjorn-aeroe", types: [T.MENTIONS, T.SIGNED], direction: "BOTH" }]);
      assert.deepEqual(list.map((r) => [r.type, r.from, r.to]), [[T.MENTIONS, "article:test", DAO], [T.SIGNED, DAO, AGREEMENT]]);
    },
  },
];

export const CHANGE_ROWS: CurationRow[] = [...ENTITY_ROWS, ...RELATIONSHIP_ROWS, ...MERGE_ROWS];
