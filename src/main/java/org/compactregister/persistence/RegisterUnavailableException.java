package org.compactregister.persistence;

import java.nio.file.Path;
import org.compactregister.model.RegisterProblem;

/**
 * The register database could not be opened or used. The message names the file and says why, in
 * words for office staff; the cause keeps the technical detail for the log.
 */
public class RegisterUnavailableException extends RegisterProblem {

    private final Path file;

    public RegisterUnavailableException(Path file, String message, Throwable cause) {
        super(message, cause);
        this.file = file;
    }

    public Path file() {
        return file;
    }
}
