-- A telephone number may carry its extension (0116 496 0200 ext. 23): organisations' office lines
-- often do. Room for an 11-digit number in its groups and an extension of up to 6 digits.
ALTER TABLE signatory ALTER COLUMN telephone SET DATA TYPE VARCHAR(32);
ALTER TABLE signatory ALTER COLUMN second_telephone SET DATA TYPE VARCHAR(32);
