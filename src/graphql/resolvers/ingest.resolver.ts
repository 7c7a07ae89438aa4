/**
 * Ingest: curators feed articles in and review what the machine read. Every
 * mutation needs an API key like curation's; an accepted proposal becomes a
 * fact through the same curation change (recorded, retry-safe through
 * clientMutationId), with its sentence as machine evidence. Proposals and
 * candidates are only ever answered by the queries named for them.
 */
import { Arg, Args, Ctx, Info, Mutation, Query, Resolver } from "type-graphql";
import { GraphQLError, type GraphQLResolveInfo } from "graphql";
import { ReviewState, type Relationship } from "../../domain/records.js";
import { ingestArticle, IngestInputError } from "../../ingest/ingest.js";
import { autoAcceptThreshold, AutoAcceptSettingError } from "../../ingest/promote.js";
import type { CandidateRecord, FindingFilter, MentionRecord, ProposalRecord } from "../../store/findings.js";
import type { Context } from "../context.js";
import { badInput } from "../errors.js";
import { AcceptCandidateInput, AcceptProposalInput, IngestArticleInput, RejectFindingInput } from "../inputs/ingest.inputs.js";
import { ConnectionArgs } from "../inputs/page.args.js";
import { viewOf } from "../types/entity.type.js";
import {
  CandidateConnection, CandidatePayload, CandidateView, IngestPayload, MentionView, ProposalConnection, ProposalPayload, ProposalView,
} from "../types/ingest.type.js";
import { countedConnection } from "./countedConnection.js";
import { apply, curator } from "./curation.resolver.js";
import { storedName } from "../curation/build.js";

/** More than any article of LONGEST_ARTICLE characters yields. */
const FINDINGS_PER_ARTICLE = 100_000;

const proposalView = (p: ProposalRecord): ProposalView => ({ ...p });
const candidateView = (c: CandidateRecord): CandidateView => ({ ...c });
const mentionView = (m: MentionRecord): MentionView => ({ ...m });

/** A proposal as its review left it, read after the change committed. */
async function reviewed(context: Context, id: string): Promise<ProposalView> {
  return proposalView((await context.store.proposalById(id))!);
}

@Resolver()
export class IngestResolver {
  @Mutation(() => IngestPayload, { description: "Reads an article: stores it as a source, links its mentions of known entities, and proposes MENTIONS, candidates and relationships for review. An article whose URL is known is that article: reading it again writes only what is new to review, and never brings back what a curator rejected." })
  async ingestArticle(@Arg("input", () => IngestArticleInput) input: IngestArticleInput, @Ctx() context: Context): Promise<IngestPayload> {
    const actor = curator(context);
    try {
      const report = await ingestArticle(context.store, input, actor, { autoAccept: autoAcceptThreshold() });
      const [article] = await context.store.entitiesById([report.article]);
      // Read back rather than echo: a proposal or candidate reviewed before keeps its review.
      const ofArticle = { article: report.article, limit: FINDINGS_PER_ARTICLE, offset: 0 };
      const proposals = await context.store.proposals(ofArticle);
      const candidates = await context.store.candidates(ofArticle);
      const mentions = await context.store.mentionsIn(report.article);
      return {
        article: viewOf(article!), language: report.language, languageDetected: report.languageDetected,
        mentions: mentions.map(mentionView), candidates: candidates.map(candidateView), proposals: proposals.map(proposalView),
      };
    } catch (error) {
      if (error instanceof IngestInputError) throw badInput(error.message);
      if (error instanceof AutoAcceptSettingError) throw new GraphQLError(error.message, { extensions: { code: "INTERNAL_SERVER_ERROR" } });
      throw error;
    }
  }

