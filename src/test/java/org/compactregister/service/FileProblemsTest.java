package org.compactregister.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileProblemsTest {

    @TempDir
    Path dir;

    @Test
    void aMissingFolderIsSaidInWords() {
        IOException problem = assertThrows(IOException.class,
                () -> Files.writeString(dir.resolve("not-there/report.csv"), "x"));
        assertEquals(NoSuchFileException.class, problem.getClass());
        assertEquals("the file or its folder is not there (it may have been moved, renamed or on a disk that is "
                + "not connected)", FileProblems.reason(problem));
    }

    @Test
    void commonFileSystemReasonsAreSaidInWords() {
        assertEquals("this user is not allowed to read or write it (check the file's or folder's permissions)",
                FileProblems.reason(new AccessDeniedException("/srv/register/backup.zip")));
        assertEquals("the disk is full",
                FileProblems.reason(new FileSystemException("/mnt/usb/backup.zip", null, "No space left on device")));
        assertEquals("the disk can only be read, not written",
                FileProblems.reason(new FileSystemException("/media/cd/x", null, "Read-only file system")));
        assertEquals("the computer gave no reason", FileProblems.reason(new IOException()));
    }
}
