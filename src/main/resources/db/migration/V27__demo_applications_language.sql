-- The demo call's sample applications were stored in English, so their contacts were written to in English. Each
-- sample now has its contact's language (DemoApplications.SAMPLES); this corrects samples an existing database holds.
-- They are found by their fixed draft ids (UUID.nameUUIDFromBytes("demo-application-<n>")); without demo data
-- (production) nothing matches.
UPDATE application SET language = samples.language
FROM (VALUES ('66d72317-9ced-3d68-b7f8-75984da4853c'::uuid, 'lt'), ('f0005426-c9f6-3572-bbd1-e3ea0727e7a1'::uuid, 'pl'),
             ('6d8bf3b5-5086-3004-a83c-58e93a7a5df9'::uuid, 'lv'), ('960382f6-3450-303c-acd0-dfaedd57576d'::uuid, 'et'))
     AS samples (draft_id, language)
WHERE application.draft_id = samples.draft_id;
