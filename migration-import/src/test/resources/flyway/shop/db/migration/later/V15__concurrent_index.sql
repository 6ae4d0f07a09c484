CREATE INDEX CONCURRENTLY address_country_idx ON address (country);
