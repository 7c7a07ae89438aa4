/** `kg export`: the graph out to files. */
import { exportToPath } from "../../export/files.js";
import { exportRequest } from "../../export/index.js";
import { exportThroughServer } from "../../server/client.js";
import { withStore } from "./store.js";

export async function exportGraph(options: Record<string, string | undefined>): Promise<number> {
  const { out, maxLength, ...rest } = options;
  // Checked before the store opens, so a typo costs no start-up.
  const parameters = { ...rest, maxLength };
  const request = exportRequest(parameters, { needsFile: false, spell: (name) => `--${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}` });
  const written = await withStore((store) => exportToPath(store, request, out!), (url) => exportThroughServer(url, parameters, request, out!));
  process.stderr.write(`Wrote ${written.join(", ")}\n`);
  return 0;
}
