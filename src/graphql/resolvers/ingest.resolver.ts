/**
 * Ingest: curators feed articles in and review what the machine read. Every
 * mutation needs an API key like curation's; an accepted proposal becomes a
 * fact through the same curation change (recorded, retry-safe through
 * clientMutationId), with its sentence as machine evidence. Proposals and
 * candidates are only ever answered by the queries named for them.
 */
import { Arg, Args, Ctx, Mutation, Query, Resolver } from "type-graphql";
import { GraphQLError } from "graphql";
import { entityId, slugify } from "../../domain/ids.js";
import { indexEntity } from "../../domain/indexing.js";
import { ReviewState } from "../../domain/records.js";
import { ingestArticle, IngestInputError } from "../../ingest/ingest.js";
import { autoAcceptThreshold, AutoAcceptSettingError, factOf } from "../../ingest/promote.js";
import type { CandidateRecord, FindingQuery, MentionRecord, ProposalRecord } from "../../store/findings.js";
import type { Context } from "../context.js";
import { badInput } from "../errors.js";
import { AcceptCandidateInput, AcceptProposalInput, IngestArticleInput, RejectFindingInput } from "../inputs/ingest.inputs.js";
import { PageArgs } from "../inputs/page.args.js";
import { positionAfter } from "../pagination.js";
import { viewOf } from "../types/entity.type.js";
import { CandidatePayload, CandidateView, IngestPayload, MentionView, ProposalPayload, ProposalView } from "../types/ingest.type.js";
import { apply, curator } from "./curation.resolver.js";

/** More than any article of LONGEST_ARTICLE characters yields. */
const FINDINGS_PER_ARTICLE = 100_000;

const proposalView = (p: ProposalRecord): ProposalView => ({ ...p, properties: JSON.stringify(p.properties) });
const candidateView = (c: CandidateRecord): CandidateView => ({ ...c });
const mentionView = (m: MentionRecord): MentionView => ({ ...m });

function unknownFinding(id: string): GraphQLError {
  return new GraphQLError(`No proposal or candidate has the id "${id}"`, { extensions: { code: "NOT_FOUND", id } });
}

function conflict(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: "CONFLICT" } });
}

