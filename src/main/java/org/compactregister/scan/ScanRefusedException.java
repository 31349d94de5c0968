package org.compactregister.scan;

import java.nio.file.Path;
import org.compactregister.service.RefusedException;

/** A file that cannot be kept as a scan, with the file's name and the reason in office staff's words. */
public final class ScanRefusedException extends RefusedException {

    private final String fileName;
    private final String reason;

    public ScanRefusedException(Path file, String reason) {
        this(file.getFileName() == null ? file.toString() : file.getFileName().toString(), reason);
    }

    public ScanRefusedException(String fileName, String reason) {
        super("\"" + fileName + "\" was not attached: " + reason);
        this.fileName = fileName;
        this.reason = reason;
    }

    public String fileName() {
        return fileName;
    }

    /** Why, without the file's name: "it is password-protected. …" */
    public String reason() {
        return reason;
    }
}
