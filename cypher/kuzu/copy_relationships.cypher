// Bulk import of relationships: every type's files in one COPY, as each COPY into a filled
// relationship table rebuilds its adjacency lists (a COPY per type took 43 s instead of 5 s
// at 10^5 entities). The files hold the table's own columns (src/store/bulk/kuzuLayout.ts), so
// Kùzu reads them straight into it: through a LOAD per type joined by UNION ALL, 10^6
// entities' relationships took 38 s instead of 31 s. See copy_entities for the options.
COPY Related FROM <files> (HEADER=true, DELIM=',', QUOTE='"', ESCAPE='"', AUTO_DETECT=false, NULL_STRINGS=['\\N'], PARALLEL=true)