@Resolver()
export class IngestResolver {
  @Mutation(() => IngestPayload, { description: "Reads an article: stores it as a source, links its mentions of known entities, and proposes MENTIONS, candidates and relationships for review. An article whose URL is known is that article: reading it again writes only what is new to review, and never brings back what a curator rejected." })
  async ingestArticle(@Arg("input", () => IngestArticleInput) input: IngestArticleInput, @Ctx() context: Context): Promise<IngestPayload> {
    curator(context);
    try {
      const report = await ingestArticle(context.store, input, { autoAccept: autoAcceptThreshold() });
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

  @Mutation(() => ProposalPayload, { description: "Makes a proposal a curated fact, its sentence the evidence; `from`/`to` replace an end that is wrong or still a candidate." })
  async acceptProposal(@Arg("input", () => AcceptProposalInput) input: AcceptProposalInput, @Ctx() context: Context): Promise<ProposalPayload> {
    const actor = curator(context);
    const proposal = await context.store.proposalById(input.id);
    if (!proposal) throw unknownFinding(input.id);
    if (proposal.state === ReviewState.rejected) throw conflict(`${proposal.id} was rejected by ${proposal.reviewedBy}`);
    const [from, to] = await Promise.all([endOf(context, input.from ?? proposal.from), endOf(context, input.to ?? proposal.to)]);
    const { relationship, evidence } = factOf(proposal, from, to);
    const change = await apply(context, { kind: "addRelationship", relationship, evidence: [evidence] }, input.clientMutationId);
    await context.store.reviewFinding("proposal", { id: proposal.id, state: ReviewState.accepted, actor, at: change.at, outcome: change.id });
    const reviewed = await context.store.proposalById(proposal.id);
    return { clientMutationId: input.clientMutationId, proposal: proposalView(reviewed!), relationship, change };
  }

  @Mutation(() => ProposalPayload, { description: "Rejects a proposal: it never becomes a fact and stays in the record as rejected." })
  async rejectProposal(@Arg("input", () => RejectFindingInput) input: RejectFindingInput, @Ctx() context: Context): Promise<ProposalPayload> {
    const actor = curator(context);
    const proposal = await context.store.proposalById(input.id);
    if (!proposal) throw unknownFinding(input.id);
    if (proposal.state === ReviewState.accepted) throw conflict(`${proposal.id} is a fact already (change ${proposal.change}); retract the relationship instead`);
    await context.store.reviewFinding("proposal", { id: proposal.id, state: ReviewState.rejected, actor, at: new Date().toISOString(), outcome: null });
    return { proposal: proposalView((await context.store.proposalById(proposal.id))!), relationship: null, change: null };
  }

  @Mutation(() => CandidatePayload, { description: "Makes a candidate an entity (or points it at the entity of that kind and name already in the graph)." })
  async acceptCandidate(@Arg("input", () => AcceptCandidateInput) input: AcceptCandidateInput, @Ctx() context: Context): Promise<CandidatePayload> {
    const actor = curator(context);
    const candidate = await context.store.candidateById(input.id);
    if (!candidate) throw unknownFinding(input.id);
    if (candidate.state === ReviewState.rejected) throw conflict(`${candidate.id} was rejected by ${candidate.reviewedBy}`);
    const kind = input.kind ?? candidate.kind;
    const name = input.name ?? candidate.name;
    const id = entityId(kind, slugify(name));
    const [present] = await context.store.entitiesById([id]);
    const change = present ? null : await apply(context, {
      kind: "upsertEntity", entity: indexEntity({ id, kind, name, names: { [candidate.language]: candidate.name }, aliases: [], attributes: {} }, []),
    }, input.clientMutationId);
    await context.store.reviewFinding("candidate", { id: candidate.id, state: ReviewState.accepted, actor, at: new Date().toISOString(), outcome: id });
    const [entity] = await context.store.entitiesById([id]);
    return { clientMutationId: input.clientMutationId, candidate: candidateView((await context.store.candidateById(candidate.id))!), entity: viewOf(entity!), change };
  }

  @Mutation(() => CandidatePayload, { description: "Rejects a candidate entity." })
  async rejectCandidate(@Arg("input", () => RejectFindingInput) input: RejectFindingInput, @Ctx() context: Context): Promise<CandidatePayload> {
    const actor = curator(context);
    const candidate = await context.store.candidateById(input.id);
    if (!candidate) throw unknownFinding(input.id);
    if (candidate.state === ReviewState.accepted) throw conflict(`${candidate.id} became ${candidate.entity} already`);
    await context.store.reviewFinding("candidate", { id: candidate.id, state: ReviewState.rejected, actor, at: new Date().toISOString(), outcome: null });
    return { candidate: candidateView((await context.store.candidateById(candidate.id))!), entity: null, change: null };
  }

  @Query(() => [ProposalView], { description: "Machine-read relationships awaiting (or past) review; never part of any other answer." })
  async proposals(
    @Args(() => PageArgs) page: PageArgs,
    @Arg("state", () => ReviewState, { nullable: true }) state: ReviewState | null,
    @Arg("article", () => String, { nullable: true }) article: string | null,
    @Ctx() context: Context,
  ): Promise<ProposalView[]> {
    return (await context.store.proposals(findingQuery(page, state, article))).map(proposalView);
  }

  @Query(() => [CandidateView], { description: "Names ingest found that match no entity, and agreements and events it found described." })
  async candidates(
    @Args(() => PageArgs) page: PageArgs,
    @Arg("state", () => ReviewState, { nullable: true }) state: ReviewState | null,
    @Arg("article", () => String, { nullable: true }) article: string | null,
    @Ctx() context: Context,
  ): Promise<CandidateView[]> {
    return (await context.store.candidates(findingQuery(page, state, article))).map(candidateView);
  }

  @Query(() => [MentionView], { description: "Where an ingested article names known entities, with character offsets and the sentence." })
  async mentions(@Arg("article", () => String) article: string, @Ctx() context: Context): Promise<MentionView[]> {
    return (await context.store.mentionsIn(article)).map(mentionView);
  }
}

function findingQuery(page: PageArgs, state: ReviewState | null, article: string | null): FindingQuery {
  return { state: state ?? undefined, article: article ?? undefined, limit: page.first, offset: positionAfter(page.after) };
}

/** An end as an entity id: a candidate stands for the entity it became, and must have become one. */
async function endOf(context: Context, id: string): Promise<string> {
  if (!id.startsWith("candidate:")) return id;
  const candidate = await context.store.candidateById(id);
  if (!candidate) throw unknownFinding(id);
  if (!candidate.entity) throw badInput(`${id} ("${candidate.name}") is still a candidate: accept it first (acceptCandidate), or give another entity as from/to`);
  return candidate.entity;
}
