// One type's files (the folder's layout: src/store/bulk/kuzuLayout.ts) as rows of Related.
LOAD WITH HEADERS (from STRING, to STRING, id STRING, properties STRING, origin STRING) FROM <files> (HEADER=true, DELIM=',', QUOTE='"', ESCAPE='"', AUTO_DETECT=false, NULL_STRINGS=['\\N'], PARALLEL=true)
RETURN from, to, '{{relationshipType}}' AS type, id, properties, origin
