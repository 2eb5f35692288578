-- Migration step 1: the schema for all four tabs.
-- Dates are ISO YYYY-MM-DD, instants UTC ISO-8601, money LPA as REAL.

CREATE TABLE setting (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

-- The plan as a tree: phases > months/years > weeks/sections > items > sub-items.
CREATE TABLE roadmap_node (
    id          INTEGER PRIMARY KEY,
    parent_id   INTEGER REFERENCES roadmap_node(id) ON DELETE CASCADE,
    position    INTEGER NOT NULL DEFAULT 0,
    kind        TEXT NOT NULL CHECK (kind IN ('phase','month','year','week','section','deliverable','item')),
    title       TEXT NOT NULL,
    title_markdown TEXT NOT NULL DEFAULT '',
    notes       TEXT NOT NULL DEFAULT '',
    status      TEXT NOT NULL DEFAULT 'todo' CHECK (status IN ('todo','doing','done','skipped')),
    start_date  TEXT,
    due_date    TEXT,
    source_path TEXT NOT NULL DEFAULT '',
    source_line INTEGER NOT NULL DEFAULT 0,
    removed     INTEGER NOT NULL DEFAULT 0,
    updated_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now'))
);

CREATE TABLE topic (
    id               INTEGER PRIMARY KEY,
    name             TEXT NOT NULL UNIQUE COLLATE NOCASE,
    target_count     INTEGER NOT NULL DEFAULT 0,
    roadmap_node_id  INTEGER REFERENCES roadmap_node(id) ON DELETE SET NULL
);

CREATE TABLE problem (
    id          INTEGER PRIMARY KEY,
    slug        TEXT NOT NULL UNIQUE,
    title       TEXT NOT NULL,
    link        TEXT NOT NULL DEFAULT '',
    platform    TEXT NOT NULL DEFAULT 'LeetCode',
    difficulty  TEXT NOT NULL DEFAULT 'medium' CHECK (difficulty IN ('easy','medium','hard')),
    status      TEXT NOT NULL DEFAULT 'todo' CHECK (status IN ('todo','attempted','solved','revisit')),
    confidence  INTEGER NOT NULL DEFAULT 0 CHECK (confidence BETWEEN 0 AND 5),
    notes       TEXT NOT NULL DEFAULT '',
    companies   TEXT NOT NULL DEFAULT '',
    tags        TEXT NOT NULL DEFAULT '',
    catalogue   TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')),
    solved_on   TEXT
);

CREATE TABLE problem_topic (
    problem_id INTEGER NOT NULL REFERENCES problem(id) ON DELETE CASCADE,
    topic_id   INTEGER NOT NULL REFERENCES topic(id) ON DELETE CASCADE,
    PRIMARY KEY (problem_id, topic_id)
);

CREATE TABLE attempt (
    id          INTEGER PRIMARY KEY,
    problem_id  INTEGER NOT NULL REFERENCES problem(id) ON DELETE CASCADE,
    day         TEXT NOT NULL,
    minutes     INTEGER NOT NULL DEFAULT 0,
    outcome     TEXT NOT NULL DEFAULT 'solved' CHECK (outcome IN ('solved','partial','failed','reviewed'))
);

CREATE TABLE review (
    id          INTEGER PRIMARY KEY,
    problem_id  INTEGER NOT NULL REFERENCES problem(id) ON DELETE CASCADE,
    due_on      TEXT NOT NULL,
    interval_days INTEGER NOT NULL DEFAULT 1,
    done_on     TEXT,
    grade       INTEGER
);

CREATE TABLE application (
    id              INTEGER PRIMARY KEY,
    company         TEXT NOT NULL,
    role            TEXT NOT NULL,
    company_type    TEXT NOT NULL DEFAULT 'other' CHECK (company_type IN ('service','startup','product','other')),
    source          TEXT NOT NULL DEFAULT '',
    location        TEXT NOT NULL DEFAULT '',
    remote          INTEGER NOT NULL DEFAULT 0,
    link            TEXT NOT NULL DEFAULT '',
    description     TEXT NOT NULL DEFAULT '',
    skills_asked    TEXT NOT NULL DEFAULT '',
    salary_advertised REAL,
    salary_expected   REAL,
    salary_offered    REAL,
    stage           TEXT NOT NULL DEFAULT 'wishlist',
    stage_since     TEXT NOT NULL DEFAULT (date('now')),
    applied_on      TEXT,
    follow_up_on    TEXT,
    notes           TEXT NOT NULL DEFAULT '',
    created_at      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now'))
);

CREATE TABLE stage_event (
    id              INTEGER PRIMARY KEY,
    application_id  INTEGER NOT NULL REFERENCES application(id) ON DELETE CASCADE,
    from_stage      TEXT,
    to_stage        TEXT NOT NULL,
    changed_on      TEXT NOT NULL
);

CREATE TABLE interview_round (
    id              INTEGER PRIMARY KEY,
    application_id  INTEGER NOT NULL REFERENCES application(id) ON DELETE CASCADE,
    kind            TEXT NOT NULL DEFAULT 'technical' CHECK (kind IN ('assessment','technical','system_design','hr','other')),
    scheduled_on    TEXT,
    outcome         TEXT NOT NULL DEFAULT 'pending',
    notes           TEXT NOT NULL DEFAULT '',
    weak_topics     TEXT NOT NULL DEFAULT ''
);

CREATE TABLE contact (
    id              INTEGER PRIMARY KEY,
    application_id  INTEGER NOT NULL REFERENCES application(id) ON DELETE CASCADE,
    name            TEXT NOT NULL,
    role            TEXT NOT NULL DEFAULT '',
    email           TEXT NOT NULL DEFAULT '',
    phone           TEXT NOT NULL DEFAULT ''
);

CREATE TABLE skill (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE COLLATE NOCASE,
    category    TEXT NOT NULL DEFAULT '',
    level       INTEGER NOT NULL DEFAULT 0 CHECK (level BETWEEN 0 AND 14),
    notes       TEXT NOT NULL DEFAULT ''
);

CREATE TABLE milestone (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE,
    due_date    TEXT,
    roadmap_node_id INTEGER REFERENCES roadmap_node(id) ON DELETE SET NULL
);

CREATE TABLE skill_target (
    skill_id     INTEGER NOT NULL REFERENCES skill(id) ON DELETE CASCADE,
    milestone_id INTEGER NOT NULL REFERENCES milestone(id) ON DELETE CASCADE,
    level        INTEGER NOT NULL CHECK (level BETWEEN 0 AND 14),
    label        TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (skill_id, milestone_id)
);

CREATE TABLE skill_level_event (
    id          INTEGER PRIMARY KEY,
    skill_id    INTEGER NOT NULL REFERENCES skill(id) ON DELETE CASCADE,
    level       INTEGER NOT NULL,
    changed_on  TEXT NOT NULL
);

CREATE TABLE reminder (
    id          INTEGER PRIMARY KEY,
    kind        TEXT NOT NULL UNIQUE,
    enabled     INTEGER NOT NULL DEFAULT 1,
    schedule    TEXT NOT NULL DEFAULT '',
    last_fired  TEXT,
    snoozed_until TEXT
);
