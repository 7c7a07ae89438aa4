/**
 * Root queries for the questions journalists ask: who signed and who witnessed
 * an agreement or event, what a person signed or witnessed, who transfers what
 * to whom, and how resolutions implement, amend and cite one another.
 */
import type { GraphQLResolveInfo } from "graphql";
import { Args, Ctx, Info, Query, Resolver } from "type-graphql";
import { NodeKind, PartyRole, RelationshipType as T } from "../../domain/ontology.js";
import { dateRange, parsePartialDate } from "../../domain/dates.js";
import type { Direction, IndexedEntity, Relationship } from "../../domain/records.js";
import type { Context } from "../context.js";
import { notFound } from "../errors.js";
import { ChainArgs, OfArgs, TransferArgs } from "../inputs/query.args.js";
import { paginate } from "../pagination.js";
import { viewOf } from "../types/entity.type.js";
import { DirectionEnum } from "../types/enums.js";
import { ResolutionChain, TransferConnection, type TransferView } from "../types/journalism.type.js";
import { RelationshipConnection } from "../types/relationship.type.js";
import { relationshipConnection } from "./connections.js";
import { loadAll } from "../loaders.js";

async function existing(context: Context, id: string): Promise<IndexedEntity> {
  const entity = await context.loaders.entity.load(id);
  if (!entity) throw notFound(id);
  return entity;
}

async function relationshipsOf(context: Context, ids: readonly string[], type: T, direction: Direction): Promise<Relationship[][]> {
  return loadAll(context.loaders.relationships, ids.map((entityId) => ({ entityId, types: [type], direction })));
}

/** Agreements a party takes part in with the given role. */
async function agreementsOfParty(context: Context, party: string, role: PartyRole): Promise<string[]> {
  const [parties] = await relationshipsOf(context, [party], T.PARTY_TO, "OUT");
  return parties.filter((r) => r.properties.role === role).map((r) => r.to);
}

async function candidateAgreements(context: Context, args: TransferArgs): Promise<string[]> {
  if (args.product) {
    await existing(context, args.product);
    const [transfers] = await relationshipsOf(context, [args.product], T.TRANSFERS, "IN");
    return transfers.map((r) => r.from);
  }
  if (args.provider) return agreementsOfParty(context, (await existing(context, args.provider)).id, PartyRole.PROVIDER);
  if (args.recipient) return agreementsOfParty(context, (await existing(context, args.recipient)).id, PartyRole.RECIPIENT);
  const country = args.providerCountry ?? args.recipientCountry;
  if (country) return agreementsOfCountry(context, (await existing(context, country)).id, args.providerCountry ? PartyRole.PROVIDER : PartyRole.RECIPIENT);
  return context.store.listEntities({ kinds: [NodeKind.Agreement], limit: Number.MAX_SAFE_INTEGER, offset: 0 });
}

/** Agreements in which the country, or an organisation based in it, takes the role: two hops from the country, not a scan of every agreement. */
async function agreementsOfCountry(context: Context, country: string, role: PartyRole): Promise<string[]> {
  const [based] = await relationshipsOf(context, [country], T.BASED_IN, "IN");
  const parties = [country, ...based.map((r) => r.from)];
  const lists = await relationshipsOf(context, parties, T.PARTY_TO, "OUT");
  return lists.flat().filter((r) => r.properties.role === role).map((r) => r.to);
}

/** Whether the agreement's date lies within since–until; an agreement with no known year never does. */
function withinDates(agreement: IndexedEntity, since?: string, until?: string): boolean {
  if (!since && !until) return true;
  if (!agreement.dateStart || !agreement.dateEnd) return false;
  const from = since ? dateRange(parsePartialDate(since)) : null;
  const to = until ? dateRange(parsePartialDate(until)) : null;
  return (!from || agreement.dateEnd >= from.start) && (!to || agreement.dateStart <= to.end);
}

async function countriesOf(context: Context, parties: IndexedEntity[]): Promise<Map<string, Set<string>>> {
  const based = await relationshipsOf(context, parties.map((p) => p.id), T.BASED_IN, "OUT");
  return new Map(parties.map((p, i) => [p.id, new Set([...(p.kind === NodeKind.Country ? [p.id] : []), ...based[i].map((r) => r.to)])]));
}

