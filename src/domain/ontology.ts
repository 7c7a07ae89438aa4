/**
 * The ontology: the kinds of node and relationship the graph may hold, which
 * kinds a relationship may connect, and the attributes each carries. Every
 * label and relationship type that reaches a query comes from these enums.
 */

export enum NodeKind {
  Person = "Person",
  Organization = "Organization",
  Country = "Country",
  Drug = "Drug",
  Technology = "Technology",
  Disease = "Disease",
  Resolution = "Resolution",
  Agreement = "Agreement",
  Event = "Event",
  Article = "Article",
}

export enum RelationshipType {
  SIGNED = "SIGNED",
  WITNESSED = "WITNESSED",
  TRANSFERS = "TRANSFERS",
  PARTY_TO = "PARTY_TO",
  SIGNED_AT = "SIGNED_AT",
  HOLDS_POSITION = "HOLDS_POSITION",
  BASED_IN = "BASED_IN",
  PART_OF = "PART_OF",
  ATTENDED = "ATTENDED",
  ORGANIZED = "ORGANIZED",
  HELD_IN = "HELD_IN",
  PRODUCES = "PRODUCES",
  ISSUED_BY = "ISSUED_BY",
  IMPLEMENTS = "IMPLEMENTS",
  AMENDS = "AMENDS",
  CITES = "CITES",
  TREATS = "TREATS",
  COOPERATES_WITH = "COOPERATES_WITH",
  CREDITED = "CREDITED",
  CONCERNS = "CONCERNS",
  MENTIONS = "MENTIONS",
}

export enum OrganizationCategory {
  MINISTRY = "MINISTRY",
  DEPARTMENT = "DEPARTMENT",
  GOVERNMENT_BODY = "GOVERNMENT_BODY",
  LEGISLATURE = "LEGISLATURE",
  PARTY_BODY = "PARTY_BODY",
  COMPANY = "COMPANY",
  FUND = "FUND",
  HOSPITAL = "HOSPITAL",
  UNIVERSITY = "UNIVERSITY",
  INSTITUTE = "INSTITUTE",
  ASSOCIATION = "ASSOCIATION",
  INTERGOVERNMENTAL = "INTERGOVERNMENTAL",
  MEDIA = "MEDIA",
}

export enum DrugCategory {
  DRUG = "DRUG",
  BIOLOGIC = "BIOLOGIC",
  VACCINE = "VACCINE",
  HORMONE = "HORMONE",
  DEVICE = "DEVICE",
}

export enum TechnologyCategory {
  PRODUCTION = "PRODUCTION",
  THERAPY = "THERAPY",
  DIGITAL = "DIGITAL",
  RESEARCH = "RESEARCH",
}

export enum ResolutionCategory {
  RESOLUTION = "RESOLUTION",
  DECISION = "DECISION",
  PLAN = "PLAN",
  STRATEGY = "STRATEGY",
  PROGRAM = "PROGRAM",
}

export enum AgreementCategory {
  TECH_TRANSFER = "TECH_TRANSFER",
  COOPERATION = "COOPERATION",
  TRANSFER = "TRANSFER",
  TRADE = "TRADE",
}

export enum EventCategory {
  SIGNING = "SIGNING",
  CONFERENCE = "CONFERENCE",
  WORKSHOP = "WORKSHOP",
  MEETING = "MEETING",
  VISIT = "VISIT",
  GROUNDBREAKING = "GROUNDBREAKING",
  EXCHANGE = "EXCHANGE",
}

export enum PartyRole {
  PROVIDER = "PROVIDER",
  RECIPIENT = "RECIPIENT",
  PARTY = "PARTY",
}

export enum TreatmentStatus {
  APPROVED = "APPROVED",
  IN_TRIAL = "IN_TRIAL",
  PLANNED = "PLANNED",
}

/** How an attribute's value is checked and stored. */
export type AttributeType =
  | { type: "string" }
  | { type: "boolean" }
  | { type: "partialDate" }
  | { type: "entityId"; kinds: readonly NodeKind[] }
  | { type: "enum"; values: readonly string[] };

