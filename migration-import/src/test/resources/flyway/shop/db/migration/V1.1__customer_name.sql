ALTER TABLE customer ADD COLUMN name varchar(100);