async function transfersOf(context: Context, args: TransferArgs): Promise<TransferView[]> {
  const agreementIds = [...new Set(await candidateAgreements(context, args))].sort();
  const [agreements, transfers, partyLists] = await Promise.all([
    loadAll(context.loaders.entity, agreementIds),
    relationshipsOf(context, agreementIds, T.TRANSFERS, "OUT"),
    relationshipsOf(context, agreementIds, T.PARTY_TO, "IN"),
  ]);
  const partyIds = [...new Set(partyLists.flat().map((r) => r.from))];
  const parties = new Map((await loadAll(context.loaders.entity, partyIds)).flatMap((e) => (e ? [[e.id, e]] : [])));
  const countries = await countriesOf(context, [...parties.values()]);
  const views: TransferView[] = [];
  agreementIds.forEach((_, i) => {
    const agreement = agreements[i];
    if (!agreement || !withinDates(agreement, args.since, args.until)) return;
    const withRole = (role: PartyRole) => partyLists[i].filter((r) => r.properties.role === role).map((r) => parties.get(r.from)!);
    const providers = withRole(PartyRole.PROVIDER);
    const recipients = withRole(PartyRole.RECIPIENT);
    const fromCountry = (list: IndexedEntity[], country?: string) => !country || list.some((p) => countries.get(p.id)?.has(country));
    if (args.provider && !providers.some((p) => p.id === args.provider)) return;
    if (args.recipient && !recipients.some((p) => p.id === args.recipient)) return;
    if (!fromCountry(providers, args.providerCountry) || !fromCountry(recipients, args.recipientCountry)) return;
    for (const transfer of transfers[i]) {
      if (args.product && transfer.to !== args.product) continue;
      views.push({ ...transfer, providers: providers.map(viewOf), recipients: recipients.map(viewOf), parties: withRole(PartyRole.PARTY).map(viewOf) });
    }
  });
  return views;
}

const CHAIN_TYPES = [T.IMPLEMENTS, T.AMENDS, T.CITES];

@Resolver()
export class JournalismResolver {
  @Query(() => RelationshipConnection, { description: "Who signed an agreement (edges: the signer, onBehalfOf, date, sources)." })
  async signatories(@Args(() => OfArgs) args: OfArgs, @Ctx() context: Context, @Info() info: GraphQLResolveInfo) {
    return relationshipConnection(context, (await existing(context, args.of)).id, [T.SIGNED], "IN", args, info);
  }

  @Query(() => RelationshipConnection, { description: "Who witnessed an agreement or event." })
  async witnesses(@Args(() => OfArgs) args: OfArgs, @Ctx() context: Context, @Info() info: GraphQLResolveInfo) {
    return relationshipConnection(context, (await existing(context, args.of)).id, [T.WITNESSED], "IN", args, info);
  }

  @Query(() => RelationshipConnection, { description: "Everything a person (or party) signed." })
  async signedBy(@Args(() => OfArgs) args: OfArgs, @Ctx() context: Context, @Info() info: GraphQLResolveInfo) {
    return relationshipConnection(context, (await existing(context, args.of)).id, [T.SIGNED], "OUT", args, info);
  }

  @Query(() => RelationshipConnection, { description: "Everything a person witnessed." })
  async witnessedBy(@Args(() => OfArgs) args: OfArgs, @Ctx() context: Context, @Info() info: GraphQLResolveInfo) {
    return relationshipConnection(context, (await existing(context, args.of)).id, [T.WITNESSED], "OUT", args, info);
  }

  @Query(() => TransferConnection, { description: "Transfers of drugs and technologies, filtered by provider, recipient, product, country and date." })
  async transfers(@Args(() => TransferArgs) args: TransferArgs, @Ctx() context: Context): Promise<TransferConnection> {
    const page = paginate(await transfersOf(context, args), args.first, args.after);
    return { edges: page.edges.map(({ cursor, item }) => ({ cursor, node: item })), pageInfo: page.pageInfo, totalCount: page.totalCount };
  }

  @Query(() => ResolutionChain, { description: "A resolution's chain: what it implements or amends, and what implements, amends or cites it." })
  async resolutionChain(@Args(() => ChainArgs) args: ChainArgs, @Ctx() context: Context): Promise<ResolutionChain> {
    const resolution = await existing(context, args.id);
    const seen = new Set([resolution.id]);
    const links: ResolutionChain["links"] = [];
    let frontier = [resolution.id];
    for (let depth = 1; depth <= args.depth && frontier.length > 0; depth++) {
      const lists = await loadAll(context.loaders.relationships, frontier.map((entityId) => ({ entityId, types: CHAIN_TYPES, direction: "BOTH" as const })));
      const next = new Set<string>();
      lists.forEach((list, i) => {
        for (const r of list) {
          if (links.some((l) => l.id === r.id)) continue;
          const outward = r.from === frontier[i];
          links.push({ ...r, depth, direction: outward ? DirectionEnum.OUT : DirectionEnum.IN });
          const other = outward ? r.to : r.from;
          if (!seen.has(other)) next.add(other);
        }
      });
      for (const id of next) seen.add(id);
      frontier = [...next].sort();
    }
    return { resolution: viewOf(resolution), links };
  }
}
