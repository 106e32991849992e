-- Foundation: calls, meetings, staff accounts and API tokens, plus the tables Spring Session and the Modulith
-- event publication registry need (Flyway owns every table; nothing is created by the framework at run time).

CREATE TABLE call (
    id                bigserial PRIMARY KEY,
    slug              text        NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9][a-z0-9-]{0,62}$'),
    title_lt          text        NOT NULL,
    title_en          text        NOT NULL,
    title_pl          text        NOT NULL,
    title_lv          text        NOT NULL,
    title_et          text        NOT NULL,
    opens_at          timestamptz NOT NULL,
    closes_at         timestamptz NOT NULL CHECK (closes_at > opens_at),
    time_zone         text        NOT NULL,
    budget_eur        bigint      NOT NULL CHECK (budget_eur >= 0),
    private_share_pct integer     NOT NULL CHECK (private_share_pct BETWEEN 0 AND 100),
    planned_gpus      integer     NOT NULL CHECK (planned_gpus >= 0),
    meeting_slug      text,
    demo              boolean     NOT NULL DEFAULT false,
    created_at        timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE meeting (
    id                     bigserial PRIMARY KEY,
    slug                   text        NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9][a-z0-9-]{0,62}$'),
    title_lt               text        NOT NULL,
    title_en               text        NOT NULL,
    title_pl               text        NOT NULL,
    title_lv               text        NOT NULL,
    title_et               text        NOT NULL,
    starts_at              timestamptz NOT NULL,
    ends_at                timestamptz NOT NULL CHECK (ends_at > starts_at),
    time_zone              text        NOT NULL,
    venue                  text,
    online                 boolean     NOT NULL,
    capacity_in_person     integer     NOT NULL CHECK (capacity_in_person >= 0),
    registration_opens_at  timestamptz NOT NULL,
    registration_closes_at timestamptz NOT NULL,
    demo                   boolean     NOT NULL DEFAULT false,
    created_at             timestamptz NOT NULL DEFAULT now()
);

-- The ministry's call of 28 July 2025: window 28 July 00:00 to 10 August 23:59:59, Vilnius time (EEST, UTC+3).
-- Budget about EUR 3 bn, 65 % private. Public reports name up to 100,000 GPUs.
INSERT INTO call (slug, title_lt, title_en, title_pl, title_lv, title_et, opens_at, closes_at, time_zone,
                  budget_eur, private_share_pct, planned_gpus, meeting_slug)
VALUES ('baltic-aigf-2025',
        'Kvietimas prisijungti prie Baltijos DI gigagamyklos konsorciumo (2025)',
        'Call to join the Baltic AI Gigafactory Consortium (2025)',
        'Nabór do Bałtyckiego Konsorcjum Gigafabryki AI (2025)',
        'Uzaicinājums pievienoties Baltijas MI gigarūpnīcas konsorcijam (2025)',
        'Kutse liituda Balti tehisintellekti gigatehase konsortsiumiga (2025)',
        '2025-07-28 00:00:00+03', '2025-08-10 23:59:59+03', 'Europe/Vilnius',
        3000000000, 65, 100000, 'info-2025-08-01');

-- The information meeting of 1 August 2025. The call gives the date only; the hours are the portal's assumption.
INSERT INTO meeting (slug, title_lt, title_en, title_pl, title_lv, title_et, starts_at, ends_at, time_zone, venue,
                     online, capacity_in_person, registration_opens_at, registration_closes_at)
VALUES ('info-2025-08-01',
        'Informacinis susitikimas apie Baltijos DI gigagamyklą',
        'Information meeting on the Baltic AI Gigafactory',
        'Spotkanie informacyjne o Bałtyckiej Gigafabryce AI',
        'Informatīvā sanāksme par Baltijas MI gigarūpnīcu',
        'Infokohtumine Balti tehisintellekti gigatehasest',
        '2025-08-01 10:00:00+03', '2025-08-01 12:00:00+03', 'Europe/Vilnius',
        'Gedimino pr. 38, Vilnius', true, 100,
        '2025-07-28 00:00:00+03', '2025-08-01 08:00:00+03');

CREATE TABLE staff_account (
    id            bigserial PRIMARY KEY,
    email         text        NOT NULL,
    display_name  text        NOT NULL,
    password_hash text        NOT NULL,
    role          text        NOT NULL CHECK (role IN ('ADMIN', 'REVIEWER', 'VIEWER')),
    enabled       boolean     NOT NULL DEFAULT true,
    created_at    timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX staff_account_email_idx ON staff_account (lower(email));

-- Bearer tokens for automation. Only the SHA-256 of a token is kept; the token itself is shown once.
CREATE TABLE api_token (
    id           bigserial PRIMARY KEY,
    name         text        NOT NULL UNIQUE,
    token_hash   text        NOT NULL UNIQUE,
    scope        text        NOT NULL CHECK (scope IN ('READ', 'READ_WRITE')),
    created_by   bigint REFERENCES staff_account (id),
    created_at   timestamptz NOT NULL DEFAULT now(),
    revoked_at   timestamptz,
    last_used_at timestamptz
);

-- Spring Session: sessions live in the database so that any node can serve any request.
CREATE TABLE spring_session (
    primary_id            char(36) NOT NULL,
    session_id            char(36) NOT NULL,
    creation_time         bigint   NOT NULL,
    last_access_time      bigint   NOT NULL,
    max_inactive_interval int      NOT NULL,
    expiry_time           bigint   NOT NULL,
    principal_name        varchar(100),
    CONSTRAINT spring_session_pk PRIMARY KEY (primary_id)
);
CREATE UNIQUE INDEX spring_session_ix1 ON spring_session (session_id);
CREATE INDEX spring_session_ix2 ON spring_session (expiry_time);
CREATE INDEX spring_session_ix3 ON spring_session (principal_name);

CREATE TABLE spring_session_attributes (
    session_primary_id char(36)     NOT NULL,
    attribute_name     varchar(200) NOT NULL,
    attribute_bytes    bytea        NOT NULL,
    CONSTRAINT spring_session_attributes_pk PRIMARY KEY (session_primary_id, attribute_name),
    CONSTRAINT spring_session_attributes_fk FOREIGN KEY (session_primary_id)
        REFERENCES spring_session (primary_id) ON DELETE CASCADE
);

-- Spring Modulith's event publication registry (schema v2): an event whose listener failed stays here until retried.
CREATE TABLE event_publication (
    id                     uuid        NOT NULL PRIMARY KEY,
    listener_id            text        NOT NULL,
    event_type             text        NOT NULL,
    serialized_event       text        NOT NULL,
    publication_date       timestamptz NOT NULL,
    completion_date        timestamptz,
    status                 text,
    completion_attempts    int,
    last_resubmission_date timestamptz
);
CREATE INDEX event_publication_serialized_event_hash_idx ON event_publication USING hash (serialized_event);
CREATE INDEX event_publication_by_completion_date_idx ON event_publication (completion_date);
