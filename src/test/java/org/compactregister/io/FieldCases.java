package org.compactregister.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** The shared field cases (src/test/resources/field-cases), copied out so a test can import them. */
public final class FieldCases {

    private FieldCases() {
    }

    /** {@code name} (like "F04-macroman-cr-csv.csv") copied into {@code dir}. */
    public static Path copy(String name, Path dir) throws IOException {
        try (InputStream in = FieldCases.class.getResourceAsStream("/field-cases/" + name)) {
            if (in == null) {
                throw new IOException("no field case " + name);
            }
            Path file = dir.resolve(name);
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            return file;
        }
    }
}
