/** How curation's queries read and write Kùzu rows: relationship properties are JSON text. */
import type { CurationCodec } from "../curationQueries.js";
import { decodeEntity, ENCODING } from "./rows.js";

export const CURATION_CODEC: CurationCodec = {
  ...ENCODING,
  relationshipProperties: (stored) => JSON.parse(String(stored)),
  count: (n) => n,
  decodeEntity,
};
