/**
 * Lints every Neo4j query in cypher/neo4j/ with Neo4j's own Cypher front-end
 * (@neo4j-cypher/language-support), given the ontology as the database's
 * schema, so a broken query shows up here rather than on a live server.
 * Queries are loaded and their slots filled as the app does, with every label
 * and relationship type a slot may take. Errors (syntax, semantics, unknown
 * procedures and functions) fail, and so does a label or relationship type
 * outside the ontology — the linter only warns of those, but a typo there is a
 * query that silently finds nothing. The release pinned for Node 20 does not
 * check property names (later ones do, on Node 24): a misspelt property is
 * caught by the parity suite running the query on Neo4j. Other warnings
 * (deprecations, cartesian products) are printed.
 * Two canaries check that the linter does report a broken query and an
 * unknown label, so a linter that accepts everything cannot pass.
 */
import { describe, it, type TestContext } from "node:test";
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import type { DbSchema, Neo4jProcedure, SyntaxDiagnostic } from "@neo4j-cypher/language-support";
import { NODE_ATTRIBUTES, NODE_KINDS, RELATIONSHIPS, RELATIONSHIP_TYPES, TRAVERSAL_TYPES } from "../src/domain/ontology.js";
import { CypherQueries, type Slots } from "../src/store/cypher.js";
import { ENTITY_BOOKKEEPING } from "../src/store/neo4j/values.js";
import { STATEMENT_PARTS, neighbourhoodStatement, searchStatement } from "../src/store/neo4j/neo4jStore.js";

// 2.0.0-next.20 is the last release that runs on Node 20; its ES-module build imports paths without
// extensions, which Node refuses, so its CommonJS build is loaded instead.
const { lintCypherQuery, testData } = createRequire(import.meta.url)("@neo4j-cypher/language-support") as typeof import("@neo4j-cypher/language-support");

/** The project runs Neo4j 5.26, whose default language is Cypher 5. */
const CYPHER_VERSION = "CYPHER 5";
/** The procedures the Neo4j store calls, in query files or inline. */
const APP_PROCEDURES = ["db.index.fulltext.queryNodes", "dbms.components", "db.awaitIndexes"];
const EVIDENCE_FIELDS = ["id", "subject", "article", "quote", "gloss", "method", "confidence", "reviewState", "origin"];
const MARKER_FIELDS = ["key", "value"];
const CHANGE_FIELDS = ["id", "actor", "at", "action", "subject", "summary", "merged", "request", "seq"];
const RETRACTED_FIELDS = ["id", "type", "from", "to", "properties", "origin", "reason", "at", "actor"];
const REDIRECT_FIELDS = ["id", "target"];
/** Ingest's findings (src/store/findings.ts), kept beside the graph. */
const FINDING_LABELS = ["Mention", "Candidate", "Proposal"];
const FINDING_FIELDS = [
  "article", "entity", "offsetStart", "offsetEnd", "surface", "quote", "kind", "name", "language", "state",
  "reviewedBy", "reviewedAt", "type", "from", "to", "properties", "method", "confidence", "change",
];
/** `DiagnosticSeverity` in the Language Server Protocol. */
const ERROR = 1;
const WARNING = 2;

/**
 * Picks the app's procedures from the package's `testData`, a snapshot of a
 * real server's procedures and functions, so any other procedure is an error.
 */
function appProcedures(): Record<string, Neo4jProcedure> {
  const known = testData.mockSchema.procedures?.[CYPHER_VERSION] ?? {};
  return Object.fromEntries(APP_PROCEDURES.map((name) => {
    const procedure = known[name];
    if (procedure === undefined) throw new Error(`the package's procedure list has no ${name}`);
    return [name, procedure];
  }));
}

function ontologySchema(): DbSchema {
  return {
    labels: [...NODE_KINDS, "Entity", "Evidence", "Marker", "Change", "Retracted", "Redirect", ...FINDING_LABELS],
    relationshipTypes: [...RELATIONSHIP_TYPES],
    propertyKeys: [...new Set([
      ...ENTITY_BOOKKEEPING,
      ...Object.values(NODE_ATTRIBUTES).flatMap((attributes) => Object.keys(attributes)),
      ...Object.values(RELATIONSHIPS).flatMap((spec) => Object.keys(spec.properties)),
      ...EVIDENCE_FIELDS,
      ...MARKER_FIELDS,
      ...CHANGE_FIELDS,
      ...RETRACTED_FIELDS,
      ...REDIRECT_FIELDS,
      ...FINDING_FIELDS,
    ])],
    functions: { [CYPHER_VERSION]: testData.mockSchema.functions?.[CYPHER_VERSION] ?? {} },
    procedures: { [CYPHER_VERSION]: appProcedures() },
    defaultLanguage: CYPHER_VERSION,
  };
}

