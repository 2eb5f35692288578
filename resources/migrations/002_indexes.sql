-- Migration step 2: indexes for the lookups every tab makes, chosen from
-- EXPLAIN QUERY PLAN of the stores' queries, and the default reminders.

CREATE INDEX roadmap_node_parent ON roadmap_node(parent_id, position);
CREATE INDEX problem_status ON problem(status);
CREATE INDEX problem_topic_topic ON problem_topic(topic_id);
CREATE INDEX attempt_problem ON attempt(problem_id, day);
CREATE INDEX review_due ON review(due_on) WHERE done_on IS NULL;
CREATE INDEX application_stage ON application(stage);
CREATE INDEX application_company ON application(company COLLATE NOCASE, role COLLATE NOCASE);
CREATE INDEX stage_event_application ON stage_event(application_id, changed_on);
CREATE INDEX skill_level_event_skill ON skill_level_event(skill_id, changed_on);

INSERT OR IGNORE INTO reminder(kind, schedule) VALUES
    ('learning', 'daily 19:00'),
    ('dsa', 'daily 20:30'),
    ('applications', 'daily 21:00'),
    ('reviews', 'daily 09:00'),
    ('follow_ups', 'daily 10:00'),
    ('weekly_review', 'weekly sun 18:00');
