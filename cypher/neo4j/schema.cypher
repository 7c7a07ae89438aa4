// Every entity carries the label Entity beside its kind's label, so a lookup by id
// needs no kind; the kind's own constraints are created per label (label_constraint).
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT evidence_id IF NOT EXISTS FOR (e:Evidence) REQUIRE e.id IS UNIQUE;
// Small facts about the store itself, such as the fingerprint of the seed it holds.
CREATE CONSTRAINT marker_key IF NOT EXISTS FOR (m:Marker) REQUIRE m.key IS UNIQUE;
CREATE INDEX evidence_subject IF NOT EXISTS FOR (e:Evidence) ON (e.subject);
CREATE INDEX entity_kind IF NOT EXISTS FOR (n:Entity) ON (n.kind);
// Neo4j's analyzers do not fold đ, ø or æ, so the index holds the folded names
// (searchText) and a whitespace analyzer keeps the folding ours.
CREATE FULLTEXT INDEX entity_search IF NOT EXISTS FOR (n:Entity) ON EACH [n.searchText]
  OPTIONS { indexConfig: { `fulltext.analyzer`: 'whitespace' } };
// Curation: one Change per change applied (its id makes a retry harmless), the
// relationships curators retracted, and the ids merged away with their survivor.
CREATE CONSTRAINT change_id IF NOT EXISTS FOR (c:Change) REQUIRE c.id IS UNIQUE;
CREATE INDEX change_subject IF NOT EXISTS FOR (c:Change) ON (c.subject);
CREATE CONSTRAINT retracted_id IF NOT EXISTS FOR (x:Retracted) REQUIRE x.id IS UNIQUE;
CREATE CONSTRAINT redirect_id IF NOT EXISTS FOR (r:Redirect) REQUIRE r.id IS UNIQUE;
CREATE INDEX redirect_target IF NOT EXISTS FOR (r:Redirect) ON (r.target);
// Ingest: what reading an article found, beside the fact graph (src/store/findings.ts).
// Fact queries never read these labels; a review turns a proposal into a fact through curation.
CREATE CONSTRAINT mention_id IF NOT EXISTS FOR (m:Mention) REQUIRE m.id IS UNIQUE;
CREATE INDEX mention_article IF NOT EXISTS FOR (m:Mention) ON (m.article);
CREATE CONSTRAINT candidate_id IF NOT EXISTS FOR (c:Candidate) REQUIRE c.id IS UNIQUE;
CREATE INDEX candidate_article IF NOT EXISTS FOR (c:Candidate) ON (c.article);
CREATE CONSTRAINT proposal_id IF NOT EXISTS FOR (p:Proposal) REQUIRE p.id IS UNIQUE;
CREATE INDEX proposal_article IF NOT EXISTS FOR (p:Proposal) ON (p.article);
