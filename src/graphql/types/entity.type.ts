/**
 * The Relay `Node` interface and the `Entity` interface every node kind
 * implements. Resolvers hand GraphQL an EntityView: the stored entity with its
 * attributes laid out as fields and its dates as PartialDateValues.
 */
import { Field, ID, InterfaceType, ObjectType } from "type-graphql";
import { NODE_ATTRIBUTES, NodeKind } from "../../domain/ontology.js";
import { yearBasisOf } from "../../domain/indexing.js";
import { DateQuality, parsePartialDate } from "../../domain/dates.js";
import type { IndexedEntity, Label } from "../../domain/records.js";
import type { EntitySummary } from "../../store/port.js";
import { labelsOf } from "../../domain/labels.js";
import { PartialDateValue } from "./partialDate.type.js";

@ObjectType({ description: "A label in one language: the words of an article (asWritten, with that article as source) or a translation." })
export class LocalizedName {
  @Field({ description: "Language code, e.g. vi, en, id, no." }) lang!: string;
  @Field() text!: string;
  @Field({ description: "True when these are an article's own words; false for a translation (a gloss)." }) asWritten!: boolean;
  @Field(() => ID, { nullable: true, description: "The article that writes it; null for a translation or a name a curator gave." }) source!: string | null;
  @Field({ deprecationReason: "Use lang." }) language!: string;
  @Field({ deprecationReason: "Use text." }) name!: string;
}

export interface EntityView {
  readonly id: string;
  readonly kind: NodeKind;
  readonly name: string;
  readonly names: LocalizedName[];
  readonly labels: readonly Label[];
  readonly aliases: readonly string[];
  readonly dateQuality: DateQuality | null;
  readonly [attribute: string]: unknown;
}

/** The GraphQL object type's name for a kind: the kind's own name. */
const typeName = (value: { kind: NodeKind }) => value.kind;
/** An entity's type is its kind's; a relationship, which has no kind, is a Relationship. */
const nodeTypeName = (value: { kind?: NodeKind }) => value.kind ?? "Relationship";

/** Each interface's type resolver, by interface name: plain functions of the value (see schema.ts). */
export const INTERFACE_TYPE_RESOLVERS = { Node: nodeTypeName, Entity: typeName } as const;

@InterfaceType({ description: "An object with a global id (Relay): an entity, or a relationship by its statement id.", resolveType: INTERFACE_TYPE_RESOLVERS.Node })
export abstract class Node {
  @Field(() => ID, { description: "Global id, readable and typed: person:dao-hong-lan, or stmt:603c87c33711258f for a relationship." })
  id!: string;
}

@InterfaceType({ implements: Node, resolveType: INTERFACE_TYPE_RESOLVERS.Entity, description: "A person, organisation, country, product, resolution, agreement, event or article." })
export abstract class Entity extends Node {
  @Field(() => NodeKind) kind!: NodeKind;
  @Field({ description: "The canonical name, as an article writes it." }) name!: string;
  @Field(() => [LocalizedName], { description: "Every label, in every language, each marked as an article's words or a translation." }) names!: LocalizedName[];
  @Field(() => [String], { description: "Other forms the articles use." }) aliases!: string[];
  @Field(() => String, { nullable: true, description: "What the curators noted about it, in English." }) description?: string;
  @Field(() => DateQuality, { nullable: true, description: "AFTER_SOURCE when its date lies after the article that states it." })
  dateQuality?: DateQuality | null;
}

/** The view of an entity read as its summary, for a selection of its id, kind and name only. */
export function summaryView(summary: EntitySummary): EntityView {
  return { id: summary.id, kind: summary.kind, name: summary.name } as EntityView;
}

export function viewOf(entity: IndexedEntity): EntityView {
  const attributes: Record<string, unknown> = {};
  const spec = NODE_ATTRIBUTES[entity.kind];
  for (const [name, value] of Object.entries(entity.attributes)) {
    attributes[name] = spec[name]?.type === "partialDate" && typeof value === "string"
      ? PartialDateValue.of(parsePartialDate(value), yearBasisOf(entity))
      : value;
  }
  return {
    ...attributes,
    id: entity.id,
    kind: entity.kind,
    name: entity.name,
    names: labelsOf(entity).map((l) => ({ ...l, language: l.lang, name: l.text })),
    labels: labelsOf(entity),
    aliases: entity.aliases,
    dateQuality: entity.dateQuality,
  };
}