const SCHEMA = ontologySchema();
const queries = CypherQueries.load("neo4j");

interface Variant {
  readonly title: string;
  readonly text: string;
}

/** Slot values every variant gets; a slot the file lacks is ignored. */
const BASE_SLOTS: Slots = { label: NODE_KINDS[0], relationshipType: RELATIONSHIP_TYPES[0], relationshipTypes: TRAVERSAL_TYPES, maxLength: 6 };
/** The slots filled with each value they may hold, one variant per value. */
const SLOT_CHOICES = { label: NODE_KINDS, relationshipType: RELATIONSHIP_TYPES };

/** A query as the app may send it: one variant per value of each slot it holds, or just itself. */
function filledVariants(name: string): Variant[] {
  const perValue = Object.entries(SLOT_CHOICES).flatMap(([slot, values]) => {
    const filled = values.map((value) => ({ title: `${name} (${slot} ${value})`, text: queries.get(name, { ...BASE_SLOTS, [slot]: value }) }));
    return new Set(filled.map((v) => v.text)).size > 1 ? filled : [];
  });
  return perValue.length > 0 ? perValue : [{ title: name, text: queries.get(name, BASE_SLOTS) }];
}

/** The schema file is run a statement at a time, so it is linted that way. */
function statementVariants(name: string): Variant[] {
  const statements = queries.statements(name);
  return statements.map((text, i) => ({ title: `${name} (statement ${i + 1} of ${statements.length})`, text }));
}

/** A diagnostic's message, which the LSP allows to be markup. */
function messageOf(d: SyntaxDiagnostic): string {
  return typeof d.message === "string" ? d.message : d.message.value;
}

/** Parameters are the app's to supply at run time. */
const PARAMETER_NOT_DEFINED = /^Parameter \$\w+ is not defined\.$/;

function lint(text: string): SyntaxDiagnostic[] {
  return lintCypherQuery(text, SCHEMA).filter((d) => !PARAMETER_NOT_DEFINED.test(messageOf(d)));
}

function describeDiagnostic(d: SyntaxDiagnostic): string {
  return `line ${d.range.start.line + 1}, column ${d.range.start.character + 1}: ${messageOf(d)}`;
}

function withSeverity(diagnostics: SyntaxDiagnostic[], severity: number): SyntaxDiagnostic[] {
  return diagnostics.filter((d) => d.severity === severity);
}

const outsideSchema = (d: SyntaxDiagnostic) => messageOf(d).includes("is not present in the database");

function assertLintsClean(t: TestContext, { text }: Variant): void {
  const diagnostics = lint(text);
  const warnings = withSeverity(diagnostics, WARNING);
  for (const warning of warnings.filter((d) => !outsideSchema(d))) t.diagnostic(`warning at ${describeDiagnostic(warning)}`);
  const errors = [...withSeverity(diagnostics, ERROR), ...warnings.filter(outsideSchema)];
  assert.equal(errors.length, 0, `${errors.map(describeDiagnostic).join("\n")}\nin:\n${text}`);
}

/** A neighbourhood or a search is sent as one statement made of parts, so it is linted whole: at every depth the API allows, counted or not. */
function partsVariants(): Variant[] {
  return [
    ...[1, 2, 3].map((depth) => ({ title: `neighbourhood of ${depth} hops`, text: neighbourhoodStatement(queries, depth, TRAVERSAL_TYPES) })),
    ...[true, false].map((counted) => ({ title: `search, ${counted ? "counted" : "a page alone"}`, text: searchStatement(queries, counted) })),
  ];
}

describe("Neo4j Cypher queries lint clean against the ontology", () => {
  for (const name of queries.names().filter((n) => !STATEMENT_PARTS.includes(n))) {
    const variants = name === "schema" ? statementVariants(name) : filledVariants(name);
    for (const variant of variants) it(variant.title, (t) => assertLintsClean(t, variant));
  }
  for (const variant of partsVariants()) it(variant.title, (t) => assertLintsClean(t, variant));
});

describe("the Cypher linter reports what it should", () => {
  it("a syntax error is an error", () => {
    assert.notEqual(withSeverity(lint("MATCH (n:Entity RETURN n"), ERROR).length, 0);
  });

  it("a label or relationship type outside the ontology is reported as outside the schema", () => {
    for (const query of ["MATCH (n:Nope) RETURN n", "MATCH (:Entity)-[:NOPE]->() RETURN 1"]) {
      const diagnostics = lint(query);
      assert.ok(diagnostics.some(outsideSchema), `${query}: nothing reported outside the schema: ${JSON.stringify(diagnostics)}`);
    }
  });
});
