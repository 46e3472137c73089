-- 接待管理: a unit's own rule for when its reception plans go to approval (ALWAYS, NEVER, OVER_AMOUNT with its
-- amount in 元), set by its reception desk. A unit without a row follows zhengtong.reception.approval and
-- zhengtong.reception.approval-amount.
CREATE TABLE reception_rule (
    unit_id          BIGINT         PRIMARY KEY,
    approval         VARCHAR(20)    NOT NULL,
    approval_amount  DECIMAL(12, 2) NOT NULL,
    updated_by       VARCHAR(100)   NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    version          BIGINT         NOT NULL DEFAULT 0
);
