package org.compactregister.model;

/** The kinds of file a scan may be, as told by the file's first bytes (not its name). */
public enum ScanMediaType {
    PDF("application/pdf", "PDF", "pdf"),
    PNG("image/png", "PNG image", "png"),
    JPEG("image/jpeg", "JPEG image", "jpg"),
    TIFF("image/tiff", "TIFF image", "tif"),
    WEBP("image/webp", "WebP image", "webp"),
    /** What Windows Fax and Scan, Paint and older scanner software save. */
    BMP("image/bmp", "BMP image", "bmp"),
    /** What some older scanner software saves. */
    GIF("image/gif", "GIF image", "gif");

    /** The kinds in words, for a refusal or a file chooser: "PDF, PNG, JPEG, TIFF, WebP, BMP or GIF". */
    public static final String NAMES = "PDF, PNG, JPEG, TIFF, WebP, BMP or GIF";

    private final String mimeType;
    private final String label;
    private final String extension;

    ScanMediaType(String mimeType, String label, String extension) {
        this.mimeType = mimeType;
        this.label = label;
        this.extension = extension;
    }

    public String mimeType() {
        return mimeType;
    }

    public String label() {
        return label;
    }

    /** The usual file ending, without the dot. */
    public String extension() {
        return extension;
    }

    public boolean isPdf() {
        return this == PDF;
    }

    @Override
    public String toString() {
        return label;
    }
}
