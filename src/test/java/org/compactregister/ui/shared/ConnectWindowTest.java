package org.compactregister.ui.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Label;
import org.compactregister.model.RegisterLocation;
import org.compactregister.persistence.TestPostgres;
import org.compactregister.service.Services;
import org.compactregister.ui.MainWindow;
import org.compactregister.ui.WindowTestExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

/** File > Connect to a shared register… in the real window, against the real test server. */
class ConnectWindowTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-06T10:00:00Z"), ZoneId.of("Europe/London"));

    @RegisterExtension
    final WindowTestExtension window = WindowTestExtension.onEmptyRegister(CLOCK);

    private final List<Services> connected = new ArrayList<>();

    @AfterEach
    void close() {
        connected.forEach(Services::close);
    }

    @Test
    void theWindowSwitchesToTheSharedRegisterAndSaysWhoIsSignedIn(FxRobot robot) throws Exception {
        RegisterLocation.Server at = TestPostgres.freshDatabase();
        window.show(stage -> new MainWindow(stage, window.services(), window.executor(), reopened -> { },
                shared -> {
                    connected.add(shared);
                    new MainWindow(stage, shared, window.executor()).show();
                }).show());
        String before = robot.lookup("#status-register").queryAs(Label.class).getText();
        assertTrue(before.startsWith("Register: " + window.services().databaseFile()), before);
        assertTrue(before.endsWith("Signed in as " + window.services().staff().name()), before);

        robot.clickOn("File").clickOn("Connect to a shared register…");
        window.waitUntil(() -> robot.lookup("#connect-host").tryQuery().isPresent());
        window.fill("#connect-host", at.host());
        window.fill("#connect-port", Integer.toString(at.port()));
        window.fill("#connect-database", at.database());
        window.fill("#connect-user", at.user());
        robot.clickOn("Connect");

        window.waitUntil(() -> robot.lookup("#status-register").queryAs(Label.class).getText().contains(at.database()));
        assertEquals("Register: " + at.describe() + "   ·   Signed in as postgres",
                robot.lookup("#status-register").queryAs(Label.class).getText());
        assertEquals("Compact Register — " + at.database() + " on localhost — postgres", window.stage().getTitle());
        assertEquals(1, connected.size());
    }
}
