/**
 * Reads through a running server, for commands that only read while that
 * server holds the embedded store (Kùzu locks every other process out of it,
 * read-only opens included): counts through GraphQL, exports through GET /export.
 */
import { NODE_KINDS, RELATIONSHIP_TYPES, type NodeKind, type RelationshipType } from "../domain/ontology.js";
import type { GraphCounts } from "../domain/records.js";
import { CSV_FILES, ExportScopeError, type CsvFile, type ExportOutputs, type ExportParameters, type ExportRequest, type TextOutput } from "../export/index.js";
import { writeExportFiles } from "../export/files.js";

const COUNTS_QUERY = "{ counts { nodes { name count } relationships { name count } evidence relationshipsWithoutEvidence } }";

interface KindCount {
  readonly name: string;
  readonly count: number;
}

export async function countsThroughServer(baseUrl: string): Promise<GraphCounts> {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: COUNTS_QUERY }),
  });
  const body = await response.json() as { data?: { counts: { nodes: KindCount[]; relationships: KindCount[]; evidence: number; relationshipsWithoutEvidence: number } }; errors?: { message: string }[] };
  if (!body.data) throw new Error(`the server at ${baseUrl} did not answer the counts: ${body.errors?.[0]?.message ?? response.statusText}`);
  const { counts } = body.data;
  const byName = (list: KindCount[]) => new Map(list.map((c) => [c.name, c.count]));
  const nodes = byName(counts.nodes);
  const relationships = byName(counts.relationships);
  return {
    nodes: Object.fromEntries(NODE_KINDS.map((k) => [k, nodes.get(k) ?? 0])) as Record<NodeKind, number>,
    relationships: Object.fromEntries(RELATIONSHIP_TYPES.map((t) => [t, relationships.get(t) ?? 0])) as Record<RelationshipType, number>,
    evidence: counts.evidence,
    relationshipsWithoutEvidence: counts.relationshipsWithoutEvidence,
  };
}

/** Writes the export the server answers for `parameters` to `out`, as `kg export` would write it from the store. */
export function exportThroughServer(baseUrl: string, parameters: ExportParameters, request: ExportRequest, out: string): Promise<string[]> {
  return writeExportFiles(request, out, async (outputs: ExportOutputs) => {
    if (request.format !== "csv") return download(baseUrl, parameters, outputs as TextOutput);
    const files = outputs as Record<CsvFile, TextOutput>;
    for (const file of CSV_FILES) await download(baseUrl, { ...parameters, file }, files[file]);
  });
}

async function download(baseUrl: string, parameters: ExportParameters, output: TextOutput): Promise<void> {
  const query = new URLSearchParams(Object.entries(parameters).filter((entry): entry is [string, string] => entry[1] !== undefined));
  const response = await fetch(`${baseUrl}/export?${query}`);
  if (!response.ok) {
    const { error } = await response.json().catch(() => ({ error: response.statusText })) as { error: string };
    throw new ExportScopeError(`the server at ${baseUrl} refused the export: ${error}`);
  }
  const decoder = new TextDecoder();
  for await (const chunk of response.body!) await output.write(decoder.decode(chunk as Uint8Array, { stream: true }));
  const rest = decoder.decode();
  if (rest) await output.write(rest);
}
