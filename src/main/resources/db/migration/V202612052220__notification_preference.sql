-- 提醒设置: per person and kind, the channels besides the in-app list (no row: the defaults), and quiet hours.
CREATE TABLE notification_channel_choice (
    username  VARCHAR(100) NOT NULL,
    kind      VARCHAR(20)  NOT NULL,
    popup     BOOLEAN      NOT NULL,
    email     BOOLEAN      NOT NULL,
    sms       BOOLEAN      NOT NULL,
    CONSTRAINT pk_notification_channel_choice PRIMARY KEY (username, kind)
);

CREATE TABLE notification_quiet_hours (
    username    VARCHAR(100) NOT NULL,
    starts_at   VARCHAR(5)   NOT NULL,
    ends_at     VARCHAR(5)   NOT NULL,
    CONSTRAINT pk_notification_quiet_hours PRIMARY KEY (username)
);
