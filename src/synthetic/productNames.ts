/**
 * Names of the things cooperation is about — drugs, technologies, diseases —
 * and of the documents and meetings that carry it: resolutions, agreements,
 * events, and the papers that report on them.
 */
import type { Language } from "./countries.js";
import type { Random } from "./random.js";

const DRUG_STEMS = ["Tria", "Favi", "Remde", "Molnu", "Oselta", "Zana", "Vira", "Cefo", "Amo", "Lami", "Teno", "Dolu", "Beda", "Rifa", "Sofos", "Dacla"];
const DRUG_ENDINGS = ["zavirin", "piravir", "sivir", "mivir", "mab", "cillin", "zolid", "tegravir", "quiline", "pentin", "buvir", "tasvir"];

export function drugName(rng: Random): string {
  return rng.pick(DRUG_STEMS) + rng.pick(DRUG_ENDINGS);
}

const TECH_KINDS = ["mRNA", "Lentiviral", "Continuous", "Cell-free", "Modular", "Single-use", "Recombinant", "Digital", "Adjuvanted", "Freeze-dried"];
const TECH_THINGS = ["fill-finish line", "bioreactor platform", "vaccine platform", "telemedicine system", "gene therapy process", "sequencing pipeline", "plasma fractionation", "API synthesis route"];

export function technologyName(rng: Random): string {
  return `${rng.pick(TECH_KINDS)} ${rng.pick(TECH_THINGS)}`;
}

/** Diseases by their English name, with the names of the generator's other languages. */
const DISEASES: ReadonlyArray<Readonly<Record<Language, string>>> = [
  { en: "Tuberculosis", vi: "Bệnh lao", no: "Tuberkulose", id: "Tuberkulosis", ru: "Tuberkulyoz" },
  { en: "Dengue fever", vi: "Sốt xuất huyết", no: "Denguefeber", id: "Demam berdarah", ru: "Likhoradka denge" },
  { en: "Malaria", vi: "Sốt rét", no: "Malaria", id: "Malaria", ru: "Malyariya" },
  { en: "Hepatitis B", vi: "Viêm gan B", no: "Hepatitt B", id: "Hepatitis B", ru: "Gepatit B" },
  { en: "Measles", vi: "Bệnh sởi", no: "Meslinger", id: "Campak", ru: "Kor'" },
  { en: "Diabetes", vi: "Đái tháo đường", no: "Diabetes", id: "Diabetes", ru: "Sakharnyy diabet" },
  { en: "Influenza", vi: "Cúm", no: "Influensa", id: "Influenza", ru: "Gripp" },
  { en: "COVID-19", vi: "COVID-19", no: "Covid-19", id: "COVID-19", ru: "COVID-19" },
  { en: "HIV/AIDS", vi: "HIV/AIDS", no: "Hiv/aids", id: "HIV/AIDS", ru: "VICh/SPID" },
  { en: "Cervical cancer", vi: "Ung thư cổ tử cung", no: "Livmorhalskreft", id: "Kanker serviks", ru: "Rak sheyki matki" },
  { en: "Rabies", vi: "Bệnh dại", no: "Rabies", id: "Rabies", ru: "Beshenstvo" },
  { en: "Hand, foot and mouth disease", vi: "Bệnh tay chân miệng", no: "Hånd-, fot- og munnsykdom", id: "Penyakit tangan, kaki dan mulut", ru: "Enterovirusnyy vezikulyarnyy stomatit" },
];

/** The first diseases are the real ones; past them, strains and subtypes of them. */
export function diseaseNames(rank: number): Record<string, string> {
  const base = DISEASES[rank % DISEASES.length];
  const round = Math.floor(rank / DISEASES.length);
  const suffix = round === 0 ? "" : ` (subtype ${round + 1})`;
  return Object.fromEntries(Object.entries(base).map(([lang, name]) => [lang, name + suffix]));
}

const TOPICS: ReadonlyArray<Readonly<Record<"en" | "vi", string>>> = [
  { en: "pharmaceutical industry development", vi: "phát triển công nghiệp dược" },
  { en: "vaccine self-sufficiency", vi: "tự chủ vắc xin" },
  { en: "technology transfer in medicine", vi: "chuyển giao công nghệ y tế" },
  { en: "digital health", vi: "y tế số" },
  { en: "tuberculosis elimination", vi: "chấm dứt bệnh lao" },
  { en: "primary health care", vi: "chăm sóc sức khỏe ban đầu" },
];

export function resolutionName(rng: Random, number: string, language: Language): Record<string, string> {
  const topic = rng.pick(TOPICS);
  const en = `Resolution ${number} on ${topic.en}`;
  return language === "vi" ? { vi: `Nghị quyết ${number} về ${topic.vi}`, en } : { en };
}

/** A resolution's number as its country writes it. */
export function resolutionNumber(rng: Random, language: Language, year: number): string {
  const n = rng.between(1, 2999);
  if (language === "vi") return `${n}/${rng.pick(["NQ-CP", "QĐ-BYT", "NQ-TW", "KH-BYT", "QĐ-TTg"])}`;
  return `${n}/${year}`;
}

const AGREEMENT_SUBJECTS = ["vaccine production", "antiviral drugs", "cancer diagnostics", "hospital management", "medical training", "plasma products", "insulin supply"];

export function agreementName(rng: Random, countryA: string, countryB: string, noun: string): string {
  const parties = countryA === countryB ? countryA : `${countryA}–${countryB}`;
  return `${parties} ${noun} on ${rng.pick(AGREEMENT_SUBJECTS)}`;
}

const EVENT_NOUNS: Readonly<Record<string, string>> = {
  SIGNING: "signing ceremony", CONFERENCE: "health cooperation conference", WORKSHOP: "workshop",
  MEETING: "bilateral meeting", VISIT: "official visit", GROUNDBREAKING: "groundbreaking of the vaccine plant",
  EXCHANGE: "exchange of notes",
};

export function eventName(category: string, country: string, year: number): string {
  return `${country} ${EVENT_NOUNS[category]} ${year}`;
}

/** Each language's papers, with the domain their articles live under. */
export const PUBLISHERS: Readonly<Record<Language, ReadonlyArray<{ name: string; domain: string }>>> = {
  vi: [{ name: "Báo Sức khỏe & Đời sống", domain: "suckhoedoisong.example.vn" }, { name: "Tin Y tế Việt", domain: "tinyte.example.vn" }],
  no: [{ name: "Dagens Medisin", domain: "dagensmedisin.example.no" }, { name: "Helsenytt", domain: "helsenytt.example.no" }],
  id: [{ name: "Kabar Sehat", domain: "kabarsehat.example.id" }, { name: "Warta Farmasi", domain: "wartafarmasi.example.id" }],
  ru: [{ name: "Meditsinskiy Vestnik", domain: "medvestnik.example.ru" }, { name: "Farmatsevticheskiy Obzor", domain: "pharmobzor.example.ru" }],
  en: [{ name: "Health Policy Wire", domain: "healthpolicywire.example.com" }, { name: "Global Pharma Times", domain: "pharmatimes.example.com" }],
};
