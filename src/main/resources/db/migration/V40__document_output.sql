-- The official output produced at 用印: the signed PDF and OFD, kept in the file store.
ALTER TABLE doc_document ADD COLUMN sealed_pdf_key VARCHAR(100);
ALTER TABLE doc_document ADD COLUMN sealed_ofd_key VARCHAR(100);
ALTER TABLE doc_document ADD COLUMN seal_id BIGINT;
ALTER TABLE doc_document ADD COLUMN sealed_by VARCHAR(100);
ALTER TABLE doc_document ADD COLUMN sealed_at TIMESTAMP WITH TIME ZONE;
