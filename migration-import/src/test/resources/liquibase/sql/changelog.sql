--liquibase formatted sql

--changeset ops:1 labels:core
--comment: Events that sensors report
CREATE TABLE sensor (
    id serial PRIMARY KEY,
    label varchar(50) NOT NULL UNIQUE
);
CREATE TABLE reading (
    sensor_id integer NOT NULL REFERENCES sensor (id) ON DELETE CASCADE,
    taken_at timestamptz NOT NULL,
    value double precision,
    PRIMARY KEY (sensor_id, taken_at)
);
--rollback DROP TABLE reading;
--rollback DROP TABLE sensor;

--changeset ops:2
CREATE INDEX ix_reading_taken_at ON reading (taken_at DESC);
--rollback DROP INDEX ix_reading_taken_at;

--changeset ops:3 context:!test
ALTER TABLE sensor ADD COLUMN installed_on date DEFAULT CURRENT_DATE;
COMMENT ON TABLE sensor IS 'A device that reports readings';

--changeset ops:4 dbms:postgresql
CREATE MATERIALIZED VIEW daily_reading AS
SELECT sensor_id, date_trunc('day', taken_at) AS day, avg(value) AS average FROM reading GROUP BY 1, 2;
--rollback DROP MATERIALIZED VIEW daily_reading;
