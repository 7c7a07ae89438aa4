/** Small hand-made entities and articles for the ingest tests (none of it seed text), and a folder of development-set articles. */
import { copyFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { NodeKind } from "../../src/domain/ontology.js";
import type { Entity } from "../../src/domain/records.js";
import { Gazetteer } from "../../src/ingest/gazetteer.js";
import { analyseArticle } from "../../src/ingest/analyse.js";
import type { DetectableLanguage } from "../../src/ingest/language.js";
import type { KnownSignings } from "../../src/ingest/signings.js";

const entity = (id: string, kind: NodeKind, name: string, names: Record<string, string> = {}, aliases: string[] = [], attributes: Entity["attributes"] = {}): Entity =>
  ({ id, kind, name, names, aliases, labels: [], attributes });

export const ENTITIES: Entity[] = [
  entity("person:nguyen-van-an", NodeKind.Person, "Nguyễn Văn An", { en: "Nguyen Van An" }, ["TS An"]),
  entity("person:jane-roe", NodeKind.Person, "Jane Roe"),
  entity("person:kari-nordmann", NodeKind.Person, "Kari Nordmann"),
  entity("person:budi-santoso", NodeKind.Person, "Budi Santoso"),
  entity("organization:alpha-pharma", NodeKind.Organization, "Alpha Pharma", { vi: "Công ty Alpha Pharma" }, ["Alpha"]),
  entity("organization:beta-biotech", NodeKind.Organization, "Beta Biotech", { vi: "Tập đoàn Beta Biotech" }),
  entity("organization:bo-y-te", NodeKind.Organization, "Bộ Y tế", { en: "Ministry of Health" }),
  entity("organization:chinh-phu", NodeKind.Organization, "Chính phủ", { no: "regjeringen" }),
  entity("resolution:57-nq-tw", NodeKind.Resolution, "Nghị quyết số 57-NQ/TW", {}, [], { number: "57-NQ/TW" }),
  entity("agreement:alpha-beta-licence", NodeKind.Agreement, "licensing agreement"),
  entity("drug:zetamab", NodeKind.Drug, "zetamab"),
  entity("country:viet-nam", NodeKind.Country, "Việt Nam", { en: "Vietnam" }),
  entity("organization:gmx", NodeKind.Organization, "Perusahaan Farmasi GMX", {}, ["GMX"]),
  entity("organization:gmx-plant", NodeKind.Organization, "Pabrik Vaksin GMX"),
  entity("event:gmx-signing", NodeKind.Event, "GMX and Alpha Pharma signing", {}, ["Signing Ceremony"]),
];

export const gazetteer = () => new Gazetteer(ENTITIES);

/** `published` is the article's date, as its metadata gives it. */
export function analyse(text: string, language: DetectableLanguage, signings?: KnownSignings, published?: string) {
  return analyseArticle({ id: "article:test", title: "Test", language, published }, text, gazetteer(), signings);
}

/** An article in English about known entities of the seed, with one person the seed does not know. */
export const ARTICLE = [
  "Medsintez and VNVC sign a new deal",
  "Perusahaan Farmasi Medsintez signed a supply agreement with Perusahaan Vaksin VNVC in the presence of Dao Hong Lan and Mikhail Murashko.",
  "Dr. Anna Petrova, head of Medsintez, attended the conference.",
].join("\n");

const DEV_SET = new URL("../../../eval/articles/", import.meta.url).pathname;
/** Development-set articles in three languages, for ingesting many at once. */
export const FOLDER_ARTICLES = ["en-vnexpress-sanofi", "id-vietnamvn-pasteur-nagasaki", "vi-sggp-medsintez"];

/** A folder of those articles with their NAME.json, and a second copy of the first under another file name but its URL: a known URL read again. */
export function articleFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), "kg-batch-"));
  for (const name of FOLDER_ARTICLES) for (const ext of ["txt", "json"]) copyFileSync(join(DEV_SET, `${name}.${ext}`), join(dir, `${name}.${ext}`));
  for (const ext of ["txt", "json"]) copyFileSync(join(DEV_SET, `${FOLDER_ARTICLES[0]}.${ext}`), join(dir, `zz-copy.${ext}`));
  return dir;
}