const text = { type: "string" } as const;
const date = { type: "partialDate" } as const;
const flag = { type: "boolean" } as const;
const oneOf = (e: Record<string, string>): AttributeType => ({ type: "enum", values: Object.values(e) });

/** The attributes each node kind may carry beside id, name, names and aliases. */
export const NODE_ATTRIBUTES: Readonly<Record<NodeKind, Readonly<Record<string, AttributeType>>>> = {
  [NodeKind.Person]: { description: text },
  [NodeKind.Organization]: { category: oneOf(OrganizationCategory), description: text },
  [NodeKind.Country]: { iso: text },
  [NodeKind.Drug]: { category: oneOf(DrugCategory), description: text },
  [NodeKind.Technology]: { category: oneOf(TechnologyCategory), description: text },
  [NodeKind.Disease]: { description: text },
  [NodeKind.Resolution]: { category: oneOf(ResolutionCategory), number: text, date, yearBasis: text, description: text },
  [NodeKind.Agreement]: { category: oneOf(AgreementCategory), date, yearBasis: text, description: text },
  [NodeKind.Event]: { category: oneOf(EventCategory), date, endDate: date, yearBasis: text, location: text, about: text, description: text },
  [NodeKind.Article]: { title: text, url: text, publisher: text, language: text, published: date, yearBasis: text, author: text, text },
};

/**
 * The attribute that, when present, says the year of the entity's dates is not
 * written with them but inferred, and from what, in words ("the article is
 * dated 13/09/2025"). A date with nothing to infer a year from keeps none.
 */
export const YEAR_BASIS_ATTRIBUTE = "yearBasis";

/** The attribute of each kind that places it in time, if it has one. */
export const DATE_ATTRIBUTE: Partial<Record<NodeKind, string>> = {
  [NodeKind.Resolution]: "date",
  [NodeKind.Agreement]: "date",
  [NodeKind.Event]: "date",
  [NodeKind.Article]: "published",
};

export interface RelationshipSpec {
  readonly from: readonly NodeKind[];
  readonly to: readonly NodeKind[];
  readonly properties: Readonly<Record<string, AttributeType>>;
  /** Properties that tell two relationships of this type between the same nodes apart. */
  readonly identity: readonly string[];
  readonly description: string;
}

const K = NodeKind;
const ALL_KINDS = Object.values(NodeKind).filter((k) => k !== NodeKind.Article);
const ACTORS = [K.Person, K.Organization, K.Country];

