ALTER TABLE item ADD CONSTRAINT item_title_key UNIQUE (title);
