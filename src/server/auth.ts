/**
 * API keys: a request carrying `Authorization: Bearer <secret>` of a configured
 * key acts as that key's name. Secrets are compared in constant time and never logged.
 */
import { createHash, timingSafeEqual } from "node:crypto";
import type { ApiKey } from "./config.js";

export class UnauthenticatedError extends Error {}

const digest = (text: string) => createHash("sha256").update(text).digest();

/** The key's name, null when the request carries no key; throws when it carries an unknown one. */
export function actorOf(authorization: string | undefined, keys: readonly ApiKey[]): string | null {
  if (!authorization) return null;
  const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
  if (!match) throw new UnauthenticatedError("The Authorization header must be `Bearer <key>`");
  const presented = digest(match[1]);
  const key = keys.find((k) => timingSafeEqual(digest(k.secret), presented));
  if (!key) throw new UnauthenticatedError("The API key is not one this server knows");
  return key.name;
}
