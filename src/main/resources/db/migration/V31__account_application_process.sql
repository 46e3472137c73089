-- 账号申请 runs on the workflow engine: the application remembers its process.
ALTER TABLE sec_account_application ADD COLUMN process_instance_id VARCHAR(64);
