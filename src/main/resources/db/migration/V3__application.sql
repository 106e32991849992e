-- Applications to join the consortium. Column names here are a contract: the insights module reads them.
CREATE TABLE application (
    id                       bigserial PRIMARY KEY,
    reference                text        NOT NULL UNIQUE,
    call_id                  bigint      NOT NULL REFERENCES call (id),
    -- The review stage (issue: staff back office). Intake sets SUBMITTED; the applicant may move it to WITHDRAWN.
    status                   text        NOT NULL CHECK (status IN ('SUBMITTED', 'ELIGIBILITY_CHECK', 'UNDER_REVIEW',
                                                      'INFO_REQUESTED', 'ACCEPTED', 'DECLINED', 'WITHDRAWN')),
    organisation_name        text        NOT NULL,
    country                  char(2)     NOT NULL,
    registry_code            text        NOT NULL,
    -- Digits and letters only, upper case: the key that makes one application per organisation per call.
    registry_code_normalised text        NOT NULL,
    vat_number               text,
    pic                      text,
    website                  text,
    category                 text        NOT NULL,
    organisation_size        text        NOT NULL CHECK (organisation_size IN ('MICRO', 'SMALL', 'MEDIUM', 'LARGE')),
    contact_name             text,
    contact_email            text,
    contact_phone            text,
    contribution_areas       text[]      NOT NULL,
    investment_intent_eur    bigint CHECK (investment_intent_eur BETWEEN 0 AND 100000000000),
    compute_demand_gpu_hours bigint CHECK (compute_demand_gpu_hours BETWEEN 0 AND 100000000000),
    description              text        NOT NULL,
    consent_privacy_version  text        NOT NULL,
    consent_privacy_at       timestamptz NOT NULL,
    consent_directory        boolean     NOT NULL DEFAULT false,
    language                 char(2)     NOT NULL,
    -- Stored only as a SHA-256 hash: the private link to view, amend or withdraw.
    access_token_hash        text        NOT NULL UNIQUE,
    submitted_at             timestamptz NOT NULL,
    updated_at               timestamptz NOT NULL,
    withdrawn_at             timestamptz,
    decided_at               timestamptz,
    version                  integer     NOT NULL DEFAULT 1,
    CONSTRAINT application_one_per_organisation UNIQUE (call_id, country, registry_code_normalised)
);
CREATE INDEX application_call_status_idx ON application (call_id, status);
CREATE INDEX application_call_submitted_idx ON application (call_id, submitted_at);
