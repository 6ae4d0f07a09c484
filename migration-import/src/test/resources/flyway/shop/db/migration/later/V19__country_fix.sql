UPDATE country SET name = 'Ireland' WHERE code = 'IE';
