// Bulk import of one relationship type; the files start with the FROM and TO ids. See copy_entities.
COPY {{relationshipType}} FROM <files> (HEADER=true, DELIM=',', QUOTE='"', ESCAPE='"', AUTO_DETECT=false, NULL_STRINGS=['\\N'], PARALLEL=true)
