// Transfers (TRANSFERS from an agreement) whose agreement passes every filter
// given; a null filter passes all. First the ids the question names ($named):
// each is followed to its survivor when merged away (its Redirect), and those
// that name nothing are answered as `unknown`, with nothing else read — so a
// question about a missing entity costs no second round trip to find out.
// The candidates come from the first anchor given — product, provider,
// recipient, country — or are every agreement; the filters then decide (a
// country filter the candidates already pass is not checked again:
// $checkProviderCountry and $checkRecipientCountry). An agreement whose year is
// inferred (its yearBasis attribute) passes a date filter only when $dates.inferredYears. Ordered by agreement id, then transfer id: the total,
// and one page with each transfer's ends and its agreement's parties (by PARTY_TO id),
// each whole or, unless $wholeEnds / $wholeParties, as its id, kind and name only.
CALL () {
  UNWIND $named AS asked
  OPTIONAL MATCH (x:Redirect {id: asked})
  OPTIONAL MATCH (n:Entity {id: coalesce(x.target, asked)})
  RETURN collect({asked: asked, id: n.id}) AS resolved
}
WITH [r IN resolved WHERE r.id IS NULL | r.asked] AS unknown,
     head([r IN resolved WHERE r.asked = $product | r.id]) AS product,
     head([r IN resolved WHERE r.asked = $provider | r.id]) AS provider,
     head([r IN resolved WHERE r.asked = $recipient | r.id]) AS recipient,
     head([r IN resolved WHERE r.asked = $providerCountry | r.id]) AS providerCountry,
     head([r IN resolved WHERE r.asked = $recipientCountry | r.id]) AS recipientCountry
// The aggregation closing this subquery answers one row, with no rows, even when a name is unknown.
CALL (unknown, product, provider, recipient, providerCountry, recipientCountry) {
  WITH * WHERE size(unknown) = 0
  CALL (product, provider, recipient, providerCountry, recipientCountry) {
    MATCH (:Entity {id: product})<-[:TRANSFERS]-(a:Entity) RETURN a
    UNION
    MATCH (:Entity {id: provider})-[r:PARTY_TO]->(a:Entity) WHERE product IS NULL AND r.role = 'PROVIDER' RETURN a
    UNION
    MATCH (:Entity {id: recipient})-[r:PARTY_TO]->(a:Entity)
    WHERE product IS NULL AND provider IS NULL AND r.role = 'RECIPIENT' RETURN a
    UNION
    WITH coalesce(providerCountry, recipientCountry) AS country, product, provider, recipient
    MATCH (:Entity {id: country})-[r:PARTY_TO]->(a:Entity)
    WHERE product IS NULL AND provider IS NULL AND recipient IS NULL AND r.role = $countryRole RETURN a
    UNION
    WITH coalesce(providerCountry, recipientCountry) AS country, product, provider, recipient
    MATCH (:Entity {id: country})<-[:BASED_IN]-(:Entity)-[r:PARTY_TO]->(a:Entity)
    WHERE product IS NULL AND provider IS NULL AND recipient IS NULL AND r.role = $countryRole RETURN a
    UNION
    // Every agreement only when no anchor is given. A WHERE on the anchors was planned
    // after the scan of every Agreement, whatever its place (10 of 39 ms at 10^6
    // entities); a row unwound only then leaves the scan nothing to run for.
    UNWIND CASE WHEN product IS NULL AND provider IS NULL AND recipient IS NULL AND providerCountry IS NULL AND recipientCountry IS NULL
           THEN [true] ELSE [] END AS noAnchor
    MATCH (a:Agreement) RETURN a
  }
  WITH a, product, provider, recipient, providerCountry, recipientCountry
  WHERE ($dates IS NULL OR (a.dateStart IS NOT NULL AND a.dateEnd IS NOT NULL AND ($dates.inferredYears OR a.yearBasis IS NULL)
          AND ($dates.from IS NULL OR a.dateEnd >= $dates.from) AND ($dates.to IS NULL OR a.dateStart <= $dates.to)))
    AND (provider IS NULL OR EXISTS { MATCH (:Entity {id: provider})-[r:PARTY_TO]->(a) WHERE r.role = 'PROVIDER' })
    AND (recipient IS NULL OR EXISTS { MATCH (:Entity {id: recipient})-[r:PARTY_TO]->(a) WHERE r.role = 'RECIPIENT' })
    AND (NOT $checkProviderCountry OR EXISTS {
          MATCH (p:Entity)-[r:PARTY_TO]->(a)
          WHERE r.role = 'PROVIDER'
            AND ((p.id = providerCountry AND p.kind = 'Country') OR EXISTS { (p)-[:BASED_IN]->(:Entity {id: providerCountry}) })
        })
    AND (NOT $checkRecipientCountry OR EXISTS {
          MATCH (p:Entity)-[r:PARTY_TO]->(a)
          WHERE r.role = 'RECIPIENT'
            AND ((p.id = recipientCountry AND p.kind = 'Country') OR EXISTS { (p)-[:BASED_IN]->(:Entity {id: recipientCountry}) })
        })
  // Each agreement's transfers counted, not read: a count of a type's relationships is
  // one look at the node, where reading and sorting every transfer's id cost about a
  // sixth of the statement (31 → 26 ms for a country of 3,428 transfers at 10^6 entities).
  WITH a, product, CASE WHEN product IS NULL THEN COUNT { (a)-[:TRANSFERS]->() } ELSE COUNT { (a)-[:TRANSFERS]->(x) WHERE x.id = product } END AS n
  WHERE n > 0
  WITH a, n ORDER BY a.id
  RETURN collect({a: a, n: n}) AS counted
}
// The agreements whose transfers the page holds, and how many of the first one's to skip.
WITH unknown, product, reduce(total = 0, c IN counted | total + c.n) AS total,
     reduce(w = {seen: 0, skip: 0, agreements: []}, c IN counted |
       CASE WHEN w.seen >= $offset + $limit OR w.seen + c.n <= $offset THEN {seen: w.seen + c.n, skip: w.skip, agreements: w.agreements}
       ELSE {seen: w.seen + c.n, skip: CASE WHEN size(w.agreements) = 0 THEN $offset - w.seen ELSE w.skip END, agreements: w.agreements + [c.a]} END
     ) AS window
CALL (window, product) {
  UNWIND window.agreements AS a
  MATCH (a)-[t:TRANSFERS]->(transferred)
  WHERE product IS NULL OR transferred.id = product
  WITH a, t ORDER BY a.id, t.id
  WITH collect({a: a, t: t}) AS rows
  UNWIND rows[window.skip..window.skip + $limit] AS row
  WITH row.a AS a, row.t AS t
  RETURN collect({
    type: type(t), from: a.id, to: endNode(t).id, properties: properties(t),
    ends: [e IN [a, endNode(t)] | CASE WHEN $wholeEnds THEN properties(e) ELSE e {.id, .kind, .name} END],
    parties: COLLECT {
      MATCH (p:Entity)-[r:PARTY_TO]->(a) WITH p, r ORDER BY r.id
      RETURN {role: r.role, entity: CASE WHEN $wholeParties THEN properties(p) ELSE p {.id, .kind, .name} END}
    }
  }) AS transfers
}
RETURN unknown, total, transfers
