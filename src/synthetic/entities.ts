/**
 * Entity i of a synthetic graph, rebuilt from (seed, i) alone: its name in its
 * country's language (and in English), aliases, and the attributes its kind
 * carries. Articles are built elsewhere (articles.ts): their text is made of
 * the statements they report.
 */
import {
  AgreementCategory, DrugCategory, EventCategory, NodeKind, ResolutionCategory, TechnologyCategory,
} from "../domain/ontology.js";
import { entityId, idPrefix, slugify } from "../domain/ids.js";
import type { AttributeValue, Entity } from "../domain/records.js";
import { COUNTRIES, type CountrySpec, type Language } from "./countries.js";
import type { GraphLayout } from "./layout.js";
import { organizationCategory, organizationName } from "./organizationNames.js";
import { personName } from "./personNames.js";
import {
  agreementName, diseaseNames, drugName, eventName, resolutionName, resolutionNumber, technologyName,
} from "./productNames.js";
import { Random } from "./random.js";

/** Streams of a graph's PRNG: one per purpose, so adding a draw to one leaves the others as they were. */
export const STREAM = { entity: 1, statements: 2, article: 3, sample: 4, landmarks: 5 } as const;

export interface SyntheticEntity {
  readonly index: number;
  readonly entity: Entity;
  /** Country number, or null for drugs, technologies, diseases and articles. */
  readonly country: number | null;
  /** The language the entity's own country writes in; English when it has none. */
  readonly language: Language;
  /** An agreement's other country (its own when it is domestic). */
  readonly partner?: number;
}

interface Described {
  name: string;
  names: Record<string, string>;
  aliases?: string[];
  attributes: Record<string, AttributeValue>;
  partner?: number;
}

const pad = (n: number) => String(n).padStart(2, "0");
/** Day 1–28 keeps every generated day valid in every month. */
const day = (rng: Random, year: number) => `${year}-${pad(rng.between(1, 12))}-${pad(rng.between(1, 28))}`;

/** Mostly a full day; sometimes only a month, a year, or a day and month without the year, as articles write them. */
function partialDate(rng: Random, year: number): string {
  const form = rng.next();
  if (form < 0.75) return day(rng, year);
  if (form < 0.88) return `${year}-${pad(rng.between(1, 12))}`;
  if (form < 0.95) return `--${pad(rng.between(1, 12))}-${pad(rng.between(1, 28))}`;
  return String(year);
}

/** A Vietnamese or Norwegian name as an English text writes it: without its diacritics. */
export function plainLatin(text: string): string {
  return text.replace(/[đĐøØæÆåÅ]/g, (ch) => ({ đ: "d", Đ: "D", ø: "o", Ø: "O", æ: "ae", Æ: "Ae", å: "a", Å: "A" })[ch]!)
    .normalize("NFD").replace(/\p{M}+/gu, "");
}

function describeCountry(spec: CountrySpec): Described {
  const names: Record<string, string> = { en: spec.name };
  if (spec.native) names[spec.language] = spec.native;
  return { name: spec.name, names, attributes: { iso: spec.iso } };
}

function describePerson(rng: Random, language: Language): Described {
  const { name, aliases } = personName(rng, language);
  const names: Record<string, string> = { [language]: name };
  if (language === "vi" || language === "no") names.en = plainLatin(name);
  const attributes: Record<string, AttributeValue> = {};
  if (rng.chance(0.2)) attributes.description = rng.pick(["physician", "pharmacologist", "health official", "epidemiologist", "diplomat"]);
  return { name, names, aliases: [...aliases], attributes };
}

function describeResolution(rng: Random, language: Language): Described {
  const year = rng.between(2012, 2025);
  const number = resolutionNumber(rng, language, year);
  const names = resolutionName(rng, number, language);
  const attributes = { category: rng.pick(Object.values(ResolutionCategory)), number, date: partialDate(rng, year) };
  return { name: names[language] ?? names.en, names, attributes };
}

