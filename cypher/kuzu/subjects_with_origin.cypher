// A parameter inside a list lambda makes Kùzu 0.11 fail an assertion, so the lambda
// only projects and the comparison with $origin stays outside it.
MATCH (s:SubjectEvidence)
WHERE list_contains(list_transform(s.items, x -> x.origin), $origin)
RETURN s.subject AS subject, s.items AS items
