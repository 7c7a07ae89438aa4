/**
 * An export written to disk, as `kg export` does it: one file for a drawing
 * format, or a folder of CSV files (with a README holding the neo4j-admin
 * command) for csv. A file is written beside its final name and renamed into
 * place at the end, so a failed export leaves no half file behind.
 */
import { createWriteStream, mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { finished } from "node:stream/promises";
import { dirname, join } from "node:path";
import type { GraphStore } from "../store/port.js";
import { CSV_FILES, NEO4J_CSV_README, type CsvFile } from "./neo4jCsv.js";
import { writableOutput, type TextOutput } from "./output.js";
import type { ExportRequest } from "./request.js";
import { runExport, type ExportOutputs } from "./index.js";

interface OpenFile {
  readonly path: string;
  readonly output: TextOutput;
  close(): Promise<void>;
  discard(): Promise<void>;
}

function openFile(path: string): OpenFile {
  const partial = `${path}.partial`;
  const stream = createWriteStream(partial);
  return {
    path,
    output: writableOutput(stream),
    async close() {
      stream.end();
      await finished(stream);
      renameSync(partial, path);
    },
    async discard() {
      // The export has failed already; an error of this stream on its way down adds nothing.
      stream.on("error", () => undefined);
      // A stream still opening its file creates it after destroy(); only its close means the file is done with.
      if (!stream.closed) await new Promise<void>((resolve) => stream.destroy().once("close", () => resolve()));
      rmSync(partial, { force: true });
    },
  };
}

/** Writes the export and answers the paths written. */
export function exportToPath(store: GraphStore, request: ExportRequest, out: string): Promise<string[]> {
  return writeExportFiles(request, out, (outputs) => runExport(store, request, outputs));
}

/** Writes what `fill` puts in the outputs (one, or one per CSV file) to `out`, and answers the paths written. */
export async function writeExportFiles(request: ExportRequest, out: string, fill: (outputs: ExportOutputs) => Promise<void>): Promise<string[]> {
  const csv = request.format === "csv";
  mkdirSync(csv ? out : dirname(out), { recursive: true });
  const files = csv ? CSV_FILES.map((f) => [f, openFile(join(out, `${f}.csv`))] as const) : [["graph", openFile(out)] as const];
  try {
    const outputs = csv ? Object.fromEntries(files.map(([f, file]) => [f as CsvFile, file.output])) : files[0]![1].output;
    await fill(outputs);
    for (const [, file] of files) await file.close();
  } catch (error) {
    for (const [, file] of files) await file.discard();
    throw error;
  }
  if (!csv) return [out];
  writeFileSync(join(out, "README.txt"), NEO4J_CSV_README);
  return [...files.map(([, file]) => file.path), join(out, "README.txt")];
}
