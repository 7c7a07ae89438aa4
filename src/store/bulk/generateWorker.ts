/** A worker thread that writes one part of a synthetic graph (partWriter.ts) and hands back its tally. */
import { parentPort, workerData } from "node:worker_threads";
import type { SyntheticOptions } from "../../synthetic/generate.js";
import { writePart } from "./partWriter.js";

export interface PartJob {
  readonly dir: string;
  readonly options: SyntheticOptions;
  readonly part: number;
  readonly parts: number;
}

export type PartMessage = { readonly done: number } | { readonly result: ReturnType<typeof writePart> };

const job = workerData as PartJob;
const port = parentPort!;
const result = writePart(job.dir, job.options, job.part, job.parts, (done) => port.postMessage({ done } satisfies PartMessage));
// The degree counters go back without a copy: at 10^6 entities they are 4 MB a part.
port.postMessage({ result } satisfies PartMessage, [result.tally.degrees.buffer as ArrayBuffer]);
