-- Issue 15 §6: a meeting's materials may be files as well as links (V41). Judged by their content before they are
-- stored (shared.UploadedFiles), kept here with their SHA-256, listed on the public meeting page and served as
-- attachments. The same file twice for one meeting (a double click) is stored once.
CREATE TABLE meeting_material_file (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    meeting_id  bigint      NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    title       text        NOT NULL,
    file_name   text        NOT NULL,
    media_type  text        NOT NULL,
    size_bytes  bigint      NOT NULL CHECK (size_bytes > 0),
    sha256      char(64)    NOT NULL,
    content     bytea       NOT NULL,
    uploaded_at timestamptz NOT NULL,
    UNIQUE (meeting_id, sha256)
);
