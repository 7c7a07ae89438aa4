/**
 * Query limits that protect the server from expensive or abusive documents:
 * checks on the raw text before parsing, validation rules on the parsed
 * document, and the cost estimate a plugin runs with the request's variables.
 */
export { maxDepthRule } from "./maxDepth.js";
export { maxAliasesRule } from "./maxAliases.js";
export { estimateCost, maxCostRule, type CostOptions } from "./maxCost.js";
export { assertDocumentSize, assertTokenLimit, countTokens } from "./maxTokens.js";
export { limitError } from "./limitError.js";
