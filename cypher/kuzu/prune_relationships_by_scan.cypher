// A large prune (see pruneRelationships in src/store/kuzu/steps.ts): one scan of the table
// deletes every relationship of the origin that is not kept.
MATCH ()-[r:Related]->()
WHERE r.origin = $origin AND NOT r.id IN $keep
DELETE r
