-- The partner directory (issue 17), owned by the directory module: organisations sign in without a password through a
-- one-time link sent to the contact address their application or bid membership names (or a colleague's confirmed
-- address), edit the profile the directory shows, and choose whether they are listed.

-- What an organisation says about itself in the directory. key names it where it comes from:
-- 'application:<country>/<normalised registry code>' or 'member:<bid member id>'. listed: null follows the answer of
-- the organisation's application to the directory question; true or false was chosen in the directory, when the
-- application answered application_consent. The later choice wins: once the application's answer differs from
-- application_consent (changed on the application's own page since), the application's answer counts again.
CREATE TABLE directory_organisation (
    key          text PRIMARY KEY,
    profile      text NOT NULL DEFAULT '' CHECK (length(profile) <= 600),
    website      text CHECK (length(website) <= 200),
    listed       boolean,
    listed_by    text,
    application_consent boolean,
    updated_at   timestamptz NOT NULL
);

-- A colleague an organisation added: their own address, which may sign in once they confirmed it (the token's
-- SHA-256 until then).
CREATE TABLE directory_colleague (
    organisation_key text NOT NULL REFERENCES directory_organisation (key) ON DELETE CASCADE,
    email            text NOT NULL,
    token_hash       text UNIQUE,
    added_by         text NOT NULL,
    added_at         timestamptz NOT NULL,
    confirmed_at     timestamptz,
    PRIMARY KEY (organisation_key, email)
);
CREATE INDEX directory_colleague_email ON directory_colleague (email) WHERE confirmed_at IS NOT NULL;

-- A request for a sign-in link, handled after the answer was given (so the answer's timing says nothing about the
-- address). The address is kept only until it is handled; the hashes count requests per address and per client.
CREATE TABLE directory_sign_in_request (
    id            bigserial PRIMARY KEY,
    requested_at  timestamptz NOT NULL,
    email         text,
    language      text NOT NULL,
    address_hash  text NOT NULL,
    client_hash   text NOT NULL,
    -- null until handled; SENT (a link went out), UNKNOWN (no organisation uses the address) or LIMITED.
    outcome       text CHECK (outcome IN ('SENT', 'UNKNOWN', 'LIMITED'))
);
CREATE INDEX directory_sign_in_request_pending ON directory_sign_in_request (id) WHERE outcome IS NULL;
CREATE INDEX directory_sign_in_request_address ON directory_sign_in_request (address_hash, requested_at);
CREATE INDEX directory_sign_in_request_client ON directory_sign_in_request (client_hash, requested_at);

-- A one-time sign-in link: the token's SHA-256, the address it was sent to, valid until expires_at, once.
CREATE TABLE directory_sign_in_link (
    token_hash  text PRIMARY KEY,
    email       text NOT NULL,
    created_at  timestamptz NOT NULL,
    expires_at  timestamptz NOT NULL,
    used_at     timestamptz
);
