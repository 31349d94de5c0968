package org.compactregister.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.compactregister.service.Services;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code password set|change|remove}, and every command on a register with a password. */
class PasswordCommandTest {

    @TempDir
    Path dir;

    private final Map<String, String> environment = new HashMap<>();

    @BeforeEach
    void noTerminalAndOurOwnEnvironment() {
        PasswordPrompt.environment = environment::get;
        PasswordPrompt.console = () -> null;
    }

    @AfterEach
    void backToTheReal() {
        PasswordPrompt.environment = System::getenv;
        PasswordPrompt.console = System::console;
    }

    private String db() {
        return dir.resolve("register").toString();
    }

    @Test
    void aRegisterWithAPasswordOpensForCommandsOnlyWithItAndRefusesClearlyWithoutOne() throws IOException {
        Path csv = Files.writeString(dir.resolve("in.csv"), "name,date,organisation\r\n"
                + "Amelia Whitfield,24/11/2025,Brambleford Food Share\r\n", StandardCharsets.UTF_8);
        assertEquals(0, CommandRun.of("import", csv.toString(), "--db", db()).exitCode());

        CommandRun tooShort = run(Map.of(PasswordPrompt.NEW_VARIABLE, "short"), "password", "set", "--db", db());
        assertNotEquals(0, tooShort.exitCode());
        assertTrue(tooShort.err().contains("at least 8 characters"), tooShort.err());

        CommandRun set = run(Map.of(PasswordPrompt.NEW_VARIABLE, "kettle on at nine"), "--db", db(), "password", "set");
        assertEquals(0, set.exitCode(), set.err());
        assertTrue(set.err().contains("the data is gone"), "the warning is given: " + set.err());
        assertTrue(Services.hasPassword(dir.resolve("register")));
        byte[] file = Files.readAllBytes(dir.resolve("register.mv.db"));
        assertFalse(new String(file, StandardCharsets.ISO_8859_1).contains("Whitfield"));

        CommandRun without = run(Map.of(), "stats", "--db", db());
        assertNotEquals(0, without.exitCode());
        assertTrue(without.err().contains("has a password: give it in the COMPACT_REGISTER_PASSWORD environment "
                + "variable, or run the command on a terminal"), without.err());
        CommandRun wrong = run(Map.of(PasswordPrompt.VARIABLE, "kettle on at ten"), "stats", "--db", db());
        assertNotEquals(0, wrong.exitCode());
        assertTrue(wrong.err().contains("That is not the password"), wrong.err());
        assertFalse(wrong.err().contains("Exception"), wrong.err());
        CommandRun right = run(Map.of(PasswordPrompt.VARIABLE, "kettle on at nine"), "stats", "--db", db());
        assertEquals(0, right.exitCode(), right.err());
        assertTrue(right.out().contains("1"), right.out());

        Path backup = dir.resolve("b.zip");
        assertEquals(0, run(Map.of(PasswordPrompt.VARIABLE, "kettle on at nine"), "backup", "--out", backup.toString(),
                "--db", db()).exitCode());
        assertTrue(Files.readString(backup, StandardCharsets.ISO_8859_1).startsWith("CRBACKUP"));

        CommandRun change = run(Map.of(PasswordPrompt.VARIABLE, "kettle on at nine",
                PasswordPrompt.NEW_VARIABLE, "blue door third step"), "password", "change", "--db", db());
        assertEquals(0, change.exitCode(), change.err());
        assertNotEquals(0, run(Map.of(PasswordPrompt.VARIABLE, "kettle on at nine"), "stats", "--db", db()).exitCode());

        CommandRun restore = run(Map.of(PasswordPrompt.VARIABLE, "blue door third step",
                PasswordPrompt.BACKUP_VARIABLE, "kettle on at nine"), "restore", backup.toString(), "--yes", "--db", db());
        assertEquals(0, restore.exitCode(), restore.err());
        assertTrue(restore.out().contains("the password the backup was made with"), restore.out());
        assertEquals(0, run(Map.of(PasswordPrompt.VARIABLE, "kettle on at nine"), "stats", "--db", db()).exitCode());

        CommandRun unasked = run(Map.of(PasswordPrompt.VARIABLE, "kettle on at nine"), "password", "remove", "--db", db());
        assertNotEquals(0, unasked.exitCode(), "removing asks first; there is no terminal");
        CommandRun remove = run(Map.of(PasswordPrompt.VARIABLE, "kettle on at nine"), "password", "remove", "--yes",
                "--db", db());
        assertEquals(0, remove.exitCode(), remove.err());
        assertFalse(Services.hasPassword(dir.resolve("register")));
        assertEquals(0, run(Map.of(), "stats", "--db", db()).exitCode());
    }

    private CommandRun run(Map<String, String> variables, String... args) {
        environment.clear();
        environment.putAll(variables);
        return CommandRun.of(args);
    }
}
