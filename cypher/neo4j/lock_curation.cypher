// Every curation change takes this one write lock first and holds it to its commit, so
// changes run one after another and each reads what the one before it wrote (read
// committed alone would let two changes read the same state and both write over it).
MERGE (m:Marker {key: 'curation'})
SET m.value = $change
