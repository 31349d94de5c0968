-- Windows Fax and Scan (on every Windows PC) and Paint save scans as BMP; some older scanner
-- software saves GIF. Kept as their original bytes, like every scan.
ALTER TABLE scan DROP CONSTRAINT scan_media_type_known;
ALTER TABLE scan ADD CONSTRAINT scan_media_type_known
    CHECK (media_type IN ('PDF', 'PNG', 'JPEG', 'TIFF', 'WEBP', 'BMP', 'GIF'));
