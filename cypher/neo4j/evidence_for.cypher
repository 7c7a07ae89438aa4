// Keyed by the subject asked; an entity merged away is followed to its survivor (its Redirect).
UNWIND $subjects AS asked
OPTIONAL MATCH (x:Redirect {id: asked})
MATCH (e:Evidence {subject: coalesce(x.target, asked)})
RETURN asked AS key, e.subject AS subject, e.id AS id, e.article AS article, e.quote AS quote, e.gloss AS gloss,
       e.method AS method, e.confidence AS confidence, e.reviewState AS reviewState
