/**
 * Transfers answered from a store's basic batched reads, for the embedded
 * store (its relationships from the in-memory transfer index, its entities by
 * primary-key probe); Neo4j answers the same in one statement. The candidates
 * come from the first anchor given — product, provider, recipient, country —
 * or are every agreement; every filter then decides. Without an anchor every
 * agreement is listed from the entity table (and probed when dates filter), so
 * on a big graph such a question is refused as too costly rather than left to run.
 */
import { NodeKind, PartyRole, RelationshipType as T } from "../domain/ontology.js";
import type { Direction, IndexedEntity, Relationship } from "../domain/records.js";
import { yearBasisOf } from "../domain/indexing.js";
import type { GraphStore, TransferPage, TransferQuery } from "./port.js";
import { TooCostlyError } from "./errors.js";

/**
 * The most agreements a transfer question without an anchor reads: two probe
 * batches per agreement (on a synthetic graph of 4,800 entities, 480
 * agreements took 3 s; 10^5 entities took 22–40 s), so a bound that keeps it under a second.
 */
export const MAX_UNANCHORED_AGREEMENTS = 100;

type BasicReads = Pick<GraphStore, "relationshipsOf" | "entitiesById" | "listEntities">;

const unique = (ids: Iterable<string>) => [...new Set(ids)];

async function listsOf(store: BasicReads, ids: readonly string[], type: T, direction: Direction): Promise<Relationship[][]> {
  return ids.length ? store.relationshipsOf(ids.map((entityId) => ({ entityId, types: [type], direction }))) : [];
}

async function agreementsOfParties(store: BasicReads, parties: readonly string[], role: PartyRole): Promise<string[]> {
  return (await listsOf(store, parties, T.PARTY_TO, "OUT")).flat().filter((r) => r.properties.role === role).map((r) => r.to);
}

async function candidateAgreements(store: BasicReads, q: TransferQuery): Promise<string[]> {
  if (q.product) return (await listsOf(store, [q.product], T.TRANSFERS, "IN"))[0].map((r) => r.from);
  if (q.provider) return agreementsOfParties(store, [q.provider], PartyRole.PROVIDER);
  if (q.recipient) return agreementsOfParties(store, [q.recipient], PartyRole.RECIPIENT);
  const country = q.providerCountry ?? q.recipientCountry;
  if (country) {
    const [based] = await listsOf(store, [country], T.BASED_IN, "IN");
    return agreementsOfParties(store, [country, ...based.map((r) => r.from)], q.providerCountry ? PartyRole.PROVIDER : PartyRole.RECIPIENT);
  }
  const agreements = await store.listEntities({ kinds: [NodeKind.Agreement], limit: MAX_UNANCHORED_AGREEMENTS + 1, offset: 0 });
  if (agreements.length > MAX_UNANCHORED_AGREEMENTS) {
    throw new TooCostlyError(
      `The graph holds more than ${MAX_UNANCHORED_AGREEMENTS} agreements, too many to check one by one: name a product, provider, recipient or country`,
    );
  }
  return agreements;
}

/** The countries each party is (a Country) or is BASED_IN; read only when a country filter asks. */
async function countriesOf(store: BasicReads, parties: readonly string[]): Promise<Map<string, Set<string>>> {
  const [entities, based] = await Promise.all([store.entitiesById(parties), listsOf(store, parties, T.BASED_IN, "OUT")]);
  return new Map(parties.map((id, i) => [id, new Set([...(entities[i]?.kind === NodeKind.Country ? [id] : []), ...based[i].map((r) => r.to)])]));
}

function withinDates(agreement: IndexedEntity | null, dates: NonNullable<TransferQuery["dates"]>): boolean {
  if (!agreement?.dateStart || !agreement.dateEnd) return false;
  if (!dates.inferredYears && yearBasisOf(agreement) !== undefined) return false;
  return (!dates.from || agreement.dateEnd >= dates.from) && (!dates.to || agreement.dateStart <= dates.to);
}

/**
 * The country filters left to check once the candidates are known: when the
 * candidates came from a country, they already pass that country's filter.
 */
