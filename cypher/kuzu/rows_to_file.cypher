// A whole-table read for an in-memory index, written by Kùzu to a CSV file that the
// adapter then reads (KuzuStore.linesThroughFile): handing 10^6 rows over as JavaScript
// values took 28 s, writing and reading the file about 4 s. The read goes in place of
// <query>, the checked path of a fresh temporary file in place of <file>.
COPY (<query>) TO <file> (HEADER=true, DELIM=',', QUOTE='"', ESCAPE='"')
