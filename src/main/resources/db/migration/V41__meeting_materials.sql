-- A meeting's materials (issue 15, point 6): links to its documents, one per line as "Title | https://…", the same
-- in every language (a document is usually in one language; its title says which).
ALTER TABLE meeting ADD COLUMN materials text;
