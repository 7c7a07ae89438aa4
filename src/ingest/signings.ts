/**
 * The signings the graph knows: each agreement with the people and
 * organisations that signed it or are party to it, the ceremony it was
 * signed at, and what it transfers. A second article about a
 * known signing names the same parties; when the signers an article names
 * are two or more parties of one known agreement, the article is reporting
 * that agreement again, and its proposals are evidence for it rather than a
 * new candidate agreement.
 */
import { NodeKind, RelationshipType } from "../domain/ontology.js";
import type { Entity } from "../domain/records.js";
import type { GraphStore } from "../store/port.js";

/** Shared parties that make a signing the same as a known one. */
const SAME_SIGNING = 2;

export class KnownSignings {
  constructor(
    private readonly parties: ReadonlyMap<string, ReadonlySet<string>> = new Map(),
    /** Agreement → the ceremony it was signed at (SIGNED_AT). */
    private readonly ceremonies: ReadonlyMap<string, string> = new Map(),
    /** Drug or technology → the known agreements that transfer it. */
    private readonly transfers: ReadonlyMap<string, readonly string[]> = new Map(),
  ) {}

  /** The one known agreement that transfers this item; null when none or several do. */
  transferOf(item: string): string | null {
    const agreements = this.transfers.get(item) ?? [];
    return agreements.length === 1 ? agreements[0] : null;
  }

  /** The known ceremony a known agreement was signed at, if the graph has one. */
  ceremonyOf(agreement: string): string | null {
    return this.ceremonies.get(agreement) ?? null;
  }

  /** The one known agreement these signers (entity ids) are most parties of, if at least two; null when none or a tie. */
  agreementSignedBy(signers: readonly string[]): string | null {
    let best: string | null = null;
    let bestShared = 0;
    let tie = false;
    for (const [agreement, parties] of this.parties) {
      const shared = new Set(signers.filter((s) => parties.has(s))).size;
      if (shared > bestShared) [best, bestShared, tie] = [agreement, shared, false];
      else if (shared === bestShared && shared > 0) tie = true;
    }
    return bestShared >= SAME_SIGNING && !tie ? best : null;
  }
}

/** Reads, in one store call, who signed or is party to each known agreement, and where it was signed. */
export async function knownSignings(store: GraphStore, entities: readonly Entity[]): Promise<KnownSignings> {
  const agreements = entities.filter((e) => e.kind === NodeKind.Agreement).map((e) => e.id);
  const types = [RelationshipType.SIGNED, RelationshipType.PARTY_TO, RelationshipType.SIGNED_AT, RelationshipType.TRANSFERS];
  const relationships = await store.relationshipsOf(agreements.map((entityId) => ({ entityId, types, direction: "BOTH" as const })));
  const parties = new Map(agreements.map((id, i) => [id, new Set(relationships[i].filter((r) => r.to === id).map((r) => r.from))]));
  const ceremonies = new Map(agreements.flatMap((id, i) => relationships[i].filter((r) => r.type === RelationshipType.SIGNED_AT && r.from === id).map((r) => [id, r.to] as const)));
  const transfers = new Map<string, string[]>();
  for (const r of relationships.flat().filter((r) => r.type === RelationshipType.TRANSFERS)) transfers.set(r.to, [...new Set([...(transfers.get(r.to) ?? []), r.from])]);
  return new KnownSignings(parties, ceremonies, transfers);
}
