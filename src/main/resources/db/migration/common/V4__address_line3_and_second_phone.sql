-- Spreadsheets bring addresses of three street lines (a unit, a building, a street) and a second
-- phone number (a mobile beside the office line): the register keeps both, and a letter sent keeps
-- the third line it was printed with.
ALTER TABLE signatory ADD COLUMN address_line3 VARCHAR(200) NOT NULL DEFAULT '';
ALTER TABLE signatory ADD COLUMN second_telephone VARCHAR(20) NOT NULL DEFAULT '';
ALTER TABLE letter_sent ADD COLUMN address_line3 VARCHAR(200) NOT NULL DEFAULT '';
