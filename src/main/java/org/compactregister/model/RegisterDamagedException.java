package org.compactregister.model;

import java.nio.file.Path;

/**
 * The register file is an H2 register that H2 can no longer read (for example after the computer
 * lost power while the file was being rewritten). What is still readable can be taken into a new
 * file by H2's recovery tool, or the latest automatic backup restored in its place.
 */
public final class RegisterDamagedException extends RegisterProblem {

    private final Path file;

    public RegisterDamagedException(Path file, Throwable cause) {
        super("The register file " + file + " is damaged: the database in it can no longer be read as it "
                + "is. Recover what can still be read into a new file, or restore the latest backup.", cause);
        this.file = file;
    }

    /** The damaged {@code .mv.db} file. */
    public Path file() {
        return file;
    }
}
