CREATE TABLE country (
    code char(2) PRIMARY KEY,
    name varchar(80) NOT NULL
);

INSERT INTO country (code, name) VALUES
    ('DE', 'Germany'),
    ('FR', 'France'),
    ('IE', 'Ireland; the Republic');
