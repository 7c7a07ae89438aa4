/** How the bench and the profile run `kg serve`: quiet, without the seed, with limits no query of the mix reaches. */
export const SERVER_ENV: Record<string, string> = {
  KG_LOG_LEVEL: "warn", KG_LOAD_SEED: "false", KG_MAX_COST: "10000000", KG_STORE_TIMEOUT_MS: "120000", KG_REQUEST_TIMEOUT_MS: "600000",
};

/**
 * How the bench runs every GraphQL server it compares, ours and the peer alike: as
 * deployed. Under it graphql-js skips its development-only checks (each type test
 * that fails also looks for a second copy of graphql): 5–10 % less CPU per request at 10^4,
 * measured on our server and its client in one process.
 */
export const DEPLOYED_ENV: Record<string, string> = { NODE_ENV: "production" };
