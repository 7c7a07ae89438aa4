/**
 * Reading what the graph knows in other words: a known entity named in
 * another language's words of the trade (glossary.ts), a title that is no
 * body, two names that share a concept, and a signing, its ceremony and its
 * transfers reported again, which are the known agreement, not a new one.
 */
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { NodeKind } from "../../src/domain/ontology.js";
import type { Entity } from "../../src/domain/records.js";
import { analyseArticle } from "../../src/ingest/analyse.js";
import { Gazetteer } from "../../src/ingest/gazetteer.js";
import type { DetectableLanguage } from "../../src/ingest/language.js";
import { KnownSignings } from "../../src/ingest/signings.js";

const entity = (id: string, kind: NodeKind, name: string, translations: Record<string, string> = {}): Entity => ({
  id, kind, name, names: {}, aliases: [], attributes: {},
  labels: Object.entries(translations).map(([lang, text]) => ({ lang, text, asWritten: false, source: null })),
});

const ENTITIES = [
  entity("drug:albumin-rekombinan", NodeKind.Drug, "Albumin Rekombinan", { en: "recombinant albumin" }),
  entity("drug:zetamab", NodeKind.Drug, "zetamab"),
  entity("organization:bo-y-te-nga", NodeKind.Organization, "Kementerian Kesehatan Rusia"),
  entity("organization:thu-tuong", NodeKind.Organization, "Thủ tướng Chính phủ", { en: "Prime Minister" }),
  entity("organization:alpha-pharma", NodeKind.Organization, "Alpha Pharma"),
  entity("organization:beta-biotech", NodeKind.Organization, "Beta Biotech"),
  entity("person:jane-roe", NodeKind.Person, "Jane Roe"),
  entity("country:nhat-ban", NodeKind.Country, "Nhật Bản", { en: "Japan" }),
  entity("resolution:57", NodeKind.Resolution, "Resolusi 57"),
  entity("resolution:72", NodeKind.Resolution, "Resolusi 72"),
  entity("agreement:alpha-beta", NodeKind.Agreement, "Alpha–Beta transfer agreement"),
  entity("event:alpha-beta-signing", NodeKind.Event, "Alpha–Beta signing ceremony"),
  entity("person:ivan-petrov", NodeKind.Person, "Ivan Petrov"),
  entity("event:roe-petrov-meeting", NodeKind.Event, "Meeting between Jane Roe and Ivan Petrov"),
];

const KNOWN = new KnownSignings(
  new Map([["agreement:alpha-beta", new Set(["organization:alpha-pharma", "organization:beta-biotech"])]]),
  new Map([["agreement:alpha-beta", "event:alpha-beta-signing"]]),
  new Map([["drug:zetamab", ["agreement:alpha-beta"]]]),
  new Map([["event:roe-petrov-meeting", { attendees: new Set(["person:jane-roe", "person:ivan-petrov"]), date: "2025-09-28" }]]),
);

const analyse = (text: string, language: DetectableLanguage) =>
  analyseArticle({ id: "article:test", title: "Test", language }, text, new Gazetteer(ENTITIES), KNOWN);

const linked = (text: string, language: DetectableLanguage) => analyse(text, language).mentions.map((m) => [m.entity, m.surface]);

function proposed(text: string, language: DetectableLanguage): string[] {
  const { candidates, proposals } = analyse(text, language);
  const name = (id: string) => candidates.find((c) => c.id === id)?.name ?? id;
  return proposals.filter((p) => p.type !== "MENTIONS").map((p) => `${p.type} ${name(p.from)} → ${name(p.to)}`).sort();
}

