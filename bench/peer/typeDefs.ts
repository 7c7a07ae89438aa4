/**
 * The peer's schema: the same Neo4j graph as our store holds it (src/store/neo4j/,
 * cypher/neo4j/), described for @neo4j/graphql 7 the way its users write one —
 * a node type per label, a field per relationship type and direction with its
 * properties type, and `@cypher` fields where the library has no built-in
 * (any relationship of an entity with its sources, ranked search, shortest
 * path, neighbourhood, a page of the transfers to a country). Every entity carries the label Entity, so one node type
 * over that label reaches any kind; its properties are the union of all kinds'.
 * The field lists come from the ontology so they cannot drift from the store.
 */
import { NODE_ATTRIBUTES, RELATIONSHIPS, RELATIONSHIP_TYPES, type AttributeType, type RelationshipType } from "../../src/domain/ontology.js";
import { ENTITY_BOOKKEEPING } from "../../src/store/neo4j/values.js";
import { PEER_CYPHER, withTraversalTypes } from "./cypher.js";

const scalar = (type: AttributeType) => (type.type === "boolean" ? "Boolean" : "String");

/** SIGNED → signed, HOLDS_POSITION → holdsPosition; incoming fields add "Of". */
function fieldName(type: RelationshipType, incoming: boolean): string {
  const camel = type.toLowerCase().replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
  return incoming ? `${camel}Of` : camel;
}

const propertiesType = (type: RelationshipType) => `${fieldName(type, false).replace(/^./, (c) => c.toUpperCase())}Properties`;

function entityProperties(): string[] {
  const attributes = new Map<string, AttributeType>();
  for (const kind of Object.values(NODE_ATTRIBUTES)) for (const [name, type] of Object.entries(kind)) attributes.set(name, type);
  const bookkeeping = [...ENTITY_BOOKKEEPING].map((name) => (name === "aliases" ? "aliases: [String!]" : name === "id" ? "id: ID!" : `${name}: String`));
  return [...bookkeeping, ...[...attributes].map(([name, type]) => `${name}: ${scalar(type)}`)];
}

function relationshipFields(): string[] {
  return RELATIONSHIP_TYPES.flatMap((type) => [
    `${fieldName(type, false)}: [Entity!]! @relationship(type: "${type}", direction: OUT, properties: "${propertiesType(type)}")`,
    `${fieldName(type, true)}: [Entity!]! @relationship(type: "${type}", direction: IN, properties: "${propertiesType(type)}")`,
  ]);
}

function propertiesTypes(): string[] {
  return RELATIONSHIP_TYPES.map((type) => {
    const own = Object.entries(RELATIONSHIPS[type].properties).map(([name, t]) => `  ${name}: ${scalar(t)}`);
    return `type ${propertiesType(type)} @relationshipProperties {\n  id: ID!\n  origin: String\n${own.join("\n")}\n}`;
  });
}

const block = (text: string) => `"""\n${text.replaceAll('"""', '\\"""')}\n"""`;

export function peerTypeDefs(): string {
  return `
type Entity @node(labels: ["Entity"]) {
  ${entityProperties().join("\n  ")}
  ${relationshipFields().join("\n  ")}
  "Its relationships of every type and direction, ordered by type then id, with their accepted sources."
  links(first: Int!): [Link!]! @cypher(statement: ${block(PEER_CYPHER.links)}, columnName: "link")
  linkCount: Int! @cypher(statement: ${block(PEER_CYPHER.linkCount)}, columnName: "count")
}

type Evidence @node {
  id: ID!
  subject: String!
  article: String!
  quote: String!
  gloss: String
  method: String!
  confidence: Float!
  reviewState: String!
  origin: String
}

${propertiesTypes().join("\n\n")}

type LinkedEntity { id: ID! name: String! }
type LinkSource { quote: String! gloss: String title: String publisher: String }
type Link { id: ID! type: String! direction: String! node: LinkedEntity! sources: [LinkSource!]! }

type SearchHit { id: ID! name: String! kind: String! tier: Int! }
type PathAnswer { nodes: [ID!]! }
type GraphNode { id: ID! label: String! kind: String! }
type GraphEdge { id: ID! source: ID! target: ID! type: String! }
type Subgraph { truncated: Boolean! nodes: [GraphNode!]! edges: [GraphEdge!]! }
type Transfer { from: LinkedEntity! to: LinkedEntity! providers: [ID!]! }
type TransferPage { totalCount: Int! edges: [Transfer!]! }

type Query {
  search(lucene: String!, words: [String!]!, required: Int!, exact: String!, qualified: [String!]!, prefix: String!, first: Int!): [SearchHit!]!
    @cypher(statement: ${block(PEER_CYPHER.search)}, columnName: "hit")
  shortestPath(from: ID!, to: ID!): PathAnswer
    @cypher(statement: ${block(withTraversalTypes(PEER_CYPHER.path))}, columnName: "path")
  neighbourhood(id: ID!, limit: Int!): Subgraph
    @cypher(statement: ${block(withTraversalTypes(PEER_CYPHER.neighbourhood))}, columnName: "graph")
  transfers(country: ID!, first: Int!): TransferPage
    @cypher(statement: ${block(PEER_CYPHER.transfers)}, columnName: "page")
}
`;
}
