package org.compactregister.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file is written whole or not at all, and a problem is said in the same words whoever writes. */
class SafeFileTest {

    @TempDir
    Path dir;

    private List<String> namesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void theFileIsWrittenAndReplacesTheOldOneWithNothingLeftBeside() throws IOException {
        Path target = Files.writeString(dir.resolve("list.csv"), "the old list");
        Path written = SafeFile.write(target, "The list",
                out -> out.write("the new list".getBytes(StandardCharsets.UTF_8)));
        assertEquals(target.toAbsolutePath(), written);
        assertEquals("the new list", Files.readString(target));
        assertEquals(List.of("list.csv"), namesIn(dir));
    }

    @Test
    void whileItIsWrittenTheTargetIsTheOldFileAndThePartHasAUniqueHiddenNameBesideIt() throws IOException {
        Path target = Files.writeString(dir.resolve("backup.zip"), "yesterday's backup");
        Files.writeString(dir.resolve(".backup.zip.part"), "left by an older version");
        List<List<String>> seen = new ArrayList<>();
        SafeFile.writeAt(target, "The backup", partial -> {
            assertEquals(dir.toAbsolutePath(), partial.getParent());
            assertEquals(0, Files.size(partial), "an empty new file");
            Files.writeString(partial, "today's backup");
            assertEquals("yesterday's backup", Files.readString(target));
            seen.add(namesIn(dir));
        });
        List<String> during = seen.get(0);
        assertEquals(3, during.size(), during::toString);
        String partName = during.stream().filter(name -> name.startsWith(".backup.zip-")).findFirst().orElseThrow();
        assertTrue(partName.endsWith(".part"), partName);
        assertEquals("today's backup", Files.readString(target));
        assertEquals(List.of(".backup.zip.part", "backup.zip"), namesIn(dir), "someone else's file left alone");
    }

    @Test
    void aFailureHalfWayLeavesTheOldFileAsItWasAndNoPartBehindAndIsSaidInWords() throws IOException {
        Path target = Files.writeString(dir.resolve("letters.pdf"), "last week's letters");
        RefusedException refused = assertThrows(RefusedException.class, () -> SafeFile.write(target, "The letters",
                out -> {
                    out.write("%PDF-1.7 half of it".getBytes(StandardCharsets.US_ASCII));
                    throw new IOException("No space left on device");
                }));
        assertEquals("The letters could not be written to " + target.toAbsolutePath() + ": the disk is full. "
                + "Choose another folder, or check there is room on the disk.", refused.getMessage());
        assertEquals("last week's letters", Files.readString(target));
        assertEquals(List.of("letters.pdf"), namesIn(dir));
    }

    @Test
    void aProblemWrappedByTheWriterIsSaidInTheSameWords() {
        Path target = dir.resolve("export.csv");
        RefusedException refused = assertThrows(RefusedException.class, () -> SafeFile.write(target, "The register",
                out -> {
                    throw new UncheckedIOException(new IOException("No space left on device"));
                }));
        assertEquals("The register could not be written to " + target.toAbsolutePath() + ": the disk is full. "
                + "Choose another folder, or check there is room on the disk.", refused.getMessage());
        assertTrue(Files.notExists(target));
    }

    @Test
    void aCancelIsPassedOnAndLeavesTheOldFileAndNoPart() throws IOException {
        Path target = Files.writeString(dir.resolve("register.csv"), "the last export");
        CancelledException cancel = new CancelledException();
        CancelledException thrown = assertThrows(CancelledException.class, () -> SafeFile.write(target,
                "The register", out -> {
                    out.write("Reference,Name".getBytes(StandardCharsets.UTF_8));
                    throw cancel;
                }));
        assertSame(cancel, thrown);
        assertEquals("the last export", Files.readString(target));
        assertEquals(List.of("register.csv"), namesIn(dir));
    }

    @Test
    void aMissingFolderIsCreated() throws IOException {
        Path target = dir.resolve("reports").resolve("2026").resolve("refused.csv");
        SafeFile.write(target, "The report", out -> out.write('x'));
        assertEquals("x", Files.readString(target));
        assertEquals(List.of("refused.csv"), namesIn(target.getParent()));
    }

    @Test
    void aFileWhereTheFolderShouldBeIsSaidInWords() throws IOException {
        Path notAFolder = Files.writeString(dir.resolve("scans"), "a file, not a folder");
        Path target = notAFolder.resolve("form.pdf");
        RefusedException refused = assertThrows(RefusedException.class,
                () -> SafeFile.writeAt(target, "A copy of \"form.pdf\"", partial -> Files.writeString(partial, "x")));
        assertTrue(refused.getMessage().startsWith("A copy of \"form.pdf\" could not be written to " + target
                + ": a file of that name is already there."), refused.getMessage());
        assertEquals("a file, not a folder", Files.readString(notAFolder));
    }

    @Test
    void theNewFileGetsTheUsualPermissionsNotPrivateOnes() throws IOException {
        if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        Set<PosixFilePermission> usual = Files.getPosixFilePermissions(Files.createFile(dir.resolve("usual.txt")));
        Path target = SafeFile.write(dir.resolve("list.pdf"), "The list", out -> out.write('x'));
        assertEquals(usual, Files.getPosixFilePermissions(target));
    }
}
