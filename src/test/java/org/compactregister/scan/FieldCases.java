package org.compactregister.scan;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The shared field cases (files people really sent), kept as test resources under field-cases/. */
public final class FieldCases {

    private FieldCases() {
    }

    /** Copies the field case {@code name} into {@code dir}, under the same name. */
    public static Path copy(String name, Path dir) {
        try (InputStream in = FieldCases.class.getResourceAsStream("/field-cases/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no field case " + name);
            }
            Path file = dir.resolve(name);
            Files.copy(in, file);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
