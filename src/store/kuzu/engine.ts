/** The embedded engine's package, named here once: the rest of the adapter imports it from this file. */
export { Connection, Database } from "kuzu";
export type { KuzuValue as EngineValue, PreparedStatement, QueryResult } from "kuzu";
