CREATE INDEX IF NOT EXISTS FOR ()-[r:{{relationshipType}}]-() ON (r.id)
