/**
 * A curator's review of what ingest found, and ingest itself, as curation
 * changes: each is read and decided inside the change's transaction, so one
 * finding is accepted or rejected once, and every review and every ingest is
 * in the change record.
 */
import { entityId, evidenceId, slugify, statementId } from "../domain/ids.js";
import { indexEntity } from "../domain/indexing.js";
import { RELATIONSHIPS } from "../domain/ontology.js";
import { ExtractionMethod, ReviewState, type Evidence, type Relationship } from "../domain/records.js";
import { CurationError, type CurationChange } from "./curation.js";
import type { CurationQueries } from "./curationQueries.js";
import { addRelationship, createEntity, type Effect, type Operation } from "./curate.js";
import type { CandidateRecord, ProposalRecord } from "./findings.js";

async function pendingProposal(q: CurationQueries, id: string): Promise<ProposalRecord> {
  const proposal = await q.findings.proposal(id);
  if (!proposal) throw new CurationError("NOT_FOUND", `no proposal ${id}`);
  if (proposal.state === ReviewState.rejected) throw new CurationError("CONFLICT", `${id} was rejected by ${proposal.reviewedBy}`);
  if (proposal.state === ReviewState.accepted) {
    throw new CurationError("CONFLICT", `${id} was accepted by ${proposal.reviewedBy} already (change ${proposal.change}); retract the relationship to undo it`);
  }
  return proposal;
}

async function pendingCandidate(q: CurationQueries, id: string): Promise<CandidateRecord> {
  const candidate = await q.findings.candidate(id);
  if (!candidate) throw new CurationError("NOT_FOUND", `no candidate ${id}`);
  if (candidate.state === ReviewState.rejected) throw new CurationError("CONFLICT", `${id} was rejected by ${candidate.reviewedBy}`);
  if (candidate.state === ReviewState.accepted) throw new CurationError("CONFLICT", `${id} became ${candidate.entity} already`);
  return candidate;
}

/** An end as an entity id: a candidate stands for the entity it became, and must have become one. */
async function endOf(q: CurationQueries, id: string): Promise<string> {
  if (!id.startsWith("candidate:")) return id;
  const candidate = await q.findings.candidate(id);
  if (!candidate) throw new CurationError("NOT_FOUND", `no candidate ${id}`);
  if (!candidate.entity) {
    throw new CurationError("INVALID", `${id} ("${candidate.name}") is still a candidate: accept it first (acceptCandidate), or give another entity as from/to`);
  }
  return candidate.entity;
}

export async function acceptProposal(q: CurationQueries, operation: Operation<"acceptProposal">, change: CurationChange): Promise<Effect> {
  const proposal = await pendingProposal(q, operation.proposal);
  const [from, to] = [await endOf(q, operation.from ?? proposal.from), await endOf(q, operation.to ?? proposal.to)];
  const type = operation.type ?? proposal.type;
  const spec = RELATIONSHIPS[type];
  // A curator who retypes a proposal keeps what the new type can hold (a HOLDS_POSITION retyped as COOPERATES_WITH loses its title).
  const properties = type === proposal.type ? proposal.properties
    : Object.fromEntries(Object.entries(proposal.properties).filter(([name]) => Object.hasOwn(spec.properties, name)));
  const id = statementId(type, from, to, spec.identity.map((k) => String(properties[k] ?? "")));
  const relationship: Relationship = { id, type, from, to, properties };
  const evidence: Evidence = {
    id: evidenceId(id, proposal.article, proposal.quote), subject: id, article: proposal.article, quote: proposal.quote, gloss: null,
    method: ExtractionMethod.machine, confidence: proposal.confidence, reviewState: ReviewState.accepted,
  };
  const added = await addRelationship(q, { kind: "addRelationship", relationship, evidence: [evidence] });
  await q.findings.review("proposal", { id: proposal.id, state: ReviewState.accepted, actor: change.actor, at: change.at, outcome: change.id });
  const edited = type !== proposal.type || operation.from !== undefined || operation.to !== undefined;
  const proposed = edited ? { proposed: { type: proposal.type, from: proposal.from, to: proposal.to } } : {};
  return { summary: { proposal: proposal.id, ...proposed, ...added.summary }, subject: id, alsoAbout: proposal.id };
}

export async function rejectProposal(q: CurationQueries, { proposal: id }: Operation<"rejectProposal">, change: CurationChange): Promise<Effect> {
  const proposal = await pendingProposal(q, id);
  await q.findings.review("proposal", { id, state: ReviewState.rejected, actor: change.actor, at: change.at, outcome: null });
  return { summary: { type: proposal.type, from: proposal.from, to: proposal.to, article: proposal.article } };
}

export async function acceptCandidate(q: CurationQueries, operation: Operation<"acceptCandidate">, change: CurationChange): Promise<Effect> {
  const candidate = await pendingCandidate(q, operation.candidate);
  if (operation.entity !== undefined) return linkCandidate(q, candidate, operation, change);
  const kind = operation.entityKind ?? candidate.kind;
  const name = operation.name ?? candidate.name;
  const slug = slugify(name);
  if (!slug) throw new CurationError("INVALID", `name "${name}" has no letter or digit to make an id from`);
  const [id] = await q.resolve([entityId(kind, slug)]);
  const present = (await q.kinds([id])).has(id);
  const created = present ? null : await createEntity(q, {
    kind: "createEntity",
    // A name the curator gives says the article's words are not one: they do not become its label either.
    entity: indexEntity({ id, kind, name, names: operation.name === undefined ? { [candidate.language]: candidate.name } : {}, aliases: [], labels: [], attributes: {} }, []),
  });
  await q.findings.review("candidate", { id: candidate.id, state: ReviewState.accepted, actor: change.actor, at: change.at, outcome: id });
  return { summary: { candidate: candidate.id, kind, name, created: created !== null }, subject: id, alsoAbout: candidate.id };
}

/** The candidate is an entity the graph holds already (under another name or kind than ingest read): it points there, and nothing is created. */
async function linkCandidate(q: CurationQueries, candidate: CandidateRecord, operation: Operation<"acceptCandidate">, change: CurationChange): Promise<Effect> {
  if (operation.entityKind !== undefined || operation.name !== undefined) {
    throw new CurationError("INVALID", `${candidate.id}: give entity to link it to one in the graph, or kind and name to make a new one, not both`);
  }
  const [id] = await q.resolve([operation.entity!]);
  const kind = (await q.kinds([id])).get(id);
  if (!kind) throw new CurationError("NOT_FOUND", `no entity ${operation.entity} to link ${candidate.id} to`);
  await q.findings.review("candidate", { id: candidate.id, state: ReviewState.accepted, actor: change.actor, at: change.at, outcome: id });
  return { summary: { candidate: candidate.id, kind, name: candidate.name, linked: true, created: false }, subject: id, alsoAbout: candidate.id };
}

export async function rejectCandidate(q: CurationQueries, { candidate: id }: Operation<"rejectCandidate">, change: CurationChange): Promise<Effect> {
  const candidate = await pendingCandidate(q, id);
  await q.findings.review("candidate", { id, state: ReviewState.rejected, actor: change.actor, at: change.at, outcome: null });
  return { summary: { kind: candidate.kind, name: candidate.name, article: candidate.article } };
}

export async function ingestArticle(q: CurationQueries, { findings }: Operation<"ingestArticle">): Promise<Effect> {
  await q.writeFindings(findings);
  return {
    summary: { mentions: findings.mentions.length, candidates: findings.candidates.length, proposals: findings.proposals.length },
  };
}
