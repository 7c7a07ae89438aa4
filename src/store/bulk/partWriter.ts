/**
 * Writes one part of a synthetic graph in both layouts, straight from the
 * generator's stream: a file is opened when its first row arrives, so a part
 * holds no empty files, and each chunk is written and dropped.
 */
import { join } from "node:path";
import type { NodeKind, RelationshipType } from "../../domain/ontology.js";
import { generateGraph, type GenerationTally, type SyntheticOptions } from "../../synthetic/generate.js";
import { CsvFileWriter, type CsvValue } from "./csv.js";
import { BULK_ORIGIN, kuzuEntityFile, kuzuEvidenceFile, kuzuRelationshipFile, type BulkFile } from "./folder.js";
import {
  ENTITY_COLUMNS, EVIDENCE_COLUMNS, kuzuEntityRow, kuzuEvidenceRow, kuzuRelationshipRow, RELATIONSHIP_COLUMNS,
} from "./kuzuLayout.js";
import { adminEvidenceFile, adminNodeFile, adminRelationshipFile, evidenceRow, nodeRow, relationshipRow } from "./neo4jAdminLayout.js";

export interface PartFiles {
  readonly entities: Partial<Record<NodeKind, BulkFile>>;
  readonly relationships: Partial<Record<RelationshipType, BulkFile>>;
  readonly evidence: BulkFile | null;
}

export interface PartResult {
  readonly tally: GenerationTally;
  readonly files: PartFiles;
}

/** One table's rows in both layouts: the Kùzu file (with its header) and the neo4j-admin part (whose header is a file of its own). */
class TablePair {
  private readonly kuzu: CsvFileWriter;
  private readonly admin: CsvFileWriter;

  constructor(dir: string, readonly kuzuPath: string, adminPath: string, header: readonly string[], readonly part: number) {
    this.kuzu = new CsvFileWriter(join(dir, kuzuPath), header);
    this.admin = new CsvFileWriter(join(dir, adminPath), null);
  }

  write(kuzuRow: readonly CsvValue[], adminRow: readonly CsvValue[]): void {
    this.kuzu.write(kuzuRow);
    this.admin.write(adminRow);
  }

  close(): BulkFile {
    this.kuzu.close();
    this.admin.close();
    return { path: this.kuzuPath, part: this.part, rows: this.kuzu.rows };
  }
}

class PartTables {
  private readonly tables = new Map<string, TablePair>();

  constructor(private readonly dir: string, private readonly part: number) {}

  table(key: string, kuzuPath: string, adminPath: string, header: readonly string[]): TablePair {
    let table = this.tables.get(key);
    if (!table) {
      table = new TablePair(this.dir, kuzuPath, adminPath, header, this.part);
      this.tables.set(key, table);
    }
    return table;
  }

  close(): PartFiles {
    const files: PartFiles = { entities: {}, relationships: {}, evidence: null };
    for (const [key, table] of this.tables) {
      const file = table.close();
      const [group, name] = key.split(":");
      if (group === "entity") files.entities[name as NodeKind] = file;
      else if (group === "rel") files.relationships[name as RelationshipType] = file;
      else (files as { evidence: BulkFile | null }).evidence = file;
    }
    return files;
  }
}

/** Streams part `part` of `parts` into `dir`, reporting how many entities are written so far. */
export function writePart(
  dir: string, options: SyntheticOptions, part: number, parts: number, onEntities: (done: number) => void,
): PartResult {
  const tables = new PartTables(dir, part);
  const origin = BULK_ORIGIN;
  const stream = generateGraph(options, { part, parts });
  let done = 0;
  for (let step = stream.next(); ; step = stream.next()) {
    if (step.done) return { tally: step.value, files: tables.close() };
    const batch = step.value;
    for (const e of batch.entities) {
      tables.table(`entity:${e.kind}`, kuzuEntityFile(e.kind, part), adminNodeFile(e.kind, part), ENTITY_COLUMNS).write(kuzuEntityRow(e, origin), nodeRow(e, origin));
    }
    for (const r of batch.relationships) {
      tables.table(`rel:${r.type}`, kuzuRelationshipFile(r.type, part), adminRelationshipFile(r.type, part), RELATIONSHIP_COLUMNS)
        .write(kuzuRelationshipRow(r, origin), relationshipRow(r, origin));
    }
    for (const e of batch.evidence) {
      tables.table("evidence:", kuzuEvidenceFile(part), adminEvidenceFile(part), EVIDENCE_COLUMNS).write(kuzuEvidenceRow(e, origin), evidenceRow(e, origin));
    }
    done += batch.entities.length;
    onEntities(done);
  }
}
