/** The server's settings from the environment, checked before anything starts. */
import { storeConfigFrom, type StoreConfig } from "../store/index.js";

export class ConfigError extends Error {}

export interface ServerConfig {
  readonly port: number;
  readonly host: string;
  readonly store: StoreConfig;
}

export function serverConfigFrom(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const portText = env.PORT?.trim() || "4000";
  const port = Number(portText);
  if (!/^\d+$/.test(portText) || port < 0 || port > 65535) {
    throw new ConfigError(`PORT must be a whole number from 0 to 65535 (0 picks a free port), got "${env.PORT}"`);
  }
  const host = env.HOST?.trim() || "127.0.0.1";
  return { port, host, store: storeConfigFrom(env) };
}