  @Mutation(() => ProposalPayload, { description: "Makes a proposal a curated fact, its sentence the evidence; `from`/`to` replace an end that is wrong or still a candidate. A proposal is accepted or rejected once." })
  async acceptProposal(@Arg("input", () => AcceptProposalInput) input: AcceptProposalInput, @Ctx() context: Context): Promise<ProposalPayload> {
    const change = await apply(context, { kind: "acceptProposal", proposal: input.id, type: input.type, from: input.from, to: input.to }, input.clientMutationId);
    const proposal = await reviewed(context, input.id);
    const { type, from, to, properties } = JSON.parse(change.summary);
    const relationship: Relationship = { id: change.subject, type, from, to, properties };
    return { clientMutationId: input.clientMutationId, proposal, relationship, change };
  }

  @Mutation(() => ProposalPayload, { description: "Rejects a proposal: it never becomes a fact and stays in the record as rejected." })
  async rejectProposal(@Arg("input", () => RejectFindingInput) input: RejectFindingInput, @Ctx() context: Context): Promise<ProposalPayload> {
    const change = await apply(context, { kind: "rejectProposal", proposal: input.id }, input.clientMutationId);
    return { clientMutationId: input.clientMutationId, proposal: await reviewed(context, input.id), relationship: null, change };
  }

  @Mutation(() => CandidatePayload, { description: "Makes a candidate an entity (or points it at the entity of that kind and name already in the graph), or links it to `entity`, one the graph holds." })
  async acceptCandidate(@Arg("input", () => AcceptCandidateInput) input: AcceptCandidateInput, @Ctx() context: Context): Promise<CandidatePayload> {
    const name = input.name === undefined ? undefined : storedName(input.name, "name");
    const change = await apply(context, { kind: "acceptCandidate", candidate: input.id, entityKind: input.kind, name, entity: input.entity }, input.clientMutationId);
    const [entity] = await context.store.entitiesById([change.subject]);
    const candidate = candidateView((await context.store.candidateById(input.id))!);
    return { clientMutationId: input.clientMutationId, candidate, entity: entity ? viewOf(entity) : null, change };
  }

  @Mutation(() => CandidatePayload, { description: "Rejects a candidate entity." })
  async rejectCandidate(@Arg("input", () => RejectFindingInput) input: RejectFindingInput, @Ctx() context: Context): Promise<CandidatePayload> {
    const change = await apply(context, { kind: "rejectCandidate", candidate: input.id }, input.clientMutationId);
    return { clientMutationId: input.clientMutationId, candidate: candidateView((await context.store.candidateById(input.id))!), entity: null, change };
  }

  @Query(() => ProposalConnection, { description: "Machine-read relationships awaiting (or past) review, by article and position in its text; never part of any other answer." })
  proposals(
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Arg("state", () => ReviewState, { nullable: true }) state: ReviewState | null,
    @Arg("article", () => String, { nullable: true }) article: string | null,
    @Ctx() context: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ProposalConnection> {
    const filter = findingFilter(state, article);
    return countedConnection(page, info, {
      page: async (offset, limit) => (await context.store.proposals({ ...filter, limit, offset })).map(proposalView),
      count: () => context.store.proposalCount(filter),
    });
  }

  @Query(() => CandidateConnection, { description: "Names ingest found that match no entity, and agreements and events it found described, by article and position in its text." })
  candidates(
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Arg("state", () => ReviewState, { nullable: true }) state: ReviewState | null,
    @Arg("article", () => String, { nullable: true }) article: string | null,
    @Ctx() context: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<CandidateConnection> {
    const filter = findingFilter(state, article);
    return countedConnection(page, info, {
      page: async (offset, limit) => (await context.store.candidates({ ...filter, limit, offset })).map(candidateView),
      count: () => context.store.candidateCount(filter),
    });
  }

  @Query(() => [MentionView], { description: "Where an ingested article names known entities, with character offsets and the sentence." })
  async mentions(@Arg("article", () => String) article: string, @Ctx() context: Context): Promise<MentionView[]> {
    return (await context.store.mentionsIn(article)).map(mentionView);
  }
}

function findingFilter(state: ReviewState | null, article: string | null): FindingFilter {
  return { state: state ?? undefined, article: article ?? undefined };
}
