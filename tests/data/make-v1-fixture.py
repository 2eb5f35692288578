#!/usr/bin/env python3
"""Writes planner-v1.sqlite: a database at schema version 1 (only migration step 1
applied), holding a little of everything, so the upgrade test can check that data
survives every later step. Run from this folder after changing nothing in
001_initial.sql; the committed file is what the test uses."""
import os
import sqlite3

here = os.path.dirname(os.path.abspath(__file__))
target = os.path.join(here, "planner-v1.sqlite")
if os.path.exists(target):
    os.remove(target)
db = sqlite3.connect(target)
with open(os.path.join(here, "..", "..", "resources", "migrations", "001_initial.sql")) as f:
    db.executescript(f.read())
db.executescript("""
INSERT INTO setting(key, value) VALUES ('plan.start', '2026-01-01'), ('plan.title', 'Fixture plan'),
    ('plan.seeded', 'fixture');
INSERT INTO roadmap_node(id, parent_id, position, kind, title, status) VALUES
    (1, NULL, 0, 'month', 'Month 1: Fixture', 'todo'),
    (2, 1, 0, 'item', 'First fixture item', 'done'),
    (3, 1, 1, 'item', 'Second fixture item', 'todo');
INSERT INTO topic(id, name, target_count, roadmap_node_id) VALUES (1, 'Arrays', 15, 3);
INSERT INTO problem(id, slug, title, difficulty, status) VALUES (1, 'two-sum', 'Two Sum', 'easy', 'solved');
INSERT INTO problem_topic(problem_id, topic_id) VALUES (1, 1);
INSERT INTO application(id, company, role, stage, applied_on) VALUES (1, 'Fixture Labs', 'Backend Developer', 'applied', '2026-06-02');
INSERT INTO stage_event(application_id, from_stage, to_stage, changed_on) VALUES (1, NULL, 'applied', '2026-06-02');
INSERT INTO skill(id, name, level) VALUES (1, 'Python', 9);
PRAGMA user_version = 1;
""")
db.commit()
db.close()
