/**
 * The small connection-shaped schema the query-limit tests run against, and a
 * helper that validates a document with one rule alone.
 */
import { buildSchema, parse, validate, type GraphQLError, type ValidationRule } from "graphql";

export const schema = buildSchema(`
  type Query {
    search(text: String!, first: Int = 10, last: Int): Conn!
    node(id: ID!): Node
    recent(limit: Int): [Node!]!
  }
  type Conn { edges: [Edge!]! }
  type Edge { node: Node! }
  type Node { id: ID! name: String! friends(first: Int = 20): Conn! }
`);

export function errorsOf(document: string, rule: ValidationRule): readonly GraphQLError[] {
  return validate(schema, parse(document), [rule]);
}

/** A document that spreads fragment A, which reaches itself again through B. */
export const CYCLIC = `
  { node(id: "1") { ...A } }
  fragment A on Node { a: id friends { edges { node { ...B } } } }
  fragment B on Node { b: name ...A }
`;
