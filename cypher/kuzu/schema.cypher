// Every node kind shares one table keyed by id, so a lookup by id is a primary-key
// probe whatever the kind; the kind is a column. Attributes, names and aliases are
// JSON text: Kùzu's columns are typed and each kind has different attributes.
CREATE NODE TABLE IF NOT EXISTS Entity(id STRING, kind STRING, name STRING, names STRING, aliases STRING, attributes STRING, searchText STRING, dateStart STRING, dateEnd STRING, dateQuality STRING, origin STRING, labels STRING, PRIMARY KEY (id));
// Stores made before labels (names marked as written or translated) gain the column, last as in the table above.
ALTER TABLE Entity ADD IF NOT EXISTS labels STRING DEFAULT '[]';
// Every relationship type shares one table, the type a column: reading an entity's
// relationships then costs one adjacency lookup, where a table per type cost one per
// type (≈0.1 ms each at 10^6 entities). A read names the ends from the Entity rows the
// pattern binds: Kùzu stores each relationship column twice (once per direction), and
// rows that repeated their ends' ids made a bulk COPY of 10^6 entities' relationships
// take 36.8 s instead of 26.2 s.
CREATE REL TABLE IF NOT EXISTS Related(FROM Entity TO Entity, type STRING, id STRING, properties STRING, origin STRING);
// Stores made while rows repeated their ends' ids lose those columns.
ALTER TABLE Related DROP IF EXISTS fromId;
ALTER TABLE Related DROP IF EXISTS toId;
// Evidence grouped by what it supports (a statement or an entity), one row per subject:
// Kùzu has no index but the primary key, and sources are always asked for by subject.
CREATE NODE TABLE IF NOT EXISTS SubjectEvidence(subject STRING, items STRUCT(id STRING, article STRING, quote STRING, gloss STRING, method STRING, confidence DOUBLE, reviewState STRING, origin STRING)[], PRIMARY KEY (subject));
// Small facts about the store itself, such as the fingerprint of the seed it holds.
CREATE NODE TABLE IF NOT EXISTS Marker(key STRING, value STRING, PRIMARY KEY (key));
// Curation: one Change per change applied (its id makes a retry harmless), the
// relationships curators retracted, and the ids merged away with their survivor.
// A merge keeps redirects one hop long, so a read resolves an id with one lookup.
CREATE NODE TABLE IF NOT EXISTS Change(id STRING, actor STRING, at STRING, action STRING, subject STRING, summary STRING, merged STRING, request STRING, seq INT64, PRIMARY KEY (id));
// Stores made before changes kept the digest of their request get the column, empty for their old records.
ALTER TABLE Change ADD IF NOT EXISTS request STRING DEFAULT '';
CREATE NODE TABLE IF NOT EXISTS Retracted(id STRING, type STRING, from STRING, to STRING, properties STRING, origin STRING, reason STRING, at STRING, actor STRING, PRIMARY KEY (id));
CREATE NODE TABLE IF NOT EXISTS Redirect(id STRING, target STRING, PRIMARY KEY (id));
// Ingest: what reading an article found, beside the fact graph (src/store/findings.ts).
// Fact queries never read these tables; a review turns a proposal into a fact through curation.
CREATE NODE TABLE IF NOT EXISTS Mention(id STRING, article STRING, entity STRING, offsetStart INT64, offsetEnd INT64, surface STRING, quote STRING, PRIMARY KEY (id));
CREATE NODE TABLE IF NOT EXISTS Candidate(id STRING, article STRING, kind STRING, name STRING, language STRING, quote STRING, offsetStart INT64, offsetEnd INT64, state STRING, entity STRING, reviewedBy STRING, reviewedAt STRING, PRIMARY KEY (id));
CREATE NODE TABLE IF NOT EXISTS Proposal(id STRING, article STRING, type STRING, from STRING, to STRING, properties STRING, quote STRING, offsetStart INT64, offsetEnd INT64, method STRING, confidence DOUBLE, state STRING, change STRING, reviewedBy STRING, reviewedAt STRING, PRIMARY KEY (id));
