MERGE (x:Retracted {id: $id})
SET x.type = $type, x.from = $from, x.to = $to, x.properties = $properties, x.origin = $origin,
    x.reason = $reason, x.at = $at, x.actor = $actor
