-- the 档号 a finished document was archived under (archive.ItemArchived), shown on its page
ALTER TABLE doc_document ADD COLUMN archival_code VARCHAR(100);
