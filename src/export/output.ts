/**
 * Where an export's text goes: an HTTP response or a file, written with
 * back-pressure so a slow reader slows the export instead of filling memory.
 */
import type { Writable } from "node:stream";

/** Resolves when the stream wants more, or has closed; rejects on its error. Leaves no listener behind. */
function drained(stream: Writable): Promise<void> {
  return new Promise((resolve, reject) => {
    const settle = (error?: Error) => {
      stream.off("drain", done).off("close", done).off("error", failed);
      if (error) reject(error);
      else resolve();
    };
    const done = () => settle();
    const failed = (error: Error) => settle(error);
    stream.on("drain", done).on("close", done).on("error", failed);
  });
}

export interface TextOutput {
  write(text: string): Promise<void>;
}

export function writableOutput(stream: Writable): TextOutput {
  return {
    async write(text) {
      if (stream.destroyed) throw new Error("the export's reader went away");
      if (!stream.write(text)) await drained(stream);
    },
  };
}

const XML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };
/** Characters XML 1.0 forbids anywhere, even escaped. */
const XML_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

export function xmlText(value: string | number | boolean): string {
  return String(value).replace(XML_FORBIDDEN, "").replace(/[&<>"']/g, (c) => XML_ESCAPES[c]!);
}
