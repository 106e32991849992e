-- Issue 15 §6: a reminder before the deadline to people who saved a draft and asked for one. The opt-in is the
-- moment it was given (the last save decides); reminded_at claims the reminder (one per draft, whatever the number of
-- nodes); the reminder brings its own link to resume the draft, so the link saved earlier keeps working.
ALTER TABLE application_draft
    ADD COLUMN remind_requested_at timestamptz,
    ADD COLUMN reminded_at         timestamptz,
    ADD COLUMN reminder_token_hash text UNIQUE;

CREATE INDEX application_draft_reminder_due_idx ON application_draft (call_id)
    WHERE remind_requested_at IS NOT NULL AND reminded_at IS NULL;
