/**
 * Each node kind's relationships as named fields (`Agreement.signatories`,
 * `Person.witnessed`, …), declared as one table and turned into one resolver
 * class per kind, so every such field pages, batches and carries its sources
 * the same way.
 */
import type { GraphQLResolveInfo } from "graphql";
import { Args, Ctx, FieldResolver, Info, Resolver, Root } from "type-graphql";
import { NodeKind, RelationshipType as T } from "../../domain/ontology.js";
import type { Direction } from "../../domain/records.js";
import type { Context } from "../context.js";
import { ConnectionArgs } from "../inputs/page.args.js";
import type { EntityView } from "../types/entity.type.js";
import * as kinds from "../types/kinds.type.js";
import { RelationshipConnection } from "../types/relationship.type.js";
import { relationshipConnection } from "./connections.js";

type FieldSpec = readonly [field: string, type: T, direction: Direction, description: string];

const OUT = "OUT" as const;
const IN = "IN" as const;

export const KIND_FIELDS: Readonly<Record<NodeKind, readonly FieldSpec[]>> = {
  [NodeKind.Person]: [
    ["positions", T.HOLDS_POSITION, OUT, "Posts held, current and former."],
    ["signed", T.SIGNED, OUT, "Agreements this person signed."],
    ["witnessed", T.WITNESSED, OUT, "Agreements and events this person witnessed."],
    ["attended", T.ATTENDED, OUT, "Events this person took part in."],
    ["organized", T.ORGANIZED, OUT, "Events this person organised."],
    ["partyTo", T.PARTY_TO, OUT, "Agreements this person is a party to."],
    ["issued", T.ISSUED_BY, IN, "Resolutions and decisions this person issued."],
    ["cites", T.CITES, OUT, "Resolutions this person invoked."],
  ],
  [NodeKind.Organization]: [
    ["members", T.HOLDS_POSITION, IN, "People holding or having held a post here."],
    ["signed", T.SIGNED, OUT, "Agreements it signed itself."],
    ["partyTo", T.PARTY_TO, OUT, "Agreements it is a party to, as provider, recipient or party."],
    ["basedIn", T.BASED_IN, OUT, "Its country."],
    ["partOf", T.PART_OF, OUT, "The organisation it belongs to."],
    ["units", T.PART_OF, IN, "Organisations under it."],
    ["attended", T.ATTENDED, OUT, "Events it took part in."],
    ["organized", T.ORGANIZED, OUT, "Events it organised."],
    ["produces", T.PRODUCES, OUT, "Products and technologies it makes or owns."],
    ["issued", T.ISSUED_BY, IN, "Resolutions, decisions and plans it issued."],
    ["cites", T.CITES, OUT, "Resolutions it invoked."],
  ],
  [NodeKind.Country]: [
    ["officials", T.HOLDS_POSITION, IN, "People holding a post of the country itself (a president, a general secretary)."],
    ["organizations", T.BASED_IN, IN, "Organisations of this country."],
    ["partyTo", T.PARTY_TO, OUT, "Agreements the country itself is a party to."],
    ["signed", T.SIGNED, OUT, "Agreements the country itself signed."],
    ["events", T.HELD_IN, IN, "Events held in this country."],
  ],
  [NodeKind.Drug]: [
    ["transferredBy", T.TRANSFERS, IN, "Agreements that transfer it."],
    ["producers", T.PRODUCES, IN, "Who makes it."],
    ["treats", T.TREATS, OUT, "Diseases it is used or studied against."],
  ],
  [NodeKind.Technology]: [
    ["transferredBy", T.TRANSFERS, IN, "Agreements that transfer it."],
    ["producers", T.PRODUCES, IN, "Who owns or applies it."],
    ["treats", T.TREATS, OUT, "Diseases it is used or studied against."],
  ],
  [NodeKind.Disease]: [["treatedBy", T.TREATS, IN, "Products and technologies used or studied against it."]],
  [NodeKind.Resolution]: [
    ["issuedBy", T.ISSUED_BY, OUT, "Who issued it."],
    ["implements", T.IMPLEMENTS, OUT, "What it implements."],
    ["implementedBy", T.IMPLEMENTS, IN, "What implements it."],
    ["amends", T.AMENDS, OUT, "What it amends, updates or supplements."],
    ["amendedBy", T.AMENDS, IN, "What amends it."],
    ["citedBy", T.CITES, IN, "Agreements, events and actors said to carry it out or invoke it."],
  ],
  [NodeKind.Agreement]: [
    ["signatories", T.SIGNED, IN, "Who signed it, and on behalf of whom."],
    ["witnesses", T.WITNESSED, IN, "Who witnessed its signing."],
    ["parties", T.PARTY_TO, IN, "Its parties and their roles (PROVIDER, RECIPIENT, PARTY)."],
    ["transfers", T.TRANSFERS, OUT, "The products and technologies it transfers."],
    ["signedAt", T.SIGNED_AT, OUT, "The event at which it was signed."],
    ["cites", T.CITES, OUT, "Resolutions it is said to carry out."],
  ],
  [NodeKind.Event]: [
    ["witnesses", T.WITNESSED, IN, "Who witnessed it."],
    ["attendees", T.ATTENDED, IN, "Who took part."],
    ["organizers", T.ORGANIZED, IN, "Who organised it."],
    ["heldIn", T.HELD_IN, OUT, "The country it took place in."],
    ["agreementsSigned", T.SIGNED_AT, IN, "Agreements signed at it."],
    ["partOf", T.PART_OF, OUT, "The larger event it was part of."],
    ["parts", T.PART_OF, IN, "Events within it."],
    ["cites", T.CITES, OUT, "Resolutions it is said to carry out."],
  ],
  [NodeKind.Article]: [["mentions", T.MENTIONS, OUT, "The entities it names."]],
};

/** A resolver class for one kind, with a decorated method per field of the table. */
function kindResolver(kind: NodeKind): Function {
  const objectType = kinds[kind];
  const KindResolver = class {};
  Object.defineProperty(KindResolver, "name", { value: `${kind}Resolver` });
  const prototype = KindResolver.prototype as Record<string, unknown>;
  for (const [field, type, direction, description] of KIND_FIELDS[kind]) {
    prototype[field] = (root: EntityView, page: ConnectionArgs, context: Context, info: GraphQLResolveInfo) =>
      relationshipConnection(context, root.id, [type], direction, page, info);
    Root()(prototype, field, 0);
    Args(() => ConnectionArgs)(prototype, field, 1);
    Ctx()(prototype, field, 2);
    Info()(prototype, field, 3);
    FieldResolver(() => RelationshipConnection, { description })(prototype, field, Object.getOwnPropertyDescriptor(prototype, field)!);
  }
  Resolver(() => objectType)(KindResolver);
  return KindResolver;
}

export const KIND_RESOLVERS = Object.values(NodeKind).map(kindResolver);
