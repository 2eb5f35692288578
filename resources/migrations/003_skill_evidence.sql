-- Migration step 3: explicit links from roadmap items to the skills they train,
-- so evidence is what the user agreed to, not a guess from the text.
CREATE TABLE skill_item_link (
    skill_id        INTEGER NOT NULL REFERENCES skill(id) ON DELETE CASCADE,
    roadmap_node_id INTEGER NOT NULL REFERENCES roadmap_node(id) ON DELETE CASCADE,
    PRIMARY KEY (skill_id, roadmap_node_id)
);
CREATE INDEX skill_item_link_node ON skill_item_link(roadmap_node_id);
