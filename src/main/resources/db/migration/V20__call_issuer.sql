-- The country whose ministry issued a call: the call's text addresses that country's organisations (the 2025 call:
-- the Lithuanian ministry, to Lithuanian companies, research institutions and public bodies). NULL names no issuer,
-- and the call page invites organisations in general. The portal serves the partner countries' calls too.
ALTER TABLE call ADD COLUMN issuer_country char(2) CHECK (issuer_country ~ '^[A-Z]{2}$');

UPDATE call SET issuer_country = 'LT' WHERE slug = 'baltic-aigf-2025';
