/** `kg load`, `kg stats`, `kg schema`: the seed into the store, the store's counts, the API's schema. */
import { statSync } from "node:fs";
import { NODE_KINDS, RELATIONSHIP_TYPES } from "../../domain/ontology.js";
import type { GraphCounts } from "../../domain/records.js";
import { schemaSDL } from "../../graphql/schema.js";
import { DEFAULT_SEED_DIR } from "../../seed/index.js";
import { loadSeed } from "../../seed/load.js";
import { progressReporter } from "../progress.js";
import { InputPathError } from "../usage.js";
import { countsThroughServer } from "../../server/client.js";
import { withStore } from "./store.js";

/** Checked before the store opens, so a typo costs no start-up. */
function seedFolder(dir: string): string {
  const stat = statSync(dir, { throwIfNoEntry: false });
  if (!stat?.isDirectory()) throw new InputPathError(`--seed ${dir}: no such folder; give a folder laid out like seed/ (articles/, entities/)`);
  return dir;
}

export async function load(seed: string | undefined): Promise<number> {
  const seedDir = seed === undefined ? DEFAULT_SEED_DIR : seedFolder(seed);
  const started = Date.now();
  await withStore(async (store) => {
    const info = await store.info();
    await loadSeed(store, seedDir, {
      valid: (batch) => process.stderr.write(
        `Seed is valid: ${batch.entities.length} entities, ${batch.relationships.length} relationships, ${batch.evidence.length} pieces of evidence.\n` +
        `Loading into ${info.store} ${info.version} at ${info.location}\n`,
      ),
      progress: progressReporter("load"),
    });
  });
  process.stderr.write(`Loaded in ${((Date.now() - started) / 1000).toFixed(1)} s.\n`);
  return 0;
}

/** Counts keyed by the ontology's names, flat, in the ontology's order. */
export function statsJson(counts: GraphCounts): Record<string, number> {
  return {
    ...Object.fromEntries(NODE_KINDS.map((k) => [k, counts.nodes[k]])),
    ...Object.fromEntries(RELATIONSHIP_TYPES.map((t) => [t, counts.relationships[t]])),
    evidence: counts.evidence,
    relationshipsWithoutEvidence: counts.relationshipsWithoutEvidence,
  };
}

export async function stats(json: boolean): Promise<number> {
  const counts = await withStore((store) => store.counts(), countsThroughServer);
  if (json) {
    process.stdout.write(`${JSON.stringify(statsJson(counts), null, 2)}\n`);
    return 0;
  }
  const rows = Object.entries(statsJson(counts));
  const width = Math.max(...rows.map(([k]) => k.length));
  for (const [key, count] of rows) process.stdout.write(`${key.padEnd(width)}  ${count}\n`);
  return 0;
}

export async function schema(): Promise<number> {
  process.stdout.write(await schemaSDL());
  return 0;
}
