/**
 * Promotion by confidence: off unless KG_INGEST_AUTO_ACCEPT sets a
 * threshold. A promoted proposal is accepted by the same acceptProposal
 * change a curator makes, its actor naming the threshold, so the audit trail
 * says a rule, not a person, accepted it.
 */
import { createHash } from "node:crypto";
import { ReviewState } from "../domain/records.js";
import type { ChangeRecord } from "../store/curation.js";
import type { ProposalRecord } from "../store/findings.js";
import type { GraphStore } from "../store/port.js";

export const AUTO_ACCEPT_SETTING = "KG_INGEST_AUTO_ACCEPT";

export class AutoAcceptSettingError extends Error {}

/** The threshold from the environment: a confidence above 0 and at most 1, or null (promote nothing) when unset. */
export function autoAcceptThreshold(env: NodeJS.ProcessEnv = process.env): number | null {
  const text = env[AUTO_ACCEPT_SETTING]?.trim();
  if (!text) return null;
  const value = Number(text);
  if (!/^\d*\.?\d+$/.test(text) || value <= 0 || value > 1) {
    throw new AutoAcceptSettingError(`${AUTO_ACCEPT_SETTING} must be a confidence above 0 and at most 1 (e.g. 0.95), or unset to promote nothing; got "${text}"`);
  }
  return value;
}

/** The actor a promotion is recorded under. */
export const promoter = (threshold: number) => `ingest (${AUTO_ACCEPT_SETTING}: confidence ≥ ${threshold})`;

/**
 * Accepts every open proposal of the article at or above the threshold whose
 * ends are both entities (a candidate needs a person to say what it is).
 * Each is one curation change, with an id derived from the proposal so a
 * repeated ingest applies it once.
 */
export async function promoteConfident(store: GraphStore, proposals: readonly ProposalRecord[], threshold: number): Promise<ChangeRecord[]> {
  const actor = promoter(threshold);
  const changes: ChangeRecord[] = [];
  for (const p of proposals) {
    if (p.state !== ReviewState.proposed || p.confidence < threshold || p.from.startsWith("candidate:") || p.to.startsWith("candidate:")) continue;
    const id = `change:${createHash("sha256").update(`${actor}\u0000${p.id}`).digest("hex").slice(0, 32)}`;
    changes.push(await store.curate({ id, actor, at: new Date().toISOString(), operation: { kind: "acceptProposal", proposal: p.id } }));
  }
  return changes;
}
