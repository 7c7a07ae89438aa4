/**
 * What a new reading of an article must not bring back: a proposal or
 * candidate a curator rejected for this article (whatever sentence or rule
 * finds it again), and a statement the graph already holds with evidence from
 * this very article. What is left is only what is new to review.
 */
import { foldName } from "../domain/names.js";
import { RELATIONSHIPS } from "../domain/ontology.js";
import { statementId } from "../domain/ids.js";
import { ReviewState } from "../domain/records.js";
import type { ArticleFindings, CandidateRecord, ProposalRecord } from "../store/findings.js";
import type { GraphStore } from "../store/port.js";

/** More than any article yields. */
const FINDINGS_PER_ARTICLE = 100_000;

const proposalKey = (p: Pick<ProposalRecord, "type" | "from" | "to">) => `${p.type} ${p.from} ${p.to}`;
const candidateKey = (c: Pick<CandidateRecord, "kind" | "name">) => `${c.kind} ${foldName(c.name)}`;

/** The statement id a proposal between two entities would become. */
export function statementOf(p: Pick<ProposalRecord, "type" | "from" | "to" | "properties">, from = p.from, to = p.to): string {
  return statementId(p.type, from, to, RELATIONSHIPS[p.type].identity.map((k) => String(p.properties[k] ?? "")));
}

const isCandidate = (id: string) => id.startsWith("candidate:");

export async function withoutSettled(store: GraphStore, findings: ArticleFindings): Promise<ArticleFindings> {
  const rejected = { article: findings.article, state: ReviewState.rejected, limit: FINDINGS_PER_ARTICLE, offset: 0 };
  const rejectedProposals = new Set((await store.proposals(rejected)).map(proposalKey));
  const rejectedCandidates = new Set((await store.candidates(rejected)).map(candidateKey));
  const dropped = new Set(findings.candidates.filter((c) => rejectedCandidates.has(candidateKey(c))).map((c) => c.id));
  const open = findings.proposals.filter((p) => !rejectedProposals.has(proposalKey(p)) && !dropped.has(p.from) && !dropped.has(p.to));
  const between = open.filter((p) => !isCandidate(p.from) && !isCandidate(p.to));
  const evidence = await store.evidenceFor(between.map((p) => statementOf(p)));
  const supported = new Set(between.filter((_, i) => evidence[i].some((e) => e.article === findings.article)).map((p) => p.id));
  const proposals = open.filter((p) => !supported.has(p.id));
  const used = new Set(proposals.flatMap((p) => [p.from, p.to]));
  // A described agreement or event is only a candidate while a proposal needs it.
  const candidates = findings.candidates.filter((c) => !dropped.has(c.id) && (used.has(c.id) || !isDescribed(c)));
  return { ...findings, candidates, proposals };
}

const isDescribed = (c: CandidateRecord) => c.kind === "Agreement" || c.kind === "Event";
