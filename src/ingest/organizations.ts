/**
 * What kind of body an organisation's name says it is — a plant, a company,
 * a group, a ministry, a fund, a hospital, a university, an institute — in
 * any of the four languages. Two names of one body in two languages share
 * its distinctive words ("VNVC", "Medsintez") and say the same kind: "Nhà
 * máy Vaccine và sinh phẩm VNVC", "VNVC Vaccine and Biological Products
 * Factory" and "Pabrik Vaksin dan Biologi VNVC" are one plant, and the
 * company "Perusahaan Vaksin VNVC" is another body.
 */
import { foldText } from "../domain/names.js";

const BODY_KINDS: ReadonlyArray<readonly [string, readonly string[]]> = [
  ["plant", ["pabrik", "nha may", "factory", "plant", "fabrikk", "fabrikken", "manufacturing plant"]],
  ["company", ["perusahaan", "cong ty", "company", "jsc", "joint stock company", "selskap", "selskapet", "corporation", "pt"]],
  ["group", ["tap doan", "group", "grup", "konsern", "konsernet"]],
  ["ministry", ["kementerian", "bo", "ministry", "departement", "departementet"]],
  ["fund", ["dana", "quy", "fund", "fond", "fondet"]],
  ["hospital", ["rumah sakit", "benh vien", "hospital", "sykehus", "sykehuset"]],
  ["university", ["universitas", "dai hoc", "university", "universitet", "universitetet"]],
  ["institute", ["institut", "vien", "institute", "institutt", "instituttet"]],
];

/** The kind of body a name says it is, or null when it says none. */
export function bodyKind(name: string): string | null {
  const folded = ` ${foldText(name)} `;
  for (const [kind, words] of BODY_KINDS) if (words.some((w) => folded.includes(` ${w} `))) return kind;
  return null;
}

/** Whether a name starts ("Nhà máy …") or ends ("… Factory") with a word saying what kind of body it is. */
export function saysBodyAt(name: string, end: "start" | "end"): boolean {
  const folded = foldText(name);
  return BODY_KINDS.some(([, words]) => words.some((w) => (end === "start" ? `${folded} `.startsWith(`${w} `) : ` ${folded}`.endsWith(` ${w}`))));
}

/** The words of a name that tell its body apart: acronyms and capitalised words that are not the kind of body. */
export function distinctiveWords(name: string): string[] {
  const kindWords = new Set(BODY_KINDS.flatMap(([, words]) => words.flatMap((w) => w.split(" "))));
  return (name.match(/[\p{L}\p{N}]+/gu) ?? [])
    .filter((w) => /^\p{Lu}/u.test(w) && w.length >= 3)
    .map((w) => foldText(w))
    .filter((w) => !kindWords.has(w));
}
