/** The ontology's enums, registered once so every type and argument shares them. */
import { registerEnumType } from "type-graphql";
import {
  AgreementCategory, DrugCategory, EventCategory, NodeKind, OrganizationCategory, PartyRole, RelationshipType,
  ResolutionCategory, TechnologyCategory,
} from "../../domain/ontology.js";
import { DateQuality } from "../../domain/dates.js";
import { ExtractionMethod, ReviewState } from "../../domain/records.js";
import { MatchTier } from "../../store/port.js";

export enum DirectionEnum {
  OUT = "OUT",
  IN = "IN",
  BOTH = "BOTH",
}

export enum DatePrecisionEnum {
  YEAR = "year",
  MONTH = "month",
  DAY = "day",
  MONTH_DAY = "month-day",
  MONTH_ONLY = "month-only",
}

const enums: Array<[object, string, string]> = [
  [NodeKind, "NodeKind", "The kinds of entity in the graph."],
  [RelationshipType, "RelationshipType", "The kinds of relationship in the graph."],
  [DirectionEnum, "Direction", "Which way a relationship points from the entity asked about."],
  [MatchTier, "MatchTier", "How a search matched: exact above qualified (the query then 'of …', 'in …') above prefix above partial."],
  [DatePrecisionEnum, "DatePrecision", "Which parts of a date its source states."],
  [DateQuality, "DateQuality", "OK, or AFTER_SOURCE when the date lies after the article that states it."],
  [ExtractionMethod, "ExtractionMethod", "How a fact was taken from its article."],
  [ReviewState, "ReviewState", "Whether a person has accepted the fact."],
  [OrganizationCategory, "OrganizationCategory", "What kind of organisation."],
  [DrugCategory, "DrugCategory", "What kind of product."],
  [TechnologyCategory, "TechnologyCategory", "What kind of technology."],
  [ResolutionCategory, "ResolutionCategory", "Resolution, decision, plan, strategy or programme."],
  [AgreementCategory, "AgreementCategory", "What kind of agreement."],
  [EventCategory, "EventCategory", "What kind of event."],
  [PartyRole, "PartyRole", "A party's role in an agreement."],
];

for (const [enumObject, name, description] of enums) registerEnumType(enumObject, { name, description });
