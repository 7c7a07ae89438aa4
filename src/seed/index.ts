/** The seed dataset: read, validated as a whole, returned as one batch or not at all. */
import { access } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { join } from "node:path";
import type { GraphBatch } from "../domain/records.js";
import { ProblemList } from "./problems.js";
import { readSeedFolder } from "./read.js";
import { buildSeedGraph } from "./validate.js";

export { SeedValidationError, type SeedProblem } from "./problems.js";

/** The project's own seed folder. */
export const DEFAULT_SEED_DIR = fileURLToPath(new URL("../../../seed", import.meta.url));

/** Throws SeedValidationError listing every problem; a valid seed becomes one GraphBatch. */
export async function readSeedGraph(dir: string = DEFAULT_SEED_DIR): Promise<GraphBatch> {
  const problems = new ProblemList();
  for (const sub of ["entities", "articles"]) {
    try {
      await access(join(dir, sub));
    } catch {
      problems.add(join(dir, sub), "", "", "is missing: a seed folder holds entities/ and articles/");
    }
  }
  problems.throwIfAny();
  const raw = await readSeedFolder(dir, problems);
  return buildSeedGraph(raw, problems);
}
