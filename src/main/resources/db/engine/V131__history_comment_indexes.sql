-- Indexes Flowable's schema lacks for how the product reads history: a document's timeline asks for the comments
-- (opinions) of its process, and Flowable indexes ACT_HI_COMMENT by its id only; with a million finished documents
-- every open of one scanned seven million opinions (bench/README.md). IF NOT EXISTS: installations where the
-- application created them before they were migrations keep theirs.
CREATE INDEX IF NOT EXISTS zt_idx_hi_comment_procinst ON act_hi_comment (proc_inst_id_);
CREATE INDEX IF NOT EXISTS zt_idx_hi_comment_task ON act_hi_comment (task_id_);
