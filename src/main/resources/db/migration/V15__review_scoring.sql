-- The scoring rubric of a call: criteria with weights, each scored 1 to 5. A call without rows here uses the default
-- rubric defined in code (review.Rubric.DEFAULT), so a new call is scorable at once.
-- A default criterion has a code and no name (its name is translated); a criterion an admin adds has a name.
CREATE TABLE review_criterion (
    call_id  bigint  NOT NULL REFERENCES call (id),
    code     text    NOT NULL,
    name     text,
    weight   integer NOT NULL CHECK (weight BETWEEN 1 AND 100),
    position integer NOT NULL,
    PRIMARY KEY (call_id, code)
);

-- One score set per reviewer and application, one row per criterion; the reviewer (their e-mail) edits only their own.
CREATE TABLE review_score (
    application_id bigint      NOT NULL REFERENCES application (id),
    reviewer       text        NOT NULL,
    criterion      text        NOT NULL,
    score          smallint    NOT NULL CHECK (score BETWEEN 1 AND 5),
    scored_at      timestamptz NOT NULL,
    PRIMARY KEY (application_id, reviewer, criterion)
);