function describeAgreement(rng: Random, layout: GraphLayout, country: number): Described {
  const partner = rng.chance(0.85) ? layout.otherCountry(country, rng) : country;
  const category = rng.pick(Object.values(AgreementCategory));
  const noun = category === AgreementCategory.COOPERATION ? "memorandum of understanding" : "agreement";
  const name = agreementName(rng, COUNTRIES[country].name, COUNTRIES[partner].name, noun);
  return { name, names: { en: name }, attributes: { category, date: partialDate(rng, rng.between(2014, 2026)) }, partner };
}

function describeEvent(rng: Random, spec: CountrySpec): Described {
  const category = rng.pick(Object.values(EventCategory));
  const year = rng.between(2014, 2026);
  const name = eventName(category, spec.name, year);
  const date = day(rng, year);
  const attributes: Record<string, AttributeValue> = { category, date, location: spec.capital };
  if (rng.chance(0.3)) attributes.endDate = `${date.slice(0, 8)}${pad(Math.min(28, Number(date.slice(8)) + rng.between(1, 3)))}`;
  return { name, names: { en: name }, attributes };
}

function describe(layout: GraphLayout, index: number, kind: NodeKind, country: number | null, rng: Random): Described {
  const spec = country === null ? null : COUNTRIES[country];
  const language = spec?.language ?? "en";
  switch (kind) {
    case NodeKind.Country: return describeCountry(spec!);
    case NodeKind.Person: return describePerson(rng, language);
    case NodeKind.Organization: {
      const category = organizationCategory(rng, layout.rankOf(index, kind));
      const { name, names } = organizationName(rng, category, spec!);
      return { name, names, attributes: { category } };
    }
    case NodeKind.Resolution: return describeResolution(rng, language);
    case NodeKind.Agreement: return describeAgreement(rng, layout, country!);
    case NodeKind.Event: return describeEvent(rng, spec!);
    case NodeKind.Drug: {
      const name = drugName(rng);
      return { name, names: { en: name }, attributes: { category: rng.pick(Object.values(DrugCategory)) } };
    }
    case NodeKind.Technology: {
      const name = technologyName(rng);
      return { name, names: { en: name }, attributes: { category: rng.pick(Object.values(TechnologyCategory)) } };
    }
    case NodeKind.Disease: {
      const names = diseaseNames(layout.rankOf(index, kind));
      return { name: names.en, names, attributes: {} };
    }
    case NodeKind.Article: throw new Error("articles are built from their statements (articles.ts)");
  }
}

/** Names repeat (they come from small pools), and folding one is the costliest step of building an entity. */
const SLUGS = new Map<string, string>();
const SLUG_MEMO_LIMIT = 200_000;

function nameSlug(name: string): string {
  let slug = SLUGS.get(name);
  if (slug === undefined) {
    slug = slugify(name).split("-").filter(Boolean).slice(0, 6).join("-");
    if (SLUGS.size >= SLUG_MEMO_LIMIT) SLUGS.clear();
    SLUGS.set(name, slug);
  }
  return slug;
}

/** The readable, unique id of an entity: its name's slug (six words at most) and its index. */
export function syntheticId(kind: NodeKind, name: string, index: number): string {
  const slug = nameSlug(name);
  return entityId(kind, slug ? `${slug}-${index}` : `${idPrefix(kind)}-${index}`);
}

export function syntheticEntity(layout: GraphLayout, index: number): SyntheticEntity {
  const kind = layout.kindAt(index);
  const country = layout.countryOf(index, kind);
  const rng = new Random(layout.options.seed, STREAM.entity, index);
  const d = describe(layout, index, kind, country, rng);
  const entity: Entity = {
    id: syntheticId(kind, d.name, index), kind, name: d.name, names: d.names, aliases: d.aliases ?? [], labels: [], attributes: d.attributes,
  };
  const language = country === null ? "en" : COUNTRIES[country].language;
  return { index, entity, country, language, ...(d.partner === undefined ? {} : { partner: d.partner }) };
}
