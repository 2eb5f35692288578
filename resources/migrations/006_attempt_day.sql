-- Migration step 6: attempts by day. The streak on the first screen counts a
-- year of attempts per day; without this index SQLite scanned every attempt
-- and sorted them by day (26 ms at 200,000 attempts, against 3 ms with it).
CREATE INDEX attempt_day ON attempt(day);
