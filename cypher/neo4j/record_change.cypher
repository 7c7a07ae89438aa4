// seq orders changes recorded with the same `at`. Two changes committed at once
// may share one; the uniqueness of the id, not of seq, is what must hold.
OPTIONAL MATCH (c:Change)
WITH coalesce(max(c.seq), 0) + 1 AS seq
CREATE (:Change {id: $id, actor: $actor, at: $at, action: $action, subject: $subject, summary: $summary, merged: $merged, seq: seq})
