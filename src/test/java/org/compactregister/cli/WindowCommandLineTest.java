package org.compactregister.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.compactregister.model.RegisterLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The window's command lines read without picocli mean what they mean to picocli; every other
 * command line is left to picocli.
 */
class WindowCommandLineTest {

    @TempDir
    Path dir;

    @Test
    void theWindowsCommandLinesOpenWhatPicocliWouldOpen() {
        String file = dir.resolve("register").toString();
        List<String[]> lines = List.of(new String[0], new String[] {"--demo"}, new String[] {"--db", file},
                new String[] {"--db=" + file}, new String[] {"--demo", "--db", file}, new String[] {"--db", file, "--demo"},
                new String[] {"--db", "postgresql://server.local:5433/register?user=clerk"},
                new String[] {"--db", dir.resolve("with space").resolve("register.mv.db").toString()});
        for (String[] args : lines) {
            Optional<WindowCommandLine> read = WindowCommandLine.of(args);
            assertTrue(read.isPresent(), () -> String.join(" ", args));
            assertEquals(byPicocli(args), List.of(read.get()), () -> String.join(" ", args));
        }
    }

    @Test
    void everythingElseIsLeftToPicocli() {
        String file = dir.resolve("register").toString();
        for (String[] args : List.of(new String[] {"stats"}, new String[] {"--db", file, "stats"},
                new String[] {"--help"}, new String[] {"-h"}, new String[] {"--version"}, new String[] {"--db"},
                new String[] {"--db", file, "--db", file}, new String[] {"--demo", "--demo"}, new String[] {"--db="},
                new String[] {"--db", "--demo"}, new String[] {"@" + file}, new String[] {"--db", "@" + file},
                new String[] {"--demo=true"}, new String[] {"--db", "postgresql://:5432/register"})) {
            assertEquals(Optional.empty(), WindowCommandLine.of(args), () -> String.join(" ", args));
        }
    }

    @Test
    void aSettingThatNamesNoRegisterIsLeftToPicocliWhichSaysWhy() {
        String before = System.setProperty("compact.register.db", "postgresql://");
        try {
            assertTrue(WindowCommandLine.of().isEmpty(), "no default register: the refusal goes the long way");
            assertTrue(WindowCommandLine.of("--demo").isEmpty());
            assertTrue(WindowCommandLine.of("--db", dir.resolve("register").toString()).isPresent(),
                    "--db needs no setting");
        } finally {
            if (before == null) {
                System.clearProperty("compact.register.db");
            } else {
                System.setProperty("compact.register.db", before);
            }
        }
    }

    @Test
    void aServerAddressThatDoesNotReadIsExplainedByPicocli() {
        StringWriter err = new StringWriter();
        List<WindowCommandLine> opened = new ArrayList<>();
        CommandLine commandLine = CommandLines.create((register, demo) -> {
            opened.add(new WindowCommandLine(register, demo));
            return 0;
        });
        commandLine.setErr(new PrintWriter(err, true));
        int code = commandLine.execute("--db", "postgresql://:5432/register");
        assertTrue(code != 0 && opened.isEmpty() && err.toString().contains("--db"), err::toString);
    }

    @Test
    void theWindowOpensThroughExecuteWithItsExitCode() {
        List<RegisterLocation> opened = new ArrayList<>();
        Path file = dir.resolve("register");
        assertEquals(7, CommandLines.execute((register, demo) -> {
            opened.add(register);
            return 7;
        }, "--db", file.toString()));
        assertEquals(List.of(new RegisterLocation.H2File(file)), opened);
    }

    private static List<WindowCommandLine> byPicocli(String... args) {
        List<WindowCommandLine> opened = new ArrayList<>();
        int code = CommandLines.create((register, demo) -> {
            opened.add(new WindowCommandLine(register, demo));
            return 0;
        }).execute(args);
        assertEquals(0, code);
        return opened;
    }
}
