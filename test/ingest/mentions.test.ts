/** Mention linking: any language's name, aliases, folded spellings, honorifics; offsets; candidates. */
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { articleWords } from "../../src/ingest/articleWords.js";
import { KnownSignings } from "../../src/ingest/signings.js";
import { splitSentences } from "../../src/ingest/text.js";
import { peopleInPhotoCredits } from "../../src/ingest/mentions.js";
import { analyse, gazetteer } from "./fixtures.js";

describe("mention linking", () => {
  it("links names in any language, aliases and folded spellings, with offsets and the sentence", () => {
    const text = "Meeting in Hanoi. Nguyen Van An met Công ty Alpha Pharma and the Ministry of Health of Vietnam.";
    const { mentions } = analyse(text, "en");
    const linked = mentions.map((m) => [m.entity, text.slice(m.start, m.end)]);
    assert.deepEqual(linked, [
      ["person:nguyen-van-an", "Nguyen Van An"],
      ["organization:alpha-pharma", "Công ty Alpha Pharma"],
      ["organization:bo-y-te", "Ministry of Health"],
      ["country:viet-nam", "Vietnam"],
    ]);
    assert.ok(mentions.every((m) => m.quote === "Nguyen Van An met Công ty Alpha Pharma and the Ministry of Health of Vietnam."));
    assert.ok(mentions.every((m) => m.surface === text.slice(m.start, m.end)));
  });

  it("finds a name behind honorifics and titles, and an honorific alias only with its honorific", () => {
    const text = "TS.BS Nguyễn Văn An phát biểu. TS An nói thêm. An ninh được bảo đảm.";
    const { mentions } = analyse(text, "vi");
    assert.deepEqual(mentions.map((m) => text.slice(m.start, m.end)), ["Nguyễn Văn An", "TS An"]);
  });

  it("prefers the longest name and does not take a lower-case word for a proper name", () => {
    const text = "Tập đoàn Beta Biotech sells zetamab; alpha particles are not Alpha.";
    const { mentions } = analyse(text, "en");
    assert.deepEqual(mentions.map((m) => m.entity), ["organization:beta-biotech", "drug:zetamab", "organization:alpha-pharma"]);
  });

  it("finds a name its language writes in lower case, and a resolution by its number alone", () => {
    const text = "Regjeringen og regjeringen utstedte resolusjon nr. 57-NQ/TW.";
    const { mentions } = analyse(text, "no");
    assert.deepEqual(mentions.map((m) => [m.entity, text.slice(m.start, m.end)]), [
      ["organization:chinh-phu", "Regjeringen"], ["organization:chinh-phu", "regjeringen"], ["resolution:57-nq-tw", "57-NQ/TW"],
    ]);
  });

  it("never takes an agreement's description in ordinary words for a mention of it", () => {
    assert.deepEqual(analyse("Jane Roe signed a licensing agreement.", "en").mentions.map((m) => m.entity), ["person:jane-roe"]);
  });

  it("turns names that match no entity into candidates, without their honorifics", () => {
    const { candidates, mentions } = analyse("Bapak Joko Widodo, Direktur Perusahaan Gamma Medika, bertemu Jane Roe.", "id");
    assert.deepEqual(candidates.map((c) => [c.kind, c.name]), [["Person", "Joko Widodo"], ["Organization", "Perusahaan Gamma Medika"]]);
    assert.deepEqual(mentions.map((m) => m.entity), ["person:jane-roe"]);
  });

  it("writes the article as its one fact, and proposes one MENTIONS per entity from the first sentence naming it", () => {
    const { facts, proposals } = analyse("Jane Roe spoke. Later Jane Roe left.", "en");
    assert.deepEqual(facts?.entities.map((e) => e.kind), ["Article"]);
    assert.deepEqual([facts?.relationships.length, facts?.evidence.length], [0, 0]);
    assert.deepEqual(proposals.map((p) => [p.type, p.from, p.to, p.quote, p.state]), [
      ["MENTIONS", "article:test", "person:jane-roe", "Jane Roe spoke.", "proposed"],
    ]);
  });

  it("links an organisation named in another language around its known word to the body of that kind", () => {
    const linked = (text: string, language: "en" | "vi") => analyse(text, language).mentions.map((m) => [m.entity, m.surface]);
    assert.deepEqual(linked("The GMX Vaccine Manufacturing Plant opened.", "en"), [["organization:gmx-plant", "GMX Vaccine Manufacturing Plant"]]);
    assert.deepEqual(linked("Hôm nay Nhà máy Vaccine và sinh phẩm GMX khai trương.", "vi"), [["organization:gmx-plant", "Nhà máy Vaccine và sinh phẩm GMX"]]);
    assert.deepEqual(linked("Hôm nay Công ty dược phẩm GMX khai trương.", "vi"), [["organization:gmx", "Công ty dược phẩm GMX"]]);
    assert.deepEqual(linked("Then GMX spoke.", "en"), [["organization:gmx", "GMX"]]);
  });

  it("links a full name before its known acronym, and a person named again by part of their name", () => {
    const { mentions, candidates } = analyse("Then the Gemex Medical Trading Corporation (GMX) met Jane Roe. Later, Roe left and then Roe came back.", "en");
    assert.deepEqual(mentions.map((m) => [m.entity, m.surface]), [
      ["organization:gmx", "Gemex Medical Trading Corporation"], ["organization:gmx", "GMX"], ["person:jane-roe", "Jane Roe"],
      ["person:jane-roe", "Roe"], ["person:jane-roe", "Roe"],
    ]);
    assert.deepEqual(candidates, []);
  });

  it("takes no nationality, title, month, weekday, dateline or title-case phrase for a name, and a name beside 'vaccine' for a drug", () => {
    const { candidates } = analyse([
      "HANOI — Russian Deputy Prime Minister Ivan Petrov arrived on Wednesday, 12 May.",
      "The Southeast Asian delegation met the Vietnamese Minister on the Memorandum of Understanding.",
      "A memorandum of understanding was discussed, and the Gamma Vax vaccine was approved.",
    ].join("\n"), "en");
    assert.deepEqual(candidates.map((c) => [c.kind, c.name]), [["Person", "Ivan Petrov"], ["Drug", "Gamma Vax"]]);
  });

  it("takes no place for a person: a town or city, a province of Viet Nam; a province governed as one is an organisation", () => {
    const { candidates } = analyse([
      "Bapak Joko Widodo dari Kota Surabaya bertemu delegasi provinsi Shizuoka di Long An, dan provinsi Shizuoka mengundangnya.",
      "Kari Nordmann besøkte Da Nang-byen og Ola Hansen i Bergen kommune.",
      "Institut Pasteur Kota Surabaya menandatangani nota kesepahaman.",
    ].join("\n"), "id");
    assert.deepEqual(candidates.filter((c) => c.kind !== "Agreement").map((c) => [c.kind, c.name]), [
      ["Person", "Joko Widodo"], ["Organization", "Shizuoka"], ["Person", "Ola Hansen"], ["Organization", "Institut Pasteur Kota Surabaya"],
    ]);
  });

  it("links a photographer's credit only to a known person the graph knows as credited, and keeps any other name as a candidate", () => {
    const photographer = new KnownSignings(undefined, undefined, undefined, undefined, new Set(["person:nguyen-van-an"]));
    const known = analyse("Nguyễn Văn An phát biểu tại buổi lễ. Ảnh: Nguyen Van An", "vi", photographer);
    assert.deepEqual(known.mentions.map((m) => [m.entity, m.start]), [["person:nguyen-van-an", 0], ["person:nguyen-van-an", 42]]);
    for (const [text, language] of [
      ["Nguyen Van An spoke at the ceremony. Photo by Nguyen Van An", "en"],
      ["Nguyễn Văn An phát biểu tại buổi lễ. Ảnh: Nguyen Van An", "vi"],
      ["Nguyen Van An berbicara. Foto oleh Nguyen Van An", "id"],
    ] as const) {
      const { mentions, candidates } = analyse(text, language);
      assert.deepEqual(mentions.map((m) => [m.entity, m.start]), [["person:nguyen-van-an", 0]], text);
      assert.deepEqual(candidates.filter((c) => c.kind === "Person").map((c) => c.name), ["Nguyen Van An"], text);
    }
  });

  it("names the known people of an article's photo credits, and only those, for reading whether they were credited before", () => {
    assert.deepEqual(peopleInPhotoCredits("Nguyen Van An spoke. Photo by Nguyen Van An", gazetteer()), ["person:nguyen-van-an"]);
    assert.deepEqual(peopleInPhotoCredits("Nguyen Van An spoke at the ceremony. Photo: VNA", gazetteer()), []);
  });

  it("takes no title-case run of ordinary words, an agency's photo credit or a document's number for a name", () => {
    const { candidates } = analyse([
      "Menteri meluncurkan Rekam Medis Elektronik dan Buku Kesehatan Elektronik bersama Bapak Joko Widodo, Duta Besar Luar Biasa dan Berkuasa Penuh.",
      "Departemen menyusun Manajemen Kefarmasian sesuai Resolusi No. 57-XY/TW (Foto: Kemkes).",
      "Jane Roe and Ivan Petrov met. VNA/VNS Photo",
      "Foto: Pham Giang",
    ].join("\n"), "id");
    assert.deepEqual(candidates.map((c) => [c.kind, c.name]), [["Person", "Joko Widodo"], ["Person", "Ivan Petrov"], ["Person", "Pham Giang"]]);
  });

  it("reads 'of', 'for' and one 'and' inside a body's name, and an 'and' before another body's word as two bodies", () => {
    const names = (text: string, language: "en" | "id") => analyse(text, language).candidates.filter((c) => c.kind !== "Agreement").map((c) => [c.kind, c.name]);
    assert.deepEqual(names("In addition, VNVC signed a deal with Russia’s Gamaleya National Research Center for Epidemiology and Microbiology.", "en"), [
      ["Organization", "VNVC"], ["Organization", "Gamaleya National Research Center for Epidemiology and Microbiology"],
    ]);
    assert.deepEqual(names("Upacara penandatanganan Nota Kesepahaman antara Institut Pasteur Kota Ho Chi Minh dan Universitas Nagasaki.", "id"), [
      ["Organization", "Institut Pasteur Kota Ho Chi Minh"], ["Organization", "Universitas Nagasaki"],
    ]);
  });

  it("takes the name after a title and a preposition for the title's organisation, not its holder", () => {
    const { candidates } = analyse("Ved seremonien talte Darrell Oh – administrerende direktør i Pfizer Vietnam – om Pfizer.", "no");
    assert.deepEqual(candidates.filter((c) => c.kind !== "Event").map((c) => [c.kind, c.name]), [["Person", "Darrell Oh"], ["Organization", "Pfizer"]]);
  });

  it("reads 'Bộ' as a ministry unless it opens 'Bộ trưởng', and 'Trưởng' as a title", () => {
    const { candidates } = analyse([
      "Đoàn có đại diện Bộ Công Thương Nga.",
      "Ông Nguyễn Văn An Trưởng Văn phòng Đại diện phát biểu.",
      "Ông gặp Bộ trưởng Ivan Petrov.",
    ].join("\n"), "vi");
    assert.deepEqual(candidates.map((c) => [c.kind, c.name]), [["Organization", "Bộ Công Thương Nga"], ["Person", "Ivan Petrov"]]);
  });

  it("reads a Vietnamese body's lower-case second syllables as part of its name", () => {
    const { candidates } = analyse("Ông Lê Ngọc Thành, Hiệu trưởng Trường Đại học Y Dược, phát biểu.", "vi");
    assert.deepEqual(candidates.map((c) => [c.kind, c.name]), [["Person", "Lê Ngọc Thành"], ["Organization", "Trường Đại học Y Dược"]]);
    const fragments = analyse("Hôm nay, Hệ thống Y học tái tạo và Trị liệu tế bào đã ký kết.", "vi").candidates.filter((c) => c.kind === "Organization");
    assert.deepEqual(fragments, [], "a capital inside a lower-case phrase ('Y học tái tạo') ends no name");
  });

  it("keeps the kind the article shows a name of elsewhere: a drug beside 'vaccine', a body after 'company' even beside 'vaccines'", () => {
    const names = (text: string) => analyse(text, "en").candidates.filter((c) => c.kind !== "Agreement").map((c) => [c.kind, c.name]);
    assert.deepEqual(names([
      "The plant will make the one-shot Sputnik Light vaccine.",
      "RDIF is working to register Sputnik Light in the country.",
    ].join("\n")), [["Drug", "Sputnik Light"]]);
    assert.deepEqual(names([
      "French pharmaceutical and healthcare company Sanofi handed over a document.",
      "VNVC and Sanofi will produce several important Sanofi vaccines in Vietnam.",
      "Zainab Sadat Qayyum, President of Sanofi Southeast Asia-India, spoke.",
    ].join("\n")), [["Organization", "Sanofi"], ["Person", "Zainab Sadat Qayyum"], ["Organization", "Sanofi Southeast Asia-India"]]);
    const { bodies } = articleWords(splitSentences("Chủ tịch Quốc hội Vương Đình Huệ thăm công ty Gamma Medika."));
    assert.deepEqual([...bodies], ["gamma", "gamma medika"], "'hội' ends the name 'Quốc hội': no word for a body before a name");
  });

  it("keeps the first word of a short name opening a sentence when the article writes it as a name elsewhere", () => {
    const names = (text: string) => analyse(text, "no").candidates.filter((c) => c.kind === "Person").map((c) => [c.name, c.quote]);
    assert.deepEqual(names("Darrell Oh – direktør – talte.\nVed seremonien uttrykte Darrell Oh glede."), [["Darrell Oh", "Darrell Oh – direktør – talte."]]);
    assert.deepEqual(names("Darrell Oh – direktør – talte."), [], "with nothing else to go by, the opening capital is the sentence's");
  });

  it("takes an acronym's genitive before a title for part of the title, and before a word for a body for that body's name", () => {
    const { candidates } = analyse("Seremonien ble bevitnet av USAs generalkonsul Susan Burns og tjenestemenn fra USAs generalkonsulat i Bergen.", "no");
    assert.deepEqual(candidates.filter((c) => c.kind !== "Event").map((c) => [c.kind, c.name]), [["Person", "Susan Burns"], ["Organization", "USAs generalkonsulat"]]);
  });

  it("links a known acronym's longer name ending in a word for a body to the known organisation", () => {
    const { candidates, mentions } = analyse("Den 18. mars signerte Alpha Pharma og GMX Vaccination System en avtale.", "no");
    assert.deepEqual(mentions.map((m) => [m.entity, m.surface]), [["organization:alpha-pharma", "Alpha Pharma"], ["organization:gmx", "GMX Vaccination System"]]);
    assert.deepEqual(candidates.filter((c) => c.kind !== "Agreement"), []);
  });

  it("does not link what only resembles a known name: a drug's name inside a body's, an event's generic noun", () => {
    const linked = (text: string) => analyse(text, "en").mentions.map((m) => [m.entity, m.surface]);
    assert.deepEqual(linked("Then the GMX Zetamab Manufacturing Plant opened."), [["organization:gmx-plant", "GMX Zetamab Manufacturing Plant"]]);
    assert.deepEqual(linked("Later the Signing Ceremony began, and zetamab was shown."), [["drug:zetamab", "zetamab"]]);
  });
});
