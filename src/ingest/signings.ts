/**
 * The signings the graph knows: each agreement with the people and
 * organisations that signed it or are party to it, the ceremony it was
 * signed at, and what it transfers. A second article about a
 * known signing names the same parties; when the signers an article names
 * are two or more parties of one known agreement, the article is reporting
 * that agreement again, and its proposals are evidence for it rather than a
 * new candidate agreement. Likewise a meeting told of with two or more of
 * a known meeting's attendees, on no other date than its own, is that meeting.
 */
import { parsePartialDate } from "../domain/dates.js";
import { EventCategory, NodeKind, RelationshipType } from "../domain/ontology.js";
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
    /** Known meeting → the people and organisations that attended it, and its date if the graph has one. */
    private readonly meetings: ReadonlyMap<string, { attendees: ReadonlySet<string>; date?: string }> = new Map(),
    /** People an article of the graph credits (CREDITED): its photographers. */
    private readonly credited: ReadonlySet<string> = new Set(),
  ) {}

  /** Whether the graph knows this person as credited by an article, as a photographer is. */
  isCredited(person: string): boolean {
    return this.credited.has(person);
  }

  /**
   * The one known meeting these people (entity ids) are most attendees of,
   * if at least two, whose date does not contradict the date the article
   * gives (`date`, a PartialDate text); null when none or a tie.
   */
  meetingAttendedBy(people: readonly string[], date: string | null): string | null {
    const compatible = [...this.meetings].filter(([, m]) => date === null || m.date === undefined || sameTime(date, m.date));
    return mostShared(new Map(compatible.map(([id, m]) => [id, m.attendees])), people);
  }

  /** Whether the graph knows that this entity attended this meeting. */
  attended(entity: string, meeting: string): boolean {
    return this.meetings.get(meeting)?.attendees.has(entity) ?? false;
  }

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
    return mostShared(this.parties, signers);
  }
}

/** Whether two partial dates can be the same day: equal in every part both give. */
function sameTime(a: string, b: string): boolean {
  const [x, y] = [parsePartialDate(a), parsePartialDate(b)];
  return (["year", "month", "day"] as const).every((part) => x[part] === undefined || y[part] === undefined || x[part] === y[part]);
}

/** The one key whose members include the most of these ids, at least SAME_SIGNING of them; null when none or a tie. */
function mostShared(members: ReadonlyMap<string, ReadonlySet<string>>, ids: readonly string[]): string | null {
  let best: string | null = null;
  let bestShared = 0;
  let tie = false;
  for (const [key, of] of members) {
    const shared = new Set(ids.filter((id) => of.has(id))).size;
    if (shared > bestShared) [best, bestShared, tie] = [key, shared, false];
    else if (shared === bestShared && shared > 0) tie = true;
  }
  return bestShared >= SAME_SIGNING && !tie ? best : null;
}

/** Reads, in one store call, who signed or is party to each known agreement, where it was signed, what it transfers, and who attended each known meeting. */
/** `credits`: the known people the article's photo credits name, whose CREDITED relationships are read. */
export async function knownSignings(store: GraphStore, entities: readonly Entity[], credits: readonly string[]): Promise<KnownSignings> {
  const agreements = entities.filter((e) => e.kind === NodeKind.Agreement).map((e) => e.id);
  const events = entities.filter((e) => e.kind === NodeKind.Event && e.attributes.category === EventCategory.MEETING);
  const types = [RelationshipType.SIGNED, RelationshipType.PARTY_TO, RelationshipType.SIGNED_AT, RelationshipType.TRANSFERS];
  const read = await store.relationshipsOf([
    ...agreements.map((entityId) => ({ entityId, types, direction: "BOTH" as const })),
    ...events.map((e) => ({ entityId: e.id, types: [RelationshipType.ATTENDED], direction: "IN" as const })),
    ...credits.map((entityId) => ({ entityId, types: [RelationshipType.CREDITED], direction: "OUT" as const })),
  ]);
  const relationships = read.slice(0, agreements.length);
  const attendances = read.slice(agreements.length, agreements.length + events.length);
  const credited = new Set(credits.filter((_, i) => read[agreements.length + events.length + i].length > 0));
  const parties = new Map(agreements.map((id, i) => [id, new Set(relationships[i].filter((r) => r.to === id).map((r) => r.from))]));
  const ceremonies = new Map(agreements.flatMap((id, i) => relationships[i].filter((r) => r.type === RelationshipType.SIGNED_AT && r.from === id).map((r) => [id, r.to] as const)));
  const transfers = new Map<string, string[]>();
  for (const r of relationships.flat().filter((r) => r.type === RelationshipType.TRANSFERS)) transfers.set(r.to, [...new Set([...(transfers.get(r.to) ?? []), r.from])]);
  const meetings = new Map(events.map((e, i) => {
    const date = e.attributes.date;
    return [e.id, { attendees: new Set(attendances[i].map((r) => r.from)), ...(typeof date === "string" ? { date } : {}) }];
  }));
  return new KnownSignings(parties, ceremonies, transfers, meetings, credited);
}
