ALTER TABLE item DROP CONSTRAINT item_title_key;
