package org.compactregister.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.compactregister.model.RegisterLocation;
import org.compactregister.persistence.TestPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code --db postgresql://…} on the commands, against the real test server. */
class SharedRegisterCommandsTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final List<RegisterLocation> windows = new ArrayList<>();

    private int run(String... args) {
        CommandLine commandLine = CommandLines.create((register, demo) -> {
            windows.add(register);
            return 0;
        });
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    @Test
    void importThenStatsOnTheServerBeforeOrAfterTheCommandsName() throws Exception {
        RegisterLocation.Server at = TestPostgres.freshDatabase();
        Path csv = dir.resolve("signatories.csv");
        Files.writeString(csv, """
                Name,Organisation,Date signed,Address 1,Town,Postcode
                Amelia Whitfield,Oakwell Tenants Forum,25/10/2026,1 Mill Street,Oakwell,LE2 1AA
                Tomasz Nowak,Riverside Youth Club,26/10/2026,4 Canal Side,Oakwell,LE2 4BB
                """);
        assertEquals(0, run("--db", at.address(), "import", csv.toString()), err::toString);
        assertEquals(0, run("stats", "--db", at.address()), err::toString);
        String text = out.toString();
        assertTrue(text.contains("Register:          " + at.describe()), text);
        assertTrue(text.contains("Signed in as:      postgres"), text);
        assertTrue(text.contains("Signatories:       2"), text);
        assertEquals(0, run("--db", at.address()));
        assertEquals(List.of(at), windows, "the window opens on the shared register");
    }

    @Test
    void commandsThatWorkOnAFileAreRefusedInWordsForAServer() {
        RegisterLocation.Server at = TestPostgres.freshDatabase();
        assertEquals(CommandLines.REFUSED, run("recover", "--db", at.address()));
        assertTrue(err.toString().contains(at.describe() + " is on a server, and \"compact-register recover\" works "
                + "on a register file on this PC"), err::toString);
    }

    @Test
    void anIncompleteServerAddressIsAUsageErrorInWords() {
        assertEquals(2, run("stats", "--db", "postgresql://office-pc"));
        assertTrue(err.toString().contains("Say which database on office-pc holds the shared register."), err::toString);
    }
}
