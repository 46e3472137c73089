-- The file store's registry: a row is written in the same transaction as the row that refers to the file, so a
-- file without one was left by a transaction that never committed (the sweep removes it after a grace period),
-- and the registry lists what a backup must copy.
CREATE TABLE platform_file (
    storage_key  VARCHAR(200)             PRIMARY KEY,
    size_bytes   BIGINT,
    sha256       VARCHAR(64),
    stored_at    TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Files stored before the registry existed: every key a table refers to (size and checksum where it keeps them).
-- A one-time adoption; from here on only the file store writes this table.
INSERT INTO platform_file (storage_key, size_bytes, sha256, stored_at)
SELECT storage_key, MAX(size_bytes), MAX(sha256), MIN(stored_at) FROM (
    SELECT storage_key, size_bytes, sha256, created_at AS stored_at FROM doc_attachment_version
    UNION ALL
    SELECT sealed_pdf_key, CAST(NULL AS BIGINT), CAST(NULL AS VARCHAR(64)), COALESCE(sealed_at, CURRENT_TIMESTAMP)
      FROM doc_document WHERE sealed_pdf_key IS NOT NULL
    UNION ALL
    SELECT sealed_ofd_key, CAST(NULL AS BIGINT), CAST(NULL AS VARCHAR(64)), COALESCE(sealed_at, CURRENT_TIMESTAMP)
      FROM doc_document WHERE sealed_ofd_key IS NOT NULL
    UNION ALL
    SELECT storage_key, size_bytes, sha256, CURRENT_TIMESTAMP FROM arc_file
) referenced
GROUP BY storage_key;
