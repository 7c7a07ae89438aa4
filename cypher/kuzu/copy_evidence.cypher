// Bulk import of evidence. See copy_entities.
COPY Evidence FROM <files> (HEADER=true, DELIM=',', QUOTE='"', ESCAPE='"', AUTO_DETECT=false, NULL_STRINGS=['\\N'], PARALLEL=true)
