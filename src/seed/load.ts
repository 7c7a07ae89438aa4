/**
 * Puts the seed into a store, and knows whether it must: the store keeps a
 * fingerprint of the seed it holds, so a server reloads only when seed/ changed.
 */
import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import { join, relative } from "node:path";
import type { GraphBatch } from "../domain/records.js";
import type { GraphStore } from "../store/port.js";
import { withCuration } from "../store/overrides.js";
import { readSeedGraph } from "./index.js";

/** The seed's origin tag: a reload replaces exactly what the seed wrote before. */
export const SEED_ORIGIN = "seed";
const FINGERPRINT = "seedFingerprint";

async function filesBelow(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(entries.map((e) => (e.isDirectory() ? filesBelow(join(dir, e.name)) : [join(dir, e.name)])));
  return nested.flat().sort();
}

/** A hash of every file's path and bytes under the seed folder. */
export async function seedFingerprint(dir: string): Promise<string> {
  const hash = createHash("sha256");
  for (const file of await filesBelow(dir)) {
    hash.update(relative(dir, file)).update("\u0000").update(await readFile(file)).update("\u0000");
  }
  return hash.digest("hex");
}

export interface LoadObserver {
  /** The seed validated; nothing is written yet. */
  valid?(batch: GraphBatch): void;
  progress?(done: number, total: number): void;
}

/** Validates and loads the seed in one transaction, then records which seed the store holds. */
export async function loadSeed(store: GraphStore, dir: string, observer: LoadObserver = {}): Promise<void> {
  const fingerprint = await seedFingerprint(dir);
  const batch = await readSeedGraph(dir);
  observer.valid?.(batch);
  await replaceSeed(store, batch, observer.progress);
  await store.writeMarker(FINGERPRINT, fingerprint);
}

/**
 * Makes the store hold `batch` as the seed, minus what curators corrected
 * since: a reload does not bring back a retracted relationship or a merged
 * entity, nor revert what a curator wrote. A change committed between reading
 * the corrections and writing the seed is respected from the next reload on.
 */
export async function replaceSeed(
  store: GraphStore, batch: GraphBatch, onProgress?: (done: number, total: number) => void,
): Promise<void> {
  const overrides = await store.curationOverrides();
  await store.replaceOrigin(SEED_ORIGIN, withCuration(batch, overrides), onProgress);
}

/** Loads the seed unless the store already holds exactly this one; says whether it loaded. */
export async function ensureSeedLoaded(store: GraphStore, dir: string): Promise<boolean> {
  if ((await store.readMarker(FINGERPRINT)) === (await seedFingerprint(dir))) return false;
  await loadSeed(store, dir);
  return true;
}
