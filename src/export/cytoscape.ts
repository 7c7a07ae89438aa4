/**
 * Cytoscape.js JSON: `{ "elements": { "nodes": [...], "edges": [...] } }`
 * with each element's columns in `data`, as `cy.json()` writes and
 * `cytoscape({ elements })` and Cytoscape desktop read it. Written element by
 * element, so the whole graph never sits in one string.
 */
import type { IndexedEntity } from "../domain/records.js";
import { edgeRow, nodeRow } from "./attributes.js";
import type { TextOutput } from "./output.js";
import type { ExportEdge, ExportSink } from "./scope.js";

const node = (e: IndexedEntity) => JSON.stringify({ data: { ...nodeRow(e), id: e.id, label: e.name } });
const edge = (e: ExportEdge) =>
  JSON.stringify({ data: { ...edgeRow(e), id: e.relationship.id, source: e.relationship.from, target: e.relationship.to, label: e.relationship.type } });

export function cytoscapeSink(out: TextOutput, title: string): ExportSink {
  let section: "none" | "nodes" | "edges" = "none";
  let first = true;
  const enter = async (next: "nodes" | "edges") => {
    if (section === "none") {
      await out.write(`{"data":{"name":${JSON.stringify(title)}},"elements":{"nodes":[`);
      section = "nodes";
    }
    if (next === "edges" && section === "nodes") {
      await out.write(`\n],"edges":[`);
      section = "edges";
      first = true;
    }
  };
  const elements = async (lines: string[]) => {
    if (!lines.length) return;
    await out.write((first ? "\n" : ",\n") + lines.join(",\n"));
    first = false;
  };
  return {
    async nodes(page) {
      await enter("nodes");
      await elements(page.map(node));
    },
    async edges(page) {
      await enter("edges");
      await elements(page.map(edge));
    },
    async end() {
      await enter("edges");
      await out.write("\n]}}\n");
    },
  };
}
