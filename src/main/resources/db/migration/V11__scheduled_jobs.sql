-- One row per scheduled job and period: the node that inserts it runs the job, the others skip (see OncePerPeriod).
CREATE TABLE scheduled_job_run (
    job        text        NOT NULL,
    period     text        NOT NULL,
    claimed_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (job, period)
);
