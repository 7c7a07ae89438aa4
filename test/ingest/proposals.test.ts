/**
 * Proposals from each language's general forms — active and passive signing,
 * a co-signer after "with", witnesses "in the presence of", attendance,
 * transfers, positions — each with its sentence, method machine, a
 * confidence and the state proposed.
 */
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import type { DetectableLanguage } from "../../src/ingest/language.js";
import { KnownSignings } from "../../src/ingest/signings.js";
import { analyse } from "./fixtures.js";

/** Each proposal but MENTIONS (mentions.test.ts covers those) as "TYPE from → to", candidates shown by their name. */
function read(text: string, language: DetectableLanguage, signings?: KnownSignings): string[] {
  const { candidates, ...found } = analyse(text, language, signings);
  const proposals = found.proposals.filter((p) => p.type !== "MENTIONS");
  const name = (id: string) => candidates.find((c) => c.id === id)?.name ?? id;
  for (const p of proposals) {
    assert.equal(p.method, "machine");
    assert.equal(p.state, "proposed");
    assert.ok(p.confidence > 0 && p.confidence <= 1);
    assert.equal(text.slice(p.start, p.end), p.quote);
  }
  return proposals.map((p) => `${p.type} ${name(p.from)} → ${name(p.to)}`).sort();
}

