/**
 * Our graph in FollowTheMoney's terms. Entities become FtM things (Person,
 * Organization/Company/PublicBody, Contract, Event, Asset, Article);
 * relationships become FtM's interval schemata, each carrying its sources:
 * the statement id as recordId, the quotes in their own language as
 * description, the English glosses as summary, the articles as proof, with
 * their links and publishers. FtM has no entity for a country, a disease or a
 * legal act: countries become country codes on the entities placed in them,
 * and diseases and resolutions, with the relationships that reach them, are
 * left out. The README's FollowTheMoney section shows the whole table.
 */
import { createHash } from "node:crypto";
import { NodeKind, RelationshipType } from "../../domain/ontology.js";
import { kindOfId, slugify } from "../../domain/ids.js";
import type { IndexedEntity } from "../../domain/records.js";
import type { ExportEdge, ExportSource } from "../scope.js";
import {
  ftmId, ftmLanguage, FtmEntity, sourceProvenance, sourcesProvenance, type FtmSchema, type Provenance,
} from "./model.js";

export interface CountryFacts {
  /** ISO 3166-1 alpha-2 in lower case, as FtM writes countries; null when the graph holds no code. */
  readonly code: string | null;
  readonly name: string;
}

export type CountryLookup = (id: string) => CountryFacts | null;

const ORGANIZATION_SCHEMA: Readonly<Record<string, FtmSchema>> = {
  COMPANY: "Company", FUND: "Company",
  MINISTRY: "PublicBody", DEPARTMENT: "PublicBody", GOVERNMENT_BODY: "PublicBody", LEGISLATURE: "PublicBody",
};

/** The FtM schema of an entity of this kind; null for the kinds FtM has no entity for. */
function schemaOf(entity: IndexedEntity): FtmSchema | null {
  switch (entity.kind) {
    case NodeKind.Person: return "Person";
    case NodeKind.Organization: return ORGANIZATION_SCHEMA[String(entity.attributes.category)] ?? "Organization";
    case NodeKind.Agreement: return "Contract";
    case NodeKind.Event: return "Event";
    case NodeKind.Drug: case NodeKind.Technology: return "Asset";
    case NodeKind.Article: return "Article";
    default: return null;
  }
}

/** Kinds that become an FtM entity a link may point at. */
const LINKABLE: ReadonlySet<NodeKind> = new Set([
  NodeKind.Person, NodeKind.Organization, NodeKind.Agreement, NodeKind.Event, NodeKind.Drug, NodeKind.Technology, NodeKind.Article,
]);

/** FtM dates are ISO prefixes (2025, 2025-05, 2025-05-04); a day without a year has no FtM form. */
function ftmDate(value: unknown): string | null {
  return typeof value === "string" && /^\d{4}(-\d{2}){0,2}$/.test(value) ? value : null;
}

function text(entity: IndexedEntity, name: string): string | null {
  const value = entity.attributes[name];
  return typeof value === "string" ? value : null;
}

function addNames(thing: FtmEntity, entity: IndexedEntity): void {
  const languagesOf = (name: string) => Object.entries(entity.names).filter(([, n]) => n === name).map(([lang]) => lang);
  const [only, ...more] = languagesOf(entity.name);
  thing.add(entity.kind === NodeKind.Agreement ? "title" : "name", entity.name, undefined, more.length ? null : ftmLanguage(only));
  if (entity.kind === NodeKind.Agreement) thing.add("name", entity.name);
  for (const [lang, name] of Object.entries(entity.names)) if (name !== entity.name) thing.add("alias", name, undefined, ftmLanguage(lang));
  for (const alias of entity.aliases) thing.add("alias", alias);
}

function articleEntity(entity: IndexedEntity, provenance: Provenance): FtmEntity {
  return new FtmEntity(ftmId(entity.id), "Article", provenance)
    .add("title", text(entity, "title") ?? entity.name, undefined, ftmLanguage(text(entity, "language")))
    .add("sourceUrl", text(entity, "url")).add("publisher", text(entity, "publisher"))
    .add("language", ftmLanguage(text(entity, "language"))).add("publishedAt", ftmDate(entity.attributes.published))
    .add("author", text(entity, "author")).add("bodyText", text(entity, "text"), undefined, ftmLanguage(text(entity, "language")));
}

