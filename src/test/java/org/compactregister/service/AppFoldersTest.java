package org.compactregister.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.compactregister.model.RegisterLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the register and its log go on each system, an old register, and a home that cannot be written. */
class AppFoldersTest {

    @TempDir
    Path home;

    private final String logsBefore = System.getProperty(LogFolder.PROPERTY);

    @AfterEach
    void restoreLogProperty() {
        if (logsBefore == null) {
            System.clearProperty(LogFolder.PROPERTY);
        } else {
            System.setProperty(LogFolder.PROPERTY, logsBefore);
        }
    }

    private AppFolders on(String os, Map<String, String> environment) {
        return new AppFolders(os, home, environment::get);
    }

    @Test
    void eachSystemKeepsTheRegisterWhereItKeepsProgramsData() {
        assertEquals(Path.of("C:/Users/clerk/AppData/Local/Compact Register"),
                on("Windows 11", Map.of("LOCALAPPDATA", "C:/Users/clerk/AppData/Local")).dataFolder());
        assertEquals(home.resolve("AppData/Local/Compact Register"), on("Windows 10", Map.of()).dataFolder());
        assertEquals(home.resolve("Library/Application Support/Compact Register"),
                on("Mac OS X", Map.of()).dataFolder());
        assertEquals(Path.of("/srv/clerk-data/compact-register"),
                on("Linux", Map.of("XDG_DATA_HOME", "/srv/clerk-data")).dataFolder());
        assertEquals(home.resolve(".local/share/compact-register"), on("Linux", Map.of()).dataFolder());
        assertEquals(home.resolve(".local/share/compact-register"),
                on("Linux", Map.of("XDG_DATA_HOME", "relative/ignored")).dataFolder(), "XDG: a relative path is ignored");
    }

    @Test
    void aNewRegisterGoesToTheSystemsFolderAndSettingsComeFirst() {
        AppFolders linux = on("Linux", Map.of());
        assertEquals(home.resolve(".local/share/compact-register/register.mv.db"),
                DatabaseLocation.choose(linux, null, " ").file().orElseThrow());
        assertEquals(Path.of("/office/register.mv.db"),
                DatabaseLocation.choose(linux, null, "/office/register").file().orElseThrow());
        assertEquals(Path.of("/setting/register.mv.db"),
                DatabaseLocation.choose(linux, "/setting/register", "/office/register").file().orElseThrow());
    }

    @Test
    void aSettingMayNameTheSharedRegisterOnAServerAsDbDoes() {
        AppFolders linux = on("Linux", Map.of());
        DatabaseLocation.Choice shared = DatabaseLocation.choose(linux, null, "postgresql://cvs-server/compact?user=reception");
        RegisterLocation.Server server = assertInstanceOf(RegisterLocation.Server.class, shared.location());
        assertEquals("cvs-server", server.host());
        assertEquals("compact", server.database());
        assertEquals("reception", server.userOrDefault());
        assertTrue(shared.file().isEmpty(), "no register file");
        assertEquals("named by the COMPACT_REGISTER_DB setting", shared.why());

        RefusedException refused = assertThrows(RefusedException.class,
                () -> DatabaseLocation.choose(linux, "postgresql://", null));
        assertTrue(refused.getMessage().startsWith("The setting compact.register.db (\"postgresql://\") does not name "
                + "a register:"), refused.getMessage());
        String withPassword = assertThrows(RefusedException.class,
                () -> DatabaseLocation.choose(linux, null, "postgresql://bob:s3cret@/compact")).getMessage();
        assertFalse(withPassword.contains("s3cret"), "a password typed into the address is never repeated: " + withPassword);
        assertTrue(withPassword.contains("postgresql://bob:…@/compact"), withPassword);
        assertTrue(refused.getMessage().endsWith("Correct the setting, or remove it to use the register in the folder "
                + "this system keeps programs' data in."), refused.getMessage());
    }

    @Test
    void aRegisterInTheOldFolderIsOpenedWhereItIsUntilOneIsInTheNewPlace() throws IOException {
        AppFolders linux = on("Linux", Map.of());
        Path old = Files.createDirectories(home.resolve(".compact-register")).resolve("register.mv.db");
        Files.writeString(old, "stands for the old register");

        DatabaseLocation.Choice choice = DatabaseLocation.choose(linux, null, null);
        assertEquals(old, choice.file().orElseThrow());
        assertTrue(choice.why().contains("nothing is moved"), choice.why());
        assertTrue(Files.exists(old), "the old register is left where it is");

        Path current = Files.createDirectories(linux.dataFolder()).resolve("register.mv.db");
        Files.writeString(current, "stands for a register in the new place");
        assertEquals(current, DatabaseLocation.choose(linux, null, null).file().orElseThrow());
    }

    @Test
    void theLogGoesBesideTheRegisterOrToTheFirstFolderThatCanBeWritten() throws IOException {
        System.clearProperty(LogFolder.PROPERTY);
        AppFolders linux = on("Linux", Map.of());
        Path register = linux.dataFolder().resolve("register.mv.db");
        List<Path> candidates = LogFolder.candidates(register, linux);
        assertEquals(linux.dataFolder().resolve("logs"), candidates.get(0));

        assertEquals(Optional.of(linux.dataFolder().resolve("logs")), LogFolder.choose(candidates));
        assertEquals(linux.dataFolder().resolve("logs").toString(), System.getProperty(LogFolder.PROPERTY));
        assertTrue(LogFolder.pointer().endsWith("logs/compact-register.log"), LogFolder.pointer());

        // a home that cannot be written: here a "folder" that is a file, which no user (root too) can write into
        Path locked = Files.writeString(home.resolve("locked-home"), "a file");
        Path writable = home.resolve("elsewhere");
        assertEquals(Optional.of(writable), LogFolder.choose(List.of(locked.resolve("logs"), writable)));
        assertEquals(Optional.empty(), LogFolder.choose(List.of(locked.resolve("logs"))));
        assertEquals(null, System.getProperty(LogFolder.PROPERTY));
        assertEquals("no log could be written on this computer", LogFolder.pointer());
    }
}
