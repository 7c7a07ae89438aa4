/**
 * Exports of the graph for drawing and analysis tools: GraphML (Gephi, yEd),
 * GEXF (Gephi), Cytoscape.js JSON, CSV for neo4j-admin, and FollowTheMoney
 * entities and statements for Aleph, OpenSanctions and `ftm`. `runExport`
 * writes one export to outputs the caller opens (files for the CLI, the
 * response for HTTP).
 */
import type { GraphStore } from "../store/port.js";
import { cytoscapeSink } from "./cytoscape.js";
import { ftmEntitySink, ftmStatementSink } from "./ftm/sink.js";
import { gexfSink } from "./gexf.js";
import { graphmlSink } from "./graphml.js";
import { neo4jCsvSink, type CsvFile } from "./neo4jCsv.js";
import type { TextOutput } from "./output.js";
import { scopeTitle, type ExportFormat, type ExportRequest } from "./request.js";
import { exportGraph, type ExportSink } from "./scope.js";

export { exportRequest, EXPORT_FORMATS, type ExportFormat, type ExportParameters, type ExportRequest } from "./request.js";
export { CSV_FILES, NEO4J_CSV_README, type CsvFile } from "./neo4jCsv.js";
export { ExportNotFoundError, ExportScopeError } from "./scope.js";
export { writableOutput, type TextOutput } from "./output.js";

export const MEDIA_TYPES: Record<ExportFormat, string> = {
  graphml: "application/graphml+xml; charset=utf-8",
  gexf: "application/gexf+xml; charset=utf-8",
  cytoscape: "application/json; charset=utf-8",
  csv: "text/csv; charset=utf-8",
  ftm: "application/x-ndjson; charset=utf-8",
  "ftm-statements": "text/csv; charset=utf-8",
};

export const FILE_EXTENSIONS: Record<Exclude<ExportFormat, "csv">, string> = {
  graphml: "graphml", gexf: "gexf", cytoscape: "cyjs", ftm: "ftm.json", "ftm-statements": "statements.csv",
};

/** One output for a drawing format; one per CSV file for csv. */
export type ExportOutputs = TextOutput | Partial<Record<CsvFile, TextOutput>>;

function sinkFor(store: GraphStore, request: ExportRequest, outputs: ExportOutputs): ExportSink {
  const title = scopeTitle(request.scope);
  const single = () => {
    if (!("write" in outputs)) throw new Error(`${request.format} writes one output`);
    return outputs as TextOutput;
  };
  switch (request.format) {
    case "graphml": return graphmlSink(single(), title);
    case "gexf": return gexfSink(single(), title);
    case "cytoscape": return cytoscapeSink(single(), title);
    case "ftm": return ftmEntitySink(single(), store);
    case "ftm-statements": return ftmStatementSink(single(), store);
    case "csv":
      if ("write" in outputs) throw new Error("csv writes one output per file");
      return neo4jCsvSink(outputs);
  }
}

export function runExport(store: GraphStore, request: ExportRequest, outputs: ExportOutputs, pageSize?: number): Promise<void> {
  return exportGraph(store, request.scope, sinkFor(store, request, outputs), pageSize);
}
