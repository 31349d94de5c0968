package org.compactregister.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import org.compactregister.model.RegisterDamagedException;
import org.compactregister.model.RegisterPasswordException;
import org.compactregister.model.RegisterProblem;
import org.h2.api.ErrorCode;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.MVStoreException;

/** Turns what H2 and Flyway report into a sentence that names the file and says why. */
final class DatabaseProblems {

    private DatabaseProblems() {
    }

    static RegisterProblem explain(Path file, Throwable problem) {
        if (problem instanceof MVStoreException store) {
            return explainStore(file, store);
        }
        SQLException sql = findSql(problem);
        if (sql != null && sql.getErrorCode() == ErrorCode.FILE_CORRUPTED_1 && isH2Store(file)) {
            return new RegisterDamagedException(file, problem);
        }
        if (sql != null && sql.getErrorCode() == ErrorCode.FILE_ENCRYPTION_ERROR_1) {
            return RegisterPasswordException.wrong(file);
        }
        String message;
        if (sql == null) {
            message = "The register file " + file + " could not be opened: " + reason(problem);
        } else {
            message = switch (sql.getErrorCode()) {
                case ErrorCode.DATABASE_ALREADY_OPEN_1 -> alreadyOpen(file);
                case ErrorCode.FILE_CORRUPTED_1, ErrorCode.FILE_VERSION_ERROR_1, ErrorCode.WRONG_USER_OR_PASSWORD ->
                        notARegister(file);
                case ErrorCode.IO_EXCEPTION_1, ErrorCode.IO_EXCEPTION_2, ErrorCode.FILE_CREATION_FAILED_1 ->
                        "The register file " + file + " could not be read or written: " + reason(sql)
                                + ". Check that the disk is there and that this user may write to the folder.";
                default -> "The register file " + file + " could not be opened: " + reason(sql);
            };
        }
        return new RegisterUnavailableException(file, message, problem);
    }

    /** What H2's store said when the file was opened read-only to look inside it. */
    private static RegisterProblem explainStore(Path file, MVStoreException problem) {
        return switch (problem.getErrorCode()) {
            case DataUtils.ERROR_FILE_LOCKED -> new RegisterUnavailableException(file, alreadyOpen(file), problem);
            case DataUtils.ERROR_READING_FAILED, DataUtils.ERROR_WRITING_FAILED -> new RegisterUnavailableException(
                    file, "The register file " + file + " could not be read: " + reason(problem)
                    + ". Check that the disk is there and that this user may read the folder.", problem);
            case DataUtils.ERROR_FILE_CORRUPT, DataUtils.ERROR_UNKNOWN_DATA_TYPE, DataUtils.ERROR_UNSUPPORTED_FORMAT ->
                    isH2Store(file) ? new RegisterDamagedException(file, problem)
                            : new RegisterUnavailableException(file, notARegister(file), problem);
            default -> new RegisterUnavailableException(file, "The register file " + file + " could not be opened: "
                    + reason(problem), problem);
        };
    }

    private static String alreadyOpen(Path file) {
        return "The register file " + file + " is already open in another copy of Compact Register, or in another "
                + "program. Close it there, then start again.";
    }

    /** An existing file in which H2 finds no tables: a damaged register, or a file of another kind. */
    static RegisterProblem holdsNothing(Path file) {
        if (isH2Store(file)) {
            return new RegisterDamagedException(file, null);
        }
        return new RegisterUnavailableException(file, notARegister(file), null);
    }

    private static String notARegister(Path file) {
        return "The file " + file + " is not a Compact Register database. Choose another file, or restore a backup.";
    }

    /**
     * True when the file was written by H2's store: its first 4 KiB header block, or (when both header
     * blocks were overwritten) a chunk header in the first blocks, says so. A file of any other kind
     * is not a damaged register but something else.
     */
    static boolean isH2Store(Path file) {
        byte[] start = new byte[64 * 1024];
        int read;
        try (InputStream in = Files.newInputStream(file)) {
            read = in.readNBytes(start, 0, start.length);
        } catch (IOException e) {
            return false;
        }
        String text = new String(start, 0, read, StandardCharsets.ISO_8859_1);
        return text.startsWith("H:2,") || text.startsWith("H2encrypt\n") || text.contains("chunk:") && text.contains(",block:");
    }

    private static SQLException findSql(Throwable problem) {
        for (Throwable t = problem; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                return sql;
            }
        }
        return null;
    }

    /** The first line of a message, without H2's bracketed detail. */
    static String reason(Throwable problem) {
        String text = problem.getMessage() == null ? problem.getClass().getSimpleName() : problem.getMessage();
        text = text.lines().findFirst().orElse(text);
        int bracket = text.indexOf(" [");
        return bracket > 0 ? text.substring(0, bracket) : text;
    }
}
