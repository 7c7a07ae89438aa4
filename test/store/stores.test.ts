/** Runs the conformance suite on every store available here. */
import { storesUnderTest } from "../support/stores.js";
import { defineGraphStoreConformance } from "./conformance.js";

for (const sut of storesUnderTest()) defineGraphStoreConformance(sut);
