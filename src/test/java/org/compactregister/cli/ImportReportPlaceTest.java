package org.compactregister.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.compactregister.service.Services;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An import whose report cannot be written where it was asked for (a read-only share, a locked-down
 * PC) still says what it imported, and leaves the report beside the register.
 */
class ImportReportPlaceTest {

    @TempDir
    Path dir;

    @Test
    void theReportGoesBesideTheRegisterWhenItsFolderCannotBeWritten() throws IOException {
        Path share = Files.createDirectories(dir.resolve("share"));
        Path csv = Files.writeString(share.resolve("returns.csv"), String.join("\r\n",
                "Name,Date,On behalf of Organisation",
                "Imogen Fairbairn,24/11/2025,Hollowmere Allotment Society",
                "Tobias Wren,31/02/2025,Little Ashby Toy Library",
                "Priya Calloway,03/12/2025,Saltmarsh Credit Union") + "\r\n", StandardCharsets.UTF_8);
        // a "folder" that is a file: no user, root included, can write into it
        Path blocked = Files.writeString(dir.resolve("not-a-folder"), "a file");
        Path register = dir.resolve("office").resolve("register");

        CommandRun run = CommandRun.of("import", csv.toString(), "--report", blocked.resolve("returns-refused.csv")
                .toString(), "--db", register.toString());

        assertEquals(CommandLines.REFUSED, run.exitCode(), "a refused row still makes the exit non-zero");
        Path besideRegister = dir.resolve("office").resolve("returns-refused.csv");
        String err = run.err().strip();
        assertEquals("import: 1 row of 3 in returns.csv was refused; the other 2 rows were imported. "
                + "The refused rows and why are in " + besideRegister + ", beside the register: the folder "
                + blocked + " could not be written.", err);
        assertTrue(Files.readString(besideRegister).contains("Little Ashby Toy Library"));
        try (Services services = Services.open(register, Clock.systemDefaultZone())) {
            assertEquals(2, services.register().count());
        }
    }

    @Test
    void whenNeitherPlaceCanBeWrittenItStillSaysWhatWentIn() throws IOException {
        Path csv = Files.writeString(dir.resolve("returns.csv"), String.join("\r\n",
                "Name,Date,On behalf of Organisation",
                "Imogen Fairbairn,24/11/2025,Hollowmere Allotment Society",
                ",24/11/2025,Nameless Walking Group") + "\r\n", StandardCharsets.UTF_8);
        Path blocked = Files.writeString(dir.resolve("not-a-folder"), "a file");
        Path register = dir.resolve("office").resolve("register");
        // the register's folder holds a file of the report's name that is a folder: it cannot be replaced
        Files.createDirectories(dir.resolve("office").resolve("returns-refused.csv").resolve("inside"));

        CommandRun run = CommandRun.of("import", csv.toString(), "--report", blocked.resolve("returns-refused.csv")
                .toString(), "--db", register.toString());

        String err = run.err().strip();
        assertEquals(CommandLines.REFUSED, run.exitCode());
        assertTrue(err.startsWith("import: 1 row of 2 in returns.csv was refused; the other 1 row was imported. "
                + "The report of the refused rows could not be saved, there or beside the register"), err);
        assertTrue(err.endsWith("Name a folder this user may write with --report PATH."), err);
    }
}
