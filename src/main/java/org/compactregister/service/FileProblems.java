package org.compactregister.service;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;

/** Says in office words why a file could not be read or written, instead of the Java message. */
public final class FileProblems {

    private FileProblems() {
    }

    /** Why the file work failed, as a phrase to follow "could not be saved: ". */
    public static String reason(Throwable problem) {
        if (problem instanceof NoSuchFileException) {
            return "the file or its folder is not there (it may have been moved, renamed or on a disk that is not connected)";
        }
        if (problem instanceof AccessDeniedException) {
            return "this user is not allowed to read or write it (check the file's or folder's permissions)";
        }
        if (problem instanceof FileAlreadyExistsException) {
            return "a file of that name is already there";
        }
        if (problem instanceof DirectoryNotEmptyException) {
            return "the folder is not empty";
        }
        if (problem instanceof NotDirectoryException) {
            return "that is a file, not a folder";
        }
        String message = problem.getMessage() == null ? "" : problem.getMessage();
        if (problem instanceof FileSystemException fileSystem && fileSystem.getReason() != null) {
            message = fileSystem.getReason();
        }
        String lower = message.toLowerCase(Locale.ROOT);
        if (lower.contains("no space left")) {
            return "the disk is full";
        }
        if (lower.contains("read-only file system")) {
            return "the disk can only be read, not written";
        }
        if (lower.contains("permission denied")) {
            return "this user is not allowed to read or write it (check the file's or folder's permissions)";
        }
        if (message.isBlank()) {
            return problem instanceof IOException ? "the computer gave no reason" : "it went wrong unexpectedly";
        }
        return message.lines().findFirst().orElse(message);
    }
}
