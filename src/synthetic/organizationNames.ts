/**
 * Organisation names as each language writes them: the ministry every country
 * has at the top of its block, then hospitals, companies, institutes and the
 * rest, their native name beside an English one when the two differ.
 */
import { OrganizationCategory as C } from "../domain/ontology.js";
import type { CountrySpec, Language } from "./countries.js";
import type { Random } from "./random.js";

/** Words organisations are named after: places, founders' virtues, made-up brands. */
const WORDS: Readonly<Record<Language, readonly string[]>> = {
  vi: ["Bạch Mai", "Chợ Rẫy", "Hòa Bình", "Thống Nhất", "Việt Đức", "Tân Phú", "An Sinh", "Hưng Thịnh", "Phú Thọ", "Đông Á", "Nam Định", "Đà Nẵng", "Trường Sơn", "Hồng Hà"],
  no: ["Ullevål", "Haukeland", "Sørlandet", "Nordfjord", "Vestre Viken", "Østfold", "Fjellheim", "Bøler", "Lørenskog", "Skogbrand", "Strandvik", "Dalsøy", "Trøndelag", "Ålesund"],
  id: ["Harapan", "Sehat Sentosa", "Mitra Keluarga", "Bina Husada", "Jaya Abadi", "Kasih Ibu", "Medika", "Persahabatan", "Cipto", "Nusantara", "Budi Mulia", "Permata"],
  ru: ["Medsintez", "Vektor", "Generium", "Petrovax", "Uralbio", "Sibfarm", "Nanolek", "Biokad", "Pharmstandard", "Geropharm", "Microgen", "Binnopharm"],
  en: ["Harbor", "Summit", "Crestview", "Meridian", "Beacon", "Riverside", "Northgate", "Oakridge", "Apex", "Lakeshore", "Kingsway", "Fairview"],
};

type Pattern = (word: string, country: CountrySpec) => string;

const ENGLISH: Readonly<Partial<Record<C, Pattern>>> = {
  [C.MINISTRY]: (_, c) => `Ministry of Health of ${c.name}`,
  [C.DEPARTMENT]: (w) => `Department of Pharmaceutical Affairs ${w}`,
  [C.GOVERNMENT_BODY]: (w, c) => `${c.name} Drug Administration ${w}`,
  [C.LEGISLATURE]: (w, c) => `${c.name} Parliamentary Health Committee ${w}`,
  [C.PARTY_BODY]: (w) => `Central Health Commission ${w}`,
  [C.COMPANY]: (w) => `${w} Pharmaceuticals`,
  [C.FUND]: (w) => `${w} Health Investment Fund`,
  [C.HOSPITAL]: (w) => `${w} General Hospital`,
  [C.UNIVERSITY]: (w) => `${w} Medical University`,
  [C.INSTITUTE]: (w) => `${w} Institute of Vaccines and Biologicals`,
  [C.ASSOCIATION]: (w, c) => `${c.name} Pharmaceutical Association ${w}`,
  [C.INTERGOVERNMENTAL]: (w) => `${w} Regional Health Partnership`,
  [C.MEDIA]: (w) => `${w} Health News`,
};

const NATIVE: Readonly<Partial<Record<Language, Partial<Record<C, Pattern>>>>> = {
  vi: {
    [C.MINISTRY]: () => "Bộ Y tế",
    [C.DEPARTMENT]: (w) => `Cục Quản lý Dược ${w}`,
    [C.COMPANY]: (w) => `Công ty Cổ phần Dược phẩm ${w}`,
    [C.HOSPITAL]: (w) => `Bệnh viện ${w}`,
    [C.UNIVERSITY]: (w) => `Đại học Y ${w}`,
    [C.INSTITUTE]: (w) => `Viện Vắc xin ${w}`,
  },
  no: {
    [C.MINISTRY]: () => "Helse- og omsorgsdepartementet",
    [C.COMPANY]: (w) => `${w} Farma AS`,
    [C.HOSPITAL]: (w) => `${w} sykehus`,
    [C.UNIVERSITY]: (w) => `Universitetet i ${w}`,
    [C.INSTITUTE]: (w) => `${w} folkehelseinstitutt`,
  },
  id: {
    [C.MINISTRY]: () => "Kementerian Kesehatan",
    [C.COMPANY]: (w) => `PT ${w} Farma`,
    [C.HOSPITAL]: (w) => `Rumah Sakit ${w}`,
    [C.UNIVERSITY]: (w) => `Universitas ${w}`,
    [C.INSTITUTE]: (w) => `Lembaga Biologi ${w}`,
  },
  ru: {
    [C.MINISTRY]: () => "Ministerstvo zdravookhraneniya",
    [C.COMPANY]: (w) => `AO ${w}`,
    [C.HOSPITAL]: (w) => `Gorodskaya klinicheskaya bolnitsa ${w}`,
    [C.INSTITUTE]: (w) => `NII ${w}`,
  },
};

/** Categories below the top of a country's block, companies and hospitals most common. */
const CATEGORY_WEIGHTS: ReadonlyArray<[C, number]> = [
  [C.COMPANY, 30], [C.HOSPITAL, 20], [C.INSTITUTE, 10], [C.UNIVERSITY, 8], [C.DEPARTMENT, 6],
  [C.GOVERNMENT_BODY, 5], [C.ASSOCIATION, 5], [C.FUND, 4], [C.MEDIA, 4], [C.INTERGOVERNMENTAL, 3],
  [C.LEGISLATURE, 2], [C.PARTY_BODY, 3],
];
const WEIGHT_TOTAL = CATEGORY_WEIGHTS.reduce((sum, [, w]) => sum + w, 0);

/** Rank 0 of a country's organisations is its ministry; the next few are state bodies. */
export function organizationCategory(rng: Random, rank: number): C {
  if (rank === 0) return C.MINISTRY;
  if (rank < 3) return rank === 1 ? C.GOVERNMENT_BODY : C.DEPARTMENT;
  let draw = rng.below(WEIGHT_TOTAL);
  for (const [category, weight] of CATEGORY_WEIGHTS) {
    if ((draw -= weight) < 0) return category;
  }
  return C.COMPANY;
}

export interface OrganizationName {
  readonly name: string;
  readonly names: Record<string, string>;
}

export function organizationName(rng: Random, category: C, country: CountrySpec): OrganizationName {
  const word = rng.pick(WORDS[country.language]);
  const english = ENGLISH[category]!(word, country);
  const native = NATIVE[country.language]?.[category]?.(word, country);
  if (!native) return { name: english, names: { en: english } };
  return { name: native, names: { [country.language]: native, en: english } };
}
