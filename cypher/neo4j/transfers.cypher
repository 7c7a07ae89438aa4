// Transfers (TRANSFERS from an agreement) whose agreement passes every filter
// given; a null filter passes all. The candidates come from the first anchor
// given — product, provider, recipient, country — or are every agreement; the
// filters then decide (a country filter the candidates already pass is not
// checked again: $providerCountryCheck and $recipientCountryCheck). An agreement whose year is
// inferred (its yearBasis attribute) passes a date filter only when $dates.inferredYears. Ordered by agreement id, then transfer id: the total,
// and one page with each transfer's ends and its agreement's parties (by PARTY_TO id).
CALL () {
  MATCH (:Entity {id: $product})<-[:TRANSFERS]-(a:Entity) RETURN a
  UNION
  MATCH (:Entity {id: $provider})-[r:PARTY_TO]->(a:Entity) WHERE $product IS NULL AND r.role = 'PROVIDER' RETURN a
  UNION
  MATCH (:Entity {id: $recipient})-[r:PARTY_TO]->(a:Entity)
  WHERE $product IS NULL AND $provider IS NULL AND r.role = 'RECIPIENT' RETURN a
  UNION
  MATCH (:Entity {id: $country})-[r:PARTY_TO]->(a:Entity)
  WHERE $product IS NULL AND $provider IS NULL AND $recipient IS NULL AND r.role = $countryRole RETURN a
  UNION
  MATCH (:Entity {id: $country})<-[:BASED_IN]-(:Entity)-[r:PARTY_TO]->(a:Entity)
  WHERE $product IS NULL AND $provider IS NULL AND $recipient IS NULL AND r.role = $countryRole RETURN a
  UNION
  // The guard comes first so that the scan runs only when no anchor is given.
  WITH 1 AS unanchored WHERE $product IS NULL AND $provider IS NULL AND $recipient IS NULL AND $country IS NULL
  MATCH (a:Agreement) RETURN a
}
WITH a
WHERE ($dates IS NULL OR (a.dateStart IS NOT NULL AND a.dateEnd IS NOT NULL AND ($dates.inferredYears OR a.yearBasis IS NULL)
        AND ($dates.from IS NULL OR a.dateEnd >= $dates.from) AND ($dates.to IS NULL OR a.dateStart <= $dates.to)))
  AND ($provider IS NULL OR EXISTS { MATCH (:Entity {id: $provider})-[r:PARTY_TO]->(a) WHERE r.role = 'PROVIDER' })
  AND ($recipient IS NULL OR EXISTS { MATCH (:Entity {id: $recipient})-[r:PARTY_TO]->(a) WHERE r.role = 'RECIPIENT' })
  AND ($providerCountryCheck IS NULL OR EXISTS {
        MATCH (p:Entity)-[r:PARTY_TO]->(a)
        WHERE r.role = 'PROVIDER'
          AND ((p.id = $providerCountryCheck AND p.kind = 'Country') OR EXISTS { (p)-[:BASED_IN]->(:Entity {id: $providerCountryCheck}) })
      })
  AND ($recipientCountryCheck IS NULL OR EXISTS {
        MATCH (p:Entity)-[r:PARTY_TO]->(a)
        WHERE r.role = 'RECIPIENT'
          AND ((p.id = $recipientCountryCheck AND p.kind = 'Country') OR EXISTS { (p)-[:BASED_IN]->(:Entity {id: $recipientCountryCheck}) })
      })
MATCH (a)-[t:TRANSFERS]->(product:Entity)
WHERE $product IS NULL OR product.id = $product
WITH a, t ORDER BY a.id, t.id
WITH collect({a: a, t: t}) AS rows
WITH size(rows) AS total, rows[$offset..$offset + $limit] AS page
CALL (page) {
  UNWIND page AS row
  WITH row.a AS a, row.t AS t
  RETURN collect({
    type: type(t), from: a.id, to: endNode(t).id, properties: properties(t), ends: [properties(a), properties(endNode(t))],
    parties: COLLECT { MATCH (p:Entity)-[r:PARTY_TO]->(a) WITH p, r ORDER BY r.id RETURN {role: r.role, entity: properties(p)} }
  }) AS transfers
}
RETURN total, transfers
