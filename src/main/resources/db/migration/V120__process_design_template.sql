-- A design is made for a process template (issue 11): the template key a module registers replaces the 公文
-- direction, and the scope's type is the template's type code. Existing designs keep working: OUTGOING and
-- INCOMING become the keys of the 发文 and 收文 templates, outgoing and incoming.
ALTER TABLE wf_process_design ADD COLUMN template_key VARCHAR(40);
UPDATE wf_process_design SET template_key = LOWER(direction);
ALTER TABLE wf_process_design ALTER COLUMN template_key SET NOT NULL;
DROP INDEX ix_wf_process_design_scope;
ALTER TABLE wf_process_design DROP COLUMN direction;
ALTER TABLE wf_process_design RENAME COLUMN document_type TO type_code;
CREATE INDEX ix_wf_process_design_scope ON wf_process_design (template_key, unit_id, type_code);
