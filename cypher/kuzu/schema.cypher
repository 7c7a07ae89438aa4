// Every node kind shares one table keyed by id, so a lookup by id is a primary-key
// probe whatever the kind; the kind is a column. Attributes, names and aliases are
// JSON text: Kùzu's columns are typed and each kind has different attributes.
CREATE NODE TABLE IF NOT EXISTS Entity(id STRING, kind STRING, name STRING, names STRING, aliases STRING, attributes STRING, searchText STRING, dateStart STRING, dateEnd STRING, dateQuality STRING, origin STRING, PRIMARY KEY (id));
CREATE NODE TABLE IF NOT EXISTS Evidence(id STRING, subject STRING, article STRING, quote STRING, gloss STRING, method STRING, confidence DOUBLE, reviewState STRING, origin STRING, PRIMARY KEY (id));
// Small facts about the store itself, such as the fingerprint of the seed it holds.
CREATE NODE TABLE IF NOT EXISTS Marker(key STRING, value STRING, PRIMARY KEY (key));