describe("relationship proposals", () => {
  it("English: signers before the verb and after 'with', witnesses in the presence of", () => {
    assert.deepEqual(read("Alpha Pharma signed a licensing agreement with Beta Biotech in the presence of Jane Roe.", "en"), [
      "SIGNED organization:alpha-pharma → a licensing agreement",
      "SIGNED organization:beta-biotech → a licensing agreement",
      "WITNESSED person:jane-roe → a licensing agreement",
    ]);
  });

  it("an agreement named only by a definite noun is the one the article is telling of, in each language", () => {
    assert.deepEqual(read("Alpha Pharma signed a licensing agreement with Beta Biotech.\nThe agreement was signed by Jane Roe.", "en"), [
      "SIGNED organization:alpha-pharma → a licensing agreement",
      "SIGNED organization:beta-biotech → a licensing agreement",
      "SIGNED person:jane-roe → a licensing agreement",
    ]);
    assert.deepEqual(read("The agreement was signed by Jane Roe.", "en"), ["SIGNED person:jane-roe → The agreement"], "with no signing before it, it is new");
    assert.deepEqual(read("Alpha Pharma handed over a cooperation document.\nJane Roe and Budi Santoso exchange documents on the cooperation agreement.", "en"), [
      "SIGNED organization:alpha-pharma → a cooperation document",
      "SIGNED person:budi-santoso → a cooperation document",
      "SIGNED person:jane-roe → a cooperation document",
    ], "handing over an agreement's document is signing it; 'on the cooperation agreement' is that one");
  });

  it("English: the passive names its signers after 'signed by'", () => {
    assert.deepEqual(read("The memorandum was signed by Jane Roe.", "en"), ["SIGNED person:jane-roe → The memorandum"]);
  });

  it("English: attendance of an event, a position by apposition, a transfer", () => {
    assert.deepEqual(read("Jane Roe, director of Alpha Pharma, attended the conference.", "en"), [
      "ATTENDED person:jane-roe → conference",
      "HOLDS_POSITION person:jane-roe → organization:alpha-pharma",
    ]);
    assert.deepEqual(read("Alpha Pharma will transfer zetamab production to Vietnam.", "en"), ["TRANSFERS transfer zetamab production to Vietnam → drug:zetamab"]);
  });

  it("Vietnamese: ký kết … với, dưới sự chứng kiến của, có sự tham dự của", () => {
    assert.deepEqual(read("Công ty Alpha Pharma đã ký kết thỏa thuận hợp tác với Tập đoàn Beta Biotech dưới sự chứng kiến của Bộ trưởng Nguyễn Văn An.", "vi"), [
      "SIGNED organization:alpha-pharma → thỏa thuận hợp tác",
      "SIGNED organization:beta-biotech → thỏa thuận hợp tác",
      "WITNESSED person:nguyen-van-an → thỏa thuận hợp tác",
    ]);
    assert.deepEqual(read("Hội nghị có sự tham dự của ông Nguyễn Văn An - nguyên Giám đốc Công ty Alpha Pharma.", "vi"), [
      "ATTENDED person:nguyen-van-an → Hội nghị",
      "HOLDS_POSITION person:nguyen-van-an → organization:alpha-pharma",
    ]);
  });

  it("Indonesian: menandatangani, di hadapan, disaksikan oleh", () => {
    assert.deepEqual(read("Alpha Pharma dan Beta Biotech menandatangani nota kesepahaman di hadapan Menteri Budi Santoso.", "id"), [
      "SIGNED organization:alpha-pharma → nota kesepahaman",
      "SIGNED organization:beta-biotech → nota kesepahaman",
      "WITNESSED person:budi-santoso → nota kesepahaman",
    ]);
    assert.deepEqual(read("Upacara pembukaan pabrik disaksikan oleh Budi Santoso.", "id"), ["WITNESSED person:budi-santoso → Upacara pembukaan"]);
  });

  it("Norwegian: signerte … med, i nærvær av, deltok", () => {
    assert.deepEqual(read("Alpha Pharma signerte en avtale med Beta Biotech i nærvær av helseminister Kari Nordmann.", "no"), [
      "SIGNED organization:alpha-pharma → en avtale",
      "SIGNED organization:beta-biotech → en avtale",
      "WITNESSED person:kari-nordmann → en avtale",
    ]);
    assert.deepEqual(read("Kari Nordmann deltok på konferansen.", "no"), ["ATTENDED person:kari-nordmann → konferansen"]);
  });

  it("Norwegian: after an opening adverbial the verb comes second, its signers after it", () => {
    assert.deepEqual(read("Den 18. mars signerte Alpha Pharma og Beta Biotech en intensjonsavtale om samarbeid i Bergen.", "no"), [
      "SIGNED organization:alpha-pharma → en intensjonsavtale om samarbeid",
      "SIGNED organization:beta-biotech → en intensjonsavtale om samarbeid",
    ]);
    assert.deepEqual(read("I går signerte avtalen.", "no"), [], "no signer between the verb and the agreement: no signing");
  });

  it("a title before the name that names its body is a position there; one naming only a country is left to the curator", () => {
    assert.deepEqual(read("Hôm nay Bộ trưởng Bộ Y tế Việt Nam Nguyễn Văn An phát biểu.", "vi"), ["HOLDS_POSITION person:nguyen-van-an → organization:bo-y-te"]);
    const { proposals } = analyse("Hôm nay Bộ trưởng Bộ Y tế Việt Nam Nguyễn Văn An phát biểu.", "vi");
    assert.deepEqual(proposals.filter((p) => p.type === "HOLDS_POSITION").map((p) => p.properties.title), ["Bộ trưởng Bộ Y tế Việt Nam"]);
    assert.deepEqual(read("Kemudian Menteri Kesehatan Vietnam Budi Santoso berbicara.", "id"), []);
    assert.deepEqual(read("Then the Ministry of Health Jane Roe spoke of.", "en"), [], "no title word before the body: no position");
  });

  it("attendance: talks between two people, and the people at an event named after 'at the', 'tại', 'pada', 'under'", () => {
    assert.deepEqual(read("Chiều 8-6, ông Nguyễn Văn An đã điện đàm với bà Jane Roe.", "vi"), [
      "ATTENDED person:jane-roe → điện đàm", "ATTENDED person:nguyen-van-an → điện đàm",
    ]);
    assert.deepEqual(read("Jane Roe held talks with the press.", "en"), [], "talks need two people");
    assert.deepEqual(read("Berbicara pada upacara tersebut, Bapak Budi Santoso berterima kasih.", "id"), ["ATTENDED person:budi-santoso → upacara"]);
    assert.deepEqual(read("Kari Nordmann sa følgende under signeringsseremonien.", "no"), ["ATTENDED person:kari-nordmann → signeringsseremonien"]);
    assert.deepEqual(read("At the ceremony, Alpha Pharma signed a deal in the presence of Jane Roe.", "en"), [
      "SIGNED organization:alpha-pharma → a deal", "WITNESSED person:jane-roe → a deal",
    ], "a witness is there by saying so");
  });

  it("an event named by a definite noun is the one the article last told of people attending", () => {
    const talks = "Jane Roe mengadakan pembicaraan bilateral dengan Budi Santoso.";
    assert.deepEqual(read(`${talks}\nBerbicara pada pertemuan tersebut, Bapak Kari Nordmann berterima kasih.`, "id"), [
      "ATTENDED person:budi-santoso → pembicaraan bilateral", "ATTENDED person:jane-roe → pembicaraan bilateral",
      "ATTENDED person:kari-nordmann → pembicaraan bilateral",
    ]);
    assert.deepEqual(read(`${talks}\nBerbicara pada pertemuan lain, Bapak Kari Nordmann berterima kasih.`, "id").at(-1), "ATTENDED person:kari-nordmann → pertemuan", "another meeting");
  });

  it("proposes nothing from a sentence that states none of it", () => {
    assert.deepEqual(read("Jane Roe spoke about Alpha Pharma and zetamab.", "en"), []);
  });

  it("gives a new agreement one candidate however often the same sentence repeats", () => {
    const once = analyse("Alpha Pharma signed an agreement.", "en");
    const twice = analyse("Alpha Pharma signed an agreement.\nAlpha Pharma signed an agreement.", "en");
    assert.equal(twice.proposals.length, once.proposals.length);
    assert.deepEqual(twice.candidates.map((c) => c.id), once.candidates.map((c) => c.id));
  });

  it("witnesses in every language's passive, and a later sentence's witnesses are of the article's signing", () => {
    const signing = "Alpha Pharma signerte en avtale med Beta Biotech.";
    assert.deepEqual(read(`${signing}\nSigneringsseremonien ble bevitnet av Kari Nordmann.`, "no"), [
      "SIGNED organization:alpha-pharma → en avtale", "SIGNED organization:beta-biotech → en avtale", "WITNESSED person:kari-nordmann → en avtale",
    ]);
    assert.deepEqual(read("Alpha Pharma signed a deal.\nThe ceremony was witnessed by Jane Roe.", "en"), [
      "SIGNED organization:alpha-pharma → a deal", "WITNESSED person:jane-roe → a deal",
    ]);
    assert.deepEqual(read("Alpha Pharma menandatangani nota kesepahaman di bawah saksi Budi Santoso.", "id"), [
      "SIGNED organization:alpha-pharma → nota kesepahaman", "WITNESSED person:budi-santoso → nota kesepahaman",
    ]);
    assert.deepEqual(read("Công ty Alpha Pharma ký hợp tác với Tập đoàn Beta Biotech.\nLễ ký kết diễn ra vào tối 12/9, dưới sự chứng kiến của ông Nguyễn Văn An.", "vi"), [
      "SIGNED organization:alpha-pharma → hợp tác", "SIGNED organization:beta-biotech → hợp tác", "WITNESSED person:nguyen-van-an → hợp tác",
    ]);
  });

  it("takes a signing by a known agreement's parties for that agreement reported again", () => {
    const known = new KnownSignings(new Map([["agreement:alpha-beta-licence", new Set(["organization:alpha-pharma", "organization:beta-biotech"])]]));
    const text = "Alpha Pharma signed a new deal with Beta Biotech in the presence of Jane Roe.\nIt transfers zetamab.";
    assert.deepEqual(read(text, "en", known), [
      "SIGNED organization:alpha-pharma → agreement:alpha-beta-licence",
      "SIGNED organization:beta-biotech → agreement:alpha-beta-licence",
      "TRANSFERS agreement:alpha-beta-licence → drug:zetamab",
      "WITNESSED person:jane-roe → agreement:alpha-beta-licence",
    ]);
    assert.equal(analyse(text, "en", known).candidates.filter((c) => c.kind === "Agreement").length, 0);
    assert.deepEqual(read("Alpha Pharma signed a deal with Jane Roe.", "en", known), [
      "SIGNED organization:alpha-pharma → a deal", "SIGNED person:jane-roe → a deal",
    ], "one shared party is not enough");
  });
});
