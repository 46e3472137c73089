-- 节假日: the days that differ from the plain week (Monday to Friday worked): 法定节假日 on weekdays (HOLIDAY) and the
-- 调休 weekends worked (WORKDAY). Deadlines counted in working days (platform.WorkingDays) rest on it.
CREATE TABLE plat_calendar_day (
    calendar_date  DATE          PRIMARY KEY,
    kind           VARCHAR(10)   NOT NULL,
    name           VARCHAR(50)   NOT NULL,
    changed_by     VARCHAR(100)  NOT NULL,
    changed_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    version        BIGINT        NOT NULL DEFAULT 0
);

-- the system administrator keeps it
UPDATE sec_role SET permissions = permissions || ',HOLIDAY_MANAGE' WHERE code = 'SYSTEM_ADMIN';
