-- 公用通讯录: besides the office phone, a person's mobile (also where SMS reminders go) and office room.
ALTER TABLE org_person ADD COLUMN mobile VARCHAR(30);
ALTER TABLE org_person ADD COLUMN room VARCHAR(50);
