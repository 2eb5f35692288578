-- Migration step 4: the file remembers that it has been given a plan, so the
-- built-in plan seeds only a file that was never initialised, and never a
-- user's plan of headings and notes that happens to have no checklist items.
-- Files that already hold a plan (or were seeded under the old marker) count.
INSERT OR IGNORE INTO setting (key, value)
SELECT 'plan.initialised', 'migrated'
WHERE EXISTS (SELECT 1 FROM roadmap_node)
   OR EXISTS (SELECT 1 FROM setting WHERE key = 'plan.seeded');
DELETE FROM setting WHERE key = 'plan.seeded';
