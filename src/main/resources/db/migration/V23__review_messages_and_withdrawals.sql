-- What the applicant was told, apart from why staff moved: a decision's or a reopening's optional message, and the
-- question of an information request (required there). The reason stays internal (the timeline, the audit log).
ALTER TABLE review_event ADD COLUMN message text;
-- An information request's answer-by time (the end of the chosen day in the call's zone); a later answer is late,
-- still accepted.
ALTER TABLE review_event ADD COLUMN answer_by timestamptz;

-- A conflict-of-interest declaration withdrawn by the person who made it (a mistake): the row stays, as evidence of
-- what was declared and when, but no longer hides anything.
ALTER TABLE review_conflict ADD COLUMN withdrawn_at timestamptz;

-- Before this, one box fed both: what earlier questions and decisions sent the applicant was their reason.
UPDATE review_event SET message = reason WHERE action IN ('REQUEST_INFORMATION', 'ACCEPT', 'DECLINE');
