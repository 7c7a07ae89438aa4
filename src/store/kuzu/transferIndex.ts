/**
 * What a transfer question reads on the embedded store, held in memory: every
 * PARTY_TO and TRANSFERS relationship, and the BASED_IN of every party. A
 * question anchored on a hub country otherwise probed the adjacency of every
 * entity based there (2.8 s at 10^6 entities); from this index it reads only
 * the entities of the page it answers (38 ms at 10^6). Built on first use
 * after opening or after a write, like the name index — at 10^6 entities that
 * first use takes about 25 s, nearly all of it Kùzu handing over 554,000 rows.
 */
import { RelationshipType as T } from "../../domain/ontology.js";
import type { Relationship } from "../../domain/records.js";
import type { RelationshipQuery } from "../port.js";
import { answerRelationshipQueries } from "../results.js";

/** The relationship types a transfer question reads, and so all this index holds. */
export const TRANSFER_INDEX_TYPES: readonly T[] = [T.PARTY_TO, T.TRANSFERS, T.BASED_IN];

export class TransferIndex {
  private readonly leaving = new Map<string, Relationship[]>();
  private readonly entering = new Map<string, Relationship[]>();

  constructor(relationships: readonly Relationship[]) {
    const parties = new Set(relationships.filter((r) => r.type === T.PARTY_TO).map((r) => r.from));
    for (const r of relationships) {
      if (r.type === T.BASED_IN && !parties.has(r.from)) continue;
      append(this.leaving, r.from, r);
      append(this.entering, r.to, r);
    }
  }

  /**
   * The port's relationshipsOf for the index's types, with BASED_IN known for
   * parties only: entering a country, it lists the parties based there.
   */
  relationshipsOf(queries: readonly RelationshipQuery[]): Promise<Relationship[][]> {
    return answerRelationshipQueries(queries, async (direction, types, ids) => {
      const wanted = new Set(types);
      for (const type of wanted) if (!TRANSFER_INDEX_TYPES.includes(type)) throw new Error(`the transfer index does not hold ${type}`);
      const sides = direction === "OUT" ? [this.leaving] : direction === "IN" ? [this.entering] : [this.leaving, this.entering];
      return ids.flatMap((key) => sides.flatMap((side) => (side.get(key) ?? []).filter((r) => wanted.has(r.type)).map((item) => ({ key, item }))));
    });
  }
}

function append(map: Map<string, Relationship[]>, key: string, r: Relationship): void {
  const list = map.get(key);
  if (list) list.push(r);
  else map.set(key, [r]);
}
