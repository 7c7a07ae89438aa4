// One relationship table per ontology type, so traversals can name the types they follow.
CREATE REL TABLE IF NOT EXISTS {{relationshipType}}(FROM Entity TO Entity, id STRING, properties STRING, origin STRING)
