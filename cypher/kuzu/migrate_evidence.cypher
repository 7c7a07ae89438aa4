// Gathers the Evidence table of a store written before SubjectEvidence (see migrate.ts).
MATCH (e:Evidence)
WITH e.subject AS subject, collect({id: e.id, article: e.article, quote: e.quote, gloss: e.gloss, method: e.method, confidence: e.confidence, reviewState: e.reviewState, origin: e.origin}) AS items
CREATE (:SubjectEvidence {subject: subject, items: items})
