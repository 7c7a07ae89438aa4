/**
 * The words of the field in the four languages, each with the concept it
 * stands for, so a known entity named in another language than the graph's
 * is still found: "Albumin tái tổ hợp", "recombinant albumin" and "Albumin
 * Rekombinan" are the same three concepts' worth of words, as are "Bộ Y tế
 * Liên bang Nga" and "Ministry of Health of Russia". A name's concept key is
 * the set of its concepts and untranslated words (a proper name, a number),
 * order aside, since Vietnamese and Indonesian put the noun first and English
 * last. These are words of the trade — ministries, recombinant, vaccine,
 * dengue — never the name of one article's entity.
 */
import { foldText } from "../domain/names.js";

/** Concept → the folded words for it in vi, id, no and en. A phrase may stand for two concepts ("helsedepartementet"). */
const CONCEPTS: Readonly<Record<string, readonly string[]>> = {
  MINISTRY: ["bo", "kementerian", "ministry", "departementet", "departement"],
  "MINISTRY HEALTH": ["helsedepartementet", "helsedepartement"],
  HEALTH: ["y te", "kesehatan", "health", "helse"],
  GOVERNMENT: ["chinh phu", "pemerintah", "government", "regjeringen", "regjering"],
  POLITBURO: ["bo chinh tri", "politbiro", "politbyraet", "politburo"],
  NATIONAL_ASSEMBLY: ["quoc hoi", "nasjonalforsamlingen", "national assembly", "majelis nasional"],
  RUSSIA: ["nga", "lien bang nga", "rusia", "federasi rusia", "russia", "russian federation", "russland"],
  VIETNAM: ["viet nam", "vietnam"],
  JAPAN: ["nhat ban", "jepang", "japan"],
  RESOLUTION: ["nghi quyet", "resolusi", "resolusjon", "resolution"],
  DRUG: ["thuoc", "obat", "drug", "legemiddel", "legemidler", "medicine"],
  VACCINE: ["vac xin", "vaccine", "vaksin", "vaksine"],
  BIOLOGICAL: ["sinh hoc", "sinh pham", "biologis", "biologi", "biological", "biologic", "biologics", "biologisk", "biologiske"],
  ADVANCED: ["tien tien", "canggih", "advanced", "avansert", "avanserte"],
  NEW_GENERATION: ["the he moi", "generasi baru", "new generation", "ny generasjon"],
  TECHNOLOGY: ["cong nghe", "teknologi", "technology", "teknologien"],
  PRODUCTION: ["san xuat", "produksi", "production", "produksjon", "manufacturing"],
  RECOMBINANT: ["tai to hop", "rekombinan", "recombinant", "rekombinant"],
  PEN: ["but tiem", "pena", "pen", "penn"],
  HORMONE: ["hormone", "hormon"],
  FOLLICLE_STIMULATING: ["kich thich nang trung", "perangsang folikel", "follicle stimulating", "follikkelstimulerende"],
  DIABETES: ["dai thao duong", "tieu duong", "diabetes"],
  COMPLICATION: ["bien chung", "komplikasi", "complication", "komplikasjon", "komplikasjoner"],
  THROMBOTIC: ["huyet khoi", "trombotik", "thrombotic", "trombotisk", "trombotiske"],
  INFERTILITY: ["vo sinh", "infertilitas", "infertility", "infertilitet"],
  DENGUE: ["sot xuat huyet", "demam berdarah", "dengue fever", "dengue", "denguefeber"],
  CANCER: ["ung thu", "kanker", "cancer", "kreft"],
  PLANT: ["nha may", "pabrik", "plant", "factory", "fabrikk"],
  COMPANY: ["cong ty", "perusahaan", "company", "selskap", "selskapet"],
  PHARMACEUTICAL: ["duoc pham", "farmasi", "pharmaceutical", "pharmaceuticals", "farmasoytisk"],
  FUND: ["quy", "dana", "fund", "fond", "fondet"],
  INVESTMENT: ["dau tu", "investasi", "investment", "investering"],
  DIRECT: ["truc tiep", "langsung", "direct", "direkte"],
  DEPARTMENT: ["cuc", "departemen", "department", "administration", "direktoratet"],
  SCIENCE: ["khoa hoc", "sains", "science", "vitenskap"],
  TRAINING: ["dao tao", "pelatihan", "training", "opplaering"],
};

/** Words that join a name's parts in any of the languages and say nothing of what it names. */
const JOINERS: ReadonlySet<string> = new Set(["of", "the", "and", "for", "cua", "va", "dan", "og", "av", "untuk", "cac", "loai"]);

const PHRASES = new Map<string, string>(Object.entries(CONCEPTS).flatMap(([concept, words]) => words.map((w) => [w, concept] as const)));
const LONGEST_PHRASE = Math.max(...[...PHRASES.keys()].map((p) => p.split(" ").length));

/**
 * Concepts that name one thing by themselves: a country, a disease, one body.
 * "Government" or "Ministry" alone names none in particular.
 */
const STANDALONE: ReadonlySet<string> = new Set(["RUSSIA", "VIETNAM", "JAPAN", "POLITBURO", "NATIONAL_ASSEMBLY", "DIABETES", "INFERTILITY", "DENGUE", "CANCER"]);

export const isJoiner = (word: string) => JOINERS.has(word);

export interface ConceptKey {
  /** Concepts and untranslated words, sorted, deduplicated, joined by spaces. */
  readonly key: string;
  /** How many glossary concepts the key holds: a key of none is the name as it is written. */
  readonly concepts: number;
}

/** Whether a key may name a known entity: it holds a concept, and is more than one generic concept. */
export const namesSomething = (k: ConceptKey) => k.concepts > 0 && (k.key.includes(" ") || STANDALONE.has(k.key));

/** The concept key of a sequence of folded words; null when it starts or ends with a joiner or repeats a concept. */
export function conceptKeyOfWords(words: readonly string[]): ConceptKey | null {
  if (words.length === 0 || isJoiner(words[0]) || isJoiner(words[words.length - 1])) return null;
  const parts = new Set<string>();
  let concepts = 0;
  for (let i = 0; i < words.length; ) {
    let matched = 0;
    for (let n = Math.min(LONGEST_PHRASE, words.length - i); n > 0 && !matched; n--) {
      const concept = conceptOf(words.slice(i, i + n).join(" "));
      if (concept) {
        // "Resolusi 57 dan Resolusi 72" is two names, not one that says "resolution" twice.
        if (concept.split(" ").some((c) => parts.has(c))) return null;
        for (const c of concept.split(" ")) parts.add(c);
        concepts += 1;
        matched = n;
      }
    }
    if (!matched) {
      if (!isJoiner(words[i])) parts.add(words[i]);
      matched = 1;
    }
    i += matched;
  }
  return { key: [...parts].sort().join(" "), concepts };
}

/** A phrase's concept; an English plural ("pens", "complications") is its singular's. */
function conceptOf(phrase: string): string | undefined {
  return PHRASES.get(phrase) ?? (phrase.endsWith("s") ? PHRASES.get(phrase.slice(0, -1)) : undefined);
}

export const conceptKeyOf = (name: string) => conceptKeyOfWords(foldText(name).split(" ").filter(Boolean));
