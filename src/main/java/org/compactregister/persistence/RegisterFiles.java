package org.compactregister.persistence;

import java.nio.file.Path;

/** Names of a register's files: {@code NAME.mv.db} is the register whose path is {@code NAME}. */
public final class RegisterFiles {

    private RegisterFiles() {
    }

    /** {@code file} with the {@code .mv.db} ending, added when it is missing. */
    public static Path withSuffix(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(RegisterDatabase.FILE_SUFFIX) ? file
                : file.resolveSibling(name + RegisterDatabase.FILE_SUFFIX);
    }

    /** The file name without the {@code .mv.db} ending ({@code register} for {@code register.mv.db}). */
    public static String baseName(Path file) {
        String name = withSuffix(file).getFileName().toString();
        return name.substring(0, name.length() - RegisterDatabase.FILE_SUFFIX.length());
    }
}
