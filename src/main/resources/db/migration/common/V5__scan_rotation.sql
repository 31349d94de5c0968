-- How staff turned a kept scan to read it (a form photographed or scanned sideways): degrees
-- clockwise, applied after the picture's own orientation tag. Kept with the scan so it opens the
-- right way up next time.
ALTER TABLE scan ADD COLUMN rotation INT DEFAULT 0 NOT NULL;
ALTER TABLE scan ADD CONSTRAINT scan_rotation_quarter_turns CHECK (rotation IN (0, 90, 180, 270));

-- Photos shared from Android phones come as WebP.
ALTER TABLE scan DROP CONSTRAINT scan_media_type_known;
ALTER TABLE scan ADD CONSTRAINT scan_media_type_known CHECK (media_type IN ('PDF', 'PNG', 'JPEG', 'TIFF', 'WEBP'));
