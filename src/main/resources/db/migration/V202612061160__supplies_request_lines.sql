-- 领用申请 with several lines: one form names several items of its store, each with a quantity and a purpose. 发放
-- issues every line at once or none (one conditional update per line, in the one transaction). The request's one
-- item moves to its first line.
CREATE TABLE supplies_request_line (
    request_id       BIGINT        NOT NULL REFERENCES supplies_request (id),
    line_no          INT           NOT NULL,
    item_id          BIGINT        NOT NULL REFERENCES supplies_item (id),
    quantity         INT           NOT NULL,
    purpose          VARCHAR(500)  NOT NULL,
    PRIMARY KEY (request_id, line_no),
    CONSTRAINT uq_supplies_request_line_item UNIQUE (request_id, item_id),
    CONSTRAINT ck_supplies_request_line_quantity CHECK (quantity > 0)
);
CREATE INDEX ix_supplies_request_line_item ON supplies_request_line (item_id);

INSERT INTO supplies_request_line (request_id, line_no, item_id, quantity, purpose)
    SELECT id, 0, item_id, quantity, purpose FROM supplies_request;

ALTER TABLE supplies_request DROP CONSTRAINT ck_supplies_request_quantity;
ALTER TABLE supplies_request DROP COLUMN item_id;
ALTER TABLE supplies_request DROP COLUMN quantity;
ALTER TABLE supplies_request DROP COLUMN purpose;
