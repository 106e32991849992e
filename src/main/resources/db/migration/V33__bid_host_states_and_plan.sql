-- The funding plan of a bid (issue 16), owned by the bid module: what the EU is expected to put in, the host states
-- with their public pledges and status, and the date each member signed the consortium agreement.

-- The EU's share as announced for this bid (cents); the targets are in bid.target_*_bp.
ALTER TABLE bid ADD COLUMN eu_pledge_cents bigint NOT NULL DEFAULT 0 CHECK (eu_pledge_cents >= 0);

-- Each participating state: its public pledge towards the capital cost, its status with dates, and the share of the
-- host-state target expected of it (null: an equal part of what the others leave).
CREATE TABLE bid_host_state (
    bid_id             bigint NOT NULL REFERENCES bid (id),
    country            char(2) NOT NULL,
    status             text NOT NULL CHECK (status IN ('JOINED', 'COMMITTED', 'WITHDRAWN')),
    pledge_cents       bigint NOT NULL DEFAULT 0 CHECK (pledge_cents >= 0),
    share_target_cents bigint CHECK (share_target_cents >= 0),
    joined_on          date NOT NULL,
    committed_on       date,
    withdrawn_on       date,
    PRIMARY KEY (bid_id, country)
);

ALTER TABLE bid_member ADD COLUMN agreement_signed_on date;
