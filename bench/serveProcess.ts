/** Runs `kg serve` in its own process, as an operator would, and waits until it listens. */
import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import { fileURLToPath } from "node:url";

const KG = fileURLToPath(new URL("../../bin/kg.js", import.meta.url));

export interface ServeProcess {
  readonly child: ChildProcess;
  readonly base: string;
  /** Everything it wrote to stderr so far: its JSON log lines among them. */
  readonly log: () => string;
  readonly exited: Promise<number | null>;
}

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/**
 * `args` go after `kg serve`; with `--port` among them, PORT is set to another free port, which the flag must win over.
 * `nodeFlags` go to Node itself (`--cpu-prof`, which NODE_OPTIONS does not take).
 */
export async function startServeProcess(env: NodeJS.ProcessEnv, startupMs = 90_000, args: readonly string[] = [], nodeFlags: readonly string[] = []): Promise<ServeProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, [...nodeFlags, KG, "serve", ...args], { env: { ...process.env, ...env, PORT: String(port) }, stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  child.stderr!.on("data", (chunk) => (stderr += chunk));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  const deadline = Date.now() + startupMs;
  while (!stderr.includes("GraphQL API and IDE at")) {
    if (child.exitCode !== null || Date.now() > deadline) {
      child.kill("SIGKILL");
      throw new Error(`kg serve did not start:\n${stderr}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  // The port it announces: PORT's, or --port's when given.
  const announced = /GraphQL API and IDE at http:\/\/[^:]+:(\d+)\//.exec(stderr)?.[1] ?? port;
  return { child, base: `http://127.0.0.1:${announced}`, log: () => stderr, exited };
}
