package org.compactregister.model;

import java.util.Locale;

/** File sizes in words staff read at a glance: "850 bytes", "42 KB", "1.2 MB". */
public final class FileSize {

    private static final long KB = 1024;
    private static final long MB = 1024 * KB;

    private FileSize() {
    }

    public static String describe(long bytes) {
        if (bytes < KB) {
            return Plural.of(bytes, "byte", "bytes");
        }
        if (bytes < MB) {
            return Math.max(1, Math.round(bytes / (double) KB)) + " KB";
        }
        double mb = bytes / (double) MB;
        return mb < 10 ? String.format(Locale.UK, "%.1f MB", mb) : Math.round(mb) + " MB";
    }

    public static long megabytes(long mb) {
        return mb * MB;
    }
}