/** An article known only from a source that cites it, for an export whose scope leaves the article out. */
export function citedArticle(source: ExportSource): FtmEntity {
  const lang = ftmLanguage(source.language);
  return new FtmEntity(ftmId(source.evidence.article), "Article", sourceProvenance(source))
    .add("title", source.title, undefined, lang).add("sourceUrl", source.url).add("publisher", source.publisher)
    .add("language", lang).add("publishedAt", ftmDate(source.published));
}

/**
 * The FtM entity of a graph entity with the country codes it is placed in,
 * and a Documentation of the quotes that support its attributes; nothing for
 * a kind FtM has no entity for.
 */
export function entityThings(entity: IndexedEntity, sources: readonly ExportSource[], countryCodes: readonly string[]): FtmEntity[] {
  const schema = schemaOf(entity);
  if (!schema) return [];
  const provenance = sourcesProvenance(sources);
  if (schema === "Article") return [articleEntity(entity, provenance)];
  const thing = new FtmEntity(ftmId(entity.id), schema, provenance);
  addNames(thing, entity);
  thing.add("description", text(entity, "description"));
  for (const code of countryCodes) thing.add("country", code);
  const category = text(entity, "category");
  if (schema === "Contract") thing.add("contractDate", ftmDate(entity.attributes.date)).add("classification", category);
  else if (schema === "Event") {
    thing.add("startDate", ftmDate(entity.attributes.date)).add("endDate", ftmDate(entity.attributes.endDate))
      .add("location", text(entity, "location")).add("keywords", category);
  } else if (schema === "Asset") thing.add("keywords", entity.kind.toLowerCase()).add("keywords", category);
  else if (schema !== "Person") thing.add("classification", category);
  if (!sources.length) return [thing];
  const documentation = withSources(new FtmEntity(`${thing.id}.attributes`, "Documentation", provenance), sources)
    .add("entity", thing.id).add("role", "supports the attributes");
  for (const source of sources) documentation.add("document", ftmId(source.evidence.article), sourceProvenance(source));
  return [thing, documentation];
}

/** The sources of a fact on the entity that states it: quotes, glosses, articles, links, publishers. */
function withSources(thing: FtmEntity, sources: readonly ExportSource[]): FtmEntity {
  for (const source of sources) {
    const provenance = sourceProvenance(source);
    thing.add("description", source.evidence.quote, provenance, ftmLanguage(source.language))
      .add("summary", source.evidence.gloss, provenance, "eng")
      .add("proof", ftmId(source.evidence.article), provenance)
      .add("sourceUrl", source.url, provenance).add("publisher", source.publisher, provenance);
  }
  return thing;
}

function link(id: string, schema: FtmSchema, edge: ExportEdge): FtmEntity {
  return withSources(new FtmEntity(id, schema, sourcesProvenance(edge.sources)), edge.sources).add("recordId", edge.relationship.id);
}

const PARTY_ROLES: Readonly<Record<string, string>> = { PROVIDER: "provider", RECIPIENT: "recipient", PARTY: "party" };

/** The role an UnknownLink or Documentation names for a relationship. */
function roleOf(edge: ExportEdge): string {
  const { type, properties } = edge.relationship;
  switch (type) {
    case RelationshipType.SIGNED: return "signatory";
    case RelationshipType.WITNESSED: return "witness";
    case RelationshipType.TRANSFERS: return "transfers";
    case RelationshipType.PARTY_TO: return PARTY_ROLES[String(properties.role)] ?? "party";
    case RelationshipType.SIGNED_AT: return "signed at";
    case RelationshipType.PART_OF: return "part of";
    case RelationshipType.ATTENDED: return properties.role ? `attended as ${String(properties.role)}` : "attended";
    case RelationshipType.ORGANIZED: return "organizer";
    case RelationshipType.PRODUCES: return "produces";
    case RelationshipType.BASED_IN: return "based in";
    case RelationshipType.HELD_IN: return "held in";
    default: return type.toLowerCase().replace(/_/g, " ");
  }
}

/**
 * A post: one Position per title at an organisation or of a country, shared
 * by everyone who holds it. Its id spells the title where it folds to Latin
 * letters (FtM ids allow no others), and hashes it where it does not.
 */
