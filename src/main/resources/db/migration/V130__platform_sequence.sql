-- One kernel table for the gapless counters (platform Sequences), replacing the copies in document and archive:
-- their rows move over unchanged, so the numbers go on without a gap.
CREATE TABLE platform_sequence (
    name        VARCHAR(40)  NOT NULL,
    seq_key     VARCHAR(150) NOT NULL,
    last_number  INT          NOT NULL,
    CONSTRAINT pk_platform_sequence PRIMARY KEY (name, seq_key)
);

INSERT INTO platform_sequence (name, seq_key, last_number)
    SELECT 'document.number', sequence_key, last_serial FROM doc_number_sequence;
INSERT INTO platform_sequence (name, seq_key, last_number)
    SELECT 'archive.item', class_key, last_number FROM arc_counter;

DROP TABLE doc_number_sequence;
DROP TABLE arc_counter;