export function countryChecks(q: TransferQuery): Pick<TransferQuery, "providerCountry" | "recipientCountry"> {
  const anchoredByCountry = !q.product && !q.provider && !q.recipient;
  return {
    providerCountry: anchoredByCountry ? null : q.providerCountry,
    recipientCountry: anchoredByCountry && !q.providerCountry ? null : q.recipientCountry,
  };
}

/** The ids a transfer question names, each once, in the order TransferPage.unknown lists those that name nothing. */
export function namedIds(q: TransferQuery): string[] {
  return unique([q.provider, q.recipient, q.product, q.providerCountry, q.recipientCountry].filter((id): id is string => id !== null));
}

/** The question with each id it names followed to its survivor, or the ids that name nothing. */
async function resolvedQuestion(store: BasicReads, q: TransferQuery): Promise<{ question: TransferQuery; unknown: string[] }> {
  const named = namedIds(q);
  const found = await store.entitiesById(named);
  const survivor = new Map(named.map((id, i) => [id, found[i]?.id ?? null]));
  const live = (id: string | null) => (id === null ? null : survivor.get(id)!);
  return {
    question: { ...q, provider: live(q.provider), recipient: live(q.recipient), product: live(q.product), providerCountry: live(q.providerCountry), recipientCountry: live(q.recipientCountry) },
    unknown: named.filter((id) => survivor.get(id) === null),
  };
}

export async function transfersFromReads(store: BasicReads, asked: TransferQuery): Promise<TransferPage> {
  const { question: q, unknown } = await resolvedQuestion(store, asked);
  if (unknown.length) return { unknown, total: 0, transfers: [] };
  const agreementIds = unique(await candidateAgreements(store, q)).sort();
  const check = countryChecks(q);
  const [agreements, transfers, partyLists] = await Promise.all([
    q.dates ? store.entitiesById(agreementIds) : null,
    listsOf(store, agreementIds, T.TRANSFERS, "OUT"),
    listsOf(store, agreementIds, T.PARTY_TO, "IN"),
  ]);
  const countries = check.providerCountry || check.recipientCountry ? await countriesOf(store, unique(partyLists.flat().map((r) => r.from))) : null;
  const partiesWith = (i: number, role: PartyRole) => partyLists[i].filter((r) => r.properties.role === role).map((r) => r.from);
  const inCountry = (parties: string[], country: string | null) => !country || parties.some((p) => countries!.get(p)!.has(country));
  const passing: Array<{ transfer: Relationship; agreement: number }> = [];
  agreementIds.forEach((_, i) => {
    if (q.dates && !withinDates(agreements![i], q.dates)) return;
    const providers = partiesWith(i, PartyRole.PROVIDER);
    const recipients = partiesWith(i, PartyRole.RECIPIENT);
    if (q.provider && !providers.includes(q.provider)) return;
    if (q.recipient && !recipients.includes(q.recipient)) return;
    if (!inCountry(providers, check.providerCountry) || !inCountry(recipients, check.recipientCountry)) return;
    for (const transfer of transfers[i]) if (!q.product || transfer.to === q.product) passing.push({ transfer, agreement: i });
  });
  const page = passing.slice(q.offset, q.offset + q.limit);
  const entityIds = unique(page.flatMap(({ transfer, agreement }) => [transfer.from, transfer.to, ...partyLists[agreement].map((r) => r.from)]));
  const found = await store.entitiesById(entityIds);
  const byId = new Map(found.flatMap((e) => (e ? [[e.id, e]] : [])));
  const entitiesWith = (i: number, role: PartyRole) => partiesWith(i, role).flatMap((id) => byId.get(id) ?? []);
  return {
    unknown: [],
    total: passing.length,
    transfers: page.map(({ transfer, agreement }) => ({
      transfer,
      ends: [transfer.from, transfer.to].flatMap((id) => byId.get(id) ?? []),
      providers: entitiesWith(agreement, PartyRole.PROVIDER),
      recipients: entitiesWith(agreement, PartyRole.RECIPIENT),
      parties: entitiesWith(agreement, PartyRole.PARTY),
    })),
  };
}
