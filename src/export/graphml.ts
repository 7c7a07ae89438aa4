/**
 * GraphML (graphml.graphdrawing.org), as Gephi, yEd and Cytoscape desktop read
 * it: one directed graph, a <key> per node and edge column declared up front,
 * then nodes, then edges, each with a <data> element per column it has.
 */
import type { IndexedEntity } from "../domain/records.js";
import { EDGE_COLUMNS, edgeRow, NODE_COLUMNS, nodeRow, type ColumnSpec, type Row } from "./attributes.js";
import { xmlText, type TextOutput } from "./output.js";
import type { ExportEdge, ExportSink } from "./scope.js";

const GRAPHML_TYPES = { string: "string", boolean: "boolean", int: "int" } as const;
const nodeKey = (name: string) => `n_${name}`;
const edgeKey = (name: string) => `e_${name}`;

function keys(target: "node" | "edge", columns: readonly ColumnSpec[], key: (name: string) => string): string {
  return columns.map((c) => `  <key id="${key(c.name)}" for="${target}" attr.name="${xmlText(c.name)}" attr.type="${GRAPHML_TYPES[c.type]}"/>\n`).join("");
}

function data(row: Row, key: (name: string) => string): string {
  return Object.entries(row).map(([name, v]) => `<data key="${key(name)}">${xmlText(v)}</data>`).join("");
}

const node = (e: IndexedEntity) => `    <node id="${xmlText(e.id)}">${data(nodeRow(e), nodeKey)}</node>\n`;
const edge = (e: ExportEdge) =>
  `    <edge id="${xmlText(e.relationship.id)}" source="${xmlText(e.relationship.from)}" target="${xmlText(e.relationship.to)}">${data(edgeRow(e), edgeKey)}</edge>\n`;

export function graphmlSink(out: TextOutput, title: string): ExportSink {
  let started = false;
  const start = async () => {
    if (started) return;
    started = true;
    await out.write(`<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">
  <desc>${xmlText(title)}</desc>
${keys("node", NODE_COLUMNS, nodeKey)}${keys("edge", EDGE_COLUMNS, edgeKey)}  <graph id="G" edgedefault="directed">
`);
  };
  return {
    async nodes(page) {
      await start();
      if (page.length) await out.write(page.map(node).join(""));
    },
    async edges(page) {
      await start();
      if (page.length) await out.write(page.map(edge).join(""));
    },
    async end() {
      await start();
      await out.write("  </graph>\n</graphml>\n");
    },
  };
}
