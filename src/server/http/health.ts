/**
 * /healthz answers while the process runs; /readyz only while the store
 * answers too, so a load balancer stops sending traffic to an instance whose
 * store is away and resumes when it returns. Why the store is away (a driver
 * message with addresses and routing tables) is for curators only: an
 * anonymous client is told "unavailable" and nothing more.
 */
import type { ServerResponse } from "node:http";
import type { GraphStore } from "../../store/port.js";
import { sendJson } from "./respond.js";

export function healthz(response: ServerResponse): void {
  sendJson(response, 200, { status: "ok" });
}

/** `curator`: whether the request carries a configured API key, and so may see why the store is away. */
export async function readyz(response: ServerResponse, store: GraphStore, timeoutMs: number, curator: boolean): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`the store did not answer within ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    const info = await Promise.race([store.info(), timeout]);
    sendJson(response, 200, { status: "ready", store: info.store, version: info.version });
  } catch (error) {
    sendJson(response, 503, curator ? { status: "unavailable", reason: (error as Error).message } : { status: "unavailable" });
  } finally {
    clearTimeout(timer);
  }
}
