/** How the bench and the profile run `kg serve`: quiet, without the seed, with limits no query of the mix reaches. */
export const SERVER_ENV: Record<string, string> = {
  KG_LOG_LEVEL: "warn", KG_LOAD_SEED: "false", KG_MAX_COST: "10000000", KG_STORE_TIMEOUT_MS: "120000", KG_REQUEST_TIMEOUT_MS: "600000",
};
