-- GB/T 9704-2012 7.2.1 份号 (the 发文's 份数, the number of copies printed) and 7.3.6 附注.
ALTER TABLE doc_document ADD COLUMN copies INTEGER;
ALTER TABLE doc_document ADD COLUMN annotation VARCHAR(200);
