ALTER TABLE customer ADD COLUMN full_name varchar(200);
UPDATE customer SET full_name = name;
ALTER TABLE customer DROP COLUMN name;
