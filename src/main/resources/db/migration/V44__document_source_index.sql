-- 分发 checks whether a 发文 was already delivered by looking up the 收文 made from it; without an index that is a
-- scan of every document (found by the step benchmark at 1,000,000 documents, bench/README.md).
CREATE INDEX ix_doc_document_source ON doc_document (source_document_id);
