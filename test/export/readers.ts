/**
 * Each export format read back by a real reader — fast-xml-parser for GraphML
 * and GEXF, Cytoscape.js itself (headless) for its JSON, csv-parse for the
 * neo4j-admin CSV — into one shape the tests compare with the store's graph.
 */
import { XMLParser } from "fast-xml-parser";
import { parse as parseCsv } from "csv-parse/sync";
import cytoscape from "cytoscape";

export interface ReadEdge {
  readonly id: string;
  readonly source: string;
  readonly target: string;
  readonly attributes: Record<string, string>;
}

export interface ReadGraph {
  /** Node id → its attributes, by their declared names. */
  readonly nodes: Map<string, Record<string, string>>;
  readonly edges: ReadEdge[];
}

const LISTS = new Set(["key", "node", "edge", "data", "attribute", "attvalue"]);
const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "", parseAttributeValue: false, parseTagValue: false, isArray: (name, _path, _leaf, isAttribute) => !isAttribute && LISTS.has(name) });

export function readGraphml(text: string): ReadGraph {
  const root = xml.parse(text).graphml;
  const names = new Map<string, string>(root.key.map((k: any) => [k.id, k["attr.name"]]));
  const attributes = (data: any[] = []) => Object.fromEntries(data.map((d) => [names.get(d.key)!, String(d["#text"] ?? "")]));
  const graph = root.graph;
  return {
    nodes: new Map((graph.node ?? []).map((n: any) => [n.id, attributes(n.data)])),
    edges: (graph.edge ?? []).map((e: any) => ({ id: e.id, source: e.source, target: e.target, attributes: attributes(e.data) })),
  };
}

export function readGexf(text: string): ReadGraph {
  const graph = xml.parse(text).gexf.graph;
  const attributes = (values: any) => Object.fromEntries((values?.attvalue ?? []).map((v: any) => [v.for, v.value]));
  return {
    nodes: new Map((graph.nodes?.node ?? []).map((n: any) => [n.id, { ...attributes(n.attvalues), label: n.label }])),
    edges: (graph.edges?.edge ?? []).map((e: any) => ({ id: e.id, source: e.source, target: e.target, attributes: attributes(e.attvalues) })),
  };
}

const text = (data: Record<string, unknown>) => Object.fromEntries(Object.entries(data).map(([k, v]) => [k, String(v)]));

export function readCytoscape(json: string): ReadGraph {
  const cy = cytoscape({ headless: true, elements: JSON.parse(json).elements });
  return {
    nodes: new Map(cy.nodes().map((n) => [n.id(), text(n.data())])),
    edges: cy.edges().map((e) => ({ id: e.id(), source: e.source().id(), target: e.target().id(), attributes: text(e.data()) })),
  };
}

/** Rows keyed by their header, as neo4j-admin would name the columns. */
export function readCsv(text: string): { header: string[]; rows: Record<string, string>[] } {
  const [header, ...rows] = parseCsv(text, { relax_column_count: false }) as string[][];
  return { header: header!, rows: rows.map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i]!]))) };
}

export function readNeo4jCsv(files: { nodes: string; relationships: string; evidence: string }): ReadGraph & { evidence: Record<string, string>[] } {
  const nodes = readCsv(files.nodes).rows;
  const relationships = readCsv(files.relationships).rows;
  return {
    nodes: new Map(nodes.map((n) => [n["id:ID(Entity)"]!, n])),
    edges: relationships.map((r) => ({ id: r.id!, source: r[":START_ID(Entity)"]!, target: r[":END_ID(Entity)"]!, attributes: r })),
    evidence: readCsv(files.evidence).rows,
  };
}
