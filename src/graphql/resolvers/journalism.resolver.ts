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
import type { EntitySummary, TransferIncludes } from "../../store/port.js";
import type { Context } from "../context.js";
import { notFound } from "../errors.js";
import { ChainArgs, OfArgs, TransferArgs } from "../inputs/query.args.js";
import { fieldsAt, selectedBelow, type Selection } from "../lookahead.js";
import { pageAt, pageWindow } from "../pagination.js";
import { viewOf, type EntityView } from "../types/entity.type.js";
import { DirectionEnum } from "../types/enums.js";
import { ResolutionChain, TransferConnection, type TransferView } from "../types/journalism.type.js";
import { RelationshipConnection } from "../types/relationship.type.js";
import { readsOnlySummary, relationshipConnection } from "./connections.js";
import { loadAll, primeEntities, primeSummaries } from "../loaders.js";

async function existing(context: Context, id: string): Promise<IndexedEntity> {
  const entity = await context.loaders.entity.load(id);
  if (!entity) throw notFound(id);
  return entity;
}

/** A partial date's range, or no bound when it names no year. */
const bound = (date: string | undefined, end: "start" | "end") => (date ? dateRange(parsePartialDate(date))?.[end] ?? null : null);

/** Transfer fields that return the agreement's parties, as plain lists of entities. */
const PARTY_FIELDS = ["providers", "recipients", "parties"];

/**
 * What the connection's selection reads of each transfer's entities: their
 * summaries when every field returning one reads only its id, kind and name.
 * A transfer's date is its ends' date: a selection of it reads them whole.
 */
function transferIncludesFor(selection: Selection): TransferIncludes {
  const summariesAt = (fields: readonly string[]) =>
    fields.every((f) => readsOnlySummary({ fieldNodes: fieldsAt(selection, ["edges", "node", f]), fragments: selection.fragments }));
  const endsWhole = selectedBelow(selection, ["edges", "node"]).has("date") || !summariesAt(["from", "to"]);
  return { ends: endsWhole ? "whole" : "summaries", parties: summariesAt(PARTY_FIELDS) ? "summaries" : "whole" };
}

/** The entities a transfer page brought, into the loaders their fields read: whole or as summaries, as asked. */
function primeTransferEntities(context: Context, include: TransferIncludes, ends: readonly EntitySummary[], parties: readonly EntitySummary[]): void {
  for (const [how, entities] of [[include.ends, ends], [include.parties, parties]] as const) {
    if (how === "whole") primeEntities(context.loaders, entities as readonly IndexedEntity[]);
    else primeSummaries(context.loaders, entities);
  }
}

/**
 * The ids the question names are checked (and followed to their survivors) by
 * the store in the same read as the page, so a transfer question costs one
 * round trip; one that names nothing is refused as not found.
 */
async function transfersOf(context: Context, args: TransferArgs, info: GraphQLResolveInfo) {
  const dates = args.since || args.until
    ? { from: bound(args.since, "start"), to: bound(args.until, "end"), inferredYears: args.inferredYears }
    : null;
  const question = {
    provider: args.provider || null, recipient: args.recipient || null, product: args.product || null,
    providerCountry: args.providerCountry || null, recipientCountry: args.recipientCountry || null, dates,
    include: transferIncludesFor(info),
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
  // A summary's view holds only its id, kind and name: the selection reads no more (transferIncludesFor).
  const partyView = (e: EntitySummary) => (question.include.parties === "whole" ? viewOf(e as IndexedEntity) : (e as EntityView));
  const views: TransferView[] = found.transfers.map(({ transfer, ends, providers, recipients, parties }) => {
    primeTransferEntities(context, question.include, ends, [...providers, ...recipients, ...parties]);
    return { ...transfer, providers: providers.map(partyView), recipients: recipients.map(partyView), parties: parties.map(partyView) };
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
  async transfers(@Args(() => TransferArgs) args: TransferArgs, @Ctx() context: Context, @Info() info: GraphQLResolveInfo): Promise<TransferConnection> {
    const page = await transfersOf(context, args, info);
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
