-- A site's operator may be a member of a bid (its id in the bid module; no foreign key across modules), and a site
-- may come from an organisation's offer in a call's questions: the application's reference, once per offer, so a
-- second click on "add to the register" finds the first site.
ALTER TABLE site ADD COLUMN operator_member bigint;
ALTER TABLE site ADD COLUMN offered_in text UNIQUE;
