-- Migration step 5: other names for a topic. Merging "arrays" and "Arrays &
-- Hashing" into "Arrays and Strings" keeps the old names here, so a later
-- import or quick add that says "arrays" lands on the merged topic instead of
-- bringing the duplicate back.
CREATE TABLE topic_alias (
    alias    TEXT PRIMARY KEY COLLATE NOCASE,
    topic_id INTEGER NOT NULL REFERENCES topic(id) ON DELETE CASCADE
);
CREATE INDEX topic_alias_topic ON topic_alias(topic_id);
