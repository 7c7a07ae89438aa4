// Bulk import (src/store/bulk/). Kùzu takes a COPY source only as literal paths (a
// parameter must be a dataframe), so the importer puts the folder's checked, quoted
// file list in place of the angle-bracketed marker. NULL_STRINGS names a marker no field holds, so an
// empty field stays "" as replaceOrigin writes it; AUTO_DETECT=false stops Kùzu
// from guessing the dialect of files whose dialect is known.
COPY Entity FROM <files> (HEADER=true, DELIM=',', QUOTE='"', ESCAPE='"', AUTO_DETECT=false, NULL_STRINGS=['\\N'], PARALLEL=true)
