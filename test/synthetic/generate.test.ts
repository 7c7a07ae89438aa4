/**
 * The synthetic graph generator: the same seed gives the same graph, parts add
 * up to the whole, and what it generates passes the checks the seed validator
 * applies — kinds, properties, quotes found in their article — with the shape
 * a benchmark needs: skewed degrees, clusters, names in several languages.
 */
import { before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { NODE_ATTRIBUTES, NodeKind, RELATIONSHIPS, RelationshipType } from "../../src/domain/ontology.js";
import { attributeProblems } from "../../src/domain/attributes.js";
import { kindOfId } from "../../src/domain/ids.js";
import { foldText, searchPattern } from "../../src/domain/names.js";
import type { GraphBatch, IndexedEntity, Relationship, Evidence } from "../../src/domain/records.js";
import { generateGraph, summarise, type GenerationTally, type SyntheticOptions } from "../../src/synthetic/generate.js";
import { landmarks, sampleIds } from "../../src/synthetic/landmarks.js";

interface Whole {
  entities: IndexedEntity[];
  relationships: Relationship[];
  evidence: Evidence[];
  tally: GenerationTally;
  digest: string;
}

function generate(options: SyntheticOptions, part = 0, parts = 1): Whole {
  const whole: Whole = { entities: [], relationships: [], evidence: [], tally: undefined!, digest: "" };
  const hash = createHash("sha256");
  const stream = generateGraph(options, { part, parts });
  for (let step = stream.next(); ; step = stream.next()) {
    if (step.done) {
      whole.tally = step.value;
      whole.digest = hash.digest("hex");
      return whole;
    }
    const batch: GraphBatch = step.value;
    assert.ok(batch.entities.length + batch.relationships.length + batch.evidence.length <= 10_000 + 200, "a chunk holds about 10k items at most");
    hash.update(JSON.stringify(batch));
    whole.entities.push(...batch.entities);
    whole.relationships.push(...batch.relationships);
    whole.evidence.push(...batch.evidence);
  }
}

const OPTIONS = { entities: 1000, seed: 42 };

describe("synthetic graphs", () => {
  let graph: Whole;
  let kindOf: (id: string) => NodeKind | null;
  before(() => {
    graph = generate(OPTIONS);
    const kinds = new Map(graph.entities.map((e) => [e.id, e.kind]));
    kindOf = (id) => kinds.get(id) ?? null;
  });

  it("the same seed gives the same graph, another seed another", () => {
    assert.equal(generate(OPTIONS).digest, graph.digest);
    const other = generate({ ...OPTIONS, seed: 43 });
    assert.notEqual(other.digest, graph.digest);
    assert.notDeepEqual(other.entities.map((e) => e.id), graph.entities.map((e) => e.id));
  });

  it("two parts hold exactly what one whole holds", () => {
    const parts = [generate(OPTIONS, 0, 2), generate(OPTIONS, 1, 2)];
    // Parts split entities and articles alike, so their streams interleave: compare as sets.
    const ids = (items: readonly { id: string }[]) => items.map((i) => i.id).sort();
    assert.deepEqual(ids(parts.flatMap((p) => p.entities)), ids(graph.entities));
    assert.deepEqual(ids(parts.flatMap((p) => p.relationships)), ids(graph.relationships));
    assert.deepEqual(summarise(OPTIONS, parts.map((p) => p.tally)), summarise(OPTIONS, [graph.tally]));
  });

  it("holds N entities of every kind, about five relationships each, and unique ids", () => {
    assert.equal(graph.entities.length, OPTIONS.entities);
    for (const kind of Object.values(NodeKind)) assert.ok(graph.entities.some((e) => e.kind === kind), `no ${kind}`);
    const perEntity = graph.relationships.length / OPTIONS.entities;
    assert.ok(perEntity > 4 && perEntity < 6, `${perEntity} relationships per entity`);
    for (const items of [graph.entities, graph.relationships, graph.evidence]) assert.equal(new Set(items.map((i) => i.id)).size, items.length);
  });

  it("every entity has a typed id of its kind, language-coded names and valid attributes", () => {
    for (const e of graph.entities) {
      assert.equal(kindOfId(e.id), e.kind, e.id);
      for (const lang of Object.keys(e.names)) assert.match(lang, /^[a-z]{2,3}$/, `${e.id} names.${lang}`);
      assert.deepEqual(attributeProblems(e.attributes, NODE_ATTRIBUTES[e.kind], kindOf, "attributes"), [], e.id);
    }
  });

  it("every relationship fits the ontology, like a seed statement", () => {
    for (const r of graph.relationships) {
      const spec = RELATIONSHIPS[r.type];
      assert.ok(spec.from.includes(kindOf(r.from)!), `${r.type} from ${r.from}`);
      assert.ok(spec.to.includes(kindOf(r.to)!), `${r.type} to ${r.to}`);
      assert.deepEqual(attributeProblems(r.properties, spec.properties, kindOf, "properties"), [], `${r.type} ${r.id}`);
    }
    assert.ok(graph.relationships.some((r) => r.type === RelationshipType.SIGNED && typeof r.properties.onBehalfOf === "string"));
  });

  it("every relationship has evidence quoting a sentence of a generated article", () => {
    const texts = new Map(graph.entities.filter((e) => e.kind === NodeKind.Article).map((a) => [a.id, String(a.attributes.text)]));
    const supported = new Set(graph.evidence.map((e) => e.subject));
    for (const r of graph.relationships) assert.ok(supported.has(r.id), `${r.id} has no evidence`);
    for (const e of graph.evidence) {
      assert.ok(texts.get(e.article)?.includes(e.quote), `${e.id}: "${e.quote}" is not in ${e.article}`);
      assert.match(e.quote, /[.…]$/);
    }
    assert.ok(graph.evidence.length > graph.relationships.length, "some relationships have a second piece of evidence");
  });

  it("degrees are skewed: a few hubs, a long tail", () => {
    const summary = summarise(OPTIONS, [graph.tally]);
    assert.ok(summary.maxDegree >= 10 * summary.medianDegree, `max ${summary.maxDegree}, median ${summary.medianDegree}`);
  });

  it("names come in several languages, with diacritics, and articles put titles before people", () => {
    const names = graph.entities.map((e) => [e.name, ...Object.values(e.names), ...e.aliases].join(" ")).join(" ");
    for (const letters of [/[đĐ]/, /[øæå]/i, /[ạảãầấậẩẫằắặẳẵềếệểễọỏồốộổỗờớợởỡụủừứựửữịỉĩỳỵỷỹ]/]) assert.match(names, letters);
    assert.ok(graph.entities.some((e) => Object.keys(e.names).includes("id") || /Santoso|Rahayu|Wijaya|Hidayat|Nugroho|Pratama/.test(e.name)), "no Indonesian name");
    assert.ok(graph.entities.some((e) => e.kind === NodeKind.Person && e.aliases.length && /ov|ev|in/.test(e.name)), "no Russian name with a second transliteration");
    assert.ok(graph.evidence.some((e) => /^(TS\.|GS\.TS\.|PGS\.TS\.|BS\.|Ông|Bà|Bapak|Ibu|Dr\.|Prof\.) /.test(e.quote)), "no honorific in a quote");
  });

  it("a folded search text finds a generated name", () => {
    const person = graph.entities.find((e) => e.kind === NodeKind.Person && /[đĐ]/.test(e.name))!;
    const pattern = searchPattern(foldText(person.name).toUpperCase())!;
    assert.ok(person.searchText.includes(pattern.exact), `${person.searchText} lacks ${pattern.exact}`);
  });

  it("sample ids and landmarks exist, without generating the graph", () => {
    const ids = new Set(graph.entities.map((e) => e.id));
    const people = sampleIds(OPTIONS, NodeKind.Person, 25);
    assert.equal(new Set(people).size, 25);
    assert.deepEqual(sampleIds(OPTIONS, NodeKind.Person, 25), people);
    for (const id of people) assert.equal(kindOf(id), NodeKind.Person);
    const marks = landmarks(OPTIONS);
    for (const id of [marks.country, marks.hubOrganization, marks.hubPerson, marks.pathFrom, marks.pathTo]) assert.ok(ids.has(id), id);
    assert.ok(graph.entities.some((e) => e.name === marks.personName));
  });

  it("the path landmarks are people of two countries at most six hops apart", () => {
    const marks = landmarks(OPTIONS);
    const countryOf = (person: string) => graph.relationships.find((r) => r.type === RelationshipType.HOLDS_POSITION && r.from === person && r.properties.current === true)?.to;
    assert.notEqual(countryOf(marks.pathFrom), undefined);
    const neighbours = new Map<string, string[]>();
    for (const r of graph.relationships.filter((r) => r.type !== RelationshipType.MENTIONS)) {
      neighbours.set(r.from, [...(neighbours.get(r.from) ?? []), r.to]);
      neighbours.set(r.to, [...(neighbours.get(r.to) ?? []), r.from]);
    }
    let frontier = [marks.pathFrom];
    const seen = new Set(frontier);
    let hops = 0;
    while (!seen.has(marks.pathTo) && hops < 6) {
      frontier = frontier.flatMap((id) => neighbours.get(id) ?? []).filter((id) => !seen.has(id) && seen.add(id));
      hops += 1;
    }
    assert.ok(seen.has(marks.pathTo), `${marks.pathTo} is not within 6 hops of ${marks.pathFrom}`);
  });

  it("at 10^4 entities the hub person is the person with most relationships", () => {
    const options = { entities: 10_000, seed: 7 };
    const tally = generate(options).tally;
    assert.equal(summarise(options, [tally]).topPerson.id, landmarks(options).hubPerson);
  });
});
