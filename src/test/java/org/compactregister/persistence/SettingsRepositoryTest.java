package org.compactregister.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.ArgumentsSource;

@ParameterizedClass
@ArgumentsSource(Engines.class)
class SettingsRepositoryTest {

    @Parameter
    Engine engine;

    @TempDir
    Path dir;

    @Test
    void aSettingIsStoredReplacedRemovedAndKeptInTheRegisterFile() {
        RegisterLocation file = Engines.register(engine, dir);
        try (RegisterDatabase database = RegisterDatabase.open(file)) {
            SettingsRepository settings = new SettingsRepository(database.jdbi());
            assertEquals(Optional.empty(), settings.find("scan.inbox.folder"));
            settings.put("scan.inbox.folder", "/srv/scans");
            settings.put("scan.inbox.folder", "/srv/scanner inbox");
            settings.put("backup.keep", "7");
            settings.remove("backup.keep");
            settings.remove("never.set");
        }
        try (RegisterDatabase database = RegisterDatabase.open(file)) {
            SettingsRepository settings = new SettingsRepository(database.jdbi());
            assertEquals(Optional.of("/srv/scanner inbox"), settings.find("scan.inbox.folder"));
            assertEquals(Optional.empty(), settings.find("backup.keep"));
        }
    }
}
