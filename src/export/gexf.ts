/**
 * GEXF 1.3 (gexf.net), Gephi's own format: node and edge attributes declared
 * up front, a label per node (its name) and per edge (its type), then the
 * values as <attvalues>. GEXF wants all nodes before any edge, which is the
 * order the export delivers them in.
 */
import type { IndexedEntity } from "../domain/records.js";
import { EDGE_COLUMNS, edgeRow, NODE_COLUMNS, nodeRow, type ColumnSpec, type Row } from "./attributes.js";
import { xmlText, type TextOutput } from "./output.js";
import type { ExportEdge, ExportSink } from "./scope.js";

const GEXF_TYPES = { string: "string", boolean: "boolean", int: "integer" } as const;

function attributes(target: "node" | "edge", columns: readonly ColumnSpec[]): string {
  const lines = columns.map((c) => `      <attribute id="${xmlText(c.name)}" title="${xmlText(c.name)}" type="${GEXF_TYPES[c.type]}"/>\n`);
  return `    <attributes class="${target}" mode="static">\n${lines.join("")}    </attributes>\n`;
}

function attvalues(row: Row): string {
  const values = Object.entries(row).map(([name, v]) => `<attvalue for="${xmlText(name)}" value="${xmlText(v)}"/>`);
  return `<attvalues>${values.join("")}</attvalues>`;
}

const node = (e: IndexedEntity) => `      <node id="${xmlText(e.id)}" label="${xmlText(e.name)}">${attvalues(nodeRow(e))}</node>\n`;
const edge = (e: ExportEdge) =>
  `      <edge id="${xmlText(e.relationship.id)}" source="${xmlText(e.relationship.from)}" target="${xmlText(e.relationship.to)}" label="${e.relationship.type}">${attvalues(edgeRow(e))}</edge>\n`;

export function gexfSink(out: TextOutput, title: string): ExportSink {
  let section: "none" | "nodes" | "edges" = "none";
  const enter = async (next: "nodes" | "edges") => {
    if (section === "none") {
      await out.write(`<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" version="1.3">
  <meta><creator>health-cooperation-kg</creator><description>${xmlText(title)}</description></meta>
  <graph mode="static" defaultedgetype="directed">
${attributes("node", NODE_COLUMNS)}${attributes("edge", EDGE_COLUMNS)}    <nodes>
`);
      section = "nodes";
    }
    if (next === "edges" && section === "nodes") {
      await out.write("    </nodes>\n    <edges>\n");
      section = "edges";
    }
  };
  return {
    async nodes(page) {
      await enter("nodes");
      if (page.length) await out.write(page.map(node).join(""));
    },
    async edges(page) {
      await enter("edges");
      if (page.length) await out.write(page.map(edge).join(""));
    },
    async end() {
      await enter("edges");
      await out.write("    </edges>\n  </graph>\n</gexf>\n");
    },
  };
}
