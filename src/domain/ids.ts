/**
 * Stable, readable, type-prefixed ids (`person:dao-hong-lan`) for entities, and
 * content-derived ids for statements and evidence, so loading the same facts
 * twice yields the same ids.
 */
import { createHash } from "node:crypto";
import { NodeKind, NODE_KINDS, RelationshipType } from "./ontology.js";
import { foldText } from "./names.js";

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function idPrefix(kind: NodeKind): string {
  return kind.toLowerCase();
}

export function slugify(text: string): string {
  return foldText(text).replace(/ /g, "-");
}

export function entityId(kind: NodeKind, slug: string): string {
  return `${idPrefix(kind)}:${slug}`;
}

/** The kind an id names, or null when the id is not of the `<kind>:<slug>` form. */
export function kindOfId(id: string): NodeKind | null {
  const colon = id.indexOf(":");
  if (colon < 0 || !SLUG.test(id.slice(colon + 1))) return null;
  const prefix = id.slice(0, colon);
  return NODE_KINDS.find((k) => idPrefix(k) === prefix) ?? null;
}

function digest(parts: readonly string[]): string {
  return createHash("sha256").update(parts.join("\u0000")).digest("hex").slice(0, 16);
}

const STATEMENT_PREFIX = "stmt:";

/** A statement is one relationship: its type, its ends, and the properties that tell it apart. */
export function statementId(
  type: RelationshipType,
  from: string,
  to: string,
  identity: readonly string[] = [],
): string {
  return `${STATEMENT_PREFIX}${digest([type, from, to, ...identity])}`;
}

/** Whether a global id names a relationship (a statement) rather than an entity. */
export function isStatementId(id: string): boolean {
  return id.startsWith(STATEMENT_PREFIX);
}

export function evidenceId(statement: string, article: string, quote: string): string {
  return `evidence:${digest([statement, article, quote])}`;
}