function occupancy(edge: ExportEdge, countries: CountryLookup): FtmEntity[] {
  const { relationship } = edge;
  const title = String(relationship.properties.title);
  const slug = /^[a-z0-9]+(-[a-z0-9]+)*$/.test(slugify(title)) ? slugify(title) : createHash("sha1").update(title).digest("hex").slice(0, 16);
  const country = kindOfId(relationship.to) === NodeKind.Country ? countries(relationship.to) : null;
  const position = new FtmEntity(`position.${ftmId(relationship.to)}.${slug}`, "Position", sourcesProvenance(edge.sources))
    .add("name", title)
    .add(country ? "country" : "organization", country ? country.code : ftmId(relationship.to));
  const current = relationship.properties.current;
  const held = link(ftmId(relationship.id), "Occupancy", edge)
    .add("holder", ftmId(relationship.from)).add("post", position.id)
    .add("startDate", ftmDate(relationship.properties.from)).add("endDate", ftmDate(relationship.properties.to))
    .add("status", current === true ? "current" : current === false ? "ended" : null);
  return [position, held];
}

/** A relationship with a country at one end: the article documents the other end, naming the country in the role. */
function countryDocumentation(edge: ExportEdge, countries: CountryLookup): FtmEntity[] {
  const { relationship } = edge;
  const countryAtEnd = kindOfId(relationship.to) === NodeKind.Country;
  const [country, other] = countryAtEnd ? [relationship.to, relationship.from] : [relationship.from, relationship.to];
  if (!edge.sources.length || !LINKABLE.has(kindOfId(other)!) || kindOfId(other) === NodeKind.Article) return [];
  const documentation = link(ftmId(relationship.id), "Documentation", edge)
    .add("entity", ftmId(other)).add("role", `${roleOf(edge)}: ${countries(country)?.name ?? country}`);
  for (const source of edge.sources) documentation.add("document", ftmId(source.evidence.article), sourceProvenance(source));
  return [documentation];
}

function signing(edge: ExportEdge, countries: CountryLookup): FtmEntity[] {
  const { relationship } = edge;
  const onBehalfOf = typeof relationship.properties.onBehalfOf === "string" ? relationship.properties.onBehalfOf : null;
  const forCountry = onBehalfOf && kindOfId(onBehalfOf) === NodeKind.Country ? countries(onBehalfOf)?.name ?? onBehalfOf : null;
  const signed = link(ftmId(relationship.id), "UnknownLink", edge)
    .add("subject", ftmId(relationship.from)).add("object", ftmId(relationship.to))
    .add("role", forCountry ? `signatory for ${forCountry}` : "signatory");
  if (!onBehalfOf || forCountry) return [signed];
  const represents = link(`${ftmId(relationship.id)}.on-behalf-of`, "Representation", edge)
    .add("agent", ftmId(relationship.from)).add("client", ftmId(onBehalfOf)).add("role", "signatory");
  return [signed, represents];
}

/** The FtM entities that state one relationship; none when an end is a kind FtM has no entity for. */
export function relationshipThings(edge: ExportEdge, countries: CountryLookup): FtmEntity[] {
  const { relationship } = edge;
  const [from, to] = [kindOfId(relationship.from), kindOfId(relationship.to)];
  if (relationship.type === RelationshipType.HOLDS_POSITION) return occupancy(edge, countries);
  if (from === NodeKind.Country || to === NodeKind.Country) return countryDocumentation(edge, countries);
  if (!from || !to || !LINKABLE.has(from) || !LINKABLE.has(to)) return [];
  if (relationship.type === RelationshipType.SIGNED) return signing(edge, countries);
  if (relationship.type === RelationshipType.MENTIONS) {
    return [link(ftmId(relationship.id), "Documentation", edge).add("document", ftmId(relationship.from)).add("entity", ftmId(relationship.to)).add("role", "mentions")];
  }
  const status = typeof relationship.properties.status === "string" ? relationship.properties.status : null;
  return [link(ftmId(relationship.id), "UnknownLink", edge)
    .add("subject", ftmId(relationship.from)).add("object", ftmId(relationship.to)).add("role", roleOf(edge)).add("status", status)];
}
