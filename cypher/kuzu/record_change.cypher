// seq orders changes recorded with the same `at`; Kùzu runs one write transaction at a time, so none repeats.
// `request` is the digest of what was asked, so a change id reused for another request is told apart from a retry.
OPTIONAL MATCH (c:Change)
WITH coalesce(max(c.seq), 0) + 1 AS seq
CREATE (:Change {id: $id, actor: $actor, at: $at, action: $action, subject: $subject, summary: $summary, merged: $merged,
                 request: $request, seq: seq})
