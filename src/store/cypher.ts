/**
 * Named Cypher queries, one `.cypher` file each under `cypher/<store>/`, read
 * once at start-up. A query may hold slots (`{{relationshipTypes}}`) for what
 * Cypher cannot take as a parameter — labels, relationship types, a path's
 * bound — and a slot is only ever filled from the ontology's enums or a
 * checked integer, never from user text.
 */
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { join } from "node:path";
import { isNodeKind, isRelationshipType, type NodeKind, type RelationshipType } from "../domain/ontology.js";

export const CYPHER_DIR = fileURLToPath(new URL("../../../cypher", import.meta.url));

/** The longest path a query may ask for; path searches grow fast past it. */
export const MAX_PATH_LENGTH = 10;

export interface Slots {
  label?: NodeKind;
  relationshipType?: RelationshipType;
  /** Filled as `A|B` (a pattern's type alternatives) or, as `relationshipTypeList`, as a list literal `['A', 'B']`. */
  relationshipTypes?: readonly RelationshipType[];
  maxLength?: number;
}

function slotValue(name: string, slots: Slots): string {
  switch (name) {
    case "label":
      if (!isNodeKind(slots.label)) throw new Error(`slot label needs a NodeKind, got ${String(slots.label)}`);
      return slots.label;
    case "relationshipType":
      if (!isRelationshipType(slots.relationshipType)) throw new Error(`slot relationshipType needs a RelationshipType, got ${String(slots.relationshipType)}`);
      return slots.relationshipType;
    case "relationshipTypes":
      return relationshipTypes(slots).join("|");
    case "relationshipTypeList":
      return `[${relationshipTypes(slots).map((t) => `'${t}'`).join(", ")}]`;
    case "maxLength": {
      const n = slots.maxLength;
      if (!Number.isInteger(n) || n! < 1 || n! > MAX_PATH_LENGTH) throw new Error(`slot maxLength needs an integer 1–${MAX_PATH_LENGTH}, got ${String(n)}`);
      return String(n);
    }
    default:
      throw new Error(`unknown slot {{${name}}}`);
  }
}

function relationshipTypes(slots: Slots): readonly RelationshipType[] {
  const types = slots.relationshipTypes ?? [];
  if (types.length === 0 || !types.every(isRelationshipType)) throw new Error(`slot relationshipTypes needs RelationshipTypes, got ${JSON.stringify(types)}`);
  return types;
}

/**
 * A statement without its comment lines, indentation and blank lines. The
 * comments are for readers of the file; sent, they only lengthen every
 * request, and neo4j-driver writes a statement over its 1,400-byte buffer in
 * more than one chunk. Only whole comment lines go (no file puts `//` after
 * code, where it could be inside a string).
 */
export function compact(text: string): string {
  return text.split("\n").map((line) => line.trim()).filter((line) => line && !line.startsWith("//")).join("\n");
}

export class CypherQueries {
  private constructor(readonly store: string, private readonly texts: ReadonlyMap<string, string>) {}

  /** Reads every `.cypher` file of a store's folder, as sent: without its comments and indentation. */
  static load(store: "kuzu" | "neo4j", dir: string = join(CYPHER_DIR, store)): CypherQueries {
    const texts = new Map<string, string>();
    for (const file of readdirSync(dir).filter((f) => f.endsWith(".cypher"))) {
      texts.set(file.slice(0, -".cypher".length), compact(readFileSync(join(dir, file), "utf8")));
    }
    return new CypherQueries(store, texts);
  }

  names(): string[] {
    return [...this.texts.keys()].sort();
  }

  /** The query's text with its slots filled. */
  get(name: string, slots: Slots = {}): string {
    const text = this.texts.get(name);
    if (text === undefined) throw new Error(`no query named ${name} in cypher/${this.store}/`);
    return text.replace(/\{\{(\w+)\}\}/g, (_, slot: string) => slotValue(slot, slots));
  }

  /** A file of several statements (the schema), split on the `;` that ends each. */
  statements(name: string, slots: Slots = {}): string[] {
    return this.get(name, slots)
      .split(/;\s*(?:\n|$)/)
      .map((s) => s.trim())
      .filter(Boolean);
  }
}