describe("reading what the graph knows in other words", () => {
  it("links a known entity named in another language's words of the trade, in any word order", () => {
    assert.deepEqual(linked("Nhà máy sẽ sản xuất Albumin tái tổ hợp.", "vi"), [["drug:albumin-rekombinan", "Albumin tái tổ hợp"]]);
    assert.deepEqual(linked("The plant will make recombinant Albumin.", "en"), [["drug:albumin-rekombinan", "recombinant Albumin"]]);
    assert.deepEqual(linked("Bộ trưởng Bộ Y tế Liên bang Nga đến Hà Nội.", "vi"), [["organization:bo-y-te-nga", "Bộ Y tế Liên bang Nga"]]);
    assert.deepEqual(linked("Gubernur dari Jepang tiba.", "id"), [["country:nhat-ban", "Jepang"]]);
  });

  it("takes no title for a body, no generic word for a name, and two names that share a concept for two", () => {
    assert.deepEqual(linked("Prime Minister Pham Minh Chinh spoke.", "en"), []);
    assert.deepEqual(linked("The Ministry and the Government of the day spoke of recombinant products.", "en"), []);
    assert.deepEqual(linked("Sesuai Resolusi 57 dan Resolusi 72 Politbiro.", "id"), [["resolution:57", "Resolusi 57"], ["resolution:72", "Resolusi 72"]]);
  });

  it("takes a signing by a known agreement's parties, its witnesses and its ceremony for the known ones", () => {
    const text = "Tại lễ ký kết diễn ra dưới sự chứng kiến của Bộ trưởng Jane Roe, Alpha Pharma và Beta Biotech đã ký thỏa thuận hợp tác chuyển giao công nghệ.";
    assert.deepEqual(proposed(text, "vi"), [
      "SIGNED organization:alpha-pharma → agreement:alpha-beta",
      "SIGNED organization:beta-biotech → agreement:alpha-beta",
      "WITNESSED person:jane-roe → agreement:alpha-beta",
    ]);
    const { candidates, mentions } = analyse(text, "vi");
    assert.deepEqual(candidates.filter((c) => c.kind === NodeKind.Agreement || c.kind === NodeKind.Event), []);
    assert.deepEqual(mentions.filter((m) => m.entity.startsWith("event:") || m.entity.startsWith("agreement:")).map((m) => [m.entity, m.surface]).sort(), [
      ["agreement:alpha-beta", "thỏa thuận hợp tác chuyển giao công"],
      ["event:alpha-beta-signing", "lễ ký kết"],
    ]);
  });

  it("takes a ceremony named by its noun alone, after a signing of a known agreement, for its known ceremony", () => {
    assert.deepEqual(proposed("Alpha Pharma signed a deal with Beta Biotech.\nSpeaking at the ceremony, Jane Roe thanked them.", "en"), [
      "ATTENDED person:jane-roe → event:alpha-beta-signing",
      "SIGNED organization:alpha-pharma → agreement:alpha-beta",
      "SIGNED organization:beta-biotech → agreement:alpha-beta",
    ]);
  });

  it("takes a meeting told of with two of a known meeting's attendees, on no other date, for that meeting", () => {
    const text = "During his meet with Ivan Petrov in Moscow on September 28, Jane Roe spoke.";
    assert.deepEqual(proposed(text, "en"), ["ATTENDED person:ivan-petrov → event:roe-petrov-meeting", "ATTENDED person:jane-roe → event:roe-petrov-meeting"]);
    assert.deepEqual(analyse(text, "en").mentions.filter((m) => m.entity.startsWith("event:")).map((m) => m.surface), ["meet"]);
    assert.deepEqual(proposed("Jane Roe hội đàm với Ivan Petrov.", "vi"), [
      "ATTENDED person:ivan-petrov → event:roe-petrov-meeting", "ATTENDED person:jane-roe → event:roe-petrov-meeting",
    ]);
    assert.deepEqual(proposed("On 12 September, Jane Roe held talks with Ivan Petrov.", "en"), [
      "ATTENDED person:ivan-petrov → talks", "ATTENDED person:jane-roe → talks",
    ], "another date: another meeting");
    assert.deepEqual(proposed("During his meet with Ivan Petrov, Alpha Pharma spoke.", "en"), [], "one attendee is not enough");
  });

  it("takes a transfer of an item the graph knows one agreement to transfer for that agreement, and what will be produced after a signing for what it transfers", () => {
    assert.deepEqual(proposed("Russia proposed the transfer of zetamab to Vietnam.", "en"), ["TRANSFERS agreement:alpha-beta → drug:zetamab"]);
    assert.deepEqual(proposed("Alpha Pharma signed a deal with Beta Biotech.\nAlbumin Rekombinan will be produced in Vietnam.", "en"), [
      "SIGNED organization:alpha-pharma → agreement:alpha-beta",
      "SIGNED organization:beta-biotech → agreement:alpha-beta",
      "TRANSFERS agreement:alpha-beta → drug:albumin-rekombinan",
    ]);
    assert.deepEqual(proposed("Albumin Rekombinan will be produced in Vietnam.", "en"), [], "nothing was signed before it");
  });
});
