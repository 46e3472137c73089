-- The kinds whose finished objects from before the offers have all been offered to the archive (ArchiveOffers): a
-- kind without a row is taken again at the next start, so an intake stopped halfway is finished later.
CREATE TABLE arc_offer_intake (
    source_kind   VARCHAR(30) PRIMARY KEY,
    completed_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
