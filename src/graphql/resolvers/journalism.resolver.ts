/**
 * Root queries for the questions journalists ask: who signed and who witnessed
 * an agreement or event, what a person signed or witnessed, who transfers what
 * to whom, and how resolutions implement, amend and cite one another.
 */
import type { GraphQLResolveInfo } from "graphql";
import { Args, Ctx, Info, Query, Resolver } from "type-graphql";
import { RelationshipType as T } from "../../domain/ontology.js";
import { dateRange, parsePartialDate } from "../../domain/dates.js";
import type { IndexedEntity } from "../../domain/records.js";
import type { Context } from "../context.js";
import { notFound } from "../errors.js";
import { ChainArgs, OfArgs, TransferArgs } from "../inputs/query.args.js";
import { pageAt, pageWindow } from "../pagination.js";
import { viewOf } from "../types/entity.type.js";
import { DirectionEnum } from "../types/enums.js";
import { ResolutionChain, TransferConnection, type TransferView } from "../types/journalism.type.js";
import { RelationshipConnection } from "../types/relationship.type.js";
import { relationshipConnection } from "./connections.js";
import { loadAll, primeEntities } from "../loaders.js";

async function existing(context: Context, id: string): Promise<IndexedEntity> {
  const entity = await context.loaders.entity.load(id);
  if (!entity) throw notFound(id);
  return entity;
}

/** A partial date's range, or no bound when it names no year. */
const bound = (date: string | undefined, end: "start" | "end") => (date ? dateRange(parsePartialDate(date))?.[end] ?? null : null);

/**
 * The ids the question names are checked (and followed to their survivors) by
 * the store in the same read as the page, so a transfer question costs one
 * round trip; one that names nothing is refused as not found.
 */
async function transfersOf(context: Context, args: TransferArgs) {
  const dates = args.since || args.until
    ? { from: bound(args.since, "start"), to: bound(args.until, "end"), inferredYears: args.inferredYears }
    : null;
  const question = {
    provider: args.provider || null, recipient: args.recipient || null, product: args.product || null,
    providerCountry: args.providerCountry || null, recipientCountry: args.recipientCountry || null, dates,
  };
  const read = async (window: { offset: number; limit: number }) => {
    const page = await context.store.transfers({ ...question, ...window });
    if (page.unknown.length) throw notFound(page.unknown[0]);
    return page;
  };
  // The last transfers with no `before` need their number first: a read of a page of nothing.
  const window = pageWindow(args) ?? pageWindow(args, (await read({ offset: 0, limit: 0 })).total)!;
  const { offset } = window;
  const found = await read(window);
  const views: TransferView[] = found.transfers.map(({ transfer, ends, providers, recipients, parties }) => {
    primeEntities(context.loaders, [...ends, ...providers, ...recipients, ...parties]);
    return { ...transfer, providers: providers.map(viewOf), recipients: recipients.map(viewOf), parties: parties.map(viewOf) };
  });
  return pageAt(views, offset, found.total);
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
    const page = await transfersOf(context, args);
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
