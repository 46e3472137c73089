-- 网上论坛: when the author last edited a post (null: never), shown next to it
ALTER TABLE fm_post ADD COLUMN edited_at TIMESTAMP WITH TIME ZONE;