export const RELATIONSHIPS: Readonly<Record<RelationshipType, RelationshipSpec>> = {
  SIGNED: {
    from: ACTORS,
    to: [K.Agreement],
    properties: { onBehalfOf: { type: "entityId", kinds: [K.Organization, K.Country] } },
    identity: [],
    description: "A person signs an agreement, on behalf of an organisation or country; or a party signs it itself.",
  },
  WITNESSED: {
    from: [K.Person],
    to: [K.Agreement, K.Event],
    properties: {},
    identity: [],
    description: "A person witnessed the signing of an agreement or an event.",
  },
  TRANSFERS: {
    from: [K.Agreement],
    to: [K.Drug, K.Technology],
    properties: { status: text },
    identity: [],
    description: "What an agreement transfers; provider and recipient are its PARTY_TO roles.",
  },
  PARTY_TO: {
    from: ACTORS,
    to: [K.Agreement],
    properties: { role: oneOf(PartyRole) },
    identity: ["role"],
    description: "A party to an agreement, as provider, recipient or plain party.",
  },
  SIGNED_AT: {
    from: [K.Agreement],
    to: [K.Event],
    properties: {},
    identity: [],
    description: "The event at which an agreement was signed or exchanged.",
  },
  HOLDS_POSITION: {
    from: [K.Person],
    to: [K.Organization, K.Country],
    properties: { title: text, from: date, to: date, current: flag },
    identity: ["title"],
    description: "A post a person holds or held; `current` is false for a former post.",
  },
  BASED_IN: {
    from: [K.Organization],
    to: [K.Country],
    properties: {},
    identity: [],
    description: "The country an organisation belongs to.",
  },
  PART_OF: {
    from: [K.Organization, K.Event],
    to: [K.Organization, K.Event],
    properties: {},
    identity: [],
    description: "An organisation under another, or an event within a larger one.",
  },
  ATTENDED: {
    from: [K.Person, K.Organization],
    to: [K.Event],
    properties: { role: text },
    identity: [],
    description: "A person or organisation took part in an event.",
  },
  ORGANIZED: {
    from: [K.Organization, K.Person],
    to: [K.Event],
    properties: {},
    identity: [],
    description: "Who organised an event.",
  },
  HELD_IN: {
    from: [K.Event],
    to: [K.Country],
    properties: {},
    identity: [],
    description: "The country an event took place in.",
  },
  PRODUCES: {
    from: [K.Organization],
    to: [K.Drug, K.Technology],
    properties: { status: text },
    identity: [],
    description: "An organisation makes or will make a product or owns a technology.",
  },
  ISSUED_BY: {
    from: [K.Resolution],
    to: [K.Organization, K.Person],
    properties: {},
    identity: [],
    description: "The body that issued a resolution, decision or plan.",
  },
  IMPLEMENTS: {
    from: [K.Resolution],
    to: [K.Resolution],
    properties: {},
    identity: [],
    description: "A resolution, decision or plan that implements another.",
  },
  AMENDS: {
    from: [K.Resolution],
    to: [K.Resolution],
    properties: {},
    identity: [],
    description: "A resolution, decision or plan that amends, updates or supplements another.",
  },
  CITES: {
    from: [K.Agreement, K.Event, K.Organization, K.Person],
    to: [K.Resolution],
    properties: {},
    identity: [],
    description: "An agreement or event said to carry out a resolution, or an actor invoking one.",
  },
  TREATS: {
    from: [K.Drug, K.Technology],
    to: [K.Disease],
    properties: { status: oneOf(TreatmentStatus) },
    identity: [],
    description: "A product used or studied against a disease.",
  },
  COOPERATES_WITH: {
    from: ACTORS,
    to: ACTORS,
    properties: { on: text },
    identity: ["on"],
    description: "Two parties cooperate, or will, on what `on` says (research, clinical trials, distribution, …), in English.",
  },
  CREDITED: {
    from: [K.Person],
    to: [K.Article],
    properties: { for: text },
    identity: ["for"],
    description: "A person an article credits (a photo credit): named by the article, not a participant in what it reports.",
  },
  CONCERNS: {
    from: [K.Event, K.Resolution],
    to: [K.Organization, K.Agreement, K.Drug, K.Technology, K.Disease, K.Resolution],
    properties: {},
    identity: [],
    description: "What an event or a resolution is about: the plant a groundbreaking is for, the agreements a meeting discussed, the technology a decision lists.",
  },
  MENTIONS: {
    from: [K.Article],
    to: ALL_KINDS,
    properties: {},
    identity: [],
    description: "An article names an entity; derived from the statements curated from it.",
  },
};

export const NODE_KINDS: readonly NodeKind[] = Object.values(NodeKind);
export const RELATIONSHIP_TYPES: readonly RelationshipType[] = Object.values(RelationshipType);

/** Relationship types followed by paths and neighbourhoods unless a caller names others. */
export const TRAVERSAL_TYPES: readonly RelationshipType[] = RELATIONSHIP_TYPES.filter(
  (t) => t !== RelationshipType.MENTIONS,
);

export function isNodeKind(value: unknown): value is NodeKind {
  return typeof value === "string" && (NODE_KINDS as readonly string[]).includes(value);
}

export function isRelationshipType(value: unknown): value is RelationshipType {
  return typeof value === "string" && (RELATIONSHIP_TYPES as readonly string[]).includes(value);
}
