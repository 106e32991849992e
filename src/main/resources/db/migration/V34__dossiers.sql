-- The consortium dossier (issue 19), owned by the dossier module: each generated version of a bid's dossier with
-- what it was built from, its files with their SHA-256, and the job's state. Rows are never deleted: an old version
-- is downloaded again byte for byte.
CREATE TABLE dossier (
    id            bigserial PRIMARY KEY,
    bid_slug      text NOT NULL,
    version       integer NOT NULL CHECK (version > 0),
    language      text NOT NULL,
    status        text NOT NULL CHECK (status IN ('QUEUED', 'RUNNING', 'DONE', 'REFUSED', 'FAILED')),
    requested_by  text NOT NULL,
    requested_at  timestamptz NOT NULL,
    -- A running job holds its row until lease_until; after that another node takes it again (attempts counts the
    -- takes, and only the latest take may finish it).
    started_at    timestamptz,
    lease_until   timestamptz,
    attempts      integer NOT NULL DEFAULT 0,
    finished_at   timestamptz,
    -- What it was built from (the bid, the frozen assessment's version, the call), every total of its tables, and
    -- its members and commitments by id: what changed between two versions is read from these.
    inputs        jsonb,
    totals        jsonb,
    contents      jsonb,
    pages         integer,
    -- The page limit in force when it was generated: a refusal says which limit it broke.
    page_limit    integer,
    pdf           bytea,
    pdf_sha256    text,
    pdf_bytes     bigint,
    xlsx          bytea,
    xlsx_sha256   text,
    xlsx_bytes    bigint,
    -- Why it was refused or failed: a code the page says in words (TOO_MANY_PAGES, NO_BID, ERROR).
    problem       text,
    UNIQUE (bid_slug, version)
);

-- One dossier at a time per bid: a second request while one is queued or running is the same request.
CREATE UNIQUE INDEX dossier_one_pending_per_bid ON dossier (bid_slug) WHERE status IN ('QUEUED', 'RUNNING');
CREATE INDEX dossier_pending ON dossier (requested_at) WHERE status IN ('QUEUED', 'RUNNING');
