import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { foldName, foldText, searchPattern, searchText } from "../../src/domain/names.js";

describe("foldText", () => {
  const cases: Array<[string, string]> = [
    ["Đào Hồng Lan", "dao hong lan"],
    ["ĐÀO HỒNG LAN", "dao hong lan"],
    ["Nguyễn Thị Thu Hiền", "nguyen thi thu hien"],
    ["Bjørn Ærø Sæther", "bjorn aero saether"],
    ["Helsedepartementet – visehelseminister", "helsedepartementet visehelseminister"],
    ["57-NQ/TW", "57 nq tw"],
    ["1131/QĐ-TTg", "1131 qd ttg"],
    ["  Mt.  Fuji   GX ", "mt fuji gx"],
    ["Triazavirin®", "triazavirin"],
  ];
  for (const [input, folded] of cases) it(`${input} → ${folded}`, () => assert.equal(foldText(input), folded));
});

describe("foldName drops honorifics in front of a name", () => {
  const cases: Array<[string, string]> = [
    ["TS.BS Nguyễn Ngô Quang", "nguyen ngo quang"],
    ["TTND.GS.TS.BS Lê Ngọc Thành", "le ngoc thanh"],
    ["NGND.GS.TS.BS Tạ Thành Văn", "ta thanh van"],
    ["Thiếu tướng TTND.GS.TS.BS Lâm Khánh", "lam khanh"],
    ["Dr. Nguyen Tri Thuc", "nguyen tri thuc"],
    ["Bapak Konstantin Gorodnitsky", "konstantin gorodnitsky"],
    ["Ibu Tran Thi Hong Thuy", "tran thi hong thuy"],
    ["Bà Nguyễn Thị Thu Hiền", "nguyen thi thu hien"],
    ["ông Hoàng Quang Phòng", "hoang quang phong"],
  ];
  for (const [input, folded] of cases) it(`${input} → ${folded}`, () => assert.equal(foldName(input), folded));

  it("keeps a name made only of honorific-like words", () => assert.equal(foldName("Ba"), "ba"));
  it("drops honorifics only in front", () => assert.equal(foldName("Le Ba Dr"), "le ba dr"));
});

describe("searchText and searchPattern", () => {
  const text = searchText(["Nguyễn Ngô Quang", "Nguyen Ngo Quang", "TS Quang"]);

  it("holds each folded name once, framed", () => assert.equal(text, "| nguyen ngo quang | quang |"));
  it("an exact query matches the exact frame", () => assert.ok(text.includes(searchPattern("NGUYEN ngô quang")!.exact)));
  it("a prefix query matches only the prefix frame", () => {
    const p = searchPattern("nguyen ngo")!;
    assert.ok(text.includes(p.prefix));
    assert.ok(!text.includes(p.exact));
  });
  it("a partial query matches every word start", () => {
    const p = searchPattern("ngo qua")!;
    assert.ok(p.words.every((w) => text.includes(w)));
    assert.ok(!text.includes(p.prefix));
  });
  it("no letters or digits is no pattern", () => assert.equal(searchPattern(" - / "), null));
});
