/**
 * CSV as both bulk loaders read it (RFC 4180): a field is quoted when it holds
 * a comma, a quote or a line break, and a quote inside is doubled; an empty
 * unquoted field is null to neo4j-admin. Written through a buffer with
 * synchronous writes — a generator worker has nothing else to do meanwhile —
 * and read back as a stream, one row at a time.
 */
import { closeSync, createReadStream, openSync, writeSync } from "node:fs";

export type CsvValue = string | number | boolean | null | undefined;

const NEEDS_QUOTES = /[",\r\n]/;

export function csvField(value: CsvValue): string {
  if (typeof value !== "string") return value === null || value === undefined ? "" : String(value);
  return NEEDS_QUOTES.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Bytes gathered before each write: large enough that writes are few. */
const FLUSH_AT = 1 << 20;

export class CsvFileWriter {
  private readonly fd: number;
  private pending: string[] = [];
  private pendingLength = 0;
  rows = 0;

  constructor(readonly path: string, header: readonly string[] | null) {
    this.fd = openSync(path, "w");
    if (header) this.line(header);
  }

  private line(fields: readonly CsvValue[]): void {
    let text = csvField(fields[0]);
    for (let i = 1; i < fields.length; i++) text += "," + csvField(fields[i]);
    text += "\n";
    this.pending.push(text);
    this.pendingLength += text.length;
    if (this.pendingLength >= FLUSH_AT) this.flush();
  }

  write(fields: readonly CsvValue[]): void {
    this.line(fields);
    this.rows += 1;
  }

  private flush(): void {
    if (this.pending.length === 0) return;
    writeSync(this.fd, this.pending.join(""));
    this.pending = [];
    this.pendingLength = 0;
  }

  close(): void {
    this.flush();
    closeSync(this.fd);
  }
}

/**
 * A copy of a field for keeping after its chunk of the file is read. V8 makes
 * a slice of 13 characters or more a view of the string it was cut from, so
 * one field an in-memory index keeps would keep its whole megabyte chunk
 * alive; copied through UTF-8 bytes, it is a string of its own and no larger
 * (a copy by concatenation stays a view, of a copy).
 */
export const unshared = (field: string): string => (field.length < 13 ? field : Buffer.from(field, "utf8").toString("utf8"));

/** Where an unquoted field ends, or a quote opens one. */
const PLAIN_STOP = /[,\n\r"]/g;

/**
 * A streaming parser's state between chunks of the file. It copies runs of
 * characters between the ones that matter (found with indexOf and a regex),
 * not one character at a time: article texts make fields of kilobytes.
 */
class CsvParser {
  private field = "";
  private row: string[] = [];
  private quoted = false;
  /** A quote inside a quoted field ended the last chunk: the next character says whether it is doubled. */
  private quoteSeen = false;
  readonly rows: string[][] = [];

  feed(chunk: string): void {
    let i = 0;
    while (i < chunk.length) i = this.quoted ? this.inQuotes(chunk, i) : this.unquoted(chunk, i);
  }

  private inQuotes(chunk: string, i: number): number {
    if (this.quoteSeen) {
      this.quoteSeen = false;
      if (chunk[i] === '"') {
        this.field += '"';
        return i + 1;
      }
      this.quoted = false;
      return i;
    }
    const quote = chunk.indexOf('"', i);
    if (quote < 0) {
      this.field += chunk.slice(i);
      return chunk.length;
    }
    this.field += chunk.slice(i, quote);
    this.quoteSeen = true;
    return quote + 1;
  }

  private unquoted(chunk: string, i: number): number {
    PLAIN_STOP.lastIndex = i;
    const stop = PLAIN_STOP.exec(chunk);
    const end = stop ? stop.index : chunk.length;
    this.field += chunk.slice(i, end);
    if (!stop) return end;
    const ch = stop[0];
    if (ch === '"') this.quoted = true;
    else if (ch === ",") this.endField();
    else if (ch === "\n") this.endRow();
    return end + 1;
  }

  private endField(): void {
    this.row.push(this.field);
    this.field = "";
  }

  private endRow(): void {
    this.endField();
    this.rows.push(this.row);
    this.row = [];
  }

  /** The end of the file closes a last row that has no line break after it. */
  finish(path: string): void {
    if (this.quoted && !this.quoteSeen) throw new Error(`${path}: a quoted field is not closed at the end of the file`);
    this.quoted = false;
    this.quoteSeen = false;
    if (this.field !== "" || this.row.length > 0) this.endRow();
  }
}

/** The rows of a CSV file, header included, a chunk of the file at a time. */
export async function* readCsv(path: string): AsyncGenerator<string[][]> {
  const parser = new CsvParser();
  for await (const chunk of createReadStream(path, { encoding: "utf8", highWaterMark: 1 << 20 })) {
    parser.feed(chunk as string);
    if (parser.rows.length) yield parser.rows.splice(0);
  }
  parser.finish(path);
  if (parser.rows.length) yield parser.rows.splice(0);
}
