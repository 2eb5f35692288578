-- Migration step 7: the first screen's application lookups as index ranges.
-- Today counts the applications sent today and lists and counts the follow-ups
-- due; at 20,000 applications each of these read every row (ApplicationStore).
CREATE INDEX application_applied_on ON application(applied_on);
-- Follow-up dates set by hand, on open applications only; with the stage in
-- the index the count of those due never reads a row. The WHERE must stay
-- word for word the one in ApplicationStore::followUpsDue, or SQLite cannot
-- use it.
CREATE INDEX application_follow_up ON application(follow_up_on, stage)
    WHERE stage NOT IN ('wishlist', 'accepted', 'rejected', 'ghosted', 'withdrawn');
-- Follow-ups by the rule: still at "applied", no date set by hand.
CREATE INDEX application_applied ON application(stage, applied_on, follow_up_on);
